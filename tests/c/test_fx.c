/* pairaid_fx_table / pairaid_fx_conversion / pairaid_fx_leg: adding rates one by one and from
 * CSV (all or nothing, errors with file:line:col), direct, inverted and pivot conversions, and
 * every refusal. */
#include "check.h"

#include <stdlib.h>

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif
#define DATA(file) PAIRAID_C_TEST_DATA "/" file

static pairaid_money *money(const char *amount, const char *code) {
  pairaid_money *m = NULL;
  CHECK_OK(pairaid_money_parse(&m, amount, code, 0));
  return m;
}

static size_t size_of(const pairaid_fx_table *t) {
  size_t n = 999;
  CHECK_OK(pairaid_fx_table_size(&n, t));
  return n;
}

/* Checks the converted amount of `c`. */
static void check_converted(const pairaid_fx_conversion *c, const char *amount, const char *code) {
  const pairaid_money *m = NULL;
  const char *text = NULL;
  CHECK_OK(pairaid_fx_conversion_amount(&m, c));
  CHECK_OK(pairaid_money_amount(&text, m));
  CHECK_STR(text, amount);
  CHECK_OK(pairaid_money_currency(&text, m));
  CHECK_STR(text, code);
}

static void check_leg(const pairaid_fx_conversion *c, size_t index, const char *from, const char *to, const char *base,
                      const char *quote, const char *rate, const char *date, int inverted) {
  const pairaid_fx_leg *leg = NULL;
  const char *text = NULL;
  int inv = -1;
  CHECK_OK(pairaid_fx_conversion_leg(&leg, c, index));
  CHECK_OK(pairaid_fx_leg_from(&text, leg));
  CHECK_STR(text, from);
  CHECK_OK(pairaid_fx_leg_to(&text, leg));
  CHECK_STR(text, to);
  CHECK_OK(pairaid_fx_leg_base(&text, leg));
  CHECK_STR(text, base);
  CHECK_OK(pairaid_fx_leg_quote(&text, leg));
  CHECK_STR(text, quote);
  CHECK_OK(pairaid_fx_leg_rate(&text, leg));
  CHECK_STR(text, rate);
  CHECK_OK(pairaid_fx_leg_date(&text, leg));
  CHECK_STR(text, date);
  CHECK_OK(pairaid_fx_leg_inverted(&inv, leg));
  CHECK(inv == inverted);
}

