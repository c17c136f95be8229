/* kernel.c: Kernel's module functions: output, format, conversions, raise, loop, catch/throw, exit, require (rand/srand: random.c). */
#include "internal.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* ------------------------------------------------------------------------
 * Output
 * ------------------------------------------------------------------------ */

static kn_value k_puts(ARGS) {
  if (kn_stdout != kn_gvar_get(kn_intern("$stdout"))) kn_stdout = kn_gvar_get(kn_intern("$stdout"));
  return kn_io_puts_to(kn_stdout, argc, argv);
}

static kn_value k_print(ARGS) {
  for (int i = 0; i < argc; i++) kn_io_write_value(kn_stdout, argv[i]);
  return KN_NIL;
}

static kn_value k_p(ARGS) {
  kn_buf b;
  kn_buf_init(&b);
  for (int i = 0; i < argc; i++) {
    kn_buf_addv(&b, kn_inspect(argv[i]));
    kn_buf_addc(&b, '\n');
  }
  if (argc) kn_io_write_value(kn_stdout, kn_buf_to_str(&b));
  if (argc == 0) return KN_NIL;
  return argc == 1 ? argv[0] : kn_ary_new_from(argc, argv);
}

static kn_value k_printf(ARGS) {
  if (argc == 0) return KN_NIL;
  if (!KN_TYPE_P(argv[0], KN_T_STRING)) {
    kn_io_write_value(argv[0], kn_format(argc - 1, argv + 1));
    return KN_NIL;
  }
  kn_io_write_value(kn_stdout, kn_format(argc, argv));
  return KN_NIL;
}

static kn_value k_putc(ARGS) { return kn_funcall1(kn_stdout, "putc", argv[0]); }

static kn_value k_gets(ARGS) { return kn_funcall(kn_stdin, "gets", argc, argv); }

/* ------------------------------------------------------------------------
 * format
 * ------------------------------------------------------------------------ */

enum { F_MINUS = 1, F_PLUS = 2, F_SPACE = 4, F_ZERO = 8, F_SHARP = 16 };

static int64_t utf8_len(const char *p, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; i++)
    if (((unsigned char)p[i] & 0xc0) != 0x80) c++;
  return c;
}

/* Byte length of the first `chars` characters of p. */
static int64_t utf8_prefix(const char *p, int64_t n, int64_t chars) {
  int64_t i = 0, c = 0;
  while (i < n) {
    if (((unsigned char)p[i] & 0xc0) != 0x80) {
      if (c == chars) break;
      c++;
    }
    i++;
  }
  return i;
}

static void pad(kn_buf *b, int64_t n, char c) {
  for (int64_t i = 0; i < n; i++) kn_buf_addc(b, c);
}

/* Append text padded to width (counted in characters). */
static void emit(kn_buf *b, const char *p, int64_t n, int flags, int64_t width) {
  int64_t len = utf8_len(p, n);
  if (!(flags & F_MINUS) && width > len) pad(b, width - len, ' ');
  kn_buf_add(b, p, (size_t)n);
  if ((flags & F_MINUS) && width > len) pad(b, width - len, ' ');
}

