/* pairaid_reported / pairaid_interval / pairaid_qualifier_policy: reading figures as reports
 * write them, their bounds, sums and consistency checks, and every refusal. */
#include "check.h"

#include <stdint.h>
#include <stdlib.h>

static pairaid_reported *count_figure(const char *kind, const char *phrase) {
  pairaid_reported *r = NULL;
  CHECK_OK(pairaid_reported_parse(&r, kind, phrase));
  return r;
}

/* Checks an interval's bounds (NULL = unbounded) and inclusive flags. */
static void check_interval(const pairaid_interval *iv, const char *lower, int lower_inclusive, const char *upper,
                           int upper_inclusive) {
  const char *text = NULL;
  int inclusive = -1;
  CHECK_OK(pairaid_interval_lower(&text, &inclusive, iv));
  CHECK_STR(text, lower);
  CHECK(inclusive == lower_inclusive);
  CHECK_OK(pairaid_interval_upper(&text, &inclusive, iv));
  CHECK_STR(text, upper);
  CHECK(inclusive == upper_inclusive);
}

static void check_bounds(const pairaid_reported *r, const pairaid_qualifier_policy *policy, const char *lower,
                         int lower_inclusive, const char *upper, int upper_inclusive) {
  pairaid_interval *iv = NULL;
  CHECK_OK(pairaid_reported_bounds(&iv, r, policy));
  if (iv) check_interval(iv, lower, lower_inclusive, upper, upper_inclusive);
  pairaid_interval_free(iv);
}

static void check_figure(const char *kind, const char *phrase, pairaid_qualifier qualifier, int64_t value,
                         const char *lower, const char *upper) {
  pairaid_reported *r = count_figure(kind, phrase);
  pairaid_qualifier q = (pairaid_qualifier)-1;
  int64_t n = -1;
  const char *text = NULL;
  if (!r) return;
  CHECK_OK(pairaid_reported_kind(&text, r));
  CHECK_STR(text, kind);
  CHECK_OK(pairaid_reported_qualifier(&q, r));
  CHECK(q == qualifier);
  CHECK_OK(pairaid_reported_count(&n, r));
  CHECK(n == value);
  check_bounds(r, NULL, lower, lower ? 1 : 0, upper, upper ? 1 : 0);
  pairaid_reported_free(r);
}

static void parse_counts(void) {
  pairaid_reported *r = NULL;
  const char *text = NULL;
  char *s = NULL;

  check_figure("people", "622", PAIRAID_QUALIFIER_EXACT, 622, "622", "622");
  check_figure("people", "2,117", PAIRAID_QUALIFIER_EXACT, 2117, "2117", "2117");
  check_figure("people", "nearly 12,000", PAIRAID_QUALIFIER_NEARLY, 12000, "10800", "11999");
  check_figure("students", "almost 10,000", PAIRAID_QUALIFIER_NEARLY, 10000, "9000", "9999");
  check_figure("patients", "more than 8,300", PAIRAID_QUALIFIER_MORE_THAN, 8300, "8301", NULL);
  check_figure("enterprises", "over 1,140", PAIRAID_QUALIFIER_MORE_THAN, 1140, "1141", NULL);
  check_figure("projects", "at least 9,500", PAIRAID_QUALIFIER_AT_LEAST, 9500, "9500", NULL);
  check_figure("talents", "up to 146", PAIRAID_QUALIFIER_AT_MOST, 146, "0", "146");
  check_figure("hospitals", "fewer than 20", PAIRAID_QUALIFIER_LESS_THAN, 20, "0", "19");
  check_figure("beneficiaries", "about 1,000", PAIRAID_QUALIFIER_ABOUT, 1000, "900", "1100");
  check_figure("brands", "hundreds of", PAIRAID_QUALIFIER_HUNDREDS_OF, 100, "200", "999");
  check_figure("batches", "dozens of", PAIRAID_QUALIFIER_DOZENS_OF, 12, "24", "143");
  check_figure("people", "thousands of", PAIRAID_QUALIFIER_THOUSANDS_OF, 1000, "2000", "9999");
  check_figure("organisations", "Seventeen", PAIRAID_QUALIFIER_EXACT, 17, "17", "17");
  check_figure("people", "3 thousand", PAIRAID_QUALIFIER_EXACT, 3000, "3000", "3000");

  r = count_figure("people", "nearly 12,000");
  CHECK_OK(pairaid_reported_value(&text, r));
  CHECK_STR(text, "12000");
  CHECK_OK(pairaid_reported_to_string(&s, r));
  CHECK_STR(s, "nearly 12000 people");
  pairaid_string_free(s);
  pairaid_reported_free(r);
  r = count_figure("brands", "hundreds of");
  CHECK_OK(pairaid_reported_to_string(&s, r));
  CHECK_STR(s, "hundreds of brands");
  pairaid_string_free(s);
  pairaid_reported_free(r);

  /* Refusals: *out stays NULL. */
  r = (pairaid_reported *)&r;
  CHECK_FAILS(PAIRAID_EINVALID, "widgets", pairaid_reported_parse(&r, "widgets", "622"));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_EINVALID, "known: people", pairaid_reported_parse(&r, "money", "622"));
  CHECK_FAILS(PAIRAID_EINEXACT, "whole number", pairaid_reported_parse(&r, "people", "12.5"));
  CHECK_FAILS(PAIRAID_EPARSE, "offset", pairaid_reported_parse(&r, "people", "lots"));
  CHECK_FAILS(PAIRAID_EPARSE, "end of the figure", pairaid_reported_parse(&r, "people", "622 people"));
  CHECK_FAILS(PAIRAID_EPARSE, "1,23", pairaid_reported_parse(&r, "people", "1,23"));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_reported_parse(&r, "people", ""));
  CHECK_FAILS(PAIRAID_EOVERFLOW, "64 bits", pairaid_reported_parse(&r, "people", "10,000,000,000,000,000,000"));
  CHECK(r == NULL);
  CHECK_NULL_ARG("out", pairaid_reported_parse(NULL, "people", "622"));
  CHECK_NULL_ARG("kind", pairaid_reported_parse(&r, NULL, "622"));
  CHECK_NULL_ARG("phrase", pairaid_reported_parse(&r, "people", NULL));
}

