/* fallback.c: minimal stand-ins for collection files not written yet (compiled only when runtime.mk finds them missing). */
#include "internal.h"

#ifdef KN_MISSING_string
void kn_init_string(void) {}
void kn_init_symbol(void) {}
static kn_value str_alloc(const char *p, int64_t n) {
  kn_string *s = kn_alloc(sizeof(kn_string));
  s->h.klass = KN_CLASS(kn_cString);
  s->h.type = KN_T_STRING;
  s->len = n;
  s->capa = n;
  s->ptr = kn_alloc_atomic((size_t)n + 1);
  if (n) memcpy(s->ptr, p, (size_t)n);
  s->ptr[n] = 0;
  return (kn_value)s;
}
kn_value kn_str_new(const char *p, int64_t n) { return str_alloc(p, n); }
kn_value kn_str_cstr(const char *s) { return str_alloc(s, (int64_t)strlen(s)); }
kn_value kn_str_lit(const char *p, int64_t n) { return str_alloc(p, n); }
kn_value kn_str_dup(kn_value s) { return str_alloc(KN_STR(s)->ptr, KN_STR(s)->len); }
kn_value kn_to_str(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_STRING)) kn_raise_fmt(kn_eTypeError, "no implicit conversion into String");
  return v;
}
kn_value kn_str_cat(kn_value str, const char *p, int64_t n) {
  kn_string *s = KN_STR(str);
  char *np = kn_alloc_atomic((size_t)(s->len + n + 1));
  memcpy(np, s->ptr, (size_t)s->len);
  memcpy(np + s->len, p, (size_t)n);
  s->len += n;
  np[s->len] = 0;
  s->ptr = np;
  s->capa = s->len;
  return str;
}
kn_value kn_str_concat(kn_value str, kn_value other) {
  return kn_str_cat(str, KN_STR(other)->ptr, KN_STR(other)->len);
}
kn_value kn_str_inspect(kn_value str) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addc(&b, '"');
  for (int64_t i = 0; i < KN_STR(str)->len; i++) {
    char c = KN_STR(str)->ptr[i];
    if (c == '"' || c == '\\') kn_buf_addc(&b, '\\'), kn_buf_addc(&b, c);
    else if (c == '\n') kn_buf_adds(&b, "\\n");
    else kn_buf_addc(&b, c);
  }
  kn_buf_addc(&b, '"');
  return kn_buf_to_str(&b);
}
kn_value kn_sym_inspect(kn_value sym) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, ":%s", kn_sym_name(sym));
  return kn_buf_to_str(&b);
}
static kn_value fb_str_to_s(kn_value self, int argc, const kn_value *argv, kn_value blk) { return self; }
static kn_value fb_str_inspect(kn_value self, int argc, const kn_value *argv, kn_value blk) { return kn_str_inspect(self); }
static kn_value fb_str_eq(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value o = argv[0];
  return KN_BOOL(KN_TYPE_P(o, KN_T_STRING) && KN_STR(o)->len == KN_STR(self)->len &&
                 memcmp(KN_STR(o)->ptr, KN_STR(self)->ptr, (size_t)KN_STR(o)->len) == 0);
}
static kn_value fb_sym_inspect(kn_value self, int argc, const kn_value *argv, kn_value blk) { return kn_sym_inspect(self); }
static kn_value fb_sym_to_s(kn_value self, int argc, const kn_value *argv, kn_value blk) { return kn_str_cstr(kn_sym_name(self)); }
void kn_fallback_string_methods(void) {
  kn_define_method(kn_cString, "to_s", fb_str_to_s, 0, 0);
  kn_define_method(kn_cString, "inspect", fb_str_inspect, 0, 0);
  kn_define_method(kn_cString, "==", fb_str_eq, 1, 1);
  kn_define_method(kn_cSymbol, "inspect", fb_sym_inspect, 0, 0);
  kn_define_method(kn_cSymbol, "to_s", fb_sym_to_s, 0, 0);
}
#endif

