/* The C API's plain-value nouns: errors and versions, enum names, strings, counts, currencies,
 * Five-Year Plans. */
#include "check.h"

#include <stdint.h>
#include <stdlib.h>

static void errors_and_version(void) {
  int major = -1, minor = -1, patch = -1;
  char expected[32];

  /* Nothing has failed yet on this thread. */
  CHECK_STR(pairaid_last_error(), "");
  CHECK(pairaid_last_status() == PAIRAID_OK);

  pairaid_version(&major, &minor, &patch);
  CHECK(major == PAIRAID_VERSION_MAJOR && minor == PAIRAID_VERSION_MINOR && patch == PAIRAID_VERSION_PATCH);
  pairaid_version(NULL, NULL, NULL); /* any output may be NULL */
  sprintf(expected, "%d.%d.%d", PAIRAID_VERSION_MAJOR, PAIRAID_VERSION_MINOR, PAIRAID_VERSION_PATCH);
  CHECK_STR(pairaid_version_string(), expected);
  CHECK(PAIRAID_VERSION_NUMBER == PAIRAID_VERSION_MAJOR * 10000 + PAIRAID_VERSION_MINOR * 100 + PAIRAID_VERSION_PATCH);

  CHECK_STR(pairaid_status_name(PAIRAID_OK), "PAIRAID_OK");
  CHECK_STR(pairaid_status_name(PAIRAID_ERROR), "PAIRAID_ERROR");
  CHECK_STR(pairaid_status_name(PAIRAID_EINVALID), "PAIRAID_EINVALID");
  CHECK_STR(pairaid_status_name(PAIRAID_EPARSE), "PAIRAID_EPARSE");
  CHECK_STR(pairaid_status_name(PAIRAID_EOVERFLOW), "PAIRAID_EOVERFLOW");
  CHECK_STR(pairaid_status_name(PAIRAID_EINEXACT), "PAIRAID_EINEXACT");
  CHECK_STR(pairaid_status_name(PAIRAID_EUNKNOWN_CURRENCY), "PAIRAID_EUNKNOWN_CURRENCY");
  CHECK_STR(pairaid_status_name(PAIRAID_ECURRENCY_MISMATCH), "PAIRAID_ECURRENCY_MISMATCH");
  CHECK_STR(pairaid_status_name(PAIRAID_EMISSING_RATE), "PAIRAID_EMISSING_RATE");
  CHECK_STR(pairaid_status_name(PAIRAID_ENOTFOUND), "PAIRAID_ENOTFOUND");
  CHECK_STR(pairaid_status_name(PAIRAID_EIO), "PAIRAID_EIO");
  CHECK_STR(pairaid_status_name(PAIRAID_EINVALID_DATA), "PAIRAID_EINVALID_DATA");
  CHECK_STR(pairaid_status_name(PAIRAID_ENOMEM), "PAIRAID_ENOMEM");
  CHECK_STR(pairaid_status_name(PAIRAID_EMIXED_TYPES), "PAIRAID_EMIXED_TYPES");
  CHECK_STR(pairaid_status_name(-99), "PAIRAID_UNKNOWN_STATUS");
  CHECK_STR(pairaid_status_name(1), "PAIRAID_UNKNOWN_STATUS");

  /* A failure is recorded, a success clears it, pairaid_error_clear clears it too. */
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "QQQ", pairaid_currency_name(&(const char *){NULL}, "QQQ"));
  CHECK(pairaid_last_status() == PAIRAID_EUNKNOWN_CURRENCY);
  pairaid_error_clear();
  CHECK_STR(pairaid_last_error(), "");
  CHECK(pairaid_last_status() == PAIRAID_OK);
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "QQQ", pairaid_currency_name(&(const char *){NULL}, "QQQ"));
  CHECK_OK(pairaid_currency_name(&(const char *){NULL}, "CNY"));
  CHECK_STR(pairaid_last_error(), "");

  pairaid_string_free(NULL); /* NULL-safe */
}