static void new_count(void) {
  pairaid_reported *r = NULL;
  pairaid_qualifier q = PAIRAID_QUALIFIER_EXACT;
  CHECK_OK(pairaid_reported_new_count(&r, "people", PAIRAID_QUALIFIER_NEARLY, 12000));
  CHECK_OK(pairaid_reported_qualifier(&q, r));
  CHECK(q == PAIRAID_QUALIFIER_NEARLY);
  check_bounds(r, NULL, "10800", 1, "11999", 1);
  pairaid_reported_free(r);

  r = (pairaid_reported *)&r;
  CHECK_FAILS(PAIRAID_EINVALID, "negative", pairaid_reported_new_count(&r, "people", PAIRAID_QUALIFIER_EXACT, -1));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_EINVALID, "qualifier", pairaid_reported_new_count(&r, "people", (pairaid_qualifier)10, 1));
  CHECK_FAILS(PAIRAID_EINVALID, "qualifier", pairaid_reported_new_count(&r, "people", (pairaid_qualifier)-1, 1));
  CHECK_FAILS(PAIRAID_EINVALID, "dollars", pairaid_reported_new_count(&r, "dollars", PAIRAID_QUALIFIER_EXACT, 1));
  CHECK_NULL_ARG("out", pairaid_reported_new_count(NULL, "people", PAIRAID_QUALIFIER_EXACT, 1));
  CHECK_NULL_ARG("kind", pairaid_reported_new_count(&r, NULL, PAIRAID_QUALIFIER_EXACT, 1));

  /* "more than INT64_MAX" has no whole number above it: the bound overflows, never wraps. */
  CHECK_OK(pairaid_reported_new_count(&r, "people", PAIRAID_QUALIFIER_MORE_THAN, INT64_MAX));
  CHECK_FAILS(PAIRAID_EOVERFLOW, "overflow", pairaid_reported_bounds(&(pairaid_interval *){NULL}, r, NULL));
  pairaid_reported_free(r);
}

