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

/* Enums that callers pass in get `int` as their fixed underlying type under C++, so any int a C
 * caller passes is a value the library can range-check (without it, an out-of-range value would be
 * undefined behaviour on the C++ side). The representation is the same 4-byte integer as in C. */
#ifdef __cplusplus
#define PAIRAID_ENUM_INT : int
#else
#define PAIRAID_ENUM_INT
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
  PAIRAID_ERROR = -1,              /* unexpected failure (a bug, or out of memory) */
  PAIRAID_EINVALID = -2,           /* invalid argument: NULL where a value is needed, bad option */
  PAIRAID_EPARSE = -3,             /* text or file content is not what was expected */
  PAIRAID_EOVERFLOW = -4,          /* result outside the representable range; nothing wrapped */
  PAIRAID_EINEXACT = -5,           /* value cannot be held exactly and no rounding was asked for */
  PAIRAID_EUNKNOWN_CURRENCY = -6,  /* currency code not in the ISO 4217 table */
  PAIRAID_ECURRENCY_MISMATCH = -7, /* arithmetic on two different currencies */
  PAIRAID_EMISSING_RATE = -8,      /* no exchange rate in force on the value date */
  PAIRAID_ENOTFOUND = -9,          /* lookup without an answer */
  PAIRAID_EIO = -10,               /* file cannot be read */
  PAIRAID_EINVALID_DATA = -11,     /* well-formed input breaking a rule (duplicate rate ...) */
  PAIRAID_ENOMEM = -12,            /* allocation failed */
  PAIRAID_EMIXED_TYPES = -13       /* a total would add different transaction types, and the query did not
                                      ask for that (pairaid_query_all_types); the message lists them */
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

/* Frees a string that a pairaid function allocated for the caller (documented "caller frees").
 * NULL-safe. Never pass a string owned by a handle or a static one. */
PAIRAID_API void pairaid_string_free(char *str);

/* The directory of the data pairaid ships with (share/pairaid of an install: iati/schema,
 * iati/codelists, fx/fred-monthly.csv, fx/fred-annual.csv, examples/xizang.json, SOURCES.md):
 * $PAIRAID_DATA_DIR when set, else found beside the library, at the install prefix compiled in, or
 * in the build tree. None holds the data: PAIRAID_EIO, and the message names every place looked.
 * *out: CALLER FREES with pairaid_string_free. */
PAIRAID_API pairaid_status pairaid_data_dir(char **out);

/* ============================================================================================
 * Rounding
 * ============================================================================================ */

/* How to drop digits. Mirrors pairaid::RoundingMode; nothing rounds unless a mode is named. */
typedef enum pairaid_rounding_mode PAIRAID_ENUM_INT {
  PAIRAID_ROUND_HALF_EVEN = 0,      /* ties to the even neighbour (banker's rounding) */
  PAIRAID_ROUND_HALF_UP = 1,        /* ties away from zero */
  PAIRAID_ROUND_HALF_DOWN = 2,      /* ties toward zero */
  PAIRAID_ROUND_TOWARD_ZERO = 3,    /* truncate */
  PAIRAID_ROUND_AWAY_FROM_ZERO = 4, /* any remainder rounds outward */
  PAIRAID_ROUND_FLOOR = 5,          /* toward negative infinity */
  PAIRAID_ROUND_CEILING = 6,        /* toward positive infinity */
  PAIRAID_ROUND_UNNECESSARY = 7     /* must be exact: anything else is PAIRAID_EINEXACT */
} pairaid_rounding_mode;

/* "half_even", "half_up" ...; static storage; NULL for a value outside the enum. */
PAIRAID_API const char *pairaid_rounding_mode_name(int mode);
/* The mode named "half_even", "floor" ... (exact, lower case); unknown name: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_rounding_mode_from_name(pairaid_rounding_mode *out, const char *name);

/* ============================================================================================
 * Currency: the library's ISO 4217 table (current and withdrawn codes). No handle: answers are
 * plain values or static strings.
 * ============================================================================================ */

/* The table entry for `code` (exact, upper case: "CNY"). Outputs: ISO numeric code (0 when the
 * source gives none), minor-unit digits (-1 when ISO gives none: XXX, XAU, withdrawn codes) and
 * 1 if the code is withdrawn, else 0. All outputs are required.
 * Unknown code: PAIRAID_EUNKNOWN_CURRENCY, the message names the code. */
PAIRAID_API pairaid_status pairaid_currency_lookup(int *numeric, int *minor_units, int *withdrawn, const char *code);
/* ISO's English name of the currency ("Yuan Renminbi"); static storage. */
PAIRAID_API pairaid_status pairaid_currency_name(const char **out, const char *code);
/* Number of codes in the table (current and withdrawn). Cannot fail. */
PAIRAID_API size_t pairaid_currency_count(void);
/* The code at `index` (0 .. count-1, sorted by code); static storage.
 * index out of range: PAIRAID_ENOTFOUND. */
PAIRAID_API pairaid_status pairaid_currency_code_at(const char **out, size_t index);

/* ============================================================================================
 * Money: an exact amount (128-bit, 9 fraction digits, about +-1.7e29 units) in one currency.
 * Handles are immutable; every operation returns a new handle.
 * ============================================================================================ */

typedef struct pairaid_money pairaid_money;

/* Flags for pairaid_money_parse. */
#define PAIRAID_PARSE_ALLOW_GROUPING 0x1u /* accept "1,234.50": commas between groups of three */

/* Flags for pairaid_money_format. */
#define PAIRAID_FORMAT_GROUPING 0x1u  /* "25,170,000,000.00" */
#define PAIRAID_FORMAT_WITH_CODE 0x2u /* append " CNY" */

/* Decimal text ("214072420474.94199", "-12.5") in the currency `currency_code`. More than nine
 * fraction digits: PAIRAID_EINEXACT (never rounded); too large: PAIRAID_EOVERFLOW; not a decimal:
 * PAIRAID_EPARSE; unknown code: PAIRAID_EUNKNOWN_CURRENCY; unknown flag bits: PAIRAID_EINVALID.
 * *out: new handle (free with pairaid_money_free); NULL on failure. */
PAIRAID_API pairaid_status pairaid_money_parse(pairaid_money **out, const char *amount, const char *currency_code,
                                               unsigned flags);
/* An amount as reports write it: "25.17 billion yuan", "$3.5 billion", "CNY 25.17bn",
 * "USD 1,234.50". No qualifier ("about ..."): see pairaid_reported_parse_money. "¥" is refused
 * (yuan or yen?). *out: new handle; NULL on failure. */
PAIRAID_API pairaid_status pairaid_money_parse_phrase(pairaid_money **out, const char *phrase);
/* A copy of `money`. *out: new handle. */
PAIRAID_API pairaid_status pairaid_money_clone(pairaid_money **out, const pairaid_money *money);

/* a + b and a - b, exact. Different currencies: PAIRAID_ECURRENCY_MISMATCH; out of range:
 * PAIRAID_EOVERFLOW (nothing wraps). *out: new handle; NULL on failure. */
PAIRAID_API pairaid_status pairaid_money_add(pairaid_money **out, const pairaid_money *a, const pairaid_money *b);
PAIRAID_API pairaid_status pairaid_money_subtract(pairaid_money **out, const pairaid_money *a, const pairaid_money *b);
/* *out = -1, 0 or 1 as a is less than, equal to or greater than b.
 * Different currencies: PAIRAID_ECURRENCY_MISMATCH (ordering them is an error, not "unequal"). */
PAIRAID_API pairaid_status pairaid_money_compare(int *out, const pairaid_money *a, const pairaid_money *b);

/* Rounds to the currency's minor unit (CNY 2, JPY 0, KWD 3). A currency without one (XXX,
 * withdrawn codes): PAIRAID_EINVALID, use pairaid_money_round_digits. *out: new handle. */
PAIRAID_API pairaid_status pairaid_money_round(pairaid_money **out, const pairaid_money *money,
                                               pairaid_rounding_mode mode);
/* Rounds to `digits` fraction digits (0..9; else PAIRAID_EINVALID). *out: new handle. */
PAIRAID_API pairaid_status pairaid_money_round_digits(pairaid_money **out, const pairaid_money *money, int digits,
                                                      pairaid_rounding_mode mode);

/* Text for people: the amount with at least the currency's minor-unit digits (more when it holds
 * more: formatting never rounds), "25170000000.00"; flags PAIRAID_FORMAT_GROUPING and
 * PAIRAID_FORMAT_WITH_CODE ("25,170,000,000.00 CNY"). *out: CALLER FREES with pairaid_string_free. */
PAIRAID_API pairaid_status pairaid_money_format(char **out, const pairaid_money *money, unsigned flags);
/* The exact amount as plain decimal text with the fewest digits that show it ("25170000000",
 * "0.5"). *out: OWNED BY THE HANDLE, valid until pairaid_money_free(money). */
PAIRAID_API pairaid_status pairaid_money_amount(const char **out, const pairaid_money *money);
/* The currency code ("CNY"). *out: OWNED BY THE HANDLE, valid until pairaid_money_free(money). */
PAIRAID_API pairaid_status pairaid_money_currency(const char **out, const pairaid_money *money);
/* NULL-safe. */
PAIRAID_API void pairaid_money_free(pairaid_money *money);

/* ============================================================================================
 * Exchange rates
 * ============================================================================================ */

/* A growing set of dated rates. Adding is all-or-nothing per call; conversions see every rate
 * added before them. Rules: a rate of base/quote on a date is in force until the next rate of the
 * pair (either direction); conversion uses the latest on or before the value date, dividing when
 * it runs the other way; with a pivot set, a missing pair goes through it (two legs). */
typedef struct pairaid_fx_table pairaid_fx_table;
/* The result of one conversion: the rounded amount and every rate used. */
typedef struct pairaid_fx_conversion pairaid_fx_conversion;
/* One step of a conversion; OWNED BY ITS CONVERSION (no free; valid until the conversion is freed). */
typedef struct pairaid_fx_leg pairaid_fx_leg;