#ifdef KN_MISSING_array
void kn_init_array(void) {}
kn_value kn_ary_new(int64_t capa) {
  kn_array *a = kn_alloc(sizeof(kn_array));
  a->h.klass = KN_CLASS(kn_cArray);
  a->h.type = KN_T_ARRAY;
  a->capa = capa > 4 ? capa : 4;
  a->ptr = kn_alloc(sizeof(kn_value) * (size_t)a->capa);
  return (kn_value)a;
}
kn_value kn_ary_push(kn_value ary, kn_value v) {
  kn_array *a = KN_ARY(ary);
  if (a->len == a->capa) {
    a->capa *= 2;
    a->ptr = kn_realloc(a->ptr, sizeof(kn_value) * (size_t)a->capa);
  }
  a->ptr[a->len++] = v;
  return ary;
}
kn_value kn_ary_new_from(int64_t n, const kn_value *elts) {
  kn_value a = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) kn_ary_push(a, elts[i]);
  return a;
}
kn_value kn_ary_entry(kn_value ary, int64_t i) {
  if (i < 0) i += KN_ARY(ary)->len;
  return i >= 0 && i < KN_ARY(ary)->len ? KN_ARY(ary)->ptr[i] : KN_NIL;
}
kn_value kn_ary_pop(kn_value ary) { return KN_ARY(ary)->len ? KN_ARY(ary)->ptr[--KN_ARY(ary)->len] : KN_NIL; }
kn_value kn_ary_dup(kn_value ary) { return kn_ary_new_from(KN_ARY(ary)->len, KN_ARY(ary)->ptr); }
kn_value kn_check_array(kn_value v) { return KN_TYPE_P(v, KN_T_ARRAY) ? v : KN_NIL; }
static kn_value recursion_list[64];
static int recursion_depth;
bool kn_recursion_enter(kn_value obj) {
  for (int i = 0; i < recursion_depth; i++)
    if (recursion_list[i] == obj) return false;
  if (recursion_depth < 64) recursion_list[recursion_depth++] = obj;
  return true;
}
void kn_recursion_leave(kn_value obj) {
  if (recursion_depth > 0) recursion_depth--;
}
static kn_value fb_ary_inspect(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addc(&b, '[');
  for (int64_t i = 0; i < KN_ARY(self)->len; i++) {
    if (i) kn_buf_adds(&b, ", ");
    kn_buf_addv(&b, kn_inspect(KN_ARY(self)->ptr[i]));
  }
  kn_buf_addc(&b, ']');
  return kn_buf_to_str(&b);
}
static kn_value fb_ary_eq(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value o = argv[0];
  if (!KN_TYPE_P(o, KN_T_ARRAY) || KN_ARY(o)->len != KN_ARY(self)->len) return KN_FALSE;
  for (int64_t i = 0; i < KN_ARY(o)->len; i++)
    if (!kn_equal(KN_ARY(self)->ptr[i], KN_ARY(o)->ptr[i])) return KN_FALSE;
  return KN_TRUE;
}
void kn_fallback_array_methods(void) {
  kn_define_method(kn_cArray, "inspect", fb_ary_inspect, 0, 0);
  kn_define_method(kn_cArray, "to_s", fb_ary_inspect, 0, 0);
  kn_define_method(kn_cArray, "==", fb_ary_eq, 1, 1);
}
#endif

#ifdef KN_MISSING_hash
void kn_init_hash(void) {}
kn_value kn_hash_new(void) { return kn_obj_alloc(kn_cHash); }
kn_value kn_hash_lookup(kn_value h, kn_value k, kn_value dflt) { return dflt; }
kn_value kn_hash_dup(kn_value h) { return h; }
uint64_t kn_hash_bytes(const void *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ ((const unsigned char *)p)[i]) * 1099511628211ull;
  return h;
}
#endif

#ifdef KN_MISSING_range
void kn_init_range(void) {}
#endif

#ifdef KN_MISSING_proc
void kn_init_proc(void) {}
kn_value kn_proc_new(kn_block_fn fn, kn_value self, void *env, int arity, bool lambda) {
  kn_proc *p = kn_alloc(sizeof(kn_proc));
  p->h.klass = KN_CLASS(kn_cProc);
  p->h.type = KN_T_PROC;
  p->h.flags = lambda ? KN_FL_LAMBDA : 0;
  p->fn = fn;
  p->self = self;
  p->env = env;
  p->arity = arity;
  return (kn_value)p;
}
kn_value kn_proc_call(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  return KN_PROC(proc)->fn(proc, argc, argv, blk);
}
kn_value kn_yield_slow(kn_value blk, int argc, const kn_value *argv) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given (yield)");
  return KN_PROC(blk)->fn(blk, argc, argv, KN_NIL);
}
kn_value kn_yield1_slow(kn_value blk, kn_value arg) { return kn_yield_slow(blk, 1, &arg); }
#endif

#ifdef KN_MISSING_enum
void kn_init_enum(void) {}
#endif
