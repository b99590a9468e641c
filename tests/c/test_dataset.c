/* Datasets through the C API: opening files and buffers (all or nothing, errors located), every
 * diagnostic of a bad file, and reading organisations, areas, batches and indicators, with unknown
 * values told apart from zero. First a small dataset made for these tests, then the seed dataset. */
#include "check.h"

#include <stdint.h>

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif
#ifndef PAIRAID_EXAMPLES_DATA
#error "PAIRAID_EXAMPLES_DATA must name examples/data"
#endif

#define SMALL PAIRAID_C_TEST_DATA "/dataset-small.json"
#define XIZANG PAIRAID_EXAMPLES_DATA "/xizang.json"

/* The code of an area, or "" (a failed call is reported by the CHECK that made it). */
static const char *code_of(const pairaid_area *area) {
  const char *code = NULL;
  if (area == NULL || pairaid_area_code(&code, area) != PAIRAID_OK) return "";
  return code;
}

/* The batch whose ordinal is `ordinal`, or NULL. */
static const pairaid_batch *batch_with_ordinal(const pairaid_dataset *ds, int ordinal) {
  size_t i, n = 0;
  CHECK_OK(pairaid_dataset_batch_count(&n, ds));
  for (i = 0; i < n; ++i) {
    const pairaid_batch *b = NULL;
    int o = 0;
    CHECK_OK(pairaid_dataset_batch(&b, ds, i));
    CHECK_OK(pairaid_batch_ordinal(&o, b));
    if (o == ordinal) return b;
  }
  return NULL;
}