/* An empty table. `pivot_code` may be NULL (no pivot) or a currency code ("USD").
 * *out: new handle (free with pairaid_fx_table_free); NULL on failure. */
PAIRAID_API pairaid_status pairaid_fx_table_new(pairaid_fx_table **out, const char *pivot_code);
/* Adds one rate: on `date` ("YYYY-MM-DD"), one `base` buys `rate` (decimal text, > 0) `quote`.
 * `source` says who published it. Malformed date or rate: PAIRAID_EPARSE; unknown code:
 * PAIRAID_EUNKNOWN_CURRENCY; rate <= 0, base == quote, or a second rate of the pair on that date:
 * PAIRAID_EINVALID_DATA. The table is unchanged on failure. */
PAIRAID_API pairaid_status pairaid_fx_table_add_rate(pairaid_fx_table *table, const char *date, const char *base,
                                                     const char *quote, const char *rate, const char *source);
/* Adds the rows of CSV text (header "date,base,quote,rate,source"; docs/formats.md). `name`
 * stands for the text in messages ("name:line:col: ..."). All rows or none. */
PAIRAID_API pairaid_status pairaid_fx_table_add_csv(pairaid_fx_table *table, const char *csv_text, const char *name);
/* Reads a CSV file as pairaid_fx_table_add_csv does. Cannot read: PAIRAID_EIO; bad content:
 * PAIRAID_EPARSE / PAIRAID_EUNKNOWN_CURRENCY / PAIRAID_EINVALID_DATA with "path:line:col: ...".
 * All rows or none. */
PAIRAID_API pairaid_status pairaid_fx_table_load_csv(pairaid_fx_table *table, const char *path);
/* Number of rates held. */
PAIRAID_API pairaid_status pairaid_fx_table_size(size_t *out, const pairaid_fx_table *table);
/* Converts `money` into `target_code` at the rates in force on `value_date` ("YYYY-MM-DD"),
 * computed exactly and rounded once by `mode` to `digits` fraction digits (0..9), or to the
 * target's minor unit when digits is -1 (a target without one, e.g. XXX: PAIRAID_EINVALID).
 * No rate (direct, inverted or via the pivot): PAIRAID_EMISSING_RATE. A same-currency conversion
 * has no legs. *out: new handle (free with pairaid_fx_conversion_free); NULL on failure.
 * Safe to call from several threads on one table if none adds rates meanwhile. */
PAIRAID_API pairaid_status pairaid_fx_table_convert(pairaid_fx_conversion **out, const pairaid_fx_table *table,
                                                    const pairaid_money *money, const char *target_code,
                                                    const char *value_date, pairaid_rounding_mode mode, int digits);
/* NULL-safe. */
PAIRAID_API void pairaid_fx_table_free(pairaid_fx_table *table);

/* The converted, rounded amount. *out: OWNED BY THE CONVERSION (do not free it; valid until
 * pairaid_fx_conversion_free); pairaid_money_clone it to keep it longer. */
PAIRAID_API pairaid_status pairaid_fx_conversion_amount(const pairaid_money **out,
                                                        const pairaid_fx_conversion *conversion);
/* The value date, "YYYY-MM-DD". *out: OWNED BY THE CONVERSION. */
PAIRAID_API pairaid_status pairaid_fx_conversion_value_date(const char **out, const pairaid_fx_conversion *conversion);
/* Number of legs: 0 (same currency), 1 (direct or inverted), 2 (via the pivot). */
PAIRAID_API pairaid_status pairaid_fx_conversion_leg_count(size_t *out, const pairaid_fx_conversion *conversion);
/* Leg `index` (0-based; out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE CONVERSION. */
PAIRAID_API pairaid_status pairaid_fx_conversion_leg(const pairaid_fx_leg **out,
                                                     const pairaid_fx_conversion *conversion, size_t index);
/* NULL-safe; also invalidates its legs and amount. */
PAIRAID_API void pairaid_fx_conversion_free(pairaid_fx_conversion *conversion);

/* Leg accessors. Strings are OWNED BY THE CONVERSION the leg belongs to. */
PAIRAID_API pairaid_status pairaid_fx_leg_from(const char **out, const pairaid_fx_leg *leg); /* "CNY" */
PAIRAID_API pairaid_status pairaid_fx_leg_to(const char **out, const pairaid_fx_leg *leg);   /* "USD" */
/* The rate as recorded: one `base` buys `rate` `quote` ("7.0809"); see pairaid_fx_leg_base/quote. */
PAIRAID_API pairaid_status pairaid_fx_leg_rate(const char **out, const pairaid_fx_leg *leg);
PAIRAID_API pairaid_status pairaid_fx_leg_base(const char **out, const pairaid_fx_leg *leg);  /* "USD" */
PAIRAID_API pairaid_status pairaid_fx_leg_quote(const char **out, const pairaid_fx_leg *leg); /* "CNY" */
/* The date the rate is in force from, "YYYY-MM-DD". */
PAIRAID_API pairaid_status pairaid_fx_leg_date(const char **out, const pairaid_fx_leg *leg);
PAIRAID_API pairaid_status pairaid_fx_leg_source(const char **out, const pairaid_fx_leg *leg);
/* 1 if the rate was applied inverted (divided: it runs quote -> base), else 0. */
PAIRAID_API pairaid_status pairaid_fx_leg_inverted(int *out, const pairaid_fx_leg *leg);

/* ============================================================================================
 * Counts: whole numbers of one kind of thing ("people", "patients" ...), int64 in C.
 * ============================================================================================ */

/* Number of count kinds the library knows. Cannot fail. */
PAIRAID_API size_t pairaid_count_kind_count(void);
/* The name of kind `index` ("people", "beneficiaries", "patients", "students", "projects",
 * "enterprises", "organisations", "brands", "batches", "talents", "hospitals"); static storage.
 * Out of range: PAIRAID_ENOTFOUND. */
PAIRAID_API pairaid_status pairaid_count_kind_name(const char **out, size_t index);
/* *out = a + b for counts of `kind`; overflow: PAIRAID_EOVERFLOW (never wraps); unknown kind:
 * PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_count_add(int64_t *out, const char *kind, int64_t a, int64_t b);

/* ============================================================================================
 * Reported figures: a value as a source stated it, with its qualifier ("nearly 12,000"), read as
 * the interval of values the statement allows.
 * ============================================================================================ */

typedef struct pairaid_reported pairaid_reported;
/* A set of values between two optional bounds, of one count kind or of money in one currency. */
typedef struct pairaid_interval pairaid_interval;
/* How wide the vague qualifiers are; pass NULL anywhere for the defaults (10% each). */
typedef struct pairaid_qualifier_policy pairaid_qualifier_policy;

typedef enum pairaid_qualifier PAIRAID_ENUM_INT {
  PAIRAID_QUALIFIER_EXACT = 0,       /* "622" */
  PAIRAID_QUALIFIER_ABOUT = 1,       /* "about", "approximately", "around", "roughly", "some" */
  PAIRAID_QUALIFIER_NEARLY = 2,      /* "nearly", "almost", "close to" */
  PAIRAID_QUALIFIER_MORE_THAN = 3,   /* "more than", "over", "above", "in excess of" */
  PAIRAID_QUALIFIER_AT_LEAST = 4,    /* "at least", "no less than", "not less than" */
  PAIRAID_QUALIFIER_AT_MOST = 5,     /* "at most", "up to", "no more than", "not more than" */
  PAIRAID_QUALIFIER_LESS_THAN = 6,   /* "less than", "fewer than", "under", "below" */
  PAIRAID_QUALIFIER_DOZENS_OF = 7,   /* "dozens of" */
  PAIRAID_QUALIFIER_HUNDREDS_OF = 8, /* "hundreds of" */
  PAIRAID_QUALIFIER_THOUSANDS_OF = 9 /* "thousands of" */
} pairaid_qualifier;

/* "exact", "about", "nearly", "more than" ...; static storage; NULL outside the enum. */
PAIRAID_API const char *pairaid_qualifier_name(int qualifier);

typedef enum pairaid_verdict PAIRAID_ENUM_INT {
  PAIRAID_CONSISTENT = 0,   /* the evidence lies within the claim */
  PAIRAID_INCONSISTENT = 1, /* the evidence lies outside it */
  PAIRAID_UNDETERMINED = 2  /* the evidence allows values on both sides */
} pairaid_verdict;

/* "consistent", "inconsistent", "undetermined"; static storage; NULL outside the enum. */
PAIRAID_API const char *pairaid_verdict_name(int verdict);

/* Tolerances in basis points (1/100 of a percent), each 0..10000 (else PAIRAID_EINVALID):
 * "nearly N" = [N x (1 - nearly_bp/10000), N), "about N" = N x (1 -+ about_bp/10000), bounds
 * included. Defaults: 1000 each (10%).
 * *out: new handle (free with pairaid_qualifier_policy_free). */
PAIRAID_API pairaid_status pairaid_qualifier_policy_new(pairaid_qualifier_policy **out, int64_t nearly_bp,
                                                        int64_t about_bp);
/* NULL-safe. */
PAIRAID_API void pairaid_qualifier_policy_free(pairaid_qualifier_policy *policy);

/* A count figure as reports write it, for the count kind `kind` ("people" ...; unknown:
 * PAIRAID_EINVALID): "622", "2,117", "nearly 12,000", "more than 8,300", "hundreds of",
 * "Seventeen". Not a whole number: PAIRAID_EINEXACT; not in the grammar: PAIRAID_EPARSE.
 * *out: new handle (free with pairaid_reported_free); NULL on failure. */
PAIRAID_API pairaid_status pairaid_reported_parse(pairaid_reported **out, const char *kind, const char *phrase);
/* A money figure, optionally with an equivalent in parentheses:
 * "25.17 billion yuan ($3.5 billion)" (an unqualified equivalent reads as "about"). */
