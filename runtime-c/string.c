/* string.c: String (a mutable UTF-8 byte buffer), Symbol's string-like methods, and the Encoding stub. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include "internal.h"

#define STR_METHOD(name) kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)

static kn_value sym_to_str_id, sym_to_s_id, sym_hash_id, sym_name_id, sym_eq_id, sym_cmp_id, sym_succ_id;
static kn_value enc_utf8, enc_binary, enc_ascii;

/* ------------------------------------------------------------------------
 * Allocation and growth
 * ------------------------------------------------------------------------ */

/* A String of up to STR_EMBED_MAX bytes keeps them right after its header: one allocation
 * instead of two, and one cache line fewer to touch when the string is read (hash keys, words).
 * The collector then scans those bytes too, which costs little at this size.  A string that
 * outgrows the room moves its bytes to a buffer of their own (str_reserve); the room stays. */
#define STR_EMBED_MAX 55

static kn_string *str_alloc(kn_value klass, int64_t capa) {
  kn_string *s;
  if (capa <= STR_EMBED_MAX) {
    /* the whole of the collector's size class for these bytes is room */
    size_t size = KN_ALLOC_ROOM(sizeof *s + (size_t)capa + 1);
    s = kn_alloc(size);
    s->capa = (int64_t)(size - sizeof *s) - 1;
    s->ptr = (char *)(s + 1);
  } else {
    s = kn_alloc(sizeof *s);
    s->capa = capa;
    s->ptr = kn_alloc_atomic_inline((size_t)capa + 1);
    s->ptr[0] = 0;
  }
  s->h.klass = (kn_class *)klass;
  s->h.type = KN_T_STRING;
  return s;
}

/* memcpy for the short pieces most Strings are, without a library call:
 * two overlapping fixed-size copies that stay inside both buffers. */
static inline void copy_bytes(char *d, const char *p, int64_t n) {
  if (n >= 16) {
    memcpy(d, p, (size_t)n);
  } else if (n >= 8) {
    memcpy(d, p, 8);
    memcpy(d + n - 8, p + n - 8, 8);
  } else if (n >= 4) {
    memcpy(d, p, 4);
    memcpy(d + n - 4, p + n - 4, 4);
  } else if (n > 0) {
    d[0] = p[0];
    d[n / 2] = p[n / 2];
    d[n - 1] = p[n - 1];
  }
}

static kn_value str_new_klass(kn_value klass, const char *p, int64_t n) {
  kn_string *s = str_alloc(klass, n);
  copy_bytes(s->ptr, p, n);
  s->len = n;
  s->ptr[n] = 0;
  return (kn_value)s;
}

kn_value kn_str_new(const char *ptr, int64_t len) { return str_new_klass(kn_cString, ptr, len); }
kn_value kn_str_cstr(const char *s) { return kn_str_new(s, (int64_t)strlen(s)); }
kn_value kn_str_lit(const char *ptr, int64_t len) { return kn_str_new(ptr, len); }
kn_value kn_str_frozen_lit(const char *ptr, int64_t len) {
  kn_value s = kn_str_new(ptr, len);
  KN_HDR(s)->flags |= KN_FL_FROZEN;
  return s;
}
/* Ruby's fstring table: every frozen literal (`# frozen_string_literal:
 * true`) with the same bytes is one object, as `"a".equal?("a")` shows. */
static kn_value fstrings;
kn_value kn_str_fstring(const char *ptr, int64_t len) {
  if (!fstrings) fstrings = kn_hash_new();
  kn_value s = kn_str_frozen_lit(ptr, len);
  kn_value old = kn_hash_lookup(fstrings, s, KN_UNDEF);
  if (old != KN_UNDEF) return old;
  kn_hash_aset(fstrings, s, s);
  return s;
}
kn_value kn_str_buf_new(int64_t capa) { return (kn_value)str_alloc(kn_cString, capa); }

/* A new String of the same class-independent kind (results of String methods are plain Strings in
 * 3.x) holding bytes taken from self: a piece of an ASCII-only string is known ASCII-only too, which
 * spares split's pieces the scan each char-indexed method would make. */
static kn_value str_new_like(kn_value self, const char *p, int64_t n) {
  kn_value r = kn_str_new(p, n);
  KN_HDR(r)->flags |= KN_HDR(self)->flags & (KN_FL_BINARY | KN_FL_ASCII);
  return r;
}

static void str_reserve(kn_string *s, int64_t need) {
  if (need <= s->capa) return;
  int64_t c = s->capa * 2;
  if (c < need) c = need;
  char *p = kn_alloc_atomic_inline((size_t)c + 1);
  memcpy(p, s->ptr, (size_t)s->len + 1);
  s->ptr = p;
  s->capa = c;
}

void kn_str_modify(kn_value str) {
  if (KN_HDR(str)->flags & KN_FL_FROZEN) kn_frozen_error(str);
  KN_HDR(str)->flags &= ~(uint32_t)KN_FL_ASCII;
}

static void str_set_len(kn_string *s, int64_t n) {
  s->len = n;
  s->ptr[n] = 0;
}

static bool bytes_ascii_p(const char *p, int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; i++)
    if ((unsigned char)p[i] >= 0x80) return false;
  return true;
}

/* Append n bytes; ascii: they are known to be ASCII, so the ASCII cache needs no scan. */
static kn_value str_cat(kn_value str, const char *p, int64_t n, bool ascii) {
  kn_string *s = KN_STR(str);
  if (s->h.flags & KN_FL_FROZEN) kn_frozen_error(str);
  /* keep the ASCII cache when appending ASCII to ASCII: common in loops */
  if ((s->h.flags & KN_FL_ASCII) && !ascii && !bytes_ascii_p(p, n)) s->h.flags &= ~(uint32_t)KN_FL_ASCII;
  if (s->len + n > s->capa) {
    /* p may point into s itself */
    if (p >= s->ptr && p < s->ptr + s->len) {
      int64_t off = p - s->ptr;
      str_reserve(s, s->len + n);
      p = s->ptr + off;
    } else {
      str_reserve(s, s->len + n);
    }
  }
  /* a piece of s itself lies before s->len, so the ranges never overlap */
  copy_bytes(s->ptr + s->len, p, n);
  str_set_len(s, s->len + n);
  return str;
}

kn_value kn_str_cat(kn_value str, const char *p, int64_t n) { return str_cat(str, p, n, false); }

kn_value kn_str_cat_cstr(kn_value str, const char *s) { return kn_str_cat(str, s, (int64_t)strlen(s)); }

kn_value kn_str_dup(kn_value str) {
  kn_value r = kn_str_new(KN_STR(str)->ptr, KN_STR(str)->len);
  KN_HDR(r)->flags |= KN_HDR(str)->flags & (KN_FL_BINARY | KN_FL_ASCII);
  return r;
}

const char *kn_str_cstr_of(kn_value str) { return KN_STR(str)->ptr; }

/* ------------------------------------------------------------------------
 * Conversions and helpers shared by the collection files
 * ------------------------------------------------------------------------ */

/* Class name as used in "no implicit conversion of X into Y": nil/true/false by value. */
const char *kn_conv_name(kn_value v) {
  if (v == KN_NIL) return "nil";
  if (v == KN_TRUE) return "true";
  if (v == KN_FALSE) return "false";
  return kn_class_name(kn_real_class(v));
}

_Noreturn void kn_conversion_gave(kn_value v, const char *target, const char *meth, kn_value got) {
  const char *name = kn_class_name(kn_real_class(v));
  kn_raise_fmt(kn_eTypeError, "can't convert %s to %s (%s#%s gives %s)", name, target, name, meth,
               kn_class_name(kn_real_class(got)));
}

kn_value kn_to_str(kn_value v) {
  if (KN_TYPE_P(v, KN_T_STRING)) return v;
  if (!KN_SPECIAL_P(v) && kn_respond_to(v, sym_to_str_id, true)) {
    kn_value r = kn_send(v, sym_to_str_id, 0, NULL, KN_NIL);
    if (KN_TYPE_P(r, KN_T_STRING)) return r;
    kn_conversion_gave(v, "String", "to_str", r);
  }
  kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into String", kn_conv_name(v));
}

bool kn_str_ascii_p(kn_value str) {
  kn_string *s = KN_STR(str);
  if (s->h.flags & KN_FL_ASCII) return true;
  if (!bytes_ascii_p(s->ptr, s->len)) return false;
  s->h.flags |= KN_FL_ASCII;
  return true;
}

#define BINARY_P(v) ((KN_HDR(v)->flags & KN_FL_BINARY) != 0)

/* Length in bytes of the UTF-8 character at p (1 for an invalid byte). */
static inline int utf8_clen(const unsigned char *p, const unsigned char *e) {
  unsigned c = p[0];
  if (c < 0x80) return 1;
  int n;
  uint32_t min;
  if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000;
  else return 1;
  if (e - p < n) return 1;
  uint32_t cp = c & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 1;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 1;
  return n;
}

/* Codepoint of a valid char of length n at p; -1 if invalid. */
static inline int64_t utf8_decode(const unsigned char *p, const unsigned char *e, int *len) {
  int n = utf8_clen(p, e);
  *len = n;
  if (n == 1) return p[0] < 0x80 ? p[0] : -1;
  uint32_t cp = p[0] & (0x7F >> n);
  for (int i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3F);
  return cp;
}

int kn_utf8_encode(uint32_t c, char *out) {
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F)); out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* Does the string index by bytes (ASCII-only or binary)? */
static inline bool str_single_byte(kn_value s) { return BINARY_P(s) || kn_str_ascii_p(s); }

static int64_t str_char_len(kn_value str) {
  if (str_single_byte(str)) return KN_STR(str)->len;
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr, *e = p + KN_STR(str)->len;
  int64_t n = 0;
  while (p < e) {
    p += utf8_clen(p, e);
    n++;
  }
  return n;
}

/* Byte offset of char index ci (0 <= ci); returns len if past the end, and sets *ok false when beyond. */
static int64_t str_char_offset(kn_value str, int64_t ci, bool *ok) {
  kn_string *s = KN_STR(str);
  if (str_single_byte(str)) {
    *ok = ci <= s->len;
    return ci <= s->len ? ci : s->len;
  }
  const unsigned char *b = (const unsigned char *)s->ptr, *p = b, *e = b + s->len;
  while (ci > 0 && p < e) {
    p += utf8_clen(p, e);
    ci--;
  }
  *ok = ci == 0;
  return p - b;
}

/* Char index of byte offset off (off on a char boundary). */
static int64_t str_byte_to_char(kn_value str, int64_t off) {
  if (str_single_byte(str)) return off;
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr, *e = p + off;
  int64_t n = 0;
  while (p < e) {
    p += utf8_clen(p, e);
    n++;
  }
  return n;
}

/* Substring by char index and char count, already clamped by the caller to valid values. */
static kn_value str_substr(kn_value str, int64_t beg, int64_t n) {
  int64_t clen = str_single_byte(str) ? KN_STR(str)->len : -1;
  if (clen >= 0) {
    if (beg > clen) return KN_NIL;
    if (beg + n > clen) n = clen - beg;
    return str_new_like(str, KN_STR(str)->ptr + beg, n);
  }
  bool ok;
  int64_t b = str_char_offset(str, beg, &ok);
  if (!ok) return KN_NIL;
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr + b, *e = (const unsigned char *)KN_STR(str)->ptr + KN_STR(str)->len;
  const unsigned char *q = p;
  while (n > 0 && q < e) {
    q += utf8_clen(q, e);
    n--;
  }
  return str_new_like(str, (const char *)p, q - p);
}

/* ------------------------------------------------------------------------
 * Hashing
 * ------------------------------------------------------------------------ */

uint64_t kn_hash_mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h;
}

/* The last 1..8 bytes are read as whole words, not byte by byte: most
 * keys are short names, whose hash was mostly that tail loop.  A string of
 * 8 or more bytes takes its last 8 (overlapping words already mixed); a
 * shorter one two overlapping 4-byte words or three of its bytes.  The
 * length is mixed in first, so the overlaps cannot make lengths collide. */
static inline uint64_t hash_tail(const unsigned char *p, size_t n, size_t len) {
  if (len >= 8) {
    uint64_t w;
    memcpy(&w, p + n - 8, 8);
    return w;
  }
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + n - 4, 4);
    return lo | (uint64_t)hi << 32;
  }
  if (n == 0) return 0;
  return p[0] | (uint64_t)p[n >> 1] << 8 | (uint64_t)p[n - 1] << 16;
}

uint64_t kn_hash_bytes(const void *data, size_t n) {
  const unsigned char *p = data;
  size_t len = n;
  uint64_t h = 0xCBF29CE484222325ull ^ (n * 0x100000001B3ull);
  while (n > 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    w *= 0x87C37B91114253D5ull;
    w = (w << 31) | (w >> 33);
    h ^= w * 0x4CF5AD432745937Full;
    h = ((h << 27) | (h >> 37)) * 5 + 0x52DCE729;
    p += 8;
    n -= 8;
  }
  uint64_t t = hash_tail(p, n, len);
  h ^= t * 0x87C37B91114253D5ull;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return h;
}

STR_METHOD(kn_str_hash) { return KN_INT2FIX((int64_t)(kn_hash_bytes(KN_STR(self)->ptr, (size_t)KN_STR(self)->len) >> 2)); }

/* ------------------------------------------------------------------------
 * Comparison
 * ------------------------------------------------------------------------ */

bool kn_str_equal(kn_value a, kn_value b) {
  kn_string *x = KN_STR(a), *y = KN_STR(b);
  return x->len == y->len && memcmp(x->ptr, y->ptr, (size_t)x->len) == 0;
}

int kn_str_cmp(kn_value a, kn_value b) {
  kn_string *x = KN_STR(a), *y = KN_STR(b);
  int64_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->ptr, y->ptr, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return x->len == y->len ? 0 : x->len < y->len ? -1 : 1;
}