static void organisations(const pairaid_dataset *ds) {
  size_t n = 99;
  const pairaid_organisation *org = NULL, *found = NULL;
  const char *text = NULL;
  int has = -1;

  CHECK_OK(pairaid_dataset_organisation_count(&n, ds));
  CHECK(n == 2);

  CHECK_OK(pairaid_dataset_organisation(&org, ds, 0));
  CHECK_OK(pairaid_organisation_id(&text, org));
  CHECK_STR(text, "shanghai");
  CHECK_OK(pairaid_organisation_name_en(&text, org));
  CHECK_STR(text, "Shanghai");
  CHECK_OK(pairaid_organisation_name_zh(&text, org));
  CHECK_STR(text, "上海市");
  CHECK_OK(pairaid_organisation_kind(&text, org));
  CHECK_STR(text, "municipality");
  CHECK_OK(pairaid_organisation_has_role(&has, org, "donor"));
  CHECK(has == 1);
  CHECK_OK(pairaid_organisation_has_role(&has, org, "coordinator"));
  CHECK(has == 0);
  has = -1;
  CHECK_FAILS(PAIRAID_EINVALID, "\"donor\", \"recipient\", \"coordinator\" or \"implementer\"",
              pairaid_organisation_has_role(&has, org, "Donor"));
  CHECK(has == -1);

  CHECK_OK(pairaid_dataset_organisation(&org, ds, 1));
  CHECK_OK(pairaid_organisation_name_zh(&text, org));
  CHECK_STR(text, ""); /* not given */
  CHECK_OK(pairaid_organisation_kind(&text, org));
  CHECK_STR(text, "central_state_organ");

  CHECK_OK(pairaid_dataset_find_organisation(&found, ds, "org-dept"));
  CHECK(found == org); /* the same borrowed handle */
  CHECK_FAILS(PAIRAID_ENOTFOUND, "nobody", pairaid_dataset_find_organisation(&found, ds, "nobody"));
  CHECK(found == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 organisations", pairaid_dataset_organisation(&org, ds, 2));
  CHECK(org == NULL);
}

static void areas(const pairaid_dataset *ds, const pairaid_dataset *other) {
  size_t i, n = 0;
  const pairaid_area *area = NULL, *bainang = NULL, *shigatse = NULL, *xizang = NULL, *lhasa = NULL, *up = NULL;
  const char *text = NULL;
  int within = -1;
  static const char *const codes[] = {"540000", "540200", "540228", "540100"};
  static const char *const levels[] = {"region", "prefecture", "county", "prefecture"};

  CHECK_OK(pairaid_dataset_area_count(&n, ds));
  CHECK(n == 4);
  for (i = 0; i < n && i < 4; ++i) {
    CHECK_OK(pairaid_dataset_area(&area, ds, i));
    CHECK_STR(code_of(area), codes[i]);
    CHECK_OK(pairaid_area_level(&text, area));
    CHECK_STR(text, levels[i]);
  }
  CHECK_FAILS(PAIRAID_ENOTFOUND, "4 areas", pairaid_dataset_area(&area, ds, 4));
  CHECK(area == NULL);

  /* By code and by any name. */
  CHECK_OK(pairaid_dataset_find_area(&bainang, ds, "540228"));
  CHECK_OK(pairaid_area_name_en(&text, bainang));
  CHECK_STR(text, "Bainang County");
  CHECK_OK(pairaid_area_name_zh(&text, bainang));
  CHECK_STR(text, "白朗县");
  CHECK_OK(pairaid_dataset_find_area_named(&area, ds, "Panam"));
  CHECK(area == bainang);
  CHECK_OK(pairaid_dataset_find_area_named(&area, ds, "bainang"));
  CHECK(area == bainang);
  CHECK_OK(pairaid_dataset_find_area_named(&area, ds, "白朗县"));
  CHECK(area == bainang);
  CHECK_OK(pairaid_dataset_find_area_named(&lhasa, ds, "Lhasa City"));
  CHECK_STR(code_of(lhasa), "540100");
  CHECK_OK(pairaid_area_name_zh(&text, lhasa));
  CHECK_STR(text, "");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "Atlantis", pairaid_dataset_find_area_named(&area, ds, "Atlantis"));
  CHECK(area == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "540229", pairaid_dataset_find_area(&area, ds, "540229"));
  CHECK_FAILS(PAIRAID_EPARSE, "54022", pairaid_dataset_find_area(&area, ds, "54022"));
  CHECK(area == NULL);

  /* The hierarchy: county -> prefecture -> region -> none. */
  CHECK_OK(pairaid_area_parent(&shigatse, bainang));
  CHECK_STR(code_of(shigatse), "540200");
  CHECK_OK(pairaid_area_parent(&xizang, shigatse));
  CHECK_STR(code_of(xizang), "540000");
  up = bainang;
  CHECK_FAILS(PAIRAID_ENOTFOUND, "540000 is a region", pairaid_area_parent(&up, xizang));
  CHECK(up == NULL);

  CHECK_OK(pairaid_area_within(&within, bainang, xizang));
  CHECK(within == 1);
  CHECK_OK(pairaid_area_within(&within, bainang, shigatse));
  CHECK(within == 1);
  CHECK_OK(pairaid_area_within(&within, bainang, bainang));
  CHECK(within == 1);
  CHECK_OK(pairaid_area_within(&within, xizang, bainang));
  CHECK(within == 0);
  CHECK_OK(pairaid_area_within(&within, bainang, lhasa));
  CHECK(within == 0);

  /* An area of another dataset (even one read from the same file) is another area. */
  CHECK_OK(pairaid_dataset_find_area(&area, other, "540000"));
  within = -1;
  CHECK_FAILS(PAIRAID_EINVALID, "different datasets", pairaid_area_within(&within, bainang, area));
  CHECK(within == -1);
}

