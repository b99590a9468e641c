/* The seed article's figures through the C API, end to end: counts and their bounds, the 2023
 * investment converted at the bundled annual rates, checked against the stated equivalent, and
 * the Five-Year Plan it falls in. */
#include "check.h"

#include <stdint.h>

#ifndef PAIRAID_EXAMPLES_DATA
#error "PAIRAID_EXAMPLES_DATA must name examples/data"
#endif

static void counts(void) {
  pairaid_reported *first = NULL, *latest = NULL, *total = NULL;
  pairaid_interval *iv = NULL;
  const char *lo = NULL, *hi = NULL;
  int lo_in = 0, hi_in = 0;
  int64_t a = 0, b = 0, known = 0;
  char *s = NULL;

  CHECK_OK(pairaid_reported_parse(&first, "people", "622"));
  CHECK_OK(pairaid_reported_parse(&latest, "people", "2,117"));
  CHECK_OK(pairaid_reported_parse(&total, "people", "nearly 12,000"));
  CHECK_OK(pairaid_reported_count(&a, first));
  CHECK_OK(pairaid_reported_count(&b, latest));
  CHECK(a == 622 && b == 2117);
  CHECK_OK(pairaid_count_add(&known, "people", a, b));
  CHECK(known == 2739);

  CHECK_OK(pairaid_reported_bounds(&iv, total, NULL));
  CHECK_OK(pairaid_interval_lower(&lo, &lo_in, iv));
  CHECK_OK(pairaid_interval_upper(&hi, &hi_in, iv));
  CHECK_STR(lo, "10800");
  CHECK_STR(hi, "11999");
  CHECK(lo_in == 1 && hi_in == 1);
  CHECK_OK(pairaid_interval_to_string(&s, iv));
  CHECK_STR(s, "[10800 people, 11999 people]");
  pairaid_string_free(s);
  pairaid_interval_free(iv);

  /* Round trip: the figures print back as the article's numbers. */
  CHECK_OK(pairaid_reported_to_string(&s, first));
  CHECK_STR(s, "622 people");
  pairaid_string_free(s);
  CHECK_OK(pairaid_reported_to_string(&s, latest));
  CHECK_STR(s, "2117 people");
  pairaid_string_free(s);
  CHECK_OK(pairaid_reported_to_string(&s, total));
  CHECK_STR(s, "nearly 12000 people");
  pairaid_string_free(s);

  pairaid_reported_free(first);
  pairaid_reported_free(latest);
  pairaid_reported_free(total);
}

/* Converts the stated 25.17 billion yuan with `table` and checks the article's equivalent. */
static void investment_with(const pairaid_fx_table *table) {
  pairaid_reported *claim = NULL, *stated_usd = NULL;
  pairaid_money *cny = NULL;
  pairaid_fx_conversion *conv = NULL;
  const pairaid_money *usd = NULL;
  const pairaid_fx_leg *leg = NULL;
  const char *text = NULL;
  char *s = NULL;
  pairaid_verdict verdict = PAIRAID_UNDETERMINED;
  int inverted = 0;

  CHECK_OK(pairaid_reported_parse_money(&claim, "25.17 billion yuan ($3.5 billion)"));
  CHECK_OK(pairaid_reported_money(&cny, claim));
  CHECK_OK(pairaid_fx_table_convert(&conv, table, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_OK(pairaid_fx_conversion_amount(&usd, conv));
  CHECK_OK(pairaid_money_format(&s, usd, PAIRAID_FORMAT_WITH_CODE));
  CHECK_STR(s, "3554632885.65 USD");
  pairaid_string_free(s);
  CHECK_OK(pairaid_fx_conversion_leg(&leg, conv, 0));
  CHECK_OK(pairaid_fx_leg_rate(&text, leg));
  CHECK_STR(text, "7.0809");
  CHECK_OK(pairaid_fx_leg_date(&text, leg));
  CHECK_STR(text, "2023-01-01");
  CHECK_OK(pairaid_fx_leg_inverted(&inverted, leg));
  CHECK(inverted == 1); /* the rate is CNY per USD: divided */

  CHECK_OK(pairaid_reported_equivalent(&stated_usd, claim));
  CHECK_OK(pairaid_reported_assess_money(&verdict, &s, stated_usd, usd, NULL));
  CHECK(verdict == PAIRAID_CONSISTENT);
  CHECK_CONTAINS(s, "3554632885.65 USD is inside it");
  pairaid_string_free(s);

  pairaid_fx_conversion_free(conv);
  pairaid_reported_free(stated_usd);
  pairaid_money_free(cny);
  pairaid_reported_free(claim);
}

static void investment(void) {
  pairaid_fx_table *t = NULL;
  int ordinal = 0, first = 0, last = 0;
  char *name = NULL;

  /* The bundled annual rates, 1981-2025. */
  CHECK_OK(pairaid_fx_table_new(&t, NULL));
  CHECK_OK(pairaid_fx_table_load_csv(t, PAIRAID_EXAMPLES_DATA "/fx-usd-cny-annual.csv"));
  investment_with(t);
  pairaid_fx_table_free(t);

  /* The same single rate given by hand. */
  CHECK_OK(pairaid_fx_table_new(&t, NULL));
  CHECK_OK(pairaid_fx_table_add_rate(t, "2023-01-01", "USD", "CNY", "7.0809", "FRED AEXCHUS 2023"));
  investment_with(t);
  pairaid_fx_table_free(t);

  CHECK_OK(pairaid_five_year_plan_of(&ordinal, &first, &last, "2023-12-31"));
  CHECK(ordinal == 14 && first == 2021 && last == 2025);
  CHECK_OK(pairaid_five_year_plan_name(&name, ordinal));
  CHECK_STR(name, "14th Five-Year Plan (2021-2025)");
  pairaid_string_free(name);
}

static void donors(void) {
  const char *phrases[3] = {"Seventeen", "78", "27"};
  pairaid_reported *figs[3] = {NULL, NULL, NULL};
  const pairaid_reported *cfigs[3];
  pairaid_interval *iv = NULL;
  char *s = NULL;
  int i;
  for (i = 0; i < 3; ++i) {
    CHECK_OK(pairaid_reported_parse(&figs[i], "organisations", phrases[i]));
    cfigs[i] = figs[i];
  }
  CHECK_OK(pairaid_reported_sum(&iv, cfigs, 3, NULL));
  CHECK_OK(pairaid_interval_to_string(&s, iv));
  CHECK_STR(s, "[122 organisations, 122 organisations]");
  pairaid_string_free(s);
  pairaid_interval_free(iv);
  for (i = 0; i < 3; ++i) pairaid_reported_free(figs[i]);
}

int main(void) {
  counts();
  investment();
  donors();
  CHECK_DONE();
}
