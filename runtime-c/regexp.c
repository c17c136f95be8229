/* regexp.c: Regexp and MatchData on Oniguruma (Ruby syntax, UTF-8), $~, and String's Regexp-taking methods. */
#include <string.h>
#include <oniguruma.h>
#include <gc.h>
#include "internal.h"

#define RE_METHOD(name) static kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)

typedef struct kn_regexp {
  kn_header h;
  regex_t *re;
  kn_value source; /* frozen String */
  int options;     /* Regexp::IGNORECASE | EXTENDED | MULTILINE */
  bool simple;     /* one item: cls matches it on ASCII-only subjects (regexp_class.c) */
  kn_re_class cls;
} kn_regexp;

typedef struct kn_match {
  kn_header h;
  kn_value str;    /* frozen copy of the subject */
  kn_value regexp;
  int n;           /* number of groups including 0 */
  bool exposed;    /* handed out as $~ or Regexp.last_match: a loop may no longer reuse it */
  int64_t *beg, *end; /* byte offsets, -1 for a group that did not take part */
} kn_match;

#define RE(v) ((kn_regexp *)(v))
#define MD(v) ((kn_match *)(v))

enum { RE_IGNORECASE = 1, RE_EXTENDED = 2, RE_MULTILINE = 4 };

/* $~: the current method frame's last match. CRuby keeps one per method frame; kiln keeps this one
 * slot and compiled methods that can set it save and restore it around their body
 * (kn_set_last_match), so a helper's matches do not clobber its caller's $~. */
static kn_value last_match = KN_NIL;

static bool is_regexp(kn_value v) { return KN_TYPE_P(v, KN_T_DATA) && kn_obj_is_kind_of(v, kn_cRegexp); }

static void re_finalize(void *obj, void *data) {
  (void)data;
  kn_regexp *r = obj;
  if (r->re) onig_free(r->re);
  r->re = NULL;
}

/* ruby's \d \s \h \w (and their negations) are ASCII-only while \b,
 * POSIX brackets and \p{} follow Unicode; Oniguruma's \w and \d follow
 * Unicode on UTF-8, and its *_IS_ASCII options would also change \b and
 * [[:digit:]]. So the pattern Oniguruma compiles spells the four out as
 * ASCII classes (nested inside a bracket class, which Ruby syntax allows);
 * Regexp#source keeps what the program wrote. */
static const char *ascii_class(char c) {
  switch (c) {
  case 'd': return "[0-9]";
  case 'D': return "[^0-9]";
  case 's': return "[ \t\n\v\f\r]";
  case 'S': return "[^ \t\n\v\f\r]";
  case 'h': return "[0-9a-fA-F]";
  case 'H': return "[^0-9a-fA-F]";
  case 'w': return "[a-zA-Z0-9_]";
  case 'W': return "[^a-zA-Z0-9_]";
  default: return NULL;
  }
}

static kn_buf ascii_shorthands(const char *src, int64_t len) {
  kn_buf b;
  kn_buf_init(&b);
  for (int64_t i = 0; i < len; i++) {
    const char *cls = src[i] == '\\' && i + 1 < len ? ascii_class(src[i + 1]) : NULL;
    if (cls) {
      kn_buf_adds(&b, cls);
      i++;
    } else {
      kn_buf_addc(&b, src[i]);
      if (src[i] == '\\' && i + 1 < len) kn_buf_addc(&b, src[++i]);
    }
  }
  return b;
}

static kn_value re_compile(kn_value klass, const char *src, int64_t len, int options) {
  regex_t *reg;
  OnigErrorInfo einfo;
  kn_buf pat = ascii_shorthands(src, len);
  OnigOptionType opt = ONIG_OPTION_NONE;
  if (options & RE_IGNORECASE) opt |= ONIG_OPTION_IGNORECASE;
  if (options & RE_EXTENDED) opt |= ONIG_OPTION_EXTEND;
  if (options & RE_MULTILINE) opt |= ONIG_OPTION_MULTILINE;
  int r = onig_new(&reg, (const OnigUChar *)pat.ptr, (const OnigUChar *)pat.ptr + pat.len, opt, ONIG_ENCODING_UTF8,
                   ONIG_SYNTAX_RUBY, &einfo);
  if (r != ONIG_NORMAL) {
    OnigUChar msg[ONIG_MAX_ERROR_MESSAGE_LEN];
    onig_error_code_to_str(msg, r, &einfo);
    kn_raise_fmt(kn_eRegexpError, "%s: /%.*s/", (const char *)msg, (int)len, src);
  }
  kn_regexp *re = kn_alloc(sizeof *re);
  re->h.klass = (kn_class *)klass;
  re->h.type = KN_T_DATA;
  re->h.flags = KN_FL_FROZEN;
  re->re = reg;
  re->source = kn_str_frozen_lit(src, len);
  re->options = options & (RE_IGNORECASE | RE_EXTENDED | RE_MULTILINE);
  re->simple = kn_re_class_parse(src, len, re->options, &re->cls);
  GC_REGISTER_FINALIZER(re, re_finalize, NULL, NULL, NULL);
  return (kn_value)re;
}

kn_value kn_regexp_new(const char *src, long len, int options) { return re_compile(kn_cRegexp, src, len, options); }

/* ------------------------------------------------------------------------
 * Matching
 * ------------------------------------------------------------------------ */

/* The MatchData for region.  A loop (scan, gsub) passes its previous match as reuse: unless the
 * program took hold of it, it is overwritten instead of allocating one per match. */
static kn_match *match_for(kn_value re, kn_value str, int n, kn_value reuse) {
  kn_match *m = (kn_match *)reuse;
  if (reuse == KN_NIL || m->exposed || m->n != n || m->str != str || m->regexp != re) {
    /* the offsets follow the object: one allocation */
    m = kn_alloc(sizeof *m + sizeof(int64_t) * 2 * (size_t)n);
    m->h.klass = (kn_class *)kn_cMatchData;
    m->h.type = KN_T_DATA;
    m->str = KN_FROZEN_P(str) ? str : kn_str_frozen_lit(KN_STR(str)->ptr, KN_STR(str)->len);
    m->regexp = re;
    m->n = n;
    m->beg = (int64_t *)(m + 1);
    m->end = m->beg + m->n;
  }
  return m;
}

static kn_value match_from_region(kn_value re, kn_value str, OnigRegion *region, kn_value reuse) {
  kn_match *m = match_for(re, str, region->num_regs, reuse);
  for (int i = 0; i < m->n; i++) {
    m->beg[i] = region->beg[i];
    m->end[i] = region->end[i];
  }
  return (kn_value)m;
}

