/* pack.c: Array#pack and String#unpack/unpack1 (integers, floats, UTF-8, BER, strings, bits, hex, base64). */
#include "internal.h"
#include <ctype.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

typedef struct directive {
  char type;
  bool big, little;  /* '>' or '<' */
  bool native;       /* '_' or '!' */
  bool star;
  bool has_count;
  int64_t count;
} directive;

/* Reads the next directive of fmt at *pos; false at the end. Whitespace and comments are skipped. */
static bool next_directive(const char *fmt, int64_t len, int64_t *pos, directive *d) {
  int64_t i = *pos;
  for (;;) {
    while (i < len && isspace((unsigned char)fmt[i])) i++;
    if (i < len && fmt[i] == '#') {
      while (i < len && fmt[i] != '\n') i++;
      continue;
    }
    break;
  }
  if (i >= len) return false;
  memset(d, 0, sizeof *d);
  d->type = fmt[i++];
  for (; i < len; i++) {
    char c = fmt[i];
    if (c == '_' || c == '!') d->native = true;
    else if (c == '<') d->little = true;
    else if (c == '>') d->big = true;
    else break;
  }
  if (i < len && fmt[i] == '*') {
    d->star = true;
    i++;
  } else if (i < len && isdigit((unsigned char)fmt[i])) {
    d->has_count = true;
    d->count = 0;
    while (i < len && isdigit((unsigned char)fmt[i])) d->count = d->count * 10 + (fmt[i++] - '0');
  }
  *pos = i;
  return true;
}

/* Size in bytes and signedness of an integer directive, 0 if not one. Big endian: *be. */
static int int_size(const directive *d, bool *sgn, bool *be) {
  *be = d->big;
  switch (d->type) {
  case 'c': *sgn = true; return 1;
  case 'C': *sgn = false; return 1;
  case 's': *sgn = true; return 2;
  case 'S': *sgn = false; return 2;
  case 'l': *sgn = true; return d->native ? 8 : 4;
  case 'L': *sgn = false; return d->native ? 8 : 4;
  case 'i': *sgn = true; return 4;
  case 'I': *sgn = false; return 4;
  case 'q': case 'j': *sgn = true; return 8;
  case 'Q': case 'J': *sgn = false; return 8;
  case 'n': *sgn = false; *be = true; return 2;
  case 'N': *sgn = false; *be = true; return 4;
  case 'v': *sgn = false; *be = false; return 2;
  case 'V': *sgn = false; *be = false; return 4;
  default: return 0;
  }
}

static _Noreturn void unsupported(char c) {
  kn_raise_fmt(kn_eNotImplementedError, "kiln: pack directive '%c' is not supported", c);
}
static bool known_unsupported(char c) { return c == 'M' || c == 'u' || c == 'p' || c == 'P'; }

/* The low 64 bits of an Integer (two's complement), as pack takes them; Floats truncate. */
static uint64_t int_bits(kn_value v) {
  if (KN_FIXNUM_P(v)) return (uint64_t)KN_FIX2INT(v);
  if (KN_FLOAT_P(v)) {
    double d = kn_float_value(v);
    return (uint64_t)(int64_t)d;
  }
  if (!KN_BIGNUM_P(v)) {
    if (v == KN_NIL || !kn_respond_to(v, kn_s_to_int, true))
      kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Integer", kn_conv_name(v));
    v = kn_send(v, kn_s_to_int, 0, NULL, KN_NIL);
    if (KN_FIXNUM_P(v)) return (uint64_t)KN_FIX2INT(v);
  }
  mpz_t z, m;
  mpz_init(z);
  mpz_init(m);
  kn_int_to_mpz(v, z);
  mpz_set_ui(m, 1);
  mpz_mul_2exp(m, m, 64);
  mpz_fdiv_r(z, z, m);
  uint64_t r = 0;
  size_t n = mpz_size(z);
  if (n > 0) r = (uint64_t)mpz_getlimbn(z, 0);
  mpz_clear(z);
  mpz_clear(m);
  return r;
}

