/* json.c: the json library (`require "json"`) as ruby 3.1's bundled json 2.6.1 behaves:
 * JSON.generate / pretty_generate / dump, #to_json, JSON.parse / load, and
 * its error classes, with the C extension's exact output and messages.
 *
 * Generation goes through a JSON::Ext::Generator::State (the layout strings,
 * the nesting depth, allow_nan, max_nesting) that is passed to a program's own
 * to_json(*args), so objects that serialize themselves nest at the right
 * indentation. The parser is recursive descent, arranged so that each error
 * is reported where json's Ragel machines report it: arrays raise at the
 * offending character (message line 451), objects and strings fail back to
 * the enclosing array or to the document (859), which then point at the
 * value's start. The leading numbers are json's __LINE__s, part of ruby's
 * messages. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

void kn_provide_feature_loaded_by(const char *name, void (*load)(void));

static kn_value mJSON, cState, eParserError, eNestingError, eGeneratorError;

/* ------------------------------------------------------------------------
 * Generator state
 * ------------------------------------------------------------------------ */

typedef struct json_state {
  kn_header h;
  kn_value indent, space, space_before, object_nl, array_nl; /* Strings */
  int64_t depth, max_nesting;                                 /* max_nesting 0: unlimited */
  bool allow_nan;
} json_state;

#define STATE(v) ((json_state *)(v))

static kn_value state_alloc(kn_class *klass) {
  json_state *s = kn_alloc(sizeof *s);
  s->h.klass = klass;
  s->h.type = KN_T_DATA;
  kn_value empty = kn_str_new("", 0);
  s->indent = s->space = s->space_before = s->object_nl = s->array_nl = empty;
  s->max_nesting = 100;
  return (kn_value)s;
}

static bool is_state(kn_value v) { return KN_TYPE_P(v, KN_T_DATA) && kn_real_class(v) == cState; }

static kn_value opt(kn_value opts, const char *name) { return kn_hash_lookup(opts, kn_intern(name), KN_UNDEF); }

static void opt_str(kn_value opts, const char *name, kn_value *field) {
  kn_value v = opt(opts, name);
  if (v != KN_UNDEF) *field = kn_to_str(v);
}

/* State#configure: the symbol-keyed options json's State understands. */
static void state_configure(json_state *s, kn_value opts) {
  if (!KN_TYPE_P(opts, KN_T_HASH)) return;
  opt_str(opts, "indent", &s->indent);
  opt_str(opts, "space", &s->space);
  opt_str(opts, "space_before", &s->space_before);
  opt_str(opts, "object_nl", &s->object_nl);
  opt_str(opts, "array_nl", &s->array_nl);
  kn_value v = opt(opts, "allow_nan");
  if (v != KN_UNDEF) s->allow_nan = KN_TEST(v);
  v = opt(opts, "max_nesting");
  if (v != KN_UNDEF) s->max_nesting = KN_TEST(v) ? kn_num2long(v) : 0;
  v = opt(opts, "depth");
  if (v != KN_UNDEF) s->depth = kn_num2long(v);
}

static json_state *state_new(kn_value opts) {
  json_state *s = STATE(state_alloc(KN_CLASS(cState)));
  state_configure(s, opts);
  return s;
}

/* What to_json(*args) got: a State to continue with, else options for a new one. */
static json_state *state_from(int argc, const kn_value *argv) {
  if (argc > 0 && is_state(argv[0])) return STATE(argv[0]);
  return state_new(argc > 0 ? argv[0] : KN_NIL);
}

/* ------------------------------------------------------------------------
 * Generator
 * ------------------------------------------------------------------------ */

static void gen_value(kn_buf *b, json_state *s, kn_value v);
static kn_value any_to_json(ARGS);

