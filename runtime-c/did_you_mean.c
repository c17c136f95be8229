/* did_you_mean.c: the "Did you mean?" lines ruby 3.1 adds to the messages of
 * NameError, NoMethodError and KeyError (its bundled did_you_mean):
 *
 *   undefined method `nmae' for #<Person ...>
 *   Did you mean?  name
 *
 * The candidates are what ruby's spell checkers take: the receiver's methods
 * (and private methods and a few keywords for a call without a receiver),
 * instance and class variables for a missing local, the constants of the
 * enclosing scopes for a missing constant, the Hash's keys for a missing key.
 * They are filtered as ruby does, by Jaro-Winkler similarity, then by
 * Levenshtein distance. kiln keeps no local variable names at run time, so a
 * misspelt local is not suggested. Only the exact classes NameError,
 * NoMethodError and KeyError get suggestions, as in ruby. */
#include "internal.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Distances, over code points
 * ------------------------------------------------------------------------ */

typedef struct word {
  uint32_t *cp;
  int len;
} word;

static word word_of(const char *s, long n, bool normalize) {
  word w = {kn_alloc_atomic(sizeof(uint32_t) * (size_t)(n + 1)), 0};
  for (long i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    int extra = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    uint32_t cp = extra == 0 ? c : c & (0x3f >> extra);
    for (int k = 1; k <= extra && i + k < n; k++) cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3f);
    i += extra + 1;
    if (normalize && cp == '@') continue;
    if (normalize && cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    w.cp[w.len++] = cp;
  }
  return w;
}

static double jaro(word a, word b) {
  if (a.len > b.len) { word t = a; a = b; b = t; }
  int range = b.len / 2 - 1;
  if (range < 0) range = 0;
  char *fa = kn_alloc_atomic((size_t)a.len + 1), *fb = kn_alloc_atomic((size_t)b.len + 1);
  memset(fa, 0, (size_t)a.len + 1);
  memset(fb, 0, (size_t)b.len + 1);
  double m = 0, t = 0;
  for (int i = 0; i < a.len; i++)
    for (int j = i >= range ? i - range : 0; j <= i + range && j < b.len; j++)
      if (!fb[j] && a.cp[i] == b.cp[j]) {
        fa[i] = fb[j] = 1;
        m++;
        break;
      }
  for (int i = 0, k = 0; i < a.len; i++) {
    if (!fa[i]) continue;
    while (k < b.len && !fb[k]) k++;
    if (k < b.len && a.cp[i] != b.cp[k]) t++;
    k++;
  }
  t = floor(t / 2);
  return m == 0 ? 0 : (m / a.len + m / b.len + (m - t) / m) / 3;
}

/* Jaro, raised for a common prefix of up to four code points. */
static double jaro_winkler(word a, word b) {
  double d = jaro(a, b);
  if (d <= 0.7) return d;
  int prefix = 0;
  while (prefix < a.len && prefix < b.len && prefix < 4 && a.cp[prefix] == b.cp[prefix]) prefix++;
  return d + prefix * 0.1 * (1 - d);
}

static int levenshtein(word a, word b) {
  if (a.len == 0) return b.len;
  if (b.len == 0) return a.len;
  int *d = kn_alloc_atomic(sizeof(int) * (size_t)(b.len + 1));
  for (int j = 0; j <= b.len; j++) d[j] = j;
  for (int i = 1; i <= a.len; i++) {
    int diag = d[0];
    d[0] = i;
    for (int j = 1; j <= b.len; j++) {
      int up = d[j], cost = a.cp[i - 1] == b.cp[j - 1] ? 0 : 1;
      int best = diag + cost;
      if (up + 1 < best) best = up + 1;
      if (d[j - 1] + 1 < best) best = d[j - 1] + 1;
      d[j] = best;
      diag = up;
    }
  }
  return d[b.len];
}

/* ------------------------------------------------------------------------
 * The spell checker: which words of a dictionary (Array) are close to input
 * ------------------------------------------------------------------------ */

static word word_of_value(kn_value v, bool normalize) {
  kn_value s = kn_obj_to_s(v);
  return word_of(KN_STR(s)->ptr, KN_STR(s)->len, normalize);
}

static bool same_word(word a, word b) {
  return a.len == b.len && memcmp(a.cp, b.cp, sizeof(uint32_t) * (size_t)a.len) == 0;
}

/* The words similar enough to input, most similar first (a stable sort
 * reversed, which is where ruby's sort of a few words leaves ties). */
