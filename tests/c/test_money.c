/* pairaid_money: parsing (decimal text and report phrases), arithmetic, comparison, rounding,
 * formatting, accessors, and every way they refuse. */
#include "check.h"

#include <stdlib.h>

/* Parses `amount` in `code` (must succeed). */
static pairaid_money *money(const char *amount, const char *code) {
  pairaid_money *m = NULL;
  CHECK_OK(pairaid_money_parse(&m, amount, code, 0));
  return m;
}

static void check_amount(const pairaid_money *m, const char *amount, const char *code) {
  const char *text = NULL;
  CHECK_OK(pairaid_money_amount(&text, m));
  CHECK_STR(text, amount);
  CHECK_OK(pairaid_money_currency(&text, m));
  CHECK_STR(text, code);
}

static void parse(void) {
  pairaid_money *m = NULL;
  CHECK_OK(pairaid_money_parse(&m, "214072420474.94199", "USD", 0));
  check_amount(m, "214072420474.94199", "USD");
  pairaid_money_free(m);

  CHECK_OK(pairaid_money_parse(&m, "-12.50", "EUR", 0));
  check_amount(m, "-12.5", "EUR");
  pairaid_money_free(m);

  CHECK_OK(pairaid_money_parse(&m, "1,234.50", "USD", PAIRAID_PARSE_ALLOW_GROUPING));
  check_amount(m, "1234.5", "USD");
  pairaid_money_free(m);

  CHECK_OK(pairaid_money_parse(&m, "0.000000001", "XXX", 0)); /* nine fraction digits are exact */
  check_amount(m, "0.000000001", "XXX");
  pairaid_money_free(m);

  /* The largest magnitudes that fit: +-1.7e29 units. */
  CHECK_OK(pairaid_money_parse(&m, "170141183460469231731687303715.884105727", "USD", 0));
  check_amount(m, "170141183460469231731687303715.884105727", "USD");
  pairaid_money_free(m);
  CHECK_OK(pairaid_money_parse(&m, "-170141183460469231731687303715.884105728", "USD", 0));
  pairaid_money_free(m);
  CHECK_FAILS(PAIRAID_EOVERFLOW, "too large",
              pairaid_money_parse(&m, "170141183460469231731687303715.884105728", "USD", 0));

  /* Refusals leave *out NULL. */
  m = (pairaid_money *)&m; /* any non-NULL garbage */
  CHECK_FAILS(PAIRAID_EPARSE, "1,234.50", pairaid_money_parse(&m, "1,234.50", "USD", 0));
  CHECK(m == NULL);
  CHECK_FAILS(PAIRAID_EPARSE, "1,23.50", pairaid_money_parse(&m, "1,23.50", "USD", PAIRAID_PARSE_ALLOW_GROUPING));
  CHECK_FAILS(PAIRAID_EPARSE, "12a", pairaid_money_parse(&m, "12a", "USD", 0));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_money_parse(&m, "", "USD", 0));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_money_parse(&m, "1e5", "USD", 0));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_money_parse(&m, " 1", "USD", 0));
  CHECK_FAILS(PAIRAID_EINEXACT, "9 fraction digits", pairaid_money_parse(&m, "1.0000000001", "USD", 0));
  CHECK_FAILS(PAIRAID_EOVERFLOW, "too large", pairaid_money_parse(&m, "200000000000000000000000000000", "USD", 0));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "ABC", pairaid_money_parse(&m, "1", "ABC", 0));
  CHECK_FAILS(PAIRAID_EINVALID, "flags", pairaid_money_parse(&m, "1", "USD", 0x100u));
  CHECK(m == NULL);
  CHECK_NULL_ARG("out", pairaid_money_parse(NULL, "1", "USD", 0));
  CHECK_NULL_ARG("amount", pairaid_money_parse(&m, NULL, "USD", 0));
  CHECK_NULL_ARG("currency_code", pairaid_money_parse(&m, "1", NULL, 0));
}