/* Search str from byte offset start (backward toward range when range < start); returns a
 * MatchData or nil.  anchored: only a match starting exactly at start. */
/* Is str ASCII-only?  A matching loop asks at every match about its frozen subject, so the
 * last frozen subject found not to be is remembered (the static reference keeps it alive, and
 * frozen bytes do not change): a long text with one late non-ASCII char is not rescanned. */
static bool subject_ascii_p(kn_value str) {
  static kn_value known_not;
  if (KN_HDR(str)->flags & KN_FL_ASCII) return true;
  if (str == known_not) return false;
  if (kn_str_ascii_p(str)) return true;
  if (KN_FROZEN_P(str)) known_not = str;
  return false;
}

/* A forward search of a one-item Regexp through a whole ASCII-only subject, without Oniguruma;
 * KN_UNDEF when it does not apply. */
static kn_value re_search_class(kn_value re, kn_value str, int64_t start, int64_t range, bool anchored, kn_value reuse) {
  kn_regexp *r = RE(re);
  int64_t len = KN_STR(str)->len, end;
  if (!r->simple || (!anchored && range != len) || start > len || start < 0 || !subject_ascii_p(str)) return KN_UNDEF;
  int64_t beg = kn_re_class_search(&r->cls, KN_STR(str)->ptr, len, start, anchored, &end);
  if (beg < 0) return KN_NIL;
  kn_match *m = match_for(re, str, 1, reuse);
  m->beg[0] = beg;
  m->end[0] = end;
  return (kn_value)m;
}

static kn_value re_search_reusing(kn_value re, kn_value str, int64_t start, int64_t range, bool anchored, kn_value reuse) {
  kn_value fast = re_search_class(re, str, start, range, anchored, reuse);
  if (fast != KN_UNDEF) return fast;
  kn_regexp *r = RE(re);
  const OnigUChar *s = (const OnigUChar *)KN_STR(str)->ptr, *e = s + KN_STR(str)->len;
  /* one region for every search: its groups are copied into the MatchData before the next */
  static OnigRegion *region;
  if (!region) region = onig_region_new();
  int pos;
  if (anchored) {
    int len = onig_match(r->re, s, e, s + start, region, ONIG_OPTION_NONE);
    pos = len >= 0 ? (int)start : len;
  } else {
    pos = onig_search(r->re, s, e, s + start, s + range, region, ONIG_OPTION_NONE);
  }
  if (pos >= 0) return match_from_region(re, str, region, reuse);
  if (pos != ONIG_MISMATCH) kn_raise_fmt(kn_eRegexpError, "regexp match failed");
  return KN_NIL;
}

static kn_value re_search(kn_value re, kn_value str, int64_t start, int64_t range, bool anchored) {
  return re_search_reusing(re, str, start, range, anchored, KN_NIL);
}

/* The subject a matching loop walks: a frozen snapshot, so each MatchData shares it instead of
 * copying the whole string (which made scan/gsub/split quadratic), and a block that changes
 * the receiver does not disturb the walk. */
static kn_value frozen_subject(kn_value str) {
  if (KN_FROZEN_P(str)) return str;
  kn_value s = kn_str_dup(str);
  KN_HDR(s)->flags |= KN_FL_FROZEN;
  return s;
}

static kn_value re_search_fwd(kn_value re, kn_value str, int64_t start) {
  return re_search(re, str, start, KN_STR(str)->len, false);
}

/* Byte offset to char offset in str. */
static int64_t char_off(kn_value str, int64_t byte) {
  if (kn_str_ascii_p(str) || (KN_HDR(str)->flags & KN_FL_BINARY)) return byte;
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr;
  int64_t n = 0;
  for (int64_t i = 0; i < byte; i++)
    if ((p[i] & 0xC0) != 0x80) n++;
  return n;
}

/* Char offset to byte offset; -1 when beyond the end. */
static int64_t byte_off(kn_value str, int64_t ci) {
  if (kn_str_ascii_p(str) || (KN_HDR(str)->flags & KN_FL_BINARY)) return ci <= KN_STR(str)->len ? ci : -1;
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr;
  int64_t len = KN_STR(str)->len, i = 0;
  while (ci > 0 && i < len) {
    i++;
    while (i < len && (p[i] & 0xC0) == 0x80) i++;
    ci--;
  }
  return ci == 0 ? i : -1;
}

static int64_t char_len_at(kn_value str, int64_t byte) {
  const unsigned char *p = (const unsigned char *)KN_STR(str)->ptr;
  int64_t len = KN_STR(str)->len, i = byte + 1;
  if (KN_HDR(str)->flags & KN_FL_BINARY) return 1;
  while (i < len && (p[i] & 0xC0) == 0x80) i++;
  return i - byte;
}

/* $~ as the program sees it: from now on the object is the program's. */
static kn_value expose_last_match(void) {
  if (last_match != KN_NIL) MD(last_match)->exposed = true;
  return last_match;
}

kn_value kn_last_match(void) { return expose_last_match(); }

/* Sets $~ and returns the previous one. A method frame that can match starts with
 * `saved = kn_set_last_match(KN_NIL)` (a new frame's $~ is nil) and returns through
 * kn_set_last_match(saved). The saved match is exposed so no loop overwrites it meanwhile. */
kn_value kn_set_last_match(kn_value m) {
  kn_value prev = expose_last_match();
  last_match = m;
  return prev;
}

static kn_value md_group(kn_value md, int i) {
  kn_match *m = MD(md);
  if (i < 0 || i >= m->n || m->beg[i] < 0) return KN_NIL;
  return kn_str_new(KN_STR(m->str)->ptr + m->beg[i], m->end[i] - m->beg[i]);
}

kn_value kn_nth_match(int n) {
  if (last_match == KN_NIL) return KN_NIL;
  return md_group(last_match, n);
}

