/* harness.h: a tiny test harness for the runtime's C tests (CHECK macros, a final "N passed, M failed" line). */
#ifndef KILN_TEST_HARNESS_H
#define KILN_TEST_HARNESS_H

#include "internal.h"
#include <stdio.h>
#include <string.h>

static int kn_test_passed, kn_test_failed;

#define CHECK(cond)                                                                   \
  do {                                                                                \
    if (cond) kn_test_passed++;                                                       \
    else {                                                                            \
      kn_test_failed++;                                                               \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);       \
    }                                                                                 \
  } while (0)

/* Compare a String value (or any value, through inspect/to_s) with a C string. */
static inline bool kn_test_str_eq(kn_value s, const char *want) {
  return KN_TYPE_P(s, KN_T_STRING) && (size_t)KN_STR(s)->len == strlen(want) &&
         memcmp(KN_STR(s)->ptr, want, strlen(want)) == 0;
}

static inline bool kn_test_str_prefix(kn_value s, const char *want) {
  return KN_TYPE_P(s, KN_T_STRING) && (size_t)KN_STR(s)->len >= strlen(want) && memcmp(KN_STR(s)->ptr, want, strlen(want)) == 0;
}

#define CHECK_STR(val, want)                                                                   \
  do {                                                                                         \
    kn_value kn_t_v = (val);                                                                   \
    const char *kn_t_w = (want);                                                               \
    if (kn_test_str_eq(kn_t_v, kn_t_w)) kn_test_passed++;                                      \
    else {                                                                                     \
      kn_test_failed++;                                                                        \
      fprintf(stderr, "%s:%d: CHECK_STR failed: %s\n  want: %s\n  got:  %s\n", __FILE__,      \
              __LINE__, #val, kn_t_w,                                                          \
              KN_TYPE_P(kn_t_v, KN_T_STRING) ? KN_STR(kn_t_v)->ptr : "(not a String)");        \
    }                                                                                          \
  } while (0)

/* v.inspect == want */
#define CHECK_INSPECT(val, want) CHECK_STR(kn_inspect(val), want)

/* Runs expr expecting it to raise; checks the class name and message. */
#define CHECK_RAISES(expr, klass, msg) CHECK_RAISES_CMP(expr, klass, msg, kn_test_str_eq)
/* Same, when the message ends with an address: compares the prefix before it. */
#define CHECK_RAISES_PREFIX(expr, klass, msg) CHECK_RAISES_CMP(expr, klass, msg, kn_test_str_prefix)
#define CHECK_RAISES_CMP(expr, klass, msg, cmp)                                                 \
  do {                                                                                          \
    kn_jump kn_t_j;                                                                             \
    kn_frame *kn_t_f = kn_current_frame;                                                        \
    if (KN_PROTECT(kn_t_j) == 0) {                                                              \
      (void)(expr);                                                                             \
      KN_UNPROTECT(kn_t_j);                                                                     \
      kn_test_failed++;                                                                         \
      fprintf(stderr, "%s:%d: expected %s to raise %s\n", __FILE__, __LINE__, #expr, #klass);   \
    } else {                                                                                    \
      kn_current_frame = kn_t_f;                                                                \
      kn_value kn_t_e = kn_t_j.value;                                                           \
      if (kn_t_j.kind == KN_JUMP_RAISE && kn_real_class(kn_t_e) == (klass) &&                   \
          cmp(kn_exc_message(kn_t_e), (msg)))                                                   \
        kn_test_passed++;                                                                       \
      else {                                                                                    \
        kn_test_failed++;                                                                       \
        fprintf(stderr, "%s:%d: %s raised %s: %s\n  want %s: %s\n", __FILE__, __LINE__, #expr,  \
                kn_t_j.kind == KN_JUMP_RAISE ? kn_class_name(kn_real_class(kn_t_e)) : "(a jump)", \
                kn_t_j.kind == KN_JUMP_RAISE ? KN_STR(kn_exc_message(kn_t_e))->ptr : "",       \
                #klass, (msg));                                                                 \
      }                                                                                         \
    }                                                                                           \
  } while (0)

static inline int kn_test_finish(void) {
  fflush(stdout);
  printf("%d passed, %d failed\n", kn_test_passed, kn_test_failed);
  return kn_test_failed ? 1 : 0;
}

/* Shorthands */
#define SYM(s) kn_intern(s)
#define STR(s) kn_str_cstr(s)
#define I(n) KN_INT2FIX(n)
#define F(d) kn_float_new(d)
#define CALL0(recv, name) kn_send((recv), SYM(name), 0, NULL, KN_NIL)
#define CALL1(recv, name, a) kn_send((recv), SYM(name), 1, (kn_value[]){(a)}, KN_NIL)
#define CALL2(recv, name, a, b) kn_send((recv), SYM(name), 2, (kn_value[]){(a), (b)}, KN_NIL)
#define KCALL(name, ...) kn_send_self(kn_top_self, SYM(name), sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__}, KN_NIL)

#endif