STR_METHOD(kn_str_eq) {
  kn_value o = argv[0];
  if (KN_TYPE_P(o, KN_T_STRING)) return KN_BOOL(kn_str_equal(self, o));
  if (!KN_SPECIAL_P(o) && kn_respond_to(o, sym_to_str_id, false)) return KN_BOOL(kn_equal(o, self));
  return KN_FALSE;
}

STR_METHOD(kn_str_eql) { return KN_BOOL(KN_TYPE_P(argv[0], KN_T_STRING) && kn_str_equal(self, argv[0])); }

STR_METHOD(kn_str_cmp_m) {
  if (!KN_TYPE_P(argv[0], KN_T_STRING)) return KN_NIL;
  return KN_INT2FIX(kn_str_cmp(self, argv[0]));
}

static int ascii_casecmp(kn_value a, kn_value b) {
  kn_string *x = KN_STR(a), *y = KN_STR(b);
  int64_t n = x->len < y->len ? x->len : y->len;
  for (int64_t i = 0; i < n; i++) {
    int c = tolower((unsigned char)x->ptr[i]), d = tolower((unsigned char)y->ptr[i]);
    if (c != d) return c < d ? -1 : 1;
  }
  return x->len == y->len ? 0 : x->len < y->len ? -1 : 1;
}

STR_METHOD(kn_str_casecmp) {
  kn_value o = argv[0];
  if (KN_SYMBOL_P(o)) o = kn_sym_to_s(o);
  if (!KN_TYPE_P(o, KN_T_STRING)) {
    if (KN_SPECIAL_P(o) || !kn_respond_to(o, sym_to_str_id, false))
      kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into String", kn_conv_name(o));
    o = kn_to_str(o);
  }
  return KN_INT2FIX(ascii_casecmp(self, o));
}

STR_METHOD(kn_str_casecmp_p) {
  kn_value o = argv[0];
  if (KN_SYMBOL_P(o)) o = kn_sym_to_s(o);
  if (!KN_TYPE_P(o, KN_T_STRING)) {
    if (KN_SPECIAL_P(o) || !kn_respond_to(o, sym_to_str_id, false))
      kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into String", kn_conv_name(o));
    o = kn_to_str(o);
  }
  return KN_BOOL(ascii_casecmp(self, o) == 0);
}

/* ------------------------------------------------------------------------
 * Basic accessors
 * ------------------------------------------------------------------------ */

STR_METHOD(kn_str_length) { return KN_INT2FIX(str_char_len(self)); }
STR_METHOD(kn_str_bytesize) { return KN_INT2FIX(KN_STR(self)->len); }
STR_METHOD(kn_str_empty_p) { return KN_BOOL(KN_STR(self)->len == 0); }
STR_METHOD(kn_str_to_s) {
  if (kn_real_class(self) == kn_cString) return self;
  return kn_str_dup(self);
}
STR_METHOD(kn_str_dup_m) {
  kn_value r = kn_str_dup(self);
  KN_HDR(r)->klass = (kn_class *)kn_real_class(self);
  return r;
}
STR_METHOD(kn_str_clone) {
  kn_value r = kn_str_dup_m(self, 0, NULL, KN_NIL);
  bool freeze = true;
  if (argc == 1 && KN_TYPE_P(argv[0], KN_T_HASH)) {
    kn_value f = kn_hash_lookup(argv[0], kn_intern("freeze"), KN_UNDEF);
    if (f == KN_FALSE) freeze = false;
  }
  if (freeze) KN_HDR(r)->flags |= KN_HDR(self)->flags & KN_FL_FROZEN;
  return r;
}
STR_METHOD(kn_str_uplus) { return KN_FROZEN_P(self) ? kn_str_dup(self) : self; }
STR_METHOD(kn_str_uminus) {
  if (KN_FROZEN_P(self)) return self;
  kn_value r = kn_str_dup(self);
  KN_HDR(r)->flags |= KN_FL_FROZEN;
  return r;
}

kn_value kn_str_to_sym(kn_value str) { return kn_intern_len(KN_STR(str)->ptr, (size_t)KN_STR(str)->len); }
STR_METHOD(kn_str_to_sym_m) { return kn_str_to_sym(self); }

STR_METHOD(kn_str_replace) {
  kn_value o = kn_to_str(argv[0]);
  kn_str_modify(self);
  if (o == self) return self;
  kn_string *s = KN_STR(self);
  s->len = 0;
  kn_str_cat(self, KN_STR(o)->ptr, KN_STR(o)->len);
  s->h.flags = (s->h.flags & ~(uint32_t)KN_FL_BINARY) | (KN_HDR(o)->flags & KN_FL_BINARY);
  return self;
}

STR_METHOD(kn_str_clear) {
  kn_str_modify(self);
  str_set_len(KN_STR(self), 0);
  return self;
}

STR_METHOD(kn_str_force_encoding);

/* Class#allocate for String and its subclasses. */
static kn_value str_allocate(kn_class *klass) { return (kn_value)str_alloc((kn_value)klass, 15); }

/* String.new(str = "", encoding: e, capacity: n); without str the String is ASCII-8BIT, as in ruby. */
STR_METHOD(kn_str_initialize) {
  int npos = argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH) ? argc - 1 : argc;
  if (npos == 0) KN_HDR(self)->flags |= KN_FL_BINARY | KN_FL_ASCII;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    kn_value enc = kn_hash_lookup(argv[argc - 1], kn_intern("encoding"), KN_UNDEF);
    argc--;
    if (argc > 0) kn_str_replace(self, 1, argv, KN_NIL);
    if (enc != KN_UNDEF) kn_str_force_encoding(self, 1, &enc, KN_NIL);
    return KN_NIL;
  }
  if (argc > 0) kn_str_replace(self, 1, argv, KN_NIL);
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Concatenation and repetition
 * ------------------------------------------------------------------------ */

kn_value kn_str_plus(kn_value a, kn_value b) {
  if (!KN_TYPE_P(b, KN_T_STRING)) b = kn_to_str(b);
  kn_string *x = KN_STR(a), *y = KN_STR(b);
  kn_string *r = str_alloc(kn_cString, x->len + y->len);
  memcpy(r->ptr, x->ptr, (size_t)x->len);
  memcpy(r->ptr + x->len, y->ptr, (size_t)y->len);
  str_set_len(r, x->len + y->len);
  if ((x->h.flags & KN_FL_ASCII) && (y->h.flags & KN_FL_ASCII)) r->h.flags |= KN_FL_ASCII;
  r->h.flags |= (x->h.flags | y->h.flags) & KN_FL_BINARY;
  return (kn_value)r;
}
STR_METHOD(kn_str_plus_m) { return kn_str_plus(self, argv[0]); }

static void str_cat_codepoint(kn_value str, kn_value cv) {
  int64_t c = kn_num2long(cv);
  if (c < 0) kn_raise_fmt(kn_eRangeError, "%lld out of char range", (long long)c);
  if (BINARY_P(str)) {
    if (c > 255) kn_raise_fmt(kn_eRangeError, "%lld out of char range", (long long)c);
    char b = (char)c;
    kn_str_cat(str, &b, 1);
    return;
  }
  if (c > 0x10FFFF) kn_raise_fmt(kn_eRangeError, "invalid codepoint 0x%llX in UTF-8", (long long)c);
  if (c >= 0xD800 && c <= 0xDFFF) kn_raise_fmt(kn_eRangeError, "invalid codepoint 0x%llX in UTF-8", (long long)c);
  char buf[4];
  kn_str_cat(str, buf, kn_utf8_encode((uint32_t)c, buf));
}

/* ruby's encoding rule for appending to an empty String: a binary one (String.new) takes a
 * UTF-8 text that is not ASCII, so String.new << "é" is UTF-8. */
static void str_adopt_encoding(kn_value str, kn_value other) {
  if (KN_STR(str)->len == 0 && BINARY_P(str) && !KN_FROZEN_P(str) && !BINARY_P(other) && !kn_str_ascii_p(other))
    KN_HDR(str)->flags &= ~(uint32_t)(KN_FL_BINARY | KN_FL_ASCII);
}

kn_value kn_str_concat(kn_value str, kn_value other) {
  if (KN_TYPE_P(other, KN_T_STRING)) {
    str_adopt_encoding(str, other);
    return str_cat(str, KN_STR(other)->ptr, KN_STR(other)->len, KN_HDR(other)->flags & KN_FL_ASCII);
  }
  if (KN_FIXNUM_P(other) || KN_TYPE_P(other, KN_T_BIGNUM)) {
    if (KN_FROZEN_P(str)) kn_frozen_error(str);
    str_cat_codepoint(str, other);
    return str;
  }
  other = kn_to_str(other);
  return kn_str_cat(str, KN_STR(other)->ptr, KN_STR(other)->len);
}
STR_METHOD(kn_str_lshift) { return kn_str_concat(self, argv[0]); }

/* buf << "lit" for an ASCII literal, once the caller knows buf's << is the core one: appending
 * ASCII bytes never changes buf's encoding (str_adopt_encoding), so the literal's String, which
 * no one else could see, need not be made. */
kn_value kn_str_cat_ascii(kn_value buf, const char *p, int64_t n) { return str_cat(buf, p, n, true); }

/* An interpolation's piece "#{v}" appended to its buffer: a fixnum's digits go straight in,
 * without the String kn_obj_to_s would make for them only to be copied (kn_obj_to_s already
 * takes Integer#to_s to be the core one); anything else as kn_obj_to_s + concat. */
kn_value kn_str_concat_to_s(kn_value buf, kn_value v) {
  if (KN_FIXNUM_P(v)) {
    char digits[24], *e = digits + sizeof digits;
    char *p = kn_fix_digits(KN_FIX2INT(v), e);
    return str_cat(buf, p, e - p, true);
  }
  return kn_str_concat(buf, kn_obj_to_s(v));
}

STR_METHOD(kn_str_concat_m) {
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  if (argc == 1) return kn_str_concat(self, argv[0]);
  /* concat(a, b) with self among the args appends the original content each time */
  kn_value orig = kn_str_dup(self);
  for (int i = 0; i < argc; i++) kn_str_concat(self, argv[i] == self ? orig : argv[i]);
  return self;
}

STR_METHOD(kn_str_prepend) {
  kn_str_modify(self);
  kn_value buf = kn_str_buf_new(KN_STR(self)->len);
  for (int i = 0; i < argc; i++) {
    kn_value o = kn_to_str(argv[i]);
    kn_str_cat(buf, KN_STR(o)->ptr, KN_STR(o)->len);
  }
  kn_str_cat(buf, KN_STR(self)->ptr, KN_STR(self)->len);
  kn_string *s = KN_STR(self);
  s->len = 0;
  kn_str_cat(self, KN_STR(buf)->ptr, KN_STR(buf)->len);
  return self;
}

STR_METHOD(kn_str_times) {
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative argument");
  kn_string *s = KN_STR(self);
  if (s->len && n > INT64_MAX / s->len) kn_raise_fmt(kn_eArgumentError, "argument too big");
  kn_string *r = str_alloc(kn_cString, s->len * n);
  for (int64_t i = 0; i < n; i++) memcpy(r->ptr + i * s->len, s->ptr, (size_t)s->len);
  str_set_len(r, s->len * n);
  r->h.flags |= s->h.flags & (KN_FL_ASCII | KN_FL_BINARY);
  return (kn_value)r;
}

STR_METHOD(kn_str_format_m) {
  kn_value a = argv[0];
  if (KN_TYPE_P(a, KN_T_ARRAY)) {
    int64_t n = KN_ARY(a)->len;
    kn_value *args = kn_alloc(sizeof(kn_value) * (size_t)(n + 1));
    args[0] = self;
    if (n) memcpy(args + 1, KN_ARY(a)->ptr, sizeof(kn_value) * (size_t)n);
    return kn_format((int)n + 1, args);
  }
  kn_value args[2] = {self, a};
  return kn_format(2, args);
}

/* ------------------------------------------------------------------------
 * Indexing: [] slice []= slice! insert byteslice getbyte setbyte
 * ------------------------------------------------------------------------ */

/* self[beg, len] by chars, with Ruby's rules (negative beg from the end, beg == length gives ""). */
static kn_value str_aref_beg_len(kn_value self, int64_t beg, int64_t n) {
  if (n < 0) return KN_NIL;
  int64_t clen = str_char_len(self);
  if (beg < 0) {
    beg += clen;
    if (beg < 0) return KN_NIL;
  }
  if (beg > clen) return KN_NIL;
  if (n > clen - beg) n = clen - beg;
  return str_substr(self, beg, n);
}

static kn_value str_index_str(kn_value self, kn_value pat, int64_t start_char);

/* self[i] for a fixnum i (kn_op_aref's String case; json-style scanners run it per byte). An
 * ASCII-only self (the flag is cleared on every write) is indexed by byte, and its one-byte piece
 * is built in place: the same String str_new_like makes, without its calls. The result must be a
 * new String every time: the caller may mutate or keep it. */
kn_value kn_str_aref_fix(kn_value self, int64_t i) {
  kn_string *s = KN_STR(self);
  if (!(s->h.flags & KN_FL_ASCII)) {
    kn_value idx = KN_INT2FIX(i);
    return kn_str_aref(self, 1, &idx, KN_NIL);
  }
  int64_t len = s->len;
  if (i < 0) i += len;
  if ((uint64_t)i >= (uint64_t)len) return KN_NIL;
  size_t size = KN_ALLOC_ROOM(sizeof *s + 2);
  kn_string *r = kn_alloc(size);
  r->capa = (int64_t)(size - sizeof *r) - 1;
  r->ptr = (char *)(r + 1);
  r->ptr[0] = s->ptr[i];
  r->ptr[1] = 0;
  r->len = 1;
  r->h.klass = (kn_class *)kn_cString;
  r->h.type = KN_T_STRING;
  r->h.flags |= s->h.flags & (KN_FL_BINARY | KN_FL_ASCII);
  return (kn_value)r;
}

