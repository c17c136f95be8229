# frozen_string_literal: true
# core_types.rb: what inference knows about core (runtime) methods: result types, block parameters, effects.
#
# CoreTypes.answer answers for one receiver class at one call site, or nil
# when the method is not modeled: the caller then treats receiver,
# arguments and block as escaping and the result as `any`, which is sound
# by construction. An entry must be exact about three things: the classes
# the result can have, what the method stores into its receiver or
# arguments (done here through inf.add_elem / inf.add_kv), and what it
# passes its block (inf.yield_to). Reading an argument is harmless.

require_relative "types"

module CoreTypes
  # Boxed operator opcodes and the method each one calls.
  OPERATORS = { "vadd" => "+", "vsub" => "-", "vmul" => "*", "vdiv" => "/", "vmod" => "%", "vlt" => "<",
                "vle" => "<=", "vgt" => ">", "vge" => ">=", "veq" => "==", "vne" => "!=", "vcmp" => "<=>",
                "varef" => "[]", "vaset" => "[]=", "vshl" => "<<" }.freeze

  # Methods of every object whose result does not depend on the receiver's
  # class (unless the program redefines them, which resolution sees first).
  OBJECT = { "nil?" => "bool", "==" => "bool", "!=" => "bool", "equal?" => "bool", "eql?" => "bool",
             "is_a?" => "bool", "kind_of?" => "bool", "instance_of?" => "bool", "respond_to?" => "bool",
             "frozen?" => "bool", "to_s" => "String", "inspect" => "String", "hash" => "Integer",
             "object_id" => "Integer", "freeze" => "self", "itself" => "self", "!" => "bool" }.freeze

  INTEGER = { "to_s" => "String", "inspect" => "String", "to_i" => "Integer", "to_int" => "Integer",
              "to_f" => "Float", "chr" => "String", "abs" => "Integer", "succ" => "Integer", "pred" => "Integer",
              "-@" => "Integer", "~" => "Integer", "even?" => "bool", "odd?" => "bool", "zero?" => "bool",
              "positive?" => "bool", "negative?" => "bool", "hash" => "Integer", "size" => "Integer",
              "bit_length" => "Integer", "ord" => "Integer", "floor" => "Integer", "ceil" => "Integer",
              "round" => "Integer", "truncate" => "Integer" }.freeze

  FLOAT = { "to_s" => "String", "inspect" => "String", "to_i" => "Integer", "to_f" => "Float",
            "floor" => "Integer", "ceil" => "Integer", "truncate" => "Integer", "abs" => "Float", "-@" => "Float",
            "nan?" => "bool", "zero?" => "bool", "positive?" => "bool", "negative?" => "bool",
            "finite?" => "bool", "hash" => "Integer" }.freeze

  STRING = { "to_s" => "self", "inspect" => "String", "size" => "Integer", "length" => "Integer",
             "bytesize" => "Integer", "to_i" => "Integer", "to_f" => "Float", "to_sym" => "Symbol",
             "intern" => "Symbol", "upcase" => "String", "downcase" => "String", "capitalize" => "String",
             "strip" => "String", "lstrip" => "String", "rstrip" => "String", "chomp" => "String",
             "chop" => "String", "reverse" => "String", "dup" => "String", "+" => "String", "*" => "String",
             "%" => "String", "ljust" => "String", "rjust" => "String", "center" => "String", "succ" => "String",
             "tr" => "String", "empty?" => "bool", "include?" => "bool", "start_with?" => "bool",
             "end_with?" => "bool", "==" => "bool", "!=" => "bool", "eql?" => "bool", "<" => "bool",
             "<=" => "bool", ">" => "bool", ">=" => "bool", "<=>" => "Integer?", "index" => "Integer?",
             "rindex" => "Integer?", "ord" => "Integer", "hash" => "Integer", "hex" => "Integer",
             "[]" => "String?", "slice" => "String?", "<<" => "self", "concat" => "self", "count" => "Integer",
             "frozen?" => "bool", "freeze" => "self", "-@" => "String", "+@" => "String" }.freeze

  SYMBOL = { "to_s" => "String", "to_sym" => "self", "inspect" => "String", "size" => "Integer",
             "length" => "Integer", "==" => "bool", "!=" => "bool", "<=>" => "Integer?", "hash" => "Integer",
             "upcase" => "Symbol", "downcase" => "Symbol", "empty?" => "bool" }.freeze

  NILCLASS = { "to_s" => "String", "to_i" => "Integer", "to_f" => "Float", "inspect" => "String",
               "nil?" => "bool", "&" => "bool", "|" => "bool", "==" => "bool", "!" => "bool" }.freeze

  BOOLEAN = { "to_s" => "String", "inspect" => "String", "&" => "bool", "|" => "bool", "^" => "bool",
              "==" => "bool", "!" => "bool" }.freeze

  ARRAY = { "size" => "Integer", "length" => "Integer", "empty?" => "bool", "include?" => "bool",
            "join" => "String", "to_s" => "String", "inspect" => "String", "==" => "bool", "!=" => "bool",
            "hash" => "Integer", "first" => "elem?", "last" => "elem?", "pop" => "elem?", "shift" => "elem?",
            "min" => "elem?", "max" => "elem?", "sample" => "elem?", "delete_at" => "elem?",
            "index" => "Integer?", "rindex" => "Integer?", "frozen?" => "bool", "any?" => "bool",
            "all?" => "bool", "none?" => "bool", "to_a" => "self", "freeze" => "self", "dup" => "self",
            "reverse" => "self", "sort" => "self", "uniq" => "self", "compact" => "self", "clear" => "self",
            "reverse!" => "self", "sort!" => "self", "uniq!" => "self?", "compact!" => "self?",
            "take" => "self", "drop" => "self", "rotate" => "self", "shuffle" => "self", "-" => "self",
            "&" => "self", "eql?" => "bool" }.freeze

  HASH = { "size" => "Integer", "length" => "Integer", "count" => "Integer", "empty?" => "bool",
           "key?" => "bool", "has_key?" => "bool", "include?" => "bool", "member?" => "bool",
           "value?" => "bool", "has_value?" => "bool", "to_s" => "String", "inspect" => "String",
           "==" => "bool", "hash" => "Integer", "[]" => "val?", "delete" => "val?", "dup" => "self",
           "freeze" => "self", "frozen?" => "bool", "clear" => "self", "any?" => "bool" }.freeze

  RANGE = { "first" => "elem?", "last" => "elem?", "begin" => "elem?", "end" => "elem?", "min" => "elem?",
            "max" => "elem?", "size" => "Integer?", "count" => "Integer", "include?" => "bool",
            "cover?" => "bool", "member?" => "bool", "===" => "bool", "to_s" => "String",
            "inspect" => "String", "exclude_end?" => "bool", "==" => "bool" }.freeze

  # Methods of class objects (Module#=== is is_a?: it calls nothing).
  CLASS = { "===" => "bool", "name" => "String?", "to_s" => "String", "inspect" => "String" }.freeze

  TABLES = { "Class" => CLASS, "Integer" => INTEGER, "Float" => FLOAT, "String" => STRING, "Symbol" => SYMBOL,
             "NilClass" => NILCLASS, "TrueClass" => BOOLEAN, "FalseClass" => BOOLEAN, "Array" => ARRAY,
             "Hash" => HASH, "Range" => RANGE }.freeze

  NUMERIC_OPS = { "+" => true, "-" => true, "*" => true, "/" => true, "%" => true, "modulo" => true,
                  "div" => false, "fdiv" => false }.freeze
  COMPARE_OPS = { "<" => true, "<=" => true, ">" => true, ">=" => true }.freeze
  INT_ONLY_OPS = { "&" => true, "|" => true, "^" => true, "<<" => true, ">>" => true, "gcd" => true,
                   "lcm" => true }.freeze

  def self.without_specials(t)
    return t if t.any? || (t.bits & (Ty::NIL | Ty::BOOL)) == 0
    Ty.new(false, t.bits & ~(Ty::NIL | Ty::BOOL), t.objs, t.metas, t.sites, t.procs)
  end

  def self.numeric?(t)
    t.only?(Ty::INT | Ty::FLOAT)
  end

  # An Integer argument, or nil/true/false, with which the call raises TypeError.
  def self.int_arg?(t)
    without_specials(t).only?(Ty::INT)
  end

  # The value of simple table entries.
  def self.simple(inf, spec, recv)
    case spec
    when "bool" then Ty::BOOL_T
    when "Integer" then Ty::INT_T
    when "Integer?" then Ty.bits(Ty::INT | Ty::NIL)
    when "Float" then Ty::FLOAT_T
    when "String" then Ty::STR_T
    when "String?" then Ty.bits(Ty::STR | Ty::NIL)
    when "Symbol" then Ty::SYM_T
    when "self" then recv
    when "self?" then recv.union(Ty::NIL_T)
    when "elem?" then inf.elem_of(recv).union(Ty::NIL_T)
    when "val?" then hash_val(inf, recv).union(Ty::NIL_T)
    else
      Errors.bug("core_types: bad result spec #{spec}")
    end
  end

  def self.hash_key(inf, recv)
    t = Ty::BOTTOM
    recv.sites.each { |s| t = t.union(inf.site_read(s).key) }
    t
  end

  def self.hash_val(inf, recv)
    t = Ty::BOTTOM
    recv.sites.each { |s| t = t.union(inf.site_read(s).val) }
    t
  end

  # inf: the Infer; f, k: the call site; cls: the receiver's class name;
  # recv: the receiver's type (one class); args: argument types; blk: the
  # block's type (nil type when none). Returns a Ty, or nil (not modeled).
  # Operators nil, true and false do not have: calling one raises
  # NoMethodError, so the call contributes no value.
  NO_OPERATOR = { "+" => true, "-" => true, "*" => true, "/" => true, "%" => true, "**" => true, "<" => true,
                  ">" => true, "<=" => true, ">=" => true, "<<" => true, ">>" => true, "[]" => true, "[]=" => true,
                  "-@" => true, "+@" => true }.freeze

  # Core classes a program may not reopen for this table to hold.
  CORE_NAMES = ["BasicObject", "Object", "Kernel", "Module", "Class", "Comparable", "Enumerable", "NilClass",
                "TrueClass", "FalseClass", "Numeric", "Integer", "Float", "String", "Symbol", "Array", "Hash",
                "Range", "Proc"].freeze

  # Public methods nil, true and false have beyond OBJECT's (NilClass's,
  # Kernel's, Object's): a program method of another name is not theirs.
  SPECIAL_METHODS = ["to_a", "to_h", "to_s", "to_i", "to_f", "to_r", "to_c", "rationalize", "inspect", "&", "|",
                     "^", "==", "===", "=~", "!~", "!", "!=", "<=>", "nil?", "send", "__send__", "public_send",
                     "respond_to?", "method", "methods", "public_method", "tap", "then", "yield_self", "dup",
                     "clone", "freeze", "frozen?", "class", "singleton_class", "is_a?", "kind_of?", "instance_of?",
                     "hash", "object_id", "display", "itself", "extend", "instance_variables",
                     "instance_variable_get", "instance_variable_set", "instance_variable_defined?",
                     "define_singleton_method", "singleton_methods", "to_enum", "enum_for", "equal?", "eql?",
                     "instance_eval", "instance_exec", "public_methods", "private_methods", "protected_methods",
                     "respond_to_missing?", "method_missing", "pp", "format", "sprintf", "puts", "print", "p",
                     "to_proc", "instance_variables", "remove_instance_variable", "__id__", "singleton_method",
                     "taint", "tainted?", "trust", "untaint", "untrust", "untrusted?"].freeze

  # Every public and private method (Ruby 3.1) of Object (with Kernel and
  # BasicObject), and those Array, Hash, Range, String, Symbol, Integer,
  # Float and Proc add (with Enumerable, Comparable, Numeric), generated with
  # `instance_methods + private_instance_methods`; the runtime defines a
  # subset. Another name sent to one of their values raises NoMethodError
  # (Infer#raises_on_core?).
  OBJECT_METHODS = ["!", "!=", "!~", "()", "<=>", "==", "===", "=~", "Array", "Complex", "Float", "Hash",
                    "Integer", "Rational", "String", "__callee__", "__dir__", "__id__", "__method__", "__send__",
                    "`", "abort", "at_exit", "autoload", "autoload?", "binding", "block_given?", "caller",
                    "caller_locations", "catch", "class", "clone", "dedup", "define_singleton_method", "display",
                    "dup", "enum_for", "eql?", "equal?", "eval", "exec", "exit", "exit!", "extend", "fail", "fmt",
                    "fork", "format", "freeze", "frozen?", "gem", "gem_original_require", "gets",
                    "global_variables", "hash", "initialize", "initialize_clone", "initialize_copy",
                    "initialize_dup", "inspect", "instance_eval", "instance_exec", "instance_of?",
                    "instance_variable_defined?", "instance_variable_get", "instance_variable_set",
                    "instance_variables", "is_a?", "iterator?", "itself", "kind_of?", "lambda", "load",
                    "local_variables", "loop", "method", "method_missing", "methods", "nil?", "object_id", "open",
                    "p", "pp", "print", "printf", "private_methods", "proc", "protected_methods", "public_method",
                    "public_methods", "public_send", "putc", "puts", "raise", "rand", "readline", "readlines",
                    "remove_instance_variable", "require", "require_relative", "respond_to?",
                    "respond_to_missing?", "select", "send", "set_trace_func", "singleton_class",
                    "singleton_method", "singleton_method_added", "singleton_method_removed",
                    "singleton_method_undefined", "singleton_methods", "sleep", "spawn", "sprintf", "srand",
                    "syscall", "system", "taint", "tainted?", "tap", "test", "then", "throw", "to_enum", "to_s",
                    "trace_var", "trap", "trust", "untaint", "untrace_var", "untrust", "untrusted?", "warn",
                    "yield_self"].freeze
  ARRAY_METHODS = ["&", "*", "+", "-", "<<", "[]", "[]=", "all?", "any?", "append", "assoc", "at", "bsearch",
                   "bsearch_index", "chain", "chunk", "chunk_while", "clear", "collect", "collect!",
                   "collect_concat", "combination", "compact", "compact!", "concat", "count", "cycle",
                   "deconstruct", "delete", "delete_at", "delete_if", "detect", "difference", "dig", "drop",
                   "drop_while", "each", "each_cons", "each_entry", "each_index", "each_slice", "each_with_index",
                   "each_with_object", "empty?", "entries", "fetch", "fill", "filter", "filter!", "filter_map",
                   "find", "find_all", "find_index", "first", "flat_map", "flatten", "flatten!", "grep", "grep_v",
                   "group_by", "include?", "index", "inject", "insert", "intersect?", "intersection", "join",
                   "keep_if", "last", "lazy", "length", "map", "map!", "max", "max_by", "member?", "min", "min_by",
                   "minmax", "minmax_by", "none?", "one?", "pack", "partition", "permutation", "pop", "prepend",
                   "product", "push", "rassoc", "reduce", "reject", "reject!", "repeated_combination",
                   "repeated_permutation", "replace", "reverse", "reverse!", "reverse_each", "rindex", "rotate",
                   "rotate!", "sample", "select!", "shift", "shuffle", "shuffle!", "size", "slice", "slice!",
                   "slice_after", "slice_before", "slice_when", "sort", "sort!", "sort_by", "sort_by!", "sum",
                   "take", "take_while", "tally", "to_a", "to_ary", "to_h", "transpose", "union", "uniq", "uniq!",
                   "unshift", "values_at", "zip", "|"].freeze
  HASH_METHODS = ["<", "<=", ">", ">=", "[]", "[]=", "all?", "any?", "assoc", "chain", "chunk", "chunk_while",
                  "clear", "collect", "collect_concat", "compact", "compact!", "compare_by_identity",
                  "compare_by_identity?", "count", "cycle", "deconstruct_keys", "default", "default=",
                  "default_proc", "default_proc=", "delete", "delete_if", "detect", "dig", "drop", "drop_while",
                  "each", "each_cons", "each_entry", "each_key", "each_pair", "each_slice", "each_value",
                  "each_with_index", "each_with_object", "empty?", "entries", "except", "fetch", "fetch_values",
                  "filter", "filter!", "filter_map", "find", "find_all", "find_index", "first", "flat_map",
                  "flatten", "grep", "grep_v", "group_by", "has_key?", "has_value?", "include?", "inject",
                  "invert", "keep_if", "key", "key?", "keys", "lazy", "length", "map", "max", "max_by", "member?",
                  "merge", "merge!", "min", "min_by", "minmax", "minmax_by", "none?", "one?", "partition",
                  "rassoc", "reduce", "rehash", "reject", "reject!", "replace", "reverse_each", "select!", "shift",
                  "size", "slice", "slice_after", "slice_before", "slice_when", "sort", "sort_by", "store", "sum",
                  "take", "take_while", "tally", "to_a", "to_h", "to_hash", "to_proc", "transform_keys",
                  "transform_keys!", "transform_values", "transform_values!", "uniq", "update", "value?", "values",
                  "values_at", "zip"].freeze
  RANGE_METHODS = ["%", "all?", "any?", "begin", "bsearch", "chain", "chunk", "chunk_while", "collect",
                   "collect_concat", "compact", "count", "cover?", "cycle", "detect", "drop", "drop_while", "each",
                   "each_cons", "each_entry", "each_slice", "each_with_index", "each_with_object", "end",
                   "entries", "exclude_end?", "filter", "filter_map", "find", "find_all", "find_index", "first",
                   "flat_map", "grep", "grep_v", "group_by", "include?", "inject", "last", "lazy", "map", "max",
                   "max_by", "member?", "min", "min_by", "minmax", "minmax_by", "none?", "one?", "partition",
                   "reduce", "reject", "reverse_each", "size", "slice_after", "slice_before", "slice_when", "sort",
                   "sort_by", "step", "sum", "take", "take_while", "tally", "to_a", "to_h", "uniq", "zip"].freeze
  STRING_METHODS = ["%", "*", "+", "+@", "-@", "<", "<<", "<=", ">", ">=", "[]", "[]=", "ascii_only?", "b",
                    "between?", "bytes", "bytesize", "byteslice", "capitalize", "capitalize!", "casecmp",
                    "casecmp?", "center", "chars", "chomp", "chomp!", "chop", "chop!", "chr", "clamp", "clear",
                    "codepoints", "concat", "count", "crypt", "delete", "delete!", "delete_prefix",
                    "delete_prefix!", "delete_suffix", "delete_suffix!", "downcase", "downcase!", "dump",
                    "each_byte", "each_char", "each_codepoint", "each_grapheme_cluster", "each_line", "empty?",
                    "encode", "encode!", "encoding", "end_with?", "force_encoding", "getbyte", "grapheme_clusters",
                    "gsub", "gsub!", "hex", "include?", "index", "insert", "intern", "length", "lines", "ljust",
                    "lstrip", "lstrip!", "match", "match?", "next", "next!", "oct", "ord", "partition", "prepend",
                    "replace", "reverse", "reverse!", "rindex", "rjust", "rpartition", "rstrip", "rstrip!", "scan",
                    "scrub", "scrub!", "setbyte", "size", "slice", "slice!", "split", "squeeze", "squeeze!",
                    "start_with?", "strip", "strip!", "sub", "sub!", "succ", "succ!", "sum", "swapcase",
                    "swapcase!", "to_c", "to_f", "to_i", "to_r", "to_str", "to_sym", "tr", "tr!", "tr_s", "tr_s!",
                    "undump", "unicode_normalize", "unicode_normalize!", "unicode_normalized?", "unpack",
                    "unpack1", "upcase", "upcase!", "upto", "valid_encoding?"].freeze
  SYMBOL_METHODS = ["<", "<=", ">", ">=", "[]", "between?", "capitalize", "casecmp", "casecmp?", "clamp",
                    "downcase", "empty?", "encoding", "end_with?", "id2name", "intern", "length", "match",
                    "match?", "name", "next", "size", "slice", "start_with?", "succ", "swapcase", "to_proc",
                    "to_sym", "upcase"].freeze
  INTEGER_METHODS = ["%", "&", "*", "**", "+", "+@", "-", "-@", "/", "<", "<<", "<=", ">", ">=", ">>", "[]", "^",
                     "abs", "abs2", "allbits?", "angle", "anybits?", "arg", "between?", "bit_length", "ceil",
                     "chr", "clamp", "coerce", "conj", "conjugate", "denominator", "digits", "div", "divmod",
                     "downto", "even?", "fdiv", "finite?", "floor", "gcd", "gcdlcm", "i", "imag", "imaginary",
                     "infinite?", "integer?", "lcm", "magnitude", "modulo", "negative?", "next", "nobits?",
                     "nonzero?", "numerator", "odd?", "ord", "phase", "polar", "positive?", "pow", "pred", "quo",
                     "rationalize", "real", "real?", "rect", "rectangular", "remainder", "round", "size", "step",
                     "succ", "times", "to_c", "to_f", "to_i", "to_int", "to_r", "truncate", "upto", "zero?", "|",
                     "~"].freeze
  FLOAT_METHODS = ["%", "*", "**", "+", "+@", "-", "-@", "/", "<", "<=", ">", ">=", "abs", "abs2", "angle", "arg",
                   "between?", "ceil", "clamp", "coerce", "conj", "conjugate", "denominator", "div", "divmod",
                   "fdiv", "finite?", "floor", "i", "imag", "imaginary", "infinite?", "integer?", "magnitude",
                   "modulo", "nan?", "negative?", "next_float", "nonzero?", "numerator", "phase", "polar",
                   "positive?", "prev_float", "quo", "rationalize", "real", "real?", "rect", "rectangular",
                   "remainder", "round", "step", "to_c", "to_f", "to_i", "to_int", "to_r", "truncate",
                   "zero?"].freeze
  PROC_METHODS = ["<<", ">>", "[]", "arity", "call", "curry", "lambda?", "parameters", "ruby2_keywords",
                  "source_location", "to_proc", "yield"].freeze

  CORE_METHODS_OF = { "Array" => ARRAY_METHODS, "Hash" => HASH_METHODS, "Range" => RANGE_METHODS,
                      "String" => STRING_METHODS, "Symbol" => SYMBOL_METHODS, "Integer" => INTEGER_METHODS,
                      "Float" => FLOAT_METHODS, "Proc" => PROC_METHODS }.freeze

  # Core exception classes a program class may inherit from: none of their
  # methods calls a program method kiln does not already treat as called
  # by the runtime (Infer::RUNTIME_CALLED).
  CORE_EXCEPTIONS = ["Exception", "StandardError", "RuntimeError", "ArgumentError", "TypeError", "NameError",
                     "NoMethodError", "IndexError", "KeyError", "RangeError", "IOError", "EOFError",
                     "NotImplementedError", "ZeroDivisionError", "FrozenError", "StopIteration",
                     "ScriptError", "SecurityError"].freeze

  # Core modules a program class may include, and their methods: a call of
  # another name on the includer looks past them.
  CORE_MODULES = ["Comparable", "Enumerable", "Kernel"].freeze
  COMPARABLE_METHODS = ["<", "<=", "==", ">", ">=", "between?", "clamp"].freeze
  ENUMERABLE_METHODS = ["all?", "any?", "chain", "chunk", "chunk_while", "collect", "collect_concat", "compact",
                        "count", "cycle", "detect", "drop", "drop_while", "each_cons", "each_entry", "each_slice",
                        "each_with_index", "each_with_object", "entries", "filter", "filter_map", "find",
                        "find_all", "find_index", "first", "flat_map", "grep", "grep_v", "group_by", "include?",
                        "inject", "lazy", "map", "max", "max_by", "member?", "min", "min_by", "minmax",
                        "minmax_by", "none?", "one?", "partition", "reduce", "reject", "reverse_each", "select",
                        "slice_after", "slice_before", "slice_when", "sort", "sort_by", "sum", "take",
                        "take_while", "tally", "to_a", "to_h", "to_set", "uniq", "zip"].freeze

  # Struct's instance methods (runtime-c/struct.c); Enumerable's come next.
  STRUCT_METHODS = ["initialize", "members", "to_a", "deconstruct", "values", "to_h", "to_s", "inspect", "==",
                    "eql?", "hash", "[]", "[]=", "each", "each_pair", "size", "length", "dig", "values_at",
                    "deconstruct_keys"].freeze

  # A Struct method (or Enumerable's) on recv, instances of Struct classes
  # whose members hold `members`; nil when not modeled. Reading members is
  # harmless; what a method hands out of them is typed from `members`.
  def self.struct_call(inf, f, k, recv, members, name, args, blk)
    has_blk = !blk.only?(Ty::NIL)
    n = args.size
    return Ty::BOOL_T if (name == "==" || name == "eql?") && n == 1 && !has_blk
    return members if name == "[]" && n == 1 && !has_blk # (a member that is not one raises)
    if name == "each" && n == 0 && has_blk
      inf.yield_to(blk, [members])
      return recv
    end
    return nil if has_blk || n != 0
    return Ty::STR_T if name == "to_s" || name == "inspect"
    return Ty::INT_T if name == "hash" || name == "size" || name == "length"
    if name == "to_a" || name == "values" || name == "deconstruct" || name == "members"
      s = inf.site(f, k, "Array")
      inf.add_elem(s, name == "members" ? Ty::SYM_T : members)
      return Ty.site(s)
    end
    nil
  end

  # m: -1 - index in CORE_MODULES. Kernel's methods are Object's already.
  def self.core_module_method?(m, name)
    mod = CORE_MODULES[-1 - m]
    return COMPARABLE_METHODS.include?(name) if mod == "Comparable"
    return ENUMERABLE_METHODS.include?(name) if mod == "Enumerable"
    false
  end

  # Constants the runtime defines that are not classes: a program constant
  # of the same name may not be the one a reference finds.
  CORE_CONSTANTS = ["PI", "E", "INFINITY", "NAN", "EPSILON", "MAX", "MIN", "DIG", "ARGV", "ENV", "STDOUT",
                    "STDERR", "STDIN", "ARGF", "DATA", "RUBY_VERSION", "RUBY_PLATFORM", "RUBY_ENGINE",
                    "RUBY_PATCHLEVEL", "RUBY_RELEASE_DATE", "RUBY_COPYRIGHT", "TOPLEVEL_BINDING"].freeze

  # Those of CORE_CONSTANTS defined in Math and Float, not at the top level.
  NESTED_CORE_CONSTANTS = ["PI", "E", "INFINITY", "NAN", "EPSILON", "MAX", "MIN", "DIG"].freeze

  # Math's functions of one or two Float arguments (Integers convert).
  MATH1 = ["sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "log",
           "log2", "log10"].freeze
  MATH2 = ["atan2", "hypot", "log"].freeze

  def self.answer(inf, f, k, cls, recv, name, args, blk)
    return nil if inf.core_reopened
    if cls == "Math"
      return nil unless blk.only?(Ty::NIL) && args.all? { |x| numeric?(x) }
      return Ty::FLOAT_T if args.size == 1 && MATH1.include?(name)
      return Ty::FLOAT_T if args.size == 2 && MATH2.include?(name)
      return nil
    end
    has_blk = !blk.only?(Ty::NIL)
    if (cls == "NilClass" || cls == "TrueClass" || cls == "FalseClass") && NO_OPERATOR[name]
      return Ty::BOTTOM
    end
    if cls == "Integer" || cls == "Float"
      r = numeric(inf, cls, recv, name, args, blk, has_blk)
      return r unless r.nil?
    elsif cls == "Array"
      r = array(inf, f, k, recv, name, args, blk, has_blk)
      return r unless r.nil?
    elsif cls == "Hash"
      r = hash_method(inf, f, k, recv, name, args, blk, has_blk)
      return r unless r.nil?
    elsif cls == "Range"
      r = range(inf, f, k, recv, name, args, blk, has_blk)
      return r unless r.nil?
    elsif cls == "Proc"
      if name == "call" || name == "yield" || name == "()" || name == "[]" || name == "==="
        return inf.yield_to(recv, args) unless has_blk
      end
      return Ty::INT_T if name == "arity" && args.empty?
      return Ty::BOOL_T if name == "lambda?" && args.empty?
      return recv if name == "to_proc" && args.empty?
    elsif cls == "main" || cls == "Object"
      r = kernel(inf, f, k, name, args, blk, has_blk)
      return r unless r.nil?
    elsif cls == "String"
      if name == "split" || name == "chars" || name == "lines"
        return nil if has_blk
        s = inf.site(f, k, "Array")
        inf.add_elem(s, Ty::STR_T)
        return Ty.site(s)
      elsif name == "bytes"
        return nil if has_blk
        s = inf.site(f, k, "Array")
        inf.add_elem(s, Ty::INT_T)
        return Ty.site(s)
      elsif name == "each_char" && has_blk
        inf.yield_to(blk, [Ty::STR_T])
        return recv
      end
    end
    return nil if has_blk
    table = TABLES[cls]
    spec = table.nil? ? nil : table[name]
    spec = OBJECT[name] if spec.nil?
    return nil if spec.nil?
    simple(inf, spec, recv)
  end

  def self.numeric(inf, cls, recv, name, args, blk, has_blk)
    int = cls == "Integer"
    if args.size == 1 && !has_blk
      x = args[0]
      # nil, true or false as the operand of arithmetic or an ordering raises TypeError / ArgumentError
      if NUMERIC_OPS.key?(name) || COMPARE_OPS[name] || name == "**"
        x = without_specials(x)
        return Ty::BOTTOM if x.bottom? # only nil/true/false: it raises
      end
      if !NUMERIC_OPS[name].nil? && NUMERIC_OPS[name] && numeric?(x)
        return Ty::FLOAT_T if !int || x.only?(Ty::FLOAT)
        return Ty::INT_T if x.only?(Ty::INT)
        return Ty.bits(Ty::INT | Ty::FLOAT)
      end
      return Ty::BOOL_T if COMPARE_OPS[name] && numeric?(x)
      return Ty::BOOL_T if name == "==" || name == "!=" || name == "eql?" || name == "equal?"
      return Ty.bits(Ty::INT | Ty::NIL) if name == "<=>"
      return Ty::INT_T if int && INT_ONLY_OPS[name] && x.only?(Ty::INT)
      return Ty::FLOAT_T if name == "fdiv" && numeric?(x)
      return Ty::FLOAT_T if name == "**" && !int && x.only?(Ty::INT) # Float ** Integer is never Complex
      return Ty::INT_T if name == "div" && numeric?(x)
      if name == "round" && x.only?(Ty::INT)
        return int ? Ty::INT_T : Ty.bits(Ty::INT | Ty::FLOAT)
      end
    end
    if args.empty? && has_blk && int && (name == "times")
      inf.yield_to(blk, [Ty::INT_T])
      return recv
    end
    if has_blk && int && name == "step" && (args.size == 1 || args.size == 2) && args.all? { |x| x.only?(Ty::INT) }
      inf.yield_to(blk, [Ty::INT_T])
      return recv
    end
    if args.size == 1 && has_blk && int && (name == "upto" || name == "downto") && args[0].only?(Ty::INT)
      inf.yield_to(blk, [Ty::INT_T])
      return recv
    end
    return nil if has_blk
    if args.size == 2 && name == "between?" && numeric?(args[0]) && numeric?(args[1])
      return Ty::BOOL_T
    end
    if args.empty?
      spec = (int ? INTEGER : FLOAT)[name]
      return simple(inf, spec, recv) unless spec.nil?
    end
    nil
  end

  def self.array(inf, f, k, recv, name, args, blk, has_blk)
    e = inf.elem_of(recv)
    n = args.size
    if !has_blk
      if (name == "<<" || name == "push" || name == "append" || name == "unshift" || name == "prepend") && n >= 1
        return nil if name == "<<" && n != 1
        recv.sites.each { |s| args.each { |x| inf.add_elem(s, x) } }
        return recv
      end
      if name == "[]=" && n == 2 && int_arg?(args[0])
        recv.sites.each { |s| inf.add_elem(s, args[1]) }
        return args[1]
      end
      if (name == "[]" || name == "at" || name == "fetch" || name == "dig") && n == 1 && int_arg?(args[0])
        return e.union(Ty::NIL_T) if name != "fetch"
        return e
      end
      if (name == "[]" || name == "slice") && (n == 2 && int_arg?(args[0]) && int_arg?(args[1]) ||
                                               n == 1 && int_range?(inf, args[0]))
        return recv.union(Ty::NIL_T) # (a new Array of the same elements: the same site stands for it)
      end
      r = untyped_index(inf, f, k, recv, e, name, args)
      return r unless r.nil?
      if (name == "first" || name == "last" || name == "pop" || name == "shift") && n == 1 && int_arg?(args[0])
        return recv
      end
      # (an Array operand that may be something else: that raises TypeError)
      if (name == "concat" || name == "+" || name == "|" || name == "-" || name == "&" || name == "union" ||
          name == "difference" || name == "intersection") && n == 1
        args = [inf.array_operand(args[0])]
        return Ty::BOTTOM if args[0].bottom?
      end
      name = "|" if name == "union" && n == 1 && inf.only_arrays?(args[0])
      if name == "concat" && n == 1 && inf.only_arrays?(args[0])
        el = inf.elem_of(args[0])
        recv.sites.each { |s| inf.add_elem(s, el) }
        return recv
      end
      if (name == "+" || name == "|") && n == 1 && inf.only_arrays?(args[0])
        s = inf.site(f, k, "Array")
        inf.add_elem(s, e)
        inf.add_elem(s, inf.elem_of(args[0]))
        return Ty.site(s)
      end
      if name == "delete" && n == 1
        return e.union(args[0]).union(Ty::NIL_T)
      end
      if name == "insert" && n == 2 && args[0].only?(Ty::INT)
        recv.sites.each { |s| inf.add_elem(s, args[1]) }
        return recv
      end
      if name == "count" && n <= 1
        return Ty::INT_T
      end
      return sum_of(e) if name == "sum" && n == 0
      return sum_of(e.union(args[0])) if name == "sum" && n == 1
      if (name == "flatten" || name == "zip" || name == "product" || name == "transpose" || name == "each_slice" ||
          name == "combination" || name == "permutation" || name == "tally" || name == "group_by" ||
          name == "minmax" || name == "partition" || name == "each_with_index" || name == "map" ||
          name == "each" || name == "select" || name == "sort_by")
        return array_reshaped(inf, f, k, e, name, args)
      end
      return nil if n > 1 || (n == 1 && name != "include?" && name != "index" && name != "==" && name != "!=" &&
                              name != "join" && name != "-" && name != "&" && name != "take" && name != "drop" &&
                              name != "eql?" && name != "rotate" && name != "delete_at" && name != "rindex")
      return nil if (name == "-" || name == "&") && !inf.only_arrays?(args[0])
      if name == "take" || name == "drop" || name == "rotate" || name == "delete_at"
        return nil if n != 1 || !args[0].only?(Ty::INT)
      end
      return nil if name == "join" && n == 1 && !args[0].only?(Ty::STR)
      if name == "first" || name == "last" || name == "min" || name == "max" || name == "sort" || name == "uniq"
        return nil unless n == 0
      end
      spec = ARRAY[name]
      spec = OBJECT[name] if spec.nil? && name != "!"
      return nil if spec.nil?
      return simple(inf, spec, recv)
    end
    return nil if blk.any?
    if n == 0
      case name
      when "each", "each_entry"
        inf.yield_to(blk, [e])
        return recv
      when "reverse_each"
        inf.yield_to(blk, [e])
        return recv
      when "each_with_index"
        inf.yield_to(blk, [e, Ty::INT_T])
        return recv
      when "map", "collect", "flat_map"
        r = inf.yield_to(blk, [e])
        s = inf.site(f, k, "Array")
        if name == "flat_map"
          inf.add_elem(s, inf.only_arrays?(r) ? inf.elem_of(r) : Ty::ANY)
          inf.escape(r) unless inf.only_arrays?(r)
        else
          inf.add_elem(s, r)
        end
        return Ty.site(s)
      when "select", "filter", "reject", "sort_by", "min_by", "max_by", "find", "detect", "find_index",
           "any?", "all?", "none?", "count", "sum", "map!", "select!", "reject!", "delete_if", "keep_if",
           "each_index"
        arg = name == "each_index" ? Ty::INT_T : e
        r = inf.yield_to(blk, [arg])
        return recv if name == "select" || name == "filter" || name == "reject" || name == "sort_by"
        return recv if name == "delete_if" || name == "keep_if" || name == "each_index"
        return e.union(Ty::NIL_T) if name == "min_by" || name == "max_by" || name == "find" || name == "detect"
        return Ty.bits(Ty::INT | Ty::NIL) if name == "find_index"
        return Ty::BOOL_T if name == "any?" || name == "all?" || name == "none?"
        return Ty::INT_T if name == "count"
        if name == "map!"
          recv.sites.each { |s| inf.add_elem(s, r) }
          return recv
        end
        return recv.union(Ty::NIL_T) if name == "select!" || name == "reject!"
        return sum_of(r) if name == "sum"
        return nil
      when "filter_map"
        r = inf.yield_to(blk, [e])
        s = inf.site(f, k, "Array")
        inf.add_elem(s, without_specials(r)) # the block's truthy values
        inf.add_elem(s, Ty.bits(Ty::TRUE)) if r.has?(Ty::TRUE)
        return Ty.site(s)
      when "group_by", "partition"
        r = inf.yield_to(blk, [e])
        group = inf.inner_site(f, k, "Array")
        inf.add_elem(group, e)
        s = inf.site(f, k, name == "group_by" ? "Hash" : "Array")
        if name == "group_by"
          inf.add_kv(s, r, Ty.site(group))
        else
          inf.add_elem(s, Ty.site(group))
        end
        return Ty.site(s)
      when "sort", "max", "min", "uniq"
        r = inf.yield_to(blk, name == "uniq" ? [e] : [e, e])
        cmp = without_specials(r) # (a nil comparison raises)
        return nil if name != "uniq" && !cmp.bottom? && !cmp.only?(Ty::INT)
        return name == "max" || name == "min" ? e.union(Ty::NIL_T) : recv
      end
    elsif n == 1 && (name == "each_slice" || name == "each_cons") && args[0].only?(Ty::INT)
      slice = inf.inner_site(f, k, "Array")
      inf.add_elem(slice, e)
      inf.yield_to(blk, [Ty.site(slice)])
      return recv
    elsif n == 1 && name == "sum" && numeric?(args[0])
      r = inf.yield_to(blk, [e])
      return sum_of(r.union(args[0]))
    elsif n == 1
      if name == "each_with_object"
        inf.yield_to(blk, [e, args[0]])
        return args[0]
      end
      if name == "inject" || name == "reduce"
        r = inf.yield_to(blk, [args[0].union(e), e])
        inf.yield_to(blk, [r, e])
        return args[0].union(r)
      end
    end
    nil
  end

  def self.hash_method(inf, f, k, recv, name, args, blk, has_blk)
    key = hash_key(inf, recv)
    val = hash_val(inf, recv)
    n = args.size
    if !has_blk
      if (name == "[]=" || name == "store") && n == 2
        recv.sites.each { |s| inf.add_kv(s, args[0], args[1]) }
        return args[1]
      end
      if name == "fetch" && n == 2
        return val.union(args[1])
      end
      if name == "fetch" && n == 1
        return val
      end
      if name == "keys" || name == "values"
        return nil if n != 0
        s = inf.site(f, k, "Array")
        inf.add_elem(s, name == "keys" ? key : val)
        return Ty.site(s)
      end
      if name == "merge" || name == "update" || name == "merge!"
        return nil if n != 1 || !only_hashes?(inf, args[0])
        hk = hash_key(inf, args[0])
        hv = hash_val(inf, args[0])
        if name == "merge"
          s = inf.site(f, k, "Hash")
          inf.add_kv(s, key.union(hk), val.union(hv))
          return Ty.site(s)
        end
        recv.sites.each { |s| inf.add_kv(s, hk, hv) }
        return recv
      end
      return nil if n > 1
      return nil if n == 1 && name != "[]" && name != "delete" && name != "key?" && name != "has_key?" &&
                    name != "include?" && name != "member?" && name != "value?" && name != "has_value?" &&
                    name != "==" && name != "!="
      spec = HASH[name]
      spec = OBJECT[name] if spec.nil? && name != "!"
      return nil if spec.nil?
      return simple(inf, spec, recv)
    end
    return nil if blk.any?
    if n == 0
      pair = inf.site(f, k, "Array")
      inf.add_elem(pair, key.union(val))
      case name
      when "each", "each_pair"
        inf.yield_to(blk, [key, val])
        inf.yield_to(blk, [Ty.site(pair)])
        return recv
      when "each_key"
        inf.yield_to(blk, [key])
        return recv
      when "each_value"
        inf.yield_to(blk, [val])
        return recv
      when "map", "flat_map", "collect"
        r = inf.yield_to(blk, [key, val])
        r = r.union(inf.yield_to(blk, [Ty.site(pair)]))
        s = inf.site(f, k, "Array")
        if name == "flat_map"
          inf.add_elem(s, inf.only_arrays?(r) ? inf.elem_of(r) : Ty::ANY)
          inf.escape(r) unless inf.only_arrays?(r)
        else
          inf.add_elem(s, r)
        end
        return Ty.site(s)
      when "select", "filter", "reject", "any?", "all?", "count", "delete_if", "keep_if"
        inf.yield_to(blk, [key, val])
        inf.yield_to(blk, [Ty.site(pair)])
        return Ty::BOOL_T if name == "any?" || name == "all?"
        return Ty::INT_T if name == "count"
        return recv
      when "transform_values"
        r = inf.yield_to(blk, [val])
        s = inf.site(f, k, "Hash")
        inf.add_kv(s, key, r)
        return Ty.site(s)
      end
    elsif n == 1 && name == "fetch"
      return val.union(inf.yield_to(blk, [args[0]]))
    end
    nil
  end

  # The sum of values of type t (nil when not modeled): Integer sums stay
  # Integer; a Float anywhere makes a Float, but an empty sum is 0; adding
  # nil, true or false raises.
  def self.sum_of(t)
    t = without_specials(t)
    return Ty::INT_T if t.only?(Ty::INT) || t.bottom?
    return Ty.bits(Ty::INT | Ty::FLOAT) if numeric?(t)
    nil
  end

  # Core Array methods (no block) whose result is built of the receiver's
  # elements: new Arrays (sites) of known element types, so the receiver
  # does not escape.
  def self.array_reshaped(inf, f, k, e, name, args)
    n = args.size
    case name
    when "transpose"
      return nil if n != 0 || !(e.bottom? || inf.only_arrays?(e))
      return nest(inf, f, k, inf.elem_of(e))
    when "zip", "product"
      # (an argument that is nil raises TypeError)
      return nil unless args.all? { |x| inf.only_arrays?(without_specials(x)) }
      inner = e
      args.each { |x| inner = inner.union(inf.elem_of(without_specials(x))) }
      inner = inner.union(Ty::NIL_T) if name == "zip"
      return nest(inf, f, k, inner)
    when "flatten"
      return nil if n != 0
      flat = e
      flat = inf.elem_of(e) if inf.only_arrays?(e)
      return nil if flat.any? || !flat.sites.empty?
      s = inf.site(f, k, "Array")
      inf.add_elem(s, flat)
      return Ty.site(s)
    when "minmax"
      return nil if n != 0
      s = inf.site(f, k, "Array")
      inf.add_elem(s, e.union(Ty::NIL_T))
      return Ty.site(s)
    when "tally"
      return nil if n != 0
      s = inf.site(f, k, "Hash")
      inf.add_kv(s, e, Ty::INT_T)
      return Ty.site(s)
    end
    nil
  end

  # An Array (site) of Arrays (inner site) whose elements are t.
  def self.nest(inf, f, k, t)
    inner = inf.inner_site(f, k, "Array")
    inf.add_elem(inner, t)
    s = inf.site(f, k, "Array")
    inf.add_elem(s, Ty.site(inner))
    Ty.site(s)
  end

  # A Range's iterators that behave as its to_a's do are typed as those
  # (an Array site standing for the Range's elements).
  def self.range_array(inf, f, k, e)
    s = inf.inner_site(f, k, "Array")
    inf.add_elem(s, e)
    s
  end

  # Ranges of Integers (begin or end may be nil).
  # `a[i]` / `a[i] = v` whose index kiln cannot type (an Integer, a Range,
  # an ArithmeticSequence, anything with to_int: the runtime only calls
  # protocol methods on it, which are open). The receiver does not escape:
  # `[]` answers an element, nil or a new Array of the same elements (a
  # site of this call: what is done to it does not reach the receiver, and
  # a method only program objects have raises on it,
  # Infer#raises_on_core?); `[]=` stores v, or splices v's elements when
  # the index is a Range (Infer#splice_elems).
  def self.untyped_index(inf, f, k, recv, e, name, args)
    if (name == "[]" || name == "slice") && args.size == 1
      s = inf.inner_site(f, k, "Array")
      inf.add_elem(s, e)
      return e.union(Ty.site(s)).union(Ty::NIL_T)
    end
    if name == "[]=" && args.size == 2
      add = inf.splice_elems(args[1])
      recv.sites.each { |s| inf.add_elem(s, add) }
      return args[1]
    end
    nil
  end

  def self.int_range?(inf, t)
    inf.only_sites?(t, "Range") && inf.elem_of(t).only?(Ty::INT)
  end

  def self.only_hashes?(inf, t)
    inf.only_sites?(t, "Hash")
  end

  def self.range(inf, f, k, recv, name, args, blk, has_blk)
    e = inf.elem_of(recv)
    n = args.size
    if !has_blk
      if name == "to_a" || name == "entries"
        return nil if n != 0
        s = inf.site(f, k, "Array")
        inf.add_elem(s, e)
        return Ty.site(s)
      end
      return sum_of(e) if name == "sum" && n == 0
      return nil if n > 1 || (n == 1 && name != "include?" && name != "cover?" && name != "member?" && name != "===" &&
                              name != "==")
      spec = RANGE[name]
      spec = OBJECT[name] if spec.nil? && name != "!"
      return nil if spec.nil?
      return simple(inf, spec, recv)
    end
    return nil if blk.any? || !e.only?(Ty::INT)
    if n == 0
      case name
      when "each", "reverse_each"
        inf.yield_to(blk, [e])
        return recv
      when "map", "collect"
        r = inf.yield_to(blk, [e])
        s = inf.site(f, k, "Array")
        inf.add_elem(s, r)
        return Ty.site(s)
      when "select", "filter", "reject"
        inf.yield_to(blk, [e])
        s = inf.site(f, k, "Array")
        inf.add_elem(s, e)
        return Ty.site(s)
      when "any?", "all?", "none?"
        inf.yield_to(blk, [e])
        return Ty::BOOL_T
      when "count"
        inf.yield_to(blk, [e])
        return Ty::INT_T
      when "each_with_index"
        inf.yield_to(blk, [e, Ty::INT_T])
        return recv
      when "sum", "find", "detect", "min_by", "max_by", "sort_by", "filter_map", "flat_map", "inject", "reduce"
        return array(inf, f, k, Ty.site(range_array(inf, f, k, e)), name, args, blk, has_blk)
      end
    elsif n == 1 && (name == "each_with_object" || name == "inject" || name == "reduce" || name == "sum" ||
                     name == "each_slice" || name == "each_cons")
      return array(inf, f, k, Ty.site(range_array(inf, f, k, e)), name, args, blk, has_blk)
    elsif n == 1 && name == "step" && args[0].only?(Ty::INT)
      inf.yield_to(blk, [e])
      return recv
    end
    nil
  end

  # Array.new / Hash.new (cls) with argument types args and block blk: the
  # new container's type, or nil for a form not modeled here.
  def self.new_container(inf, f, k, cls, args, blk)
    return nil if blk.any? || blk.bits & ~Ty::NIL != 0 || !blk.objs.empty? || !blk.sites.empty? || !blk.metas.empty?
    has_blk = !blk.procs.empty?
    s = inf.site(f, k, cls)
    n = args.size
    if cls == "Array"
      # Array.new(size) { |i| }, Array.new(size, obj), Array.new(size or array): a size
      # that is not an Integer converts with to_int, which the runtime may call anyway
      if n == 1 && has_blk
        inf.add_elem(s, inf.yield_to(blk, [Ty::INT_T]))
      elsif n == 2 && !has_blk
        inf.add_elem(s, args[1])
      elsif n == 1
        inf.add_elem(s, int_arg?(args[0]) ? Ty::NIL_T : inf.elem_of(args[0]).union(Ty::NIL_T))
      elsif n != 0 || has_blk
        return nil
      end
      return Ty.site(s)
    end
    return nil if n > 1 || (n == 1 && has_blk)
    # Hash.new(default): a missing key reads the default; Hash.new { |h, key| }: the block's value
    inf.add_kv(s, Ty::BOTTOM, args[0]) if n == 1
    inf.add_kv(s, Ty::BOTTOM, inf.yield_to(blk, [Ty.site(s), Ty::ANY])) if has_blk
    Ty.site(s)
  end

  # Kernel methods called with an implicit receiver (or on any object).
  def self.kernel(inf, f, k, name, args, blk, has_blk)
    return nil if has_blk
    case name
    when "puts", "print"
      return Ty::NIL_T
    when "p"
      return Ty::NIL_T if args.empty?
      return args[0] if args.size == 1
      s = inf.site(f, k, "Array") # p(a, b) returns [a, b]
      args.each { |x| inf.add_elem(s, x) }
      return Ty.site(s)
    when "format", "sprintf"
      return Ty::STR_T
    when "raise", "fail"
      args.each { |x| inf.escape(x) }
      return Ty::BOTTOM
    when "Integer"
      return Ty::INT_T if args.size == 1
    when "Float"
      return Ty::FLOAT_T if args.size == 1
    when "String"
      return Ty::STR_T if args.size == 1
    end
    nil
  end
end
