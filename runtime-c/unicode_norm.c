/* unicode_norm.c: String#unicode_normalize, #unicode_normalize! and #unicode_normalized?
 * (NFC, NFD, NFKC, NFKD) giving exactly the bytes ruby 3.1 gives.
 *
 * ruby's normalizer (lib/unicode_normalize) is not the textbook algorithm: it rewrites with
 * gsub, and only the substrings its regexps match are decomposed, put in canonical order and
 * recomposed, each on its own.  So this file follows the same steps over codepoints, with the
 * regexps' character classes and the tables generated from ruby (unicode_norm_gen.rb):
 *
 *   K forms first:  each char of norm_compat becomes its replacement (one pass)
 *   D forms:        chunks  d1 acc* | d2? acc+ | d_hangul          go through nfd_one
 *   C forms:        chunks  c1 acc* | c2? acc+ | c3 trail | lead vowel trail?   through nfc_one
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

typedef struct norm_replacement {
  uint32_t cp, at, len; /* cp becomes norm_pool[at .. at+len) */
} norm_replacement;

typedef struct norm_ccc_entry {
  uint32_t cp, ccc;
} norm_ccc_entry;

typedef struct norm_comp_entry {
  uint32_t first, second, composed;
} norm_comp_entry;

typedef struct norm_range {
  uint32_t lo, hi;
} norm_range;

#include "unicode_norm_table.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define IN(set, cp) in_ranges(set, COUNT(set), cp)

enum { FORM_C = 1, FORM_K = 2 }; /* NFD 0, NFC 1, NFKD 2, NFKC 3 */

enum {
  S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
  L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT
};

static kn_value s_nfc, s_nfd, s_nfkc, s_nfkd, e_compatibility;

/* ---- the tables ---- */

static int by_cp(const void *key, const void *elt) {
  uint32_t k = *(const uint32_t *)key, c = *(const uint32_t *)elt; /* cp leads every row type */
  return k < c ? -1 : k > c;
}

static bool in_ranges(const norm_range *r, size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < r[mid].lo) hi = mid;
    else if (cp > r[mid].hi) lo = mid + 1;
    else return true;
  }
  return false;
}

static uint32_t ccc_of(uint32_t cp) {
  const norm_ccc_entry *e = bsearch(&cp, norm_ccc, COUNT(norm_ccc), sizeof norm_ccc[0], by_cp);
  return e ? e->ccc : 0;
}

static const norm_replacement *replacement(const norm_replacement *t, size_t n, uint32_t cp) {
  return bsearch(&cp, t, n, sizeof t[0], by_cp);
}

static int by_pair(const void *key, const void *elt) {
  const uint32_t *k = key;
  const norm_comp_entry *c = elt;
  if (k[0] != c->first) return k[0] < c->first ? -1 : 1;
  return k[1] < c->second ? -1 : k[1] > c->second;
}

static uint32_t composition(uint32_t a, uint32_t b) {
  uint32_t key[2] = {a, b};
  const norm_comp_entry *e = bsearch(key, norm_comp, COUNT(norm_comp), sizeof norm_comp[0], by_pair);
  return e ? e->composed : 0;
}

/* ---- a growable codepoint buffer ---- */

typedef struct cpbuf {
  uint32_t *cp;
  int64_t len, capa;
} cpbuf;

static void put(cpbuf *b, uint32_t cp) {
  if (b->len == b->capa) {
    int64_t capa = b->capa ? b->capa * 2 : 64;
    uint32_t *n = kn_alloc_atomic(sizeof(uint32_t) * (size_t)capa);
    if (b->len) memcpy(n, b->cp, sizeof(uint32_t) * (size_t)b->len);
    b->cp = n;
    b->capa = capa;
  }
  b->cp[b->len++] = cp;
}

static void put_replaced(cpbuf *b, const norm_replacement *r, uint32_t cp) {
  if (!r) put(b, cp);
  else for (uint32_t i = 0; i < r->len; i++) put(b, norm_pool[r->at + i]);
}