static void put_utf8(kn_buf *b, uint64_t c) {
  char u[4];
  int n;
  if (c < 0x80) u[0] = (char)c, n = 1;
  else if (c < 0x800) u[0] = (char)(0xC0 | (c >> 6)), u[1] = (char)(0x80 | (c & 0x3F)), n = 2;
  else if (c < 0x10000)
    u[0] = (char)(0xE0 | (c >> 12)), u[1] = (char)(0x80 | ((c >> 6) & 0x3F)), u[2] = (char)(0x80 | (c & 0x3F)), n = 3;
  else if (c < 0x110000)
    u[0] = (char)(0xF0 | (c >> 18)), u[1] = (char)(0x80 | ((c >> 12) & 0x3F)), u[2] = (char)(0x80 | ((c >> 6) & 0x3F)),
    u[3] = (char)(0x80 | (c & 0x3F)), n = 4;
  else kn_raise_fmt(kn_eRangeError, "pack(U): value out of range");
  kn_buf_add(b, u, (size_t)n);
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void put_base64(kn_buf *b, const unsigned char *s, int64_t n, int64_t line) {
  int64_t col = 0;
  for (int64_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned)s[i] << 16 | (i + 1 < n ? (unsigned)s[i + 1] << 8 : 0) | (i + 2 < n ? s[i + 2] : 0);
    char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=', i + 2 < n ? b64[v & 63] : '='};
    kn_buf_add(b, q, 4);
    col += 3;
    if (line > 0 && col >= line) {
      kn_buf_addc(b, '\n');
      col = 0;
    }
  }
  if (line > 0 && col > 0) kn_buf_addc(b, '\n');
}

/* uuencode ('u'): lines of up to `line` bytes, each led by its length + ' ', padded with '`' */
static void put_uu(kn_buf *b, const unsigned char *s, int64_t n, int64_t line) {
  static const char uu[] = "`!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_";
  for (int64_t at = 0; at < n; at += line) {
    int64_t todo = n - at < line ? n - at : line;
    kn_buf_addc(b, uu[todo & 63]);
    for (int64_t i = at; i < at + todo; i += 3) {
      int64_t left = at + todo - i;
      unsigned v = (unsigned)s[i] << 16 | (left > 1 ? (unsigned)s[i + 1] << 8 : 0) | (left > 2 ? s[i + 2] : 0);
      char q[4] = {uu[v >> 18], uu[(v >> 12) & 63], left > 1 ? uu[(v >> 6) & 63] : '`', left > 2 ? uu[v & 63] : '`'};
      kn_buf_add(b, q, 4);
    }
    kn_buf_addc(b, '\n');
  }
}

/* one uudecoded character: its 6 bits, 0 past the end or outside ' '..'`' */
static unsigned uu_bits(const unsigned char *s, int64_t len, int64_t *at) {
  if (*at < len && s[*at] >= ' ' && s[*at] < 'a') return (unsigned)(s[(*at)++] - ' ') & 63;
  return 0;
}

/* String#unpack('u'), as CRuby: each line's length character, its groups, then an optional
 * checksum byte and the line end */
static kn_value get_uu(const unsigned char *s, int64_t len, int64_t *pat) {
  kn_buf b;
  kn_buf_init(&b);
  int64_t at = *pat;
  while (at < len && s[at] > ' ' && s[at] < 'a') {
    int64_t n = (s[at++] - ' ') & 63;
    while (n > 0) {
      unsigned a = uu_bits(s, len, &at), bb = uu_bits(s, len, &at), c = uu_bits(s, len, &at), d = uu_bits(s, len, &at);
      char hunk[3] = {(char)(a << 2 | bb >> 4), (char)(bb << 4 | c >> 2), (char)(c << 6 | d)};
      kn_buf_add(&b, hunk, (size_t)(n > 3 ? 3 : n));
      n -= 3;
    }
    if (at < len && s[at] != '\r' && s[at] != '\n') at++;
    if (at < len && s[at] == '\r') at++;
    if (at < len && s[at] == '\n') at++;
  }
  *pat = at;
  kn_value r = kn_buf_to_str(&b);
  KN_HDR(r)->flags |= KN_FL_BINARY;
  return r;
}