static kn_value to_integer_for_format(kn_value v) {
  if (KN_INTEGER_P(v)) return v;
  if (KN_FLOAT_P(v)) {
    double d = kn_float_value(v);
    if (isnan(d) || isinf(d)) kn_raise_fmt(kn_eFloatDomainError, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return kn_dbl2ival(d < 0 ? ceil(d) : floor(d));
  }
  return kn_funcall1(kn_mKernel, "Integer", v);
}

static void fmt_integer(kn_buf *b, kn_value v, char type, int flags, int64_t width, int64_t prec) {
  v = to_integer_for_format(v);
  int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' || type == 'B' ? 2 : 10;
  mpz_t z;
  mpz_init(z);
  kn_int_to_mpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  const char *prefix = "";
  if (flags & F_SHARP) {
    if (type == 'x') prefix = "0x";
    else if (type == 'X') prefix = "0X";
    else if (type == 'o') prefix = "0";
    else if (type == 'b') prefix = "0b";
    else if (type == 'B') prefix = "0B";
  }
  char *digits;
  const char *sign = "";
  bool twos = false;
  if (neg && base != 10 && !(flags & (F_PLUS | F_SPACE))) {
    /* ruby shows negative numbers in two's complement: ..f01 */
    twos = true;
    size_t bits = mpz_sizeinbase(z, 2) + 1;
    int per = base == 16 ? 4 : base == 8 ? 3 : 1;
    size_t ndig = (bits + (size_t)per - 1) / (size_t)per + 1;
    mpz_t m;
    mpz_init(m);
    mpz_ui_pow_ui(m, (unsigned long)base, (unsigned long)ndig);
    mpz_add(m, m, z);
    digits = mpz_get_str(NULL, base, m);
    char top = base == 16 ? 'f' : base == 8 ? '7' : '1';
    size_t k = 0;
    while (digits[k] == top && digits[k + 1] == top) k++;
    digits += k;
    mpz_clear(m);
  } else {
    if (neg) mpz_neg(z, z);
    digits = mpz_get_str(NULL, base, z);
    sign = neg ? "-" : (flags & F_PLUS) ? "+" : (flags & F_SPACE) ? " " : "";
  }
  if (type == 'X')
    for (char *p = digits; *p; p++)
      if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
  mpz_clear(z);
  if (type == 'o' && (flags & F_SHARP) && digits[0] == '0') prefix = "";
  kn_buf body;
  kn_buf_init(&body);
  kn_buf_adds(&body, sign);
  if (twos) kn_buf_adds(&body, "..");
  kn_buf_adds(&body, prefix);
  int64_t dl = (int64_t)strlen(digits);
  if (prec >= 0 && prec > dl) pad(&body, prec - dl, twos ? (type == 'X' ? 'F' : digits[0]) : '0');
  else if (prec < 0 && (flags & F_ZERO) && !(flags & F_MINUS) && width > (int64_t)body.len + dl)
    pad(&body, width - (int64_t)body.len - dl, twos ? digits[0] : '0');
  kn_buf_adds(&body, digits);
  emit(b, body.ptr, (int64_t)body.len, flags, width);
}

/* The digits of |d| rounded to keep significant digits the way ruby's
 * BSD dtoa does it: when the shortest round-trip form is longer than
 * keep, round those digits, ties to even; else the exact digits.
 * (This differs from C's correctly rounded printf: ruby prints
 * format("%.2f", 2.675) as "2.68".)  Returns the digit count; *decpt moves
 * when rounding carries (9.99 -> 10.0). */
static int ruby_round_digits(double d, int keep, char *digits, int *decpt) {
  int sign;
  int n = kn_float_fmt_shortest(d, digits, decpt, &sign);
  if (keep >= n) {
    /* more digits than the shortest form has: the exact binary value's
     * digits, correctly rounded (glibc's printf gives exactly those) */
    if (keep > 780) keep = 780;
    char *buf = kn_alloc_atomic((size_t)keep + 16);
    snprintf(buf, (size_t)keep + 16, "%.*e", keep - 1, fabs(d));
    n = 0;
    for (char *q = buf; *q && *q != 'e'; q++)
      if (*q >= '0' && *q <= '9') digits[n++] = *q;
    digits[n] = 0;
    *decpt = atoi(strchr(buf, 'e') + 1) + 1;
    while (n > 1 && digits[n - 1] == '0') digits[--n] = 0;
    return n;
  }
  if (keep < 0) {
    digits[0] = 0;
    return 0;
  }
  bool up;
  if (keep == 0) {
    /* no digit survives: dtoa compares the exact value with half a unit */
    up = digits[0] > '5' || (digits[0] == '5' && n > 1);
    if (digits[0] == '5' && n == 1) {
      char exact[80]; /* glibc prints the exact binary value's digits */
      snprintf(exact, sizeof exact, "%.60e", fabs(d));
      up = exact[0] > '5';
      for (char *q = exact + 2; *q && *q != 'e'; q++) up |= exact[0] == '5' && *q != '0';
    }
  } else {
    char r = digits[keep];
    bool rest = false;
    for (int i = keep + 1; i < n; i++) rest |= digits[i] != '0';
    up = r > '5' || (r == '5' && (rest || ((digits[keep - 1] - '0') & 1)));
  }
  digits[keep] = 0;
  n = keep;
  if (up) {
    int i = n - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i < 0) {
      memmove(digits + 1, digits, (size_t)n + 1);
      digits[0] = '1';
      n++;
      (*decpt)++;
      if (keep > 0) digits[--n] = 0; /* same number of significant digits */
    } else {
      digits[i]++;
    }
  }
  while (n > 0 && digits[n - 1] == '0') digits[--n] = 0;
  return n;
}

/* %f %e %g of a finite double into out (no sign, no padding). */
static void float_body(kn_buf *out, double d, char type, int flags, int prec) {
  char digits[800];
  int decpt, n;
  bool upper = type == 'E' || type == 'G';
  char t = (char)(type | 0x20);
  bool strip = false;
  if (t == 'g') {
    int p = prec == 0 ? 1 : prec;
    int dp;
    char tmp[800];
    ruby_round_digits(d, p, tmp, &dp);
    int x = d == 0.0 ? 0 : dp - 1;
    strip = !(flags & F_SHARP);
    if (x < -4 || x >= p) t = 'e', prec = p - 1;
    else t = 'f', prec = p - 1 - x;
  }
  if (t == 'f') {
    int sign;
    kn_float_fmt_shortest(d, digits, &decpt, &sign);
    n = ruby_round_digits(d, decpt + prec, digits, &decpt);
    if (n == 0) decpt = 1;
    for (int i = 0; i < (decpt > 0 ? decpt : 1); i++) kn_buf_addc(out, decpt > 0 && i < n ? digits[i] : '0');
    kn_buf frac;
    kn_buf_init(&frac);
    for (int i = 0; i < prec; i++) {
      int k = decpt + i;
      kn_buf_addc(&frac, k >= 0 && k < n ? digits[k] : '0');
    }
    if (strip) while (frac.len > 0 && frac.ptr[frac.len - 1] == '0') frac.len--;
    if (frac.len > 0 || (flags & F_SHARP)) kn_buf_addc(out, '.');
    kn_buf_add(out, frac.ptr, frac.len);
    return;
  }
  /* e */
  n = ruby_round_digits(d, prec + 1, digits, &decpt);
  if (d == 0.0 || n == 0) {
    digits[0] = '0';
    n = 1;
    decpt = 1;
  }
  kn_buf_addc(out, digits[0]);
  kn_buf frac;
  kn_buf_init(&frac);
  for (int i = 1; i <= prec; i++) kn_buf_addc(&frac, i < n ? digits[i] : '0');
  if (strip) while (frac.len > 0 && frac.ptr[frac.len - 1] == '0') frac.len--;
  if (frac.len > 0 || (flags & F_SHARP)) kn_buf_addc(out, '.');
  kn_buf_add(out, frac.ptr, frac.len);
  kn_buf_printf(out, "%c%+03d", upper ? 'E' : 'e', decpt - 1);
}