STR_METHOD(kn_str_aref) {
  if (argc == 2) return str_aref_beg_len(self, kn_num2long(argv[0]), kn_num2long(argv[1]));
  kn_value a = argv[0];
  if (KN_FIXNUM_P(a)) {
    int64_t i = KN_FIX2INT(a);
    if (str_single_byte(self)) {
      int64_t len = KN_STR(self)->len;
      if (i < 0) i += len;
      if (i < 0 || i >= len) return KN_NIL;
      return str_new_like(self, KN_STR(self)->ptr + i, 1);
    }
    kn_value r = str_aref_beg_len(self, i, 1);
    if (r != KN_NIL && KN_STR(r)->len == 0) return KN_NIL;
    return r;
  }
  if (KN_TYPE_P(a, KN_T_RANGE)) {
    int64_t beg, n;
    if (!kn_range_beg_len(a, str_char_len(self), &beg, &n, 0)) return KN_NIL;
    return str_substr(self, beg, n);
  }
  if (KN_TYPE_P(a, KN_T_STRING)) {
    kn_value i = str_index_str(self, a, 0);
    return i == KN_NIL ? KN_NIL : kn_str_dup(a);
  }
  int64_t i = kn_num2long(a);
  kn_value r = str_aref_beg_len(self, i, 1);
  if (r != KN_NIL && KN_STR(r)->len == 0) return KN_NIL;
  return r;
}

/* Replace chars [beg, beg+n) (already validated) by repl. */
static void str_splice(kn_value self, int64_t beg, int64_t n, kn_value repl) {
  bool ok;
  int64_t b = str_char_offset(self, beg, &ok);
  int64_t e = str_char_offset(self, beg + n, &ok);
  kn_str_modify(self);
  kn_string *s = KN_STR(self);
  int64_t rl = KN_STR(repl)->len;
  kn_value rcopy = repl == self ? kn_str_dup(repl) : repl;
  str_reserve(s, s->len - (e - b) + rl);
  memmove(s->ptr + b + rl, s->ptr + e, (size_t)(s->len - e));
  memcpy(s->ptr + b, KN_STR(rcopy)->ptr, (size_t)rl);
  str_set_len(s, s->len - (e - b) + rl);
}

STR_METHOD(kn_str_aset) {
  kn_value val = argv[argc - 1];
  int64_t clen = str_char_len(self);
  if (argc == 3) {
    int64_t beg = kn_num2long(argv[0]), n = kn_num2long(argv[1]);
    kn_value repl = kn_to_str(val);
    if (n < 0) kn_raise_fmt(kn_eIndexError, "negative length %lld", (long long)n);
    if (beg > clen || beg < -clen) kn_raise_fmt(kn_eIndexError, "index %lld out of string", (long long)beg);
    if (beg < 0) beg += clen;
    if (n > clen - beg) n = clen - beg;
    str_splice(self, beg, n, repl);
    return val;
  }
  kn_value a = argv[0];
  if (KN_TYPE_P(a, KN_T_RANGE)) {
    int64_t beg, n;
    kn_value repl = kn_to_str(val);
    kn_range_beg_len(a, clen, &beg, &n, 2);
    str_splice(self, beg, n, repl);
    return val;
  }
  if (KN_TYPE_P(a, KN_T_STRING)) {
    kn_value repl = kn_to_str(val);
    kn_value i = str_index_str(self, a, 0);
    if (i == KN_NIL) kn_raise_fmt(kn_eIndexError, "string not matched");
    str_splice(self, KN_FIX2INT(i), str_char_len(a), repl);
    return val;
  }
  int64_t i = kn_num2long(a);
  kn_value repl = kn_to_str(val);
  if (i >= clen || i < -clen) kn_raise_fmt(kn_eIndexError, "index %lld out of string", (long long)i);
  if (i < 0) i += clen;
  str_splice(self, i, 1, repl);
  return val;
}

STR_METHOD(kn_str_slice_bang) {
  kn_value r = kn_send(self, kn_intern("[]"), argc, argv, KN_NIL);
  if (r == KN_NIL) {
    kn_str_modify(self);
    return KN_NIL;
  }
  kn_str_modify(self);
  kn_value args[3];
  for (int i = 0; i < argc; i++) args[i] = argv[i];
  args[argc] = kn_str_new("", 0);
  kn_send(self, kn_intern("[]="), argc + 1, args, KN_NIL);
  return r;
}

STR_METHOD(kn_str_insert) {
  int64_t i = kn_num2long(argv[0]);
  kn_value o = kn_to_str(argv[1]);
  int64_t clen = str_char_len(self);
  if (i == -1) i = clen;
  else if (i < 0) i++;
  if (i > clen || i < -clen) kn_raise_fmt(kn_eIndexError, "index %lld out of string", (long long)kn_num2long(argv[0]));
  if (i < 0) i += clen;
  str_splice(self, i, 0, o);
  return self;
}

STR_METHOD(kn_str_getbyte) {
  int64_t i = kn_num2long(argv[0]), len = KN_STR(self)->len;
  if (i < 0) i += len;
  if (i < 0 || i >= len) return KN_NIL;
  return KN_INT2FIX((unsigned char)KN_STR(self)->ptr[i]);
}

STR_METHOD(kn_str_setbyte) {
  int64_t i = kn_num2long(argv[0]), len = KN_STR(self)->len;
  int64_t b = kn_num2long(argv[1]);
  if (i < -len || i >= len) kn_raise_fmt(kn_eIndexError, "index %lld out of string", (long long)i);
  if (i < 0) i += len;
  kn_str_modify(self);
  KN_STR(self)->ptr[i] = (char)b;
  return argv[1];
}

STR_METHOD(kn_str_byteslice) {
  int64_t len = KN_STR(self)->len, beg, n;
  if (argc == 2) {
    beg = kn_num2long(argv[0]);
    n = kn_num2long(argv[1]);
    if (n < 0) return KN_NIL;
    if (beg < 0) beg += len;
    if (beg < 0 || beg > len) return KN_NIL;
    if (n > len - beg) n = len - beg;
  } else if (KN_TYPE_P(argv[0], KN_T_RANGE)) {
    if (!kn_range_beg_len(argv[0], len, &beg, &n, 0)) return KN_NIL;
  } else {
    beg = kn_num2long(argv[0]);
    if (beg < 0) beg += len;
    if (beg < 0 || beg >= len) return KN_NIL;
    n = 1;
  }
  return str_new_like(self, KN_STR(self)->ptr + beg, n);
}

STR_METHOD(kn_str_chr) {
  kn_string *s = KN_STR(self);
  if (s->len == 0) return kn_str_new("", 0);
  int n = BINARY_P(self) ? 1 : utf8_clen((const unsigned char *)s->ptr, (const unsigned char *)s->ptr + s->len);
  return str_new_like(self, s->ptr, n);
}

/* ------------------------------------------------------------------------
 * Searching
 * ------------------------------------------------------------------------ */

static int64_t mem_find(const char *h, int64_t hn, const char *n, int64_t nn, int64_t from) {
  if (nn == 0) return from <= hn ? from : -1;
  if (nn > hn) return -1;
  const char *p = h + from, *end = h + hn - nn;
  while (p <= end) {
    p = memchr(p, n[0], (size_t)(end - p + 1));
    if (!p) return -1;
    if (memcmp(p, n, (size_t)nn) == 0) return p - h;
    p++;
  }
  return -1;
}

/* Char index of pat in self at or after start_char, or nil. */
static kn_value str_index_str(kn_value self, kn_value pat, int64_t start_char) {
  bool ok;
  int64_t off = str_char_offset(self, start_char, &ok);
  if (!ok) return KN_NIL;
  int64_t r = mem_find(KN_STR(self)->ptr, KN_STR(self)->len, KN_STR(pat)->ptr, KN_STR(pat)->len, off);
  if (r < 0) return KN_NIL;
  /* a match starting mid-character (invalid UTF-8 overlap) is not a match in Ruby; rare, accept */
  return KN_INT2FIX(str_byte_to_char(self, r));
}

STR_METHOD(kn_str_index) {
  kn_value pat = argv[0];
  int64_t start = 0;
  if (argc > 1) {
    start = kn_num2long(argv[1]);
    if (start < 0) {
      start += str_char_len(self);
      if (start < 0) return KN_NIL;
    }
  }
  pat = kn_to_str(pat);
  return str_index_str(self, pat, start);
}

STR_METHOD(kn_str_rindex) {
  kn_value pat = kn_to_str(argv[0]);
  int64_t clen = str_char_len(self);
  int64_t start = clen;
  if (argc > 1) {
    start = kn_num2long(argv[1]);
    if (start < 0) {
      start += clen;
      if (start < 0) return KN_NIL;
    }
    if (start > clen) start = clen;
  }
  bool ok;
  int64_t off = str_char_offset(self, start, &ok);
  kn_string *s = KN_STR(self), *p = KN_STR(pat);
  if (off > s->len - p->len) off = s->len - p->len;
  for (int64_t i = off; i >= 0; i--) {
    if (memcmp(s->ptr + i, p->ptr, (size_t)p->len) == 0) {
      if (!str_single_byte(self) && i > 0 && ((unsigned char)s->ptr[i] & 0xC0) == 0x80) continue;
      return KN_INT2FIX(str_byte_to_char(self, i));
    }
  }
  return KN_NIL;
}

STR_METHOD(kn_str_include_p) {
  kn_value pat = kn_to_str(argv[0]);
  return KN_BOOL(mem_find(KN_STR(self)->ptr, KN_STR(self)->len, KN_STR(pat)->ptr, KN_STR(pat)->len, 0) >= 0);
}

STR_METHOD(kn_str_start_with_p) {
  for (int i = 0; i < argc; i++) {
    kn_value p = kn_to_str(argv[i]);
    if (KN_STR(p)->len <= KN_STR(self)->len && memcmp(KN_STR(self)->ptr, KN_STR(p)->ptr, (size_t)KN_STR(p)->len) == 0)
      return KN_TRUE;
  }
  return KN_FALSE;
}

STR_METHOD(kn_str_end_with_p) {
  for (int i = 0; i < argc; i++) {
    kn_value p = kn_to_str(argv[i]);
    int64_t sl = KN_STR(self)->len, pl = KN_STR(p)->len;
    if (pl <= sl && memcmp(KN_STR(self)->ptr + sl - pl, KN_STR(p)->ptr, (size_t)pl) == 0) return KN_TRUE;
  }
  return KN_FALSE;
}

STR_METHOD(kn_str_delete_prefix) {
  kn_value p = kn_to_str(argv[0]);
  int64_t sl = KN_STR(self)->len, pl = KN_STR(p)->len;
  if (pl <= sl && memcmp(KN_STR(self)->ptr, KN_STR(p)->ptr, (size_t)pl) == 0)
    return str_new_like(self, KN_STR(self)->ptr + pl, sl - pl);
  return kn_str_dup(self);
}

STR_METHOD(kn_str_delete_suffix) {
  kn_value p = kn_to_str(argv[0]);
  int64_t sl = KN_STR(self)->len, pl = KN_STR(p)->len;
  if (pl <= sl && memcmp(KN_STR(self)->ptr + sl - pl, KN_STR(p)->ptr, (size_t)pl) == 0)
    return str_new_like(self, KN_STR(self)->ptr, sl - pl);
  return kn_str_dup(self);
}

static kn_value str_triple(kn_value a, kn_value b, kn_value c) {
  kn_value t[3] = {a, b, c};
  return kn_ary_new_from(3, t);
}

STR_METHOD(kn_str_partition) {
  kn_value pat = kn_to_str(argv[0]);
  kn_string *s = KN_STR(self);
  int64_t i = mem_find(s->ptr, s->len, KN_STR(pat)->ptr, KN_STR(pat)->len, 0);
  if (i < 0) return str_triple(kn_str_dup(self), kn_str_new("", 0), kn_str_new("", 0));
  int64_t e = i + KN_STR(pat)->len;
  return str_triple(str_new_like(self, s->ptr, i), kn_str_dup(pat), str_new_like(self, s->ptr + e, s->len - e));
}

STR_METHOD(kn_str_rpartition) {
  kn_value pat = kn_to_str(argv[0]);
  kn_string *s = KN_STR(self), *p = KN_STR(pat);
  for (int64_t i = s->len - p->len; i >= 0; i--) {
    if (memcmp(s->ptr + i, p->ptr, (size_t)p->len) == 0) {
      int64_t e = i + p->len;
      return str_triple(str_new_like(self, s->ptr, i), kn_str_dup(pat), str_new_like(self, s->ptr + e, s->len - e));
    }
  }
  return str_triple(kn_str_new("", 0), kn_str_new("", 0), kn_str_dup(self));
}

/* ------------------------------------------------------------------------
 * Splitting and iteration
 * ------------------------------------------------------------------------ */

static inline bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0; }
static inline bool split_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The awk-style split: runs of whitespace separate, leading whitespace ignored. */
static kn_value str_split_awk(kn_value self, int64_t limit) {
  kn_value ary = kn_ary_new(0);
  kn_string *s = KN_STR(self);
  const char *p = s->ptr, *e = p + s->len;
  int64_t count = 0;
  while (p < e) {
    while (p < e && split_space((unsigned char)*p)) p++;
    if (p >= e) break;
    if (limit > 0 && count == limit - 1) {
      kn_ary_push(ary, str_new_like(self, p, e - p));
      return ary;
    }
    const char *q = p;
    while (q < e && !split_space((unsigned char)*q)) q++;
    kn_ary_push(ary, str_new_like(self, p, q - p));
    count++;
    p = q;
    if (p < e && limit < 0 && p + 1 == e) {
      /* trailing separator with negative limit keeps an empty field */
    }
  }
  if (limit < 0 && s->len > 0 && split_space((unsigned char)e[-1])) kn_ary_push(ary, kn_str_new("", 0));
  return ary;
}

