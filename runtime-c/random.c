/* random.c: Random and Kernel#rand/srand. MT19937, seeded and turned into
 * integers, floats, ranges and bytes exactly as CRuby 3.1 does, so a seeded
 * sequence prints what ruby prints. The default generator starts from seed 0
 * (not the time) so runs repeat; what asks for a fresh seed (srand or
 * Random.new without an argument, Random.new_seed) gets one from the OS. */
#include "internal.h"
#include <math.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value kn_cRandom;

/* ------------------------------------------------------------------------
 * MT19937 (Matsumoto and Nishimura's reference algorithm)
 * ------------------------------------------------------------------------ */

#define MT_N 624
#define MT_M 397

typedef struct mt19937 {
  uint32_t state[MT_N];
  int next; /* index of the next word to temper; MT_N: regenerate first */
} mt19937;

static void mt_init_genrand(mt19937 *mt, uint32_t s) {
  mt->state[0] = s;
  for (int i = 1; i < MT_N; i++)
    mt->state[i] = 1812433253u * (mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) + (uint32_t)i;
  mt->next = MT_N;
}

static void mt_init_by_array(mt19937 *mt, const uint32_t *key, int len) {
  uint32_t *s = mt->state;
  mt_init_genrand(mt, 19650218u);
  int i = 1, j = 0;
  for (int k = MT_N > len ? MT_N : len; k; k--) {
    s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++, j++;
    if (i >= MT_N) s[0] = s[MT_N - 1], i = 1;
    if (j >= len) j = 0;
  }
  for (int k = MT_N - 1; k; k--) {
    s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) s[0] = s[MT_N - 1], i = 1;
  }
  s[0] = 0x80000000u; /* non-zero initial state */
}

