/* marshal.c: Marshal.dump/Marshal.load in ruby's binary format 4.8, so dumps
 * have ruby's bytes and sizes and load what ruby wrote (and the reverse). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

enum { MAJOR = 4, MINOR = 8 };

static kn_value s_E, s_encoding, s_excl, s_begin, s_end, s_mesg, s_bt, s_marshal_dump, s_marshal_load;

/* ------------------------------------------------------------------------
 * Dumping
 * ------------------------------------------------------------------------ */

typedef struct dumper {
  kn_buf out;
  kn_value syms; /* Symbol -> index (";" links) */
  kn_value objs; /* object -> index, by identity ("@" links) */
  int64_t nobjs; /* ruby counts flonums too, though it never links them */
} dumper;

static void w_byte(dumper *d, int c) { kn_buf_addc(&d->out, (char)c); }

/* ruby's w_long: small values in one byte, else a signed byte count and the bytes, low first */
static void w_long(dumper *d, int64_t x) {
  if (x == 0) return w_byte(d, 0);
  if (0 < x && x < 123) return w_byte(d, (int)(x + 5));
  if (-124 < x && x < 0) return w_byte(d, (int)((x - 5) & 0xff));
  char buf[9];
  int i;
  for (i = 1; i < 9; i++) {
    buf[i] = (char)(x & 0xff);
    x >>= 8;
    if (x == 0) { buf[0] = (char)i; break; }
    if (x == -1) { buf[0] = (char)-i; break; }
  }
  kn_buf_add(&d->out, buf, (size_t)i + 1);
}

static void w_bytes(dumper *d, const char *p, int64_t n) {
  w_long(d, n);
  kn_buf_add(&d->out, p, (size_t)n);
}

static bool ascii_only(const char *p, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if ((unsigned char)p[i] >= 0x80) return false;
  return true;
}

static void w_symbol(dumper *d, kn_value sym) {
  kn_value idx = kn_hash_lookup(d->syms, sym, KN_UNDEF);
  if (idx != KN_UNDEF) {
    w_byte(d, ';');
    return w_long(d, KN_FIX2INT(idx));
  }
  const char *name = kn_sym_name(sym);
  int64_t n = (int64_t)strlen(name);
  bool utf8 = !ascii_only(name, n);
  if (utf8) w_byte(d, 'I');
  w_byte(d, ':');
  w_bytes(d, name, n);
  kn_hash_aset(d->syms, sym, KN_INT2FIX(KN_HASH(d->syms)->size));
  if (utf8) {
    w_long(d, 1);
    w_symbol(d, s_E);
    w_byte(d, 'T');
  }
}

/* A class's name as a Symbol; anonymous classes cannot be dumped. */
static void w_class_name(dumper *d, kn_value klass) {
  if (!KN_CLASS(klass)->name) kn_raise_fmt(kn_eTypeError, "can't dump anonymous class %s", kn_class_name(klass));
  w_symbol(d, kn_intern(KN_CLASS(klass)->name));
}

static void w_float(dumper *d, double x) {
  char buf[64];
  int len = 0;
  if (isinf(x)) len = snprintf(buf, sizeof buf, x < 0 ? "-inf" : "inf");
  else if (isnan(x)) len = snprintf(buf, sizeof buf, "nan");
  else if (x == 0.0) len = snprintf(buf, sizeof buf, signbit(x) ? "-0" : "0");
  else {
    /* ruby's layout of the shortest digits: 1e2, 0.001, 1.5e-05 is 1.5e-5 */
    char digits[40];
    int decpt, sign, digs = kn_float_fmt_shortest(x, digits, &decpt, &sign);
    if (sign) buf[len++] = '-';
    if (decpt < -3 || decpt > digs) {
      buf[len++] = digits[0];
      if (--digs > 0) buf[len++] = '.';
      memcpy(buf + len, digits + 1, (size_t)digs);
      len += digs;
      len += snprintf(buf + len, sizeof buf - (size_t)len, "e%d", decpt - 1);
    } else if (decpt > 0) {
      memcpy(buf + len, digits, (size_t)decpt);
      len += decpt;
      if ((digs -= decpt) > 0) {
        buf[len++] = '.';
        memcpy(buf + len, digits + decpt, (size_t)digs);
        len += digs;
      }
    } else {
      buf[len++] = '0';
      buf[len++] = '.';
      memset(buf + len, '0', (size_t)-decpt);
      len -= decpt;
      memcpy(buf + len, digits, (size_t)digs);
      len += digs;
    }
  }
  w_byte(d, 'f');
  w_bytes(d, buf, len);
}