/* ConvertUTF.c's isLegalUTF8, which json checks every multi-byte character with. */
static bool legal_utf8(const unsigned char *src, int len) {
  const unsigned char *p = src + len;
  unsigned char a;
  switch (len) {
  default: return false;
  case 4: if ((a = *--p) < 0x80 || a > 0xBF) return false; /* fall through */
  case 3: if ((a = *--p) < 0x80 || a > 0xBF) return false; /* fall through */
  case 2:
    if ((a = *--p) > 0xBF) return false;
    switch (*src) {
    case 0xE0: if (a < 0xA0) return false; break;
    case 0xED: if (a > 0x9F) return false; break;
    case 0xF0: if (a < 0x90) return false; break;
    case 0xF4: if (a > 0x8F) return false; break;
    default: if (a < 0x80) return false;
    }
    /* fall through */
  case 1: if (*src >= 0x80 && *src < 0xC2) return false;
  }
  return *src <= 0xF4;
}

static int utf8_trailing(unsigned char c) {
  return c < 0xC0 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF8 ? 3 : c < 0xFC ? 4 : 5;
}

/* One character of a String at p (n bytes left): its JSON escape, or its bytes as they are. */
static int64_t gen_char(kn_buf *b, const unsigned char *p, int64_t n, bool ascii) {
  static const char hex[] = "0123456789abcdef";
  unsigned char c = *p;
  const char *esc = NULL;
  switch (c) {
  case '"': esc = "\\\""; break;
  case '\\': esc = "\\\\"; break;
  case '\n': esc = "\\n"; break;
  case '\r': esc = "\\r"; break;
  case '\t': esc = "\\t"; break;
  case '\f': esc = "\\f"; break;
  case '\b': esc = "\\b"; break;
  }
  if (esc) { kn_buf_adds(b, esc); return 1; }
  if (c < 0x20) {
    char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
    kn_buf_add(b, u, 6);
    return 1;
  }
  int len = ascii ? 1 : 1 + utf8_trailing(c);
  if (len > n) kn_raise_fmt(eGeneratorError, "partial character in source, but hit end");
  if (!ascii && !legal_utf8(p, len)) kn_raise_fmt(eGeneratorError, "source sequence is illegal/malformed utf-8");
  kn_buf_add(b, (const char *)p, len);
  return len;
}

static void gen_string(kn_buf *b, kn_value str) {
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr;
  int64_t n = KN_STR(str)->len;
  bool ascii = kn_str_ascii_p(str);
  kn_buf_addc(b, '"');
  for (int64_t i = 0; i < n;) i += gen_char(b, p + i, n - i, ascii);
  kn_buf_addc(b, '"');
}

static void gen_float(kn_buf *b, json_state *s, kn_value v) {
  double d = kn_float_value(v);
  kn_value text = kn_float_to_s(d);
  if (!s->allow_nan && (isnan(d) || isinf(d)))
    kn_raise_fmt(eGeneratorError, "%d: %s not allowed in JSON", isnan(d) ? 1003 : 1000, KN_STR(text)->ptr);
  kn_buf_addv(b, text);
}

static void add_indent(kn_buf *b, json_state *s, int64_t depth) {
  for (int64_t i = 0; i < depth; i++) kn_buf_addv(b, s->indent);
}

static int64_t enter(json_state *s) {
  int64_t depth = ++s->depth;
  if (s->max_nesting != 0 && depth > s->max_nesting)
    kn_raise_fmt(eNestingError, "nesting of %lld is too deep", (long long)--s->depth);
  return depth;
}

typedef struct pair_arg {
  kn_buf *b;
  json_state *s;
  int64_t depth, i;
} pair_arg;

static bool gen_pair(kn_value key, kn_value val, void *arg) {
  pair_arg *a = arg;
  if (a->i++ > 0) kn_buf_addc(a->b, ',');
  kn_buf_addv(a->b, a->s->object_nl);
  add_indent(a->b, a->s, a->depth);
  kn_value name = KN_TYPE_P(key, KN_T_STRING) ? key : KN_SYMBOL_P(key) ? kn_sym_to_s(key) : kn_obj_to_s(key);
  gen_string(a->b, name);
  kn_buf_addv(a->b, a->s->space_before);
  kn_buf_addc(a->b, ':');
  kn_buf_addv(a->b, a->s->space);
  gen_value(a->b, a->s, val);
  return true;
}