static void parse_phrase(void) {
  pairaid_money *m = NULL, *n = NULL;
  int cmp = 7;

  CHECK_OK(pairaid_money_parse_phrase(&m, "25.17 billion yuan"));
  check_amount(m, "25170000000", "CNY");
  CHECK_OK(pairaid_money_parse_phrase(&n, "CNY 25.17bn"));
  check_amount(n, "25170000000", "CNY");
  CHECK_OK(pairaid_money_compare(&cmp, m, n));
  CHECK(cmp == 0);
  pairaid_money_free(n);
  pairaid_money_free(m);

  CHECK_OK(pairaid_money_parse_phrase(&m, "$3.5 billion"));
  check_amount(m, "3500000000", "USD");
  pairaid_money_free(m);
  CHECK_OK(pairaid_money_parse_phrase(&m, "USD 1,234.50"));
  check_amount(m, "1234.5", "USD");
  pairaid_money_free(m);
  CHECK_OK(pairaid_money_parse_phrase(&m, "RMB 3 million"));
  check_amount(m, "3000000", "CNY");
  pairaid_money_free(m);

  m = (pairaid_money *)&m;
  CHECK_FAILS(PAIRAID_EPARSE, "yuan and yen",
              pairaid_money_parse_phrase(&m,
                                         "\xC2\xA5"
                                         "5"));
  CHECK(m == NULL);
  CHECK_FAILS(PAIRAID_EPARSE, "offset", pairaid_money_parse_phrase(&m, "about $3.5 billion"));
  CHECK_FAILS(PAIRAID_EPARSE, "currency", pairaid_money_parse_phrase(&m, "25.17 billion"));
  CHECK_FAILS(PAIRAID_EPARSE, "end of the amount", pairaid_money_parse_phrase(&m, "5 yuan and change"));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_money_parse_phrase(&m, ""));
  CHECK_NULL_ARG("out", pairaid_money_parse_phrase(NULL, "5 yuan"));
  CHECK_NULL_ARG("phrase", pairaid_money_parse_phrase(&m, NULL));
}

static void arithmetic(void) {
  pairaid_money *a = money("1234.56", "CNY"), *b = money("0.44", "CNY"), *usd = money("1", "USD");
  pairaid_money *r = NULL, *big = money("100000000000000000000000000000", "USD"); /* 1e29 */
  pairaid_money *negbig = money("-100000000000000000000000000000", "USD");
  int cmp = 7;

  CHECK_OK(pairaid_money_add(&r, a, b));
  check_amount(r, "1235", "CNY");
  pairaid_money_free(r);
  CHECK_OK(pairaid_money_subtract(&r, b, a));
  check_amount(r, "-1234.12", "CNY");
  pairaid_money_free(r);
  CHECK_OK(pairaid_money_add(&r, big, negbig));
  check_amount(r, "0", "USD");
  pairaid_money_free(r);

  CHECK_OK(pairaid_money_compare(&cmp, a, b));
  CHECK(cmp == 1);
  CHECK_OK(pairaid_money_compare(&cmp, b, a));
  CHECK(cmp == -1);
  CHECK_OK(pairaid_money_compare(&cmp, a, a));
  CHECK(cmp == 0);

  /* Different currencies never mix. */
  r = (pairaid_money *)&r;
  CHECK_FAILS(PAIRAID_ECURRENCY_MISMATCH, "CNY and USD", pairaid_money_add(&r, a, usd));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_ECURRENCY_MISMATCH, "USD", pairaid_money_subtract(&r, usd, a));
  cmp = 7;
  CHECK_FAILS(PAIRAID_ECURRENCY_MISMATCH, "compare", pairaid_money_compare(&cmp, a, usd));
  CHECK(cmp == 7);

  /* Near the 128-bit limit: an error, never a wrapped amount. */
  CHECK_FAILS(PAIRAID_EOVERFLOW, "overflow", pairaid_money_add(&r, big, big));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_EOVERFLOW, "overflow", pairaid_money_subtract(&r, negbig, big));
  CHECK_OK(pairaid_money_subtract(&r, big, big));
  pairaid_money_free(r);

  CHECK_NULL_ARG("out", pairaid_money_add(NULL, a, b));
  CHECK_NULL_ARG("a", pairaid_money_add(&r, NULL, b));
  CHECK_NULL_ARG("b", pairaid_money_add(&r, a, NULL));
  CHECK_NULL_ARG("out", pairaid_money_subtract(NULL, a, b));
  CHECK_NULL_ARG("a", pairaid_money_subtract(&r, NULL, b));
  CHECK_NULL_ARG("b", pairaid_money_subtract(&r, a, NULL));
  CHECK_NULL_ARG("out", pairaid_money_compare(NULL, a, b));
  CHECK_NULL_ARG("a", pairaid_money_compare(&cmp, NULL, b));
  CHECK_NULL_ARG("b", pairaid_money_compare(&cmp, a, NULL));

  CHECK_OK(pairaid_money_clone(&r, a));
  check_amount(r, "1234.56", "CNY");
  pairaid_money_free(a); /* the clone is independent */
  check_amount(r, "1234.56", "CNY");
  pairaid_money_free(r);
  CHECK_NULL_ARG("out", pairaid_money_clone(NULL, b));
  CHECK_NULL_ARG("money", pairaid_money_clone(&r, NULL));

  pairaid_money_free(b);
  pairaid_money_free(usd);
  pairaid_money_free(big);
  pairaid_money_free(negbig);
  pairaid_money_free(NULL); /* NULL-safe */
}

