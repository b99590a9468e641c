/*
 * check.h — a tiny assertion kit for the C API tests (C99). Each CHECK counts; a failed one prints
 * file:line and what was expected, and the test goes on. CHECK_DONE() returns the exit status.
 */
#ifndef PAIRAID_TEST_CHECK_H
#define PAIRAID_TEST_CHECK_H

#include <pairaid.h>

#include <stdio.h>
#include <string.h>

static int check_run = 0;
static int check_failed = 0;

static inline void check_fail_(const char *file, int line, const char *what) {
  ++check_failed;
  fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
}

static inline void check_true_(int ok, const char *file, int line, const char *expr) {
  ++check_run;
  if (!ok) check_fail_(file, line, expr);
}

/* A call that must succeed; on failure prints its status and message. */
static inline void check_ok_(int status, const char *file, int line, const char *call) {
  ++check_run;
  if (status != PAIRAID_OK) {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s returned %s: %s\n", file, line, call, pairaid_status_name(status),
            pairaid_last_error());
  } else if (pairaid_last_status() != PAIRAID_OK || pairaid_last_error()[0] != '\0') {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s succeeded but left an error behind: %s\n", file, line, call,
            pairaid_last_error());
  }
}

/* A call that must fail with `expected`, record the same status, and leave a non-empty message
 * containing `needle` (NULL: any message). */
static inline void check_status_(int expected, int status, const char *needle, const char *file, int line,
                                 const char *call) {
  ++check_run;
  if (status != expected) {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s returned %s, expected %s (message: %s)\n", file, line, call,
            pairaid_status_name(status), pairaid_status_name(expected), pairaid_last_error());
    return;
  }
  if ((int)pairaid_last_status() != expected) {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s: pairaid_last_status() is %s, expected %s\n", file, line, call,
            pairaid_status_name(pairaid_last_status()), pairaid_status_name(expected));
  }
  if (pairaid_last_error()[0] == '\0') {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s failed with an empty message\n", file, line, call);
  } else if (needle != NULL && strstr(pairaid_last_error(), needle) == NULL) {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s: message \"%s\" does not contain \"%s\"\n", file, line, call,
            pairaid_last_error(), needle);
  }
}

static inline void check_str_(const char *actual, const char *expected, const char *file, int line, const char *expr) {
  ++check_run;
  if (actual == NULL || expected == NULL) {
    if (actual != expected) {
      ++check_failed;
      fprintf(stderr, "%s:%d: FAILED: %s is %s%s%s, expected %s%s%s\n", file, line, expr, actual ? "\"" : "",
              actual ? actual : "NULL", actual ? "\"" : "", expected ? "\"" : "", expected ? expected : "NULL",
              expected ? "\"" : "");
    }
    return;
  }
  if (strcmp(actual, expected) != 0) {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s is \"%s\", expected \"%s\"\n", file, line, expr, actual, expected);
  }
}

static inline void check_contains_(const char *haystack, const char *needle, const char *file, int line,
                                   const char *expr) {
  ++check_run;
  if (haystack == NULL || strstr(haystack, needle) == NULL) {
    ++check_failed;
    fprintf(stderr, "%s:%d: FAILED: %s (\"%s\") does not contain \"%s\"\n", file, line, expr,
            haystack ? haystack : "NULL", needle);
  }
}

#define CHECK(cond) check_true_((cond) ? 1 : 0, __FILE__, __LINE__, #cond)
#define CHECK_OK(call) check_ok_((int)(call), __FILE__, __LINE__, #call)
#define CHECK_STATUS(expected, call) check_status_((int)(expected), (int)(call), NULL, __FILE__, __LINE__, #call)
/* Fails with `expected` and a message containing `needle`. */
#define CHECK_FAILS(expected, needle, call) \
  check_status_((int)(expected), (int)(call), (needle), __FILE__, __LINE__, #call)
/* A NULL argument: PAIRAID_EINVALID with a message naming the parameter. */
#define CHECK_NULL_ARG(param, call) check_status_(PAIRAID_EINVALID, (int)(call), (param), __FILE__, __LINE__, #call)
#define CHECK_STR(actual, expected) check_str_((actual), (expected), __FILE__, __LINE__, #actual)
#define CHECK_CONTAINS(haystack, needle) check_contains_((haystack), (needle), __FILE__, __LINE__, #haystack)

#define CHECK_DONE()                                                                  \
  do {                                                                                \
    fprintf(stderr, "%s: %d checks, %d failed\n", __FILE__, check_run, check_failed); \
    return check_failed == 0 ? 0 : 1;                                                 \
  } while (0)

#endif /* PAIRAID_TEST_CHECK_H */