/* Group number for an Integer, String or Symbol reference; raises IndexError for an unknown name. */
static int md_group_index(kn_value md, kn_value ref) {
  if (KN_FIXNUM_P(ref)) return (int)KN_FIX2INT(ref);
  kn_value name = KN_SYMBOL_P(ref) ? kn_sym_to_s(ref) : ref;
  if (!KN_TYPE_P(name, KN_T_STRING)) return (int)kn_num2long(ref);
  regex_t *reg = RE(MD(md)->regexp)->re;
  OnigRegion region;
  memset(&region, 0, sizeof region);
  region.num_regs = MD(md)->n;
  region.allocated = 0;
  int *b = kn_alloc_atomic(sizeof(int) * (size_t)MD(md)->n), *e = kn_alloc_atomic(sizeof(int) * (size_t)MD(md)->n);
  for (int i = 0; i < MD(md)->n; i++) b[i] = (int)MD(md)->beg[i], e[i] = (int)MD(md)->end[i];
  region.beg = b;
  region.end = e;
  const OnigUChar *s = (const OnigUChar *)KN_STR(name)->ptr;
  int k = onig_name_to_backref_number(reg, s, s + KN_STR(name)->len, &region);
  if (k < 0) kn_raise_fmt(kn_eIndexError, "undefined group name reference: %s", KN_STR(name)->ptr);
  return k;
}

/* ------------------------------------------------------------------------
 * Regexp methods
 * ------------------------------------------------------------------------ */

static int options_from(kn_value v) {
  if (v == KN_NIL || v == KN_FALSE) return 0;
  if (KN_FIXNUM_P(v)) return (int)KN_FIX2INT(v);
  if (KN_TYPE_P(v, KN_T_STRING)) {
    int o = 0;
    for (int64_t i = 0; i < KN_STR(v)->len; i++) {
      char c = KN_STR(v)->ptr[i];
      if (c == 'i') o |= RE_IGNORECASE;
      else if (c == 'x') o |= RE_EXTENDED;
      else if (c == 'm') o |= RE_MULTILINE;
      else kn_raise_fmt(kn_eArgumentError, "unknown regexp option: %s", KN_STR(v)->ptr);
    }
    return o;
  }
  return RE_IGNORECASE; /* any other truthy value */
}

static kn_value re_s_new(kn_value klass, int argc, const kn_value *argv, kn_value blk) {
  (void)blk;
  if (argc < 1 || argc > 3) kn_raise_argc(argc, 1, 3);
  kn_value src = argv[0];
  if (is_regexp(src)) return re_compile(klass, KN_STR(RE(src)->source)->ptr, KN_STR(RE(src)->source)->len, RE(src)->options);
  src = kn_to_str(src);
  return re_compile(klass, KN_STR(src)->ptr, KN_STR(src)->len, argc > 1 ? options_from(argv[1]) : 0);
}

static kn_value re_quote(kn_value str) {
  kn_value r = kn_str_buf_new(KN_STR(str)->len + 8);
  for (int64_t i = 0; i < KN_STR(str)->len; i++) {
    char c = KN_STR(str)->ptr[i];
    const char *esc = NULL;
    switch (c) {
    case '[': case ']': case '{': case '}': case '(': case ')': case '|': case '-': case '*': case '.':
    case '\\': case '?': case '+': case '^': case '$': case '#': case ' ':
      kn_str_cat(r, "\\", 1);
      break;
    case '\t': esc = "\\t"; break;
    case '\f': esc = "\\f"; break;
    case '\v': esc = "\\v"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    }
    if (esc) kn_str_cat_cstr(r, esc);
    else kn_str_cat(r, &c, 1);
  }
  return r;
}

RE_METHOD(re_s_escape) {
  kn_value s = KN_SYMBOL_P(argv[0]) ? kn_sym_to_s(argv[0]) : kn_to_str(argv[0]);
  return re_quote(s);
}

static kn_value re_to_s_value(kn_value re);

RE_METHOD(re_s_union) {
  const kn_value *pats = argv;
  int n = argc;
  if (argc == 1 && KN_TYPE_P(argv[0], KN_T_ARRAY)) {
    pats = KN_ARY(argv[0])->ptr;
    n = (int)KN_ARY(argv[0])->len;
  }
  if (n == 0) return re_compile(self, "(?!)", 4, 0);
  if (n == 1 && is_regexp(pats[0])) return pats[0];
  kn_value src = kn_str_buf_new(16);
  for (int i = 0; i < n; i++) {
    if (i) kn_str_cat(src, "|", 1);
    kn_value part = is_regexp(pats[i]) ? re_to_s_value(pats[i]) : re_quote(kn_to_str(pats[i]));
    kn_str_cat(src, KN_STR(part)->ptr, KN_STR(part)->len);
  }
  return re_compile(self, KN_STR(src)->ptr, KN_STR(src)->len, 0);
}

RE_METHOD(re_s_last_match) {
  if (argc == 0 || last_match == KN_NIL) return expose_last_match();
  return md_group(last_match, md_group_index(last_match, argv[0]));
}

RE_METHOD(re_source) { return RE(self)->source; }
/* Regexp::FIXEDENCODING (16) joins the flags when the source goes beyond
 * ASCII: such a Regexp is fixed to UTF-8, as ruby reports (and Marshal writes). */
RE_METHOD(re_options) {
  kn_value src = RE(self)->source;
  bool ascii = true;
  for (int64_t i = 0; i < KN_STR(src)->len && ascii; i++) ascii = (unsigned char)KN_STR(src)->ptr[i] < 0x80;
  return KN_INT2FIX(RE(self)->options | (ascii ? 0 : 16));
}
RE_METHOD(re_casefold_p) { return KN_BOOL(RE(self)->options & RE_IGNORECASE); }

static void cat_opts(kn_value buf, int o) {
  if (o & RE_MULTILINE) kn_str_cat(buf, "m", 1);
  if (o & RE_IGNORECASE) kn_str_cat(buf, "i", 1);
  if (o & RE_EXTENDED) kn_str_cat(buf, "x", 1);
}

RE_METHOD(re_inspect) {
  kn_value src = RE(self)->source;
  kn_value r = kn_str_buf_new(KN_STR(src)->len + 4);
  kn_str_cat(r, "/", 1);
  const char *p = KN_STR(src)->ptr;
  for (int64_t i = 0; i < KN_STR(src)->len; i++) {
    if (p[i] == '\\' && i + 1 < KN_STR(src)->len) {
      kn_str_cat(r, p + i, 2);
      i++;
    } else if (p[i] == '/') {
      kn_str_cat(r, "\\/", 2);
    } else if (p[i] == '\n') {
      kn_str_cat(r, "\\n", 2);
    } else {
      kn_str_cat(r, p + i, 1);
    }
  }
  kn_str_cat(r, "/", 1);
  cat_opts(r, RE(self)->options);
  return r;
}