/* ---- one chunk (ruby's nfd_one and nfc_one) ---- */

/* Canonical ordering: a stable sort of each run of combining marks by class. */
static void reorder(uint32_t *cp, int64_t n) {
  for (int64_t i = 1; i < n; i++) {
    uint32_t c = cp[i], cc = ccc_of(c);
    if (!cc) continue;
    int64_t j = i;
    while (j > 0 && ccc_of(cp[j - 1]) > cc) {
      cp[j] = cp[j - 1];
      j--;
    }
    cp[j] = c;
  }
}

/* Appends the chunk's canonical decomposition to out: each char through the table, and a
 * Hangul syllable split only when it leads the chunk (as ruby's hangul_decomp_one; no table
 * entry yields a syllable, so only the chunk's own first char can be one). */
static void nfd_one(cpbuf *out, const uint32_t *in, int64_t n) {
  int64_t from = out->len;
  for (int64_t i = 0; i < n; i++) {
    uint32_t c = in[i];
    if (i == 0 && c >= S_BASE && c < S_BASE + S_COUNT) {
      uint32_t s = c - S_BASE, t = s % T_COUNT;
      put(out, L_BASE + s / N_COUNT);
      put(out, V_BASE + (s % N_COUNT) / T_COUNT);
      if (t) put(out, T_BASE + t);
    } else {
      put_replaced(out, replacement(norm_canon, COUNT(norm_canon), c), c);
    }
  }
  reorder(out->cp + from, out->len - from);
}

/* The chunk's decomposition recomposed onto its first char, then a leading Hangul lead+vowel
 * (+trail) joined (ruby's nfc_one and hangul_comp_one). */
static void nfc_one(cpbuf *out, const uint32_t *in, int64_t n) {
  cpbuf d = {0};
  nfd_one(&d, in, n);
  int64_t from = out->len;
  uint32_t start = d.cp[0];
  int64_t last_class = (int64_t)ccc_of(start) - 1;
  put(out, start);
  for (int64_t i = 1; i < d.len; i++) {
    uint32_t accent = d.cp[i], cls = ccc_of(accent), composite;
    if (last_class < (int64_t)cls && (composite = composition(out->cp[from], accent))) {
      out->cp[from] = composite;
    } else {
      put(out, accent);
      last_class = cls;
    }
  }
  uint32_t *c = out->cp + from;
  int64_t len = out->len - from;
  if (len > 1 && c[0] >= L_BASE && c[0] < L_BASE + L_COUNT && c[1] >= V_BASE && c[1] < V_BASE + V_COUNT) {
    uint32_t syllable = S_BASE + ((c[0] - L_BASE) * V_COUNT + (c[1] - V_BASE)) * T_COUNT;
    int64_t joined = 2;
    if (len > 2 && c[2] > T_BASE && c[2] < T_BASE + T_COUNT) syllable += c[joined++] - T_BASE;
    c[0] = syllable;
    memmove(c + 1, c + joined, sizeof(uint32_t) * (size_t)(len - joined));
    out->len -= joined - 1;
  }
}

/* ---- the chunks (what ruby's REGEXP_D and REGEXP_C match at i; 0 for no match) ---- */

static int64_t accents_from(const uint32_t *cp, int64_t i, int64_t n) {
  int64_t j = i;
  while (j < n && IN(norm_accents, cp[j])) j++;
  return j;
}

static int64_t chunk_d(const uint32_t *cp, int64_t i, int64_t n) {
  uint32_t c = cp[i];
  if (IN(norm_d1, c)) return accents_from(cp, i + 1, n) - i;
  if (IN(norm_d2, c) && i + 1 < n && IN(norm_accents, cp[i + 1])) return accents_from(cp, i + 1, n) - i;
  if (IN(norm_accents, c)) return accents_from(cp, i, n) - i;
  return IN(norm_d_hangul, c) ? 1 : 0;
}