static void gen_object(kn_buf *b, json_state *s, kn_value h) {
  pair_arg a = {b, s, enter(s), 0};
  kn_buf_addc(b, '{');
  kn_hash_foreach(h, gen_pair, &a);
  int64_t depth = --s->depth;
  kn_buf_addv(b, s->object_nl);
  add_indent(b, s, depth);
  kn_buf_addc(b, '}');
}

static void gen_array(kn_buf *b, json_state *s, kn_value ary) {
  int64_t depth = enter(s);
  kn_buf_addc(b, '[');
  kn_buf_addv(b, s->array_nl);
  for (int64_t i = 0; i < KN_ARY(ary)->len; i++) {
    if (i > 0) {
      kn_buf_addc(b, ',');
      kn_buf_addv(b, s->array_nl);
    }
    add_indent(b, s, depth);
    gen_value(b, s, KN_ARY(ary)->ptr[i]);
  }
  depth = --s->depth;
  kn_buf_addv(b, s->array_nl);
  add_indent(b, s, depth);
  kn_buf_addc(b, ']');
}

/* Any other object: its own to_json(state) when the program defines one, else its to_s as a string. */
static void gen_other(kn_buf *b, json_state *s, kn_value v) {
  kn_value to_json = kn_intern("to_json");
  if (!kn_method_defined_by_runtime(v, to_json, any_to_json)) {
    kn_value state = (kn_value)s, out = kn_send(v, to_json, 1, &state, KN_NIL);
    if (!KN_TYPE_P(out, KN_T_STRING))
      kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected String)", kn_conv_name(out));
    kn_buf_addv(b, out);
  } else if (KN_TYPE_P(v, KN_T_HASH)) {
    gen_object(b, s, v);
  } else if (KN_TYPE_P(v, KN_T_ARRAY)) {
    gen_array(b, s, v);
  } else if (KN_TYPE_P(v, KN_T_STRING)) {
    gen_string(b, v);
  } else {
    gen_string(b, kn_obj_to_s(v));
  }
}

static void gen_value(kn_buf *b, json_state *s, kn_value v) {
  kn_value klass = KN_HEAP_P(v) ? kn_real_class(v) : KN_NIL;
  if (v == KN_NIL) kn_buf_adds(b, "null");
  else if (v == KN_TRUE) kn_buf_adds(b, "true");
  else if (v == KN_FALSE) kn_buf_adds(b, "false");
  else if (KN_INTEGER_P(v)) kn_buf_addv(b, kn_int_to_s(v, 10));
  else if (KN_FLOAT_P(v)) gen_float(b, s, v);
  else if (klass == kn_cHash) gen_object(b, s, v);
  else if (klass == kn_cArray) gen_array(b, s, v);
  else if (klass == kn_cString) gen_string(b, v);
  else gen_other(b, s, v);
}

static kn_value generate(json_state *s, kn_value v) {
  kn_buf b;
  kn_buf_init(&b);
  gen_value(&b, s, v);
  return kn_buf_to_str(&b);
}

/* to_json(state_or_opts = nil), json's generator methods for every object. */
static kn_value any_to_json(ARGS) { return generate(state_from(argc, argv), self); }

static kn_value pretty_opts(kn_value opts) {
  kn_value h = kn_hash_new();
  kn_hash_aset(h, kn_intern("indent"), kn_str_new("  ", 2));
  kn_hash_aset(h, kn_intern("space"), kn_str_new(" ", 1));
  kn_hash_aset(h, kn_intern("object_nl"), kn_str_new("\n", 1));
  kn_hash_aset(h, kn_intern("array_nl"), kn_str_new("\n", 1));
  if (KN_TYPE_P(opts, KN_T_HASH)) kn_send(h, kn_intern("update"), 1, &opts, KN_NIL);
  return h;
}

/* JSON.generate(obj, opts = nil) */
static kn_value json_generate(ARGS) { return generate(state_from(argc - 1, argv + 1), argv[0]); }

/* JSON.pretty_generate(obj, opts = nil) */
static kn_value json_pretty_generate(ARGS) {
  return generate(state_new(pretty_opts(argc > 1 ? argv[1] : KN_NIL)), argv[0]);
}