static kn_value re_to_s_value(kn_value re) {
  kn_value r = kn_str_cstr("(?");
  int o = RE(re)->options;
  cat_opts(r, o);
  if ((o & 7) != 7) {
    kn_str_cat(r, "-", 1);
    cat_opts(r, ~o & 7);
  }
  kn_str_cat(r, ":", 1);
  kn_value src = RE(re)->source;
  kn_str_cat(r, KN_STR(src)->ptr, KN_STR(src)->len);
  kn_str_cat(r, ")", 1);
  return r;
}

RE_METHOD(re_to_s) { return re_to_s_value(self); }

RE_METHOD(re_eq) {
  kn_value o = argv[0];
  if (!is_regexp(o)) return KN_FALSE;
  return KN_BOOL(RE(o)->options == RE(self)->options && kn_str_equal(RE(o)->source, RE(self)->source));
}

RE_METHOD(re_hash) {
  return KN_INT2FIX((int64_t)(kn_hash_mix(kn_hash_of(RE(self)->source), (uint64_t)RE(self)->options) >> 2));
}

/* Names come out of Oniguruma in hash order: collect [first group, name] and sort. */
static int collect_name(const OnigUChar *name, const OnigUChar *end, int ngroups, int *groups, regex_t *reg, void *arg) {
  (void)reg;
  kn_value p[2] = {KN_INT2FIX(ngroups > 0 ? groups[0] : 0), kn_str_new((const char *)name, end - name)};
  kn_ary_push(*(kn_value *)arg, kn_ary_new_from(2, p));
  return 0;
}

static int by_group(kn_value a, kn_value b, void *ctx) {
  (void)ctx;
  int64_t x = KN_FIX2INT(KN_ARY(a)->ptr[0]), y = KN_FIX2INT(KN_ARY(b)->ptr[0]);
  return x < y ? -1 : x > y;
}

static kn_value re_names_value(kn_value re) {
  kn_value r = kn_ary_new(0);
  onig_foreach_name(RE(re)->re, collect_name, &r);
  kn_msort(KN_ARY(r)->ptr, KN_ARY(r)->len, by_group, NULL);
  for (int64_t i = 0; i < KN_ARY(r)->len; i++) KN_ARY(r)->ptr[i] = KN_ARY(KN_ARY(r)->ptr[i])->ptr[1];
  return r;
}

RE_METHOD(re_names) { return re_names_value(self); }

/* Subject for matching: nil matches nothing; Symbols match their name. */
static kn_value subject(kn_value v) {
  if (KN_SYMBOL_P(v)) return kn_sym_to_s(v);
  return kn_to_str(v);
}

static int64_t pos_arg(kn_value str, int argc, const kn_value *argv, int i) {
  if (argc <= i) return 0;
  int64_t pos = kn_num2long(argv[i]);
  int64_t clen = char_off(str, KN_STR(str)->len);
  if (pos < 0) {
    pos += clen;
    if (pos < 0) return -1;
  }
  if (pos > clen) return -1;
  return byte_off(str, pos);
}

RE_METHOD(re_match) {
  if (argv[0] == KN_NIL) return last_match = KN_NIL;
  kn_value str = subject(argv[0]);
  int64_t pos = pos_arg(str, argc, argv, 1);
  kn_value m = pos < 0 ? KN_NIL : re_search_fwd(self, str, pos);
  last_match = m;
  if (m != KN_NIL && blk != KN_NIL) return kn_yield1(blk, m);
  return m;
}

RE_METHOD(re_match_p) {
  if (argv[0] == KN_NIL) return KN_FALSE;
  kn_value str = subject(argv[0]);
  int64_t pos = pos_arg(str, argc, argv, 1);
  return KN_BOOL(pos >= 0 && re_search_fwd(self, str, pos) != KN_NIL);
}

RE_METHOD(re_match_op) {
  if (argv[0] == KN_NIL) return last_match = KN_NIL;
  kn_value str = subject(argv[0]);
  kn_value m = re_search_fwd(self, str, 0);
  last_match = m;
  return m == KN_NIL ? KN_NIL : KN_INT2FIX(char_off(str, MD(m)->beg[0]));
}

RE_METHOD(re_eqq) {
  kn_value v = argv[0];
  if (!KN_TYPE_P(v, KN_T_STRING) && !KN_SYMBOL_P(v)) {
    last_match = KN_NIL;
    return KN_FALSE;
  }
  kn_value str = subject(v);
  kn_value m = re_search_fwd(self, str, 0);
  last_match = m;
  return KN_BOOL(m != KN_NIL);
}

/* ------------------------------------------------------------------------
 * MatchData methods
 * ------------------------------------------------------------------------ */

RE_METHOD(md_aref) {
  if (argc == 2) {
    kn_value a = kn_send(self, kn_intern("to_a"), 0, NULL, KN_NIL);
    return kn_send(a, kn_intern("[]"), argc, argv, KN_NIL);
  }
  kn_value ref = argv[0];
  if (KN_FIXNUM_P(ref)) {
    int64_t i = KN_FIX2INT(ref);
    if (i < 0) i += MD(self)->n;
    return md_group(self, (int)i);
  }
  if (KN_TYPE_P(ref, KN_T_RANGE)) {
    kn_value a = kn_send(self, kn_intern("to_a"), 0, NULL, KN_NIL);
    return kn_send(a, kn_intern("[]"), 1, &ref, KN_NIL);
  }
  return md_group(self, md_group_index(self, ref));
}

RE_METHOD(md_to_a) {
  kn_value r = kn_ary_new(MD(self)->n);
  for (int i = 0; i < MD(self)->n; i++) kn_ary_push(r, md_group(self, i));
  return r;
}

RE_METHOD(md_captures) {
  kn_value r = kn_ary_new(MD(self)->n);
  for (int i = 1; i < MD(self)->n; i++) kn_ary_push(r, md_group(self, i));
  return r;
}

RE_METHOD(md_named_captures) {
  kn_value names = re_names_value(MD(self)->regexp);
  kn_value h = kn_hash_new();
  for (int64_t i = 0; i < KN_ARY(names)->len; i++) {
    kn_value n = KN_ARY(names)->ptr[i];
    kn_hash_aset(h, n, md_group(self, md_group_index(self, n)));
  }
  return h;
}

RE_METHOD(md_names) { return re_names_value(MD(self)->regexp); }

RE_METHOD(md_pre_match) { return kn_str_new(KN_STR(MD(self)->str)->ptr, MD(self)->beg[0]); }
RE_METHOD(md_post_match) {
  kn_value s = MD(self)->str;
  return kn_str_new(KN_STR(s)->ptr + MD(self)->end[0], KN_STR(s)->len - MD(self)->end[0]);
}
RE_METHOD(md_to_s) { return md_group(self, 0); }
RE_METHOD(md_string) { return MD(self)->str; }
RE_METHOD(md_regexp) { return MD(self)->regexp; }
RE_METHOD(md_size) { return KN_INT2FIX(MD(self)->n); }