static void add_rates(void) {
  pairaid_fx_table *t = NULL;
  CHECK_OK(pairaid_fx_table_new(&t, NULL));
  CHECK(size_of(t) == 0);
  CHECK_OK(pairaid_fx_table_add_rate(t, "2023-01-01", "USD", "CNY", "7.0809", "FRED AEXCHUS"));
  CHECK_OK(pairaid_fx_table_add_rate(t, "2024-01-01", "USD", "CNY", "7.1957", "FRED AEXCHUS"));
  CHECK_OK(pairaid_fx_table_add_rate(t, "2023-01-01", "EUR", "USD", "1.0813", ""));
  CHECK(size_of(t) == 3);

  /* Every refusal leaves the table as it was. */
  CHECK_FAILS(PAIRAID_EPARSE, "2023-13-01", pairaid_fx_table_add_rate(t, "2023-13-01", "USD", "CNY", "7", "s"));
  CHECK_FAILS(PAIRAID_EPARSE, "YYYY-MM-DD", pairaid_fx_table_add_rate(t, "2023/01/01", "USD", "CNY", "7", "s"));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "ABC", pairaid_fx_table_add_rate(t, "2023-02-01", "ABC", "CNY", "7", "s"));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "usd", pairaid_fx_table_add_rate(t, "2023-02-01", "CNY", "usd", "7", "s"));
  CHECK_FAILS(PAIRAID_EPARSE, "seven", pairaid_fx_table_add_rate(t, "2023-02-01", "USD", "CNY", "seven", "s"));
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "positive", pairaid_fx_table_add_rate(t, "2023-02-01", "USD", "CNY", "0", "s"));
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "positive", pairaid_fx_table_add_rate(t, "2023-02-01", "USD", "CNY", "-7", "s"));
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "two different currencies",
              pairaid_fx_table_add_rate(t, "2023-02-01", "USD", "USD", "1", "s"));
  /* A second rate for the pair on one date, in either direction, is an overlap. */
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "two rates", pairaid_fx_table_add_rate(t, "2023-01-01", "USD", "CNY", "7.1", "s"));
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "2023-01-01",
              pairaid_fx_table_add_rate(t, "2023-01-01", "CNY", "USD", "0.14", "s"));
  CHECK(size_of(t) == 3);

  CHECK_NULL_ARG("table", pairaid_fx_table_add_rate(NULL, "2023-02-01", "USD", "CNY", "7", "s"));
  CHECK_NULL_ARG("date", pairaid_fx_table_add_rate(t, NULL, "USD", "CNY", "7", "s"));
  CHECK_NULL_ARG("base", pairaid_fx_table_add_rate(t, "2023-02-01", NULL, "CNY", "7", "s"));
  CHECK_NULL_ARG("quote", pairaid_fx_table_add_rate(t, "2023-02-01", "USD", NULL, "7", "s"));
  CHECK_NULL_ARG("rate", pairaid_fx_table_add_rate(t, "2023-02-01", "USD", "CNY", NULL, "s"));
  CHECK_NULL_ARG("source", pairaid_fx_table_add_rate(t, "2023-02-01", "USD", "CNY", "7", NULL));
  CHECK_NULL_ARG("out", pairaid_fx_table_size(NULL, t));
  CHECK_NULL_ARG("table", pairaid_fx_table_size(&(size_t){0}, NULL));
  pairaid_fx_table_free(t);

  t = (pairaid_fx_table *)&t;
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "QQQ", pairaid_fx_table_new(&t, "QQQ"));
  CHECK(t == NULL);
  CHECK_NULL_ARG("out", pairaid_fx_table_new(NULL, "USD"));
  pairaid_fx_table_free(NULL); /* NULL-safe */
}