static void fmt_float(kn_buf *b, kn_value v, char type, int flags, int64_t width, int64_t prec) {
  double d = kn_num2dbl(KN_FLOAT_P(v) ? v : kn_funcall1(kn_mKernel, "Float", v));
  const char *sign = signbit(d) && !isnan(d) ? "-" : (flags & F_PLUS) ? "+" : (flags & F_SPACE) ? " " : "";
  if (!isfinite(d)) {
    char s[8];
    snprintf(s, sizeof s, "%s%s", sign, isnan(d) ? "NaN" : "Inf");
    emit(b, s, (int64_t)strlen(s), flags & ~F_ZERO, width);
    return;
  }
  if (type == 'a' || type == 'A') {
    char spec[16], out[64];
    snprintf(spec, sizeof spec, "%%.%d%c", (int)(prec < 0 ? 13 : prec), type);
    snprintf(out, sizeof out, spec, fabs(d));
    kn_buf body;
    kn_buf_init(&body);
    kn_buf_adds(&body, sign);
    kn_buf_adds(&body, out);
    emit(b, body.ptr, (int64_t)body.len, flags, width);
    return;
  }
  kn_buf body;
  kn_buf_init(&body);
  float_body(&body, fabs(d), type, flags, prec < 0 ? 6 : (int)prec);
  int64_t len = (int64_t)strlen(sign) + (int64_t)body.len;
  if ((flags & F_ZERO) && !(flags & F_MINUS) && width > len) {
    kn_buf_adds(b, sign);
    pad(b, width - len, '0');
    kn_buf_add(b, body.ptr, body.len);
    return;
  }
  kn_buf all;
  kn_buf_init(&all);
  kn_buf_adds(&all, sign);
  kn_buf_add(&all, body.ptr, body.len);
  emit(b, all.ptr, (int64_t)all.len, flags, width);
}

/* Where format's arguments come from: in order (%s), numbered (%1$s) or
 * named (%<a>s, %{a}). A format uses one kind only; mixing them raises
 * CRuby's errors. */
typedef struct fmt_args {
  int argc;
  const kn_value *argv; /* argv[0] is the format itself */
  int next;             /* the next unnumbered argument */
  char kind;            /* 0 none used yet, 'u' unnumbered, 'n' numbered, 'h' named */
  kn_value hash;
} fmt_args;

static kn_value nth_arg(fmt_args *a, int64_t n) {
  if (n >= a->argc) kn_raise_fmt(kn_eArgumentError, "too few arguments");
  return a->argv[n];
}

static kn_value next_arg(fmt_args *a) {
  if (a->kind == 'n') kn_raise_fmt(kn_eArgumentError, "unnumbered(%d) mixed with numbered", a->next);
  if (a->kind == 'h') kn_raise_fmt(kn_eArgumentError, "unnumbered(%d) mixed with named", a->next);
  a->kind = 'u';
  return nth_arg(a, a->next++);
}

static kn_value numbered_arg(fmt_args *a, int64_t n) {
  if (a->kind == 'u') kn_raise_fmt(kn_eArgumentError, "numbered(%lld) after unnumbered(%d)", (long long)n, a->next - 1);
  if (a->kind == 'h') kn_raise_fmt(kn_eArgumentError, "numbered(%lld) after named", (long long)n);
  if (n < 1) kn_raise_fmt(kn_eArgumentError, "invalid index - %lld$", (long long)n);
  a->kind = 'n';
  return nth_arg(a, n);
}

static _Noreturn void key_not_found(kn_value hash, kn_value key, const char *name, size_t len) {
  kn_buf m;
  kn_buf_init(&m);
  kn_buf_adds(&m, "key");
  kn_buf_add(&m, name, len);
  kn_buf_adds(&m, " not found");
  kn_raise(kn_key_error_new(kn_buf_to_str(&m), hash, key));
}

/* %<name> or %{name}: name spans [f, q] with its brackets. A missing key
 * takes the Hash's default, and is a KeyError when that is nil. */
