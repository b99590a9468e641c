/*
 * pairaid.h — the C API of pairaid (C99, and safe to include from C++).
 *
 * Conventions (docs/c-api.md): functions are pairaid_<noun>_<verb>; output parameters come first;
 * every fallible call returns a pairaid_status (0 = PAIRAID_OK, negative = error) and leaves a
 * one-line message in thread-local storage, read with pairaid_last_error() (never NULL).
 * Every handle type is opaque and has a NULL-safe pairaid_<noun>_free.
 */
#ifndef PAIRAID_H
#define PAIRAID_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) && defined(PAIRAID_C_BUILDING)
#define PAIRAID_API __declspec(dllexport)
#elif defined(_WIN32) && defined(PAIRAID_C_SHARED)
#define PAIRAID_API __declspec(dllimport)
#elif defined(__GNUC__)
#define PAIRAID_API __attribute__((visibility("default")))
#else
#define PAIRAID_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define PAIRAID_VERSION_MAJOR 0
#define PAIRAID_VERSION_MINOR 1
#define PAIRAID_VERSION_PATCH 0
#define PAIRAID_VERSION_NUMBER (PAIRAID_VERSION_MAJOR * 10000 + PAIRAID_VERSION_MINOR * 100 + PAIRAID_VERSION_PATCH)

/* Status codes. New codes may be added; treat any unknown negative value as PAIRAID_ERROR. */
typedef enum pairaid_status {
  PAIRAID_OK = 0,
  PAIRAID_ERROR = -1,            /* unexpected failure (a bug, or out of memory) */
  PAIRAID_EINVALID = -2,         /* invalid argument: NULL where a value is needed, bad option */
  PAIRAID_EPARSE = -3,           /* text or file content is not what was expected */
  PAIRAID_EOVERFLOW = -4,        /* result outside the representable range; nothing wrapped */
  PAIRAID_EINEXACT = -5,         /* value cannot be held exactly and no rounding was asked for */
  PAIRAID_EUNKNOWN_CURRENCY = -6,/* currency code not in the ISO 4217 table */
  PAIRAID_ECURRENCY_MISMATCH = -7,/* arithmetic on two different currencies */
  PAIRAID_EMISSING_RATE = -8,    /* no exchange rate in force on the value date */
  PAIRAID_ENOTFOUND = -9,        /* lookup without an answer */
  PAIRAID_EIO = -10,             /* file cannot be read */
  PAIRAID_EINVALID_DATA = -11,   /* well-formed input breaking a rule (duplicate rate ...) */
  PAIRAID_ENOMEM = -12           /* allocation failed */
} pairaid_status;

/* The message of the last failed call on this thread; "" if none. Never NULL. Valid until the
 * next pairaid call on this thread. */
PAIRAID_API const char *pairaid_last_error(void);
/* The status of the last failed call on this thread (PAIRAID_OK if none). */
PAIRAID_API pairaid_status pairaid_last_status(void);
PAIRAID_API void pairaid_error_clear(void);
/* A static name for a status code: "PAIRAID_EPARSE". Never NULL. */
PAIRAID_API const char *pairaid_status_name(int status);

/* Runtime version of the library actually loaded; compare with the PAIRAID_VERSION_* macros to
 * detect a mismatched shared library. Any output may be NULL. */
PAIRAID_API void pairaid_version(int *major, int *minor, int *patch);
/* "0.1.0"; static storage. */
PAIRAID_API const char *pairaid_version_string(void);

#ifdef __cplusplus
}
#endif

#endif /* PAIRAID_H */