static void policy(void) {
  pairaid_qualifier_policy *p = NULL;
  pairaid_reported *nearly = count_figure("people", "nearly 12,000"), *about = count_figure("people", "about 100");

  CHECK_OK(pairaid_qualifier_policy_new(&p, 500, 2000));
  check_bounds(nearly, p, "11400", 1, "11999", 1);
  check_bounds(about, p, "80", 1, "120", 1);
  pairaid_qualifier_policy_free(p);
  CHECK_OK(pairaid_qualifier_policy_new(&p, 0, 10000));
  check_bounds(nearly, p, "12000", 1, "11999", 1); /* empty: "nearly" with no tolerance */
  check_bounds(about, p, "0", 1, "200", 1);
  pairaid_qualifier_policy_free(p);

  p = (pairaid_qualifier_policy *)&p;
  CHECK_FAILS(PAIRAID_EINVALID, "nearly_bp", pairaid_qualifier_policy_new(&p, -1, 1000));
  CHECK(p == NULL);
  CHECK_FAILS(PAIRAID_EINVALID, "about_bp", pairaid_qualifier_policy_new(&p, 1000, 10001));
  CHECK_NULL_ARG("out", pairaid_qualifier_policy_new(NULL, 1000, 1000));
  pairaid_qualifier_policy_free(NULL); /* NULL-safe */
  pairaid_reported_free(nearly);
  pairaid_reported_free(about);
}