/* Rounds `amount` USD by `mode` to the minor unit (2 digits) and checks the result. */
static void check_round(const char *amount, pairaid_rounding_mode mode, const char *expected) {
  pairaid_money *m = money(amount, "USD"), *r = NULL;
  CHECK_OK(pairaid_money_round(&r, m, mode));
  if (r) check_amount(r, expected, "USD");
  pairaid_money_free(r);
  pairaid_money_free(m);
}

static void rounding(void) {
  pairaid_money *m = NULL, *r = NULL;
  check_round("2.345", PAIRAID_ROUND_HALF_EVEN, "2.34");
  check_round("2.355", PAIRAID_ROUND_HALF_EVEN, "2.36");
  check_round("2.345", PAIRAID_ROUND_HALF_UP, "2.35");
  check_round("2.345", PAIRAID_ROUND_HALF_DOWN, "2.34");
  check_round("2.3451", PAIRAID_ROUND_HALF_DOWN, "2.35");
  check_round("2.349", PAIRAID_ROUND_TOWARD_ZERO, "2.34");
  check_round("2.341", PAIRAID_ROUND_AWAY_FROM_ZERO, "2.35");
  check_round("2.349", PAIRAID_ROUND_FLOOR, "2.34");
  check_round("2.341", PAIRAID_ROUND_CEILING, "2.35");
  check_round("-2.345", PAIRAID_ROUND_HALF_UP, "-2.35");
  check_round("-2.341", PAIRAID_ROUND_FLOOR, "-2.35");
  check_round("-2.349", PAIRAID_ROUND_CEILING, "-2.34");
  check_round("-2.349", PAIRAID_ROUND_TOWARD_ZERO, "-2.34");
  check_round("-2.341", PAIRAID_ROUND_AWAY_FROM_ZERO, "-2.35");
  check_round("2.34", PAIRAID_ROUND_UNNECESSARY, "2.34");

  m = money("2.345", "USD");
  r = (pairaid_money *)&r;
  CHECK_FAILS(PAIRAID_EINEXACT, "exactly", pairaid_money_round(&r, m, PAIRAID_ROUND_UNNECESSARY));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_EINVALID, "99", pairaid_money_round(&r, m, (pairaid_rounding_mode)99));
  CHECK_FAILS(PAIRAID_EINVALID, "-1", pairaid_money_round(&r, m, (pairaid_rounding_mode)-1));

  CHECK_OK(pairaid_money_round_digits(&r, m, 1, PAIRAID_ROUND_HALF_EVEN));
  check_amount(r, "2.3", "USD");
  pairaid_money_free(r);
  CHECK_OK(pairaid_money_round_digits(&r, m, 0, PAIRAID_ROUND_CEILING));
  check_amount(r, "3", "USD");
  pairaid_money_free(r);
  CHECK_OK(pairaid_money_round_digits(&r, m, 9, PAIRAID_ROUND_UNNECESSARY));
  check_amount(r, "2.345", "USD");
  pairaid_money_free(r);
  CHECK_FAILS(PAIRAID_EINVALID, "0..9", pairaid_money_round_digits(&r, m, 10, PAIRAID_ROUND_HALF_EVEN));
  CHECK_FAILS(PAIRAID_EINVALID, "0..9", pairaid_money_round_digits(&r, m, -1, PAIRAID_ROUND_HALF_EVEN));
  CHECK_FAILS(PAIRAID_EINVALID, "42", pairaid_money_round_digits(&r, m, 2, (pairaid_rounding_mode)42));
  CHECK_NULL_ARG("out", pairaid_money_round(NULL, m, PAIRAID_ROUND_HALF_EVEN));
  CHECK_NULL_ARG("money", pairaid_money_round(&r, NULL, PAIRAID_ROUND_HALF_EVEN));
  CHECK_NULL_ARG("out", pairaid_money_round_digits(NULL, m, 2, PAIRAID_ROUND_HALF_EVEN));
  CHECK_NULL_ARG("money", pairaid_money_round_digits(&r, NULL, 2, PAIRAID_ROUND_HALF_EVEN));
  pairaid_money_free(m);

  /* Minor units differ by currency; a currency without one must say how many digits. */
  m = money("1234.5678", "JPY");
  CHECK_OK(pairaid_money_round(&r, m, PAIRAID_ROUND_HALF_EVEN));
  check_amount(r, "1235", "JPY");
  pairaid_money_free(r);
  pairaid_money_free(m);
  m = money("1.23456", "KWD");
  CHECK_OK(pairaid_money_round(&r, m, PAIRAID_ROUND_HALF_EVEN));
  check_amount(r, "1.235", "KWD");
  pairaid_money_free(r);
  pairaid_money_free(m);
  m = money("1.5", "XXX");
  CHECK_FAILS(PAIRAID_EINVALID, "XXX has no minor unit", pairaid_money_round(&r, m, PAIRAID_ROUND_HALF_EVEN));
  CHECK_OK(pairaid_money_round_digits(&r, m, 0, PAIRAID_ROUND_HALF_EVEN));
  check_amount(r, "2", "XXX");
  pairaid_money_free(r);
  pairaid_money_free(m);
}