static kn_value named_arg(fmt_args *a, const char *f, const char *q) {
  int len = (int)(q - f + 1);
  if (a->kind == 'u') kn_raise_fmt(kn_eArgumentError, "named%.*s after unnumbered(%d)", len, f, a->next - 1);
  if (a->kind == 'n') kn_raise_fmt(kn_eArgumentError, "named%.*s after numbered", len, f);
  a->kind = 'h';
  if (a->hash == KN_UNDEF) {
    if (a->argc != 2 || !KN_TYPE_P(a->argv[1], KN_T_HASH)) kn_raise_fmt(kn_eArgumentError, "one hash required");
    a->hash = a->argv[1];
  }
  kn_value key = kn_intern_len(f + 1, (size_t)(q - f - 1));
  kn_value v = kn_hash_lookup(a->hash, key, KN_UNDEF);
  if (v != KN_UNDEF) return v;
  v = kn_hash_aref(a->hash, key);
  if (v == KN_NIL) key_not_found(a->hash, key, f, (size_t)len);
  return v;
}

/* A run of digits at *fp: its value, *fp moved past it. */
static int64_t fmt_digits(const char **fp, const char *end) {
  int64_t n = 0;
  for (const char *f = *fp; f < end && *f >= '0' && *f <= '9'; f++, *fp = f) {
    if (n > INT32_MAX / 10) kn_raise_fmt(kn_eArgumentError, "width too big");
    n = n * 10 + (*f - '0');
  }
  return n;
}

/* `*` or `*N$` at *fp (pointing at the `*`): the width or precision argument. */
static int64_t star_arg(fmt_args *a, const char **fp, const char *end) {
  const char *f = *fp + 1, *digits = f;
  int64_t n = fmt_digits(&f, end);
  kn_value v;
  if (f > digits && f < end && *f == '$') {
    v = numbered_arg(a, n);
    f++;
  } else {
    v = next_arg(a);
    f = digits;
  }
  *fp = f;
  return kn_num2long(v);
}

kn_value kn_format(int argc, const kn_value *argv) {
  if (argc < 1) kn_raise_argc(argc, 1, -1);
  kn_value fmt = kn_to_str(argv[0]);
  const char *f = KN_STR(fmt)->ptr, *end = f + KN_STR(fmt)->len;
  fmt_args args = {argc, argv, 1, 0, KN_UNDEF};
  kn_buf b;
  kn_buf_init(&b);
  while (f < end) {
    if (*f != '%') {
      const char *q = f;
      while (q < end && *q != '%') q++;
      kn_buf_add(&b, f, (size_t)(q - f));
      f = q;
      continue;
    }
    f++;
    int flags = 0;
    int64_t width = -1, prec = -1;
    kn_value arg = KN_UNDEF;
    for (;;) {
      if (f >= end) {
        kn_raise_fmt(kn_eArgumentError, "incomplete format specifier; use %%%% (double %%) instead");
      }
      char c = *f;
      if (c == '-') flags |= F_MINUS, f++;
      else if (c == '+') flags |= F_PLUS, f++;
      else if (c == ' ') flags |= F_SPACE, f++;
      else if (c == '0') flags |= F_ZERO, f++;
      else if (c == '#') flags |= F_SHARP, f++;
      else if (c == '*') {
        width = star_arg(&args, &f, end);
        if (width < 0) flags |= F_MINUS, width = -width;
      } else if (c >= '1' && c <= '9') {
        int64_t n = fmt_digits(&f, end);
        if (f < end && *f == '$') {
          if (arg != KN_UNDEF) kn_raise_fmt(kn_eArgumentError, "value given twice - %lld$", (long long)n);
          arg = numbered_arg(&args, n);
          f++;
        } else {
          width = n;
        }
      } else if (c == '.') {
        f++;
        prec = f < end && *f == '*' ? star_arg(&args, &f, end) : fmt_digits(&f, end);
        if (prec < 0) prec = -1; /* a negative `*` precision means none */
      } else if (c == '<' || c == '{') {
        const char *q = memchr(f, c == '<' ? '>' : '}', (size_t)(end - f));
        if (!q) kn_raise_fmt(kn_eArgumentError, "malformed name - unmatched parenthesis");
        arg = named_arg(&args, f, q);
        f = q + 1;
        if (c == '{') {
          kn_value s = kn_obj_to_s(arg);
          emit(&b, KN_STR(s)->ptr, KN_STR(s)->len, flags, width);
          break;
        }
      } else {
        f++;
        if (c == '%') {
          kn_buf_addc(&b, '%');
          break;
        }
        if (c == '\n' || c == '\0') {
          kn_buf_addc(&b, '%');
          f--;
          break;
        }
        if (arg == KN_UNDEF && strchr("diuxXobBfeEgGaAscp", c)) arg = next_arg(&args);
        switch (c) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'b': case 'B':
          fmt_integer(&b, arg, c == 'i' || c == 'u' ? 'd' : c, flags, width, prec);
          break;
        case 'f': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
          fmt_float(&b, arg, c, flags, width, prec);
          break;
        case 's': case 'p': {
          kn_value s = c == 's' ? kn_obj_to_s(arg) : kn_inspect(arg);
          int64_t n = KN_STR(s)->len;
          if (prec >= 0) n = utf8_prefix(KN_STR(s)->ptr, n, prec);
          emit(&b, KN_STR(s)->ptr, n, flags, width);
          break;
        }
        case 'c': {
          kn_value s;
          if (KN_TYPE_P(arg, KN_T_STRING)) {
            if (utf8_len(KN_STR(arg)->ptr, KN_STR(arg)->len) != 1)
              kn_raise_fmt(kn_eArgumentError, "%%c requires a character");
            s = arg;
          } else {
            kn_value enc = kn_str_cstr("UTF-8");
            s = kn_funcall1(to_integer_for_format(arg), "chr", enc);
          }
          emit(&b, KN_STR(s)->ptr, KN_STR(s)->len, flags, width);
          break;
        }
        default:
          kn_raise_fmt(kn_eArgumentError, "malformed format string - %%%c", c);
        }
        break;
      }
    }
  }
  return kn_buf_to_str(&b);
}

