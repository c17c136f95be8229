/* class_test.c: classes, modules, dispatch and caches, visibility, constants, variables, Struct, Comparable (expected text recorded from ruby 3.1). */
#include "harness.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value foo_init(ARGS) {
  kn_ivar_set(self, SYM("@a"), I(1));
  kn_ivar_set(self, SYM("@b"), STR("x"));
  return KN_NIL;
}
static kn_value ret_a(ARGS) { return SYM("a"); }
static kn_value ret_b(ARGS) { return SYM("b"); }
static kn_class *b_owner;
static kn_value b_super(ARGS) {
  kn_value up = kn_super(b_owner, SYM("who"), self, 0, NULL, KN_NIL);
  return kn_ary_new_from(2, (kn_value[]){SYM("b"), up});
}
static kn_value cmp_by_n(ARGS) {
  return kn_op_cmp(kn_ivar_get(self, SYM("@n")), kn_ivar_get(argv[0], SYM("@n")));
}

/* prepend: the module's method runs first and its super reaches the class's own */
static kn_class *pre_owner;
static kn_value pre_who(ARGS) {
  kn_value up = kn_super(pre_owner, SYM("who"), self, 0, NULL, KN_NIL);
  return kn_ary_new_from(2, (kn_value[]){SYM("pre"), up});
}
static void prepend_tests(void) {
  kn_value k = kn_define_class(kn_cObject, "PreK", KN_NIL);
  kn_define_method(k, "who", ret_a, 0, 0);
  kn_value m = kn_define_module(kn_cObject, "PreM");
  kn_define_method(m, "who", pre_who, 0, 0);
  pre_owner = KN_CLASS(m);
  kn_prepend_module(k, m);
  kn_prepend_module(k, m); /* a second prepend changes nothing */
  CHECK_INSPECT(CALL0(CALL0(k, "ancestors"), "first"), "PreM");
  CHECK_INSPECT(kn_ary_new_from(2, (kn_value[]){CALL1(CALL0(k, "ancestors"), "[]", I(1)), CALL0(CALL0(k, "ancestors"), "size")}), "[PreK, 5]");
  CHECK_INSPECT(CALL0(kn_obj_alloc(k), "who"), "[:pre, :a]");
  kn_define_method(k, "who", ret_b, 0, 0); /* a later def in the class still sits below the module */
  CHECK_INSPECT(CALL0(kn_obj_alloc(k), "who"), "[:pre, :b]");
}

/* "#<Foo:0x0000... @a=1>" with the address replaced by XX */
static kn_value no_addr(kn_value s) {
  char *p = strstr(KN_STR(s)->ptr, ":0x");
  if (!p) return s;
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_add(&b, KN_STR(s)->ptr, (size_t)(p - KN_STR(s)->ptr) + 1);
  kn_buf_adds(&b, "XX");
  kn_buf_adds(&b, p + 19);
  return kn_buf_to_str(&b);
}

static kn_value p_val(ARGS) { return kn_ivar_get(self, SYM("@v")); }
static kn_value p_secret(ARGS) { return I(42); }
static kn_value p_mm(ARGS) { return kn_ary_new_from(1, argv); }

/* Protected methods (ruby 3.1):
 *   module Cmp; protected; def secret; 42; end; end
 *   class PFoo; include Cmp; def initialize(v); @v = v; end; protected; def val; @v; end; end
 *   class PBar < PFoo; end;  class PBaz; end */