/* 'l', the sign, the magnitude's length in 16-bit words, its bytes low first */
static void w_bignum(dumper *d, kn_value v) {
  mpz_t z;
  mpz_init(z);
  kn_int_to_mpz(v, z);
  w_byte(d, 'l');
  w_byte(d, mpz_sgn(z) < 0 ? '-' : '+');
  size_t nbytes = (mpz_sizeinbase(z, 2) + 7) / 8, shorts = (nbytes + 1) / 2;
  char *bytes = kn_alloc_atomic(shorts * 2);
  memset(bytes, 0, shorts * 2);
  mpz_export(bytes, NULL, -1, 1, 0, 0, z);
  mpz_clear(z);
  w_long(d, (int64_t)shorts);
  kn_buf_add(&d->out, bytes, shorts * 2);
}

static void w_object(dumper *d, kn_value v, int limit);

static void w_ivar_pair(dumper *d, kn_value name, kn_value val, int limit) {
  w_symbol(d, name);
  w_object(d, val, limit);
}

/* The object's own instance variables (Struct members, which have no '@', are not). */
typedef struct ivar_list {
  kn_value names, vals;
} ivar_list;

static void collect_ivar(kn_value name, kn_value val, void *arg) {
  ivar_list *l = arg;
  if (kn_sym_name(name)[0] != '@') return;
  kn_ary_push(l->names, name);
  kn_ary_push(l->vals, val);
}

static ivar_list ivars_of(kn_value v) {
  ivar_list l = {kn_ary_new(0), kn_ary_new(0)};
  kn_obj_ivar_each(v, collect_ivar, &l);
  return l;
}

static void w_ivars(dumper *d, ivar_list l, int limit) {
  for (int64_t i = 0; i < KN_ARY(l.names)->len; i++) w_ivar_pair(d, KN_ARY(l.names)->ptr[i], KN_ARY(l.vals)->ptr[i], limit);
}

/* A singleton class with methods cannot be dumped; modules it was extended
 * with are written as 'e' records. Returns the real class. */
static kn_value w_extended(dumper *d, kn_value v) {
  kn_class *k = KN_HDR(v)->klass;
  if (!(k->h.flags & KN_FL_SINGLETON)) return KN_CVAL(k);
  if (k->mtbl && k->mtbl->len) kn_raise_fmt(kn_eTypeError, "singleton can't be dumped");
  for (kn_class *c = k->super; c && (c->h.flags & KN_FL_ICLASS); c = c->super) {
    w_byte(d, 'e');
    w_class_name(d, KN_CVAL(c->module));
  }
  return kn_real_class(v);
}

/* 'C' and the class, for a String/Array/Hash of a subclass */
static void w_uclass(dumper *d, kn_value v, kn_value base) {
  kn_value klass = w_extended(d, v);
  if (klass == base) return;
  w_byte(d, 'C');
  w_class_name(d, klass);
}

static bool w_hash_pair(kn_value k, kn_value val, void *arg) {
  void **a = arg;
  dumper *d = a[0];
  int limit = (int)(intptr_t)a[1];
  w_object(d, k, limit);
  w_object(d, val, limit);
  return true;
}

static void w_hash(dumper *d, kn_value v, int limit) {
  kn_hash *h = KN_HASH(v);
  if (h->default_proc != KN_NIL) kn_raise_fmt(kn_eTypeError, "can't dump hash with default proc");
  w_uclass(d, v, kn_cHash);
  bool dflt = h->ifnone != KN_NIL;
  w_byte(d, dflt ? '}' : '{');
  w_long(d, h->size);
  void *arg[2] = {d, (void *)(intptr_t)limit};
  kn_hash_foreach(v, w_hash_pair, arg);
  if (dflt) w_object(d, h->ifnone, limit);
}