static void batches(const pairaid_dataset *ds) {
  size_t n = 0;
  const pairaid_batch *first = NULL, *second = NULL, *third = NULL, *found = NULL;
  pairaid_reported *headcount = NULL;
  pairaid_qualifier q = PAIRAID_QUALIFIER_THOUSANDS_OF;
  const char *text = NULL, *day1 = NULL, *day2 = NULL;
  int64_t count = 0;
  char *s = NULL;

  CHECK_OK(pairaid_dataset_batch_count(&n, ds));
  CHECK(n == 3);
  first = batch_with_ordinal(ds, 1);
  second = batch_with_ordinal(ds, 2);
  third = batch_with_ordinal(ds, 3);
  CHECK(first != NULL && second != NULL && third != NULL);
  if (first == NULL || second == NULL || third == NULL) return;

  CHECK_OK(pairaid_batch_id(&text, first));
  CHECK_STR(text, "batch-01");
  CHECK_OK(pairaid_batch_program(&text, first));
  CHECK_STR(text, "aid-xizang");
  CHECK_OK(pairaid_dataset_find_batch(&found, ds, "batch-02"));
  CHECK(found == second);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "batch-99", pairaid_dataset_find_batch(&found, ds, "batch-99"));
  CHECK(found == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "3 batches", pairaid_dataset_batch(&found, ds, 3));

  /* A stated headcount is a reported figure of people; an unstated one is unknown, not 0. */
  CHECK_OK(pairaid_batch_headcount(&headcount, first));
  CHECK_OK(pairaid_reported_count(&count, headcount));
  CHECK(count == 622);
  CHECK_OK(pairaid_reported_qualifier(&q, headcount));
  CHECK(q == PAIRAID_QUALIFIER_EXACT);
  CHECK_OK(pairaid_reported_kind(&text, headcount));
  CHECK_STR(text, "people");
  pairaid_reported_free(headcount);

  CHECK_OK(pairaid_batch_headcount(&headcount, third));
  CHECK_OK(pairaid_reported_to_string(&s, headcount));
  CHECK_STR(s, "about 700 people");
  pairaid_string_free(s);
  pairaid_reported_free(headcount);

  headcount = (pairaid_reported *)1; /* must come back NULL */
  CHECK_FAILS(PAIRAID_ENOTFOUND, "batch-02", pairaid_batch_headcount(&headcount, second));
  CHECK_CONTAINS(pairaid_last_error(), "not known");
  CHECK(headcount == NULL);

  /* Tenure: both days included, as the file writes them. */
  CHECK_OK(pairaid_batch_tenure(&day1, &day2, first));
  CHECK_STR(day1, "1995-05-01");
  CHECK_STR(day2, "1998-04-30");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "tenure is not known", pairaid_batch_tenure(&day1, &day2, second));
  CHECK(day1 == NULL && day2 == NULL);
}

static void indicators(const pairaid_dataset *ds) {
  size_t n = 0;
  const pairaid_indicator *investment = NULL, *enterprises = NULL, *found = NULL;
  pairaid_reported *actual = NULL, *target = NULL, *equivalent = NULL;
  pairaid_money *amount = NULL;
  const char *text = NULL, *day1 = NULL, *day2 = NULL;
  char *s = NULL;
  int64_t count = 0;

  CHECK_OK(pairaid_dataset_indicator_count(&n, ds));
  CHECK(n == 2);
  CHECK_OK(pairaid_dataset_indicator(&investment, ds, 0));
  CHECK_OK(pairaid_dataset_indicator(&enterprises, ds, 1));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 indicators", pairaid_dataset_indicator(&found, ds, 2));
  CHECK_OK(pairaid_dataset_find_indicator(&found, ds, "enterprises"));
  CHECK(found == enterprises);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "nothing", pairaid_dataset_find_indicator(&found, ds, "nothing"));
  CHECK(found == NULL);

  CHECK_OK(pairaid_indicator_id(&text, investment));
  CHECK_STR(text, "investment");
  CHECK_OK(pairaid_indicator_title(&text, investment));
  CHECK_STR(text, "Investment attracted");
  CHECK_OK(pairaid_indicator_measure(&text, investment));
  CHECK_STR(text, "investment_attracted");
  CHECK_OK(pairaid_indicator_kind(&text, investment));
  CHECK_STR(text, "money");
  CHECK_OK(pairaid_indicator_observation_count(&n, investment));
  CHECK(n == 1);

  /* The actual value keeps the equivalent printed beside it. */
  CHECK_OK(pairaid_indicator_observation_actual(&actual, investment, 0));
  CHECK_OK(pairaid_reported_money(&amount, actual));
  CHECK_OK(pairaid_money_format(&s, amount, PAIRAID_FORMAT_WITH_CODE));
  CHECK_STR(s, "25170000000.00 CNY");
  pairaid_string_free(s);
  pairaid_money_free(amount);
  CHECK_OK(pairaid_reported_equivalent(&equivalent, actual));
  CHECK_OK(pairaid_reported_to_string(&s, equivalent));
  CHECK_STR(s, "about 5000000000.00 USD");
  pairaid_string_free(s);
  pairaid_reported_free(equivalent);
  pairaid_reported_free(actual);

  CHECK_OK(pairaid_indicator_observation_target(&target, investment, 0));
  CHECK_OK(pairaid_reported_value(&text, target));
  CHECK_STR(text, "20000000000");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "no equivalent", pairaid_reported_equivalent(&equivalent, target));
  pairaid_reported_free(target);

  CHECK_OK(pairaid_indicator_observation_period(&day1, &day2, investment, 0));
  CHECK_STR(day1, "2023-01-01");
  CHECK_STR(day2, "2023-12-31");

  /* Out of range, and values the source did not state. */
  actual = (pairaid_reported *)1;
  CHECK_FAILS(PAIRAID_ENOTFOUND, "1 observations", pairaid_indicator_observation_actual(&actual, investment, 1));
  CHECK(actual == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_indicator_observation_target(&target, investment, 7));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_indicator_observation_period(&day1, &day2, investment, 1));
  CHECK(day1 == NULL && day2 == NULL);

  CHECK_OK(pairaid_indicator_title(&text, enterprises));
  CHECK_STR(text, "");
  CHECK_OK(pairaid_indicator_kind(&text, enterprises));
  CHECK_STR(text, "enterprises");
  CHECK_OK(pairaid_indicator_observation_actual(&actual, enterprises, 0));
  CHECK_OK(pairaid_reported_count(&count, actual));
  CHECK(count == 1140);
  pairaid_reported_free(actual);
  target = (pairaid_reported *)1;
  CHECK_FAILS(PAIRAID_ENOTFOUND, "no target value", pairaid_indicator_observation_target(&target, enterprises, 0));
  CHECK(target == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "period is not known",
              pairaid_indicator_observation_period(&day1, &day2, enterprises, 0));
}