static int64_t chunk_c(const uint32_t *cp, int64_t i, int64_t n) {
  uint32_t c = cp[i];
  bool next_trail = i + 1 < n && IN(norm_c_trail, cp[i + 1]);
  if (IN(norm_c1, c)) return accents_from(cp, i + 1, n) - i;
  if (IN(norm_c2, c) && i + 1 < n && IN(norm_accents, cp[i + 1])) return accents_from(cp, i + 1, n) - i;
  if (IN(norm_accents, c)) return accents_from(cp, i, n) - i;
  if (IN(norm_c3, c) && next_trail) return 2;
  if (IN(norm_c_lead, c) && i + 1 < n && IN(norm_c_vowel, cp[i + 1]))
    return i + 2 < n && IN(norm_c_trail, cp[i + 2]) ? 3 : 2;
  return 0;
}

static kn_value normalize(kn_value str, int form) {
  if (KN_HDR(str)->flags & KN_FL_BINARY)
    kn_raise_fmt(e_compatibility, "Unicode Normalization not appropriate for ASCII-8BIT");
  if (kn_str_ascii_p(str)) return kn_str_dup(str); /* every form leaves ASCII as it is */
  kn_value cps = kn_funcall0(str, "codepoints"); /* raises on invalid UTF-8, as ruby's gsub does */
  cpbuf in = {0}, b = {0};
  for (int64_t i = 0; i < KN_ARY(cps)->len; i++) {
    uint32_t c = (uint32_t)KN_FIX2INT(KN_ARY(cps)->ptr[i]);
    put_replaced(&in, form & FORM_K ? replacement(norm_compat, COUNT(norm_compat), c) : NULL, c);
  }
  for (int64_t i = 0; i < in.len;) {
    int64_t n = form & FORM_C ? chunk_c(in.cp, i, in.len) : chunk_d(in.cp, i, in.len);
    if (!n) put(&b, in.cp[i++]);
    else {
      (form & FORM_C ? nfc_one : nfd_one)(&b, in.cp + i, n);
      i += n;
    }
  }
  kn_buf out;
  kn_buf_init(&out);
  for (int64_t i = 0; i < b.len; i++) {
    char u[4];
    kn_buf_add(&out, u, (size_t)kn_utf8_encode(b.cp[i], u));
  }
  return kn_buf_to_str(&out);
}

static int form_of(int argc, const kn_value *argv) {
  kn_value f = argc ? argv[0] : s_nfc;
  if (f == s_nfc) return FORM_C;
  if (f == s_nfd) return 0;
  if (f == s_nfkc) return FORM_C | FORM_K;
  if (f == s_nfkd) return FORM_K;
  kn_value s = kn_obj_to_s(f);
  kn_raise_fmt(kn_eArgumentError, "Invalid normalization form %s.", KN_STR(s)->ptr);
}

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value str_unicode_normalize(ARGS) { return normalize(self, form_of(argc, argv)); }

static kn_value str_unicode_normalize_bang(ARGS) {
  kn_value n = normalize(self, form_of(argc, argv));
  return kn_str_replace(self, 1, &n, KN_NIL);
}

static kn_value str_unicode_normalized_p(ARGS) {
  return KN_BOOL(kn_str_equal(self, normalize(self, form_of(argc, argv))));
}

void kn_init_unicode_norm(void) {
  s_nfc = kn_intern("nfc");
  s_nfd = kn_intern("nfd");
  s_nfkc = kn_intern("nfkc");
  s_nfkd = kn_intern("nfkd");
  kn_value enc = kn_const_get(kn_cObject, kn_intern("Encoding"));
  e_compatibility = kn_define_class(enc, "CompatibilityError", kn_eEncodingError);
  kn_define_method(kn_cString, "unicode_normalize", str_unicode_normalize, 0, 1);
  kn_define_method(kn_cString, "unicode_normalize!", str_unicode_normalize_bang, 0, 1);
  kn_define_method(kn_cString, "unicode_normalized?", str_unicode_normalized_p, 0, 1);
}