/* JSON.dump(obj, io = nil, limit = nil): NaN allowed, no nesting limit; written to io when given. */
static kn_value json_dump(ARGS) {
  json_state *s = state_new(KN_NIL);
  s->allow_nan = true;
  s->max_nesting = argc > 2 && KN_TEST(argv[2]) ? kn_num2long(argv[2]) : 0;
  kn_value out = generate(s, argv[0]);
  if (argc < 2 || !kn_respond_to(argv[1], kn_intern("write"), false)) return out;
  kn_send(argv[1], kn_intern("write"), 1, &out, KN_NIL);
  return argv[1];
}

static kn_value state_s_new(ARGS) {
  kn_value s = state_alloc(KN_CLASS(self));
  state_configure(STATE(s), argc > 0 ? argv[0] : KN_NIL);
  return s;
}

static kn_value state_generate(ARGS) { return generate(STATE(self), argv[0]); }
static kn_value state_depth(ARGS) { return KN_INT2FIX(STATE(self)->depth); }
static kn_value state_indent(ARGS) { return STATE(self)->indent; }

/* ------------------------------------------------------------------------
 * Parser
 * ------------------------------------------------------------------------ */

typedef struct parser {
  const char *src, *end;
  int64_t max_nesting; /* 0: unlimited */
  bool allow_nan, symbolize_names;
} parser;

static _Noreturn void parse_error(int line, const char *at) {
  kn_raise_fmt(eParserError, "%d: unexpected token at '%s'", line, at);
}

/* json's `ignore`: whitespace and / * * / or // comments. */
static const char *skip_ignore(const parser *ps, const char *p) {
  for (;;) {
    if (p < ps->end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
      p++;
    } else if (p + 1 < ps->end && p[0] == '/' && p[1] == '*') {
      const char *close = strstr(p + 2, "*/");
      if (!close) return p;
      p = close + 2;
    } else if (p + 1 < ps->end && p[0] == '/' && p[1] == '/') {
      const char *nl = memchr(p, '\n', ps->end - p);
      if (!nl) return p;
      p = nl + 1;
    } else {
      return p;
    }
  }
}

static bool begin_value(const parser *ps, const char *p) {
  return p < ps->end && strchr("nft\"-[{NI0123456789", *p) && *p;
}

static bool literal(const parser *ps, const char *p, const char *word) {
  size_t n = strlen(word);
  return (size_t)(ps->end - p) >= n && memcmp(p, word, n) == 0;
}

static const char *digits(const parser *ps, const char *p) {
  while (p < ps->end && *p >= '0' && *p <= '9') p++;
  return p;
}

/* '-'? ('0' | [1-9][0-9]*): the end of the integer part, or NULL. */
static const char *int_part(const parser *ps, const char *p) {
  if (p < ps->end && *p == '-') p++;
  if (p >= ps->end || *p < '0' || *p > '9') return NULL;
  return *p == '0' ? p + 1 : digits(ps, p);
}

/* A float needs a fraction or an exponent and must not run on into [0-9Ee.-]. */
static const char *float_end(const parser *ps, const char *p) {
  const char *q = int_part(ps, p);
  if (!q) return NULL;
  bool frac = q < ps->end && *q == '.';
  if (frac) {
    const char *d = digits(ps, q + 1);
    if (d == q + 1) return NULL;
    q = d;
  }
  if (q < ps->end && (*q == 'e' || *q == 'E')) {
    q++;
    if (q < ps->end && (*q == '+' || *q == '-')) q++;
    const char *d = digits(ps, q);
    if (d == q) return NULL;
    q = d;
  } else if (!frac) {
    return NULL;
  }
  if (q < ps->end && strchr("0123456789Ee.-", *q) && *q) return NULL;
  return q;
}

static const char *parse_number(const parser *ps, const char *p, kn_value *out) {
  const char *q = float_end(ps, p);
  if (q) {
    kn_value text = kn_str_new(p, q - p);
    *out = kn_float_new(strtod(KN_STR(text)->ptr, NULL));
    return q;
  }
  q = int_part(ps, p);
  if (!q || (q < ps->end && *q >= '0' && *q <= '9')) return NULL;
  *out = kn_str_to_inum(kn_str_new(p, q - p), 10, false);
  return q;
}

