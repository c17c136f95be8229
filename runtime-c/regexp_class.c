/* regexp_class.c: one-item Regexps ([A-Za-z]+, \d+, \s+, a comma, a dot) matched
 * without Oniguruma on ASCII-only subjects.
 *
 * Every onig_search pays for its match stack: match_at starts on an alloca'd stack and, on
 * leaving, mallocs a copy of it and memcpys the whole stack there (STACK_SAVE, ~5 KB), which
 * the end of the search frees again.  A scan loop makes one search per match, so a short word
 * cost ~1,500 instructions of which the match itself was a small part.  A pattern that is one
 * character set with a greedy quantifier needs no engine: on an ASCII-only subject each char
 * is one byte, and the leftmost-longest run of set bytes is the match.  Anything else (groups,
 * anchors, alternation, two items, non-ASCII, the x option, lazy or counted repeats) is Oniguruma's. */
#include "internal.h"

static void set_add(uint64_t set[2], unsigned c) { set[c >> 6] |= 1ull << (c & 63); }

static void set_range(uint64_t set[2], unsigned lo, unsigned hi) {
  for (unsigned c = lo; c <= hi; c++) set_add(set, c);
}

static void set_complement(uint64_t set[2]) {
  set[0] = ~set[0];
  set[1] = ~set[1];
}

/* \d \w \s \h and their complements (Ruby's are ASCII but \w, and \w is ASCII on an ASCII subject). */
static bool add_shorthand(uint64_t set[2], char c) {
  uint64_t s[2] = {0, 0};
  switch (c | 0x20) {
  case 'd': set_range(s, '0', '9'); break;
  case 'h': set_range(s, '0', '9'); set_range(s, 'a', 'f'); set_range(s, 'A', 'F'); break;
  case 'w': set_range(s, '0', '9'); set_range(s, 'a', 'z'); set_range(s, 'A', 'Z'); set_add(s, '_'); break;
  case 's': set_range(s, '\t', '\r'); set_add(s, ' '); break;
  default: return false;
  }
  if (c >= 'A' && c <= 'Z') set_complement(s);
  set[0] |= s[0];
  set[1] |= s[1];
  return true;
}

/* The char a backslash escape stands for (\t, \., \-), or -1 for escapes with other meanings. */
static int escaped_char(char c) {
  switch (c) {
  case 't': return '\t';
  case 'n': return '\n';
  case 'r': return '\r';
  case 'f': return '\f';
  case 'v': return '\v';
  case 'a': return '\a';
  case 'e': return 27;
  }
  unsigned char u = (unsigned char)c;
  return u >= 0x21 && u < 0x7F && !(u >= '0' && u <= '9') && !((u | 0x20) >= 'a' && (u | 0x20) <= 'z') ? u : -1;
}

/* One char of a bracket class at src[*i] (plain or escaped); -1 if it is not a single char. */
static int class_char(const char *src, int64_t len, int64_t *i) {
  unsigned char c = (unsigned char)src[*i];
  if (c >= 0x80 || c == '[' || c == ']') return -1;
  if (c != '\\') {
    (*i)++;
    return c;
  }
  if (*i + 1 >= len) return -1;
  int e = escaped_char(src[*i + 1]);
  if (e >= 0) *i += 2;
  return e;
}

/* A bracket class starting after its '['; *i ends after its ']'.  No nesting, POSIX brackets
 * or && intersections. */
static bool parse_class(const char *src, int64_t len, int64_t *i, uint64_t set[2], bool *negated) {
  *negated = *i < len && src[*i] == '^';
  if (*negated) (*i)++;
  for (bool first = true;; first = false) {
    if (*i >= len) return false;
    if (src[*i] == ']' && !first) break;
    if (src[*i] == '&' && *i + 1 < len && src[*i + 1] == '&') return false;
    if (src[*i] == '\\' && *i + 1 < len && add_shorthand(set, src[*i + 1])) {
      *i += 2;
      continue;
    }
    int lo = class_char(src, len, i);
    if (lo < 0) return false;
    if (*i + 1 < len && src[*i] == '-' && src[*i + 1] != ']') {
      (*i)++;
      int hi = class_char(src, len, i);
      if (hi < lo) return false;
      set_range(set, (unsigned)lo, (unsigned)hi);
    } else {
      set_add(set, (unsigned)lo);
    }
  }
  (*i)++;
  return true;
}

/* The single item at src[*i]: a bracket class, a shorthand, '.', or a literal char. */
static bool parse_item(const char *src, int64_t len, int64_t *i, bool multiline, uint64_t set[2], bool *negated) {
  unsigned char c = (unsigned char)src[*i];
  *negated = false;
  if (c == '[') {
    (*i)++;
    return parse_class(src, len, i, set, negated);
  }
  if (c == '.') {
    set_range(set, 0, 127);
    if (!multiline) set[0] &= ~(1ull << '\n');
    (*i)++;
    return true;
  }
  if (c == '\\') {
    if (*i + 1 >= len) return false;
    char e = src[*i + 1];
    *i += 2;
    if (add_shorthand(set, e)) return true;
    int lit = escaped_char(e);
    if (lit < 0) return false;
    set_add(set, (unsigned)lit);
    return true;
  }
  if (c >= 0x80 || strchr("()[]{}*+?|^$", c)) return false;
  set_add(set, c);
  (*i)++;
  return true;
}

/* Both cases of every ASCII letter in the set (on ASCII subjects /i folds nothing else). */
static void set_fold(uint64_t set[2]) {
  for (unsigned c = 'A'; c <= 'Z'; c++) {
    uint64_t up = set[c >> 6] >> (c & 63) & 1, low = set[(c + 32) >> 6] >> ((c + 32) & 63) & 1;
    if (up || low) {
      set_add(set, c);
      set_add(set, c + 32);
    }
  }
}

bool kn_re_class_parse(const char *src, int64_t len, int options, kn_re_class *out) {
  bool icase = options & 1, extended = options & 2, multiline = options & 4, negated;
  if (extended || len == 0) return false;
  uint64_t set[2] = {0, 0};
  int64_t i = 0;
  if (!parse_item(src, len, &i, multiline, set, &negated)) return false;
  int32_t min = 1, max = 1;
  if (i < len) {
    if (src[i] == '+') min = 1, max = INT32_MAX;
    else if (src[i] == '*') min = 0, max = INT32_MAX;
    else if (src[i] == '?') min = 0, max = 1;
    else return false;
    i++;
  }
  if (i != len) return false; /* more items, or a lazy/possessive suffix */
  if (icase) {
    if (negated) return false;
    set_fold(set);
  }
  if (negated) set_complement(set);
  out->set[0] = set[0];
  out->set[1] = set[1];
  out->min = min;
  out->max = max;
  return true;
}

static inline bool set_has(const kn_re_class *c, unsigned char b) { return b < 128 && (c->set[b >> 6] >> (b & 63) & 1); }

/* The run of set bytes at s[p..len), up to max. */
static inline int64_t run_at(const kn_re_class *c, const unsigned char *s, int64_t len, int64_t p) {
  int64_t k = 0;
  while (k < c->max && p + k < len && set_has(c, s[p + k])) k++;
  return k;
}

int64_t kn_re_class_search(const kn_re_class *c, const char *str, int64_t len, int64_t start, bool anchored, int64_t *end) {
  const unsigned char *s = (const unsigned char *)str;
  for (int64_t p = start; p <= len; p++) {
    int64_t k = run_at(c, s, len, p);
    if (k >= c->min) {
      *end = p + k;
      return p;
    }
    if (anchored) break;
    p += k; /* the runs starting inside this one are shorter still */
  }
  return -1;
}