/* 'I' before a String/Regexp: its encoding follows as an ivar (E true: UTF-8, false: US-ASCII) */
static void w_encoding(dumper *d, bool utf8) {
  w_long(d, 1);
  w_symbol(d, s_E);
  w_byte(d, utf8 ? 'T' : 'F');
}

static void w_string(dumper *d, kn_value v) {
  bool binary = (KN_HDR(v)->flags & KN_FL_BINARY) != 0;
  if (!binary) w_byte(d, 'I');
  w_uclass(d, v, kn_cString);
  w_byte(d, '"');
  w_bytes(d, KN_STR(v)->ptr, KN_STR(v)->len);
  if (!binary) w_encoding(d, true);
}

static void w_regexp(dumper *d, kn_value v) {
  kn_value src = kn_funcall0(v, "source");
  w_byte(d, 'I');
  w_byte(d, '/');
  w_bytes(d, KN_STR(src)->ptr, KN_STR(src)->len);
  w_byte(d, (int)KN_FIX2INT(kn_funcall0(v, "options")));
  w_encoding(d, !ascii_only(KN_STR(src)->ptr, KN_STR(src)->len));
}

/* Range is written as an Object with the ivars excl, begin and end (ruby's compat dumper) */
static void w_range(dumper *d, kn_value v, int limit) {
  w_byte(d, 'o');
  w_class_name(d, kn_real_class(v));
  w_long(d, 3);
  w_ivar_pair(d, s_excl, kn_range_excl_p(v) ? KN_TRUE : KN_FALSE, limit);
  w_ivar_pair(d, s_begin, kn_funcall0(v, "begin"), limit);
  w_ivar_pair(d, s_end, kn_funcall0(v, "end"), limit);
}

static void w_struct(dumper *d, kn_value v, kn_value klass, int limit) {
  kn_value mem = kn_struct_members(klass);
  w_byte(d, 'S');
  w_class_name(d, klass);
  w_long(d, KN_ARY(mem)->len);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++)
    w_ivar_pair(d, KN_ARY(mem)->ptr[i], kn_ivar_get(v, KN_ARY(mem)->ptr[i]), limit);
}

static void w_plain_object(dumper *d, kn_value v, kn_value klass, int limit) {
  ivar_list l = ivars_of(v);
  w_byte(d, 'o');
  w_class_name(d, klass);
  bool exc = KN_TYPE_P(v, KN_T_EXCEPTION);
  w_long(d, KN_ARY(l.names)->len + (exc ? 2 : 0));
  if (exc) {
    w_ivar_pair(d, s_mesg, KN_EXC(v)->message, limit);
    w_ivar_pair(d, s_bt, kn_funcall0(v, "backtrace"), limit);
  }
  w_ivars(d, l, limit);
}

/* 'U', the class, and what marshal_dump returned (Rational and Complex as [a, b], as ruby) */
static void w_user_marshal(dumper *d, kn_value v, kn_value data, int limit) {
  w_byte(d, 'U');
  w_class_name(d, kn_real_class(v));
  w_object(d, data, limit);
}

static void w_data(dumper *d, kn_value v, kn_value klass, int limit) {
  if (kn_rational_p(v) || kn_complex_p(v)) {
    bool rat = kn_rational_p(v);
    kn_value pair[2] = {kn_funcall0(v, rat ? "numerator" : "real"), kn_funcall0(v, rat ? "denominator" : "imaginary")};
    return w_user_marshal(d, v, kn_ary_new_from(2, pair), limit);
  }
  if (kn_obj_is_kind_of(v, kn_cRegexp)) return w_regexp(d, v);
  if (kn_obj_is_kind_of(v, kn_cIO)) kn_raise_fmt(kn_eTypeError, "can't dump %s", kn_class_name(klass));
  kn_raise_fmt(kn_eTypeError, "no _dump_data is defined for class %s", kn_class_name(klass));
}