static void small_dataset(void) {
  pairaid_dataset *ds = NULL, *again = NULL;
  const char *title = NULL;

  CHECK_OK(pairaid_dataset_open_file(&ds, SMALL, NULL));
  CHECK_OK(pairaid_dataset_open_file(&again, SMALL, NULL));
  if (ds == NULL || again == NULL) {
    pairaid_dataset_free(ds);
    pairaid_dataset_free(again);
    return;
  }
  CHECK_OK(pairaid_dataset_title(&title, ds));
  CHECK_STR(title, "C API test dataset");
  organisations(ds);
  areas(ds, again);
  batches(ds);
  indicators(ds);
  pairaid_dataset_free(again);
  pairaid_dataset_free(ds);
}

/* The seed dataset: the article's figures as the brief states them. */
static void xizang(void) {
  pairaid_dataset *ds = NULL;
  const pairaid_indicator *personnel = NULL;
  const pairaid_batch *tenth = NULL;
  const pairaid_area *panam = NULL, *region = NULL;
  pairaid_reported *figure = NULL;
  pairaid_interval *bounds = NULL;
  pairaid_qualifier q = PAIRAID_QUALIFIER_EXACT;
  const char *text = NULL, *lo = NULL, *hi = NULL;
  int lo_in = 0, hi_in = 0, ordinal, within = 0;
  int64_t count = 0;
  size_t i, n = 0;
  char *s = NULL;

  CHECK_OK(pairaid_dataset_open_file(&ds, XIZANG, NULL));
  if (ds == NULL) return;

  /* Every entity can be visited; every organisation and area answers its accessors. */
  CHECK_OK(pairaid_dataset_organisation_count(&n, ds));
  CHECK(n >= 1);
  for (i = 0; i < n; ++i) {
    const pairaid_organisation *org = NULL;
    CHECK_OK(pairaid_dataset_organisation(&org, ds, i));
    CHECK_OK(pairaid_organisation_id(&text, org));
    CHECK(text != NULL && text[0] != '\0');
  }
  CHECK_OK(pairaid_dataset_area_count(&n, ds));
  CHECK(n == 82); /* Xizang's divisions */
  for (i = 0; i < n; ++i) {
    const pairaid_area *area = NULL, *parent = NULL;
    CHECK_OK(pairaid_dataset_area(&area, ds, i));
    CHECK_OK(pairaid_area_level(&text, area));
    if (strcmp(text, "region") == 0)
      CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_area_parent(&parent, area));
    else
      CHECK_OK(pairaid_area_parent(&parent, area));
  }
  CHECK_OK(pairaid_dataset_indicator_count(&n, ds));
  CHECK(n >= 2);

  /* Eleven batches (the seed article's ten and the 11th of 2025); the sources size batches 1, 5,
     9, 10 and 11, so 2-4 and 6-8 have no headcount. */
  CHECK_OK(pairaid_dataset_batch_count(&n, ds));
  CHECK(n == 11);
  tenth = batch_with_ordinal(ds, 10);
  CHECK(tenth != NULL);
  if (tenth != NULL) {
    CHECK_OK(pairaid_batch_headcount(&figure, tenth));
    CHECK_OK(pairaid_reported_count(&count, figure));
    CHECK(count == 2117);
    CHECK_OK(pairaid_reported_qualifier(&q, figure));
    CHECK(q == PAIRAID_QUALIFIER_EXACT);
    pairaid_reported_free(figure);
  }
  for (ordinal = 2; ordinal <= 8; ++ordinal) {
    const pairaid_batch *b = batch_with_ordinal(ds, ordinal);
    if (ordinal == 5) continue; /* 850, in the 2010 report */
    CHECK(b != NULL);
    if (b == NULL) continue;
    figure = (pairaid_reported *)1;
    CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_batch_headcount(&figure, b));
    CHECK(figure == NULL);
  }

  /* "nearly 12,000" personnel: [10800, 11999]. */
  CHECK_OK(pairaid_dataset_find_indicator(&personnel, ds, "personnel-dispatched"));
  CHECK_OK(pairaid_indicator_measure(&text, personnel));
  CHECK_STR(text, "personnel_dispatched");
  CHECK_OK(pairaid_indicator_kind(&text, personnel));
  CHECK_STR(text, "people");
  CHECK_OK(pairaid_indicator_observation_actual(&figure, personnel, 0));
  CHECK_OK(pairaid_reported_to_string(&s, figure));
  CHECK_STR(s, "nearly 12000 people");
  pairaid_string_free(s);
  CHECK_OK(pairaid_reported_bounds(&bounds, figure, NULL));
  CHECK_OK(pairaid_interval_lower(&lo, &lo_in, bounds));
  CHECK_OK(pairaid_interval_upper(&hi, &hi_in, bounds));
  CHECK_STR(lo, "10800");
  CHECK_STR(hi, "11999");
  CHECK(lo_in == 1 && hi_in == 1);
  pairaid_interval_free(bounds);
  pairaid_reported_free(figure);

  /* "a vegetable plantation in Panam county": Bainang County, in Xizang. */
  CHECK_OK(pairaid_dataset_find_area_named(&panam, ds, "Panam"));
  CHECK_STR(code_of(panam), "540228");
  CHECK_OK(pairaid_dataset_find_area(&region, ds, "540000"));
  CHECK_OK(pairaid_area_within(&within, panam, region));
  CHECK(within == 1);

  pairaid_dataset_free(ds);
}

