/* ostruct.c: OpenStruct (`require "ostruct"`) as ruby 3.1's ostruct.rb behaves.
 *
 * Like ostruct.rb, an OpenStruct keeps its fields in a Symbol-keyed Hash in
 * @table; readers and writers (`os.name`, `os.name = v`) go through
 * method_missing, so fields can come and go at any time. */
#include <string.h>
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

void kn_provide_feature(const char *name);

static kn_value cOpenStruct, s_table;

static kn_value table(kn_value self) {
  kn_value t = kn_ivar_get(self, s_table);
  if (t == KN_NIL) {
    t = kn_hash_new();
    kn_ivar_set(self, s_table, t);
  }
  return t;
}

/* A field name as ostruct.rb's `name.to_sym`: Strings and Symbols, else the TypeError dig raises. */
static kn_value field(kn_value name) {
  if (KN_SYMBOL_P(name)) return name;
  if (KN_TYPE_P(name, KN_T_STRING)) return kn_str_to_sym(name);
  kn_value s = kn_inspect(name);
  kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(s)->ptr);
}

static bool copy_pair(kn_value key, kn_value val, void *arg) {
  kn_hash_aset((kn_value)arg, field(key), val);
  return true;
}

/* initialize(hash = nil) */
static kn_value os_initialize(ARGS) {
  kn_value t = table(self);
  if (argc > 0 && argv[0] != KN_NIL) {
    kn_value h = KN_TYPE_P(argv[0], KN_T_HASH) ? argv[0] : kn_send(argv[0], kn_intern("to_h"), 0, NULL, KN_NIL);
    kn_hash_foreach(h, copy_pair, (void *)t);
  }
  return KN_NIL;
}

static kn_value os_initialize_copy(ARGS) {
  kn_ivar_set(self, s_table, kn_hash_dup(table(argv[0])));
  return self;
}

/* `os.name` reads a field (nil when unset), `os.name = v` writes one. */
static kn_value os_method_missing(ARGS) {
  const char *name = kn_sym_name(argv[0]);
  size_t len = strlen(name);
  if (len > 1 && name[len - 1] == '=') {
    if (argc != 2) kn_raise_argc(argc - 1, 1, 1);
    kn_check_frozen(self);
    return kn_hash_aset(table(self), kn_intern_len(name, len - 1), argv[1]);
  }
  if (argc == 1) return kn_hash_lookup(table(self), argv[0], KN_NIL);
  kn_no_method_error(self, argv[0], KN_CALL_PUBLIC, NULL);
}

/* respond_to?(name, include_all = false): fields (and their writers) count. */
static kn_value os_respond_to(ARGS) {
  kn_value name = field(argv[0]);
  const char *s = kn_sym_name(name);
  size_t len = strlen(s);
  kn_value key = len > 1 && s[len - 1] == '=' ? kn_intern_len(s, len - 1) : name;
  if (kn_hash_lookup(table(self), key, KN_UNDEF) != KN_UNDEF) return KN_TRUE;
  return KN_BOOL(kn_respond_to(self, name, argc > 1 && KN_TEST(argv[1])));
}

static kn_value os_aref(ARGS) { return kn_hash_lookup(table(self), field(argv[0]), KN_NIL); }

static kn_value os_aset(ARGS) {
  kn_check_frozen(self);
  return kn_hash_aset(table(self), field(argv[0]), argv[1]);
}

/* to_h, or to_h { |name, value| [k, v] } */
static kn_value os_to_h(ARGS) {
  if (blk == KN_NIL) return kn_hash_dup(table(self));
  return kn_send(table(self), kn_intern("to_h"), 0, NULL, blk);
}

static kn_value os_each_pair(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_pair", 0, NULL);
  kn_send(table(self), kn_intern("each_pair"), 0, NULL, blk);
  return self;
}

static bool is_ostruct(kn_value v) { return KN_TEST(kn_funcall1(v, "is_a?", cOpenStruct)); }

static kn_value os_eq(ARGS) {
  return KN_BOOL(is_ostruct(argv[0]) && kn_equal(table(self), table(argv[0])));
}

static kn_value os_eql(ARGS) {
  return KN_BOOL(is_ostruct(argv[0]) && KN_TEST(kn_funcall1(table(self), "eql?", table(argv[0]))));
}

static kn_value os_hash(ARGS) { return kn_funcall0(table(self), "hash"); }

/* dig(name, *names) */
static kn_value os_dig(ARGS) {
  kn_value v = kn_hash_lookup(table(self), field(argv[0]), KN_NIL);
  if (argc == 1 || v == KN_NIL) return v;
  return kn_send(v, kn_intern("dig"), argc - 1, argv + 1, KN_NIL);
}

/* delete_field(name) { default }: the removed value; NameError for an unknown field without a block. */
static kn_value os_delete_field(ARGS) {
  kn_value name = field(argv[0]);
  kn_check_frozen(self);
  kn_value v = kn_hash_delete_key(table(self), name);
  if (v != KN_UNDEF) return v;
  if (blk != KN_NIL) return kn_yield(blk, 0, NULL);
  kn_value desc = kn_funcall0(self, "to_s");
  kn_name_error(name, "no field `%s' in %s", kn_sym_name(name), KN_STR(desc)->ptr);
}

typedef struct inspect_arg {
  kn_buf *b;
  bool first;
} inspect_arg;

static bool inspect_pair(kn_value key, kn_value val, void *arg) {
  inspect_arg *a = arg;
  kn_buf_adds(a->b, a->first ? " " : ", ");
  a->first = false;
  kn_buf_adds(a->b, kn_sym_name(key));
  kn_buf_addc(a->b, '=');
  kn_buf_addv(a->b, kn_inspect(val));
  return true;
}

static kn_value inspect_fields(kn_value self, void *arg) {
  inspect_arg a = {arg, true};
  kn_hash_foreach(table(self), inspect_pair, &a);
  return KN_NIL;
}

/* #<OpenStruct a=1, b="x">; a struct that contains itself shows as #<OpenStruct ...> inside. */
static kn_value os_inspect(ARGS) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, "#<");
  kn_buf_adds(&b, kn_class_name(kn_real_class(self)));
  if (kn_exec_recursive(inspect_fields, self, &b, KN_TRUE) == KN_TRUE) kn_buf_adds(&b, " ...");
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

void kn_init_ostruct(void) {
  s_table = kn_intern("@table");
  cOpenStruct = kn_define_class(kn_cObject, "OpenStruct", kn_cObject);
  kn_define_methods(cOpenStruct, (const kn_method_def[]){{"initialize", os_initialize, 0, 1},
                                                         {"initialize_copy", os_initialize_copy, 1, 1},
                                                         {"respond_to?", os_respond_to, 1, 2},
                                                         {"[]", os_aref, 1, 1},
                                                         {"[]=", os_aset, 2, 2},
                                                         {"to_h", os_to_h, 0, 0},
                                                         {"each_pair", os_each_pair, 0, 0},
                                                         {"==", os_eq, 1, 1},
                                                         {"eql?", os_eql, 1, 1},
                                                         {"hash", os_hash, 0, 0},
                                                         {"dig", os_dig, 1, -1},
                                                         {"delete_field", os_delete_field, 1, 1},
                                                         {"inspect", os_inspect, 0, 0},
                                                         {"to_s", os_inspect, 0, 0},
                                                         {NULL, NULL, 0, 0}});
  kn_define_private_methods(cOpenStruct,
                            (const kn_method_def[]){{"method_missing", os_method_missing, 1, -1}, {NULL, NULL, 0, 0}});
  kn_provide_feature("ostruct");
}
