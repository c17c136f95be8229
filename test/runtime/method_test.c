/* method_test.c: Method and UnboundMethod; expectations from ruby 3.1. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))

/* class Foo; def bar(x) = x * 2; private def priv = 1; end  (compiled methods check their own arity) */
static kn_value foo_bar(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_check_arity(argc, 1, 1);
  return kn_op_mul(argv[0], I(2));
}
static kn_value foo_priv(kn_value self, int argc, const kn_value *argv, kn_value blk) { return I(1); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "method_test.c");
  kn_value foo = kn_define_class(kn_cObject, "Foo", kn_cObject);
  kn_define_method_sym(foo, SYM("bar"), foo_bar, 1, 1, KN_PUBLIC);
  kn_define_method_sym(foo, SYM("priv"), foo_priv, 0, 0, KN_PRIVATE);
  kn_value f = kn_class_new_instance(foo, 0, NULL, KN_NIL);

  /* m = 1.method(:+) */
  kn_value m = CALL1(I(1), "method", SYM("+"));
  CHECK_INSPECT(m, "#<Method: Integer#+(_)>");
  CHECK_INSPECT(CALL0(m, "arity"), "1");
  CHECK_INSPECT(CALL0(m, "owner"), "Integer");
  CHECK_INSPECT(CALL0(m, "receiver"), "1");
  CHECK_INSPECT(CALL0(m, "name"), ":+");
  CHECK_INSPECT(CALL1(m, "call", I(2)), "3");
  CHECK_INSPECT(CALL1(m, "[]", I(4)), "5");
  CHECK_INSPECT(CALL1(m, "===", I(4)), "5");
  CHECK(CALL1(m, "==", CALL1(I(1), "method", SYM("+"))) == KN_TRUE);
  CHECK(CALL1(m, "==", CALL1(I(2), "method", SYM("+"))) == KN_FALSE);
  CHECK(kn_equal(CALL0(m, "hash"), CALL0(CALL1(I(1), "method", SYM("+")), "hash")));
  kn_value p = CALL0(m, "to_proc");
  CHECK(CALL0(p, "lambda?") == KN_TRUE);
  CHECK_INSPECT(CALL0(p, "arity"), "1");
  CHECK_INSPECT(CALL1(p, "call", I(5)), "6");
  CHECK_INSPECT(CALL1(CALL0(m, "curry"), "call", I(2)), "3");
  CHECK_INSPECT(CALL0(m, "unbind"), "#<UnboundMethod: Integer#+(_)>");
  CHECK_INSPECT(CALL1(CALL1(CALL0(m, "unbind"), "bind", I(5)), "call", I(1)), "6");

  /* &method(:x) goes through kn_to_proc: [1, 2].map(&10.method(:+)) */
  CHECK_INSPECT(CALLB(ARY(I(1), I(2)), "map", kn_to_proc(CALL1(I(10), "method", SYM("+")))), "[11, 12]");

  /* arities and inspect of C methods */
  CHECK_INSPECT(CALL0(CALL1(S(""), "method", SYM("center")), "arity"), "-1");
  CHECK_INSPECT(CALL0(CALL1(I(1), "method", SYM("times")), "arity"), "0");
  CHECK_INSPECT(CALL1(S("ab"), "method", SYM("center")), "#<Method: String#center(*)>");
  CHECK_INSPECT(CALL1(ARY(I(1)), "method", SYM("map")), "#<Method: Array#map()>");
  CHECK_INSPECT(CALL1(kn_top_self, "method", SYM("puts")), "#<Method: Object(Kernel)#puts(*)>");
  CHECK_INSPECT(CALL1(kn_mKernel, "method", SYM("puts")), "#<Method: Kernel.puts(*)>");
  CHECK_INSPECT(CALL0(CALL1(ARY(I(1)), "method", SYM("sum")), "owner"), "Array");
  CHECK_INSPECT(CALL0(CALL1(I(5), "method", SYM("between?")), "owner"), "Comparable");
  CHECK_INSPECT(CALL1(kn_mComparable, "instance_method", SYM("clamp")), "#<UnboundMethod: Comparable#clamp(*)>");

  /* compiled methods, private ones through method but not public_method */
  CHECK_INSPECT(CALL1(CALL1(f, "method", SYM("bar")), "call", I(21)), "42");
  CHECK_INSPECT(CALL0(CALL1(f, "method", SYM("priv")), "call"), "1");
  CHECK_INSPECT(CALL1(CALL1(f, "public_method", SYM("bar")), "call", I(1)), "2");
  CHECK_RAISES(CALL1(f, "public_method", SYM("priv")), kn_eNameError, "method `priv' for class `Foo' is private");
  CHECK_RAISES(CALL1(I(1), "method", SYM("nope")), kn_eNameError, "undefined method `nope' for class `Integer'");
  CHECK_RAISES(CALL1(foo, "instance_method", SYM("nope")), kn_eNameError, "undefined method `nope' for class `Foo'");
  CHECK_RAISES(CALL1(kn_mComparable, "instance_method", SYM("nope")), kn_eNameError,
               "undefined method `nope' for module `Comparable'");

  /* UnboundMethod: bind, bind_call and the type check */
  kn_value um = CALL1(foo, "instance_method", SYM("bar"));
  CHECK_INSPECT(CALL0(um, "owner"), "Foo");
  CHECK_INSPECT(CALL1(CALL1(um, "bind", f), "call", I(5)), "10");
  CHECK_INSPECT(CALL2(um, "bind_call", f, I(6)), "12");
  CHECK_RAISES(CALL1(um, "bind", I(1)), kn_eTypeError, "bind argument must be an instance of Foo");
  CHECK_RAISES(CALL0(CALL1(f, "method", SYM("bar")), "call"), kn_eArgumentError,
               "wrong number of arguments (given 0, expected 1)");

  /* Proc#inspect marks lambdas */
  CHECK(kn_test_str_prefix(kn_inspect(p), "#<Proc:0x"));
  kn_value pi = kn_inspect(p);
  CHECK(KN_STR(pi)->len > 10 && strcmp(KN_STR(pi)->ptr + KN_STR(pi)->len - 10, " (lambda)>") == 0);
  return kn_test_finish();
}