static kn_value k_format(ARGS) { return kn_format(argc, argv); }

/* ------------------------------------------------------------------------
 * Conversions: Integer(), Float(), String(), Array()
 * ------------------------------------------------------------------------ */

static _Noreturn void invalid_value(const char *what, kn_value s) {
  kn_value i = kn_str_inspect(s);
  kn_raise_fmt(kn_eArgumentError, "invalid value for %s(): %s", what, KN_STR(i)->ptr);
}

static bool exception_opt(int *argc, const kn_value *argv) {
  if (*argc > 1 && KN_TYPE_P(argv[*argc - 1], KN_T_HASH)) {
    kn_value e = kn_hash_lookup(argv[*argc - 1], kn_intern("exception"), KN_TRUE);
    (*argc)--;
    return KN_TEST(e);
  }
  return true;
}

static int digit_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Strict string-to-Integer as Kernel#Integer: KN_UNDEF when invalid. */
kn_value kn_str_to_inum_strict(kn_value str, int base) {
  const char *p = KN_STR(str)->ptr, *end = p + KN_STR(str)->len;
  if (memchr(p, 0, (size_t)(end - p))) return KN_UNDEF;
  while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
  while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (p + 1 < end && p[0] == '0') {
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'b' ? 2 : c == 'o' ? 8 : c == 'd' ? 10 : 0;
    if (pb && (base == 0 || base == pb)) base = pb, p += 2;
    else if (base == 0) base = 8, p++;
  }
  if (base == 0) base = 10;
  if (p >= end) return KN_UNDEF;
  kn_buf digits;
  kn_buf_init(&digits);
  bool prev_us = true; /* no leading underscore */
  for (; p < end; p++) {
    if (*p == '_') {
      if (prev_us) return KN_UNDEF;
      prev_us = true;
      continue;
    }
    if (digit_val(*p) >= base) return KN_UNDEF;
    kn_buf_addc(&digits, *p);
    prev_us = false;
  }
  if (prev_us && digits.len == 0) return KN_UNDEF;
  if (prev_us) return KN_UNDEF; /* trailing underscore */
  mpz_t z;
  mpz_init_set_str(z, digits.ptr, base);
  if (neg) mpz_neg(z, z);
  return kn_big_norm(z);
}