kn_value kn_str_split_str(kn_value self, kn_value sep, int64_t limit) {
  kn_value ary = kn_ary_new(0);
  kn_string *s = KN_STR(self), *sp = KN_STR(sep);
  if (limit == 1) {
    if (s->len) kn_ary_push(ary, kn_str_dup(self));
    return ary;
  }
  int64_t count = 0, pos = 0;
  if (sp->len == 0) {
    const unsigned char *b = (const unsigned char *)s->ptr, *p = b, *e = b + s->len;
    while (p < e) {
      if (limit > 0 && count == limit - 1) {
        kn_ary_push(ary, str_new_like(self, (const char *)p, e - p));
        return ary;
      }
      int n = BINARY_P(self) ? 1 : utf8_clen(p, e);
      kn_ary_push(ary, str_new_like(self, (const char *)p, n));
      count++;
      p += n;
    }
    return ary;
  }
  for (;;) {
    if (limit > 0 && count == limit - 1) break;
    int64_t i = mem_find(s->ptr, s->len, sp->ptr, sp->len, pos);
    if (i < 0) break;
    kn_ary_push(ary, str_new_like(self, s->ptr + pos, i - pos));
    count++;
    pos = i + sp->len;
  }
  kn_ary_push(ary, str_new_like(self, s->ptr + pos, s->len - pos));
  if (limit == 0) {
    kn_array *a = KN_ARY(ary);
    while (a->len > 0 && KN_STR(a->ptr[a->len - 1])->len == 0) a->len--;
  }
  return ary;
}

STR_METHOD(kn_str_split) {
  int64_t limit = argc > 1 ? kn_num2long(argv[1]) : 0;
  kn_value ary;
  kn_value sep = argc > 0 ? argv[0] : KN_NIL;
  if (sep == KN_NIL || (KN_TYPE_P(sep, KN_T_STRING) && KN_STR(sep)->len == 1 && KN_STR(sep)->ptr[0] == ' ')) {
    if (limit == 1) {
      ary = kn_ary_new(0);
      kn_string *s = KN_STR(self);
      int64_t i = 0;
      while (i < s->len && split_space((unsigned char)s->ptr[i])) i++;
      if (s->len) kn_ary_push(ary, i < s->len ? str_new_like(self, s->ptr + i, s->len - i) : kn_str_dup(self));
      if (s->len && i == s->len) KN_ARY(ary)->len = 0;
    } else {
      ary = str_split_awk(self, limit);
    }
  } else {
    ary = kn_str_split_str(self, kn_to_str(sep), limit);
  }
  if (blk != KN_NIL) {
    for (int64_t i = 0; i < KN_ARY(ary)->len; i++) kn_yield1(blk, KN_ARY(ary)->ptr[i]);
    return self;
  }
  return ary;
}

/* lines / each_line: sep defaults to "\n"; "" means paragraph mode; chomp: true drops separators. */
static kn_value str_lines(kn_value self, int argc, const kn_value *argv, kn_value blk, bool collect) {
  kn_value sep = kn_str_new("\n", 1);
  bool chomp = false;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    chomp = KN_TEST(kn_hash_lookup(argv[argc - 1], kn_intern("chomp"), KN_FALSE));
    argc--;
  }
  if (argc > 0) sep = argv[0] == KN_NIL ? KN_NIL : kn_to_str(argv[0]);
  kn_value ary = collect ? kn_ary_new(0) : KN_NIL;
  kn_value src = collect ? self : kn_str_dup(self);
  kn_string *s = KN_STR(src);
  if (sep == KN_NIL) {
    kn_value line = kn_str_dup(src);
    if (s->len) collect ? kn_ary_push(ary, line) : kn_yield1(blk, line);
    return collect ? ary : self;
  }
  bool para = KN_STR(sep)->len == 0;
  const char *sp = para ? "\n\n" : KN_STR(sep)->ptr;
  int64_t sl = para ? 2 : KN_STR(sep)->len;
  int64_t pos = 0;
  while (pos < s->len) {
    int64_t i = mem_find(s->ptr, s->len, sp, sl, pos);
    int64_t end = i < 0 ? s->len : i + sl;
    int64_t keep = end;
    if (para && i >= 0) {
      while (end < s->len && s->ptr[end] == '\n') end++;
    }
    int64_t linelen = (chomp && i >= 0) ? i - pos : keep - pos;
    if (chomp && i >= 0 && !para && sl == 1 && sp[0] == '\n' && linelen > 0 && s->ptr[pos + linelen - 1] == '\r') linelen--;
    kn_value line = str_new_like(self, s->ptr + pos, linelen);
    if (collect) kn_ary_push(ary, line);
    else kn_yield1(blk, line);
    pos = end;
  }
  return collect ? ary : self;
}

STR_METHOD(kn_str_lines) {
  kn_value ary = str_lines(self, argc, argv, KN_NIL, true);
  if (blk != KN_NIL) {
    for (int64_t i = 0; i < KN_ARY(ary)->len; i++) kn_yield1(blk, KN_ARY(ary)->ptr[i]);
    return self;
  }
  return ary;
}



STR_METHOD(kn_str_each_line) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_line", argc, argv);
  return str_lines(self, argc, argv, blk, false);
}

STR_METHOD(kn_str_chars) {
  kn_string *s = KN_STR(self);
  if (str_single_byte(self)) {
    kn_value ary = kn_ary_new(s->len);
    for (int64_t i = 0; i < s->len; i++) kn_ary_push(ary, str_new_like(self, s->ptr + i, 1));
    return ary;
  }
  kn_value ary = kn_ary_new(0);
  const unsigned char *p = (const unsigned char *)s->ptr, *e = p + s->len;
  while (p < e) {
    int n = utf8_clen(p, e);
    kn_ary_push(ary, str_new_like(self, (const char *)p, n));
    p += n;
  }
  return ary;
}

STR_METHOD(kn_str_each_char) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_char", argc, argv);
  /* re-read the buffer each step: the block may mutate the string */
  int64_t pos = 0;
  while (pos < KN_STR(self)->len) {
    kn_string *s = KN_STR(self);
    int n = BINARY_P(self) ? 1 : utf8_clen((const unsigned char *)s->ptr + pos, (const unsigned char *)s->ptr + s->len);
    kn_yield1(blk, str_new_like(self, s->ptr + pos, n));
    pos += n;
  }
  return self;
}

STR_METHOD(kn_str_bytes) {
  kn_string *s = KN_STR(self);
  kn_value ary = kn_ary_new(s->len);
  for (int64_t i = 0; i < s->len; i++) kn_ary_push(ary, KN_INT2FIX((unsigned char)s->ptr[i]));
  return ary;
}

STR_METHOD(kn_str_each_byte) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_byte", argc, argv);
  for (int64_t i = 0; i < KN_STR(self)->len; i++) kn_yield1(blk, KN_INT2FIX((unsigned char)KN_STR(self)->ptr[i]));
  return self;
}

STR_METHOD(kn_str_codepoints) {
  kn_string *s = KN_STR(self);
  kn_value ary = kn_ary_new(0);
  const unsigned char *p = (const unsigned char *)s->ptr, *e = p + s->len;
  while (p < e) {
    int n;
    int64_t c = BINARY_P(self) ? (n = 1, *p) : utf8_decode(p, e, &n);
    if (c < 0) kn_raise_fmt(kn_eArgumentError, "invalid byte sequence in UTF-8");
    kn_ary_push(ary, KN_INT2FIX(c));
    p += n;
  }
  if (blk != KN_NIL) {
    for (int64_t i = 0; i < KN_ARY(ary)->len; i++) kn_yield1(blk, KN_ARY(ary)->ptr[i]);
    return self;
  }
  return ary;
}

STR_METHOD(kn_str_ord) {
  kn_string *s = KN_STR(self);
  if (s->len == 0) kn_raise_fmt(kn_eArgumentError, "empty string");
  if (BINARY_P(self)) return KN_INT2FIX((unsigned char)s->ptr[0]);
  int n;
  int64_t c = utf8_decode((const unsigned char *)s->ptr, (const unsigned char *)s->ptr + s->len, &n);
  if (c < 0) kn_raise_fmt(kn_eArgumentError, "invalid byte sequence in UTF-8");
  return KN_INT2FIX(c);
}

/* ------------------------------------------------------------------------
 * Whitespace and line-end trimming
 * ------------------------------------------------------------------------ */

static void strip_bounds(kn_value self, bool left, bool right, int64_t *b, int64_t *e) {
  kn_string *s = KN_STR(self);
  int64_t i = 0, j = s->len;
  if (left)
    while (i < j && ascii_space((unsigned char)s->ptr[i])) i++;
  if (right)
    while (j > i && ascii_space((unsigned char)s->ptr[j - 1])) j--;
  *b = i;
  *e = j;
}

static kn_value strip_common(kn_value self, bool left, bool right, bool bang) {
  int64_t b, e;
  strip_bounds(self, left, right, &b, &e);
  if (!bang) return str_new_like(self, KN_STR(self)->ptr + b, e - b);
  kn_str_modify(self);
  if (b == 0 && e == KN_STR(self)->len) return KN_NIL;
  kn_string *s = KN_STR(self);
  memmove(s->ptr, s->ptr + b, (size_t)(e - b));
  str_set_len(s, e - b);
  return self;
}

STR_METHOD(kn_str_strip) { return strip_common(self, true, true, false); }
STR_METHOD(kn_str_lstrip) { return strip_common(self, true, false, false); }
STR_METHOD(kn_str_rstrip) { return strip_common(self, false, true, false); }
STR_METHOD(kn_str_strip_bang) { return strip_common(self, true, true, true); }
STR_METHOD(kn_str_lstrip_bang) { return strip_common(self, true, false, true); }
STR_METHOD(kn_str_rstrip_bang) { return strip_common(self, false, true, true); }

/* New length after chomp (argc 0: \n, \r\n or \r; "": all trailing \r?\n; else the suffix). */
static int64_t chomp_len(kn_value self, int argc, const kn_value *argv) {
  kn_string *s = KN_STR(self);
  int64_t n = s->len;
  if (argc == 0 || (KN_TYPE_P(argv[0], KN_T_STRING) && KN_STR(argv[0])->len == 1 && KN_STR(argv[0])->ptr[0] == '\n')) {
    if (n > 0 && s->ptr[n - 1] == '\n') {
      n--;
      if (n > 0 && s->ptr[n - 1] == '\r') n--;
    } else if (n > 0 && s->ptr[n - 1] == '\r') {
      n--;
    }
    return n;
  }
  if (argv[0] == KN_NIL) return n;
  kn_value sep = kn_to_str(argv[0]);
  if (KN_STR(sep)->len == 0) {
    while (n > 0 && s->ptr[n - 1] == '\n') {
      n--;
      if (n > 0 && s->ptr[n - 1] == '\r') n--;
    }
    return n;
  }
  int64_t sl = KN_STR(sep)->len;
  if (sl <= n && memcmp(s->ptr + n - sl, KN_STR(sep)->ptr, (size_t)sl) == 0) return n - sl;
  return n;
}

STR_METHOD(kn_str_chomp) { return str_new_like(self, KN_STR(self)->ptr, chomp_len(self, argc, argv)); }
STR_METHOD(kn_str_chomp_bang) {
  kn_str_modify(self);
  int64_t n = chomp_len(self, argc, argv);
  if (n == KN_STR(self)->len) return KN_NIL;
  str_set_len(KN_STR(self), n);
  return self;
}

static int64_t chop_len(kn_value self) {
  kn_string *s = KN_STR(self);
  if (s->len == 0) return 0;
  if (s->len >= 2 && s->ptr[s->len - 1] == '\n' && s->ptr[s->len - 2] == '\r') return s->len - 2;
  if (str_single_byte(self)) return s->len - 1;
  const unsigned char *b = (const unsigned char *)s->ptr, *p = b, *e = b + s->len, *last = b;
  while (p < e) {
    last = p;
    p += utf8_clen(p, e);
  }
  return last - b;
}

STR_METHOD(kn_str_chop) { return str_new_like(self, KN_STR(self)->ptr, chop_len(self)); }
STR_METHOD(kn_str_chop_bang) {
  kn_str_modify(self);
  if (KN_STR(self)->len == 0) return KN_NIL;
  str_set_len(KN_STR(self), chop_len(self));
  return self;
}

/* ------------------------------------------------------------------------
 * Case mapping: ASCII bytes in place, other chars through unicode_case.c
 * ------------------------------------------------------------------------ */

static kn_value sym_ascii, sym_turkic, sym_lithuanian, sym_fold;

typedef struct case_opts {
  int mode;        /* KN_CASE_UP, DOWN, FOLD (downcase(:fold)), SWAP, TITLE (capitalize) */
  bool ascii_only; /* :ascii */
  bool turkic;     /* :turkic (:lithuanian is accepted and changes nothing here) */
} case_opts;

/* The options of upcase/downcase/capitalize/swapcase, checked in ruby's order. */
static case_opts case_options(int mode, int argc, const kn_value *argv) {
  case_opts o = {mode, false, false};
  if (argc == 0) return o;
  if (argc > 2) kn_raise_fmt(kn_eArgumentError, "too many options");
  if (argv[0] == sym_turkic || argv[0] == sym_lithuanian) {
    kn_value other = argv[0] == sym_turkic ? sym_lithuanian : sym_turkic;
    if (argc == 2 && argv[1] != other) kn_raise_fmt(kn_eArgumentError, "invalid second option");
    o.turkic = argv[0] == sym_turkic || argc == 2;
  } else if (argc > 1) {
    kn_raise_fmt(kn_eArgumentError, "too many options");
  } else if (argv[0] == sym_ascii) {
    o.ascii_only = true;
  } else if (argv[0] == sym_fold) {
    if (mode != KN_CASE_DOWN) kn_raise_fmt(kn_eArgumentError, "option :fold only allowed for downcasing");
    o.mode = KN_CASE_FOLD;
  } else {
    kn_raise_fmt(kn_eArgumentError, "invalid option");
  }
  return o;
}

/* The mode for the i-th char: capitalize titlecases the first and downcases the rest. */
static inline int case_mode_at(int mode, int64_t i) { return mode == KN_CASE_TITLE && i > 0 ? KN_CASE_DOWN : mode; }