PAIRAID_API pairaid_status pairaid_reported_parse_money(pairaid_reported **out, const char *phrase);
/* A count figure from its parts; a negative value: PAIRAID_EINVALID. For the plural orders the
 * value is the order itself (hundreds of = 100). */
PAIRAID_API pairaid_status pairaid_reported_new_count(pairaid_reported **out, const char *kind,
                                                      pairaid_qualifier qualifier, int64_t value);

/* The kind: a count kind name ("people"), or "money". *out: static storage. */
PAIRAID_API pairaid_status pairaid_reported_kind(const char **out, const pairaid_reported *figure);
PAIRAID_API pairaid_status pairaid_reported_qualifier(pairaid_qualifier *out, const pairaid_reported *figure);
/* The stated value as plain decimal text: "12000" (for money, the amount: "25170000000").
 * *out: OWNED BY THE HANDLE, valid until pairaid_reported_free(figure). */
PAIRAID_API pairaid_status pairaid_reported_value(const char **out, const pairaid_reported *figure);
/* The stated value of a count figure; a money figure: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_reported_count(int64_t *out, const pairaid_reported *figure);
/* The stated value of a money figure; a count figure: PAIRAID_EINVALID.
 * *out: new handle (free with pairaid_money_free). */
PAIRAID_API pairaid_status pairaid_reported_money(pairaid_money **out, const pairaid_reported *figure);
/* The equivalent stated beside a money figure ("($3.5 billion)"), as a figure of its own.
 * None given (or a count figure): PAIRAID_ENOTFOUND. *out: new handle. */
PAIRAID_API pairaid_status pairaid_reported_equivalent(pairaid_reported **out, const pairaid_reported *figure);
/* "nearly 12000 people", "about 3500000000.00 USD". *out: CALLER FREES (pairaid_string_free). */
PAIRAID_API pairaid_status pairaid_reported_to_string(char **out, const pairaid_reported *figure);
/* The values the statement allows ("nearly 12,000" people: [10800, 11999]). `policy` may be NULL.
 * *out: new handle (free with pairaid_interval_free). */
PAIRAID_API pairaid_status pairaid_reported_bounds(pairaid_interval **out, const pairaid_reported *figure,
                                                   const pairaid_qualifier_policy *policy);
/* The interval of the sum of `count` (>= 1) figures of one kind (money: one currency). Kinds
 * differ: PAIRAID_EINVALID; currencies differ: PAIRAID_ECURRENCY_MISMATCH; a bound out of range:
 * PAIRAID_EOVERFLOW. `policy` may be NULL. *out: new handle. */
PAIRAID_API pairaid_status pairaid_reported_sum(pairaid_interval **out, const pairaid_reported *const *figures,
                                                size_t count, const pairaid_qualifier_policy *policy);
/* Is the exact value `exact_text` compatible with the figure? For a count figure, decimal text of
 * a whole number ("11500", "11,500"); for a money figure, an amount as pairaid_money_parse_phrase
 * reads it ("USD 3554632885.65"). *verdict: PAIRAID_CONSISTENT or PAIRAID_INCONSISTENT.
 * *reasoning (may be NULL if unwanted): the arithmetic in words, CALLER FREES. `policy` may be NULL. */
PAIRAID_API pairaid_status pairaid_reported_assess(pairaid_verdict *verdict, char **reasoning,
                                                   const pairaid_reported *figure, const char *exact_text,
                                                   const pairaid_qualifier_policy *policy);
/* As pairaid_reported_assess, against a money handle (e.g. a conversion's amount). A count
 * figure: PAIRAID_EINVALID; another currency: PAIRAID_ECURRENCY_MISMATCH. */
PAIRAID_API pairaid_status pairaid_reported_assess_money(pairaid_verdict *verdict, char **reasoning,
                                                         const pairaid_reported *figure, const pairaid_money *exact,
                                                         const pairaid_qualifier_policy *policy);
/* The source's own words for a figure read from a dataset ("nearly 12,000"), and the id of the
 * source that states it; "" when not given (and always "" for a figure parsed or built in C).
 * *out: OWNED BY THE HANDLE, valid until pairaid_reported_free(figure). */
PAIRAID_API pairaid_status pairaid_reported_wording(const char **out, const pairaid_reported *figure);
PAIRAID_API pairaid_status pairaid_reported_source(const char **out, const pairaid_reported *figure);
/* A figure read from a dataset may carry further reports of the same quantity by other sources
 * (docs/dataset-format.md, "Reports"): batch 10's "2,117" and Xinhua's "2114名". The number of
 * them (0 for a figure with one source, or one parsed or built in C). */
PAIRAID_API pairaid_status pairaid_reported_report_count(size_t *out, const pairaid_reported *figure);
/* Report `index` (0-based; out of range: PAIRAID_ENOTFOUND) as a figure of its own: its kind,
 * qualifier and value, and through pairaid_reported_wording / _source / _date its words, source
 * id and date. It has no equivalent and no further reports. *out: new handle (free with
 * pairaid_reported_free). */
PAIRAID_API pairaid_status pairaid_reported_report(pairaid_reported **out, const pairaid_reported *figure,
                                                   size_t index);
/* The date a report speaks for, "YYYY-MM-DD", when the dataset gives one apart from its source's
 * date; "" otherwise (and always for a figure that is not a report). *out: OWNED BY THE HANDLE. */
PAIRAID_API pairaid_status pairaid_reported_date(const char **out, const pairaid_reported *figure);
/* NULL-safe. */
PAIRAID_API void pairaid_reported_free(pairaid_reported *figure);

/* A count kind name ("people") or "money". *out: static storage. */
PAIRAID_API pairaid_status pairaid_interval_kind(const char **out, const pairaid_interval *interval);
/* The currency code of a money interval; a count interval: PAIRAID_EINVALID.
 * *out: OWNED BY THE HANDLE. */
PAIRAID_API pairaid_status pairaid_interval_currency(const char **out, const pairaid_interval *interval);
/* The lower / upper bound as plain decimal text ("10800"; money: the amount), or NULL when that
 * side is unbounded; *inclusive is 1 if the bound belongs to the set (0 when unbounded). Count
 * bounds are always inclusive. *value: OWNED BY THE HANDLE, valid until pairaid_interval_free. */
PAIRAID_API pairaid_status pairaid_interval_lower(const char **value, int *inclusive, const pairaid_interval *interval);
PAIRAID_API pairaid_status pairaid_interval_upper(const char **value, int *inclusive, const pairaid_interval *interval);
/* "[10800 people, 11999 people]", "[8301 patients, ...)". *out: CALLER FREES. */
PAIRAID_API pairaid_status pairaid_interval_to_string(char **out, const pairaid_interval *interval);
/* NULL-safe. */
PAIRAID_API void pairaid_interval_free(pairaid_interval *interval);

/* ============================================================================================
 * Calendar: China's Five-Year Plans (1st 1953-1957 ... 15th 2026-2030; none in 1963-1965).
 * ============================================================================================ */

/* The plan in force on `date` ("YYYY-MM-DD"): its ordinal and first and last years (all outputs
 * required). Malformed date: PAIRAID_EPARSE; no plan that year: PAIRAID_ENOTFOUND. */
PAIRAID_API pairaid_status pairaid_five_year_plan_of(int *ordinal, int *first_year, int *last_year, const char *date);
/* "14th Five-Year Plan (2021-2025)" for ordinal 14 (1..15, else PAIRAID_ENOTFOUND).
 * *out: CALLER FREES (pairaid_string_free). */
PAIRAID_API pairaid_status pairaid_five_year_plan_name(char **out, int ordinal);

/* ============================================================================================
 * Datasets: a program of paired assistance read from a JSON file (docs/dataset-format.md) and
 * validated against the model's rules. A dataset is immutable; it owns every organisation, area,
 * batch and indicator handle it lends (borrowed: never freed by the caller, valid until
 * pairaid_dataset_free) and every string those handles return.
 *
 * What a source does not state is unknown, never zero: an accessor whose value is unknown (a
 * batch's headcount or tenure, an observation's target, actual or period, a region's parent)
 * returns PAIRAID_ENOTFOUND and sets a handle or string output to NULL. Texts the model keeps as
 * possibly empty (a Chinese name, a title) are "" when not given.
 * ============================================================================================ */

typedef struct pairaid_dataset pairaid_dataset;
/* Every problem found in a dataset that did not load. */
typedef struct pairaid_diagnostics pairaid_diagnostics;
/* Entities of a dataset; OWNED BY THE DATASET (no free). */
typedef struct pairaid_organisation pairaid_organisation;
typedef struct pairaid_area pairaid_area;
typedef struct pairaid_batch pairaid_batch;
typedef struct pairaid_indicator pairaid_indicator;
typedef struct pairaid_source pairaid_source;
typedef struct pairaid_program pairaid_program;
typedef struct pairaid_pairing pairaid_pairing;
typedef struct pairaid_project pairaid_project;
typedef struct pairaid_transaction pairaid_transaction;

/* Reads and validates the dataset at `path`. All or nothing: on failure *out is NULL and
 * pairaid_last_error() is the first problem as "FILE:LINE:COL: POINTER: what was expected [code]"
 * (followed by " (and N more)" when there are more; pairaid_dataset_check_file lists them all).
 * Cannot read: PAIRAID_EIO; not JSON or the wrong shape: PAIRAID_EPARSE; an unknown currency:
 * PAIRAID_EUNKNOWN_CURRENCY; well-formed but breaking a model rule: PAIRAID_EINVALID_DATA.
 * `policy` (may be NULL: the defaults) is how validation reads qualified figures when it checks
 * that parts cannot exceed their totals. *out: new handle (free with pairaid_dataset_free). */
PAIRAID_API pairaid_status pairaid_dataset_open_file(pairaid_dataset **out, const char *path,
                                                     const pairaid_qualifier_policy *policy);
/* As pairaid_dataset_open_file, from `size` bytes of JSON at `data` (need not be NUL-terminated).
 * `name` stands for the buffer in messages ("name:line:col: ..."); NULL: "<buffer>". */