static kn_value k_integer(ARGS) {
  bool exc = exception_opt(&argc, argv);
  kn_value v = argv[0];
  kn_value base = argc > 1 ? argv[1] : KN_NIL;
  if (base != KN_NIL) {
    if (!KN_TYPE_P(v, KN_T_STRING)) kn_raise_fmt(kn_eArgumentError, "base specified for non string value");
    kn_value r = kn_str_to_inum_strict(v, (int)kn_num2long(base));
    if (r == KN_UNDEF) {
      if (!exc) return KN_NIL;
      invalid_value("Integer", v);
    }
    return r;
  }
  if (KN_INTEGER_P(v)) return v;
  if (KN_FLOAT_P(v)) {
    double d = kn_float_value(v);
    if (isnan(d) || isinf(d)) {
      if (!exc) return KN_NIL;
      kn_raise_fmt(kn_eFloatDomainError, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }
    return kn_dbl2ival(trunc(d));
  }
  if (KN_TYPE_P(v, KN_T_STRING)) {
    kn_value r = kn_str_to_inum_strict(v, 0);
    if (r == KN_UNDEF) {
      if (!exc) return KN_NIL;
      invalid_value("Integer", v);
    }
    return r;
  }
  if (v == KN_NIL) {
    if (!exc) return KN_NIL;
    kn_raise_fmt(kn_eTypeError, "can't convert nil into Integer");
  }
  if (kn_respond_to(v, kn_s_to_int, true)) return kn_send_self(v, kn_s_to_int, 0, NULL, KN_NIL);
  if (kn_respond_to(v, kn_s_to_i, true)) return kn_send_self(v, kn_s_to_i, 0, NULL, KN_NIL);
  if (!exc) return KN_NIL;
  kn_raise_fmt(kn_eTypeError, "can't convert %s into Integer", kn_class_name(kn_real_class(v)));
}

/* Strict string-to-Float as Kernel#Float: false when invalid. */
static bool str_to_dbl_strict(kn_value str, double *out) {
  const char *p = KN_STR(str)->ptr, *end = p + KN_STR(str)->len;
  if (memchr(p, 0, (size_t)(end - p))) return false;
  while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
  while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
  if (p >= end) return false;
  const char *q = p;
  if (*q == '+' || *q == '-') q++;
  if (q + 1 < end && q[0] == '0' && (q[1] | 0x20) == 'x') {
    kn_value i = kn_str_to_inum_strict(kn_str_new(p, end - p), 16);
    if (i == KN_UNDEF) return false;
    *out = kn_num2dbl(i);
    return true;
  }
  /* digits with single underscores between digits; '.' must have digits on both sides */
  kn_buf b;
  kn_buf_init(&b);
  if (*p == '+' || *p == '-') kn_buf_addc(&b, *p++);
  bool seen_digit = false, seen_dot = false, seen_e = false, last_digit = false;
  for (; p < end; p++) {
    char c = *p;
    if (c >= '0' && c <= '9') {
      kn_buf_addc(&b, c);
      seen_digit = last_digit = true;
    } else if (c == '_') {
      if (!last_digit || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
    } else if (c == '.') {
      if (seen_dot || seen_e || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
      seen_dot = true;
      last_digit = false;
      kn_buf_addc(&b, c);
    } else if (c == 'e' || c == 'E') {
      if (seen_e || !seen_digit) return false;
      seen_e = true;
      last_digit = false;
      kn_buf_addc(&b, 'e');
      if (p + 1 < end && (p[1] == '+' || p[1] == '-')) kn_buf_addc(&b, *++p);
      if (p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
    } else {
      return false;
    }
  }
  if (!seen_digit) return false;
  *out = strtod(b.ptr, NULL);
  return true;
}

static kn_value k_float(ARGS) {
  bool exc = exception_opt(&argc, argv);
  kn_value v = argv[0];
  if (KN_FLOAT_P(v)) return v;
  if (KN_INTEGER_P(v)) return kn_float_new(kn_num2dbl(v));
  if (KN_TYPE_P(v, KN_T_STRING)) {
    double d;
    if (!str_to_dbl_strict(v, &d)) {
      if (!exc) return KN_NIL;
      invalid_value("Float", v);
    }
    return kn_float_new(d);
  }
  if (v == KN_NIL) {
    if (!exc) return KN_NIL;
    kn_raise_fmt(kn_eTypeError, "can't convert nil into Float");
  }
  return kn_float_new(kn_num2dbl(v));
}

static kn_value k_string(ARGS) {
  kn_value v = argv[0];
  if (KN_TYPE_P(v, KN_T_STRING)) return v;
  if (kn_respond_to(v, kn_s_to_str, true)) return kn_send_self(v, kn_s_to_str, 0, NULL, KN_NIL);
  return kn_obj_to_s(v);
}

static kn_value k_array(ARGS) {
  kn_value v = argv[0];
  if (v == KN_NIL) return kn_ary_new(0);
  if (KN_TYPE_P(v, KN_T_ARRAY)) return v;
  if (!KN_SPECIAL_P(v) || KN_SYMBOL_P(v)) {
    kn_value a = kn_check_array(v);
    if (a != KN_NIL) return a;
    if (kn_respond_to(v, kn_s_to_a, true)) {
      a = kn_send_self(v, kn_s_to_a, 0, NULL, KN_NIL);
      if (KN_TYPE_P(a, KN_T_ARRAY)) return a;
      kn_conversion_gave(v, "Array", "to_a", a);
    }
  }
  return kn_ary_new_from(1, &v);
}

/* Kernel#Hash: nil and [] are empty Hashes, anything else must convert with to_hash. */
static kn_value k_hash(ARGS) {
  kn_value v = argv[0];
  if (v == KN_NIL || (KN_TYPE_P(v, KN_T_ARRAY) && KN_ARY(v)->len == 0)) return kn_hash_new();
  kn_value h = kn_check_hash(v);
  if (h == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert %s into Hash", kn_class_name(kn_real_class(v)));
  return h;
}

/* ------------------------------------------------------------------------
 * raise, loop, catch/throw
 * ------------------------------------------------------------------------ */

/* `raise Klass, msg` sends Klass.exception: through a cached site per
 * receiver class (direct-mapped by address, as Foo.new's initialize in
 * class.c; the table is a GC root, a site checks its class and the method
 * serial), not a method lookup per raise. */
#define EXC_SITES 64
static kn_callsite exception_sites[EXC_SITES];

static kn_value make_exception(int argc, const kn_value *argv) {
  if (argc == 0) {
    kn_value e = kn_errinfo();
    if (e != KN_NIL) return e;
    return kn_exc_new(kn_eRuntimeError, kn_str_cstr("unhandled exception"));
  }
  if (argc == 1 && KN_TYPE_P(argv[0], KN_T_STRING)) return kn_exc_new(kn_eRuntimeError, argv[0]);
  kn_value klass = argv[0];
  if (!kn_respond_to(klass, kn_s_exception, true)) kn_raise_fmt(kn_eTypeError, "exception class/object expected");
  kn_callsite *cs = &exception_sites[(klass >> 5) & (EXC_SITES - 1)];
  kn_value e = kn_send_cached_slow(cs, klass, kn_s_exception, argc > 1 ? 1 : 0, argv + 1, KN_NIL);
  if (!KN_HEAP_P(e) || !kn_obj_is_kind_of(e, kn_eException))
    kn_raise_fmt(kn_eTypeError, "exception object expected");
  if (argc > 2) kn_funcall1(e, "set_backtrace", argv[2]);
  return e;
}

static kn_value k_raise(ARGS) {
  kn_value cause = KN_UNDEF;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    kn_value c = kn_hash_lookup(argv[argc - 1], kn_intern("cause"), KN_UNDEF);
    if (c != KN_UNDEF) cause = c, argc--;
  }
  if (argc > 3) kn_raise_argc(argc, 0, 3);
  kn_value e = make_exception(argc, argv);
  if (cause != KN_UNDEF) KN_EXC(e)->cause = cause;
  /* The backtrace starts at the caller, not at Kernel#raise itself. */
  kn_frame *raise_frame = kn_current_frame;
  kn_current_frame = raise_frame ? raise_frame->prev : NULL;
  kn_raise(e);
}

static kn_value k_loop(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "loop", 0, NULL);
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    for (;;) kn_yield(blk, 0, NULL);
  }
  if (j.kind == KN_JUMP_RAISE && kn_obj_is_kind_of(j.value, kn_eStopIteration)) return KN_EXC(j.value)->aux1;
  kn_rethrow(&j);
}

typedef struct catch_tag {
  kn_value tag;
  struct catch_tag *prev;
} catch_tag;
static catch_tag *catches;

static kn_value k_catch(ARGS) {
  kn_value tag = argc > 0 ? argv[0] : kn_obj_alloc(kn_cObject);
  catch_tag ct = {tag, catches};
  catches = &ct;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    kn_value r = kn_yield1(blk, tag);
    KN_UNPROTECT(j);
    catches = ct.prev;
    return r;
  }
  catches = ct.prev;
  if (j.kind == KN_JUMP_THROW && j.aux == tag) return j.value;
  kn_rethrow(&j);
}

static kn_value k_throw(ARGS) {
  kn_value tag = argv[0], val = argc > 1 ? argv[1] : KN_NIL;
  for (catch_tag *c = catches; c; c = c->prev)
    if (c->tag == tag) kn_jump_to(KN_JUMP_THROW, val, tag, NULL);
  kn_value args[2] = {tag, val};
  kn_raise(kn_class_new_instance(kn_eUncaughtThrowError, 2, args, KN_NIL));
}

/* ------------------------------------------------------------------------
 * Process: sleep, exit, abort, at_exit
 * ------------------------------------------------------------------------ */

static kn_value k_sleep(ARGS) {
  double secs = argc > 0 ? kn_num2dbl(argv[0]) : 0;
  if (secs < 0) kn_raise_fmt(kn_eArgumentError, "time interval must not be negative");
  kn_io_flush_all();
  struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
  return KN_INT2FIX((int64_t)round(secs));
}

static kn_value exit_status_arg(int argc, const kn_value *argv, int dflt) {
  if (argc == 0) return KN_INT2FIX(dflt);
  if (argv[0] == KN_TRUE) return KN_INT2FIX(0);
  if (argv[0] == KN_FALSE) return KN_INT2FIX(1);
  return KN_INT2FIX(kn_num2long(argv[0]));
}

static kn_value k_exit(ARGS) {
  kn_value st = exit_status_arg(argc, argv, 0);
  kn_raise(kn_class_new_instance(kn_eSystemExit, 1, &st, KN_NIL));
}

static kn_value k_exit_bang(ARGS) {
  kn_value st = exit_status_arg(argc, argv, 1);
  _exit((int)KN_FIX2INT(st)); /* like ruby: no at_exit handlers, no flushing */
}

static kn_value k_abort(ARGS) {
  kn_value args[2] = {KN_INT2FIX(1), argc > 0 ? argv[0] : kn_str_cstr("exit")};
  if (argc > 0) {
    kn_value m = kn_to_str(argv[0]);
    kn_io_flush_all();
    fwrite(KN_STR(m)->ptr, 1, (size_t)KN_STR(m)->len, stderr);
    fputc('\n', stderr);
    fflush(stderr);
  }
  kn_raise(kn_class_new_instance(kn_eSystemExit, 2, args, KN_NIL));
}

static kn_value at_exit_procs;

static kn_value k_at_exit(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "called without a block");
  if (!at_exit_procs) at_exit_procs = kn_ary_new(4);
  kn_ary_push(at_exit_procs, blk);
  return blk;
}