/* Open failures: nothing half-loaded, the status says what kind, the message says where. */
static void open_errors(void) {
  static const char bad_json[] = "{\n  \"format\": \"pairaid-dataset\",\n  \"version\": 1,\n  \"areas\": [ }\n}\n";
  static const char bad_currency[] =
      "{\"format\": \"pairaid-dataset\", \"version\": 1,\n"
      " \"exchange_rates\": [{\"date\": \"2023-01-01\", \"base\": \"USD\", \"quote\": \"QQQ\", \"rate\": \"7\", "
      "\"source\": \"x\"}]}";
  static const char minimal[] = "{\"format\": \"pairaid-dataset\", \"version\": 1}";
  pairaid_dataset *ds = (pairaid_dataset *)1;
  size_t n = 99;

  CHECK_FAILS(PAIRAID_EPARSE,
              "bad.json:4:", pairaid_dataset_open_buffer(&ds, bad_json, sizeof bad_json - 1, "bad.json", NULL));
  CHECK(ds == NULL);
  CHECK_CONTAINS(pairaid_last_error(), "[syntax]");
  /* No name: the message calls it <buffer>. */
  CHECK_FAILS(PAIRAID_EPARSE,
              "<buffer>:4:", pairaid_dataset_open_buffer(&ds, bad_json, sizeof bad_json - 1, NULL, NULL));
  /* The size is what counts, not a NUL: the first 10 bytes are not a whole document. */
  CHECK_FAILS(PAIRAID_EPARSE, "cut.json:1:", pairaid_dataset_open_buffer(&ds, minimal, 10, "cut.json", NULL));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "QQQ",
              pairaid_dataset_open_buffer(&ds, bad_currency, sizeof bad_currency - 1, "cur.json", NULL));
  CHECK_CONTAINS(pairaid_last_error(), "cur.json:2:");
  CHECK_CONTAINS(pairaid_last_error(), "/exchange_rates/0/quote");

  CHECK_FAILS(PAIRAID_EIO, "no-such-file.json",
              pairaid_dataset_open_file(&ds, PAIRAID_C_TEST_DATA "/no-such-file.json", NULL));
  CHECK(ds == NULL);

  /* A minimal document is an empty dataset. */
  CHECK_OK(pairaid_dataset_open_buffer(&ds, minimal, sizeof minimal - 1, "min.json", NULL));
  CHECK_OK(pairaid_dataset_batch_count(&n, ds));
  CHECK(n == 0);
  pairaid_dataset_free(ds);
}