PAIRAID_API pairaid_status pairaid_dataset_open_buffer(pairaid_dataset **out, const char *data, size_t size,
                                                       const char *name, const pairaid_qualifier_policy *policy);
/* Reads `count` (>= 1) files as ONE dataset (docs/dataset-format.md, "Several files as one
 * dataset"): their entities are appended in order and validated together, so ids must be unique
 * across the files and references may cross them. Errors as pairaid_dataset_open_file, the
 * message naming the file at fault; a NULL path or count 0: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_dataset_open_files(pairaid_dataset **out, const char *const *paths, size_t count,
                                                      const pairaid_qualifier_policy *policy);
/* The dataset's title ("" if none). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_title(const char **out, const pairaid_dataset *dataset);
/* The dataset as JSON (docs/dataset-format.md): pretty-printed, members in the documented order,
 * ending with a newline; pairaid_dataset_open_buffer reads it back to an equal dataset.
 * *out: CALLER FREES (pairaid_string_free); NULL on failure. */
PAIRAID_API pairaid_status pairaid_dataset_write_json(char **out, const pairaid_dataset *dataset);
/* Writes the same JSON to `path` through a temporary file renamed into place (a crash never leaves
 * half a file). Cannot write: PAIRAID_EIO, the file as it was. */
PAIRAID_API pairaid_status pairaid_dataset_write_json_file(const pairaid_dataset *dataset, const char *path);
/* NULL-safe; invalidates every handle and string the dataset lent. */
PAIRAID_API void pairaid_dataset_free(pairaid_dataset *dataset);

/* Loads the file as pairaid_dataset_open_file does, keeping every problem instead of the first.
 * Returns PAIRAID_OK whenever the check ran (a file with problems included) and *out lists them:
 * none when the dataset is valid. *out: new handle (free with pairaid_diagnostics_free). */
PAIRAID_API pairaid_status pairaid_dataset_check_file(pairaid_diagnostics **out, const char *path,
                                                      const pairaid_qualifier_policy *policy);
/* The same for a buffer; `name` may be NULL ("<buffer>"). */
PAIRAID_API pairaid_status pairaid_dataset_check_buffer(pairaid_diagnostics **out, const char *data, size_t size,
                                                        const char *name, const pairaid_qualifier_policy *policy);
/* The status opening the dataset returns: PAIRAID_OK when there are no diagnostics. */
PAIRAID_API pairaid_status pairaid_diagnostics_status(pairaid_status *out, const pairaid_diagnostics *diagnostics);
/* Number of problems found. */
PAIRAID_API pairaid_status pairaid_diagnostics_count(size_t *out, const pairaid_diagnostics *diagnostics);
/* Problem `index` (0-based; out of range: PAIRAID_ENOTFOUND). Outputs, each may be NULL if unwanted:
 * `text`, the whole line "FILE:LINE:COL: POINTER: message [code]"; `message`, what is wrong and
 * what was expected; `code`, the stable rule or format code ("negative_count", "syntax");
 * `pointer`, the RFC 6901 JSON pointer ("" if none); `line` and `column`, 1-based (0 when not
 * known; the column counts bytes). Strings: OWNED BY THE DIAGNOSTICS HANDLE. */
PAIRAID_API pairaid_status pairaid_diagnostics_entry(const char **text, const char **message, const char **code,
                                                     const char **pointer, size_t *line, size_t *column,
                                                     const pairaid_diagnostics *diagnostics, size_t index);
/* Where problem `index` is and how grave it is: `file` as the input was named (a path, the buffer's
 * name) and `severity`, "error", "warning" or "info" (every dataset problem is an "error"; IATI
 * validation reports all three). Each output may be NULL if unwanted. Out of range:
 * PAIRAID_ENOTFOUND. *file: OWNED BY THE DIAGNOSTICS HANDLE; *severity: static storage. */
PAIRAID_API pairaid_status pairaid_diagnostics_location(const char **file, const char **severity,
                                                        const pairaid_diagnostics *diagnostics, size_t index);
/* NULL-safe. */
PAIRAID_API void pairaid_diagnostics_free(pairaid_diagnostics *diagnostics);

/* --- organisations: donors and the other bodies a program involves --------------------------- */

PAIRAID_API pairaid_status pairaid_dataset_organisation_count(size_t *out, const pairaid_dataset *dataset);
/* Organisation `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_organisation(const pairaid_organisation **out,
                                                        const pairaid_dataset *dataset, size_t index);
/* The organisation with id `id`; none: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_organisation(const pairaid_organisation **out,
                                                             const pairaid_dataset *dataset, const char *id);
/* Texts OWNED BY THE DATASET: the id, the English name, the Chinese name ("" if not given). */
PAIRAID_API pairaid_status pairaid_organisation_id(const char **out, const pairaid_organisation *organisation);
PAIRAID_API pairaid_status pairaid_organisation_name_en(const char **out, const pairaid_organisation *organisation);
PAIRAID_API pairaid_status pairaid_organisation_name_zh(const char **out, const pairaid_organisation *organisation);
/* "province", "municipality", "central_state_organ", "peoples_organization", "central_soe" or
 * "other". *out: static storage. */
PAIRAID_API pairaid_status pairaid_organisation_kind(const char **out, const pairaid_organisation *organisation);
/* *out = 1 if the organisation has `role` ("donor", "recipient", "coordinator", "implementer";
 * another word: PAIRAID_EINVALID), else 0. */
PAIRAID_API pairaid_status pairaid_organisation_has_role(int *out, const pairaid_organisation *organisation,
                                                         const char *role);

/* --- areas: GB/T 2260 divisions (region > prefecture > county) ------------------------------- */

PAIRAID_API pairaid_status pairaid_dataset_area_count(size_t *out, const pairaid_dataset *dataset);
/* Area `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_area(const pairaid_area **out, const pairaid_dataset *dataset, size_t index);
/* The area with the six-digit code `code` ("540228"); not six digits: PAIRAID_EPARSE; not in the
 * dataset: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_area(const pairaid_area **out, const pairaid_dataset *dataset,
                                                     const char *code);
/* The area called `name`: its Chinese name, its English name or an alias, English ignoring ASCII
 * case and with or without the last word ("Panam" and "Bainang" both find Bainang County).
 * None: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_area_named(const pairaid_area **out, const pairaid_dataset *dataset,
                                                           const char *name);
/* Texts OWNED BY THE DATASET: the code ("540228"), the English and the Chinese name ("" if not given). */
PAIRAID_API pairaid_status pairaid_area_code(const char **out, const pairaid_area *area);
PAIRAID_API pairaid_status pairaid_area_name_en(const char **out, const pairaid_area *area);
PAIRAID_API pairaid_status pairaid_area_name_zh(const char **out, const pairaid_area *area);
/* "region", "prefecture" or "county". *out: static storage. */
PAIRAID_API pairaid_status pairaid_area_level(const char **out, const pairaid_area *area);
/* The area one level up; a region has none: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_area_parent(const pairaid_area **out, const pairaid_area *area);
/* *out = 1 if `area` is `ancestor` or lies below it, else 0. Areas of two different datasets:
 * PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_area_within(int *out, const pairaid_area *area, const pairaid_area *ancestor);

/* --- batches: dispatches of cadres and skilled workers --------------------------------------- */

PAIRAID_API pairaid_status pairaid_dataset_batch_count(size_t *out, const pairaid_dataset *dataset);
/* Batch `index` in document order (out of range: PAIRAID_ENOTFOUND); pairaid_batch_ordinal says
 * which dispatch it was. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_batch(const pairaid_batch **out, const pairaid_dataset *dataset,
                                                 size_t index);
/* The batch with id `id`; none: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_batch(const pairaid_batch **out, const pairaid_dataset *dataset,
                                                      const char *id);
/* The batch's id and its program's id. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_batch_id(const char **out, const pairaid_batch *batch);
PAIRAID_API pairaid_status pairaid_batch_program(const char **out, const pairaid_batch *batch);
/* 1 for the program's first batch. */
PAIRAID_API pairaid_status pairaid_batch_ordinal(int *out, const pairaid_batch *batch);
/* How many people the batch had, as the source stated it (kind "people"). Not stated:
 * PAIRAID_ENOTFOUND and *out NULL (unknown is not zero). *out: new handle (pairaid_reported_free). */
PAIRAID_API pairaid_status pairaid_batch_headcount(pairaid_reported **out, const pairaid_batch *batch);
/* The tenure's first and last days, "YYYY-MM-DD", both included. Not known: PAIRAID_ENOTFOUND and
 * both NULL. Both outputs required; OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_batch_tenure(const char **first, const char **last, const pairaid_batch *batch);

/* --- indicators: outcomes a program reports, each observed per period ------------------------ */

PAIRAID_API pairaid_status pairaid_dataset_indicator_count(size_t *out, const pairaid_dataset *dataset);
/* Indicator `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_indicator(const pairaid_indicator **out, const pairaid_dataset *dataset,
                                                     size_t index);
/* The indicator with id `id`; none: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_indicator(const pairaid_indicator **out, const pairaid_dataset *dataset,
                                                          const char *id);
/* The id and the title ("" if none). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_indicator_id(const char **out, const pairaid_indicator *indicator);
PAIRAID_API pairaid_status pairaid_indicator_title(const char **out, const pairaid_indicator *indicator);
/* What it measures: "personnel_dispatched", "patients_treated", "investment_attracted" ...
 * (docs/dataset-format.md). *out: static storage. */
PAIRAID_API pairaid_status pairaid_indicator_measure(const char **out, const pairaid_indicator *indicator);
/* What every figure of it counts: a count kind name ("people") or "money". *out: static storage. */
PAIRAID_API pairaid_status pairaid_indicator_kind(const char **out, const pairaid_indicator *indicator);
/* Number of observations. */
PAIRAID_API pairaid_status pairaid_indicator_observation_count(size_t *out, const pairaid_indicator *indicator);
/* Observation `index`'s actual value / target as the source stated it (a money figure keeps the
 * equivalent printed beside it: pairaid_reported_equivalent). Index out of range, or no such
 * value stated: PAIRAID_ENOTFOUND and *out NULL. *out: new handle (pairaid_reported_free). */