static inline char ascii_case(char c, int mode) {
  bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
  if (lower && mode != KN_CASE_DOWN && mode != KN_CASE_FOLD) return (char)(c - 32);
  if (upper && mode != KN_CASE_UP && mode != KN_CASE_TITLE) return (char)(c + 32);
  return c;
}

/* d[0, n) = p[0, n) with the ASCII letters mapped (other bytes stay); true if any changed.  The
 * loop is written once per mode, so the common ones run without a test of the mode per byte. */
static bool ascii_case_copy(char *d, const char *p, int64_t n, int mode) {
  unsigned diff = 0;
  int64_t i = 0;
  if (mode == KN_CASE_TITLE && n > 0) {
    d[0] = ascii_case(p[0], KN_CASE_TITLE);
    diff |= (unsigned char)(d[0] ^ p[0]);
    i = 1;
    mode = KN_CASE_DOWN;
  }
  if (mode == KN_CASE_DOWN || mode == KN_CASE_FOLD) {
    for (; i < n; i++) {
      char c = p[i];
      d[i] = (char)(c + ((unsigned char)(c - 'A') < 26 ? 32 : 0));
      diff |= (unsigned char)(d[i] ^ c);
    }
  } else if (mode == KN_CASE_UP) {
    for (; i < n; i++) {
      char c = p[i];
      d[i] = (char)(c - ((unsigned char)(c - 'a') < 26 ? 32 : 0));
      diff |= (unsigned char)(d[i] ^ c);
    }
  } else {
    for (; i < n; i++) {
      d[i] = ascii_case(p[i], mode);
      diff |= (unsigned char)(d[i] ^ p[i]);
    }
  }
  return diff != 0;
}

static bool str_valid_utf8(kn_value str);

/* Can the mapping work on bytes?  Binary strings and :ascii map ASCII letters only, and so does
 * every mode on an ASCII-only string but for the Turkic rules (i -> İ).  Otherwise an invalid
 * byte sequence is an error, as in ruby, except for upcase/downcase(:ascii), which never decode. */
static bool case_single_byte(kn_value self, case_opts o) {
  if (BINARY_P(self)) return true;
  if (!o.turkic && kn_str_ascii_p(self)) return true;
  bool decodes = !o.ascii_only || o.mode == KN_CASE_TITLE || o.mode == KN_CASE_SWAP;
  if (decodes && !str_valid_utf8(self)) kn_raise_fmt(kn_eArgumentError, "input string invalid");
  return o.ascii_only;
}

static inline void buf_put(kn_string *r, const char *p, int64_t n) {
  if (r->len + n > r->capa) str_reserve(r, r->len + n);
  memcpy(r->ptr + r->len, p, (size_t)n);
  r->len += n;
}

/* The mapped copy of a valid UTF-8 string, char by char (a char may map to up to 3). */
static kn_value case_map_chars(kn_value self, case_opts o) {
  kn_string *s = KN_STR(self);
  kn_value r = kn_str_buf_new(s->len);
  kn_string *rs = KN_STR(r);
  const unsigned char *p = (const unsigned char *)s->ptr, *e = p + s->len;
  for (int64_t i = 0; p < e; i++) {
    int mode = case_mode_at(o.mode, i), n;
    if (*p < 0x80 && !o.turkic) {
      char c = ascii_case((char)*p++, mode);
      buf_put(rs, &c, 1);
      continue;
    }
    char out[KN_CASE_MAX_BYTES];
    int64_t cp = utf8_decode(p, e, &n);
    buf_put(rs, out, kn_case_map_char((uint32_t)cp, mode, o.turkic, out));
    p += n;
  }
  str_set_len(rs, rs->len);
  return r;
}

/* The mapped copy of self; *changed tells whether it differs. */
static kn_value case_mapped(kn_value self, case_opts o, bool *changed) {
  if (case_single_byte(self, o)) {
    kn_string *s = KN_STR(self);
    kn_value r = kn_str_buf_new(s->len);
    KN_HDR(r)->flags |= s->h.flags & (KN_FL_BINARY | KN_FL_ASCII);
    *changed = ascii_case_copy(KN_STR(r)->ptr, s->ptr, s->len, o.mode);
    str_set_len(KN_STR(r), s->len);
    return r;
  }
  kn_value r = case_map_chars(self, o);
  *changed = !kn_str_equal(r, self);
  return r;
}

static kn_value case_new(kn_value self, int mode, int argc, const kn_value *argv) {
  bool changed;
  return case_mapped(self, case_options(mode, argc, argv), &changed);
}

static kn_value case_bang(kn_value self, int mode, int argc, const kn_value *argv) {
  case_opts o = case_options(mode, argc, argv);
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  bool changed;
  kn_value r = case_mapped(self, o, &changed);
  if (!changed) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

STR_METHOD(kn_str_upcase) { return case_new(self, KN_CASE_UP, argc, argv); }
STR_METHOD(kn_str_downcase) { return case_new(self, KN_CASE_DOWN, argc, argv); }
STR_METHOD(kn_str_capitalize) {
  if (KN_STR(self)->len == 0) return self; /* ruby 3.1 returns the receiver itself here */
  return case_new(self, KN_CASE_TITLE, argc, argv);
}
STR_METHOD(kn_str_swapcase) { return case_new(self, KN_CASE_SWAP, argc, argv); }
STR_METHOD(kn_str_upcase_bang) { return case_bang(self, KN_CASE_UP, argc, argv); }
STR_METHOD(kn_str_downcase_bang) { return case_bang(self, KN_CASE_DOWN, argc, argv); }
STR_METHOD(kn_str_capitalize_bang) { return case_bang(self, KN_CASE_TITLE, argc, argv); }
STR_METHOD(kn_str_swapcase_bang) { return case_bang(self, KN_CASE_SWAP, argc, argv); }

/* ------------------------------------------------------------------------
 * reverse, padding
 * ------------------------------------------------------------------------ */

static kn_value str_reverse(kn_value self) {
  kn_string *s = KN_STR(self);
  kn_value r = str_new_like(self, s->ptr, s->len);
  char *d = KN_STR(r)->ptr;
  if (str_single_byte(self)) {
    for (int64_t i = 0; i < s->len; i++) d[i] = s->ptr[s->len - 1 - i];
    return r;
  }
  const unsigned char *p = (const unsigned char *)s->ptr, *e = p + s->len;
  int64_t o = s->len;
  while (p < e) {
    int n = utf8_clen(p, e);
    o -= n;
    memcpy(d + o, p, (size_t)n);
    p += n;
  }
  return r;
}
STR_METHOD(kn_str_reverse) { return str_reverse(self); }
STR_METHOD(kn_str_reverse_bang) {
  kn_str_modify(self);
  kn_value r = str_reverse(self);
  memcpy(KN_STR(self)->ptr, KN_STR(r)->ptr, (size_t)KN_STR(r)->len);
  return self;
}

/* Append `count` chars of the cyclic pad string. */
static void pad_cat(kn_value buf, kn_value pad, int64_t count) {
  kn_string *p = KN_STR(pad);
  if (str_single_byte(pad)) {
    while (count > 0) {
      int64_t n = count < p->len ? count : p->len;
      kn_str_cat(buf, p->ptr, n);
      count -= n;
    }
    return;
  }
  while (count > 0) {
    const unsigned char *q = (const unsigned char *)p->ptr, *e = q + p->len;
    while (count > 0 && q < e) {
      int n = utf8_clen(q, e);
      kn_str_cat(buf, (const char *)q, n);
      q += n;
      count--;
    }
  }
}

static kn_value justify(kn_value self, int argc, const kn_value *argv, int where) {
  int64_t width = kn_num2long(argv[0]);
  kn_value pad = argc > 1 ? kn_to_str(argv[1]) : kn_str_new(" ", 1);
  if (KN_STR(pad)->len == 0) kn_raise_fmt(kn_eArgumentError, "zero width padding");
  int64_t clen = str_char_len(self);
  if (width <= clen) return kn_str_dup(self);
  int64_t total = width - clen, left = where == 0 ? 0 : where == 2 ? total : total / 2, right = total - left;
  kn_value r = kn_str_buf_new(KN_STR(self)->len + total * KN_STR(pad)->len);
  KN_HDR(r)->flags |= KN_HDR(self)->flags & KN_FL_BINARY;
  pad_cat(r, pad, left);
  kn_str_cat(r, KN_STR(self)->ptr, KN_STR(self)->len);
  pad_cat(r, pad, right);
  return r;
}
STR_METHOD(kn_str_ljust) { return justify(self, argc, argv, 0); }
STR_METHOD(kn_str_rjust) { return justify(self, argc, argv, 2); }
STR_METHOD(kn_str_center) { return justify(self, argc, argv, 1); }

/* ------------------------------------------------------------------------
 * Character sets: tr, delete, squeeze, count
 * ------------------------------------------------------------------------ */

#define CSET_ROOM 16 /* ranges a set holds without an allocation: most specs are a few chars */

typedef struct cset {
  bool neg;
  int n;          /* number of ranges */
  int64_t *lo, *hi;
  int64_t room[2 * CSET_ROOM];
} cset;

/* Decode a string to codepoints (bytes for binary), into buf when it has room for them. */
static int64_t *str_codepoints_in(kn_value str, int64_t *buf, int64_t room, int64_t *count) {
  kn_string *s = KN_STR(str);
  int64_t *cps = s->len <= room ? buf : kn_alloc_atomic(sizeof(int64_t) * (size_t)(s->len + 1));
  int64_t k = 0;
  const unsigned char *p = (const unsigned char *)s->ptr, *e = p + s->len;
  while (p < e) {
    int n;
    int64_t c = BINARY_P(str) ? (n = 1, *p) : utf8_decode(p, e, &n);
    if (c < 0) c = *p;
    cps[k++] = c;
    p += n;
  }
  *count = k;
  return cps;
}

static int64_t *str_codepoints(kn_value str, int64_t *count) { return str_codepoints_in(str, NULL, -1, count); }

static void cset_parse(kn_value spec, cset *cs, bool allow_neg) {
  int64_t n, buf[4 * CSET_ROOM];
  int64_t *c = str_codepoints_in(spec, buf, 4 * CSET_ROOM, &n);
  int64_t i = 0;
  cs->neg = false;
  if (allow_neg && n > 1 && c[0] == '^') {
    cs->neg = true;
    i = 1;
  }
  /* ranges never outnumber chars */
  int64_t most = n <= CSET_ROOM ? CSET_ROOM : n;
  cs->lo = n <= CSET_ROOM ? cs->room : kn_alloc_atomic(sizeof(int64_t) * (size_t)(2 * n));
  cs->hi = cs->lo + most;
  cs->n = 0;
  for (; i < n; i++) {
    int64_t lo = c[i], hi = c[i];
    if (c[i] == '\\' && i + 1 < n) {
      lo = hi = c[++i];
    } else if (i + 2 < n && c[i + 1] == '-') {
      hi = c[i + 2];
      if (hi < lo) {
        kn_raise_fmt(kn_eArgumentError, "invalid range \"%c-%c\" in string transliteration", (int)lo, (int)hi);
      }
      i += 2;
    }
    cs->lo[cs->n] = lo;
    cs->hi[cs->n] = hi;
    cs->n++;
  }
}

static bool cset_has(const cset *cs, int64_t c) {
  bool in = false;
  for (int i = 0; i < cs->n; i++)
    if (c >= cs->lo[i] && c <= cs->hi[i]) {
      in = true;
      break;
    }
  return in != cs->neg;
}

static bool csets_have(const cset *cs, int n, int64_t c) {
  for (int i = 0; i < n; i++)
    if (!cset_has(&cs[i], c)) return false;
  return true;
}

static void cat_cp(kn_value buf, int64_t c, bool binary) {
  char tmp[4];
  if (binary || c < 0x80) {
    tmp[0] = (char)c;
    kn_str_cat(buf, tmp, 1);
  } else {
    kn_str_cat(buf, tmp, kn_utf8_encode((uint32_t)c, tmp));
  }
}

/* The chars count/delete/squeeze select: the intersection of their arguments' sets (every char
 * when there are none), answered by a table for ASCII, the common case, and by the ranges above it. */
typedef struct cset_list {
  int n;
  cset *sets;
  uint64_t ascii[2]; /* bit c: is ASCII char c in every set */
  int high;          /* -1: chars above ASCII are looked up in the ranges; 0/1: none/all are in */
  cset room[2];      /* the sets of one or two arguments */
} cset_list;

static void csets_parse(cset_list *l, int argc, const kn_value *argv) {
  l->n = argc;
  l->sets = argc <= 2 ? l->room : kn_alloc(sizeof(cset) * (size_t)argc);
  l->ascii[0] = l->ascii[1] = ~0ull;
  l->high = -1;
  for (int i = 0; i < argc; i++) {
    cset *cs = &l->sets[i];
    cset_parse(kn_to_str(argv[i]), cs, true);
    uint64_t in[2] = {0, 0};
    for (int r = 0; r < cs->n; r++)
      for (int64_t c = cs->lo[r]; c <= cs->hi[r] && c < 128; c++) in[c >> 6] |= 1ull << (c & 63);
    l->ascii[0] &= cs->neg ? ~in[0] : in[0];
    l->ascii[1] &= cs->neg ? ~in[1] : in[1];
  }
}

/* The set of one ASCII-only spec of up to CSET_KEY_MAX bytes ("aeiou", ".!", "^a-z"), kept from
 * the last call that parsed it: a loop calling delete/count/squeeze with the same literal parses
 * it once.  Such a set holds either every char above ASCII (negated) or none. */
#define CSET_KEY_MAX 32
typedef struct cset_memo {
  int64_t len; /* -1: empty */
  char key[CSET_KEY_MAX];
  bool binary;
  uint64_t ascii[2];
  int high;
} cset_memo;

static bool cset_memo_fits(kn_value spec) {
  return KN_TYPE_P(spec, KN_T_STRING) && KN_STR(spec)->len <= CSET_KEY_MAX && kn_str_ascii_p(spec);
}

static void csets_init(cset_list *l, int argc, const kn_value *argv) {
  static cset_memo memo = {.len = -1};
  bool memoable = argc == 1 && cset_memo_fits(argv[0]);
  if (memoable) {
    kn_string *k = KN_STR(argv[0]);
    if (memo.len == k->len && memo.binary == BINARY_P(argv[0]) && memcmp(memo.key, k->ptr, (size_t)k->len) == 0) {
      l->n = 0;
      memcpy(l->ascii, memo.ascii, sizeof l->ascii);
      l->high = memo.high;
      return;
    }
  }
  csets_parse(l, argc, argv);
  if (!memoable) return;
  /* an ASCII spec has no range above ASCII: every such char is in the set just when it is negated */
  l->high = l->sets[0].neg;
  memo.len = KN_STR(argv[0])->len;
  memcpy(memo.key, KN_STR(argv[0])->ptr, (size_t)memo.len);
  memo.binary = BINARY_P(argv[0]);
  memcpy(memo.ascii, l->ascii, sizeof memo.ascii);
  memo.high = l->high;
}

static inline bool csets_member(const cset_list *l, int64_t c) {
  if (c < 128) return (l->ascii[c >> 6] >> (c & 63)) & 1;
  return l->high >= 0 ? l->high : csets_have(l->sets, l->n, c);
}

static void csets_from_args(cset_list *l, int argc, const kn_value *argv) {
  if (argc == 0) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given 0, expected 1+)");
  csets_init(l, argc, argv);
}