static int md_check_index(kn_value self, kn_value ref) {
  int i = md_group_index(self, ref);
  if (i < 0 || i >= MD(self)->n) kn_raise_fmt(kn_eIndexError, "index %d out of matches", i);
  return i;
}

RE_METHOD(md_begin) {
  int i = md_check_index(self, argv[0]);
  if (MD(self)->beg[i] < 0) return KN_NIL;
  return KN_INT2FIX(char_off(MD(self)->str, MD(self)->beg[i]));
}

RE_METHOD(md_end) {
  int i = md_check_index(self, argv[0]);
  if (MD(self)->beg[i] < 0) return KN_NIL;
  return KN_INT2FIX(char_off(MD(self)->str, MD(self)->end[i]));
}

RE_METHOD(md_offset) {
  kn_value r[2] = {md_begin(self, argc, argv, blk), md_end(self, argc, argv, blk)};
  return kn_ary_new_from(2, r);
}

RE_METHOD(md_values_at) {
  kn_value r = kn_ary_new(argc);
  for (int i = 0; i < argc; i++) kn_ary_push(r, md_aref(self, 1, &argv[i], KN_NIL));
  return r;
}

/* #<MatchData "ab" 1:"b" name:"x"> */
RE_METHOD(md_inspect) {
  kn_value r = kn_str_cstr("#<MatchData ");
  kn_value s = kn_inspect(md_group(self, 0));
  kn_str_cat(r, KN_STR(s)->ptr, KN_STR(s)->len);
  /* group names by number */
  int n = MD(self)->n;
  kn_value *labels = kn_alloc(sizeof(kn_value) * (size_t)(n ? n : 1));
  kn_value names = re_names_value(MD(self)->regexp);
  for (int64_t k = 0; k < KN_ARY(names)->len; k++) {
    kn_value nm = KN_ARY(names)->ptr[k];
    int *nums;
    int cnt = onig_name_to_group_numbers(RE(MD(self)->regexp)->re, (const OnigUChar *)KN_STR(nm)->ptr,
                                         (const OnigUChar *)KN_STR(nm)->ptr + KN_STR(nm)->len, &nums);
    for (int j = 0; j < cnt; j++)
      if (nums[j] < n) labels[nums[j]] = nm;
  }
  for (int i = 1; i < n; i++) {
    kn_str_cat(r, " ", 1);
    if (labels[i]) kn_str_cat(r, KN_STR(labels[i])->ptr, KN_STR(labels[i])->len);
    else {
      char num[16];
      snprintf(num, sizeof num, "%d", i);
      kn_str_cat_cstr(r, num);
    }
    kn_str_cat(r, ":", 1);
    kn_value g = kn_inspect(md_group(self, i));
    kn_str_cat(r, KN_STR(g)->ptr, KN_STR(g)->len);
  }
  kn_str_cat(r, ">", 1);
  return r;
}

RE_METHOD(md_eq) {
  kn_value o = argv[0];
  if (!KN_TYPE_P(o, KN_T_DATA) || !kn_obj_is_kind_of(o, kn_cMatchData)) return KN_FALSE;
  if (!kn_str_equal(MD(self)->str, MD(o)->str) || MD(self)->n != MD(o)->n) return KN_FALSE;
  for (int i = 0; i < MD(self)->n; i++)
    if (MD(self)->beg[i] != MD(o)->beg[i] || MD(self)->end[i] != MD(o)->end[i]) return KN_FALSE;
  return KN_TRUE;
}

/* ------------------------------------------------------------------------
 * String methods taking a Regexp (plain-string forms stay in string.c)
 * ------------------------------------------------------------------------ */

/* A pattern argument as a Regexp: Strings are quoted (scan, partition...) */
static kn_value pattern_quoted(kn_value pat) {
  if (is_regexp(pat)) return pat;
  kn_value q = re_quote(kn_to_str(pat));
  return re_compile(kn_cRegexp, KN_STR(q)->ptr, KN_STR(q)->len, 0);
}

RE_METHOD(str_match_op) {
  kn_value o = argv[0];
  if (KN_TYPE_P(o, KN_T_STRING)) kn_raise_fmt(kn_eTypeError, "type mismatch: String given");
  if (is_regexp(o)) return re_match_op(o, 1, &self, KN_NIL);
  return kn_send(o, kn_intern("=~"), 1, &self, KN_NIL);
}

RE_METHOD(str_match) {
  kn_value pat = argv[0];
  if (!is_regexp(pat)) {
    kn_value s = kn_to_str(pat);
    pat = re_compile(kn_cRegexp, KN_STR(s)->ptr, KN_STR(s)->len, 0);
  }
  kn_value args[2] = {self, argc > 1 ? argv[1] : KN_INT2FIX(0)};
  return re_match(pat, 2, args, blk);
}

RE_METHOD(str_match_p) {
  kn_value pat = argv[0];
  if (!is_regexp(pat)) {
    kn_value s = kn_to_str(pat);
    pat = re_compile(kn_cRegexp, KN_STR(s)->ptr, KN_STR(s)->len, 0);
  }
  kn_value args[2] = {self, argc > 1 ? argv[1] : KN_INT2FIX(0)};
  return re_match_p(pat, 2, args, blk);
}

/* The value scan/yield gives for a match: the string, or the captures when there are groups. */
static kn_value scan_value(kn_value m) {
  if (MD(m)->n == 1) return md_group(m, 0);
  return md_captures(m, 0, NULL, KN_NIL);
}

RE_METHOD(str_scan) {
  kn_value re = pattern_quoted(argv[0]);
  kn_value src = frozen_subject(self);
  kn_value r = blk == KN_NIL ? kn_ary_new(0) : KN_NIL;
  int64_t pos = 0, len = KN_STR(src)->len;
  kn_value m = KN_NIL;
  while (pos <= len) {
    m = re_search_reusing(re, src, pos, len, false, m);
    if (m == KN_NIL) break;
    last_match = m;
    int64_t b = MD(m)->beg[0], e = MD(m)->end[0];
    pos = e > b ? e : e + (e < len ? char_len_at(src, e) : 1);
    if (blk == KN_NIL) kn_ary_push(r, scan_value(m));
    else {
      kn_yield1(blk, scan_value(m));
      last_match = m;
    }
  }
  return blk == KN_NIL ? r : self;
}