static void protected_tests(void) {
  kn_value cmp = kn_define_module(kn_cObject, "Cmp");
  kn_define_method_sym(cmp, SYM("secret"), p_secret, 0, 0, KN_PROTECTED);
  kn_value foo = kn_define_class(kn_cObject, "PFoo", KN_NIL);
  kn_include_module(foo, cmp);
  kn_define_method_sym(foo, SYM("val"), p_val, 0, 0, KN_PROTECTED);
  kn_value bar = kn_define_class(kn_cObject, "PBar", foo);
  kn_value baz = kn_define_class(kn_cObject, "PBaz", KN_NIL);
  kn_value a = kn_obj_alloc(foo), b = kn_obj_alloc(bar), z = kn_obj_alloc(baz);
  kn_ivar_set(a, SYM("@v"), I(1));
  kn_ivar_set(b, SYM("@v"), I(2));
  static kn_callsite cs;
  /* a.cmp(b): o.val from a PFoo method; b.cmp(a) from a PBar; peek: o.secret (defined in a module) */
  CHECK_INSPECT(kn_send_from(&cs, a, b, SYM("val"), 0, NULL, KN_NIL), "2");
  CHECK_INSPECT(kn_send_from(&cs, b, a, SYM("val"), 0, NULL, KN_NIL), "1");
  CHECK_INSPECT(kn_send_from(NULL, a, b, SYM("secret"), 0, NULL, KN_NIL), "42");
  /* from main, from an unrelated class, through public_send: NoMethodError */
  CHECK_RAISES_PREFIX(kn_send_from(&cs, kn_top_self, a, SYM("val"), 0, NULL, KN_NIL), kn_eNoMethodError,
                      "protected method `val' called for #<PFoo:0x");
  CHECK_RAISES_PREFIX(kn_send_from(&cs, z, a, SYM("val"), 0, NULL, KN_NIL), kn_eNoMethodError,
                      "protected method `val' called for #<PFoo:0x");
  CHECK_RAISES_PREFIX(kn_send_from(NULL, z, a, SYM("secret"), 0, NULL, KN_NIL), kn_eNoMethodError,
                      "protected method `secret' called for #<PFoo:0x");
  CHECK_RAISES_PREFIX(CALL1(a, "public_send", SYM("val")), kn_eNoMethodError, "protected method `val' called for #<PFoo:0x");
  /* send ignores visibility; respond_to? is false unless include_all */
  CHECK_INSPECT(CALL1(a, "send", SYM("val")), "1");
  CHECK_INSPECT(CALL1(a, "respond_to?", SYM("val")), "false");
  CHECK_INSPECT(CALL2(a, "respond_to?", SYM("val"), KN_TRUE), "true");
  /* a private method through kn_send_from still raises; a public one is just called */
  CHECK_RAISES_PREFIX(kn_send_from(NULL, a, a, SYM("initialize"), 0, NULL, KN_NIL), kn_eNoMethodError,
                      "private method `initialize' called for #<PFoo:0x");
  CHECK_INSPECT(kn_send_from(NULL, kn_top_self, I(3), SYM("succ"), 0, NULL, KN_NIL), "4");
  /* a violation goes to the program's method_missing as in ruby */
  kn_define_method(baz, "method_missing", p_mm, 0, -1);
  kn_define_method_sym(baz, SYM("hid"), p_secret, 0, 0, KN_PROTECTED);
  CHECK_INSPECT(kn_send_from(NULL, kn_top_self, z, SYM("hid"), 0, NULL, KN_NIL), "[:hid]");
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "class_test.c");

  kn_value foo = kn_define_class(kn_cObject, "Foo", KN_NIL);
  kn_define_method_sym(foo, SYM("initialize"), foo_init, 0, 0, KN_PUBLIC);
  kn_value obj = kn_class_new_instance(foo, 0, NULL, KN_NIL);
  CHECK_STR(no_addr(kn_inspect(obj)), "#<Foo:XX @a=1, @b=\"x\">");
  CHECK(strlen(KN_STR(kn_inspect(obj))->ptr) == strlen("#<Foo:0x0000000000000000 @a=1, @b=\"x\">"));
  CHECK_STR(no_addr(CALL0(obj, "to_s")), "#<Foo:XX>");
  CHECK_INSPECT(CALL0(obj, "instance_variables"), "[:@a, :@b]");
  CHECK_INSPECT(kn_ivar_get(obj, SYM("@zz")), "nil");
  CHECK_INSPECT(CALL1(obj, "instance_variable_get", SYM("@a")), "1");
  CHECK_RAISES(CALL1(obj, "instance_variable_get", STR("a")), kn_eNameError, "`a' is not allowed as an instance variable name");
  CHECK_INSPECT(CALL0(obj, "class"), "Foo");
  CHECK_INSPECT(CALL1(obj, "is_a?", kn_cObject), "true");
  CHECK_INSPECT(CALL1(obj, "instance_of?", kn_cObject), "false");
  CHECK_RAISES(kn_define_class(kn_cObject, "Foo", kn_cString), kn_eTypeError, "superclass mismatch for class Foo");
  CHECK(kn_define_class(kn_cObject, "Foo", KN_NIL) == foo);
  CHECK_RAISES(CALL0(foo, "initialize"), kn_eNoMethodError, "private method `initialize' called for Foo:Class");


  /* attr_accessor at runtime (public since ruby 3.0; private, protected, public stay private) */
  kn_send_self(foo, SYM("attr_accessor"), 1, (kn_value[]){SYM("a")}, KN_NIL);
  CHECK_INSPECT(CALL0(obj, "a"), "1");
  CALL1(obj, "a=", I(7));
  CHECK_INSPECT(kn_ivar_get(obj, SYM("@a")), "7");
  CHECK_RAISES(CALL1(obj, "a", I(1)), kn_eArgumentError, "wrong number of arguments (given 1, expected 0)");
  CHECK_INSPECT(CALL1(foo, "attr_reader", SYM("q")), "[:q]");
  CHECK_RAISES(CALL1(foo, "private", SYM("q")), kn_eNoMethodError, "private method `private' called for Foo:Class");
  kn_obj_freeze(obj);
  CHECK_RAISES_PREFIX(CALL1(obj, "a=", I(8)), kn_eFrozenError, "can't modify frozen Foo: #<Foo:");

  /* modules: ruby's ancestor order */
  kn_value A = kn_define_module(kn_cObject, "A");
  kn_value B = kn_define_module(kn_cObject, "B");
  kn_include_module(B, A);
  kn_value C = kn_define_class(kn_cObject, "C", KN_NIL);
  kn_include_module(C, A);
  kn_include_module(C, B);
  CHECK_INSPECT(CALL0(C, "ancestors"), "[C, B, A, Object, Kernel, BasicObject]");
  kn_value D = kn_define_class(kn_cObject, "D", KN_NIL);
  kn_send_self(D, SYM("include"), 1, &B, KN_NIL);
  CHECK_INSPECT(CALL0(D, "ancestors"), "[D, B, A, Object, Kernel, BasicObject]");
  CHECK_INSPECT(CALL0(kn_cInteger, "ancestors"), "[Integer, Numeric, Comparable, Object, Kernel, BasicObject]");
  CHECK_INSPECT(CALL1(D, "include?", A), "true");
  CHECK_INSPECT(CALL1(D, "<", A), "true");
  CHECK_INSPECT(CALL1(kn_cString, "<", D), "nil");

  /* dispatch through modules, super, and inline caches that see redefinition */
  kn_define_method(A, "who", ret_a, 0, 0);
  kn_value d = kn_class_new_instance(D, 0, NULL, KN_NIL);
  kn_callsite cs = {0};
  CHECK_INSPECT(kn_send_cached(&cs, d, SYM("who"), 0, NULL, KN_NIL), ":a");
  CHECK_INSPECT(kn_send_cached(&cs, d, SYM("who"), 0, NULL, KN_NIL), ":a");
  b_owner = KN_CLASS(B);
  kn_define_method(B, "who", b_super, 0, 0);
  CHECK_INSPECT(kn_send_cached(&cs, d, SYM("who"), 0, NULL, KN_NIL), "[:b, :a]");
  kn_define_singleton_method(d, "who", ret_b, 0, 0);
  CHECK_INSPECT(kn_send_cached(&cs, d, SYM("who"), 0, NULL, KN_NIL), ":b");
  CHECK_INSPECT(CALL0(d, "singleton_methods"), "[:who]");
  CHECK_INSPECT(kn_send_cached(&cs, kn_class_new_instance(D, 0, NULL, KN_NIL), SYM("who"), 0, NULL, KN_NIL), "[:b, :a]");
  CHECK(kn_respond_to(d, SYM("who"), false));
  CHECK(!kn_respond_to(d, SYM("puts"), false));
  CHECK(kn_respond_to(d, SYM("puts"), true));

  /* visibility: private with no arguments applies to later defs */
  kn_value E = kn_define_class(kn_cObject, "E", KN_NIL);
  kn_send_self(E, SYM("private"), 0, NULL, KN_NIL);
  kn_define_method_sym(E, SYM("hidden"), ret_a, 0, 0, KN_PUBLIC);
  kn_send_self(E, SYM("public"), 0, NULL, KN_NIL);
  kn_define_method_sym(E, SYM("shown"), ret_a, 0, 0, KN_PUBLIC);
  kn_value e = kn_class_new_instance(E, 0, NULL, KN_NIL);
  CHECK_RAISES_PREFIX(CALL0(e, "hidden"), kn_eNoMethodError, "private method `hidden' called for #<E:");
  CHECK_INSPECT(kn_send_self(e, SYM("hidden"), 0, NULL, KN_NIL), ":a");
  CHECK_INSPECT(CALL0(e, "shown"), ":a");
  CHECK_INSPECT(CALL1(e, "send", SYM("hidden")), ":a");
  CHECK_RAISES_PREFIX(CALL1(e, "public_send", SYM("hidden")), kn_eNoMethodError, "private method `hidden' called for #<E:");
  CHECK_INSPECT(CALL1(E, "instance_methods", KN_FALSE), "[:shown]");
  kn_send_self(E, SYM("private"), 1, (kn_value[]){SYM("shown")}, KN_NIL);
  CHECK_RAISES_PREFIX(CALL0(e, "shown"), kn_eNoMethodError, "private method `shown' called for #<E:");
  CHECK_RAISES(kn_send_self(E, SYM("private"), 1, (kn_value[]){SYM("nope")}, KN_NIL), kn_eNameError, "undefined method `nope' for class `E'");
  kn_alias_method(E, SYM("shown2"), SYM("hidden"));
  CHECK_INSPECT(kn_send_self(e, SYM("shown2"), 0, NULL, KN_NIL), ":a");

  /* module_function */
  kn_value M = kn_define_module(kn_cObject, "M");
  kn_send_self(M, SYM("module_function"), 0, NULL, KN_NIL);
  kn_define_method_sym(M, SYM("helper"), ret_b, 0, 0, KN_PUBLIC);
  CHECK_INSPECT(CALL0(M, "helper"), ":b");

  /* constants: lexical scopes, then ancestors, then Object */
  kn_value outer = kn_define_module(kn_cObject, "Outer");
  kn_value inner = kn_define_class(outer, "Inner", KN_NIL);
  CHECK_INSPECT(inner, "Outer::Inner");
  kn_const_set(outer, SYM("X"), I(1));
  kn_const_set(A, SYM("Y"), I(2));
  kn_value nesting[2] = {inner, outer};
  CHECK_INSPECT(kn_const_lookup(2, nesting, SYM("X")), "1");
  CHECK_INSPECT(kn_const_lookup(2, nesting, SYM("String")), "String");
  CHECK_RAISES(kn_const_lookup(2, nesting, SYM("Z")), kn_eNameError, "uninitialized constant Outer::Inner::Z");
  kn_value dn[1] = {D};
  CHECK_INSPECT(kn_const_lookup(1, dn, SYM("Y")), "2");
  CHECK_INSPECT(kn_const_get(D, SYM("Y")), "2");
  /* with did_you_mean's lines, as ruby prints them once stringio is loaded */
  CHECK_RAISES(kn_const_get(D, SYM("String")), kn_eNameError,
               "uninitialized constant D::String\nDid you mean?  StringIO\n               STDIN");
  CHECK_INSPECT(CALL1(kn_cObject, "const_get", STR("Outer::Inner")), "Outer::Inner");

  /* class variables are shared with subclasses; class-level ivars are not */
  kn_value sub = kn_define_class(kn_cObject, "Sub", C);
  kn_cvar_set(C, SYM("@@count"), I(5));
  CHECK_INSPECT(kn_cvar_get(sub, SYM("@@count")), "5");
  kn_cvar_set(sub, SYM("@@count"), I(6));
  CHECK_INSPECT(kn_cvar_get(C, SYM("@@count")), "6");
  CHECK_RAISES(kn_cvar_get(C, SYM("@@nope")), kn_eNameError, "uninitialized class variable @@nope in C");
  kn_ivar_set(C, SYM("@level"), I(1));
  CHECK_INSPECT(kn_ivar_get(sub, SYM("@level")), "nil");
  CHECK_INSPECT(CALL0(sub, "superclass"), "C");
  CHECK_INSPECT(kn_gvar_get(SYM("$undefined_global")), "nil");
  kn_gvar_set(SYM("$g"), I(3));
  CHECK_INSPECT(kn_gvar_get(SYM("$g")), "3");

  /* singleton classes and class methods are inherited */
  kn_define_singleton_method(C, "make", ret_b, 0, 0);
  CHECK_INSPECT(CALL0(sub, "make"), ":b");
  CHECK_INSPECT(CALL0(C, "singleton_class"), "#<Class:C>");
  kn_value anon = kn_class_new(kn_cObject);
  CHECK(strncmp(KN_STR(kn_inspect(anon))->ptr, "#<Class:0x", 10) == 0);
  CHECK_INSPECT(CALL0(anon, "name"), "nil");
  kn_const_set(kn_cObject, SYM("Named"), anon);
  CHECK_INSPECT(anon, "Named");

  /* Comparable over <=> */
  kn_value V = kn_define_class(kn_cObject, "V", KN_NIL);
  kn_include_module(V, kn_mComparable);
  kn_define_method(V, "<=>", cmp_by_n, 1, 1);
  kn_value v1 = kn_class_new_instance(V, 0, NULL, KN_NIL), v2 = kn_class_new_instance(V, 0, NULL, KN_NIL);
  kn_ivar_set(v1, SYM("@n"), I(1));
  kn_ivar_set(v2, SYM("@n"), I(2));
  CHECK_INSPECT(CALL1(v1, "<", v2), "true");
  CHECK_INSPECT(CALL1(v1, ">=", v2), "false");
  CHECK_INSPECT(CALL2(v2, "between?", v1, v2), "true");
  CHECK(CALL2(v1, "clamp", v2, v2) == v2);
  CHECK_INSPECT(CALL2(I(5), "clamp", I(1), I(3)), "3");
  CHECK_RAISES(CALL2(I(5), "clamp", I(3), I(1)), kn_eArgumentError, "min argument must be smaller than max argument");
  CHECK_RAISES(CALL1(v1, "<", I(3)), kn_eArgumentError, "comparison of V with 3 failed");

  /* Struct */
  kn_value S = kn_send(kn_cStruct, SYM("new"), 2, (kn_value[]){SYM("x"), SYM("y")}, KN_NIL);
  kn_const_set(kn_cObject, SYM("S"), S);
  kn_value s = kn_class_new_instance(S, 2, (kn_value[]){I(1), I(2)}, KN_NIL);
  CHECK_INSPECT(s, "#<struct S x=1, y=2>");
  CHECK_INSPECT(kn_class_new_instance(S, 1, (kn_value[]){I(1)}, KN_NIL), "#<struct S x=1, y=nil>");
  CHECK_INSPECT(CALL0(S, "members"), "[:x, :y]");
  CHECK_INSPECT(CALL0(s, "to_a"), "[1, 2]");
  CHECK_INSPECT(CALL0(s, "y"), "2");
  CALL1(s, "x=", I(5));
  CHECK_INSPECT(CALL1(s, "[]", SYM("x")), "5");
  CHECK_INSPECT(CALL1(s, "[]", I(-1)), "2");
  CHECK_INSPECT(CALL1(s, "==", kn_class_new_instance(S, 2, (kn_value[]){I(5), I(2)}, KN_NIL)), "true");
  CHECK_INSPECT(CALL0(s, "instance_variables"), "[]");
  CHECK_RAISES(kn_class_new_instance(S, 3, (kn_value[]){I(1), I(2), I(3)}, KN_NIL), kn_eArgumentError, "struct size differs");
  CHECK_RAISES(CALL1(s, "[]", SYM("z")), kn_eNameError, "no member 'z' in struct");
  CHECK_RAISES(CALL1(s, "[]", I(5)), kn_eIndexError, "offset 5 too large for struct(size:2)");
  kn_value kw = kn_hash_new();
  kn_hash_aset(kw, SYM("keyword_init"), KN_TRUE);
  kn_value K = kn_send(kn_cStruct, SYM("new"), 2, (kn_value[]){SYM("a"), kw}, KN_NIL);
  kn_const_set(kn_cObject, SYM("K"), K);
  kn_value args = kn_hash_new();
  kn_hash_aset(args, SYM("a"), I(5));
  CHECK_INSPECT(kn_class_new_instance(K, 1, &args, KN_NIL), "#<struct K a=5>");
  kn_value bad = kn_hash_new();
  kn_hash_aset(bad, SYM("b"), I(1));
  CHECK_RAISES(kn_class_new_instance(K, 1, &bad, KN_NIL), kn_eArgumentError, "unknown keywords: b");
  kn_value anon_s = kn_send(kn_cStruct, SYM("new"), 1, (kn_value[]){SYM("q")}, KN_NIL);
  CHECK_INSPECT(kn_class_new_instance(anon_s, 1, (kn_value[]){I(3)}, KN_NIL), "#<struct q=3>");

  /* nil, true, false; object_id as ruby numbers it */
  CHECK_INSPECT(CALL0(KN_NIL, "to_a"), "[]");
  CHECK_INSPECT(CALL0(KN_NIL, "to_s"), "\"\"");
  CHECK_INSPECT(CALL1(KN_TRUE, "&", KN_FALSE), "false");
  CHECK_INSPECT(CALL1(KN_TRUE, "^", KN_TRUE), "false");
  CHECK_INSPECT(CALL1(KN_FALSE, "|", I(1)), "true");
  CHECK_INSPECT(CALL0(KN_NIL, "object_id"), "8");
  CHECK_INSPECT(CALL0(KN_TRUE, "object_id"), "20");
  CHECK_INSPECT(CALL0(I(1), "object_id"), "3");
  kn_value o1 = kn_obj_alloc(kn_cObject);
  kn_value id1 = CALL0(o1, "object_id");
  CHECK(CALL0(o1, "object_id") == id1);
  CHECK(kn_op_minus(CALL0(kn_obj_alloc(kn_cObject), "object_id"), id1) == I(20));
  CHECK_INSPECT(kn_top_self, "main");
  protected_tests();
  prepend_tests();
  return kn_test_finish();
}