/* The char at p as count/delete/squeeze see it: a codepoint, or the byte itself in a binary
 * string or where the UTF-8 is invalid; *len is its length in bytes. */
static inline int64_t cset_char_at(const unsigned char *p, const unsigned char *e, bool binary, int *len) {
  if (*p < 0x80 || binary) {
    *len = 1;
    return *p;
  }
  int64_t c = utf8_decode(p, e, len);
  return c < 0 ? *p : c;
}

STR_METHOD(kn_str_count) {
  cset_list l;
  csets_from_args(&l, argc, argv);
  const unsigned char *p = (const unsigned char *)KN_STR(self)->ptr, *e = p + KN_STR(self)->len;
  bool binary = BINARY_P(self);
  int64_t k = 0;
  for (int n; p < e; p += n)
    if (csets_member(&l, cset_char_at(p, e, binary, &n))) k++;
  return KN_INT2FIX(k);
}

/* self without the chars drop() rejects; the kept bytes are copied unchanged. */
typedef bool (*cset_drop_fn)(const cset_list *l, int64_t c, int64_t prev);

/* Inlined into each caller, so drop() is a direct call the compiler can inline too. */
static inline __attribute__((always_inline)) kn_value str_filter(kn_value self, const cset_list *l, cset_drop_fn drop) {
  kn_string *s = KN_STR(self);
  kn_value r = kn_str_buf_new(s->len);
  KN_HDR(r)->flags |= KN_HDR(self)->flags & (KN_FL_BINARY | KN_FL_ASCII);
  char *out = KN_STR(r)->ptr;
  const unsigned char *b = (const unsigned char *)s->ptr, *p = b, *e = b + s->len;
  bool binary = BINARY_P(self);
  int64_t k = 0, prev = -1;
  for (int n; p < e; p += n) {
    int64_t c = cset_char_at(p, e, binary, &n);
    if (!drop(l, c, prev))
      for (int j = 0; j < n; j++) out[k++] = (char)p[j];
    prev = c;
  }
  str_set_len(KN_STR(r), k);
  return r;
}

static bool delete_drops(const cset_list *l, int64_t c, int64_t prev) { return csets_member(l, c); }