static void w_class_or_module(dumper *d, kn_value v) {
  if (KN_CLASS(v)->h.flags & KN_FL_SINGLETON) kn_raise_fmt(kn_eTypeError, "singleton class can't be dumped");
  const char *name = KN_CLASS(v)->name;
  bool mod = KN_TYPE_P(v, KN_T_MODULE);
  if (!name) kn_raise_fmt(kn_eTypeError, "can't dump anonymous %s %s", mod ? "module" : "class", kn_class_name(v));
  w_byte(d, mod ? 'm' : 'c');
  w_bytes(d, name, (int64_t)strlen(name));
}

static void w_object(dumper *d, kn_value v, int limit) {
  if (limit == 0) kn_raise_fmt(kn_eArgumentError, "exceed depth limit");
  if (v == KN_NIL) return w_byte(d, '0');
  if (v == KN_TRUE) return w_byte(d, 'T');
  if (v == KN_FALSE) return w_byte(d, 'F');
  if (KN_FIXNUM_P(v)) {
    int64_t n = KN_FIX2INT(v);
    if (n >= -(1LL << 30) && n < (1LL << 30)) {
      w_byte(d, 'i');
      return w_long(d, n);
    }
    return w_bignum(d, v);
  }
  if (KN_SYMBOL_P(v)) return w_symbol(d, v);
  if (KN_FLONUM_P(v)) {
    d->nobjs++;
    return w_float(d, kn_float_value(v));
  }
  kn_value idx = kn_hash_lookup(d->objs, v, KN_UNDEF);
  if (idx != KN_UNDEF) {
    w_byte(d, '@');
    return w_long(d, KN_FIX2INT(idx));
  }
  if (limit > 0) limit--;
  if (kn_respond_to(v, s_marshal_dump, true)) {
    kn_hash_aset(d->objs, v, KN_INT2FIX(d->nobjs++));
    return w_user_marshal(d, v, kn_send(v, s_marshal_dump, 0, NULL, KN_NIL), limit);
  }
  kn_hash_aset(d->objs, v, KN_INT2FIX(d->nobjs++));
  switch (KN_HDR(v)->type) {
  case KN_T_FLOAT: return w_float(d, kn_float_value(v));
  case KN_T_BIGNUM: return w_bignum(d, v);
  case KN_T_STRING: return w_string(d, v);
  case KN_T_CLASS:
  case KN_T_MODULE: return w_class_or_module(d, v);
  case KN_T_ARRAY:
    w_uclass(d, v, kn_cArray);
    w_byte(d, '[');
    w_long(d, KN_ARY(v)->len);
    for (int64_t i = 0; i < KN_ARY(v)->len; i++) w_object(d, KN_ARY(v)->ptr[i], limit);
    return;
  case KN_T_HASH: return w_hash(d, v, limit);
  case KN_T_RANGE: return w_range(d, v, limit);
  case KN_T_PROC: kn_raise_fmt(kn_eTypeError, "no _dump_data is defined for class %s", kn_class_name(kn_real_class(v)));
  default: break;
  }
  kn_value klass = w_extended(d, v);
  if (KN_HDR(v)->type == KN_T_DATA) return w_data(d, v, klass, limit);
  if (kn_obj_is_kind_of(v, kn_cStruct)) return w_struct(d, v, klass, limit);
  if (KN_HDR(v)->type == KN_T_OBJECT || KN_HDR(v)->type == KN_T_EXCEPTION) return w_plain_object(d, v, klass, limit);
  kn_raise_fmt(kn_eTypeError, "can't dump %s", kn_class_name(klass));
}

static kn_value identity_hash(void) { return kn_funcall0(kn_hash_new(), "compare_by_identity"); }

kn_value kn_marshal_dump(kn_value v, int limit) {
  dumper d = {.syms = kn_hash_new(), .objs = identity_hash(), .nobjs = 0};
  kn_buf_init(&d.out);
  w_byte(&d, MAJOR);
  w_byte(&d, MINOR);
  w_object(&d, v, limit);
  kn_value s = kn_buf_to_str(&d.out);
  KN_HDR(s)->flags |= KN_FL_BINARY;
  return s;
}

