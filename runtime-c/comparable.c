/* comparable.c: the Comparable module, built on <=>. */
#include "internal.h"

kn_value kn_mComparable;

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* self <=> other as -1/0/1; a nil answer is ruby's "comparison of X with Y failed". */
static int cmp_or_fail(kn_value a, kn_value b) {
  kn_value c = kn_send(a, kn_s_cmp, 1, &b, KN_NIL);
  if (c == KN_NIL) kn_cmp_fail(a, b);
  if (KN_FIXNUM_P(c)) return KN_FIX2INT(c) < 0 ? -1 : KN_FIX2INT(c) > 0;
  if (KN_TEST(kn_op_gt(c, KN_INT2FIX(0)))) return 1;
  if (KN_TEST(kn_op_lt(c, KN_INT2FIX(0)))) return -1;
  return 0;
}

static kn_value cmp_eq(ARGS) {
  if (self == argv[0]) return KN_TRUE;
  kn_value c = kn_send(self, kn_s_cmp, 1, argv, KN_NIL);
  if (c == KN_NIL) return KN_FALSE;
  return KN_BOOL(KN_FIXNUM_P(c) ? c == KN_INT2FIX(0) : kn_equal(c, KN_INT2FIX(0)));
}
static kn_value cmp_lt(ARGS) { return KN_BOOL(cmp_or_fail(self, argv[0]) < 0); }
static kn_value cmp_le(ARGS) { return KN_BOOL(cmp_or_fail(self, argv[0]) <= 0); }
static kn_value cmp_gt(ARGS) { return KN_BOOL(cmp_or_fail(self, argv[0]) > 0); }
static kn_value cmp_ge(ARGS) { return KN_BOOL(cmp_or_fail(self, argv[0]) >= 0); }
static kn_value cmp_between(ARGS) {
  return KN_BOOL(cmp_or_fail(self, argv[0]) >= 0 && cmp_or_fail(self, argv[1]) <= 0);
}

static kn_value cmp_clamp(ARGS) {
  kn_value min, max;
  if (argc == 1) {
    if (!KN_TYPE_P(argv[0], KN_T_RANGE)) {
      kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Range)", kn_class_name(kn_real_class(argv[0])));
    }
    min = KN_RANGE(argv[0])->first;
    max = KN_RANGE(argv[0])->last;
    if (max != KN_NIL && (KN_HDR(argv[0])->flags & KN_FL_EXCL))
      kn_raise_fmt(kn_eArgumentError, "cannot clamp with an exclusive range");
  } else {
    min = argv[0];
    max = argv[1];
  }
  if (min != KN_NIL && max != KN_NIL && cmp_or_fail(min, max) > 0)
    kn_raise_fmt(kn_eArgumentError, "min argument must be smaller than max argument");
  if (min != KN_NIL) {
    int c = cmp_or_fail(self, min);
    if (c == 0) return self;
    if (c < 0) return min;
  }
  if (max != KN_NIL && cmp_or_fail(self, max) > 0) return max;
  return self;
}

static const kn_method_def comparable_methods[] = {
    {"==", cmp_eq, 1, 1},          {"<", cmp_lt, 1, 1},           {"<=", cmp_le, 1, 1},
    {">", cmp_gt, 1, 1},           {">=", cmp_ge, 1, 1},          {"between?", cmp_between, 2, 2},
    {"clamp", cmp_clamp, 1, 2},    {NULL, NULL, 0, 0}};

void kn_init_comparable(void) {
  kn_mComparable = kn_define_module(kn_cObject, "Comparable");
  kn_define_methods(kn_mComparable, comparable_methods);
}