static kn_value ary_pack(ARGS) {
  kn_value fmt = kn_to_str(argv[0]);
  const char *f = KN_STR(fmt)->ptr;
  int64_t flen = KN_STR(fmt)->len, pos = 0, idx = 0, n = KN_ARY(self)->len;
  kn_buf b;
  kn_buf_init(&b);
  bool utf8 = false, first = true;
  directive d;
#define NEXT_ITEM() (idx < n ? KN_ARY(self)->ptr[idx++] : (kn_raise_fmt(kn_eArgumentError, "too few arguments"), KN_NIL))
  while (next_directive(f, flen, &pos, &d)) {
    if (first && d.type == 'U') utf8 = true;
    first = false;
    bool sgn, be;
    int size = int_size(&d, &sgn, &be);
    if (size) {
      int64_t cnt = d.star ? n - idx : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt; k++) {
        uint64_t v = int_bits(NEXT_ITEM());
        unsigned char out[8];
        for (int i = 0; i < size; i++) out[be ? size - 1 - i : i] = (unsigned char)(v >> (8 * i));
        kn_buf_add(&b, (const char *)out, (size_t)size);
      }
      continue;
    }
    switch (d.type) {
    case 'U': case 'w': {
      int64_t cnt = d.star ? n - idx : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt; k++) {
        kn_value item = NEXT_ITEM();
        if (d.type == 'U') {
          uint64_t c = int_bits(item);
          if ((int64_t)c < 0) kn_raise_fmt(kn_eRangeError, "pack(U): value out of range");
          put_utf8(&b, c);
        } else {
          if (KN_TEST(kn_op_lt(item, KN_INT2FIX(0)))) kn_raise_fmt(kn_eArgumentError, "can't compress negative numbers");
          unsigned char tmp[80];
          int t = 0;
          kn_value x = item;
          do {
            kn_value r = kn_op_mod(x, KN_INT2FIX(128));
            tmp[t] = (unsigned char)(KN_FIX2INT(r) | (t ? 0x80 : 0));
            t++;
            x = kn_send(x, kn_intern(">>"), 1, (kn_value[]){KN_INT2FIX(7)}, KN_NIL);
          } while (x != KN_INT2FIX(0) && t < 80);
          for (int i = t - 1; i >= 0; i--) kn_buf_addc(&b, (char)tmp[i]);
        }
      }
      break;
    }
    case 'a': case 'A': case 'Z': {
      kn_value s = NEXT_ITEM();
      if (!KN_TYPE_P(s, KN_T_STRING)) s = kn_to_str(s);
      int64_t slen = KN_STR(s)->len;
      if (d.star) {
        kn_buf_add(&b, KN_STR(s)->ptr, (size_t)slen);
        if (d.type == 'Z') kn_buf_addc(&b, 0);
      } else {
        int64_t w = d.has_count ? d.count : 1;
        int64_t take = slen < w ? slen : w;
        kn_buf_add(&b, KN_STR(s)->ptr, (size_t)take);
        for (int64_t k = take; k < w; k++) kn_buf_addc(&b, d.type == 'A' ? ' ' : 0);
      }
      break;
    }
    case 'B': case 'b': case 'H': case 'h': {
      kn_value s = kn_to_str(NEXT_ITEM());
      const char *p = KN_STR(s)->ptr;
      int64_t slen = KN_STR(s)->len;
      int64_t cnt = d.star ? slen : d.has_count ? d.count : 1;
      bool bits = d.type == 'B' || d.type == 'b';
      int per = bits ? 8 : 2;
      unsigned acc = 0;
      int have = 0;
      for (int64_t k = 0; k < cnt; k++) {
        unsigned digit = 0;
        if (k < slen) {
          unsigned char c = (unsigned char)p[k];
          if (bits) digit = c & 1;
          else digit = isalpha(c) ? ((c & 7) + 9) & 15 : c & 15;
        }
        if (d.type == 'B') acc |= digit << (7 - have);
        else if (d.type == 'b') acc |= digit << have;
        else if (d.type == 'H') acc |= digit << (have ? 0 : 4);
        else acc |= digit << (have ? 4 : 0);
        if (++have == per) {
          kn_buf_addc(&b, (char)acc);
          acc = 0;
          have = 0;
        }
      }
      if (have) kn_buf_addc(&b, (char)acc);
      break;
    }
    case 'x': {
      int64_t cnt = d.star ? 0 : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt; k++) kn_buf_addc(&b, 0);
      break;
    }
    case 'X': {
      int64_t cnt = d.star ? 0 : d.has_count ? d.count : 1;
      if ((int64_t)b.len < cnt) kn_raise_fmt(kn_eArgumentError, "X outside of string");
      b.len -= (size_t)cnt;
      b.ptr[b.len] = 0;
      break;
    }
    case '@': {
      int64_t at = d.star ? (int64_t)b.len : d.has_count ? d.count : 1;
      while ((int64_t)b.len < at) kn_buf_addc(&b, 0);
      b.len = (size_t)at;
      b.ptr[b.len] = 0;
      break;
    }
    case 'u': {
      kn_value s = kn_to_str(NEXT_ITEM());
      int64_t line = !d.has_count || d.count <= 2 ? 45 : d.count > 63 ? 63 : d.count / 3 * 3;
      put_uu(&b, (const unsigned char *)KN_STR(s)->ptr, KN_STR(s)->len, line);
      break;
    }
    case 'm': {
      kn_value s = kn_to_str(NEXT_ITEM());
      int64_t line = d.has_count && d.count == 0 ? 0 : (d.has_count && d.count >= 3 ? d.count / 3 * 3 : 45);
      put_base64(&b, (const unsigned char *)KN_STR(s)->ptr, KN_STR(s)->len, line);
      break;
    }
    case 'd': case 'D': case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
      int64_t cnt = d.star ? n - idx : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt; k++) {
        double x = kn_num2dbl(NEXT_ITEM());
        bool single = d.type == 'f' || d.type == 'F' || d.type == 'e' || d.type == 'g';
        bool big = d.type == 'g' || d.type == 'G';
        unsigned char out[8];
        uint64_t bits;
        int size = single ? 4 : 8;
        if (single) {
          float fl = (float)x;
          uint32_t u;
          memcpy(&u, &fl, 4);
          bits = u;
        } else memcpy(&bits, &x, 8);
        for (int i = 0; i < size; i++) out[big ? size - 1 - i : i] = (unsigned char)(bits >> (8 * i));
        kn_buf_add(&b, (const char *)out, (size_t)size);
      }
      break;
    }
    default:
      if (known_unsupported(d.type)) unsupported(d.type);
      break; /* ruby 3.1 ignores unknown directives (a warning under -W) */
    }
  }