/* Every problem of a file that breaks several rules, each located. */
static void diagnostics(void) {
  static const char two_problems[] =
      "{\"format\": \"pairaid-dataset\", \"version\": 1,\n"
      " \"areas\": [{\"code\": \"540228\", \"name_en\": \"Bainang County\", \"level\": \"county\", \"parent\": \"540200\"}],\n"
      " \"batches\": [{\"id\": \"b1\", \"program\": \"nowhere\", \"ordinal\": 1}]}\n";
  pairaid_diagnostics *d = NULL;
  pairaid_dataset *ds = NULL;
  pairaid_status status = PAIRAID_OK;
  const char *text = NULL, *message = NULL, *code = NULL, *pointer = NULL;
  size_t n = 0, line = 0, column = 0, i;

  /* Opening reports the first and counts the rest. */
  CHECK_FAILS(PAIRAID_EINVALID_DATA,
              "two.json:2:", pairaid_dataset_open_buffer(&ds, two_problems, sizeof two_problems - 1, "two.json", NULL));
  CHECK_CONTAINS(pairaid_last_error(), "(and 1 more)");
  CHECK(ds == NULL);

  /* Checking lists them all. */
  CHECK_OK(pairaid_dataset_check_buffer(&d, two_problems, sizeof two_problems - 1, "two.json", NULL));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_EINVALID_DATA);
  CHECK_OK(pairaid_diagnostics_count(&n, d));
  CHECK(n == 2);
  for (i = 0; i < n; ++i) {
    CHECK_OK(pairaid_diagnostics_entry(&text, &message, &code, &pointer, &line, &column, d, i));
    CHECK_STR(code, "dangling_reference");
    CHECK(line == i + 2 && column > 0);
    CHECK_CONTAINS(text, "two.json:");
    CHECK_CONTAINS(text, pointer);
    CHECK_CONTAINS(text, message);
    CHECK_CONTAINS(text, "[dangling_reference]");
  }
  CHECK_OK(pairaid_diagnostics_entry(NULL, NULL, NULL, &pointer, NULL, NULL, d, 0)); /* outputs may be NULL */
  CHECK_STR(pointer, "/areas/0/parent");
  CHECK_OK(pairaid_diagnostics_entry(NULL, &message, NULL, &pointer, NULL, NULL, d, 1));
  CHECK_STR(pointer, "/batches/0/program");
  CHECK_CONTAINS(message, "nowhere");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 diagnostics", pairaid_diagnostics_entry(&text, NULL, NULL, NULL, NULL, NULL, d, 2));
  CHECK(text == NULL);
  pairaid_diagnostics_free(d);

  /* A valid file has none; a missing one has the I/O problem. */
  CHECK_OK(pairaid_dataset_check_file(&d, SMALL, NULL));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_OK);
  CHECK_OK(pairaid_diagnostics_count(&n, d));
  CHECK(n == 0);
  pairaid_diagnostics_free(d);

  CHECK_OK(pairaid_dataset_check_file(&d, PAIRAID_C_TEST_DATA "/no-such-file.json", NULL));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_EIO);
  CHECK_OK(pairaid_diagnostics_count(&n, d));
  CHECK(n == 1);
  CHECK_OK(pairaid_diagnostics_entry(&text, NULL, NULL, NULL, NULL, NULL, d, 0));
  CHECK_CONTAINS(text, "no-such-file.json");
  pairaid_diagnostics_free(d);
}