/* Append the replacement template for match m: \0-\9 \& \` \' \\ \k<name> */
static void expand_repl(kn_value buf, kn_value m, kn_value repl) {
  const char *p = KN_STR(repl)->ptr;
  int64_t n = KN_STR(repl)->len;
  kn_value s = MD(m)->str;
  for (int64_t i = 0; i < n; i++) {
    if (p[i] != '\\' || i + 1 >= n) {
      kn_str_cat(buf, p + i, 1);
      continue;
    }
    char d = p[i + 1];
    int g = -1;
    if (d >= '0' && d <= '9') g = d - '0';
    else if (d == '&') g = 0;
    else if (d == '`') {
      kn_str_cat(buf, KN_STR(s)->ptr, MD(m)->beg[0]);
      i++;
      continue;
    } else if (d == '\'') {
      kn_str_cat(buf, KN_STR(s)->ptr + MD(m)->end[0], KN_STR(s)->len - MD(m)->end[0]);
      i++;
      continue;
    } else if (d == '\\') {
      kn_str_cat(buf, "\\", 1);
      i++;
      continue;
    } else if (d == 'k' && i + 2 < n && p[i + 2] == '<') {
      const char *close = memchr(p + i + 3, '>', (size_t)(n - i - 3));
      if (close) {
        kn_value name = kn_str_new(p + i + 3, close - (p + i + 3));
        g = md_group_index(m, name);
        kn_value v = md_group(m, g);
        if (v != KN_NIL) kn_str_cat(buf, KN_STR(v)->ptr, KN_STR(v)->len);
        i = close - p;
        continue;
      }
    }
    if (g >= 0) {
      kn_value v = md_group(m, g);
      if (v != KN_NIL) kn_str_cat(buf, KN_STR(v)->ptr, KN_STR(v)->len);
      i++;
      continue;
    }
    kn_str_cat(buf, p + i, 1);
  }
}

/* sub/gsub with a Regexp; nil when nothing matched. */
static kn_value re_sub(kn_value self, int argc, const kn_value *argv, kn_value blk, bool global) {
  kn_value re = argv[0];
  kn_value repl = argc > 1 ? argv[1] : KN_NIL;
  bool hash = argc > 1 && KN_TYPE_P(repl, KN_T_HASH);
  if (argc > 1 && !hash) repl = kn_to_str(repl);
  kn_value src = frozen_subject(self);
  int64_t len = KN_STR(src)->len, pos = 0, last = 0;
  kn_value buf = KN_NIL, m = KN_NIL;
  while (pos <= len) {
    m = re_search_reusing(re, src, pos, len, false, m);
    if (m == KN_NIL) break;
    last_match = m;
    int64_t b = MD(m)->beg[0], e = MD(m)->end[0];
    if (buf == KN_NIL) {
      buf = kn_str_buf_new(len + 16);
      KN_HDR(buf)->flags |= KN_HDR(self)->flags & KN_FL_BINARY;
    }
    kn_str_cat(buf, KN_STR(src)->ptr + last, b - last);
    if (hash) {
      kn_value v = kn_obj_to_s(kn_hash_aref(repl, md_group(m, 0)));
      kn_str_cat(buf, KN_STR(v)->ptr, KN_STR(v)->len);
    } else if (argc > 1) {
      expand_repl(buf, m, repl);
    } else {
      kn_value v = kn_obj_to_s(kn_yield1(blk, md_group(m, 0)));
      last_match = m;
      kn_str_cat(buf, KN_STR(v)->ptr, KN_STR(v)->len);
    }
    last = e;
    if (!global) break;
    if (e == b) {
      if (e >= len) break;
      int64_t cl = char_len_at(src, e);
      kn_str_cat(buf, KN_STR(src)->ptr + e, cl);
      last = e + cl;
      pos = e + cl;
    } else {
      pos = e;
    }
  }
  if (buf == KN_NIL) {
    last_match = KN_NIL;
    return KN_NIL;
  }
  if (last < len) kn_str_cat(buf, KN_STR(src)->ptr + last, len - last);
  return buf;
}

RE_METHOD(str_sub) {
  if (argc < 1 || !is_regexp(argv[0])) return kn_str_sub(self, argc, argv, blk);
  kn_value r = re_sub(self, argc, argv, blk, false);
  return r == KN_NIL ? kn_str_dup(self) : r;
}
RE_METHOD(str_gsub) {
  if (argc < 1 || !is_regexp(argv[0])) return kn_str_gsub(self, argc, argv, blk);
  if (argc == 1 && blk == KN_NIL) return kn_enumerator_for(self, "gsub", argc, argv);
  kn_value r = re_sub(self, argc, argv, blk, true);
  return r == KN_NIL ? kn_str_dup(self) : r;
}
RE_METHOD(str_sub_bang) {
  if (argc < 1 || !is_regexp(argv[0])) return kn_str_sub_bang(self, argc, argv, blk);
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  kn_value r = re_sub(self, argc, argv, blk, false);
  if (r == KN_NIL) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}
RE_METHOD(str_gsub_bang) {
  if (argc < 1 || !is_regexp(argv[0])) return kn_str_gsub_bang(self, argc, argv, blk);
  if (KN_FROZEN_P(self)) kn_frozen_error(self);
  kn_value r = re_sub(self, argc, argv, blk, true);
  if (r == KN_NIL) return KN_NIL;
  kn_str_replace(self, 1, &r, KN_NIL);
  return self;
}

