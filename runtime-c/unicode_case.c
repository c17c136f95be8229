/* unicode_case.c: the case mapping of one codepoint (upcase, downcase, titlecase, swapcase, case
 * folding, with or without the Turkic rules for i), exactly as ruby 3.1 maps it.  The tables come
 * from ruby itself (unicode_case_gen.rb); string.c walks the strings. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

enum { CASE_TITLE = KN_CASE_TITLE, CASE_SWAP = KN_CASE_SWAP, CASE_FOLD = KN_CASE_FOLD };

typedef struct case_entry {
  uint32_t cp;
  int32_t up, down; /* delta to the mapped codepoint, or CASE_SPECIAL + index into case_specials */
} case_entry;

typedef struct case_exception {
  uint32_t cp;
  int32_t mode;
  int32_t value;
} case_exception;

#include "unicode_case_table.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int by_cp(const void *key, const void *elt) {
  uint32_t k = *(const uint32_t *)key, c = *(const uint32_t *)elt; /* cp leads both row types */
  return k < c ? -1 : k > c;
}

/* The exception for (cp, mode), if any: the few rows of one cp are adjacent. */
static const case_exception *find_exception(uint32_t cp, int mode) {
  const case_exception *e = bsearch(&cp, case_exceptions, COUNT(case_exceptions), sizeof *e, by_cp);
  if (!e) return NULL;
  while (e > case_exceptions && e[-1].cp == cp) e--;
  for (; e < case_exceptions + COUNT(case_exceptions) && e->cp == cp; e++)
    if (e->mode == mode) return e;
  return NULL;
}

/* The mapping of cp in mode as a delta or special, 0 when cp maps to itself. */
static int32_t case_value(uint32_t cp, int mode) {
  const case_entry *row = bsearch(&cp, case_table, COUNT(case_table), sizeof *row, by_cp);
  if (!row) return 0;
  if (mode == KN_CASE_UP) return row->up;
  if (mode == KN_CASE_DOWN) return row->down;
  const case_exception *e = find_exception(cp, mode);
  if (e) return e->value;
  if (mode == KN_CASE_TITLE) return row->up;
  if (mode == KN_CASE_FOLD) return row->down;
  return row->up != 0 ? row->up : row->down; /* swap */
}

static bool raises(int mode) { return mode == KN_CASE_UP || mode == KN_CASE_TITLE || mode == KN_CASE_SWAP; }
static bool lowers(int mode) { return mode == KN_CASE_DOWN || mode == KN_CASE_FOLD || mode == KN_CASE_SWAP; }

static int32_t ascii_value(uint32_t cp, int mode) {
  if (cp >= 'a' && cp <= 'z' && raises(mode)) return -32;
  if (cp >= 'A' && cp <= 'Z' && lowers(mode)) return 32;
  return 0;
}

/* The Turkic and Azeri rules: dotted İ and dotless ı pair with i and I. */
static int32_t turkic_value(uint32_t cp, int mode) {
  if (cp == 'i' && raises(mode)) return 0x130 - 'i';
  if (cp == 'I' && lowers(mode)) return 0x131 - 'I';
  if (cp == 0x130 && lowers(mode)) return 'i' - 0x130;
  return cp < 0x80 ? ascii_value(cp, mode) : case_value(cp, mode);
}

int kn_case_map_char(uint32_t cp, int mode, bool turkic, char *out) {
  int32_t v = turkic ? turkic_value(cp, mode) : cp < 0x80 ? ascii_value(cp, mode) : case_value(cp, mode);
  if (v >= CASE_SPECIAL) {
    const char *s = case_specials[v - CASE_SPECIAL];
    size_t n = strlen(s);
    memcpy(out, s, n);
    return (int)n;
  }
  return kn_utf8_encode(cp + (uint32_t)v, out);
}