#undef NEXT_ITEM
  kn_value r = kn_buf_to_str(&b);
  if (!utf8) KN_HDR(r)->flags |= KN_FL_BINARY;
  return r;
}

static kn_value bin_str(const char *p, int64_t n) {
  kn_value s = kn_str_new(p, n);
  KN_HDR(s)->flags |= KN_FL_BINARY;
  return s;
}

static int b64val(unsigned char c) {
  const char *q = c ? strchr(b64, c) : NULL;
  return q ? (int)(q - b64) : -1;
}

static kn_value str_unpack_impl(kn_value self, kn_value fmtv, bool one) {
  kn_value fmt = kn_to_str(fmtv);
  const char *f = KN_STR(fmt)->ptr;
  int64_t flen = KN_STR(fmt)->len, pos = 0;
  const unsigned char *s = (const unsigned char *)KN_STR(self)->ptr;
  int64_t len = KN_STR(self)->len, at = 0;
  kn_value out = kn_ary_new(0);
  directive d;
#define DONE_IF_ONE() do { if (one && KN_ARY(out)->len > 0) return KN_ARY(out)->ptr[0]; } while (0)
  while (next_directive(f, flen, &pos, &d)) {
    bool sgn, be;
    int size = int_size(&d, &sgn, &be);
    if (size) {
      int64_t cnt = d.star ? (len - at) / size : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt; k++) {
        if (at + size > len) {
          kn_ary_push(out, KN_NIL);
          continue;
        }
        uint64_t v = 0;
        for (int i = 0; i < size; i++) v |= (uint64_t)s[at + (be ? size - 1 - i : i)] << (8 * i);
        at += size;
        if (sgn && size < 8 && (v >> (8 * size - 1)) & 1) v |= ~(uint64_t)0 << (8 * size);
        if (sgn) kn_ary_push(out, kn_int_new((int64_t)v));
        else if (v <= (uint64_t)INT64_MAX) kn_ary_push(out, kn_int_new((int64_t)v));
        else {
          mpz_t z;
          mpz_init(z);
          mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
          kn_ary_push(out, kn_big_norm(z));
          mpz_clear(z);
        }
      }
      DONE_IF_ONE();
      continue;
    }
    switch (d.type) {
    case 'U': {
      int64_t cnt = d.star ? INT64_MAX : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt && at < len; k++) {
        unsigned c = s[at];
        int need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!need) kn_raise_fmt(kn_eArgumentError, "malformed UTF-8 character");
        if (at + need > len)
          kn_raise_fmt(kn_eArgumentError, "malformed UTF-8 character (expected %d bytes, given %d bytes)", need,
                       (int)(len - at));
        uint64_t cp = need == 1 ? c : c & (0x7F >> need);
        for (int i = 1; i < need; i++) {
          if ((s[at + i] & 0xC0) != 0x80) kn_raise_fmt(kn_eArgumentError, "malformed UTF-8 character");
          cp = cp << 6 | (s[at + i] & 0x3F);
        }
        at += need;
        kn_ary_push(out, kn_int_new((int64_t)cp));
      }
      break;
    }
    case 'w': {
      int64_t cnt = d.star ? INT64_MAX : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt && at < len; k++) {
        kn_value v = KN_INT2FIX(0);
        while (at < len) {
          unsigned c = s[at++];
          v = kn_op_plus(kn_op_mul(v, KN_INT2FIX(128)), KN_INT2FIX(c & 0x7F));
          if (!(c & 0x80)) break;
        }
        kn_ary_push(out, v);
      }
      break;
    }
    case 'a': case 'A': case 'Z': {
      int64_t w = d.star ? len - at : d.has_count ? d.count : 1;
      if (w > len - at) w = len - at;
      int64_t n = w;
      if (d.type == 'Z') {
        const void *z = memchr(s + at, 0, (size_t)w);
        if (z) {
          n = (const unsigned char *)z - (s + at);
          if (d.star) w = n + 1;
        }
      } else if (d.type == 'A') {
        while (n > 0 && (s[at + n - 1] == ' ' || s[at + n - 1] == 0)) n--;
      }
      kn_ary_push(out, bin_str((const char *)s + at, n));
      at += w;
      break;
    }
    case 'B': case 'b': case 'H': case 'h': {
      bool bits = d.type == 'B' || d.type == 'b';
      int per = bits ? 8 : 2;
      int64_t avail = (len - at) * per;
      int64_t cnt = d.star ? avail : d.has_count ? d.count : 1;
      if (cnt > avail) cnt = avail;
      kn_buf b;
      kn_buf_init(&b);
      for (int64_t k = 0; k < cnt; k++) {
        unsigned byte = s[at + k / per];
        int i = (int)(k % per);
        unsigned digit;
        if (d.type == 'B') digit = (byte >> (7 - i)) & 1;
        else if (d.type == 'b') digit = (byte >> i) & 1;
        else if (d.type == 'H') digit = (byte >> (i ? 0 : 4)) & 15;
        else digit = (byte >> (i ? 4 : 0)) & 15;
        kn_buf_addc(&b, "0123456789abcdef"[digit]);
      }
      at += (cnt + per - 1) / per;
      kn_ary_push(out, kn_buf_to_str(&b));
      break;
    }
    case 'x': {
      int64_t cnt = d.star ? 0 : d.has_count ? d.count : 1;
      if (at + cnt > len) kn_raise_fmt(kn_eArgumentError, "x outside of string");
      at += cnt;
      break;
    }
    case 'X': {
      int64_t cnt = d.star ? 0 : d.has_count ? d.count : 1;
      if (cnt > at) kn_raise_fmt(kn_eArgumentError, "X outside of string");
      at -= cnt;
      break;
    }
    case '@': {
      int64_t to = d.star ? at : d.has_count ? d.count : 1;
      if (to > len) kn_raise_fmt(kn_eArgumentError, "@ outside of string");
      at = to;
      break;
    }
    case 'u': kn_ary_push(out, get_uu(s, len, &at)); break;
    case 'm': {
      kn_buf b;
      kn_buf_init(&b);
      unsigned acc = 0;
      int bitsn = 0;
      for (; at < len; at++) {
        unsigned char c = s[at];
        if (c == '=') continue;
        int v = b64val(c);
        if (v < 0) continue;
        acc = acc << 6 | (unsigned)v;
        bitsn += 6;
        if (bitsn >= 8) {
          bitsn -= 8;
          kn_buf_addc(&b, (char)((acc >> bitsn) & 0xFF));
        }
      }
      kn_value r = kn_buf_to_str(&b);
      KN_HDR(r)->flags |= KN_FL_BINARY;
      kn_ary_push(out, r);
      break;
    }
    case 'd': case 'D': case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
      bool single = d.type == 'f' || d.type == 'F' || d.type == 'e' || d.type == 'g';
      bool big = d.type == 'g' || d.type == 'G';
      int size = single ? 4 : 8;
      int64_t cnt = d.star ? (len - at) / size : d.has_count ? d.count : 1;
      for (int64_t k = 0; k < cnt; k++) {
        if (at + size > len) {
          kn_ary_push(out, KN_NIL);
          continue;
        }
        uint64_t v = 0;
        for (int i = 0; i < size; i++) v |= (uint64_t)s[at + (big ? size - 1 - i : i)] << (8 * i);
        at += size;
        double x;
        if (single) {
          uint32_t u = (uint32_t)v;
          float fl;
          memcpy(&fl, &u, 4);
          x = fl;
        } else memcpy(&x, &v, 8);
        kn_ary_push(out, kn_float_new(x));
      }
      break;
    }
    default:
      if (known_unsupported(d.type)) unsupported(d.type);
      break;
    }
    DONE_IF_ONE();
  }
#undef DONE_IF_ONE
  if (one) return KN_ARY(out)->len ? KN_ARY(out)->ptr[0] : KN_NIL;
  return out;
}

static kn_value str_unpack(ARGS) { return str_unpack_impl(self, argv[0], false); }
static kn_value str_unpack1(ARGS) { return str_unpack_impl(self, argv[0], true); }

void kn_init_pack(void) {
  kn_define_method(kn_cArray, "pack", ary_pack, 1, 2);
  kn_define_method(kn_cString, "unpack", str_unpack, 1, 2);
  kn_define_method(kn_cString, "unpack1", str_unpack1, 1, 2);
}