static void format(void) {
  pairaid_money *m = NULL;
  char *text = NULL;
  const char *view = NULL;

  CHECK_OK(pairaid_money_parse_phrase(&m, "25.17 billion yuan"));
  CHECK_OK(pairaid_money_format(&text, m, 0));
  CHECK_STR(text, "25170000000.00");
  pairaid_string_free(text);
  CHECK_OK(pairaid_money_format(&text, m, PAIRAID_FORMAT_GROUPING));
  CHECK_STR(text, "25,170,000,000.00");
  pairaid_string_free(text);
  CHECK_OK(pairaid_money_format(&text, m, PAIRAID_FORMAT_WITH_CODE));
  CHECK_STR(text, "25170000000.00 CNY");
  pairaid_string_free(text);
  CHECK_OK(pairaid_money_format(&text, m, PAIRAID_FORMAT_GROUPING | PAIRAID_FORMAT_WITH_CODE));
  CHECK_STR(text, "25,170,000,000.00 CNY");
  pairaid_string_free(text);
  text = (char *)"sentinel";
  CHECK_FAILS(PAIRAID_EINVALID, "flags", pairaid_money_format(&text, m, 0x80u));
  CHECK(text == NULL);
  CHECK_NULL_ARG("out", pairaid_money_format(NULL, m, 0));
  CHECK_NULL_ARG("money", pairaid_money_format(&text, NULL, 0));
  CHECK_NULL_ARG("out", pairaid_money_amount(NULL, m));
  CHECK_NULL_ARG("money", pairaid_money_amount(&view, NULL));
  CHECK_NULL_ARG("out", pairaid_money_currency(NULL, m));
  CHECK_NULL_ARG("money", pairaid_money_currency(&view, NULL));
  pairaid_money_free(m);

  /* Formatting never rounds: more digits than the minor unit stay; fewer are padded. */
  m = money("-1234567.891", "USD");
  CHECK_OK(pairaid_money_format(&text, m, PAIRAID_FORMAT_GROUPING | PAIRAID_FORMAT_WITH_CODE));
  CHECK_STR(text, "-1,234,567.891 USD");
  pairaid_string_free(text);
  pairaid_money_free(m);
  m = money("7", "JPY");
  CHECK_OK(pairaid_money_format(&text, m, PAIRAID_FORMAT_WITH_CODE));
  CHECK_STR(text, "7 JPY");
  pairaid_string_free(text);
  pairaid_money_free(m);
}

int main(void) {
  parse();
  parse_phrase();
  arithmetic();
  rounding();
  format();
  CHECK_DONE();
}