/* Marshal.dump(obj [, io] [, limit]) */
static kn_value m_dump(ARGS) {
  kn_value io = KN_NIL;
  int limit = -1;
  if (argc == 3) io = argv[1], limit = (int)kn_num2long(argv[2]);
  else if (argc == 2 && (KN_FIXNUM_P(argv[1]) || argv[1] == KN_NIL)) limit = argv[1] == KN_NIL ? -1 : (int)kn_num2long(argv[1]);
  else if (argc == 2) io = argv[1];
  if (io != KN_NIL && !kn_respond_to(io, kn_intern("write"), true))
    kn_raise_fmt(kn_eTypeError, "instance of IO needed");
  kn_value s = kn_marshal_dump(argv[0], limit);
  if (io == KN_NIL) return s;
  kn_send(io, kn_intern("write"), 1, &s, KN_NIL);
  return io;
}

/* ------------------------------------------------------------------------
 * Loading
 * ------------------------------------------------------------------------ */

typedef struct loader {
  const unsigned char *p, *end;
  kn_value syms, objs; /* Arrays, indexed as the dump numbered them */
  bool freeze;
} loader;

static int r_byte(loader *l) {
  if (l->p >= l->end) kn_raise_fmt(kn_eArgumentError, "marshal data too short");
  return *l->p++;
}

static int64_t r_long(loader *l) {
  int c = (signed char)r_byte(l);
  if (c == 0) return 0;
  int64_t x;
  if (c > 0) {
    if (4 < c && c < 128) return c - 5;
    x = 0;
    for (int i = 0; i < c; i++) x |= (int64_t)r_byte(l) << (8 * i);
  } else {
    if (-129 < c && c < -4) return c + 5;
    c = -c;
    x = -1;
    for (int i = 0; i < c; i++) {
      x &= ~((int64_t)0xff << (8 * i));
      x |= (int64_t)r_byte(l) << (8 * i);
    }
  }
  return x;
}

static const char *r_bytes(loader *l, int64_t *len) {
  *len = r_long(l);
  if (*len < 0 || *len > l->end - l->p) kn_raise_fmt(kn_eArgumentError, "marshal data too short");
  const char *p = (const char *)l->p;
  l->p += *len;
  return p;
}

static kn_value r_object(loader *l);

static kn_value r_entry(loader *l, kn_value v) {
  kn_ary_push(l->objs, v);
  return v;
}

static kn_value r_symbol(loader *l) {
  int c = r_byte(l);
  if (c == ';') {
    int64_t i = r_long(l);
    if (i < 0 || i >= KN_ARY(l->syms)->len) kn_raise_fmt(kn_eArgumentError, "bad symbol");
    return KN_ARY(l->syms)->ptr[i];
  }
  bool ivars = c == 'I';
  if (ivars) c = r_byte(l);
  if (c != ':') kn_raise_fmt(kn_eArgumentError, "dump format error for symbol(0x%x)", c);
  int64_t len;
  const char *p = r_bytes(l, &len);
  kn_value sym = kn_intern_len(p, (size_t)len);
  kn_ary_push(l->syms, sym);
  if (ivars)
    for (int64_t n = r_long(l); n > 0; n--) r_symbol(l), r_object(l); /* the name's encoding */
  return sym;
}

/* "A::B" to the class or module it names: ruby's ArgumentError when missing */
static kn_value path_to_class(kn_value path) {
  const char *s = kn_sym_name(path);
  kn_value c = kn_cObject;
  while (*s) {
    const char *sep = strstr(s, "::");
    size_t n = sep ? (size_t)(sep - s) : strlen(s);
    kn_value v = KN_UNDEF;
    for (kn_class *k = KN_CLASS(c); k && v == KN_UNDEF; k = k->super) v = kn_tbl_get(&k->consts, kn_intern_len(s, n));
    if (v == KN_UNDEF || !(KN_TYPE_P(v, KN_T_CLASS) || KN_TYPE_P(v, KN_T_MODULE)))
      kn_raise_fmt(kn_eArgumentError, "undefined class/module %s", kn_sym_name(path));
    c = v;
    s += n + (sep ? 2 : 0);
  }
  return c;
}

