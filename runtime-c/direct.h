/* direct.h: inline helpers for the C that stage1/codegen_c.rb generates (every program includes it).
 *
 * Call sites read the cache the runtime fills (kn_callsite, kiln.h) and
 * take a hit without leaving the caller: a compiled method through
 * cs->fast, an attr_reader's slot, a C method whose arity the runtime
 * checked for this argument count. Anything else (a miss, a changed
 * method table, a protected method, method_missing) goes to the runtime's
 * send, which fills the cache. */
#ifndef KILN_DIRECT_H
#define KILN_DIRECT_H

#include <string.h>
#include "kiln.h"
#include "collections.h"

/* C methods that prims (stage1/prims.rb) call with their arguments in place. */
kn_value kn_ary_reverse(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_ary_aref(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_ary_aset(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_ary_include_p(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_ary_index(kn_value self, int argc, const kn_value *argv, kn_value blk);

/* A hit of the site's cache (kiln.h: kn_cache_takes/kn_cache_call, as the
 * runtime's sends take them): sets *out and returns 1. */
static inline int kn_cache_hit(const kn_callsite *cs, kn_value recv, int argc, const kn_value *argv, kn_value blk,
                               kn_value *out) {
  if (!KN_LIKELY(cs->klass == kn_class_of(recv) && cs->serial == kn_method_serial && kn_cache_takes(cs, recv, argc)))
    return 0;
  *out = kn_cache_call(cs, recv, argc, argv, blk);
  return 1;
}

/* recv.name(...) with an explicit receiver: public methods, and protected
 * ones from a caller whose self is a kind of their owner (kn_send_from). */
static inline kn_value kn_send_from_cached(kn_callsite *cs, kn_value caller, kn_value recv, kn_value name, int argc,
                                           const kn_value *argv, kn_value blk) {
  kn_value r;
  if (kn_cache_hit(cs, recv, argc, argv, blk, &r)) return r;
  return kn_send_from(cs, caller, recv, name, argc, argv, blk);
}

/* The fallback of a direct call: the same public send without a caller. */
static inline kn_value kn_send_direct_cached(kn_callsite *cs, kn_value recv, kn_value name, int argc,
                                             const kn_value *argv, kn_value blk) {
  kn_value r;
  if (kn_cache_hit(cs, recv, argc, argv, blk, &r)) return r;
  return kn_send_cached_slow(cs, recv, name, argc, argv, blk);
}

/* self.name(...) / name(...): private methods too. */
static inline kn_value kn_send_fcall_cached(kn_callsite *cs, kn_value recv, kn_value name, int argc,
                                            const kn_value *argv, kn_value blk) {
  kn_value r;
  if (kn_cache_hit(cs, recv, argc, argv, blk, &r)) return r;
  return kn_send_self_cached_slow(cs, recv, name, argc, argv, blk);
}

/* The fallbacks of direct calls (codegen_c.rb emit_call), out of line:
 * the direct arms are the expected path, so the caller keeps its
 * registers for them. */
static __attribute__((noinline, cold)) kn_value kn_send_direct_cold(kn_callsite *cs, kn_value recv, kn_value name,
                                                                   int argc, const kn_value *argv, kn_value blk) {
  return kn_send_direct_cached(cs, recv, name, argc, argv, blk);
}
static __attribute__((noinline, cold)) kn_value kn_send_fcall_cold(kn_callsite *cs, kn_value recv, kn_value name,
                                                                  int argc, const kn_value *argv, kn_value blk) {
  return kn_send_fcall_cached(cs, recv, name, argc, argv, blk);
}

/* String s holds exactly the n bytes at p (a literal: inlined, so cc expands the memcmp). */
static inline __attribute__((always_inline)) bool kn_str_eq_lit(kn_value s, const char *p, int64_t n) {
  return KN_STR(s)->len == n && memcmp(KN_STR(s)->ptr, p, (size_t)n) == 0;
}

/* Fixnum fast paths of the Integer operators (kn_a, kn_b fixnums): tagged
 * words where the tag survives (& |, ^ restores it), else through int64_t
 * with Ruby's floor division and divisor-signed modulo. 0 when the fast
 * path does not cover the case (zero divisor, overflow, shift out of
 * range): the caller takes the general operator, which raises or makes a
 * Bignum. */
static inline int kn_fix_and(kn_value a, kn_value b, kn_value *t) { *t = a & b; return 1; }
static inline int kn_fix_or(kn_value a, kn_value b, kn_value *t) { *t = a | b; return 1; }
static inline int kn_fix_xor(kn_value a, kn_value b, kn_value *t) { *t = (a ^ b) | 1; return 1; }
static inline int kn_fix_shr(kn_value a, kn_value b, kn_value *t) {
  int64_t y = KN_FIX2INT(b);
  if (y < 0) return 0;
  if (y > 63) y = 63;
  *t = KN_INT2FIX(KN_FIX2INT(a) >> y);
  return 1;
}
static inline int kn_fix_shl(kn_value a, kn_value b, kn_value *t) {
  int64_t x = KN_FIX2INT(a), y = KN_FIX2INT(b), r;
  if (y < 0 || y > 62) return 0;
  r = (int64_t)((uint64_t)x << y);
  if ((r >> y) != x || !KN_FIXABLE(r)) return 0;
  *t = KN_INT2FIX(r);
  return 1;
}
static inline int kn_fix_div(kn_value a, kn_value b, kn_value *t) {
  int64_t x = KN_FIX2INT(a), y = KN_FIX2INT(b), q;
  if (y == 0 || (y == -1 && x == KN_FIXNUM_MIN)) return 0;
  q = x / y;
  if (x % y != 0 && ((x < 0) != (y < 0))) q--;
  *t = KN_INT2FIX(q);
  return 1;
}
static inline int kn_fix_mod(kn_value a, kn_value b, kn_value *t) {
  int64_t x = KN_FIX2INT(a), y = KN_FIX2INT(b), m;
  if (y == 0) return 0;
  m = x % y;
  if (m != 0 && ((m < 0) != (y < 0))) m += y;
  *t = KN_INT2FIX(m);
  return 1;
}

#endif