static void convert(void) {
  pairaid_fx_table *t = NULL;
  pairaid_fx_conversion *c = NULL;
  pairaid_money *cny = money("25170000000", "CNY"), *usd = money("1000", "USD"), *xxx = money("1", "XXX");
  const char *text = NULL;
  const pairaid_money *amount = NULL;
  const pairaid_fx_leg *leg = NULL;
  size_t n = 99;

  CHECK_OK(pairaid_fx_table_new(&t, NULL));

  /* No rate at all: missing, never 1:1. */
  c = (pairaid_fx_conversion *)&c;
  CHECK_FAILS(PAIRAID_EMISSING_RATE, "CNY/USD",
              pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK(c == NULL);

  /* Adding a rate after a conversion is seen by the next one. */
  CHECK_OK(pairaid_fx_table_add_rate(t, "2023-01-01", "USD", "CNY", "7.0809", "FRED AEXCHUS"));
  CHECK_OK(pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  check_converted(c, "3554632885.65", "USD");
  CHECK_OK(pairaid_fx_conversion_value_date(&text, c));
  CHECK_STR(text, "2023-12-31");
  CHECK_OK(pairaid_fx_conversion_leg_count(&n, c));
  CHECK(n == 1);
  check_leg(c, 0, "CNY", "USD", "USD", "CNY", "7.0809", "2023-01-01", 1);
  CHECK_OK(pairaid_fx_conversion_leg(&leg, c, 0));
  CHECK_OK(pairaid_fx_leg_source(&text, leg));
  CHECK_STR(text, "FRED AEXCHUS");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_fx_conversion_leg(&leg, c, 1));
  pairaid_fx_conversion_free(c);

  /* The same conversion, other roundings: explicit digits, floor, and "must be exact". */
  CHECK_OK(pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, 0));
  check_converted(c, "3554632886", "USD");
  pairaid_fx_conversion_free(c);
  CHECK_OK(pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_FLOOR, 4));
  check_converted(c, "3554632885.6501", "USD");
  pairaid_fx_conversion_free(c);
  CHECK_FAILS(PAIRAID_EINEXACT, "exactly",
              pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_UNNECESSARY, -1));
  CHECK(c == NULL);

  /* The forward direction multiplies. */
  CHECK_OK(pairaid_fx_table_convert(&c, t, usd, "CNY", "2023-06-30", PAIRAID_ROUND_HALF_EVEN, -1));
  check_converted(c, "7080.9", "CNY");
  check_leg(c, 0, "USD", "CNY", "USD", "CNY", "7.0809", "2023-01-01", 0);
  pairaid_fx_conversion_free(c);

  /* Before the first rate: missing. */
  CHECK_FAILS(PAIRAID_EMISSING_RATE, "2022-12-31",
              pairaid_fx_table_convert(&c, t, cny, "USD", "2022-12-31", PAIRAID_ROUND_HALF_EVEN, -1));

  /* Same currency: no legs, only the rounding. */
  CHECK_OK(pairaid_fx_table_convert(&c, t, usd, "USD", "1900-01-01", PAIRAID_ROUND_HALF_EVEN, -1));
  check_converted(c, "1000", "USD");
  CHECK_OK(pairaid_fx_conversion_leg_count(&n, c));
  CHECK(n == 0);
  CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_fx_conversion_leg(&leg, c, 0));
  pairaid_fx_conversion_free(c);

  /* Bad arguments. */
  CHECK_FAILS(PAIRAID_EINVALID, "XXX has no minor unit",
              pairaid_fx_table_convert(&c, t, xxx, "XXX", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_OK(pairaid_fx_table_convert(&c, t, xxx, "XXX", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, 3));
  pairaid_fx_conversion_free(c);
  CHECK_FAILS(PAIRAID_EINVALID, "digits",
              pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, 10));
  CHECK_FAILS(PAIRAID_EINVALID, "digits",
              pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -2));
  CHECK_FAILS(PAIRAID_EINVALID, "rounding mode",
              pairaid_fx_table_convert(&c, t, cny, "USD", "2023-12-31", (pairaid_rounding_mode)8, -1));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "DOLLAR",
              pairaid_fx_table_convert(&c, t, cny, "DOLLAR", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_FAILS(PAIRAID_EPARSE, "31.12.2023",
              pairaid_fx_table_convert(&c, t, cny, "USD", "31.12.2023", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK(c == NULL);
  CHECK_NULL_ARG("out", pairaid_fx_table_convert(NULL, t, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_NULL_ARG("table", pairaid_fx_table_convert(&c, NULL, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_NULL_ARG("money", pairaid_fx_table_convert(&c, t, NULL, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_NULL_ARG("target_code", pairaid_fx_table_convert(&c, t, cny, NULL, "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_NULL_ARG("value_date", pairaid_fx_table_convert(&c, t, cny, "USD", NULL, PAIRAID_ROUND_HALF_EVEN, -1));

  /* Accessors on NULL. */
  CHECK_NULL_ARG("out", pairaid_fx_conversion_amount(NULL, c));
  CHECK_NULL_ARG("conversion", pairaid_fx_conversion_amount(&amount, NULL));
  CHECK_NULL_ARG("out", pairaid_fx_conversion_value_date(NULL, c));
  CHECK_NULL_ARG("conversion", pairaid_fx_conversion_value_date(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_fx_conversion_leg_count(NULL, c));
  CHECK_NULL_ARG("conversion", pairaid_fx_conversion_leg_count(&n, NULL));
  CHECK_NULL_ARG("out", pairaid_fx_conversion_leg(NULL, c, 0));
  CHECK_NULL_ARG("conversion", pairaid_fx_conversion_leg(&leg, NULL, 0));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_from(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_fx_leg_from(NULL, leg));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_to(&text, NULL));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_base(&text, NULL));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_quote(&text, NULL));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_rate(&text, NULL));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_date(&text, NULL));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_source(&text, NULL));
  CHECK_NULL_ARG("leg", pairaid_fx_leg_inverted(&(int){0}, NULL));
  CHECK_NULL_ARG("out", pairaid_fx_leg_inverted(NULL, leg));
  pairaid_fx_conversion_free(NULL); /* NULL-safe */

  pairaid_fx_table_free(t);
  pairaid_money_free(cny);
  pairaid_money_free(usd);
  pairaid_money_free(xxx);
}

static void pivot(void) {
  pairaid_fx_table *t = NULL;
  pairaid_fx_conversion *c = NULL;
  pairaid_money *eur = money("100", "EUR");
  size_t n = 0;

  CHECK_OK(pairaid_fx_table_new(&t, "USD"));
  CHECK_OK(pairaid_fx_table_load_csv(t, DATA("rates-good.csv")));
  CHECK(size_of(t) == 3);
  /* EUR -> USD -> CNY: 100 x 1.0813 x 7.0809 = 765.657717, rounded once. */
  CHECK_OK(pairaid_fx_table_convert(&c, t, eur, "CNY", "2023-06-30", PAIRAID_ROUND_HALF_EVEN, -1));
  check_converted(c, "765.66", "CNY");
  CHECK_OK(pairaid_fx_conversion_leg_count(&n, c));
  CHECK(n == 2);
  check_leg(c, 0, "EUR", "USD", "EUR", "USD", "1.0813", "2023-01-01", 0);
  check_leg(c, 1, "USD", "CNY", "USD", "CNY", "7.0809", "2023-01-01", 0);
  pairaid_fx_conversion_free(c);
  /* In 2022 there was a USD/CNY rate but no EUR/USD one: the message says which leg is missing. */
  CHECK_FAILS(PAIRAID_EMISSING_RATE, "EUR/USD",
              pairaid_fx_table_convert(&c, t, eur, "CNY", "2022-06-30", PAIRAID_ROUND_HALF_EVEN, -1));
  pairaid_fx_table_free(t);

  /* Without a pivot the same conversion is missing. */
  CHECK_OK(pairaid_fx_table_new(&t, NULL));
  CHECK_OK(pairaid_fx_table_load_csv(t, DATA("rates-good.csv")));
  CHECK_FAILS(PAIRAID_EMISSING_RATE, "EUR/CNY",
              pairaid_fx_table_convert(&c, t, eur, "CNY", "2023-06-30", PAIRAID_ROUND_HALF_EVEN, -1));
  pairaid_fx_table_free(t);
  pairaid_money_free(eur);
}

static void csv(void) {
  pairaid_fx_table *t = NULL;
  pairaid_fx_conversion *c = NULL;
  pairaid_money *cny = money("25170000000", "CNY");

  CHECK_OK(pairaid_fx_table_new(&t, NULL));
  CHECK_OK(pairaid_fx_table_load_csv(t, DATA("rates-good.csv")));
  CHECK(size_of(t) == 3);

  /* Malformed files: file:line:col in the message, and nothing of them is added. */
  CHECK_FAILS(PAIRAID_EPARSE, "rates-bad-date.csv:3:1:", pairaid_fx_table_load_csv(t, DATA("rates-bad-date.csv")));
  CHECK(size_of(t) == 3); /* its good first row was not added either */
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY,
              "rates-unknown-currency.csv:2:16:", pairaid_fx_table_load_csv(t, DATA("rates-unknown-currency.csv")));
  CHECK_FAILS(PAIRAID_EINVALID_DATA,
              "rates-duplicate.csv:3:1:", pairaid_fx_table_load_csv(t, DATA("rates-duplicate.csv")));
  CHECK_FAILS(PAIRAID_EPARSE, "rates-bad-header.csv:1:", pairaid_fx_table_load_csv(t, DATA("rates-bad-header.csv")));
  /* Loading a file twice repeats its rates: an overlap, reported at the first repeated row. */
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "rates-good.csv:2:1:", pairaid_fx_table_load_csv(t, DATA("rates-good.csv")));
  CHECK_FAILS(PAIRAID_EIO, "no-such-file.csv", pairaid_fx_table_load_csv(t, DATA("no-such-file.csv")));
  CHECK(size_of(t) == 3);

  /* CSV text from memory. */
  CHECK_OK(pairaid_fx_table_add_csv(t, "date,base,quote,rate,source\n2024-01-01,USD,CNY,7.1957,FRED\n", "inline"));
  CHECK(size_of(t) == 4);
  CHECK_OK(pairaid_fx_table_convert(&c, t, cny, "USD", "2024-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  check_converted(c, "3497922370.3", "USD");
  pairaid_fx_conversion_free(c);
  CHECK_FAILS(PAIRAID_EPARSE,
              "inline:2:", pairaid_fx_table_add_csv(t, "date,base,quote,rate,source\n2025-01-01,USD\n", "inline"));
  CHECK_FAILS(PAIRAID_EPARSE, "mem:1:1:", pairaid_fx_table_add_csv(t, "", "mem"));
  CHECK_FAILS(PAIRAID_EPARSE, "source",
              pairaid_fx_table_add_csv(t, "date,base,quote,rate,source\n2025-01-01,USD,CNY,7.18,\n", "inline"));
  CHECK(size_of(t) == 4);

  CHECK_NULL_ARG("table", pairaid_fx_table_load_csv(NULL, DATA("rates-good.csv")));
  CHECK_NULL_ARG("path", pairaid_fx_table_load_csv(t, NULL));
  CHECK_NULL_ARG("table", pairaid_fx_table_add_csv(NULL, "", "x"));
  CHECK_NULL_ARG("csv_text", pairaid_fx_table_add_csv(t, NULL, "x"));
  CHECK_NULL_ARG("name", pairaid_fx_table_add_csv(t, "", NULL));
  pairaid_fx_table_free(t);
  pairaid_money_free(cny);
}

/* A conversion outlives its table, and its amount and legs live as long as it does. */
static void lifetimes(void) {
  pairaid_fx_table *t = NULL;
  pairaid_fx_conversion *c = NULL;
  pairaid_money *cny = money("7.0809", "CNY"), *kept = NULL;
  const pairaid_money *amount = NULL;
  const pairaid_fx_leg *leg = NULL;
  const char *text = NULL;

  CHECK_OK(pairaid_fx_table_new(&t, NULL));
  CHECK_OK(pairaid_fx_table_add_rate(t, "2023-01-01", "USD", "CNY", "7.0809", "s"));
  CHECK_OK(pairaid_fx_table_convert(&c, t, cny, "USD", "2023-01-01", PAIRAID_ROUND_HALF_EVEN, -1));
  pairaid_fx_table_free(t);
  pairaid_money_free(cny);
  CHECK_OK(pairaid_fx_conversion_amount(&amount, c));
  CHECK_OK(pairaid_money_clone(&kept, amount));
  CHECK_OK(pairaid_fx_conversion_leg(&leg, c, 0));
  CHECK_OK(pairaid_fx_leg_rate(&text, leg));
  CHECK_STR(text, "7.0809");
  pairaid_fx_conversion_free(c);
  CHECK_OK(pairaid_money_amount(&text, kept));
  CHECK_STR(text, "1");
  pairaid_money_free(kept);
}

int main(void) {
  add_rates();
  convert();
  pivot();
  csv();
  lifetimes();
  CHECK_DONE();
}