static kn_value r_class(loader *l) { return path_to_class(r_symbol(l)); }

static kn_value r_string(loader *l) {
  int64_t len;
  const char *p = r_bytes(l, &len);
  kn_value s = kn_str_new(p, len);
  KN_HDR(s)->flags |= KN_FL_BINARY; /* until an encoding ivar says otherwise */
  return s;
}

/* The ivars after an 'I' object: the encoding for Strings and Regexps, else instance variables. */
static void r_ivars(loader *l, kn_value v) {
  for (int64_t n = r_long(l); n > 0; n--) {
    kn_value name = r_symbol(l), val = r_object(l);
    if (name == s_E || name == s_encoding) {
      bool binary = name == s_encoding && KN_TYPE_P(val, KN_T_STRING) &&
                    (!strcmp(kn_str_cstr_of(val), "ASCII-8BIT") || !strcmp(kn_str_cstr_of(val), "BINARY"));
      if (KN_TYPE_P(v, KN_T_STRING)) {
        if (binary) KN_HDR(v)->flags |= KN_FL_BINARY;
        else KN_HDR(v)->flags &= ~(uint32_t)KN_FL_BINARY;
      }
    } else if (KN_HEAP_P(v)) {
      kn_ivar_set(v, name, val);
    }
  }
}

static kn_value r_bignum(loader *l) {
  int sign = r_byte(l);
  int64_t shorts = r_long(l);
  if (shorts < 0 || shorts * 2 > l->end - l->p) kn_raise_fmt(kn_eArgumentError, "marshal data too short");
  mpz_t z;
  mpz_init(z);
  mpz_import(z, (size_t)shorts * 2, -1, 1, 0, 0, l->p);
  l->p += shorts * 2;
  if (sign == '-') mpz_neg(z, z);
  return r_entry(l, kn_big_take(z));
}

static kn_value r_float(loader *l) {
  int64_t len;
  const char *p = r_bytes(l, &len);
  char buf[128];
  if (len >= (int64_t)sizeof buf) len = sizeof buf - 1;
  memcpy(buf, p, (size_t)len);
  buf[len] = 0;
  double x = !strcmp(buf, "nan") ? NAN : !strcmp(buf, "inf") ? INFINITY : !strcmp(buf, "-inf") ? -INFINITY : strtod(buf, NULL);
  return r_entry(l, kn_float_new(x));
}

static kn_value r_hash(loader *l, bool dflt) {
  kn_value h = r_entry(l, kn_hash_new());
  for (int64_t n = r_long(l); n > 0; n--) {
    kn_value k = r_object(l);
    kn_hash_aset(h, k, r_object(l));
  }
  if (dflt) KN_HASH(h)->ifnone = r_object(l);
  return h;
}

static kn_value r_struct(loader *l) {
  kn_value klass = r_class(l);
  if (!kn_class_inherits(KN_CLASS(klass), KN_CLASS(kn_cStruct)))
    kn_raise_fmt(kn_eTypeError, "class %s not a struct", kn_class_name(klass));
  kn_value mem = kn_struct_members(klass);
  kn_value v = r_entry(l, kn_obj_alloc(klass));
  int64_t n = r_long(l);
  for (int64_t i = 0; i < n; i++) {
    kn_value name = r_symbol(l);
    if (i >= KN_ARY(mem)->len || KN_ARY(mem)->ptr[i] != name)
      kn_raise_fmt(kn_eTypeError, "struct %s not compatible (:%s for :%s)", kn_class_name(klass), kn_sym_name(name),
                   i < KN_ARY(mem)->len ? kn_sym_name(KN_ARY(mem)->ptr[i]) : "?");
    kn_ivar_set(v, name, r_object(l));
  }
  return v;
}