static void enum_names(void) {
  pairaid_rounding_mode mode = PAIRAID_ROUND_HALF_EVEN;
  static const char *const modes[] = {"half_even",      "half_up", "half_down", "toward_zero",
                                      "away_from_zero", "floor",   "ceiling",   "unnecessary"};
  int i;
  for (i = 0; i < 8; ++i) {
    CHECK_STR(pairaid_rounding_mode_name(i), modes[i]);
    CHECK_OK(pairaid_rounding_mode_from_name(&mode, modes[i]));
    CHECK((int)mode == i);
  }
  CHECK_STR(pairaid_rounding_mode_name(PAIRAID_ROUND_CEILING), "ceiling");
  CHECK(pairaid_rounding_mode_name(8) == NULL);
  CHECK(pairaid_rounding_mode_name(-1) == NULL);
  mode = PAIRAID_ROUND_FLOOR;
  CHECK_FAILS(PAIRAID_EINVALID, "bankers", pairaid_rounding_mode_from_name(&mode, "bankers"));
  CHECK(mode == PAIRAID_ROUND_FLOOR); /* untouched on failure */
  CHECK_NULL_ARG("out", pairaid_rounding_mode_from_name(NULL, "floor"));
  CHECK_NULL_ARG("name", pairaid_rounding_mode_from_name(&mode, NULL));

  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_EXACT), "exact");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_ABOUT), "about");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_NEARLY), "nearly");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_MORE_THAN), "more than");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_AT_LEAST), "at least");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_AT_MOST), "at most");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_LESS_THAN), "less than");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_DOZENS_OF), "dozens of");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_HUNDREDS_OF), "hundreds of");
  CHECK_STR(pairaid_qualifier_name(PAIRAID_QUALIFIER_THOUSANDS_OF), "thousands of");
  CHECK(pairaid_qualifier_name(10) == NULL);
  CHECK(pairaid_qualifier_name(-1) == NULL);

  CHECK_STR(pairaid_verdict_name(PAIRAID_CONSISTENT), "consistent");
  CHECK_STR(pairaid_verdict_name(PAIRAID_INCONSISTENT), "inconsistent");
  CHECK_STR(pairaid_verdict_name(PAIRAID_UNDETERMINED), "undetermined");
  CHECK(pairaid_verdict_name(3) == NULL);
  CHECK(pairaid_verdict_name(-1) == NULL);
}

static void counts(void) {
  const char *name = NULL;
  int64_t sum = 42;
  size_t i, n = pairaid_count_kind_count();
  CHECK(n == 11);
  CHECK_OK(pairaid_count_kind_name(&name, 0));
  CHECK_STR(name, "people");
  CHECK_OK(pairaid_count_kind_name(&name, n - 1));
  CHECK_STR(name, "hospitals");
  for (i = 0; i < n; ++i) {
    CHECK_OK(pairaid_count_kind_name(&name, i));
    CHECK_OK(pairaid_count_add(&sum, name, 1, 2));
    CHECK(sum == 3);
  }
  CHECK_FAILS(PAIRAID_ENOTFOUND, "11", pairaid_count_kind_name(&name, n));
  CHECK_NULL_ARG("out", pairaid_count_kind_name(NULL, 0));

  CHECK_OK(pairaid_count_add(&sum, "people", 622, 2117));
  CHECK(sum == 2739);
  CHECK_OK(pairaid_count_add(&sum, "people", INT64_MAX, INT64_MIN));
  CHECK(sum == -1);
  sum = 42;
  CHECK_FAILS(PAIRAID_EOVERFLOW, "overflow", pairaid_count_add(&sum, "people", INT64_MAX, 1));
  CHECK(sum == 42); /* untouched: never wrapped */
  CHECK_FAILS(PAIRAID_EOVERFLOW, "people", pairaid_count_add(&sum, "people", INT64_MIN, -1));
  CHECK_FAILS(PAIRAID_EINVALID, "widgets", pairaid_count_add(&sum, "widgets", 1, 1));
  CHECK_FAILS(PAIRAID_EINVALID, "people", pairaid_count_add(&sum, "People", 1, 1)); /* names the known kinds */
  CHECK_NULL_ARG("out", pairaid_count_add(NULL, "people", 1, 1));
  CHECK_NULL_ARG("kind", pairaid_count_add(&sum, NULL, 1, 1));
}

static void currencies(void) {
  int numeric = -7, minor = -7, withdrawn = -7;
  const char *name = NULL, *code = NULL;
  size_t i, n = pairaid_currency_count();

  CHECK_OK(pairaid_currency_lookup(&numeric, &minor, &withdrawn, "CNY"));
  CHECK(numeric == 156 && minor == 2 && withdrawn == 0);
  CHECK_OK(pairaid_currency_lookup(&numeric, &minor, &withdrawn, "JPY"));
  CHECK(numeric == 392 && minor == 0 && withdrawn == 0);
  CHECK_OK(pairaid_currency_lookup(&numeric, &minor, &withdrawn, "KWD"));
  CHECK(numeric == 414 && minor == 3 && withdrawn == 0);
  CHECK_OK(pairaid_currency_lookup(&numeric, &minor, &withdrawn, "XXX"));
  CHECK(numeric == 999 && minor == -1 && withdrawn == 0);
  CHECK_OK(pairaid_currency_lookup(&numeric, &minor, &withdrawn, "DEM"));
  CHECK(numeric == 276 && minor == -1 && withdrawn == 1);

  numeric = minor = withdrawn = -7;
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "ABC", pairaid_currency_lookup(&numeric, &minor, &withdrawn, "ABC"));
  CHECK(numeric == -7 && minor == -7 && withdrawn == -7);
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "cny", pairaid_currency_lookup(&numeric, &minor, &withdrawn, "cny"));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "CNYX", pairaid_currency_lookup(&numeric, &minor, &withdrawn, "CNYX"));
  CHECK_STATUS(PAIRAID_EUNKNOWN_CURRENCY, pairaid_currency_lookup(&numeric, &minor, &withdrawn, ""));
  CHECK_NULL_ARG("numeric", pairaid_currency_lookup(NULL, &minor, &withdrawn, "CNY"));
  CHECK_NULL_ARG("minor_units", pairaid_currency_lookup(&numeric, NULL, &withdrawn, "CNY"));
  CHECK_NULL_ARG("withdrawn", pairaid_currency_lookup(&numeric, &minor, NULL, "CNY"));
  CHECK_NULL_ARG("code", pairaid_currency_lookup(&numeric, &minor, &withdrawn, NULL));

  CHECK_OK(pairaid_currency_name(&name, "CNY"));
  CHECK_STR(name, "Yuan Renminbi");
  CHECK_OK(pairaid_currency_name(&name, "USD"));
  CHECK_STR(name, "US Dollar");
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "ZZZ", pairaid_currency_name(&name, "ZZZ"));
  CHECK_NULL_ARG("out", pairaid_currency_name(NULL, "CNY"));
  CHECK_NULL_ARG("code", pairaid_currency_name(&name, NULL));

  /* Iterating the table: every code looks itself up, sorted, no duplicates. */
  CHECK(n > 250);
  {
    char previous[4] = "";
    for (i = 0; i < n; ++i) {
      CHECK_OK(pairaid_currency_code_at(&code, i));
      CHECK(strlen(code) == 3);
      CHECK(strcmp(previous, code) < 0);
      CHECK_OK(pairaid_currency_lookup(&numeric, &minor, &withdrawn, code));
      memcpy(previous, code, 4);
    }
  }
  CHECK_OK(pairaid_currency_code_at(&code, 0));
  CHECK_STR(code, "ADP");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_currency_code_at(&code, n));
  CHECK_NULL_ARG("out", pairaid_currency_code_at(NULL, 0));
}