/* split with a Regexp, as rb_str_split_m does it */
static kn_value re_split(kn_value self, kn_value re, int64_t lim) {
  kn_value str = frozen_subject(self);
  kn_value result = kn_ary_new(0);
  int64_t len = KN_STR(str)->len, beg = 0, start = 0, i = 1;
  bool has_limit = lim > 0;
  if (lim == 1) {
    if (len) kn_ary_push(result, kn_str_dup(self));
    return result;
  }
  bool last_null = false;
  kn_value m = KN_NIL;
  while (start <= len) {
    m = re_search_reusing(re, str, start, len, false, m);
    if (m == KN_NIL) break;
    int64_t end = MD(m)->beg[0];
    if (start == end && MD(m)->beg[0] == MD(m)->end[0]) {
      if (len == 0) {
        kn_ary_push(result, kn_str_new("", 0));
        break;
      } else if (last_null) {
        kn_ary_push(result, kn_str_new(KN_STR(str)->ptr + beg, char_len_at(str, beg)));
        beg = start;
      } else {
        start += start == len ? 1 : char_len_at(str, start);
        last_null = true;
        continue;
      }
    } else {
      kn_ary_push(result, kn_str_new(KN_STR(str)->ptr + beg, end - beg));
      beg = start = MD(m)->end[0];
    }
    last_null = false;
    for (int g = 1; g < MD(m)->n; g++) {
      if (MD(m)->beg[g] < 0) continue;
      kn_ary_push(result, md_group(m, g));
    }
    if (has_limit && lim <= ++i) break;
  }
  if (len > 0 && (has_limit || len > beg || lim < 0)) kn_ary_push(result, kn_str_new(KN_STR(str)->ptr + beg, len - beg));
  if (!has_limit && lim == 0) {
    kn_array *a = KN_ARY(result);
    while (a->len > 0 && KN_STR(a->ptr[a->len - 1])->len == 0) a->len--;
  }
  last_match = KN_NIL; /* ruby's split leaves $~ nil */
  return result;
}

RE_METHOD(str_split) {
  if (argc < 1 || !is_regexp(argv[0])) return kn_str_split(self, argc, argv, blk);
  int64_t lim = argc > 1 ? kn_num2long(argv[1]) : 0;
  kn_value r = re_split(self, argv[0], lim);
  if (blk != KN_NIL) {
    for (int64_t i = 0; i < KN_ARY(r)->len; i++) kn_yield1(blk, KN_ARY(r)->ptr[i]);
    return self;
  }
  return r;
}

RE_METHOD(str_index) {
  if (!is_regexp(argv[0])) return kn_str_index(self, argc, argv, blk);
  int64_t pos = pos_arg(self, argc, argv, 1);
  if (pos < 0) return last_match = KN_NIL;
  kn_value m = re_search_fwd(argv[0], self, pos);
  last_match = m;
  return m == KN_NIL ? KN_NIL : KN_INT2FIX(char_off(self, MD(m)->beg[0]));
}

RE_METHOD(str_rindex) {
  if (!is_regexp(argv[0])) return kn_str_rindex(self, argc, argv, blk);
  int64_t pos = KN_STR(self)->len;
  if (argc > 1) {
    pos = pos_arg(self, argc, argv, 1);
    if (pos < 0) {
      /* past the end clamps; before the start misses */
      if (kn_num2long(argv[1]) < 0) return last_match = KN_NIL;
      pos = KN_STR(self)->len;
    }
  }
  kn_value m = re_search(argv[0], self, pos, 0, false);
  last_match = m;
  return m == KN_NIL ? KN_NIL : KN_INT2FIX(char_off(self, MD(m)->beg[0]));
}

RE_METHOD(str_aref) {
  if (!is_regexp(argv[0])) return kn_str_aref(self, argc, argv, blk);
  kn_value m = re_search_fwd(argv[0], self, 0);
  last_match = m;
  if (m == KN_NIL) return KN_NIL;
  if (argc > 1) return md_group(m, md_group_index(m, argv[1]));
  return md_group(m, 0);
}

RE_METHOD(str_slice_bang) {
  if (!is_regexp(argv[0])) return kn_str_slice_bang(self, argc, argv, blk);
  kn_str_modify(self);
  kn_value m = re_search_fwd(argv[0], self, 0);
  last_match = m;
  if (m == KN_NIL) return KN_NIL;
  int g = argc > 1 ? md_group_index(m, argv[1]) : 0;
  kn_value r = md_group(m, g);
  if (r == KN_NIL) return KN_NIL;
  int64_t b = MD(m)->beg[g], e = MD(m)->end[g];
  kn_string *s = KN_STR(self);
  memmove(s->ptr + b, s->ptr + e, (size_t)(s->len - e));
  s->len -= e - b;
  s->ptr[s->len] = 0;
  return r;
}

RE_METHOD(str_aset) {
  if (!is_regexp(argv[0])) return kn_str_aset(self, argc, argv, blk);
  kn_value m = re_search_fwd(argv[0], self, 0);
  last_match = m;
  if (m == KN_NIL) kn_raise_fmt(kn_eIndexError, "regexp not matched");
  int g = argc > 2 ? md_group_index(m, argv[1]) : 0;
  kn_value val = kn_to_str(argv[argc - 1]);
  if (g < 0 || g >= MD(m)->n) kn_raise_fmt(kn_eIndexError, "index %d out of regexp", g);
  if (MD(m)->beg[g] < 0) kn_raise_fmt(kn_eIndexError, "regexp group %d not matched", g);
  kn_str_modify(self);
  int64_t b = MD(m)->beg[g], e = MD(m)->end[g];
  kn_value head = kn_str_new(KN_STR(self)->ptr, b);
  kn_str_cat(head, KN_STR(val)->ptr, KN_STR(val)->len);
  kn_str_cat(head, KN_STR(self)->ptr + e, KN_STR(self)->len - e);
  kn_str_replace(self, 1, &head, KN_NIL);
  return argv[argc - 1];
}

RE_METHOD(str_start_with_p) {
  for (int i = 0; i < argc; i++) {
    if (is_regexp(argv[i])) {
      kn_value m = re_search(argv[i], self, 0, 0, true);
      if (m != KN_NIL) {
        last_match = m;
        return KN_TRUE;
      }
    } else if (kn_str_start_with_p(self, 1, &argv[i], KN_NIL) == KN_TRUE) {
      return KN_TRUE;
    }
  }
  return KN_FALSE;
}

static kn_value triple(kn_value a, kn_value b, kn_value c) {
  kn_value t[3] = {a, b, c};
  return kn_ary_new_from(3, t);
}

RE_METHOD(str_partition) {
  if (!is_regexp(argv[0])) return kn_str_partition(self, argc, argv, blk);
  kn_value re = argv[0];
  kn_value m = re_search_fwd(re, self, 0);
  if (m == KN_NIL) return triple(kn_str_dup(self), kn_str_new("", 0), kn_str_new("", 0));
  last_match = m;
  kn_string *s = KN_STR(self);
  return triple(kn_str_new(s->ptr, MD(m)->beg[0]), md_group(m, 0), kn_str_new(s->ptr + MD(m)->end[0], s->len - MD(m)->end[0]));
}