PAIRAID_API pairaid_status pairaid_indicator_observation_actual(pairaid_reported **out,
                                                                const pairaid_indicator *indicator, size_t index);
PAIRAID_API pairaid_status pairaid_indicator_observation_target(pairaid_reported **out,
                                                                const pairaid_indicator *indicator, size_t index);
/* The first and last days ("YYYY-MM-DD", both included) of the period observation `index` covers.
 * Index out of range, or period not known: PAIRAID_ENOTFOUND and both NULL. Both outputs
 * required; OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_indicator_observation_period(const char **first, const char **last,
                                                                const pairaid_indicator *indicator, size_t index);

/* --- sources: where each figure comes from ---------------------------------------------------- */

PAIRAID_API pairaid_status pairaid_dataset_source_count(size_t *out, const pairaid_dataset *dataset);
/* Source `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_source(const pairaid_source **out, const pairaid_dataset *dataset,
                                                  size_t index);
/* The source with id `id` (as pairaid_reported_source names it); none: PAIRAID_ENOTFOUND.
 * *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_source(const pairaid_source **out, const pairaid_dataset *dataset,
                                                       const char *id);
/* Texts OWNED BY THE DATASET, "" when not given: the id, the title, the publisher, the address,
 * the statement word for word, and the note on how it was found. */
PAIRAID_API pairaid_status pairaid_source_id(const char **out, const pairaid_source *source);
PAIRAID_API pairaid_status pairaid_source_title(const char **out, const pairaid_source *source);
PAIRAID_API pairaid_status pairaid_source_publisher(const char **out, const pairaid_source *source);
PAIRAID_API pairaid_status pairaid_source_url(const char **out, const pairaid_source *source);
PAIRAID_API pairaid_status pairaid_source_quote(const char **out, const pairaid_source *source);
PAIRAID_API pairaid_status pairaid_source_note(const char **out, const pairaid_source *source);
/* The publication date, "YYYY-MM-DD"; not known: PAIRAID_ENOTFOUND and *out NULL.
 * *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_source_date(const char **out, const pairaid_source *source);
/* The person whose words the source quotes: name and role ("" if not given). Nobody quoted:
 * PAIRAID_ENOTFOUND and both NULL. Both outputs required; OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_source_person(const char **name, const char **role, const pairaid_source *source);

/* --- programs and pairings ------------------------------------------------------------------ */

PAIRAID_API pairaid_status pairaid_dataset_program_count(size_t *out, const pairaid_dataset *dataset);
/* Program `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_program(const pairaid_program **out, const pairaid_dataset *dataset,
                                                   size_t index);
/* The program with id `id`; none: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_program(const pairaid_program **out, const pairaid_dataset *dataset,
                                                        const char *id);
/* Texts OWNED BY THE DATASET: the id, the English and Chinese names and the policy as its sources
 * state it ("" if not given), the recipient area's code ("540000"). */
PAIRAID_API pairaid_status pairaid_program_id(const char **out, const pairaid_program *program);
PAIRAID_API pairaid_status pairaid_program_name_en(const char **out, const pairaid_program *program);
PAIRAID_API pairaid_status pairaid_program_name_zh(const char **out, const pairaid_program *program);
PAIRAID_API pairaid_status pairaid_program_policy(const char **out, const pairaid_program *program);
PAIRAID_API pairaid_status pairaid_program_recipient_area(const char **out, const pairaid_program *program);
/* The year of the founding decision (1994 for Aid Xizang). */
PAIRAID_API pairaid_status pairaid_program_start_year(int *out, const pairaid_program *program);
/* The exact date of the decision, "YYYY-MM-DD"; not known: PAIRAID_ENOTFOUND and *out NULL. */
PAIRAID_API pairaid_status pairaid_program_decided_on(const char **out, const pairaid_program *program);

PAIRAID_API pairaid_status pairaid_dataset_pairing_count(size_t *out, const pairaid_dataset *dataset);
/* Pairing `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_pairing(const pairaid_pairing **out, const pairaid_dataset *dataset,
                                                   size_t index);
/* Texts OWNED BY THE DATASET: the donor's organisation id, the assisted area's code, the program's
 * id, and the first day of the pairing ("YYYY-MM-DD"). */
PAIRAID_API pairaid_status pairaid_pairing_donor(const char **out, const pairaid_pairing *pairing);
PAIRAID_API pairaid_status pairaid_pairing_area(const char **out, const pairaid_pairing *pairing);
PAIRAID_API pairaid_status pairaid_pairing_program(const char **out, const pairaid_pairing *pairing);
PAIRAID_API pairaid_status pairaid_pairing_valid_from(const char **out, const pairaid_pairing *pairing);
/* The first day the pairing no longer holds (exclusive); while it continues: PAIRAID_ENOTFOUND and
 * *out NULL. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_pairing_valid_until(const char **out, const pairaid_pairing *pairing);
/* *out = 1 if the pairing holds on `date` ("YYYY-MM-DD"; malformed: PAIRAID_EPARSE), else 0. */
PAIRAID_API pairaid_status pairaid_pairing_valid_on(int *out, const pairaid_pairing *pairing, const char *date);

/* --- projects --------------------------------------------------------------------------------- */