/* Runs at_exit handlers newest first; one that raises is reported and the
 * rest still run (a SystemExit in one sets the final status). */
int kn_run_at_exit_status(int status0) {
  volatile int status = status0;
  while (at_exit_procs && KN_ARY(at_exit_procs)->len > 0) {
    kn_value p = kn_ary_pop(at_exit_procs);
    kn_jump j;
    if (KN_PROTECT(j) == 0) {
      kn_proc_call(p, 0, NULL, KN_NIL);
      KN_UNPROTECT(j);
    } else if (j.kind == KN_JUMP_RAISE) {
      if (kn_obj_is_kind_of(j.value, kn_eSystemExit)) status = kn_exit_status_of(j.value);
      else {
        kn_report_exception(j.value, stderr);
        status = 1;
      }
    }
  }
  return status;
}

void kn_run_at_exit(void) { kn_run_at_exit_status(0); }

/* ------------------------------------------------------------------------
 * require: kiln compiles the whole program ahead of time, so only the
 * libraries the runtime provides itself can be required.
 * ------------------------------------------------------------------------ */

static kn_symtbl features;

void kn_provide_feature(const char *name) { kn_tbl_set(&features, kn_intern(name), KN_FALSE); }

/* What a library adds to core classes (json's Object#to_json) exists only
 * once the program requires it, as in ruby: respond_to? and method_missing
 * must not see it before. */