RE_METHOD(str_rpartition) {
  if (!is_regexp(argv[0])) return kn_str_rpartition(self, argc, argv, blk);
  kn_value re = argv[0];
  kn_value m = re_search(re, self, KN_STR(self)->len, 0, false);
  if (m == KN_NIL) return triple(kn_str_new("", 0), kn_str_new("", 0), kn_str_dup(self));
  last_match = m;
  kn_string *s = KN_STR(self);
  return triple(kn_str_new(s->ptr, MD(m)->beg[0]), md_group(m, 0), kn_str_new(s->ptr + MD(m)->end[0], s->len - MD(m)->end[0]));
}

/* Symbol#=~, #match and #match?: the String's, on the name */
RE_METHOD(sym_match_op) { return str_match_op(kn_sym_to_s(self), argc, argv, blk); }
RE_METHOD(sym_match) { return str_match(kn_sym_to_s(self), argc, argv, blk); }
RE_METHOD(sym_match_p) { return str_match_p(kn_sym_to_s(self), argc, argv, blk); }

/* Referenced by a program that uses Regexp without naming another entry point
 * (the Regexp constant, =~ or match on Strings): it links this file. */
/* String#grapheme_clusters / #each_grapheme_cluster: ruby splits on
 * Oniguruma's \X (extended grapheme clusters), so kiln does too, which is why
 * they live here (stage1 links regexp.o when a program names them). A binary
 * String's clusters are its characters, as in ruby. */
static kn_value grapheme_clusters(kn_value str) {
  static kn_value cluster_re;
  if (!cluster_re) cluster_re = re_compile(kn_cRegexp, "\\X", 2, 0);
  if (KN_HDR(str)->flags & KN_FL_BINARY) return kn_send(str, kn_intern("chars"), 0, NULL, KN_NIL);
  const OnigUChar *s = (const OnigUChar *)KN_STR(str)->ptr, *e = s + KN_STR(str)->len;
  kn_value out = kn_ary_new(0);
  for (const OnigUChar *p = s; p < e;) {
    int len = onig_match(RE(cluster_re)->re, s, e, p, NULL, ONIG_OPTION_NONE);
    if (len <= 0) len = 1; /* an invalid byte is a cluster of its own */
    kn_ary_push(out, kn_str_new((const char *)p, len));
    p += len;
  }
  return out;
}

static kn_value str_grapheme_clusters(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return grapheme_clusters(self);
}

static kn_value str_each_grapheme_cluster(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_grapheme_cluster", argc, argv);
  kn_value all = grapheme_clusters(self);
  for (int64_t i = 0; i < KN_ARY(all)->len; i++) kn_yield1(blk, KN_ARY(all)->ptr[i]);
  return self;
}

void kn_use_regexp(void) {}

void kn_init_regexp(void) {
  static bool done;
  if (done) return;
  done = true;
  OnigEncoding encs[1] = {ONIG_ENCODING_UTF8};
  onig_initialize(encs, 1);

  kn_value c = kn_cRegexp;
  kn_const_set(c, kn_intern("IGNORECASE"), KN_INT2FIX(RE_IGNORECASE));
  kn_const_set(c, kn_intern("EXTENDED"), KN_INT2FIX(RE_EXTENDED));
  kn_const_set(c, kn_intern("MULTILINE"), KN_INT2FIX(RE_MULTILINE));
  static const kn_method_def sdefs[] = {
      {"new", re_s_new, 1, 3},
      {"compile", re_s_new, 1, 3},
      {"escape", re_s_escape, 1, 1},
      {"quote", re_s_escape, 1, 1},
      {"union", re_s_union, 0, -1},
      {"last_match", re_s_last_match, 0, 1},
      {NULL, NULL, 0, 0}};
  kn_define_singleton_methods(c, sdefs);
  static const kn_method_def defs[] = {
      {"source", re_source, 0, 0},
      {"options", re_options, 0, 0},
      {"casefold?", re_casefold_p, 0, 0},
      {"inspect", re_inspect, 0, 0},
      {"to_s", re_to_s, 0, 0},
      {"==", re_eq, 1, 1},
      {"eql?", re_eq, 1, 1},
      {"hash", re_hash, 0, 0},
      {"names", re_names, 0, 0},
      {"match", re_match, 1, 2},
      {"match?", re_match_p, 1, 2},
      {"=~", re_match_op, 1, 1},
      {"===", re_eqq, 1, 1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs);

  static const kn_method_def mdefs[] = {
      {"[]", md_aref, 1, 2},
      {"to_a", md_to_a, 0, 0},
      {"captures", md_captures, 0, 0},
      {"named_captures", md_named_captures, 0, 0},
      {"names", md_names, 0, 0},
      {"pre_match", md_pre_match, 0, 0},
      {"post_match", md_post_match, 0, 0},
      {"to_s", md_to_s, 0, 0},
      {"string", md_string, 0, 0},
      {"regexp", md_regexp, 0, 0},
      {"size", md_size, 0, 0},
      {"length", md_size, 0, 0},
      {"begin", md_begin, 1, 1},
      {"end", md_end, 1, 1},
      {"offset", md_offset, 1, 1},
      {"values_at", md_values_at, 0, -1},
      {"inspect", md_inspect, 0, 0},
      {"==", md_eq, 1, 1},
      {"eql?", md_eq, 1, 1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(kn_cMatchData, mdefs);

  static const kn_method_def strdefs[] = {
      {"grapheme_clusters", str_grapheme_clusters, 0, 0},
      {"each_grapheme_cluster", str_each_grapheme_cluster, 0, 0},
      {"=~", str_match_op, 1, 1},
      {"match", str_match, 1, 2},
      {"match?", str_match_p, 1, 2},
      {"scan", str_scan, 1, 1},
      {"sub", str_sub, 0, 2},
      {"gsub", str_gsub, 1, 2},
      {"sub!", str_sub_bang, 0, 2},
      {"gsub!", str_gsub_bang, 1, 2},
      {"split", str_split, 0, 2},
      {"index", str_index, 1, 2},
      {"rindex", str_rindex, 1, 2},
      {"[]", str_aref, 1, 2},
      {"slice", str_aref, 1, 2},
      {"slice!", str_slice_bang, 1, 2},
      {"[]=", str_aset, 2, 3},
      {"start_with?", str_start_with_p, 0, -1},
      {"partition", str_partition, 1, 1},
      {"rpartition", str_rpartition, 1, 1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(kn_cString, strdefs);
  static const kn_method_def symdefs[] = {
      {"=~", sym_match_op, 1, 1}, {"match", sym_match, 1, 2}, {"match?", sym_match_p, 1, 2}, {NULL, NULL, 0, 0}};
  kn_define_methods(kn_cSymbol, symdefs);
}