/* An 'o' record: ivar pairs; Range and exceptions keep theirs under plain names */
static kn_value r_plain_object(loader *l) {
  kn_value klass = r_class(l);
  int64_t slot = KN_ARY(l->objs)->len;
  bool range = klass == kn_cRange;
  kn_value v = range ? KN_NIL : kn_obj_alloc(klass);
  r_entry(l, v);
  kn_value excl = KN_FALSE, b = KN_NIL, e = KN_NIL;
  for (int64_t n = r_long(l); n > 0; n--) {
    kn_value name = r_symbol(l), val = r_object(l);
    if (range) {
      if (name == s_excl) excl = val;
      else if (name == s_begin) b = val;
      else if (name == s_end) e = val;
    } else if (KN_TYPE_P(v, KN_T_EXCEPTION) && name == s_mesg) {
      KN_EXC(v)->message = val;
    } else if (KN_TYPE_P(v, KN_T_EXCEPTION) && name == s_bt) {
      KN_EXC(v)->backtrace = val;
    } else {
      kn_ivar_set(v, name, val);
    }
  }
  if (range) KN_ARY(l->objs)->ptr[slot] = v = kn_range_new(b, e, KN_TEST(excl));
  return v;
}

/* 'U': the class's marshal_load gets the dumped data (Rational/Complex are built from theirs) */
static kn_value r_user_marshal(loader *l) {
  kn_value klass = r_class(l);
  int64_t slot = KN_ARY(l->objs)->len;
  bool rat = klass == kn_const_get(kn_cObject, kn_intern("Rational"));
  bool cpx = !rat && klass == kn_const_get(kn_cObject, kn_intern("Complex"));
  kn_value v = rat || cpx ? KN_NIL : kn_obj_alloc(klass);
  r_entry(l, v);
  kn_value data = r_object(l);
  if (rat || cpx) {
    if (!KN_TYPE_P(data, KN_T_ARRAY) || KN_ARY(data)->len != 2) kn_raise_fmt(kn_eArgumentError, "marshaled %s must have an array whose length is 2 but %s", rat ? "rational" : "complex", kn_class_name(kn_real_class(data)));
    kn_value a = KN_ARY(data)->ptr[0], b = KN_ARY(data)->ptr[1];
    return KN_ARY(l->objs)->ptr[slot] = rat ? kn_rational_new(a, b) : kn_complex_new(a, b);
  }
  if (!kn_respond_to(v, s_marshal_load, true))
    kn_raise_fmt(kn_eTypeError, "instance of %s needs to have method `marshal_load'", kn_class_name(klass));
  kn_send(v, s_marshal_load, 1, &data, KN_NIL);
  return v;
}

static kn_value r_regexp(loader *l) {
  kn_value src = r_string(l);
  KN_HDR(src)->flags &= ~(uint32_t)KN_FL_BINARY;
  kn_value args[2] = {src, KN_INT2FIX(r_byte(l))};
  return r_entry(l, kn_send(kn_cRegexp, kn_intern("new"), 2, args, KN_NIL));
}

static kn_value r_link(loader *l) {
  int64_t i = r_long(l);
  if (i < 0 || i >= KN_ARY(l->objs)->len) kn_raise_fmt(kn_eArgumentError, "dump format error (unlinked)");
  return KN_ARY(l->objs)->ptr[i];
}

/* 'c'/'m': the name is written as a String, not a Symbol */
static kn_value r_class_record(loader *l, bool module) {
  int64_t len;
  const char *p = r_bytes(l, &len);
  kn_value v = path_to_class(kn_intern_len(p, (size_t)len));
  if (module != KN_TYPE_P(v, KN_T_MODULE))
    kn_raise_fmt(kn_eArgumentError, "%s does not refer to %s", kn_class_name(v), module ? "module" : "class");
  return r_entry(l, v);
}