static struct { kn_value name; void (*load)(void); } loaders[8];
static int nloaders;

void kn_provide_feature_loaded_by(const char *name, void (*load)(void)) {
  kn_provide_feature(name);
  if (nloaders == (int)(sizeof loaders / sizeof *loaders)) kn_bug(__FILE__, __LINE__, "too many feature loaders");
  loaders[nloaders].name = kn_intern(name);
  loaders[nloaders++].load = load;
}

static void run_feature_loader(kn_value name) {
  for (int i = 0; i < nloaders; i++)
    if (loaders[i].name == name) loaders[i].load();
}

static kn_value k_require(ARGS) {
  kn_value name = kn_to_str(argv[0]);
  kn_value sym = kn_intern_len(KN_STR(name)->ptr, (size_t)KN_STR(name)->len);
  kn_value *r = kn_tbl_ref(&features, sym);
  if (!r) {
    kn_buf b;
    kn_buf_init(&b);
    kn_buf_adds(&b, "cannot load such file -- ");
    kn_buf_addv(&b, name);
    kn_value e = kn_exc_alloc(KN_CLASS(kn_eLoadError));
    KN_EXC(e)->message = kn_buf_to_str(&b);
    kn_raise(e);
  }
  bool first = *r == KN_FALSE;
  *r = KN_TRUE;
  if (first) run_feature_loader(sym);
  return KN_BOOL(first);
}

/* ------------------------------------------------------------------------
 * Introspection
 * ------------------------------------------------------------------------ */

/* caller(start = 1, length = nil) or caller(range): the backtrace from the
 * caller of the method that calls it, cut as ruby cuts it. */
static kn_value k_caller(ARGS) {
  if (argc == 1 && kn_obj_is_kind_of(argv[0], kn_cRange)) return kn_funcall1(kn_backtrace_here(1), "[]", argv[0]);
  int64_t start = argc > 0 ? kn_num2long(argv[0]) : 1;
  if (start < 0) kn_raise_fmt(kn_eArgumentError, "negative level (%lld)", (long long)start);
  kn_value lines = kn_backtrace_here((int)(1 + start));
  if (argc < 2 || KN_NIL_P(argv[1])) return lines;
  int64_t n = kn_num2long(argv[1]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative size (%lld)", (long long)n);
  return kn_funcall1(lines, "first", KN_INT2FIX(n));
}

static kn_value k_method_name(ARGS) {
  kn_frame *f = kn_current_frame ? kn_current_frame->prev : NULL;
  if (!f || !f->info->name) return KN_NIL;
  const char *n = f->info->name;
  for (;;) {
    const char *sp = strstr(n, " in ");
    if (!sp || !strchr(n, ' ') || strchr(n, ' ') != sp) break;
    n = sp + 4;
  }
  if (n[0] == '<') return KN_NIL;
  return kn_intern(n);
}

static kn_value k_block_given(ARGS) {
  kn_raise_fmt(kn_eNotImplementedError, "kiln: block_given? must be compiled inline");
}

static const kn_method_def kernel_functions[] = {
    {"puts", k_puts, 0, -1},
    {"print", k_print, 0, -1},
    {"p", k_p, 0, -1},
    {"printf", k_printf, 0, -1},
    {"putc", k_putc, 1, 1},
    {"gets", k_gets, 0, 2},
    {"format", k_format, 1, -1},
    {"sprintf", k_format, 1, -1},
    {"Integer", k_integer, 1, 3},
    {"Float", k_float, 1, 2},
    {"String", k_string, 1, 1},
    {"Array", k_array, 1, 1},
    {"Hash", k_hash, 1, 1},
    {"raise", k_raise, 0, 4},
    {"fail", k_raise, 0, 4},
    {"loop", k_loop, 0, 0},
    {"catch", k_catch, 0, 1},
    {"throw", k_throw, 1, 2},
    {"sleep", k_sleep, 0, 1},
    {"exit", k_exit, 0, 1},
    {"exit!", k_exit_bang, 0, 1},
    {"abort", k_abort, 0, 1},
    {"at_exit", k_at_exit, 0, 0},
    {"require", k_require, 1, 1},
    {"caller", k_caller, 0, 2},
    {"__method__", k_method_name, 0, 0},
    {"block_given?", k_block_given, 0, 0},
    {NULL, NULL, 0, 0}};

void kn_init_kernel(void) {
  kn_define_module_functions(kn_mKernel, kernel_functions);
  kn_init_random(); /* rand and srand are Kernel's too */
  kn_provide_feature("pp");
}