static void five_year_plans(void) {
  int ordinal = 0, first = 0, last = 0;
  char *name = NULL;

  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "2023-12-31"));
  CHECK(ordinal == 14 && first == 2021 && last == 2025);
  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "1953-01-01"));
  CHECK(ordinal == 1 && first == 1953 && last == 1957);
  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "1962-12-31"));
  CHECK(ordinal == 2 && first == 1958 && last == 1962);
  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "1966-01-01"));
  CHECK(ordinal == 3 && first == 1966 && last == 1970);
  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "1994-07-20"));
  CHECK(ordinal == 8 && first == 1991 && last == 1995);
  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "2030-12-31"));
  CHECK(ordinal == 15 && first == 2026 && last == 2030);

  ordinal = first = last = -1;
  CHECK_FAILS(PAIRAID_ENOTFOUND, "1964-06-01", pairaid_five_year_plan_of(&ordinal, &first, &last, "1964-06-01"));
  CHECK(ordinal == -1 && first == -1 && last == -1);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "1952-12-31", pairaid_five_year_plan_of(&ordinal, &first, &last, "1952-12-31"));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2031-01-01", pairaid_five_year_plan_of(&ordinal, &first, &last, "2031-01-01"));
  CHECK_FAILS(PAIRAID_EPARSE, "2023-02-29", pairaid_five_year_plan_of(&ordinal, &first, &last, "2023-02-29"));
  CHECK_FAILS(PAIRAID_EPARSE, "YYYY-MM-DD", pairaid_five_year_plan_of(&ordinal, &first, &last, "31/12/2023"));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_five_year_plan_of(&ordinal, &first, &last, ""));
  CHECK_NULL_ARG("ordinal", pairaid_five_year_plan_of(NULL, &first, &last, "2023-12-31"));
  CHECK_NULL_ARG("first_year", pairaid_five_year_plan_of(&ordinal, NULL, &last, "2023-12-31"));
  CHECK_NULL_ARG("last_year", pairaid_five_year_plan_of(&ordinal, &first, NULL, "2023-12-31"));
  CHECK_NULL_ARG("date", pairaid_five_year_plan_of(&ordinal, &first, &last, NULL));

  CHECK_OK(pairaid_five_year_plan_name(&name, 14));
  CHECK_STR(name, "14th Five-Year Plan (2021-2025)");
  pairaid_string_free(name);
  CHECK_OK(pairaid_five_year_plan_name(&name, 1));
  CHECK_STR(name, "1st Five-Year Plan (1953-1957)");
  pairaid_string_free(name);
  CHECK_OK(pairaid_five_year_plan_name(&name, 2));
  CHECK_STR(name, "2nd Five-Year Plan (1958-1962)");
  pairaid_string_free(name);
  CHECK_OK(pairaid_five_year_plan_name(&name, 3));
  CHECK_STR(name, "3rd Five-Year Plan (1966-1970)");
  pairaid_string_free(name);
  CHECK_OK(pairaid_five_year_plan_name(&name, 11));
  CHECK_STR(name, "11th Five-Year Plan (2006-2010)");
  pairaid_string_free(name);
  name = (char *)"sentinel";
  CHECK_FAILS(PAIRAID_ENOTFOUND, "16", pairaid_five_year_plan_name(&name, 16));
  CHECK(name == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "0", pairaid_five_year_plan_name(&name, 0));
  CHECK_NULL_ARG("out", pairaid_five_year_plan_name(NULL, 14));
}

int main(void) {
  errors_and_version();
  enum_names();
  counts();
  currencies();
  five_year_plans();
  CHECK_DONE();
}