static kn_value similar_words(kn_value dictionary, kn_value input, word in) {
  double threshold = in.len > 3 ? 0.834 : 0.77;
  word raw_in = word_of_value(input, false);
  int64_t n = KN_ARY(dictionary)->len, count = 0;
  kn_value *picked = kn_alloc(sizeof(kn_value) * (size_t)(n + 1));
  double *score = kn_alloc_atomic(sizeof(double) * (size_t)(n + 1));
  for (int64_t i = 0; i < n; i++) {
    kn_value w = KN_ARY(dictionary)->ptr[i];
    if (jaro_winkler(word_of_value(w, true), in) < threshold || same_word(word_of_value(w, false), raw_in)) continue;
    double s = jaro_winkler(word_of_value(w, false), in);
    int64_t j = count++;
    for (; j > 0 && score[j - 1] > s; j--) picked[j] = picked[j - 1], score[j] = score[j - 1];
    picked[j] = w;
    score[j] = s;
  }
  kn_value out = kn_ary_new(count);
  for (int64_t i = count - 1; i >= 0; i--) kn_ary_push(out, picked[i]);
  return out;
}

static kn_value spell_correct(kn_value dictionary, kn_value input) {
  word in = word_of_value(input, true);
  kn_value words = similar_words(dictionary, input, in);
  kn_value out = kn_ary_new(4);
  int typo = (int)ceil(in.len * 0.25);
  for (int64_t i = 0; i < KN_ARY(words)->len; i++)
    if (levenshtein(word_of_value(KN_ARY(words)->ptr[i], true), in) <= typo) kn_ary_push(out, KN_ARY(words)->ptr[i]);
  if (KN_ARY(out)->len > 0) return out;
  /* no mistype: at most one misspelling, closer than its shorter length */
  for (int64_t i = 0; i < KN_ARY(words)->len; i++) {
    word w = word_of_value(KN_ARY(words)->ptr[i], true);
    if (levenshtein(w, in) < (in.len < w.len ? in.len : w.len)) {
      kn_ary_push(out, KN_ARY(words)->ptr[i]);
      break;
    }
  }
  return out;
}

/* ------------------------------------------------------------------------
 * Dictionaries, per kind of error
 * ------------------------------------------------------------------------ */

static void add_all(kn_value to, kn_value from) {
  if (!KN_TYPE_P(from, KN_T_ARRAY)) return;
  for (int64_t i = 0; i < KN_ARY(from)->len; i++) kn_ary_push(to, KN_ARY(from)->ptr[i]);
}

static void add_keywords(kn_value to, const char *const *kw) {
  for (; *kw; kw++) kn_ary_push(to, kn_intern(*kw));
}

/* Array#- and #uniq, as ruby's checkers use them */
static kn_value without(kn_value a, kn_value b) { return kn_funcall1(a, "-", b); }
static kn_value uniq(kn_value a) { return kn_funcall0(a, "uniq"); }

/* A NoMethodError: the receiver's methods; for a call without a receiver
 * also its private methods and some keywords. */
static kn_value method_corrections(kn_value exc, bool private_call) {
  static const char *const keywords[] = {"alias", "case", "def", "defined?", "elsif", "end", "ensure", "for",
                                         "rescue", "super", "undef", "unless", "until", "when", "while", "yield",
                                         NULL};
  kn_value recv = KN_EXC(exc)->aux2, dict = kn_ary_new(64);
  if (!kn_obj_is_kind_of(recv, kn_cObject)) return dict;
  if (private_call) add_keywords(dict, keywords);
  kn_value names = kn_ary_new(64);
  add_all(names, kn_funcall0(recv, "methods"));
  add_all(names, kn_funcall0(recv, "singleton_methods"));
  if (private_call) add_all(names, kn_funcall0(recv, "private_methods"));
  add_all(dict, uniq(names));
  kn_value found = spell_correct(dict, KN_EXC(exc)->aux1);
  return recv == KN_NIL ? without(found, kn_funcall0(KN_NIL, "methods")) : found;
}

/* A NameError for a local, a method or a class variable. */
static kn_value variable_corrections(kn_value exc) {
  static const char *const keywords[] = {
      "BEGIN", "END", "alias", "and", "begin", "break", "case", "class", "def", "defined?", "else", "elsif",
      "end", "ensure", "false", "for", "module", "next", "nil", "not", "redo", "rescue", "retry", "return",
      "self", "super", "then", "true", "undef", "unless", "until", "when", "while", "yield", "__LINE__",
      "__FILE__", "__ENCODING__", NULL};
  kn_value recv = KN_EXC(exc)->aux2, dict = kn_ary_new(64);
  add_keywords(dict, keywords);
  add_all(dict, kn_funcall0(recv, "methods"));
  add_all(dict, kn_funcall0(recv, "private_methods"));
  add_all(dict, kn_funcall0(recv, "instance_variables"));
  add_all(dict, kn_funcall0(kn_class_of_value(recv), "class_variables"));
  if (KN_TYPE_P(recv, KN_T_CLASS) || KN_TYPE_P(recv, KN_T_MODULE)) add_all(dict, kn_funcall0(recv, "class_variables"));
  kn_value name = kn_obj_to_s(KN_EXC(exc)->aux1);
  kn_value found = spell_correct(dict, kn_funcall1(name, "delete", kn_str_cstr("@")));
  if (strcmp(KN_STR(name)->ptr, "foo") == 0) found = without(found, kn_funcall0(kn_str_cstr("fork for"), "split"));
  return found;
}

