# frozen_string_literal: true
# prims.rb: core methods compiled inline: a guard on the receiver's class and a C expression, the send as fallback.
#
# specialize.rb turns `send` into `psend` when inference says the receiver
# may be one of a prim's classes; codegen_c.rb emits each such class's
# guard in turn, the prim's expression when one holds, and the ordinary
# send otherwise. So a prim is only ever a shortcut: a receiver of any
# other class, an argument the expression does not cover (a guard), or a
# case the runtime must raise for (a guard again) goes through the send
# and behaves as Ruby does. Guards test the exact class, never a subclass
# (which may override the method).
#
# Placeholders in guards and expressions: %x the receiver (boxed), %d the
# receiver as a double (Float prims only), %y, %z and %w the first, second
# and third argument (boxed), %e and %f the first two as doubles (Math
# prims only, after %ny / %nz, the guards that they are Integers or Floats).
#
# An expression that may raise or call back into Ruby (a key's #hash, an
# element's #==) runs under the method's backtrace frame, as the send would
# run it (FRAMED in the table's last column).

module Prims
  INT = 1
  FLOAT = 2
  ARRAY = 4
  STRING = 8
  HASH = 16
  MATH = 32
  OBJECT = 64 # any receiver: methods of Object no core class overrides differently
  SYMBOL = 128
  MODULE = 256 # a class or module object (Module#===), unless the program defines ===
  # Bits valid only while the program defines no method of the name.
  UNLESS_DEFINED = OBJECT | MODULE

  # class bit => guard on %x that the receiver is of exactly that class
  GUARDS = { INT => "KN_FIXNUM_P(%x)", FLOAT => "(KN_FLONUM_P(%x) || KN_TYPE_P(%x, KN_T_FLOAT))",
             ARRAY => "!KN_SPECIAL_P(%x) && KN_HDR(%x)->klass == (kn_class *)kn_cArray",
             STRING => "!KN_SPECIAL_P(%x) && KN_HDR(%x)->klass == (kn_class *)kn_cString",
             HASH => "!KN_SPECIAL_P(%x) && KN_HDR(%x)->klass == (kn_class *)kn_cHash",
             MATH => "%x == kn_mMath", OBJECT => "1", SYMBOL => "KN_SYMBOL_P(%x)",
             MODULE => "(KN_TYPE_P(%x, KN_T_CLASS) || KN_TYPE_P(%x, KN_T_MODULE))" }.freeze

  STR_EQUAL = "kn_str_equal(%x, %y)" # codegen compares with a literal side's bytes in place
  STRING_ARG = "KN_TYPE_P(%y, KN_T_STRING)"
  NOT_FROZEN = "!(KN_HDR(%x)->flags & KN_FL_FROZEN)"
  FIX_RANGE = "fabs(%d) < 4.0e18" # a double whose integer part is surely a fixnum
  NUM_ARGS1 = "%ny"
  NUM_ARGS2 = "%ny && %nz"

  FIXNUM_ARGS2 = "KN_FIXNUM_P(%y) && KN_FIXNUM_P(%z)"
  FRAMED = true

  # [class bit, method, argument count, result kind (val/bool/float), extra guard or nil, expression, FRAMED or absent]
  TABLE = [
    [OBJECT, "nil?", 0, "bool", nil, "%x == KN_NIL"],
    [OBJECT, "equal?", 1, "bool", nil, "%x == %y"],
    [SYMBOL, "===", 1, "bool", nil, "%x == %y"],
    [INT, "===", 1, "bool", "KN_FIXNUM_P(%y)", "%x == %y"],
    [STRING, "===", 1, "bool", "!KN_SPECIAL_P(%y) && KN_HDR(%y)->klass == (kn_class *)kn_cString", STR_EQUAL],
    [MODULE, "===", 1, "bool", nil, "kn_obj_is_kind_of(%y, %x)"],
    [INT, "==", 1, "bool", "KN_FIXNUM_P(%y)", "%x == %y"],
    [FLOAT, "==", 1, "bool", "KN_FLONUM_P(%y)", "%d == kn_float_unbox(%y)"],
    [STRING, "==", 1, "bool", STRING_ARG, STR_EQUAL],
    [SYMBOL, "==", 1, "bool", nil, "%x == %y"],
    [INT, "!=", 1, "bool", "KN_FIXNUM_P(%y)", "%x != %y"],
    [FLOAT, "!=", 1, "bool", "KN_FLONUM_P(%y)", "%d != kn_float_unbox(%y)"],
    [STRING, "!=", 1, "bool", STRING_ARG, "!" + STR_EQUAL],
    [SYMBOL, "!=", 1, "bool", nil, "%x != %y"],
    [INT, "zero?", 0, "bool", nil, "%x == KN_INT2FIX(0)"],
    [INT, "even?", 0, "bool", nil, "!(KN_FIX2INT(%x) & 1)"],
    [INT, "odd?", 0, "bool", nil, "(KN_FIX2INT(%x) & 1) != 0"],
    [INT, "positive?", 0, "bool", nil, "KN_FIX2INT(%x) > 0"],
    [INT, "negative?", 0, "bool", nil, "KN_FIX2INT(%x) < 0"],
    [INT, "to_i", 0, "val", nil, "%x"],
    [INT, "to_int", 0, "val", nil, "%x"],
    [INT, "floor", 0, "val", nil, "%x"],
    [INT, "ceil", 0, "val", nil, "%x"],
    [INT, "round", 0, "val", nil, "%x"],
    [INT, "truncate", 0, "val", nil, "%x"],
    [INT, "to_f", 0, "float", nil, "(double)KN_FIX2INT(%x)"],
    [INT, "to_s", 0, "val", nil, "kn_obj_to_s(%x)"],
    [INT, "~", 0, "val", nil, "~%x | 1"],
    [INT, "succ", 0, "val", "%x != KN_INT2FIX(KN_FIXNUM_MAX)", "%x + 2"],
    [INT, "pred", 0, "val", "%x != KN_INT2FIX(KN_FIXNUM_MIN)", "%x - 2"],
    [INT, "abs", 0, "val", "%x != KN_INT2FIX(KN_FIXNUM_MIN)", "KN_FIX2INT(%x) < 0 ? KN_INT2FIX(-KN_FIX2INT(%x)) : %x"],
    [INT, "-@", 0, "val", "%x != KN_INT2FIX(KN_FIXNUM_MIN)", "KN_INT2FIX(-KN_FIX2INT(%x))"],
    [FLOAT, "to_f", 0, "float", nil, "%d"],
    [FLOAT, "abs", 0, "float", nil, "fabs(%d)"],
    [FLOAT, "-@", 0, "float", nil, "-%d"],
    [FLOAT, "zero?", 0, "bool", nil, "%d == 0.0"],
    [FLOAT, "nan?", 0, "bool", nil, "isnan(%d)"],
    [FLOAT, "finite?", 0, "bool", nil, "isfinite(%d)"],
    [FLOAT, "floor", 0, "val", FIX_RANGE, "KN_INT2FIX((int64_t)floor(%d))"],
    [FLOAT, "ceil", 0, "val", FIX_RANGE, "KN_INT2FIX((int64_t)ceil(%d))"],
    [FLOAT, "round", 0, "val", FIX_RANGE, "KN_INT2FIX((int64_t)round(%d))"],
    [FLOAT, "to_i", 0, "val", FIX_RANGE, "KN_INT2FIX((int64_t)%d)"],
    [FLOAT, "truncate", 0, "val", FIX_RANGE, "KN_INT2FIX((int64_t)%d)"],
    [MATH, "sqrt", 1, "float", "#{NUM_ARGS1} && %e >= 0.0", "sqrt(%e)"],
    [MATH, "sin", 1, "float", NUM_ARGS1, "sin(%e)"],
    [MATH, "cos", 1, "float", NUM_ARGS1, "cos(%e)"],
    [MATH, "tan", 1, "float", NUM_ARGS1, "tan(%e)"],
    [MATH, "atan", 1, "float", NUM_ARGS1, "atan(%e)"],
    [MATH, "exp", 1, "float", NUM_ARGS1, "exp(%e)"],
    [MATH, "log", 1, "float", "#{NUM_ARGS1} && %e >= 0.0", "log(%e)"],
    [MATH, "log2", 1, "float", "#{NUM_ARGS1} && %e >= 0.0", "log2(%e)"],
    [MATH, "log10", 1, "float", "#{NUM_ARGS1} && %e >= 0.0", "log10(%e)"],
    [MATH, "atan2", 2, "float", NUM_ARGS2, "atan2(%e, %f)"],
    [MATH, "hypot", 2, "float", NUM_ARGS2, "hypot(%e, %f)"],
    [ARRAY, "size", 0, "val", nil, "KN_INT2FIX(KN_ARY(%x)->len)"],
    [ARRAY, "length", 0, "val", nil, "KN_INT2FIX(KN_ARY(%x)->len)"],
    [ARRAY, "empty?", 0, "bool", nil, "KN_ARY(%x)->len == 0"],
    [ARRAY, "first", 0, "val", nil, "KN_ARY(%x)->len > 0 ? KN_ARY(%x)->ptr[0] : KN_NIL"],
    [ARRAY, "last", 0, "val", nil, "KN_ARY(%x)->len > 0 ? KN_ARY(%x)->ptr[KN_ARY(%x)->len - 1] : KN_NIL"],
    [ARRAY, "<<", 1, "val", NOT_FROZEN, "(kn_ary_push(%x, %y), %x)"],
    [ARRAY, "push", 1, "val", NOT_FROZEN, "(kn_ary_push(%x, %y), %x)"],
    [ARRAY, "pop", 0, "val", NOT_FROZEN, "kn_ary_pop(%x)"],
    [ARRAY, "dup", 0, "val", nil, "kn_ary_dup(%x)"],
    [ARRAY, "reverse", 0, "val", nil, "kn_ary_reverse(%x, 0, NULL, KN_NIL)"],
    [ARRAY, "[]", 2, "val", FIXNUM_ARGS2, "kn_ary_aref(%x, 2, (const kn_value[]){%y, %z}, KN_NIL)"],
    [ARRAY, "[]=", 3, "val", "#{FIXNUM_ARGS2} && #{NOT_FROZEN}", "kn_ary_aset(%x, 3, (const kn_value[]){%y, %z, %w}, KN_NIL)",
     FRAMED],
    [ARRAY, "include?", 1, "val", nil, "kn_ary_include_p(%x, 1, (const kn_value[]){%y}, KN_NIL)", FRAMED],
    [ARRAY, "index", 1, "val", nil, "kn_ary_index(%x, 1, (const kn_value[]){%y}, KN_NIL)", FRAMED],
    [STRING, "bytesize", 0, "val", nil, "KN_INT2FIX(KN_STR(%x)->len)"],
    [STRING, "empty?", 0, "bool", nil, "KN_STR(%x)->len == 0"],
    [STRING, "size", 0, "val", nil, "kn_str_length(%x, 0, NULL, KN_NIL)"],
    [STRING, "length", 0, "val", nil, "kn_str_length(%x, 0, NULL, KN_NIL)"],
    [HASH, "size", 0, "val", nil, "KN_INT2FIX(kn_hash_size(%x))"],
    [HASH, "length", 0, "val", nil, "KN_INT2FIX(kn_hash_size(%x))"],
    [HASH, "empty?", 0, "bool", nil, "kn_hash_size(%x) == 0"],
    # (kn_hash_has/fetch1 push the method's frame themselves, only when the key may run Ruby code or
    # fetch raises; `[]` and `[]=` have none in CRuby either)
    [HASH, "key?", 1, "bool", nil, "kn_hash_has(%x, %y)"],
    [HASH, "include?", 1, "bool", nil, "kn_hash_lookup(%x, %y, KN_UNDEF) != KN_UNDEF", FRAMED],
    [HASH, "member?", 1, "bool", nil, "kn_hash_lookup(%x, %y, KN_UNDEF) != KN_UNDEF", FRAMED],
    [HASH, "[]", 1, "val", nil, "kn_hash_aref(%x, %y)"],
    [HASH, "[]=", 2, "val", nil, "kn_hash_aset(%x, %y, %z)"],
    [HASH, "fetch", 1, "val", nil, "kn_hash_fetch1(%x, %y)"]
  ].freeze

  # The entries for one method and argument count, by class bit.
  def self.for(name, argc)
    out = []
    TABLE.each { |e| out << e if e[1] == name && e[2] == argc }
    out
  end
end