static void add_utf8(kn_buf *b, uint32_t ch) {
  char u[4];
  int n;
  if (ch < 0x80) { u[0] = (char)ch; n = 1; }
  else if (ch < 0x800) { u[0] = (char)(0xC0 | ch >> 6); n = 2; }
  else if (ch < 0x10000) { u[0] = (char)(0xE0 | ch >> 12); n = 3; }
  else { u[0] = (char)(0xF0 | ch >> 18); n = 4; }
  for (int i = 1; i < n; i++) u[i] = (char)(0x80 | ((ch >> (6 * (n - 1 - i))) & 0x3F));
  kn_buf_add(b, u, n);
}

static uint32_t hex4(const char *p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    v = v * 16 + (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return v;
}

/* A \u escape at e (pointing at 'u') of a string ending at stop; seg is where
 * the pending literal text began (json reports surrogate errors from there).
 * Returns the next byte to read. A high surrogate takes the next \u as its
 * pair whatever it holds, with json's arithmetic; without one it becomes "?"
 * and the byte after it is dropped, as json does. */
static const char *unescape_u(kn_buf *b, const char *seg, const char *e, const char *stop) {
  uint32_t ch = hex4(e + 1);
  e += 4; /* the last hex digit */
  if ((ch & 0xFC00) == 0xD800) {
    if (e > stop - 6) kn_raise_fmt(eParserError, "521: incomplete surrogate pair at '%s'", seg);
    e++;
    if (e[0] != '\\' || e[1] != 'u') {
      kn_buf_addc(b, '?');
      return e + 1;
    }
    uint32_t sur = hex4(e + 2);
    ch = ((ch & 0x3F) << 10) | ((((ch >> 6) & 0xF) + 1) << 16) | (sur & 0x3FF);
    e += 5;
  }
  add_utf8(b, ch);
  return e + 1;
}

static kn_value unescape(const char *p, const char *stop) {
  kn_buf b;
  kn_buf_init(&b);
  const char *seg = p;
  while (p < stop) {
    if (*p != '\\') { p++; continue; }
    kn_buf_add(&b, seg, p - seg);
    const char *e = p + 1, *named = strchr("b\bf\fn\nr\rt\t\"\"\\\\", *e);
    if (*e == 'u') {
      p = seg = unescape_u(&b, seg, e, stop);
    } else if (named && (named - "b\bf\fn\nr\rt\t\"\"\\\\") % 2 == 0) {
      kn_buf_addc(&b, named[1]);
      p = seg = e + 1;
    } else {
      p = seg = e; /* any other escaped character stands for itself */
    }
  }
  kn_buf_add(&b, seg, stop - seg);
  return kn_buf_to_str(&b);
}

/* '"' ... '"' with no raw control characters; \u needs four hex digits. NULL when malformed. */
static const char *parse_string(const parser *ps, const char *p, kn_value *out) {
  const char *q = p + 1;
  for (;;) {
    if (q >= ps->end || (unsigned char)*q < 0x20) return NULL;
    if (*q == '"') break;
    if (*q++ != '\\') continue;
    if (q >= ps->end || (unsigned char)*q < 0x20) return NULL;
    if (*q++ != 'u') continue;
    for (int i = 0; i < 4; i++, q++)
      if (q >= ps->end || !strchr("0123456789abcdefABCDEF", *q) || !*q) return NULL;
  }
  *out = unescape(p + 1, q);
  return q + 1;
}

static const char *parse_value(const parser *ps, const char *p, kn_value *out, int depth);

static void check_nesting(const parser *ps, int depth) {
  if (ps->max_nesting && depth > ps->max_nesting) kn_raise_fmt(eNestingError, "nesting of %d is too deep", depth);
}

static const char *parse_array(const parser *ps, const char *p, kn_value *out, int depth) {
  check_nesting(ps, depth);
  kn_value ary = *out = kn_ary_new(0);
  p = skip_ignore(ps, p + 1);
  if (p < ps->end && *p == ']') return p + 1;
  for (;;) {
    kn_value v;
    const char *np = begin_value(ps, p) ? parse_value(ps, p, &v, depth) : NULL;
    if (!np) parse_error(451, p);
    kn_ary_push(ary, v);
    p = skip_ignore(ps, np);
    if (p < ps->end && *p == ']') return p + 1;
    if (p >= ps->end || *p != ',') parse_error(451, p);
    p = skip_ignore(ps, p + 1);
  }
}

/* NULL when malformed: the caller reports the object from its '{'. */
static const char *parse_object(const parser *ps, const char *p, kn_value *out, int depth) {
  check_nesting(ps, depth);
  kn_value h = *out = kn_hash_new();
  p = skip_ignore(ps, p + 1);
  if (p < ps->end && *p == '}') return p + 1;
  for (;;) {
    kn_value key, v;
    if (p >= ps->end || *p != '"' || !(p = parse_string(ps, p, &key))) return NULL;
    p = skip_ignore(ps, p);
    if (p >= ps->end || *p != ':') return NULL;
    p = skip_ignore(ps, p + 1);
    if (!begin_value(ps, p) || !(p = parse_value(ps, p, &v, depth))) return NULL;
    kn_hash_aset(h, ps->symbolize_names ? kn_str_to_sym(key) : key, v);
    p = skip_ignore(ps, p);
    if (p < ps->end && *p == '}') return p + 1;
    if (p >= ps->end || *p != ',') return NULL;
    p = skip_ignore(ps, p + 1);
  }
}

/* NaN, Infinity, -Infinity: only with allow_nan; otherwise errors at json's odd positions. */
static const char *parse_special(const parser *ps, const char *p, kn_value *out) {
  if (literal(ps, p, "NaN")) {
    if (!ps->allow_nan) parse_error(225, p);
    *out = kn_float_new(NAN);
    return p + 3;
  }
  if (literal(ps, p, "Infinity")) {
    if (!ps->allow_nan) parse_error(232, p > ps->src ? p - 1 : "");
    *out = kn_float_new(INFINITY);
    return p + 8;
  }
  if (!ps->allow_nan) parse_error(249, p);
  *out = kn_float_new(-INFINITY);
  return p + 9;
}

/* A value at p (a begin_value character) and the ignorables after it; NULL when malformed. */
static const char *parse_value(const parser *ps, const char *p, kn_value *out, int depth) {
  const char *np = NULL;
  if (literal(ps, p, "null")) *out = KN_NIL, np = p + 4;
  else if (literal(ps, p, "true")) *out = KN_TRUE, np = p + 4;
  else if (literal(ps, p, "false")) *out = KN_FALSE, np = p + 5;
  else if (literal(ps, p, "NaN") || literal(ps, p, "Infinity") || literal(ps, p, "-Infinity"))
    np = parse_special(ps, p, out);
  else if (*p == '"') np = parse_string(ps, p, out);
  else if (*p == '[') np = parse_array(ps, p, out, depth + 1);
  else if (*p == '{') np = parse_object(ps, p, out, depth + 1);
  else if (*p == '-' || (*p >= '0' && *p <= '9')) np = parse_number(ps, p, out);
  return np ? skip_ignore(ps, np) : NULL;
}

static kn_value parse_document(parser *ps) {
  kn_value result = KN_NIL;
  const char *p = skip_ignore(ps, ps->src);
  const char *np = begin_value(ps, p) ? parse_value(ps, p, &result, 0) : NULL;
  if (!np) parse_error(859, p);
  p = skip_ignore(ps, np);
  if (p != ps->end) parse_error(859, p);
  return result;
}

static void parser_configure(parser *ps, kn_value opts) {
  if (!KN_TYPE_P(opts, KN_T_HASH)) return;
  kn_value v = opt(opts, "max_nesting");
  if (v != KN_UNDEF) ps->max_nesting = KN_TEST(v) ? kn_num2long(v) : 0;
  v = opt(opts, "allow_nan");
  if (v != KN_UNDEF) ps->allow_nan = KN_TEST(v);
  v = opt(opts, "symbolize_names");
  if (v != KN_UNDEF) ps->symbolize_names = KN_TEST(v);
}

static kn_value parse(kn_value source, parser ps, kn_value opts) {
  source = kn_to_str(source);
  parser_configure(&ps, opts);
  ps.src = kn_str_cstr_of(source);
  ps.end = ps.src + KN_STR(source)->len;
  return parse_document(&ps);
}

/* JSON.parse(source, opts = nil) */
static kn_value json_parse(ARGS) {
  return parse(argv[0], (parser){.max_nesting = 100}, argc > 1 ? argv[1] : KN_NIL);
}

/* JSON.parse!(source, opts = nil): NaN allowed, no nesting limit. */
static kn_value json_parse_bang(ARGS) {
  return parse(argv[0], (parser){.allow_nan = true}, argc > 1 ? argv[1] : KN_NIL);
}

/* JSON.load(source, proc = nil, opts = {}): a String, an IO (read), or nil; blank is nil. */
static kn_value json_load(ARGS) {
  kn_value src = argv[0];
  if (!KN_TYPE_P(src, KN_T_STRING)) {
    if (kn_respond_to(src, kn_intern("to_str"), false)) src = kn_send(src, kn_intern("to_str"), 0, NULL, KN_NIL);
    else if (kn_respond_to(src, kn_intern("read"), false)) src = kn_send(src, kn_intern("read"), 0, NULL, KN_NIL);
  }
  if (src == KN_NIL || (KN_TYPE_P(src, KN_T_STRING) && KN_STR(src)->len == 0)) return KN_NIL;
  kn_value result = parse(src, (parser){.allow_nan = true}, argc > 2 ? argv[2] : KN_NIL);
  if (argc > 1 && argv[1] != KN_NIL) kn_send(argv[1], kn_intern("call"), 1, &result, KN_NIL);
  return result;
}

/* ------------------------------------------------------------------------
 * Registration
 * ------------------------------------------------------------------------ */

static void init_to_json(void) {
  const kn_value classes[] = {kn_cObject, kn_cHash, kn_cArray, kn_cString, kn_cInteger,
                              kn_cFloat,  kn_cNilClass, kn_cTrueClass, kn_cFalseClass};
  for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
    kn_define_methods(classes[i], (const kn_method_def[]){{"to_json", any_to_json, 0, -1}, {NULL, NULL, 0, 0}});
}

static void init_state(void) {
  kn_value ext = kn_define_module(mJSON, "Ext");
  kn_value generator = kn_define_module(ext, "Generator");
  cState = kn_define_class(generator, "State", kn_cObject);
  KN_CLASS(cState)->alloc = state_alloc;
  kn_const_set(mJSON, kn_intern("State"), cState);
  kn_define_singleton_methods(cState, (const kn_method_def[]){{"new", state_s_new, 0, 1}, {NULL, NULL, 0, 0}});
  kn_define_methods(cState, (const kn_method_def[]){{"generate", state_generate, 1, 1},
                                                    {"depth", state_depth, 0, 0},
                                                    {"indent", state_indent, 0, 0},
                                                    {NULL, NULL, 0, 0}});
}

void kn_init_json(void) {
  mJSON = kn_define_module(kn_cObject, "JSON");
  kn_value eJSONError = kn_define_class(mJSON, "JSONError", kn_eStandardError);
  eParserError = kn_define_class(mJSON, "ParserError", eJSONError);
  eNestingError = kn_define_class(mJSON, "NestingError", eParserError);
  eGeneratorError = kn_define_class(mJSON, "GeneratorError", eJSONError);
  init_state();
  kn_define_singleton_methods(mJSON, (const kn_method_def[]){{"generate", json_generate, 1, 2},
                                                             {"unparse", json_generate, 1, 2},
                                                             {"fast_generate", json_generate, 1, 2},
                                                             {"pretty_generate", json_pretty_generate, 1, 2},
                                                             {"dump", json_dump, 1, 3},
                                                             {"parse", json_parse, 1, 2},
                                                             {"parse!", json_parse_bang, 1, 2},
                                                             {"load", json_load, 1, 3},
                                                             {NULL, NULL, 0, 0}});
  kn_provide_feature_loaded_by("json", init_to_json);
}