/* NULL where a value is needed: PAIRAID_EINVALID naming the parameter; never a crash. */
static void null_arguments(void) {
  static const char minimal[] = "{\"format\": \"pairaid-dataset\", \"version\": 1}";
  pairaid_dataset *ds = NULL;
  pairaid_diagnostics *d = NULL;
  const pairaid_organisation *org = NULL;
  const pairaid_area *area = NULL;
  const pairaid_batch *batch = NULL;
  const pairaid_indicator *ind = NULL;
  pairaid_reported *r = NULL;
  pairaid_status status;
  const char *text = NULL, *text2 = NULL;
  size_t n = 0;
  int i = 0;

  CHECK_NULL_ARG("out", pairaid_dataset_open_file(NULL, SMALL, NULL));
  CHECK_NULL_ARG("path", pairaid_dataset_open_file(&ds, NULL, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_open_buffer(NULL, minimal, sizeof minimal - 1, NULL, NULL));
  CHECK_NULL_ARG("data", pairaid_dataset_open_buffer(&ds, NULL, 0, NULL, NULL));
  CHECK_NULL_ARG("dataset", pairaid_dataset_title(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_check_file(NULL, SMALL, NULL));
  CHECK_NULL_ARG("path", pairaid_dataset_check_file(&d, NULL, NULL));
  CHECK_NULL_ARG("data", pairaid_dataset_check_buffer(&d, NULL, 1, NULL, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_check_buffer(NULL, minimal, 1, NULL, NULL));
  CHECK_NULL_ARG("out", pairaid_diagnostics_status(NULL, d));
  CHECK_NULL_ARG("diagnostics", pairaid_diagnostics_status(&status, NULL));
  CHECK_NULL_ARG("diagnostics", pairaid_diagnostics_count(&n, NULL));
  CHECK_NULL_ARG("diagnostics", pairaid_diagnostics_entry(&text, NULL, NULL, NULL, NULL, NULL, NULL, 0));
  pairaid_dataset_free(NULL);
  pairaid_diagnostics_free(NULL);

  CHECK_OK(pairaid_dataset_open_file(&ds, SMALL, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_title(NULL, ds));

  CHECK_NULL_ARG("out", pairaid_dataset_organisation_count(NULL, ds));
  CHECK_NULL_ARG("dataset", pairaid_dataset_organisation_count(&n, NULL));
  CHECK_NULL_ARG("dataset", pairaid_dataset_organisation(&org, NULL, 0));
  CHECK_NULL_ARG("out", pairaid_dataset_organisation(NULL, ds, 0));
  CHECK_NULL_ARG("id", pairaid_dataset_find_organisation(&org, ds, NULL));
  CHECK_NULL_ARG("organisation", pairaid_organisation_id(&text, NULL));
  CHECK_NULL_ARG("out", pairaid_organisation_name_en(NULL, NULL));
  CHECK_NULL_ARG("organisation", pairaid_organisation_name_zh(&text, NULL));
  CHECK_NULL_ARG("organisation", pairaid_organisation_kind(&text, NULL));
  CHECK_OK(pairaid_dataset_organisation(&org, ds, 0));
  CHECK_NULL_ARG("role", pairaid_organisation_has_role(&i, org, NULL));
  CHECK_NULL_ARG("out", pairaid_organisation_has_role(NULL, org, "donor"));

  CHECK_NULL_ARG("dataset", pairaid_dataset_area_count(&n, NULL));
  CHECK_NULL_ARG("dataset", pairaid_dataset_area(&area, NULL, 0));
  CHECK_NULL_ARG("code", pairaid_dataset_find_area(&area, ds, NULL));
  CHECK_NULL_ARG("name", pairaid_dataset_find_area_named(&area, ds, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_find_area_named(NULL, ds, "Panam"));
  CHECK_NULL_ARG("area", pairaid_area_code(&text, NULL));
  CHECK_NULL_ARG("area", pairaid_area_name_en(&text, NULL));
  CHECK_NULL_ARG("area", pairaid_area_name_zh(&text, NULL));
  CHECK_NULL_ARG("area", pairaid_area_level(&text, NULL));
  CHECK_NULL_ARG("area", pairaid_area_parent(&area, NULL));
  CHECK_OK(pairaid_dataset_area(&area, ds, 0));
  CHECK_NULL_ARG("ancestor", pairaid_area_within(&i, area, NULL));
  CHECK_NULL_ARG("area", pairaid_area_within(&i, NULL, area));
  CHECK_NULL_ARG("out", pairaid_area_within(NULL, area, area));

  CHECK_NULL_ARG("dataset", pairaid_dataset_batch_count(&n, NULL));
  CHECK_NULL_ARG("dataset", pairaid_dataset_batch(&batch, NULL, 0));
  CHECK_NULL_ARG("id", pairaid_dataset_find_batch(&batch, ds, NULL));
  CHECK_NULL_ARG("batch", pairaid_batch_id(&text, NULL));
  CHECK_NULL_ARG("batch", pairaid_batch_program(&text, NULL));
  CHECK_NULL_ARG("batch", pairaid_batch_ordinal(&i, NULL));
  CHECK_NULL_ARG("batch", pairaid_batch_headcount(&r, NULL));
  CHECK_NULL_ARG("out", pairaid_batch_headcount(NULL, NULL));
  CHECK_NULL_ARG("batch", pairaid_batch_tenure(&text, &text2, NULL));
  CHECK_OK(pairaid_dataset_batch(&batch, ds, 0));
  CHECK_NULL_ARG("last", pairaid_batch_tenure(&text, NULL, batch));
  CHECK_NULL_ARG("first", pairaid_batch_tenure(NULL, &text2, batch));

  CHECK_NULL_ARG("dataset", pairaid_dataset_indicator_count(&n, NULL));
  CHECK_NULL_ARG("dataset", pairaid_dataset_indicator(&ind, NULL, 0));
  CHECK_NULL_ARG("id", pairaid_dataset_find_indicator(&ind, ds, NULL));
  CHECK_NULL_ARG("indicator", pairaid_indicator_id(&text, NULL));
  CHECK_NULL_ARG("indicator", pairaid_indicator_title(&text, NULL));
  CHECK_NULL_ARG("indicator", pairaid_indicator_measure(&text, NULL));
  CHECK_NULL_ARG("indicator", pairaid_indicator_kind(&text, NULL));
  CHECK_NULL_ARG("indicator", pairaid_indicator_observation_count(&n, NULL));
  CHECK_NULL_ARG("indicator", pairaid_indicator_observation_actual(&r, NULL, 0));
  CHECK_NULL_ARG("indicator", pairaid_indicator_observation_target(&r, NULL, 0));
  CHECK_NULL_ARG("indicator", pairaid_indicator_observation_period(&text, &text2, NULL, 0));
  CHECK_OK(pairaid_dataset_indicator(&ind, ds, 0));
  CHECK_NULL_ARG("out", pairaid_indicator_observation_actual(NULL, ind, 0));
  CHECK_NULL_ARG("last", pairaid_indicator_observation_period(&text, NULL, ind, 0));

  pairaid_dataset_free(ds);
}

int main(void) {
  small_dataset();
  xizang();
  open_errors();
  diagnostics();
  null_arguments();
  CHECK_DONE();
}