static kn_value str_delete(kn_value self, int argc, const kn_value *argv) {
  cset_list l;
  csets_from_args(&l, argc, argv);
  return str_filter(self, &l, delete_drops);
}
STR_METHOD(kn_str_delete) { return str_delete(self, argc, argv); }
STR_METHOD(kn_str_delete_bang) {
  kn_str_modify(self);
  kn_value r = str_delete(self, argc, argv);
  if (KN_STR(r)->len == KN_STR(self)->len) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

static bool squeeze_drops(const cset_list *l, int64_t c, int64_t prev) { return c == prev && csets_member(l, c); }

static kn_value str_squeeze(kn_value self, int argc, const kn_value *argv) {
  cset_list l;
  csets_init(&l, argc, argv);
  return str_filter(self, &l, squeeze_drops);
}
STR_METHOD(kn_str_squeeze) { return str_squeeze(self, argc, argv); }
STR_METHOD(kn_str_squeeze_bang) {
  kn_str_modify(self);
  kn_value r = str_squeeze(self, argc, argv);
  if (KN_STR(r)->len == KN_STR(self)->len) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

/* tr: map each char of the from-set to the same position of the to-set (last char repeats). */
static kn_value str_tr(kn_value self, kn_value from, kn_value to, bool squeeze) {
  from = kn_to_str(from);
  to = kn_to_str(to);
  cset fs, ts;
  cset_parse(from, &fs, true);
  cset_parse(to, &ts, false);
  int64_t n, *c = str_codepoints(self, &n);
  kn_value r = kn_str_buf_new(KN_STR(self)->len);
  KN_HDR(r)->flags |= KN_HDR(self)->flags & KN_FL_BINARY;
  int64_t last_to = ts.n ? ts.hi[ts.n - 1] : -1;
  int64_t prev_out = -1;
  bool prev_trans = false;
  for (int64_t i = 0; i < n; i++) {
    int64_t ch = c[i];
    bool in = false;
    int64_t pos = 0;
    if (fs.neg) {
      in = cset_has(&fs, ch);
    } else {
      for (int k = 0; k < fs.n; k++) {
        if (ch >= fs.lo[k] && ch <= fs.hi[k]) {
          in = true;
          pos += ch - fs.lo[k];
          break;
        }
        pos += fs.hi[k] - fs.lo[k] + 1;
      }
    }
    if (!in) {
      cat_cp(r, ch, BINARY_P(self));
      prev_trans = false;
      continue;
    }
    if (ts.n == 0) continue; /* tr with empty to deletes */
    int64_t out = last_to;
    if (!fs.neg) {
      for (int k = 0; k < ts.n; k++) {
        int64_t sz = ts.hi[k] - ts.lo[k] + 1;
        if (pos < sz) {
          out = ts.lo[k] + pos;
          break;
        }
        pos -= sz;
      }
    }
    if (squeeze && prev_trans && out == prev_out) continue;
    cat_cp(r, out, BINARY_P(self));
    prev_out = out;
    prev_trans = true;
  }
  return r;
}
STR_METHOD(kn_str_tr) { return str_tr(self, argv[0], argv[1], false); }
STR_METHOD(kn_str_tr_s) { return str_tr(self, argv[0], argv[1], true); }
STR_METHOD(kn_str_tr_bang) {
  kn_str_modify(self);
  kn_value r = str_tr(self, argv[0], argv[1], false);
  if (kn_str_equal(r, self)) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

/* ------------------------------------------------------------------------
 * sub / gsub with a String pattern (regexp.c overrides these for Regexp)
 * ------------------------------------------------------------------------ */

/* Expand \0 \& \` \' \\ in a replacement for a plain-string match at [b, e). */
static void sub_expand(kn_value buf, kn_value src, int64_t b, int64_t e, kn_value repl) {
  kn_string *r = KN_STR(repl);
  for (int64_t i = 0; i < r->len; i++) {
    char c = r->ptr[i];
    if (c == '\\' && i + 1 < r->len) {
      char d = r->ptr[i + 1];
      if (d == '0' || d == '&') { kn_str_cat(buf, KN_STR(src)->ptr + b, e - b); i++; continue; }
      if (d == '`') { kn_str_cat(buf, KN_STR(src)->ptr, b); i++; continue; }
      if (d == '\'') { kn_str_cat(buf, KN_STR(src)->ptr + e, KN_STR(src)->len - e); i++; continue; }
      if (d == '\\') { kn_str_cat(buf, "\\", 1); i++; continue; }
      if (d >= '1' && d <= '9') { i++; continue; }
    }
    kn_str_cat(buf, &c, 1);
  }
}

static kn_value sub_replacement(kn_value buf, kn_value src, int64_t b, int64_t e, int argc, const kn_value *argv, kn_value blk) {
  if (argc >= 2) {
    if (KN_TYPE_P(argv[1], KN_T_HASH)) {
      kn_value v = kn_hash_aref(argv[1], str_new_like(src, KN_STR(src)->ptr + b, e - b));
      v = kn_obj_to_s(v);
      kn_str_cat(buf, KN_STR(v)->ptr, KN_STR(v)->len);
    } else {
      sub_expand(buf, src, b, e, kn_to_str(argv[1]));
    }
  } else {
    kn_value v = kn_obj_to_s(kn_yield1(blk, str_new_like(src, KN_STR(src)->ptr + b, e - b)));
    kn_str_cat(buf, KN_STR(v)->ptr, KN_STR(v)->len);
  }
  return buf;
}

/* Plain-string sub/gsub; returns nil when nothing matched. */
static kn_value str_sub_common(kn_value self, int argc, const kn_value *argv, kn_value blk, bool global) {
  if (argc == 1 && blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given 1, expected 2)");
  if (argc == 0) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given 0, expected %s)", blk == KN_NIL && !global ? "2" : "1..2");
  kn_value pat = kn_to_str(argv[0]);
  kn_value src = kn_str_dup(self);
  kn_string *s = KN_STR(src), *p = KN_STR(pat);
  kn_value buf = KN_NIL;
  int64_t pos = 0, last = 0;
  while (pos <= s->len) {
    int64_t i = mem_find(s->ptr, s->len, p->ptr, p->len, pos);
    if (i < 0) break;
    if (buf == KN_NIL) {
      buf = kn_str_buf_new(s->len);
      KN_HDR(buf)->flags |= KN_HDR(self)->flags & KN_FL_BINARY;
    }
    kn_str_cat(buf, s->ptr + last, i - last);
    sub_replacement(buf, src, i, i + p->len, argc, argv, blk);
    last = i + p->len;
    if (!global) break;
    if (p->len == 0) {
      /* empty pattern: step over one char, copying it */
      if (i >= s->len) break;
      int n = BINARY_P(self) ? 1 : utf8_clen((const unsigned char *)s->ptr + i, (const unsigned char *)s->ptr + s->len);
      kn_str_cat(buf, s->ptr + i, n);
      last = i + n;
      pos = i + n;
    } else {
      pos = last;
    }
  }
  if (buf == KN_NIL) return KN_NIL;
  if (last < s->len) kn_str_cat(buf, s->ptr + last, s->len - last);
  return buf;
}

STR_METHOD(kn_str_sub) {
  kn_value r = str_sub_common(self, argc, argv, blk, false);
  return r == KN_NIL ? kn_str_dup(self) : r;
}
STR_METHOD(kn_str_gsub) {
  if (argc == 1 && blk == KN_NIL) return kn_enumerator_for(self, "gsub", argc, argv);
  kn_value r = str_sub_common(self, argc, argv, blk, true);
  return r == KN_NIL ? kn_str_dup(self) : r;
}
STR_METHOD(kn_str_sub_bang) {
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  kn_value r = str_sub_common(self, argc, argv, blk, false);
  if (r == KN_NIL) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}
STR_METHOD(kn_str_gsub_bang) {
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  kn_value r = str_sub_common(self, argc, argv, blk, true);
  if (r == KN_NIL) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

/* ------------------------------------------------------------------------
 * Numeric conversion
 * ------------------------------------------------------------------------ */

static int digit_val(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* String#to_i semantics: whitespace, sign, optional base prefix, digits with single underscores. */
kn_value kn_str_to_inum(kn_value self, int base, bool prefix_any) {
  kn_string *s = KN_STR(self);
  const char *p = s->ptr, *e = p + s->len;
  while (p < e && ascii_space((unsigned char)*p)) p++;
  bool neg = false;
  if (p < e && (*p == '+' || *p == '-')) {
    neg = *p == '-';
    p++;
  }
  if (p + 1 < e && p[0] == '0') {
    char c = (char)tolower((unsigned char)p[1]);
    int pb = c == 'x' ? 16 : c == 'b' ? 2 : c == 'o' ? 8 : c == 'd' ? 10 : 0;
    if (pb && (base == pb || (prefix_any && base == 0) || (base == 8 && prefix_any))) {
      if (p + 2 < e && digit_val((unsigned char)p[2]) < pb) {
        p += 2;
        base = pb;
      }
    }
  }
  if (base == 0) base = (p < e && p[0] == '0') ? 8 : 10;
  char *digits = kn_alloc_atomic((size_t)(e - p) + 2);
  int64_t nd = 0;
  bool last_us = false;
  for (; p < e; p++) {
    if (*p == '_') {
      if (nd == 0 || last_us) break;
      last_us = true;
      continue;
    }
    if (digit_val((unsigned char)*p) >= base) break;
    digits[nd++] = *p;
    last_us = false;
  }
  digits[nd] = 0;
  if (nd == 0) return KN_INT2FIX(0);
  if (nd <= 12 || (base <= 10 && nd <= 18)) {
    int64_t v = 0;
    for (int64_t i = 0; i < nd; i++) v = v * base + digit_val((unsigned char)digits[i]);
    return kn_int_new(neg ? -v : v);
  }
  kn_value v = kn_int_from_str(digits, base);
  return neg ? kn_op_minus(KN_INT2FIX(0), v) : v;
}

STR_METHOD(kn_str_to_i) {
  int base = 10;
  if (argc > 0) {
    int64_t b = kn_num2long(argv[0]);
    if (b < 0 || b == 1 || b > 36) kn_raise_fmt(kn_eArgumentError, "invalid radix %lld", (long long)b);
    base = (int)b;
  }
  return kn_str_to_inum(self, base, base == 0);
}
STR_METHOD(kn_str_hex) { return kn_str_to_inum(self, 16, false); }
STR_METHOD(kn_str_oct) { return kn_str_to_inum(self, 8, true); }

double kn_str_to_dbl(kn_value self) {
  kn_string *s = KN_STR(self);
  const char *p = s->ptr, *e = p + s->len;
  while (p < e && ascii_space((unsigned char)*p)) p++;
  char *buf = kn_alloc_atomic((size_t)(e - p) + 2);
  int64_t n = 0;
  if (p < e && (*p == '+' || *p == '-')) buf[n++] = *p++;
  int digits = 0;
  /* integer part, fraction, exponent; underscores only between digits */
  while (p < e && (isdigit((unsigned char)*p) || (*p == '_' && digits && p + 1 < e && isdigit((unsigned char)p[1])))) {
    if (*p != '_') buf[n++] = *p, digits++;
    p++;
  }
  if (p + 1 < e && *p == '.' && isdigit((unsigned char)p[1]) ) {
    buf[n++] = *p++;
    while (p < e && (isdigit((unsigned char)*p) || (*p == '_' && p + 1 < e && isdigit((unsigned char)p[1])))) {
      if (*p != '_') buf[n++] = *p, digits++;
      p++;
    }
  }
  if (digits && p < e && (*p == 'e' || *p == 'E')) {
    const char *q = p + 1;
    if (q < e && (*q == '+' || *q == '-')) q++;
    if (q < e && isdigit((unsigned char)*q)) {
      buf[n++] = 'e';
      p++;
      if (*p == '+' || *p == '-') buf[n++] = *p++;
      while (p < e && (isdigit((unsigned char)*p) || (*p == '_' && p + 1 < e && isdigit((unsigned char)p[1])))) {
        if (*p != '_') buf[n++] = *p;
        p++;
      }
    }
  }
  buf[n] = 0;
  if (!digits) return (n && buf[0] == '-') ? -0.0 : 0.0;
  return strtod(buf, NULL);
}

STR_METHOD(kn_str_to_f) { return kn_float_new(kn_str_to_dbl(self)); }

/* ------------------------------------------------------------------------
 * inspect / dump
 * ------------------------------------------------------------------------ */

/* Printable non-ASCII codepoints as Ruby (Onigmo's Unicode "Print") judges them: an approximation
 * that excludes line/paragraph separators, surrogates and noncharacters. */
static bool unicode_printable(int64_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c == 0x2028 || c == 0x2029) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  if (c >= 0xFFF0 && c <= 0xFFF8) return false;
  if (c >= 0xD7FC && c <= 0xD7FF) return false;
  if (c == 0x0378 || c == 0x0379 || (c >= 0x0380 && c <= 0x0383) || c == 0x038B || c == 0x038D || c == 0x03A2) return false;
  if (c >= 0xE0080 && c <= 0xEFFFF) return false;
  if (c >= 0x323B0 && c <= 0xDFFFF) return false;
  return true;
}

static void cat_escape_char(kn_value buf, int c) {
  const char *esc = NULL;
  switch (c) {
  case '\n': esc = "\\n"; break;
  case '\r': esc = "\\r"; break;
  case '\t': esc = "\\t"; break;
  case '\f': esc = "\\f"; break;
  case '\v': esc = "\\v"; break;
  case '\b': esc = "\\b"; break;
  case '\a': esc = "\\a"; break;
  case 033: esc = "\\e"; break;
  }
  if (esc) kn_str_cat(buf, esc, 2);
  else {
    char tmp[8];
    snprintf(tmp, sizeof tmp, "\\x%02X", c & 0xFF);
    kn_str_cat(buf, tmp, 4);
  }
}

static kn_value str_inspect_impl(kn_value str, bool dump) {
  kn_string *s = KN_STR(str);
  kn_value buf = kn_str_buf_new(s->len + 2);
  kn_str_cat(buf, "\"", 1);
  const unsigned char *p = (const unsigned char *)s->ptr, *e = p + s->len;
  bool binary = BINARY_P(str);
  const unsigned char *run = p;
  while (p < e) {
    unsigned c = *p;
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '#') {
      p++;
      continue;
    }
    kn_str_cat(buf, (const char *)run, p - run);
    if (c == '"' || c == '\\') {
      char t[2] = {'\\', (char)c};
      kn_str_cat(buf, t, 2);
      p++;
    } else if (c == '#') {
      if (p + 1 < e && (p[1] == '{' || p[1] == '$' || p[1] == '@')) kn_str_cat(buf, "\\#", 2);
      else kn_str_cat(buf, "#", 1);
      p++;
    } else if (c < 0x80) {
      if (!dump && !binary && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != '\b' && c != '\a' && c != 033) {
        char tmp[12];
        snprintf(tmp, sizeof tmp, "\\u%04X", c);
        kn_str_cat(buf, tmp, 6);
      } else {
        cat_escape_char(buf, (int)c);
      }
      p++;
    } else if (binary) {
      cat_escape_char(buf, (int)c);
      p++;
    } else {
      int n;
      int64_t cp = utf8_decode(p, e, &n);
      if (cp < 0) {
        cat_escape_char(buf, (int)c);
      } else if (!dump && unicode_printable(cp)) {
        kn_str_cat(buf, (const char *)p, n);
      } else {
        char tmp[16];
        int k = cp < 0x10000 ? snprintf(tmp, sizeof tmp, "\\u%04llX", (long long)cp)
                             : snprintf(tmp, sizeof tmp, "\\u{%llX}", (long long)cp);
        kn_str_cat(buf, tmp, k);
      }
      p += n;
    }
    run = p;
  }
  kn_str_cat(buf, (const char *)run, p - run);
  kn_str_cat(buf, "\"", 1);
  return buf;
}

kn_value kn_str_inspect(kn_value str) { return str_inspect_impl(str, false); }
STR_METHOD(kn_str_inspect_m) { return str_inspect_impl(self, false); }
STR_METHOD(kn_str_dump) { return str_inspect_impl(self, true); }

/* ------------------------------------------------------------------------
 * succ / upto
 * ------------------------------------------------------------------------ */

kn_value kn_str_succ(kn_value self) {
  kn_value r = kn_str_dup(self);
  kn_string *s = KN_STR(r);
  if (s->len == 0) return r;
  char *b = s->ptr;
  int64_t i = s->len - 1, carry_pos = -1;
  char carry = 0;
  int last_kind = 0; /* 0 none, 1 digit, 2 alpha of the last wrapped alnum */
  bool prev_nonalnum = false, any_alnum = false;
  for (; i >= 0; i--) {
    unsigned char c = (unsigned char)b[i];
    bool digit = c >= '0' && c <= '9', lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    if (prev_nonalnum && last_kind) {
      if ((last_kind == 2 && digit) || (last_kind == 1 && (lower || upper))) break;
    }
    if (!(digit || lower || upper)) {
      if (any_alnum) prev_nonalnum = true;
      continue;
    }
    any_alnum = true;
    prev_nonalnum = false;
    if (c == '9') { b[i] = '0'; carry = '1'; last_kind = 1; }
    else if (c == 'z') { b[i] = 'a'; carry = 'a'; last_kind = 2; }
    else if (c == 'Z') { b[i] = 'A'; carry = 'A'; last_kind = 2; }
    else { b[i] = (char)(c + 1); return r; }
    carry_pos = i;
  }
  if (!any_alnum) {
    /* no alphanumerics: increment the last byte with carry */
    int64_t j = s->len - 1;
    for (; j >= 0; j--) {
      unsigned char c = (unsigned char)b[j];
      b[j] = (char)(c + 1);
      if (c != 0xFF) return r;
    }
    carry = 1;
    carry_pos = 0;
  }
  str_reserve(s, s->len + 1);
  memmove(s->ptr + carry_pos + 1, s->ptr + carry_pos, (size_t)(s->len - carry_pos));
  s->ptr[carry_pos] = carry;
  str_set_len(s, s->len + 1);
  return r;
}
STR_METHOD(kn_str_succ_m) { return kn_str_succ(self); }
STR_METHOD(kn_str_succ_bang) {
  kn_str_modify(self);
  kn_value r = kn_str_succ(self);
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

STR_METHOD(kn_str_upto) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "upto", argc, argv);
  kn_value last = kn_to_str(argv[0]);
  bool excl = argc > 1 && KN_TEST(argv[1]);
  /* single ASCII chars iterate by byte value */
  if (KN_STR(self)->len == 1 && KN_STR(last)->len == 1 && (unsigned char)KN_STR(self)->ptr[0] < 0x80 &&
      (unsigned char)KN_STR(last)->ptr[0] < 0x80) {
    int a = KN_STR(self)->ptr[0], z = KN_STR(last)->ptr[0];
    for (int c = a; c < z || (!excl && c == z); c++) {
      char ch = (char)c;
      kn_yield1(blk, kn_str_new(&ch, 1));
    }
    return self;
  }
  int64_t maxlen = KN_STR(last)->len;
  int c0 = kn_str_cmp(self, last);
  if (c0 > 0 || (excl && c0 == 0)) return self;
  kn_value cur = kn_str_dup(self);
  if (KN_STR(cur)->len > maxlen) return self;
  for (;;) {
    bool at_end = kn_str_equal(cur, last);
    if (at_end && excl) break;
    kn_yield1(blk, cur);
    if (at_end) break;
    cur = kn_str_succ(cur);
    if (KN_STR(cur)->len > maxlen) break;
  }
  return self;
}

/* ------------------------------------------------------------------------
 * Encoding stub
 * ------------------------------------------------------------------------ */

static kn_value enc_new(kn_value klass, const char *name) {
  kn_value e = kn_obj_alloc(klass);
  kn_ivar_set(e, kn_intern("@name"), kn_str_frozen_lit(name, (int64_t)strlen(name)));
  return e;
}
static STR_METHOD(enc_to_s) { return kn_ivar_get(self, kn_intern("@name")); }
static STR_METHOD(enc_inspect) {
  kn_value r = kn_str_cstr("#<Encoding:");
  kn_value n = kn_ivar_get(self, kn_intern("@name"));
  kn_str_cat(r, KN_STR(n)->ptr, KN_STR(n)->len);
  kn_str_cat(r, ">", 1);
  return r;
}

STR_METHOD(kn_str_encoding) { return BINARY_P(self) ? enc_binary : enc_utf8; }
STR_METHOD(kn_str_force_encoding) {
  kn_value e = argv[0];
  kn_value name = KN_TYPE_P(e, KN_T_STRING) ? e : kn_obj_to_s(e);
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  const char *n = KN_STR(name)->ptr;
  if (strcasecmp(n, "ASCII-8BIT") == 0 || strcasecmp(n, "BINARY") == 0) KN_HDR(self)->flags |= KN_FL_BINARY;
  else if (strcasecmp(n, "UTF-8") == 0 || strcasecmp(n, "US-ASCII") == 0 || strcasecmp(n, "ASCII") == 0)
    KN_HDR(self)->flags &= ~(uint32_t)KN_FL_BINARY;
  else kn_raise_fmt(kn_eArgumentError, "unknown encoding name - %s", n);
  return self;
}
STR_METHOD(kn_str_b) {
  kn_value r = kn_str_dup(self);
  KN_HDR(r)->flags |= KN_FL_BINARY;
  return r;
}
static bool str_valid_utf8(kn_value str) {
  if (BINARY_P(str) || kn_str_ascii_p(str)) return true;
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr, *e = p + KN_STR(str)->len;
  while (p < e) {
    int n;
    if (utf8_decode(p, e, &n) < 0) return false;
    p += n;
  }
  return true;
}
STR_METHOD(kn_str_valid_encoding_p) { return KN_BOOL(str_valid_utf8(self)); }
STR_METHOD(kn_str_ascii_only_p) { return KN_BOOL(kn_str_ascii_p(self)); }
STR_METHOD(kn_str_scrub) {
  kn_value repl = argc > 0 ? kn_to_str(argv[0]) : kn_str_cstr("\xEF\xBF\xBD");
  kn_value r = kn_str_buf_new(KN_STR(self)->len);
  const unsigned char *p = (const unsigned char *)KN_STR(self)->ptr, *e = p + KN_STR(self)->len;
  while (p < e) {
    int n;
    if (utf8_decode(p, e, &n) < 0) kn_str_cat(r, KN_STR(repl)->ptr, KN_STR(repl)->len);
    else kn_str_cat(r, (const char *)p, n);
    p += n;
  }
  return r;
}

/* String#sum(bits = 16): the byte sum modulo 2**bits; the whole sum when bits is not in 1..63. */
STR_METHOD(kn_str_sum_bytes) {
  int64_t bits = argc ? kn_num2long(argv[0]) : 16;
  uint64_t s = 0;
  for (int64_t i = 0; i < KN_STR(self)->len; i++) s += (unsigned char)KN_STR(self)->ptr[i];
  if (bits > 0 && bits < 64) s &= (UINT64_C(1) << bits) - 1;
  return kn_int_new((int64_t)s); /* a byte sum reaches 2**63 only past 2**55 bytes */
}

STR_METHOD(kn_str_crypt_free_between) { (void)argc; (void)argv; (void)blk; return self; }

/* ------------------------------------------------------------------------
 * Symbol
 * ------------------------------------------------------------------------ */

kn_value kn_sym_to_s(kn_value sym) { return kn_str_cstr(kn_sym_name(sym)); }

static bool ident_start(unsigned char c) { return isalpha(c) || c == '_' || c >= 0x80; }
static bool ident_char(unsigned char c) { return isalnum(c) || c == '_' || c >= 0x80; }

/* Can the symbol be written bare (:foo) as Ruby's inspect does? */
static bool sym_simple(const char *s, size_t n) {
  static const char *const ops[] = {"+", "-", "*", "/", "%", "**", "==", "===", "!=", "=~", "!~", "!", "<", "<=",
                                    ">", ">=", "<=>", "<<", ">>", "&", "|", "^", "~", "+@", "-@", "[]", "[]=", "`", NULL};
  for (int i = 0; ops[i]; i++)
    if (strlen(ops[i]) == n && memcmp(ops[i], s, n) == 0) return true;
  if (n == 0) return false;
  const unsigned char *p = (const unsigned char *)s, *e = p + n;
  if (*p == '$') {
    p++;
    if (p < e && !ident_start(*p)) return p + 1 == e && strchr("~*$?!@/\\;,.=:<>\"&`'+0123456789_", *p) != NULL;
  } else if (*p == '@') {
    p++;
    if (p < e && *p == '@') p++;
  }
  if (p >= e || !ident_start(*p) || isdigit(*p)) return false;
  while (p < e && ident_char(*p)) p++;
  if (p == e) return true;
  if (s[0] == '@' || s[0] == '$') return false;
  if (p + 1 == e && (*p == '?' || *p == '!' || *p == '=')) return true;
  return false;
}

kn_value kn_sym_inspect(kn_value sym) {
  const char *name = kn_sym_name(sym);
  size_t n = strlen(name);
  bool valid = true;
  const unsigned char *p = (const unsigned char *)name, *e = p + n;
  while (p < e) {
    int k;
    if (utf8_decode(p, e, &k) < 0) { valid = false; break; }
    p += k;
  }
  if (valid && sym_simple(name, n)) {
    kn_value r = kn_str_buf_new((int64_t)n + 1);
    kn_str_cat(r, ":", 1);
    return kn_str_cat(r, name, (int64_t)n);
  }
  kn_value r = kn_str_cstr(":");
  kn_value q = kn_str_inspect(kn_str_new(name, (int64_t)n));
  return kn_str_cat(r, KN_STR(q)->ptr, KN_STR(q)->len);
}

static STR_METHOD(sym_to_s) { return kn_sym_to_s(self); }
static STR_METHOD(sym_name) {
  /* Symbol#name returns a frozen, cached String */
  kn_value s = kn_sym_to_s(self);
  KN_HDR(s)->flags |= KN_FL_FROZEN;
  return s;
}
static STR_METHOD(sym_to_sym) { return self; }
static STR_METHOD(sym_inspect) { return kn_sym_inspect(self); }
static STR_METHOD(sym_length) { return kn_str_length(kn_sym_to_s(self), 0, NULL, KN_NIL); }
static STR_METHOD(sym_cmp) {
  if (!KN_SYMBOL_P(argv[0])) return KN_NIL;
  return KN_INT2FIX(strcmp(kn_sym_name(self), kn_sym_name(argv[0])) < 0 ? -1 : strcmp(kn_sym_name(self), kn_sym_name(argv[0])) > 0 ? 1 : 0);
}
static STR_METHOD(sym_eq) { return KN_BOOL(self == argv[0]); }
static STR_METHOD(sym_aref) { return kn_send(kn_sym_to_s(self), kn_intern("[]"), argc, argv, blk); }
static STR_METHOD(sym_to_proc) { return kn_to_proc(self); }
static STR_METHOD(sym_hash) { return KN_INT2FIX((int64_t)(kn_hash_of(self) >> 2)); }
static kn_value sym_str_sym(kn_value self, kn_fn f) { return kn_str_to_sym(f(kn_sym_to_s(self), 0, NULL, KN_NIL)); }
static STR_METHOD(sym_upcase) { return sym_str_sym(self, kn_str_upcase); }
static STR_METHOD(sym_downcase) { return sym_str_sym(self, kn_str_downcase); }
static STR_METHOD(sym_capitalize) { return sym_str_sym(self, kn_str_capitalize); }
static STR_METHOD(sym_swapcase) { return sym_str_sym(self, kn_str_swapcase); }
static STR_METHOD(sym_succ) { return sym_str_sym(self, kn_str_succ_m); }
static STR_METHOD(sym_empty_p) { return KN_BOOL(kn_sym_name(self)[0] == 0); }
static STR_METHOD(sym_start_with_p) { return kn_str_start_with_p(kn_sym_to_s(self), argc, argv, blk); }
static STR_METHOD(sym_end_with_p) { return kn_str_end_with_p(kn_sym_to_s(self), argc, argv, blk); }
static STR_METHOD(sym_casecmp) {
  if (!KN_SYMBOL_P(argv[0])) return KN_NIL;
  kn_value o = kn_sym_to_s(argv[0]);
  return kn_str_casecmp(kn_sym_to_s(self), 1, &o, blk);
}
static STR_METHOD(sym_casecmp_p) {
  if (!KN_SYMBOL_P(argv[0])) return KN_NIL;
  kn_value o = kn_sym_to_s(argv[0]);
  return kn_str_casecmp_p(kn_sym_to_s(self), 1, &o, blk);
}

static void init_symbol(void) {
  kn_value c = kn_cSymbol;
  kn_include_module(c, kn_mComparable);
  static const kn_method_def defs0[] = {
      {"to_s", sym_to_s, 0, 0},
      {"id2name", sym_to_s, 0, 0},
      {"name", sym_name, 0, 0},
      {"to_sym", sym_to_sym, 0, 0},
      {"inspect", sym_inspect, 0, 0},
      {"length", sym_length, 0, 0},
      {"size", sym_length, 0, 0},
      {"<=>", sym_cmp, 1, 1},
      {"==", sym_eq, 1, 1},
      {"===", sym_eq, 1, 1},
      {"[]", sym_aref, 1, 2},
      {"slice", sym_aref, 1, 2},
      {"to_proc", sym_to_proc, 0, 0},
      {"hash", sym_hash, 0, 0},
      {"upcase", sym_upcase, 0, -1},
      {"downcase", sym_downcase, 0, -1},
      {"capitalize", sym_capitalize, 0, -1},
      {"swapcase", sym_swapcase, 0, -1},
      {"succ", sym_succ, 0, 0},
      {"next", sym_succ, 0, 0},
      {"empty?", sym_empty_p, 0, 0},
      {"start_with?", sym_start_with_p, 0, -1},
      {"end_with?", sym_end_with_p, 0, -1},
      {"casecmp", sym_casecmp, 1, 1},
      {"casecmp?", sym_casecmp_p, 1, 1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs0);
}

/* ------------------------------------------------------------------------
 * Registration
 * ------------------------------------------------------------------------ */

void kn_init_string(void) {
  sym_to_str_id = kn_intern("to_str");
  sym_to_s_id = kn_intern("to_s");
  sym_hash_id = kn_intern("hash");
  sym_name_id = kn_intern("name");
  sym_eq_id = kn_intern("==");
  sym_cmp_id = kn_intern("<=>");
  sym_succ_id = kn_intern("succ");
  sym_ascii = kn_intern("ascii");
  sym_turkic = kn_intern("turkic");
  sym_lithuanian = kn_intern("lithuanian");
  sym_fold = kn_intern("fold");

  kn_value c = kn_cString;
  kn_include_module(c, kn_mComparable);
  KN_CLASS(c)->alloc = str_allocate;
  static const kn_method_def defs1[] = {
      {"initialize", kn_str_initialize, 0, 2},
      {"length", kn_str_length, 0, 0},
      {"size", kn_str_length, 0, 0},
      {"bytesize", kn_str_bytesize, 0, 0},
      {"empty?", kn_str_empty_p, 0, 0},
      {"==", kn_str_eq, 1, 1},
      {"===", kn_str_eq, 1, 1},
      {"eql?", kn_str_eql, 1, 1},
      {"hash", kn_str_hash, 0, 0},
      {"<=>", kn_str_cmp_m, 1, 1},
      {"casecmp", kn_str_casecmp, 1, 1},
      {"casecmp?", kn_str_casecmp_p, 1, 1},
      {"+", kn_str_plus_m, 1, 1},
      {"*", kn_str_times, 1, 1},
      {"%", kn_str_format_m, 1, 1},
      {"<<", kn_str_lshift, 1, 1},
      {"concat", kn_str_concat_m, 0, -1},
      {"prepend", kn_str_prepend, 0, -1},
      {"replace", kn_str_replace, 1, 1},
      {"clear", kn_str_clear, 0, 0},
      {"insert", kn_str_insert, 2, 2},
      {"[]", kn_str_aref, 1, 2},
      {"slice", kn_str_aref, 1, 2},
      {"[]=", kn_str_aset, 2, 3},
      {"slice!", kn_str_slice_bang, 1, 2},
      {"getbyte", kn_str_getbyte, 1, 1},
      {"setbyte", kn_str_setbyte, 2, 2},
      {"byteslice", kn_str_byteslice, 1, 2},
      {"chr", kn_str_chr, 0, 0},
      {"index", kn_str_index, 1, 2},
      {"rindex", kn_str_rindex, 1, 2},
      {"include?", kn_str_include_p, 1, 1},
      {"start_with?", kn_str_start_with_p, 0, -1},
      {"end_with?", kn_str_end_with_p, 0, -1},
      {"delete_prefix", kn_str_delete_prefix, 1, 1},
      {"delete_suffix", kn_str_delete_suffix, 1, 1},
      {"split", kn_str_split, 0, 2},
      {"partition", kn_str_partition, 1, 1},
      {"rpartition", kn_str_rpartition, 1, 1},
      {"lines", kn_str_lines, 0, 2},
      {"each_line", kn_str_each_line, 0, 2},
      {"chars", kn_str_chars, 0, 0},
      {"each_char", kn_str_each_char, 0, 0},
      {"bytes", kn_str_bytes, 0, 0},
      {"each_byte", kn_str_each_byte, 0, 0},
      {"codepoints", kn_str_codepoints, 0, 0},
      {"each_codepoint", kn_str_codepoints, 0, 0},
      {"ord", kn_str_ord, 0, 0},
      {"strip", kn_str_strip, 0, 0},
      {"lstrip", kn_str_lstrip, 0, 0},
      {"rstrip", kn_str_rstrip, 0, 0},
      {"strip!", kn_str_strip_bang, 0, 0},
      {"lstrip!", kn_str_lstrip_bang, 0, 0},
      {"rstrip!", kn_str_rstrip_bang, 0, 0},
      {"chomp", kn_str_chomp, 0, 1},
      {"chomp!", kn_str_chomp_bang, 0, 1},
      {"chop", kn_str_chop, 0, 0},
      {"chop!", kn_str_chop_bang, 0, 0},
      {"upcase", kn_str_upcase, 0, -1},
      {"downcase", kn_str_downcase, 0, -1},
      {"capitalize", kn_str_capitalize, 0, -1},
      {"swapcase", kn_str_swapcase, 0, -1},
      {"upcase!", kn_str_upcase_bang, 0, -1},
      {"downcase!", kn_str_downcase_bang, 0, -1},
      {"capitalize!", kn_str_capitalize_bang, 0, -1},
      {"swapcase!", kn_str_swapcase_bang, 0, -1},
      {"reverse", kn_str_reverse, 0, 0},
      {"reverse!", kn_str_reverse_bang, 0, 0},
      {"ljust", kn_str_ljust, 1, 2},
      {"rjust", kn_str_rjust, 1, 2},
      {"center", kn_str_center, 1, 2},
      {"count", kn_str_count, 0, -1},
      {"delete", kn_str_delete, 0, -1},
      {"delete!", kn_str_delete_bang, 0, -1},
      {"squeeze", kn_str_squeeze, 0, -1},
      {"squeeze!", kn_str_squeeze_bang, 0, -1},
      {"tr", kn_str_tr, 2, 2},
      {"tr!", kn_str_tr_bang, 2, 2},
      {"tr_s", kn_str_tr_s, 2, 2},
      {"sub", kn_str_sub, 0, 2},
      {"gsub", kn_str_gsub, 1, 2},
      {"sub!", kn_str_sub_bang, 0, 2},
      {"gsub!", kn_str_gsub_bang, 1, 2},
      {"to_i", kn_str_to_i, 0, 1},
      {"to_f", kn_str_to_f, 0, 0},
      {"hex", kn_str_hex, 0, 0},
      {"oct", kn_str_oct, 0, 0},
      {"to_s", kn_str_to_s, 0, 0},
      {"to_str", kn_str_to_s, 0, 0},
      {"to_sym", kn_str_to_sym_m, 0, 0},
      {"intern", kn_str_to_sym_m, 0, 0},
      {"inspect", kn_str_inspect_m, 0, 0},
      {"dump", kn_str_dump, 0, 0},
      {"succ", kn_str_succ_m, 0, 0},
      {"next", kn_str_succ_m, 0, 0},
      {"succ!", kn_str_succ_bang, 0, 0},
      {"next!", kn_str_succ_bang, 0, 0},
      {"upto", kn_str_upto, 1, 2},
      {"dup", kn_str_dup_m, 0, 0},
      {"clone", kn_str_clone, 0, 1},
      {"+@", kn_str_uplus, 0, 0},
      {"-@", kn_str_uminus, 0, 0},
      {"dedup", kn_str_uminus, 0, 0},
      {"encoding", kn_str_encoding, 0, 0},
      {"force_encoding", kn_str_force_encoding, 1, 1},
      {"b", kn_str_b, 0, 0},
      {"valid_encoding?", kn_str_valid_encoding_p, 0, 0},
      {"ascii_only?", kn_str_ascii_only_p, 0, 0},
      {"scrub", kn_str_scrub, 0, 1},
      {"sum", kn_str_sum_bytes, 0, 1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs1);

  kn_value e = kn_define_class(kn_cObject, "Encoding", kn_cObject);
  kn_define_method(e, "to_s", enc_to_s, 0, 0);
  kn_define_method(e, "name", enc_to_s, 0, 0);
  kn_define_method(e, "inspect", enc_inspect, 0, 0);
  enc_utf8 = enc_new(e, "UTF-8");
  enc_binary = enc_new(e, "ASCII-8BIT");
  enc_ascii = enc_new(e, "US-ASCII");
  kn_const_set(e, kn_intern("UTF_8"), enc_utf8);
  kn_const_set(e, kn_intern("ASCII_8BIT"), enc_binary);
  kn_const_set(e, kn_intern("BINARY"), enc_binary);
  kn_const_set(e, kn_intern("US_ASCII"), enc_ascii);

  init_symbol();
}