static kn_value r_object_body(loader *l, int type) {
  switch (type) {
  case '0': return KN_NIL;
  case 'T': return KN_TRUE;
  case 'F': return KN_FALSE;
  case 'i': return KN_INT2FIX(r_long(l));
  case 'l': return r_bignum(l);
  case 'f': return r_float(l);
  case ':':
  case ';': l->p--; return r_symbol(l);
  case '@': return r_link(l);
  case '"': return r_entry(l, r_string(l));
  case '/': return r_regexp(l);
  case '[': {
    kn_value a = r_entry(l, kn_ary_new(0));
    for (int64_t n = r_long(l); n > 0; n--) kn_ary_push(a, r_object(l));
    return a;
  }
  case '{': return r_hash(l, false);
  case '}': return r_hash(l, true);
  case 'S': return r_struct(l);
  case 'o': return r_plain_object(l);
  case 'U': return r_user_marshal(l);
  case 'c': return r_class_record(l, false);
  case 'm': return r_class_record(l, true);
  case 'I': {
    kn_value v = r_object(l);
    r_ivars(l, v);
    return v;
  }
  case 'C': {
    kn_value klass = r_class(l);
    kn_value v = r_object(l);
    KN_HDR(v)->klass = KN_CLASS(klass);
    return v;
  }
  case 'e': {
    kn_value mod = r_class(l);
    kn_value v = r_object(l);
    kn_send(v, kn_intern("extend"), 1, &mod, KN_NIL);
    return v;
  }
  default: kn_raise_fmt(kn_eArgumentError, "dump format error(0x%x)", type);
  }
}

static kn_value r_object(loader *l) {
  int type = r_byte(l);
  kn_value v = r_object_body(l, type);
  if (l->freeze && KN_HEAP_P(v) && !KN_TYPE_P(v, KN_T_CLASS) && !KN_TYPE_P(v, KN_T_MODULE)) kn_obj_freeze(v);
  return v;
}

kn_value kn_marshal_load(kn_value src, bool freeze) {
  if (!KN_TYPE_P(src, KN_T_STRING)) {
    if (!kn_respond_to(src, kn_intern("read"), true)) kn_raise_fmt(kn_eTypeError, "instance of IO needed");
    src = kn_funcall0(src, "read");
  }
  loader l = {(const unsigned char *)KN_STR(src)->ptr, (const unsigned char *)KN_STR(src)->ptr + KN_STR(src)->len,
              kn_ary_new(0), kn_ary_new(0), freeze};
  int major = r_byte(&l), minor = r_byte(&l);
  if (major != MAJOR || minor > MINOR)
    kn_raise_fmt(kn_eTypeError, "incompatible marshal file format (can't be read)\n\tformat version %d.%d required; %d.%d given",
                 MAJOR, MINOR, major, minor);
  return r_object(&l);
}

/* Marshal.load(source [, proc] [, freeze: bool]) */
static kn_value m_load(ARGS) {
  bool freeze = false;
  if (argc > 1 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    freeze = KN_TEST(kn_hash_lookup(argv[argc - 1], kn_intern("freeze"), KN_FALSE));
    argc--;
  }
  if (argc > 1 && argv[1] != KN_NIL) kn_raise_fmt(kn_eNotImplementedError, "kiln: Marshal.load with a proc is not supported");
  return kn_marshal_load(argv[0], freeze);
}

void kn_init_marshal(void) {
  s_E = kn_intern("E");
  s_encoding = kn_intern("encoding");
  s_excl = kn_intern("excl");
  s_begin = kn_intern("begin");
  s_end = kn_intern("end");
  s_mesg = kn_intern("mesg");
  s_bt = kn_intern("bt");
  s_marshal_dump = kn_intern("marshal_dump");
  s_marshal_load = kn_intern("marshal_load");
  kn_value m = kn_define_module(kn_cObject, "Marshal");
  kn_const_set(m, kn_intern("MAJOR_VERSION"), KN_INT2FIX(MAJOR));
  kn_const_set(m, kn_intern("MINOR_VERSION"), KN_INT2FIX(MINOR));
  kn_define_singleton_method(m, "dump", m_dump, 1, 3);
  kn_define_singleton_method(m, "load", m_load, 1, 3);
  kn_define_singleton_method(m, "restore", m_load, 1, 3);
}