static void money_figures(void) {
  pairaid_reported *r = NULL, *eq = NULL;
  pairaid_money *m = NULL;
  pairaid_interval *iv = NULL;
  pairaid_qualifier q = PAIRAID_QUALIFIER_EXACT;
  const char *text = NULL;
  char *s = NULL;
  int64_t n = 5;

  CHECK_OK(pairaid_reported_parse_money(&r, "25.17 billion yuan ($3.5 billion)"));
  CHECK_OK(pairaid_reported_kind(&text, r));
  CHECK_STR(text, "money");
  CHECK_OK(pairaid_reported_qualifier(&q, r));
  CHECK(q == PAIRAID_QUALIFIER_EXACT);
  CHECK_OK(pairaid_reported_value(&text, r));
  CHECK_STR(text, "25170000000");
  CHECK_OK(pairaid_reported_money(&m, r));
  CHECK_OK(pairaid_money_currency(&text, m));
  CHECK_STR(text, "CNY");
  pairaid_money_free(m);
  CHECK_OK(pairaid_reported_to_string(&s, r));
  CHECK_STR(s, "25170000000.00 CNY");
  pairaid_string_free(s);
  CHECK_FAILS(PAIRAID_EINVALID, "money", pairaid_reported_count(&n, r));
  CHECK(n == 5);

  /* The stated equivalent: unqualified in parentheses reads as "about". */
  CHECK_OK(pairaid_reported_equivalent(&eq, r));
  CHECK_OK(pairaid_reported_qualifier(&q, eq));
  CHECK(q == PAIRAID_QUALIFIER_ABOUT);
  CHECK_OK(pairaid_reported_value(&text, eq));
  CHECK_STR(text, "3500000000");
  CHECK_OK(pairaid_reported_to_string(&s, eq));
  CHECK_STR(s, "about 3500000000.00 USD");
  pairaid_string_free(s);
  CHECK_OK(pairaid_reported_bounds(&iv, eq, NULL));
  check_interval(iv, "3150000000", 1, "3850000000", 1);
  CHECK_OK(pairaid_interval_kind(&text, iv));
  CHECK_STR(text, "money");
  CHECK_OK(pairaid_interval_currency(&text, iv));
  CHECK_STR(text, "USD");
  CHECK_OK(pairaid_interval_to_string(&s, iv));
  CHECK_STR(s, "[3150000000.00 USD, 3850000000.00 USD]");
  pairaid_string_free(s);
  pairaid_interval_free(iv);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "no equivalent", pairaid_reported_equivalent(&(pairaid_reported *){NULL}, eq));
  pairaid_reported_free(eq);
  pairaid_reported_free(r);

  /* Money bounds are not moved to whole numbers: "less than" keeps an open upper bound. */
  CHECK_OK(pairaid_reported_parse_money(&r, "less than $5"));
  check_bounds(r, NULL, "0", 1, "5", 0);
  pairaid_reported_free(r);
  CHECK_OK(pairaid_reported_parse_money(&r, "more than 2 million euros"));
  check_bounds(r, NULL, "2000000", 0, NULL, 0);
  pairaid_reported_free(r);
  CHECK_OK(pairaid_reported_parse_money(&r, "nearly RMB 10"));
  check_bounds(r, NULL, "9", 1, "10", 0);
  pairaid_reported_free(r);
  CHECK_FAILS(PAIRAID_EPARSE, "offset 18", pairaid_reported_parse_money(&r, "5 yuan (around 70 cents)"));

  r = (pairaid_reported *)&r;
  CHECK_FAILS(PAIRAID_EPARSE, "')'", pairaid_reported_parse_money(&r, "5 yuan ($0.7"));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_EPARSE, "currency", pairaid_reported_parse_money(&r, "about 5"));
  CHECK_FAILS(PAIRAID_EPARSE, "yuan and yen",
              pairaid_reported_parse_money(&r,
                                           "about \xC2\xA5"
                                           "5"));
  CHECK_NULL_ARG("out", pairaid_reported_parse_money(NULL, "5 yuan"));
  CHECK_NULL_ARG("phrase", pairaid_reported_parse_money(&r, NULL));

  /* A count figure has no money and no equivalent. */
  r = count_figure("people", "622");
  m = (pairaid_money *)&m;
  CHECK_FAILS(PAIRAID_EINVALID, "count", pairaid_reported_money(&m, r));
  CHECK(m == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "equivalent", pairaid_reported_equivalent(&eq, r));
  CHECK(eq == NULL);
  CHECK_OK(pairaid_reported_bounds(&iv, r, NULL));
  CHECK_FAILS(PAIRAID_EINVALID, "people", pairaid_interval_currency(&text, iv));
  CHECK_OK(pairaid_interval_kind(&text, iv));
  CHECK_STR(text, "people");
  CHECK_OK(pairaid_interval_to_string(&s, iv));
  CHECK_STR(s, "[622 people, 622 people]");
  pairaid_string_free(s);

  /* NULL arguments to every accessor. */
  CHECK_NULL_ARG("out", pairaid_reported_kind(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_kind(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_qualifier(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_qualifier(&q, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_value(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_value(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_count(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_count(&n, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_money(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_money(&m, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_equivalent(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_equivalent(&eq, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_to_string(NULL, r));
  CHECK_NULL_ARG("figure", pairaid_reported_to_string(&s, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_bounds(NULL, r, NULL));
  CHECK_NULL_ARG("figure", pairaid_reported_bounds(&(pairaid_interval *){NULL}, NULL, NULL));
  CHECK_NULL_ARG("out", pairaid_interval_kind(NULL, iv));
  CHECK_NULL_ARG("interval", pairaid_interval_kind(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_interval_currency(NULL, iv));
  CHECK_NULL_ARG("interval", pairaid_interval_currency(&text, NULL));
  CHECK_NULL_ARG("value", pairaid_interval_lower(NULL, &(int){0}, iv));
  CHECK_NULL_ARG("inclusive", pairaid_interval_lower(&text, NULL, iv));
  CHECK_NULL_ARG("interval", pairaid_interval_lower(&text, &(int){0}, NULL));
  CHECK_NULL_ARG("value", pairaid_interval_upper(NULL, &(int){0}, iv));
  CHECK_NULL_ARG("inclusive", pairaid_interval_upper(&text, NULL, iv));
  CHECK_NULL_ARG("interval", pairaid_interval_upper(&text, &(int){0}, NULL));
  CHECK_NULL_ARG("out", pairaid_interval_to_string(NULL, iv));
  CHECK_NULL_ARG("interval", pairaid_interval_to_string(&s, NULL));
  pairaid_interval_free(iv);
  pairaid_interval_free(NULL); /* NULL-safe */
  pairaid_reported_free(r);
  pairaid_reported_free(NULL); /* NULL-safe */
}

static void sums(void) {
  pairaid_reported *a = count_figure("organisations", "Seventeen"), *b = count_figure("organisations", "78");
  pairaid_reported *c = count_figure("organisations", "27"), *p = count_figure("patients", "5");
  pairaid_reported *big = count_figure("people", "9,000,000,000,000,000,000");
  pairaid_reported *cny = NULL, *usd = NULL, *cny2 = NULL;
  pairaid_interval *iv = NULL;
  const pairaid_reported *figs[3];
  char *s = NULL;

  figs[0] = a;
  figs[1] = b;
  figs[2] = c;
  CHECK_OK(pairaid_reported_sum(&iv, figs, 3, NULL));
  check_interval(iv, "122", 1, "122", 1);
  pairaid_interval_free(iv);

  /* The other 8 batches, given "nearly 12,000" in all and "more than 8,300" in some. */
  figs[0] = count_figure("people", "nearly 12,000");
  figs[1] = count_figure("people", "more than 100");
  CHECK_OK(pairaid_reported_sum(&iv, figs, 2, NULL));
  check_interval(iv, "10901", 1, NULL, 0);
  CHECK_OK(pairaid_interval_to_string(&s, iv));
  CHECK_STR(s, "[10901 people, ...)");
  pairaid_string_free(s);
  pairaid_interval_free(iv);
  pairaid_reported_free((pairaid_reported *)figs[0]);
  pairaid_reported_free((pairaid_reported *)figs[1]);

  /* A single figure sums to its own bounds. */
  figs[0] = a;
  CHECK_OK(pairaid_reported_sum(&iv, figs, 1, NULL));
  check_interval(iv, "17", 1, "17", 1);
  pairaid_interval_free(iv);

  /* Overflow: 9e18 + 9e18 people does not fit in 64 bits. */
  figs[0] = big;
  figs[1] = big;
  iv = (pairaid_interval *)&iv;
  CHECK_FAILS(PAIRAID_EOVERFLOW, "overflow", pairaid_reported_sum(&iv, figs, 2, NULL));
  CHECK(iv == NULL);

  /* Kinds and currencies do not mix. */
  figs[0] = a;
  figs[1] = p;
  CHECK_FAILS(PAIRAID_EINVALID, "patients", pairaid_reported_sum(&iv, figs, 2, NULL));
  CHECK_OK(pairaid_reported_parse_money(&cny, "about 25.17 billion yuan"));
  CHECK_OK(pairaid_reported_parse_money(&cny2, "at most 1 billion yuan"));
  CHECK_OK(pairaid_reported_parse_money(&usd, "$3.5 billion"));
  figs[0] = cny;
  figs[1] = cny2;
  CHECK_OK(pairaid_reported_sum(&iv, figs, 2, NULL));
  check_interval(iv, "22653000000", 1, "28687000000", 1);
  CHECK_OK(pairaid_interval_to_string(&s, iv));
  CHECK_STR(s, "[22653000000.00 CNY, 28687000000.00 CNY]");
  pairaid_string_free(s);
  pairaid_interval_free(iv);
  figs[1] = usd;
  CHECK_FAILS(PAIRAID_ECURRENCY_MISMATCH, "CNY and USD", pairaid_reported_sum(&iv, figs, 2, NULL));
  figs[1] = a;
  CHECK_FAILS(PAIRAID_EINVALID, "money", pairaid_reported_sum(&iv, figs, 2, NULL));

  CHECK_FAILS(PAIRAID_EINVALID, "at least 1", pairaid_reported_sum(&iv, figs, 0, NULL));
  figs[1] = NULL;
  CHECK_NULL_ARG("figures[1]", pairaid_reported_sum(&iv, figs, 2, NULL));
  CHECK_NULL_ARG("out", pairaid_reported_sum(NULL, figs, 1, NULL));
  CHECK_NULL_ARG("figures", pairaid_reported_sum(&iv, NULL, 1, NULL));

  pairaid_reported_free(a);
  pairaid_reported_free(b);
  pairaid_reported_free(c);
  pairaid_reported_free(p);
  pairaid_reported_free(big);
  pairaid_reported_free(cny);
  pairaid_reported_free(cny2);
  pairaid_reported_free(usd);
}

static void assess(void) {
  pairaid_reported *nearly = count_figure("people", "nearly 12,000"), *claim = NULL, *eq = NULL;
  pairaid_qualifier_policy *strict = NULL;
  pairaid_money *usd = NULL, *cny = NULL;
  pairaid_verdict v = PAIRAID_UNDETERMINED;
  char *why = NULL;

  CHECK_OK(pairaid_reported_assess(&v, &why, nearly, "11500", NULL));
  CHECK(v == PAIRAID_CONSISTENT);
  CHECK_STR(why, "\"nearly 12000 people\" means [10800 people, 11999 people]; 11500 people is inside it");
  pairaid_string_free(why);
  CHECK_OK(pairaid_reported_assess(&v, &why, nearly, "12,000", NULL));
  CHECK(v == PAIRAID_INCONSISTENT);
  CHECK_CONTAINS(why, "12000 people is outside it");
  pairaid_string_free(why);
  CHECK_OK(pairaid_reported_assess(&v, NULL, nearly, "10800", NULL)); /* reasoning is optional */
  CHECK(v == PAIRAID_CONSISTENT);
  CHECK_OK(pairaid_qualifier_policy_new(&strict, 500, 500));
  CHECK_OK(pairaid_reported_assess(&v, NULL, nearly, "10800", strict));
  CHECK(v == PAIRAID_INCONSISTENT);

  v = PAIRAID_UNDETERMINED;
  why = (char *)"sentinel";
  CHECK_FAILS(PAIRAID_EINEXACT, "whole number", pairaid_reported_assess(&v, &why, nearly, "11500.5", NULL));
  CHECK(why == NULL && v == PAIRAID_UNDETERMINED);
  CHECK_FAILS(PAIRAID_EPARSE, "many", pairaid_reported_assess(&v, &why, nearly, "many", NULL));
  CHECK_FAILS(PAIRAID_EOVERFLOW, "64 bits", pairaid_reported_assess(&v, &why, nearly, "99999999999999999999", NULL));
  CHECK_NULL_ARG("verdict", pairaid_reported_assess(NULL, &why, nearly, "1", NULL));
  CHECK_NULL_ARG("figure", pairaid_reported_assess(&v, &why, NULL, "1", NULL));
  CHECK_NULL_ARG("exact_text", pairaid_reported_assess(&v, &why, nearly, NULL, NULL));

  /* Money: text read as an amount phrase, or a money handle. */
  CHECK_OK(pairaid_reported_parse_money(&claim, "25.17 billion yuan ($3.5 billion)"));
  CHECK_OK(pairaid_reported_equivalent(&eq, claim));
  CHECK_OK(pairaid_reported_assess(&v, &why, eq, "USD 3554632885.65", NULL));
  CHECK(v == PAIRAID_CONSISTENT);
  pairaid_string_free(why);
  CHECK_OK(pairaid_reported_assess(&v, NULL, eq, "$4 billion", NULL));
  CHECK(v == PAIRAID_INCONSISTENT);
  CHECK_FAILS(PAIRAID_ECURRENCY_MISMATCH, "USD", pairaid_reported_assess(&v, NULL, eq, "25 billion yuan", NULL));
  CHECK_FAILS(PAIRAID_EPARSE, "currency", pairaid_reported_assess(&v, NULL, eq, "3554632885.65", NULL));

  CHECK_OK(pairaid_money_parse(&usd, "3554632885.65", "USD", 0));
  CHECK_OK(pairaid_reported_assess_money(&v, &why, eq, usd, NULL));
  CHECK(v == PAIRAID_CONSISTENT);
  CHECK_STR(why,
            "\"about 3500000000.00 USD\" means [3150000000.00 USD, 3850000000.00 USD]; "
            "3554632885.65 USD is inside it");
  pairaid_string_free(why);
  CHECK_FAILS(PAIRAID_ECURRENCY_MISMATCH, "CNY", pairaid_reported_assess_money(&v, NULL, claim, usd, NULL));
  CHECK_OK(pairaid_money_parse_phrase(&cny, "25.17 billion yuan"));
  CHECK_OK(pairaid_reported_assess_money(&v, NULL, claim, cny, NULL));
  CHECK(v == PAIRAID_CONSISTENT);
  CHECK_FAILS(PAIRAID_EINVALID, "count", pairaid_reported_assess_money(&v, &why, nearly, usd, NULL));
  CHECK(why == NULL);
  CHECK_NULL_ARG("verdict", pairaid_reported_assess_money(NULL, NULL, eq, usd, NULL));
  CHECK_NULL_ARG("figure", pairaid_reported_assess_money(&v, NULL, NULL, usd, NULL));
  CHECK_NULL_ARG("exact", pairaid_reported_assess_money(&v, NULL, eq, NULL, NULL));

  pairaid_money_free(usd);
  pairaid_money_free(cny);
  pairaid_reported_free(eq);
  pairaid_reported_free(claim);
  pairaid_qualifier_policy_free(strict);
  pairaid_reported_free(nearly);
}

int main(void) {
  parse_counts();
  new_count();
  policy();
  money_figures();
  sums();
  assess();
  CHECK_DONE();
}