PAIRAID_API pairaid_status pairaid_dataset_project_count(size_t *out, const pairaid_dataset *dataset);
/* Project `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_project(const pairaid_project **out, const pairaid_dataset *dataset,
                                                   size_t index);
/* The project with id `id`; none: PAIRAID_ENOTFOUND. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_dataset_find_project(const pairaid_project **out, const pairaid_dataset *dataset,
                                                        const char *id);
/* Texts OWNED BY THE DATASET, "" when not given: the id, the English and Chinese titles, the note. */
PAIRAID_API pairaid_status pairaid_project_id(const char **out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_title_en(const char **out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_title_zh(const char **out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_note(const char **out, const pairaid_project *project);
/* The program's id, the area's code ("540228"), the DAC 5-digit sector code ("31161"); each not
 * known: PAIRAID_ENOTFOUND and *out NULL. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_project_program(const char **out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_area(const char **out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_sector(const char **out, const pairaid_project *project);
/* "pipeline", "implementation", "finalisation", "closed", "cancelled" or "suspended" (IATI
 * ActivityStatus 1-6); not known: PAIRAID_ENOTFOUND and *out NULL. *out: static storage. */
PAIRAID_API pairaid_status pairaid_project_status(const char **out, const pairaid_project *project);
/* The first and last days ("YYYY-MM-DD", both included). Not known: PAIRAID_ENOTFOUND and both NULL.
 * Both outputs required; OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_project_period(const char **first, const char **last,
                                                  const pairaid_project *project);
/* The donors' organisation ids: count, then donor `index` (out of range: PAIRAID_ENOTFOUND).
 * *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_project_donor_count(size_t *out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_donor(const char **out, const pairaid_project *project, size_t index);
/* The program's own categories ("industrial_park", "tourism", ... docs/dataset-format.md): count,
 * then tag `index` (out of range: PAIRAID_ENOTFOUND). *out: static storage. */
PAIRAID_API pairaid_status pairaid_project_tag_count(size_t *out, const pairaid_project *project);
PAIRAID_API pairaid_status pairaid_project_tag(const char **out, const pairaid_project *project, size_t index);

/* --- transactions: money flowing through projects, as recorded (never converted) ---------------- */

PAIRAID_API pairaid_status pairaid_dataset_transaction_count(size_t *out, const pairaid_dataset *dataset);
/* Transaction `index` in document order (out of range: PAIRAID_ENOTFOUND). *out: OWNED BY THE DATASET.
 * pairaid_ledger_from_dataset holds the same transactions for queries. */
PAIRAID_API pairaid_status pairaid_dataset_transaction(const pairaid_transaction **out, const pairaid_dataset *dataset,
                                                       size_t index);
/* The transaction's id, its project's id, its donor's organisation id, its area's code, its DAC
 * sector code; each not recorded: PAIRAID_ENOTFOUND and *out NULL. *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_transaction_id(const char **out, const pairaid_transaction *transaction);
PAIRAID_API pairaid_status pairaid_transaction_project(const char **out, const pairaid_transaction *transaction);
PAIRAID_API pairaid_status pairaid_transaction_donor(const char **out, const pairaid_transaction *transaction);
PAIRAID_API pairaid_status pairaid_transaction_area(const char **out, const pairaid_transaction *transaction);
PAIRAID_API pairaid_status pairaid_transaction_sector(const char **out, const pairaid_transaction *transaction);
/* The type word: "incoming_funds" ... "incoming_pledge" (IATI TransactionType 1-13, in code order),
 * or the program's own "investment_attracted". *out: static storage. */
PAIRAID_API pairaid_status pairaid_transaction_type(const char **out, const pairaid_transaction *transaction);
/* The type's IATI TransactionType code, 1-13, or 0 for a type IATI does not have
 * ("investment_attracted"). */
PAIRAID_API pairaid_status pairaid_transaction_iati_code(int *out, const pairaid_transaction *transaction);
/* The transaction date, "YYYY-MM-DD". *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_transaction_date(const char **out, const pairaid_transaction *transaction);
/* The value as recorded (negative for a reversal), in its own currency.
 * *out: OWNED BY THE DATASET (do not free; pairaid_money_clone it to keep it longer). */
PAIRAID_API pairaid_status pairaid_transaction_value(const pairaid_money **out, const pairaid_transaction *transaction);
/* The date for exchange rates when it differs from the transaction date; not recorded:
 * PAIRAID_ENOTFOUND and *out NULL (conversions then use the transaction date). *out: OWNED BY THE DATASET. */
PAIRAID_API pairaid_status pairaid_transaction_value_date(const char **out, const pairaid_transaction *transaction);

/* --- reconciliation: do the dataset's figures agree with each other? ------------------------- */

/* The checks of one reconciliation, each with its verdict and the arithmetic in words. */
typedef struct pairaid_reconciliation pairaid_reconciliation;

/* Runs every reconciliation check the figures of `dataset` allow, in a fixed order: the personnel
 * total against the batches, the number of batches, the growth of batch sizes, money figures
 * against the equivalents printed beside them (converted at the rate in force, or the mean of the
 * annual rates for several whole years), breakdowns against their totals, every figure against
 * its own wording, then the checks across sources (reports of one figure, dispatches, rotations,
 * donors by kind, nested periods, donors' own figures; include/pairaid/analysis/reconcile.hpp).
 * A contradiction the dataset acknowledges stays PAIRAID_INCONSISTENT, with its reason
 * (pairaid_reconciliation_check_acknowledged). `policy` may be NULL (the
 * defaults). `rates` may be NULL: the dataset's own exchange rates; otherwise conversions use
 * `rates` only. Converted amounts round half-even to the target's minor unit; a batch without a
 * stated headcount lies between its nearest known neighbours. A check the data cannot decide
 * (a missing value or exchange rate) has verdict PAIRAID_UNDETERMINED and says why: it is not a
 * failure, and a missing rate is never taken as 1:1 or 0.
 * *out: new handle (free with pairaid_reconciliation_free). */
PAIRAID_API pairaid_status pairaid_dataset_reconcile(pairaid_reconciliation **out, const pairaid_dataset *dataset,
                                                     const pairaid_qualifier_policy *policy,
                                                     const pairaid_fx_table *rates);
/* Number of checks. */
PAIRAID_API pairaid_status pairaid_reconciliation_count(size_t *out, const pairaid_reconciliation *reconciliation);
/* The worst verdict of all checks: PAIRAID_INCONSISTENT if any check is, else
 * PAIRAID_UNDETERMINED if any is, else PAIRAID_CONSISTENT (also when there are no checks). */
PAIRAID_API pairaid_status pairaid_reconciliation_overall(pairaid_verdict *out,
                                                          const pairaid_reconciliation *reconciliation);
/* Check `index` (0-based; out of range: PAIRAID_ENOTFOUND): its stable `id`, its `title`, its
 * `verdict` and its `reasoning`. Each output may be NULL if unwanted. Strings: OWNED BY THE
 * RECONCILIATION, valid until pairaid_reconciliation_free. */
PAIRAID_API pairaid_status pairaid_reconciliation_check(const char **id, const char **title, pairaid_verdict *verdict,
                                                        const char **reasoning,
                                                        const pairaid_reconciliation *reconciliation, size_t index);
/* The number of inconsistent checks the dataset does not acknowledge (its known_disagreements):
 * what `pairaid check` fails on. */
PAIRAID_API pairaid_status pairaid_reconciliation_unacknowledged(size_t *out,
                                                                 const pairaid_reconciliation *reconciliation);
/* Check `index`'s acknowledgement: the dataset's reason when it records the contradiction the
 * check finds, "" otherwise. Out of range: PAIRAID_ENOTFOUND. *out: OWNED BY THE RECONCILIATION. */
PAIRAID_API pairaid_status pairaid_reconciliation_check_acknowledged(const char **out,
                                                                     const pairaid_reconciliation *reconciliation,
                                                                     size_t index);
/* The ids of the sources check `index` compares (the reports of a figure, a dispatch's parts ...):
 * how many, and source `source_index` of them. Out of range: PAIRAID_ENOTFOUND.
 * *out: OWNED BY THE RECONCILIATION. */
PAIRAID_API pairaid_status pairaid_reconciliation_check_source_count(size_t *out,
                                                                     const pairaid_reconciliation *reconciliation,
                                                                     size_t index);
PAIRAID_API pairaid_status pairaid_reconciliation_check_source(const char **out,
                                                               const pairaid_reconciliation *reconciliation,
                                                               size_t index, size_t source_index);
/* NULL-safe. */
PAIRAID_API void pairaid_reconciliation_free(pairaid_reconciliation *reconciliation);

/* ============================================================================================
 * Ledgers and queries: transactions held column by column, grouped and summed exactly
 * (include/pairaid/analysis/ledger.hpp, query.hpp, totals.hpp; docs/queries.md). A ledger is
 * immutable once loaded and may be queried from several threads; a query is a description the
 * caller builds up, then runs against a ledger (pairaid_query_run) or over files of any kind -
 * ledgers, datasets, stores, IATI files - as `pairaid totals` does (pairaid_query_run_sources);
 * a result is an immutable table of typed cells, rendered by pairaid_result_write exactly as the
 * command line prints it.
 *
 * Transaction types are never added by accident: a query whose rows would add different types
 * (no "type" dimension, no condition naming the types) fails with PAIRAID_EMIXED_TYPES, the
 * message listing the types found with their counts, unless pairaid_query_all_types(q, 1).
 * ============================================================================================ */

typedef struct pairaid_ledger pairaid_ledger;
typedef struct pairaid_query pairaid_query;
typedef struct pairaid_result pairaid_result;

/* Reads a ledger CSV file (date,donor,area,project,sector,type,amount,currency[,value_date];
 * docs/formats.md). All or nothing: on failure *out is NULL and pairaid_last_error() is the first
 * problem as "FILE:LINE:COL: what was expected [code]" (then " (and N more)"). Cannot read:
 * PAIRAID_EIO; bad content: PAIRAID_EPARSE, PAIRAID_EUNKNOWN_CURRENCY ...
 * *out: new handle (free with pairaid_ledger_free). */
PAIRAID_API pairaid_status pairaid_ledger_load_csv(pairaid_ledger **out, const char *path);
/* As pairaid_ledger_load_csv, from `size` bytes of CSV at `data` (need not be NUL-terminated).
 * `name` stands for the text in messages; NULL: "<buffer>". */
PAIRAID_API pairaid_status pairaid_ledger_parse_csv(pairaid_ledger **out, const char *data, size_t size,
                                                    const char *name);
/* The transactions of `dataset`, in document order (the ledger copies them: the dataset may be
 * freed afterwards). *out: new handle. */
PAIRAID_API pairaid_status pairaid_ledger_from_dataset(pairaid_ledger **out, const pairaid_dataset *dataset);
/* Number of transactions. */
PAIRAID_API pairaid_status pairaid_ledger_size(size_t *out, const pairaid_ledger *ledger);
/* Memory the ledger holds divided by its number of transactions, rounded up (the total when
 * empty). */
PAIRAID_API pairaid_status pairaid_ledger_bytes_per_transaction(size_t *out, const pairaid_ledger *ledger);
/* NULL-safe. Results already computed from the ledger stay valid. */
PAIRAID_API void pairaid_ledger_free(pairaid_ledger *ledger);

/* An empty query: no filter, no grouping (one row per currency), native currencies.
 * *out: new handle (free with pairaid_query_free). A query is changed in place by the calls below;
 * do not change one query from two threads at once. Every call leaves the query unchanged on
 * failure. */
PAIRAID_API pairaid_status pairaid_query_new(pairaid_query **out);
/* Appends a group-by dimension; result columns follow the order of these calls. Names:
 * "year", "quarter", "month", "five_year_plan", "fiscal_year:M" (fiscal years starting in month
 * M = 1..12, named by their start year; "fiscal_year:M:end" names them by their end year),
 * "batch", "donor", "donor_kind", "area" (as recorded), "area:region", "area:prefecture",
 * "area:county" (rolled up to that level, never counted twice), "sector", "currency", "type";
 * IATI sources also "activity", "reporting_org", "reporting_org_type", "recipient_country".
 * Aliases are read too ("transaction_type" for "type", "prefecture" for "area:prefecture" ...);
 * the column is named by the canonical name. "batch", "donor_kind" and "area:LEVEL" need a
 * dataset when the query runs; a dimension the sources cannot answer fails then, naming them.
 * Another name, or one already grouped by: PAIRAID_EINVALID, the message lists the names. */
PAIRAID_API pairaid_status pairaid_query_group_by(pairaid_query *query, const char *dimension);
/* Adds a condition in the --where grammar (docs/queries.md): "year >= 2012 and type =
 * disbursement", "(donor = beijing or donor = shanghai) and sector != 31161", "type in
 * (disbursement, 4)". Several calls must all hold. Malformed: PAIRAID_EPARSE, "column N:
 * expected ..."; fields the sources cannot answer fail when the query runs. */
PAIRAID_API pairaid_status pairaid_query_where(pairaid_query *query, const char *condition);
/* Keeps transactions dated `first` to `last` ("YYYY-MM-DD", both included). Replaces an earlier
 * period. Malformed date: PAIRAID_EPARSE; last before first: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_query_where_period(pairaid_query *query, const char *first, const char *last);
/* Set filters: each call adds one allowed value; a transaction is kept if its value is one of
 * those added (filters of different kinds must all hold). A donor id; a transaction type word
 * ("disbursement" ...; docs/formats.md) or IATI code ("3"; another: PAIRAID_EINVALID listing
 * them); a currency code (unknown: PAIRAID_EUNKNOWN_CURRENCY). A transaction without a donor
 * never matches a donor filter. */
PAIRAID_API pairaid_status pairaid_query_where_donor(pairaid_query *query, const char *donor_id);
PAIRAID_API pairaid_status pairaid_query_where_type(pairaid_query *query, const char *type);
PAIRAID_API pairaid_status pairaid_query_where_currency(pairaid_query *query, const char *currency_code);
/* Keeps transactions recorded in area `area_code` ("540200") or below it (needs a dataset when the
 * query runs). Replaces an earlier subtree. Not six digits: PAIRAID_EPARSE. */
PAIRAID_API pairaid_status pairaid_query_where_within(pairaid_query *query, const char *area_code);
/* Converts every transaction to `currency_code` at the rate in force on its value date (its date
 * when it has none), rounded once per transaction by `mode` to `digits` fraction digits (0..9), or
 * to the target's minor unit when digits is -1; groups add the rounded conversions exactly.
 * The rate table is given to the run (NULL: the dataset's own rates when they convert each of the
 * ledger's currencies into the target, else the FRED monthly table pairaid ships); the result
 * says which table and which of its rates were
 * used (pairaid_result_rates). A group whose rate is missing has no amount (PAIRAID_CELL_MISSING),
 * never 0 or 1:1. */
PAIRAID_API pairaid_status pairaid_query_convert(pairaid_query *query, const char *currency_code,
                                                 pairaid_rounding_mode mode, int digits);
/* on = 1 adds a "distinct_projects" column (transactions without a project are not counted);
 * on = 0 removes it. Any other value: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_query_distinct_projects(pairaid_query *query, int on);
/* on = 1: add different transaction types in one total anyway (a note says so, and the JSON
 * rendering has "all_types": true); on = 0: refuse them (the default). Other values: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_query_all_types(pairaid_query *query, int on);
/* on = 1: a "<dimension>_name" column after each coded dimension (type, sector, recipient_country,
 * reporting_org_type, donor_kind; donor and area from the dataset), TEXT cells, "" when the code
 * is not in its list (a note counts those). The "table" rendering always shows names. */
PAIRAID_API pairaid_status pairaid_query_names(pairaid_query *query, int on);
/* IATI sources: which activities count, "leaves" (the default), "top" or "all" (docs/iati.md);
 * whether a transaction the reader would skip is an error (strict, on = 1); and for a store holding
 * IATI activities and a dataset or ledger, which part to total: "iati", "ledger", or NULL (then
 * such a store is PAIRAID_EINVALID when the query runs). Bad value: PAIRAID_EINVALID. */
PAIRAID_API pairaid_status pairaid_query_hierarchy(pairaid_query *query, const char *policy);
PAIRAID_API pairaid_status pairaid_query_strict(pairaid_query *query, int on);
PAIRAID_API pairaid_status pairaid_query_store_part(pairaid_query *query, const char *part);
/* NULL-safe. */
PAIRAID_API void pairaid_query_free(pairaid_query *query);

/* Runs `query` over `ledger`. `dataset` (may be NULL) is the dataset the ledger's ids refer to,
 * needed by "batch", "donor_kind", "area:LEVEL" and pairaid_query_where_within, and naming donors
 * and areas; `rates` (may be NULL) are the exchange rates (see pairaid_query_convert). A query
 * that needs a dataset it was not given, or a dimension a ledger cannot answer: PAIRAID_EINVALID
 * naming what is needed; an id the dataset lacks: PAIRAID_ENOTFOUND; types it would add:
 * PAIRAID_EMIXED_TYPES; a sum beyond range: PAIRAID_EOVERFLOW. A missing rate is not a failure:
 * the group's amount cell is PAIRAID_CELL_MISSING. *out: new handle (free with
 * pairaid_result_free); it keeps no reference to the query, ledger, dataset or rates. */
PAIRAID_API pairaid_status pairaid_query_run(pairaid_result **out, const pairaid_query *query,
                                             const pairaid_ledger *ledger, const pairaid_dataset *dataset,
                                             const pairaid_fx_table *rates);
/* Runs `query` over the files `sources[0 .. source_count-1]` as `pairaid totals` does: what each
 * is decided by its first bytes and extension (docs/formats.md); ledgers, at most one dataset and
 * stores' transactions are totalled together, IATI files (big ones on two threads) and stores'
 * activities together, never the two kinds at once (PAIRAID_EINVALID). `rates` as for
 * pairaid_query_run. A file that fails to read fails the call with its status and
 * "FILE:LINE:COL: ..." (nothing is counted); the IATI transactions the reader skipped are the
 * result's first notes. Otherwise as pairaid_query_run. *out: new handle. */
PAIRAID_API pairaid_status pairaid_query_run_sources(pairaid_result **out, const pairaid_query *query,
                                                     const char *const *sources, size_t source_count,
                                                     const pairaid_fx_table *rates);

/* What a result cell holds. */
typedef enum pairaid_cell_type PAIRAID_ENUM_INT {
  PAIRAID_CELL_NONE = 0,   /* no value: a transaction without a donor, a date outside every plan */
  PAIRAID_CELL_TEXT = 1,   /* pairaid_result_text: "shanghai", "2021", "2021-Q3", "14th", "CNY" */
  PAIRAID_CELL_COUNT = 2,  /* pairaid_result_count */
  PAIRAID_CELL_MONEY = 3,  /* pairaid_result_money */
  PAIRAID_CELL_MISSING = 4 /* an amount unknown because a rate is missing: pairaid_result_missing */
} pairaid_cell_type;

/* "none", "text", "count", "money", "missing"; static storage; NULL outside the enum. */
PAIRAID_API const char *pairaid_cell_type_name(int type);

/* Rows are sorted by the dimensions (none first), then currency. */
PAIRAID_API pairaid_status pairaid_result_row_count(size_t *out, const pairaid_result *result);
/* Columns: one per group-by dimension (each followed by its "_name" column when names were asked
 * for and it has names), then "currency", "amount", "transactions", then "distinct_projects" if
 * the query asked for it. */
PAIRAID_API pairaid_status pairaid_result_column_count(size_t *out, const pairaid_result *result);
/* The name of column `col`: the dimension's canonical name ("year", "area:prefecture", "type"
 * for "transaction_type"), "sector_name", or "currency", "amount" ... Out of range: PAIRAID_ENOTFOUND.
 * *out: OWNED BY THE RESULT. */
PAIRAID_API pairaid_status pairaid_result_column_name(const char **out, const pairaid_result *result, size_t col);
/* The type of cell (row, col). Dimension cells are TEXT or NONE; "currency" is TEXT (the target
 * when converting); "amount" is MONEY or MISSING; "transactions" is COUNT; "distinct_projects" is
 * COUNT. Row or column out of range: PAIRAID_ENOTFOUND. */
PAIRAID_API pairaid_status pairaid_result_cell_type(pairaid_cell_type *out, const pairaid_result *result, size_t row,
                                                    size_t col);
/* The text of a TEXT cell. A NONE cell: PAIRAID_ENOTFOUND and *out NULL (no value is not "");
 * another type: PAIRAID_EINVALID. *out: OWNED BY THE RESULT, valid until pairaid_result_free. */
PAIRAID_API pairaid_status pairaid_result_text(const char **out, const pairaid_result *result, size_t row, size_t col);
/* The value of a COUNT cell; another type: PAIRAID_EINVALID; above INT64_MAX: PAIRAID_EOVERFLOW. */
PAIRAID_API pairaid_status pairaid_result_count(int64_t *out, const pairaid_result *result, size_t row, size_t col);
/* The exact amount of a MONEY cell as plain decimal text with at least the currency's ISO 4217
 * minor-unit digits, more when held ("100.50", "-3.00", "0.125", no exponent, no grouping;
 * as held for a code without a minor unit) and its currency code. A MISSING cell:
 * PAIRAID_EMISSING_RATE, the message naming the rates, both outputs NULL; another type:
 * PAIRAID_EINVALID. Both outputs required; OWNED BY THE RESULT. */
PAIRAID_API pairaid_status pairaid_result_money(const char **amount_text, const char **currency,
                                                const pairaid_result *result, size_t row, size_t col);
/* Which rates row `row` lacked: "no USD/CNY rate for 2 transactions, the first on 2021-03-01:
 * no rate in force" (several joined by "; "). A row with an amount: PAIRAID_ENOTFOUND and *out NULL.
 * *out: OWNED BY THE RESULT. */
PAIRAID_API pairaid_status pairaid_result_missing(const char **out, const pairaid_result *result, size_t row);
/* The whole table rendered by the library's writer: `format` "csv", "json" or "table" (aligned,
 * with names) - byte for byte what `pairaid totals --format FORMAT` prints for the same query.
 * Another format: PAIRAID_EINVALID. *out: CALLER FREES with pairaid_string_free. */
PAIRAID_API pairaid_status pairaid_result_write(char **out, const pairaid_result *result, const char *format);
/* What a reader must know beside the numbers, one line each, as `pairaid totals` prints them on
 * stderr: types added (all_types), the rates used, names not found, activities the hierarchy
 * policy left out, splits, missing rates. Index out of range: PAIRAID_ENOTFOUND.
 * *out: OWNED BY THE RESULT. */
PAIRAID_API pairaid_status pairaid_result_note_count(size_t *out, const pairaid_result *result);
PAIRAID_API pairaid_status pairaid_result_note(const char **out, const pairaid_result *result, size_t index);
/* A converted result's exchange rates: what the table is ("FRED monthly averages against USD ...",
 * "the rates given", a dataset's) and how many currency pairs it used; then for pair `index`, the
 * pair as the table holds it, the dates of the first and last rates used ("YYYY-MM-DD") and how
 * many distinct rates. Not converted, or index out of range: PAIRAID_ENOTFOUND.
 * All outputs required; OWNED BY THE RESULT. */
PAIRAID_API pairaid_status pairaid_result_rates(const char **table, size_t *pairs, const pairaid_result *result);
PAIRAID_API pairaid_status pairaid_result_rate_pair(const char **base, const char **quote, const char **first,
                                                    const char **last, size_t *count, const pairaid_result *result,
                                                    size_t index);
/* NULL-safe. */
PAIRAID_API void pairaid_result_free(pairaid_result *result);

/* ============================================================================================
 * Store: a program's records kept in one SQLite file (include/pairaid/store/store.hpp,
 * docs/store.md). Every import is one transaction: one that fails for any reason leaves the store
 * exactly as it was. One store handle is one connection: use it from one thread at a time (open one
 * handle per thread to read concurrently).
 * ============================================================================================ */

typedef struct pairaid_store pairaid_store;
/* What one import did: counts of the source's records and why any were skipped. */
typedef struct pairaid_import_report pairaid_import_report;

/* Opens the store at `path`, created when absent, or an in-memory store for ":memory:"; migrates an
 * older schema. Cannot open: PAIRAID_EIO; not a SQLite database: PAIRAID_EPARSE; a schema newer
 * than this library: PAIRAID_EINVALID_DATA. *out: new handle (free with pairaid_store_free). */
PAIRAID_API pairaid_status pairaid_store_open(pairaid_store **out, const char *path);
/* NULL-safe. Datasets and ledgers read from the store stay valid. */
PAIRAID_API void pairaid_store_free(pairaid_store *store);
/* Imports one file, its kind told as every command tells it (docs/formats.md): by its extension
 * (.json a dataset, .csv a ledger, .xml IATI activities; any case) or else by its first character
 * that is not white space ('{' a dataset, '<' IATI, anything else a ledger); a store is not
 * imported into a store (PAIRAID_EINVALID). A dataset is merged by id (the merged
 * whole must pass validation: else PAIRAID_EINVALID_DATA); a ledger's transactions are appended
 * (their donors, projects and areas must resolve against the stored dataset, if any: else
 * PAIRAID_EINVALID_DATA [dangling_reference]); IATI
 * activities are upserted by iati-identifier and last-updated-datetime (an older one is skipped and
 * noted). Bad content: the loader's status (PAIRAID_EPARSE ...) with "FILE:LINE:COL: ..." and
 * nothing imported. *out: new handle (free with pairaid_import_report_free); NULL on failure. */
PAIRAID_API pairaid_status pairaid_store_import_file(pairaid_import_report **out, pairaid_store *store,
                                                     const char *path);
/* Merges an open dataset as pairaid_store_import_file merges a dataset file; `name` (may be NULL:
 * "<dataset>") is recorded as its source. *out: new handle. */
PAIRAID_API pairaid_status pairaid_store_import_dataset(pairaid_import_report **out, pairaid_store *store,
                                                        const pairaid_dataset *dataset, const char *name);
/* The stored dataset (every entity, and every transaction from datasets and ledgers), validated, as
 * of one committed import. *out: new handle (pairaid_dataset_free); it keeps no reference to the
 * store. */
PAIRAID_API pairaid_status pairaid_store_dataset(pairaid_dataset **out, const pairaid_store *store);
/* The stored transactions (datasets' and ledgers', in import order) as a ledger for pairaid_query_run:
 * the same results as over the files. *out: new handle (pairaid_ledger_free). */
PAIRAID_API pairaid_status pairaid_store_ledger(pairaid_ledger **out, const pairaid_store *store);
/* SQLite's PRAGMA integrity_check answer: "ok" for a sound file. *out: CALLER FREES. */
PAIRAID_API pairaid_status pairaid_store_integrity_check(char **out, const pairaid_store *store);

/* The imported source's name (its path) and kind: "dataset", "ledger" or "iati".
 * *out: OWNED BY THE REPORT. */
PAIRAID_API pairaid_status pairaid_import_report_source(const char **out, const pairaid_import_report *report);
PAIRAID_API pairaid_status pairaid_import_report_kind(const char **out, const pairaid_import_report *report);
/* Records added, replaced (updated), found identical (unchanged), and not stored (skipped: the
 * messages say why). */
PAIRAID_API pairaid_status pairaid_import_report_added(uint64_t *out, const pairaid_import_report *report);
PAIRAID_API pairaid_status pairaid_import_report_updated(uint64_t *out, const pairaid_import_report *report);
PAIRAID_API pairaid_status pairaid_import_report_unchanged(uint64_t *out, const pairaid_import_report *report);
PAIRAID_API pairaid_status pairaid_import_report_skipped(uint64_t *out, const pairaid_import_report *report);
/* One line per thing worth telling: why each record was skipped, then the IATI transactions the
 * reader left out ("FILE:LINE:COL: ..."). Message `index` out of range: PAIRAID_ENOTFOUND.
 * *out: OWNED BY THE REPORT. */
PAIRAID_API pairaid_status pairaid_import_report_message_count(size_t *out, const pairaid_import_report *report);
PAIRAID_API pairaid_status pairaid_import_report_message(const char **out, const pairaid_import_report *report,
                                                         size_t index);
/* NULL-safe. */
PAIRAID_API void pairaid_import_report_free(pairaid_import_report *report);

/* ============================================================================================
 * IATI: totals over activity files, validation, and export as IATI 2.03 (docs/iati.md).
 * ============================================================================================ */

/* Exact totals of the transactions in the IATI files `files[0 .. file_count-1]`, grouped by `by`:
 * dimension names separated by commas ("sector,year"; NULL or "" for none), as
 * pairaid_query_group_by takes them; one IATI files cannot answer (donor ...): PAIRAID_EINVALID.
 * Rows that would add transaction types (no "type" among `by`): PAIRAID_EMIXED_TYPES - use
 * pairaid_query_run_sources with pairaid_query_all_types to add them anyway. `hierarchy`: "leaves" (NULL: the
 * default; activities that declare no child), "top" or "all". `convert_to` (NULL: native
 * currencies) converts each transaction on its value date at `rates` (then required) rounded by
 * `mode` to `digits` (0..9, or -1 for the target's minor unit); a missing rate makes the group's
 * amount PAIRAID_CELL_MISSING, never 0. A file that fails to read (not well-formed: PAIRAID_EPARSE
 * "FILE:LINE:COL: ...", unreadable: PAIRAID_EIO) fails the call. *out: new handle (free with
 * pairaid_result_free): columns are the dimensions, "currency", "amount", "transactions"; an empty
 * key (no sector given ...) is a PAIRAID_CELL_NONE cell. Big files are read on two threads. */
PAIRAID_API pairaid_status pairaid_iati_totals(pairaid_result **out, const char *const *files, size_t file_count,
                                               const char *by, const char *hierarchy, const char *convert_to,
                                               const pairaid_fx_table *rates, pairaid_rounding_mode mode, int digits);
/* As pairaid_iati_totals, over one document of `size` bytes at `data` (need not be NUL-terminated);
 * `name` (NULL: "<buffer>") stands for it in messages. */
PAIRAID_API pairaid_status pairaid_iati_totals_buffer(pairaid_result **out, const char *data, size_t size,
                                                      const char *name, const char *by, const char *hierarchy,
                                                      const char *convert_to, const pairaid_fx_table *rates,
                                                      pairaid_rounding_mode mode, int digits);
/* Validates an IATI file: well-formedness, the declared version's schema (XSD files from
 * `schema_dir`; NULL: the schemas pairaid ships, found as pairaid_data_dir says, PAIRAID_EIO when
 * they cannot be found; "": that step is skipped and an "info" finding "schema-skipped" says so),
 * codelists and rules (transaction and actual dates after `as_of`, "YYYY-MM-DD", are in the
 * future: the library never reads the clock). Returns PAIRAID_OK whenever the check ran;
 * *out lists every finding with its code ("xml", "schema-content" ...), severity, file, line,
 * column, element path (in pairaid_diagnostics_entry's `pointer`) and message;
 * pairaid_diagnostics_status is PAIRAID_EINVALID_DATA when any finding is an error, else PAIRAID_OK.
 * Malformed `as_of`: PAIRAID_EPARSE. *out: new handle (pairaid_diagnostics_free). */
PAIRAID_API pairaid_status pairaid_iati_validate_file(pairaid_diagnostics **out, const char *path, const char *as_of,
                                                      const char *schema_dir);
/* The same for `size` bytes at `data`; `name` may be NULL ("<buffer>"). */
PAIRAID_API pairaid_status pairaid_iati_validate_buffer(pairaid_diagnostics **out, const char *data, size_t size,
                                                        const char *name, const char *as_of, const char *schema_dir);

/* What an export writes that the sources may not give. */
typedef struct pairaid_iati_export_options pairaid_iati_export_options;
/* Options with nothing set. *out: new handle (free with pairaid_iati_export_options_free). */
PAIRAID_API pairaid_status pairaid_iati_export_options_new(pairaid_iati_export_options **out);
/* Sets option `name` to `value` (replacing an earlier value):
 *   "reporting_org"              the reporting organisation's ref, prefixing a dataset's activity
 *                                identifiers (required to export a dataset)
 *   "reporting_org_name"         its name
 *   "reporting_org_type"         its OrganisationType code ("10"); also filled in IATI files' lacking one
 *   "generated_datetime"         iati-activities/@generated-datetime (unset: omitted)
 *   "activity_status_if_missing" ActivityStatus code 1-6 for activities without a status
 *   "start_date_if_missing"      "YYYY-MM-DD", a planned start for activities without dates
 *   "role_if_no_participants"    "funding", "accountable", "extending" or "implementing": the
 *                                reporting organisation's role in activities naming no participant
 *   "administrative_vocabulary"  the vocabulary for the dataset's area codes
 * Another name or a bad value: PAIRAID_EINVALID (a malformed date: PAIRAID_EPARSE); unchanged. */
PAIRAID_API pairaid_status pairaid_iati_export_options_set(pairaid_iati_export_options *options, const char *name,
                                                           const char *value);
/* NULL-safe. */
PAIRAID_API void pairaid_iati_export_options_free(pairaid_iati_export_options *options);
/* Writes the projects of `dataset` (may be NULL) followed by the activities of the IATI files
 * `files[0 .. file_count-1]` (any version) as one IATI 2.03 document at `output_path`. Nothing to
 * export, or activities lacking parts 2.03 requires that no option fills: PAIRAID_EINVALID_DATA
 * naming them, and nothing written; an IATI file that does not read: its status, nothing written;
 * cannot write: PAIRAID_EIO (no half-written file is left). */
PAIRAID_API pairaid_status pairaid_iati_export(const char *output_path, const pairaid_dataset *dataset,
                                               const char *const *files, size_t file_count,
                                               const pairaid_iati_export_options *options);

#ifdef __cplusplus
}
#endif

#endif /* PAIRAID_H */