static void mt_regenerate(mt19937 *mt) {
  static const uint32_t mag01[2] = {0, 0x9908b0dfu};
  uint32_t *s = mt->state, y;
  int k;
  for (k = 0; k < MT_N - MT_M; k++) {
    y = (s[k] & 0x80000000u) | (s[k + 1] & 0x7fffffffu);
    s[k] = s[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
  }
  for (; k < MT_N - 1; k++) {
    y = (s[k] & 0x80000000u) | (s[k + 1] & 0x7fffffffu);
    s[k] = s[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
  }
  y = (s[MT_N - 1] & 0x80000000u) | (s[0] & 0x7fffffffu);
  s[MT_N - 1] = s[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
  mt->next = 0;
}

static uint32_t mt_int32(mt19937 *mt) {
  if (mt->next >= MT_N) mt_regenerate(mt);
  uint32_t y = mt->state[mt->next++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

/* ------------------------------------------------------------------------
 * Generators: Random objects and the default one
 * ------------------------------------------------------------------------ */

typedef struct kn_random {
  kn_header h;
  kn_value seed;
  mt19937 *mt; /* atomic memory: the state words are not pointers */
} kn_random;
#define RND(v) ((kn_random *)(v))

static kn_value default_seed = KN_INT2FIX(0);
static mt19937 default_mt;
static bool default_seeded;

static bool random_p(kn_value v) {
  return KN_TYPE_P(v, KN_T_DATA) && kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cRandom));
}

/* Seeding as CRuby's rand_init: |seed|'s 32-bit words, low first; one word
 * seeds directly, more go through init_by_array, and a top word of 1 above
 * others is the guard make_seed_value adds, not part of the key. */
static void mt_seed(mt19937 *mt, kn_value seed) {
  kn_mpz_view t;
  mpz_srcptr z = kn_int_view(seed, &t);
  size_t len = (mpz_sizeinbase(z, 2) + 31) / 32, count = 0;
  uint32_t *key = kn_alloc_atomic((len + 1) * sizeof(uint32_t));
  key[0] = 0;
  mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z); /* sign ignored: |seed| */
  if (count == 0) count = 1;
  if (count > 1 && key[count - 1] == 1) count--;
  if (count <= 1) mt_init_genrand(mt, key[0]);
  else mt_init_by_array(mt, key, (int)count);
}

static mt19937 *default_gen(void) {
  if (!default_seeded) {
    mt_seed(&default_mt, default_seed);
    default_seeded = true;
  }
  return &default_mt;
}

/* The generator behind a Random, or the default one for KN_UNDEF or Random itself. */
static mt19937 *gen_of(kn_value obj) {
  if (obj == KN_UNDEF || obj == kn_cRandom) return default_gen();
  if (!RND(obj)->mt) kn_raise_fmt(kn_eArgumentError, "uninitialized random");
  return RND(obj)->mt;
}

/* A fresh 128-bit seed as CRuby's fill_random_seed/make_seed_value: OS
 * randomness mixed with the time and pid, plus a top word of 1 when the top
 * word is 0 or 1 (so the word count survives). */
static kn_value new_seed(void) {
  uint32_t w[5] = {0};
  if (getrandom(w, 4 * sizeof(uint32_t), GRND_NONBLOCK) != (ssize_t)(4 * sizeof(uint32_t))) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    w[0] ^= (uint32_t)ts.tv_nsec;
    w[1] ^= (uint32_t)ts.tv_sec;
    w[2] ^= (uint32_t)getpid();
    w[3] ^= (uint32_t)(uintptr_t)&ts;
  }
  size_t len = 4;
  if (w[3] <= 1) w[len++] = 1;
  mpz_t z;
  mpz_init(z);
  mpz_import(z, len, -1, sizeof(uint32_t), 0, 0, w);
  return kn_big_take(z);
}

/* ------------------------------------------------------------------------
 * Numbers from words
 * ------------------------------------------------------------------------ */

/* [0, 1) from two words, 53 bits (genrand_res53) */
static double real_exclusive(uint32_t a, uint32_t b) {
  return ((a >> 5) * 67108864.0 + (b >> 6)) * (1.0 / 9007199254740992.0);
}

/* [0, 1] from two words: the 64 bits scaled by (2**53 + 1) / 2**64, as CRuby's
 * int_pair_to_real_inclusive, so 1.0 itself can come out. */
static double real_inclusive(uint32_t a, uint32_t b) {
  unsigned __int128 x = ((unsigned __int128)a << 32) | b;
  unsigned __int128 m = ((unsigned __int128)1 << 53) | 1;
  return (double)(uint64_t)((x * m) >> 64) * (1.0 / 9007199254740992.0);
}

static double random_real(kn_value obj, bool excl) {
  mt19937 *mt = gen_of(obj);
  uint32_t a = mt_int32(mt), b = mt_int32(mt);
  return excl ? real_exclusive(a, b) : real_inclusive(a, b);
}

static uint64_t mask_of(uint64_t x) {
  x |= x >> 1, x |= x >> 2, x |= x >> 4, x |= x >> 8, x |= x >> 16, x |= x >> 32;
  return x;
}

/* Uniform in [0, limit] by rejection on the fewest words (CRuby's limited_rand). */
static uint64_t limited_rand(mt19937 *mt, uint64_t limit) {
  if (limit == 0) return 0;
  uint64_t mask = mask_of(limit), val;
  if (limit > 0xffffffffu) {
  retry:
    val = 0;
    for (int i = 1; i >= 0; i--) {
      if ((mask >> (i * 32)) & 0xffffffffu) {
        val |= (uint64_t)mt_int32(mt) << (i * 32);
        val &= mask;
        if (limit < val) goto retry;
      }
    }
    return val;
  }
  do val = mt_int32(mt) & mask;
  while (limit < val);
  return val;
}

/* Uniform in [0, limit] for a Bignum limit: words from the top, each masked
 * and rejected only while the prefix equals the limit's (limited_big_rand). */
static kn_value limited_big_rand(mt19937 *mt, kn_value limit) {
  mpz_srcptr z = KN_BIG(limit)->z;
  size_t len = (mpz_sizeinbase(z, 2) + 31) / 32, count;
  uint32_t *lim = kn_alloc_atomic(len * sizeof(uint32_t)), *out = kn_alloc_atomic(len * sizeof(uint32_t));
  mpz_export(lim, &count, -1, sizeof(uint32_t), 0, 0, z);
retry:;
  uint32_t mask = 0;
  bool boundary = true;
  for (size_t i = len; i-- > 0;) {
    uint32_t r = 0;
    mask = mask ? 0xffffffffu : (uint32_t)mask_of(lim[i]);
    if (mask) {
      r = mt_int32(mt) & mask;
      if (boundary) {
        if (lim[i] < r) goto retry;
        if (r < lim[i]) boundary = false;
      }
    }
    out[i] = r;
  }
  mpz_t r;
  mpz_init(r);
  mpz_import(r, len, -1, sizeof(uint32_t), 0, 0, out);
  return kn_big_take(r);
}

/* ------------------------------------------------------------------------
 * rand(max) for Integer, Float and Range limits
 * ------------------------------------------------------------------------ */

static _Noreturn void domain_error(void) {
  kn_value edom = kn_const_get(kn_mErrno, kn_intern("EDOM"));
  kn_raise_fmt(edom, "Numerical argument out of domain");
}

static _Noreturn void invalid_argument(kn_value arg) {
  kn_value s = kn_obj_to_s(arg);
  kn_raise_fmt(kn_eArgumentError, "invalid argument - %s", KN_STR(s)->ptr);
}

/* rb_to_int: an Integer, or TypeError */
static kn_value to_int(kn_value v) {
  if (KN_INTEGER_P(v)) return v;
  if (v == KN_NIL) kn_raise_fmt(kn_eTypeError, "no implicit conversion from nil to integer");
  if (kn_respond_to(v, kn_s_to_int, true)) {
    kn_value i = kn_send_self(v, kn_s_to_int, 0, NULL, KN_NIL);
    if (KN_INTEGER_P(i)) return i;
  }
  kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Integer", kn_conv_name(v));
}

/* rb_check_to_int: an Integer or nil */
static kn_value check_to_int(kn_value v) {
  if (KN_INTEGER_P(v)) return v;
  if (KN_SPECIAL_P(v) || !kn_respond_to(v, kn_s_to_int, true)) return KN_NIL;
  kn_value i = kn_send_self(v, kn_s_to_int, 0, NULL, KN_NIL);
  return KN_INTEGER_P(i) ? i : KN_NIL;
}

/* rb_check_to_float: a Float for any Numeric, else nil */
static kn_value check_to_float(kn_value v) {
  if (KN_FLOAT_P(v)) return v;
  if (KN_INTEGER_P(v)) return kn_float_new(kn_num2dbl(v));
  if (KN_SPECIAL_P(v) || !kn_obj_is_kind_of(v, kn_cNumeric)) return KN_NIL;
  return kn_send_self(v, kn_s_to_f, 0, NULL, KN_NIL);
}

static double finite_value(kn_value f) {
  double x = kn_float_value(f);
  if (isinf(x) || isnan(x)) domain_error();
  return x;
}

static double to_float_value(kn_value v) {
  kn_value f = check_to_float(v);
  if (f == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert %s into Float", kn_conv_name(v));
  return finite_value(f);
}

/* [0, max] with max an Integer >= 0 (in a Range: end - begin, less one if exclusive) */
static kn_value int_upto(kn_value obj, kn_value max) {
  if (KN_FIXNUM_P(max)) return kn_int_new((int64_t)limited_rand(gen_of(obj), (uint64_t)KN_FIX2INT(max)));
  return limited_big_rand(gen_of(obj), max);
}

/* A Float in [0, max) or [0, max] from a Range's span, or nil when empty.
 * An infinite span (from finite ends) is done in halves and comes back
 * already placed between the ends (*placed). */
static kn_value float_span(kn_value obj, kn_value vmax, kn_value beg, kn_value end, bool excl, bool *placed) {
  double max = kn_float_value(vmax), mid = 0.5;
  int scale = 1;
  if (isinf(max)) {
    /* halves, so the span stays finite */
    double min = to_float_value(beg) / 2.0;
    max = to_float_value(end) / 2.0;
    scale = 2;
    mid = max + min;
    max -= min;
  } else if (isnan(max)) {
    domain_error();
  }
  if (max > 0.0) {
    double r = random_real(obj, excl);
    *placed = scale > 1;
    if (scale > 1) return kn_float_new((r - 0.5) * max * scale + mid);
    return kn_float_new(r * max);
  }
  if (max == 0.0 && !excl) return kn_float_new(0.0);
  return KN_NIL;
}

/* rand(range): KN_FALSE when range is not a Range with a `-`, nil when empty. */
static kn_value rand_range(kn_value obj, kn_value range) {
  if (!KN_TYPE_P(range, KN_T_RANGE)) return KN_FALSE;
  kn_value beg = KN_RANGE(range)->first, end = KN_RANGE(range)->last;
  bool excl = (KN_HDR(range)->flags & KN_FL_EXCL) != 0;
  if (beg == KN_NIL || end == KN_NIL) domain_error();
  if (!kn_respond_to(end, kn_intern("-"), false)) return KN_FALSE;
  kn_value vmax = kn_op_minus(end, beg), v = KN_NIL, i;
  if (!KN_FLOAT_P(vmax) && (i = check_to_int(vmax)) != KN_NIL) {
    if (excl) i = kn_int_minus(i, KN_INT2FIX(1));
    if (kn_int_cmp(i, KN_INT2FIX(0)) != KN_INT2FIX(-1)) v = int_upto(obj, i);
  } else if ((i = check_to_float(vmax)) != KN_NIL) {
    bool placed = false;
    v = float_span(obj, i, beg, end, excl, &placed);
    if (placed) return v;
  }
  if (v == KN_NIL) return KN_NIL;
  if (KN_INTEGER_P(beg) && KN_INTEGER_P(v)) return kn_int_plus(beg, v);
  if (KN_FLOAT_P(v)) {
    kn_value f = check_to_float(beg);
    if (f != KN_NIL) return kn_float_new(kn_float_value(v) + kn_float_value(f));
  }
  return kn_op_plus(beg, v);
}

/* rand(n) for an Integer n: [0, |n|); nil for 0, and for a negative n when restrictive. */
static kn_value rand_int(kn_value obj, kn_value vmax, bool restrictive) {
  int sign = kn_int_cmp(vmax, KN_INT2FIX(0)) == KN_INT2FIX(-1) ? -1 : vmax != KN_INT2FIX(0);
  if (sign == 0 || (sign < 0 && restrictive)) return KN_NIL;
  if (sign < 0) vmax = kn_op_minus(KN_INT2FIX(0), vmax);
  return int_upto(obj, kn_int_minus(vmax, KN_INT2FIX(1)));
}

/* Random#rand / Random.rand: nil for a limit it refuses, KN_FALSE for a non-number. */
static kn_value rand_random(kn_value obj, int argc, const kn_value *argv) {
  if (argc == 0) return kn_float_new(random_real(obj, true));
  kn_value vmax = argv[0], v;
  if (vmax == KN_NIL) return KN_NIL;
  if (!KN_FLOAT_P(vmax) && (v = check_to_int(vmax)) != KN_NIL) return rand_int(obj, v, true);
  if ((v = check_to_float(vmax)) != KN_NIL) {
    double max = finite_value(v);
    if (max < 0.0) return KN_NIL;
    double r = random_real(obj, true);
    return kn_float_new(max > 0.0 ? r * max : r);
  }
  return rand_range(obj, vmax);
}

static kn_value checked(kn_value v, const kn_value *argv) {
  if (v == KN_FALSE) kn_num2long(argv[0]); /* raises the conversion TypeError */
  if (v == KN_NIL) invalid_argument(argv[0]);
  return v;
}

/* ------------------------------------------------------------------------
 * Kernel#rand, Kernel#srand
 * ------------------------------------------------------------------------ */

static kn_value k_rand(ARGS) {
  if (argc > 0 && argv[0] != KN_NIL) {
    kn_value v = rand_range(KN_UNDEF, argv[0]);
    if (v != KN_FALSE) return v;
    kn_value vmax = to_int(argv[0]);
    if (vmax != KN_INT2FIX(0)) {
      v = rand_int(KN_UNDEF, vmax, false);
      if (v != KN_NIL) return v;
    }
  }
  return kn_float_new(random_real(KN_UNDEF, true));
}

static kn_value k_srand(ARGS) {
  kn_value seed = argc > 0 ? to_int(argv[0]) : new_seed();
  kn_value old = default_seed;
  mt_seed(&default_mt, seed);
  default_seeded = true;
  default_seed = seed;
  return old;
}

/* ------------------------------------------------------------------------
 * Random
 * ------------------------------------------------------------------------ */

static kn_value random_alloc(kn_class *klass) {
  kn_random *r = kn_alloc(sizeof *r);
  r->h.klass = klass;
  r->h.type = KN_T_DATA;
  r->seed = KN_INT2FIX(0);
  return (kn_value)r;
}

static kn_value random_initialize(ARGS) {
  kn_random *r = RND(self);
  if (KN_HDR(self)->flags & KN_FL_FROZEN) kn_raise_fmt(kn_eFrozenError, "can't modify frozen Random");
  r->seed = argc > 0 ? to_int(argv[0]) : new_seed();
  if (!r->mt) r->mt = kn_alloc_atomic(sizeof(mt19937));
  mt_seed(r->mt, r->seed);
  return self;
}

static kn_value random_initialize_copy(ARGS) {
  kn_value orig = argv[0];
  if (!random_p(orig)) kn_raise_fmt(kn_eTypeError, "initialize_copy should take same class object");
  RND(self)->seed = RND(orig)->seed;
  RND(self)->mt = kn_alloc_atomic(sizeof(mt19937));
  *RND(self)->mt = *gen_of(orig);
  return self;
}

/* dup and clone: Kernel's copy knows no C data layouts */
static kn_value random_dup(ARGS) {
  kn_value c = random_alloc(kn_real_class_of(self));
  random_initialize_copy(c, 1, &self, KN_NIL);
  return c;
}
static kn_value random_clone(ARGS) {
  kn_value c = random_dup(self, 0, NULL, KN_NIL);
  KN_HDR(c)->flags |= KN_HDR(self)->flags & KN_FL_FROZEN;
  return c;
}

static kn_value random_rand(ARGS) { return checked(rand_random(self, argc, argv), argv); }

/* Random::Formatter#random_number: rand, but a limit rand refuses means rand() */
static kn_value random_number(ARGS) {
  kn_value v = rand_random(self, argc, argv);
  if (v == KN_NIL) return kn_float_new(random_real(self, true));
  if (v == KN_FALSE) invalid_argument(argv[0]);
  return v;
}

/* Four bytes per word, low byte first; a short tail takes the low bytes of one more word. */
static kn_value bytes_from(mt19937 *mt, kn_value len) {
  int64_t n = kn_num2long(to_int(len));
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative string size (or size too big)");
  kn_value s = kn_str_buf_new(n);
  unsigned char *p = (unsigned char *)KN_STR(s)->ptr;
  for (int64_t i = 0; i < n; i += 4) {
    uint32_t w = mt_int32(mt);
    for (int64_t k = i; k < n && k < i + 4; k++, w >>= 8) p[k] = (unsigned char)w;
  }
  p[n] = 0;
  KN_STR(s)->len = n;
  KN_HDR(s)->flags |= KN_FL_BINARY;
  return s;
}

static kn_value random_bytes(ARGS) { return bytes_from(gen_of(self), argv[0]); }
static kn_value random_seed(ARGS) { return RND(self)->seed; }

static kn_value random_eq(ARGS) {
  kn_value o = argv[0];
  if (!random_p(o) || kn_real_class_of(o) != kn_real_class_of(self)) return KN_FALSE;
  mt19937 *a = gen_of(self), *b = gen_of(o);
  if (memcmp(a->state, b->state, sizeof a->state) != 0 || a->next != b->next) return KN_FALSE;
  return KN_BOOL(kn_equal(RND(self)->seed, RND(o)->seed));
}

static kn_value random_s_rand(ARGS) { return checked(rand_random(KN_UNDEF, argc, argv), argv); }
static kn_value random_s_bytes(ARGS) { return bytes_from(default_gen(), argv[0]); }
static kn_value random_s_seed(ARGS) {
  default_gen();
  return default_seed;
}
static kn_value random_s_new_seed(ARGS) { return new_seed(); }

static kn_value random_s_urandom(ARGS) {
  int64_t n = kn_num2long(to_int(argv[0]));
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative string size (or size too big)");
  kn_value s = kn_str_buf_new(n);
  for (int64_t got = 0; got < n;) {
    ssize_t r = getrandom(KN_STR(s)->ptr + got, (size_t)(n - got), 0);
    if (r < 0) kn_raise_fmt(kn_eRuntimeError, "failed to get urandom");
    got += r;
  }
  KN_STR(s)->ptr[n] = 0;
  KN_STR(s)->len = n;
  KN_HDR(s)->flags |= KN_FL_BINARY;
  return s;
}

/* ------------------------------------------------------------------------
 * For Array#shuffle/sample(random: gen) and other C callers
 * ------------------------------------------------------------------------ */

static bool generator_p(kn_value gen) { return gen == KN_UNDEF || gen == kn_cRandom || random_p(gen); }

uint64_t kn_random_ulong_limited(kn_value gen, uint64_t limit) {
  if (generator_p(gen)) return limited_rand(gen_of(gen), limit);
  /* any object with rand(n) (rb_random_ulong_limited) */
  kn_value n = kn_int_plus(kn_int_new((int64_t)limit), KN_INT2FIX(1));
  kn_value v = to_int(kn_send(gen, kn_intern("rand"), 1, &n, KN_NIL));
  if (kn_int_cmp(v, KN_INT2FIX(0)) == KN_INT2FIX(-1)) {
    kn_value s = kn_obj_to_s(v);
    kn_raise_fmt(kn_eRangeError, "random number too small %s", KN_STR(s)->ptr);
  }
  if (!KN_FIXNUM_P(v) || (uint64_t)KN_FIX2INT(v) > limit) {
    kn_value s = kn_obj_to_s(v);
    kn_raise_fmt(kn_eRangeError, "random number too big %s", KN_STR(s)->ptr);
  }
  return (uint64_t)KN_FIX2INT(v);
}

double kn_random_real(kn_value gen) {
  if (generator_p(gen)) return random_real(gen, true);
  double d = kn_num2dbl(kn_send(gen, kn_intern("rand"), 0, NULL, KN_NIL));
  if (d < 0.0) kn_raise_fmt(kn_eRangeError, "random number too small %g", d);
  if (d >= 1.0) kn_raise_fmt(kn_eRangeError, "random number too big %g", d);
  return d;
}

static const kn_method_def random_methods[] = {
    {"initialize", random_initialize, 0, 1},
    {"initialize_copy", random_initialize_copy, 1, 1},
    {"dup", random_dup, 0, 0},
    {"clone", random_clone, 0, 1},
    {"rand", random_rand, 0, 1},
    {"random_number", random_number, 0, 1},
    {"bytes", random_bytes, 1, 1},
    {"seed", random_seed, 0, 0},
    {"==", random_eq, 1, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def random_singleton_methods[] = {
    {"rand", random_s_rand, 0, 1},
    {"random_number", random_number, 0, 1},
    {"srand", k_srand, 0, 1},
    {"bytes", random_s_bytes, 1, 1},
    {"seed", random_s_seed, 0, 0},
    {"new_seed", random_s_new_seed, 0, 0},
    {"urandom", random_s_urandom, 1, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def kernel_functions[] = {
    {"rand", k_rand, 0, 1},
    {"srand", k_srand, 0, 1},
    {NULL, NULL, 0, 0}};

void kn_init_random(void) {
  kn_cRandom = kn_define_class(kn_cObject, "Random", KN_NIL);
  KN_CLASS(kn_cRandom)->alloc = random_alloc;
  kn_define_methods(kn_cRandom, random_methods);
  kn_define_singleton_methods(kn_cRandom, random_singleton_methods);
  kn_define_module_functions(kn_mKernel, kernel_functions);
  if (!kn_const_defined(kn_mErrno, kn_intern("EDOM")))
    kn_define_class(kn_mErrno, "EDOM", kn_eSystemCallError);
}