/* A missing constant: the constants of Object and of each scope named in
 * the message ("A::B::C" looks in A and A::B), minus names it already shows. */
static kn_value constant_corrections(kn_value exc, kn_value msg) {
  const char *m = KN_STR(msg)->ptr + strlen("uninitialized constant ");
  kn_value dict = kn_ary_new(64), full = kn_ary_new(64);
  kn_value scope = kn_cObject;
  const char *seg = m;
  for (;;) {
    kn_value names = kn_funcall0(scope, "constants");
    kn_value prefix = scope == kn_cObject ? kn_str_cstr("") : kn_str_plus(kn_funcall0(scope, "name"), kn_str_cstr("::"));
    for (int64_t i = 0; KN_TYPE_P(names, KN_T_ARRAY) && i < KN_ARY(names)->len; i++) {
      kn_ary_push(dict, kn_obj_to_s(KN_ARY(names)->ptr[i]));
      kn_ary_push(full, kn_str_plus(prefix, kn_obj_to_s(KN_ARY(names)->ptr[i])));
    }
    const char *sep = strstr(seg, "::");
    if (!sep) break;
    kn_value next = kn_const_get(scope, kn_intern_len(seg, (size_t)(sep - seg)));
    if (next == scope || !(KN_TYPE_P(next, KN_T_CLASS) || KN_TYPE_P(next, KN_T_MODULE))) break;
    scope = next;
    seg = sep + 2;
  }
  kn_value found = spell_correct(dict, KN_EXC(exc)->aux1), out = kn_ary_new(4);
  for (int64_t i = 0; i < KN_ARY(found)->len; i++) {
    for (int64_t j = 0; j < KN_ARY(dict)->len; j++) {
      if (KN_ARY(dict)->ptr[j] != KN_ARY(found)->ptr[i]) continue;
      kn_value name = KN_ARY(full)->ptr[j];
      if (!strstr(KN_STR(msg)->ptr, KN_STR(name)->ptr)) kn_ary_push(out, name);
    }
  }
  return out;
}

/* A KeyError: the keys equal to the missing one as text, else similar keys. */
static kn_value key_corrections(kn_value exc) {
  kn_value key = KN_EXC(exc)->aux1, recv = KN_EXC(exc)->aux2;
  if (!KN_TYPE_P(recv, KN_T_HASH)) return kn_ary_new(0);
  kn_value keys = kn_funcall0(recv, "keys"), out = kn_ary_new(4);
  for (int64_t i = 0; i < KN_ARY(keys)->len; i++)
    if (kn_equal(key, kn_obj_to_s(KN_ARY(keys)->ptr[i]))) kn_ary_push(out, kn_inspect(KN_ARY(keys)->ptr[i]));
  if (KN_ARY(out)->len > 0) return out;
  kn_value found = spell_correct(keys, key);
  for (int64_t i = 0; i < KN_ARY(found)->len; i++) kn_ary_push(out, kn_inspect(KN_ARY(found)->ptr[i]));
  return out;
}

static kn_value corrections(kn_value exc, kn_value msg, bool private_call) {
  kn_value klass = kn_real_class(exc);
  if (klass == kn_eNoMethodError) return method_corrections(exc, private_call);
  if (klass == kn_eKeyError) return key_corrections(exc);
  if (klass != kn_eNameError) return KN_NIL;
  if (kn_str_has_prefix(msg, "uninitialized constant ")) return constant_corrections(exc, msg);
  if (kn_str_has_prefix(msg, "undefined local variable or method") || kn_str_has_prefix(msg, "undefined method") ||
      kn_str_has_prefix(msg, "uninitialized class variable"))
    return variable_corrections(exc);
  return KN_NIL;
}

/* msg followed by ruby's "\nDid you mean?  a\n               b" when some
 * name is close to the missing one; msg alone if the search raises. */
kn_value kn_did_you_mean(kn_value exc, kn_value msg, bool private_call) {
  if (!KN_TYPE_P(msg, KN_T_STRING)) return msg;
  volatile kn_value found = KN_NIL;
  kn_value saved = kn_errinfo();
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    found = corrections(exc, msg, private_call);
    KN_UNPROTECT(j);
  } else {
    if (j.kind != KN_JUMP_RAISE) kn_rethrow(&j);
    kn_set_errinfo(saved);
  }
  if (!KN_TYPE_P(found, KN_T_ARRAY) || KN_ARY(found)->len == 0) return msg;
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addv(&b, msg);
  kn_buf_adds(&b, "\nDid you mean?  ");
  for (int64_t i = 0; i < KN_ARY(found)->len; i++) {
    if (i > 0) kn_buf_adds(&b, "\n               ");
    kn_buf_addv(&b, kn_obj_to_s(KN_ARY(found)->ptr[i]));
  }
  return kn_buf_to_str(&b);
}
