/* Ledgers and queries through the C API: a small ledger CSV grouped by donor and year with exact
 * amounts, converted with a rate table (a group whose rate is missing is MISSING, never 0), roll-up
 * and filters with a dataset, a ledger from a dataset's transactions, bad ledgers located at
 * line:col, and the argument checks.
 *
 * data/ledger-small.csv, computed by hand:
 *   t1 2021-03-01 shanghai 540228 p1 disbursement  100.50 CNY
 *   t2 2021-07-01 jiangsu  540221 p2 disbursement  200    CNY
 *   t3 2021-09-30 shanghai 540228 p1 commitment   1000    CNY
 *   t4 2021-11-20 shanghai 540102 p4 disbursement   20    USD   (no USD/CNY rate in 2021)
 *   t5 2022-01-15 shanghai 540200 p3 disbursement   50    USD   value date 2022-02-01
 *   t6 2022-06-30 jiangsu  540221 p2 disbursement   -0.50 CNY
 *   t7 2022-12-31 (none)   540228 -  expenditure    10.25 USD
 * data/rates-good.csv: USD/CNY 6.7290 from 2022-01-01, 7.0809 from 2023-01-01.
 * Areas (data/ledger-dataset.json): 540102 is in Lhasa (540100); 540221 and 540228 in Shigatse
 * (540200). */
#include "check.h"

#include <stdint.h>

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif

#define LEDGER PAIRAID_C_TEST_DATA "/ledger-small.csv"
#define LEDGER_BAD PAIRAID_C_TEST_DATA "/ledger-bad.csv"
#define LEDGER_DATASET PAIRAID_C_TEST_DATA "/ledger-dataset.json"
#define RATES PAIRAID_C_TEST_DATA "/rates-good.csv"

/* Cell (row, col) as text for comparisons: the text of a TEXT cell, "<none>" for NONE, "AMOUNT CCY"
 * for MONEY, "<missing>" for MISSING, the number for COUNT; "<error>" if a call failed. */
static const char *cell(const pairaid_result *r, size_t row, size_t col) {
  static char buf[128];
  pairaid_cell_type type = PAIRAID_CELL_NONE;
  const char *text = NULL, *currency = NULL;
  int64_t n = 0;
  if (pairaid_result_cell_type(&type, r, row, col) != PAIRAID_OK) return "<error>";
  switch (type) {
    case PAIRAID_CELL_NONE: return "<none>";
    case PAIRAID_CELL_MISSING: return "<missing>";
    case PAIRAID_CELL_TEXT: return pairaid_result_text(&text, r, row, col) == PAIRAID_OK ? text : "<error>";
    case PAIRAID_CELL_MONEY:
      if (pairaid_result_money(&text, &currency, r, row, col) != PAIRAID_OK) return "<error>";
      snprintf(buf, sizeof buf, "%s %s", text, currency);
      return buf;
    case PAIRAID_CELL_COUNT:
      if (pairaid_result_count(&n, r, row, col) != PAIRAID_OK) return "<error>";
      snprintf(buf, sizeof buf, "%lld", (long long)n);
      return buf;
  }
  return "<error>";
}

/* The whole row joined by '|': "shanghai|2021|CNY|1100.5 CNY|2". */
static const char *row_text(const pairaid_result *r, size_t row) {
  static char line[512];
  size_t col, cols = 0;
  line[0] = '\0';
  if (pairaid_result_column_count(&cols, r) != PAIRAID_OK) return "<error>";
  for (col = 0; col < cols; ++col) {
    if (col > 0) strncat(line, "|", sizeof line - strlen(line) - 1);
    strncat(line, cell(r, row, col), sizeof line - strlen(line) - 1);
  }
  return line;
}

static size_t rows_of(const pairaid_result *r) {
  size_t n = 0;
  CHECK_OK(pairaid_result_row_count(&n, r));
  return n;
}

static pairaid_ledger *load_small(void) {
  pairaid_ledger *ledger = NULL;
  CHECK_OK(pairaid_ledger_load_csv(&ledger, LEDGER));
  return ledger;
}

static void ledger_basics(void) {
  pairaid_ledger *ledger = load_small();
  size_t n = 0, bytes = 0;
  CHECK_OK(pairaid_ledger_size(&n, ledger));
  CHECK(n == 7);
  CHECK_OK(pairaid_ledger_bytes_per_transaction(&bytes, ledger));
  CHECK(bytes > 0); /* a handful of rows: dominated by the dictionaries, so no tighter bound */
  pairaid_ledger_free(ledger);
  pairaid_ledger_free(NULL);
}

static void by_donor_and_year(void) {
  pairaid_ledger *ledger = load_small();
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  size_t cols = 0;
  const char *name = NULL;

  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "donor"));
  CHECK_OK(pairaid_query_group_by(q, "year"));
  /* The ledger mixes disbursements, a commitment and an expenditure: refused unless asked. */
  CHECK_FAILS(PAIRAID_EMIXED_TYPES, "3 transaction types: commitment 1, disbursement 5, expenditure 1",
              pairaid_query_run(&r, q, ledger, NULL, NULL));
  CHECK(r == NULL);
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, NULL));

  CHECK_OK(pairaid_result_column_count(&cols, r));
  CHECK(cols == 5);
  CHECK_OK(pairaid_result_column_name(&name, r, 0));
  CHECK_STR(name, "donor");
  CHECK_OK(pairaid_result_column_name(&name, r, 1));
  CHECK_STR(name, "year");
  CHECK_OK(pairaid_result_column_name(&name, r, 2));
  CHECK_STR(name, "currency");
  CHECK_OK(pairaid_result_column_name(&name, r, 3));
  CHECK_STR(name, "amount");
  CHECK_OK(pairaid_result_column_name(&name, r, 4));
  CHECK_STR(name, "transactions");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "column 5 is out of range (5 columns)", pairaid_result_column_name(&name, r, 5));
  CHECK(name == NULL);

  /* Sorted by donor (none first), year, then currency; native amounts per currency. */
  CHECK(rows_of(r) == 6);
  CHECK_STR(row_text(r, 0), "<none>|2022|USD|10.25 USD|1");
  CHECK_STR(row_text(r, 1), "jiangsu|2021|CNY|200.00 CNY|1");
  CHECK_STR(row_text(r, 2), "jiangsu|2022|CNY|-0.50 CNY|1");
  CHECK_STR(row_text(r, 3), "shanghai|2021|CNY|1100.50 CNY|2");
  CHECK_STR(row_text(r, 4), "shanghai|2021|USD|20.00 USD|1");
  CHECK_STR(row_text(r, 5), "shanghai|2022|USD|50.00 USD|1");

  /* Typed access: a NONE cell has no text (not ""), a count is no text, money is no count. */
  {
    pairaid_cell_type type = PAIRAID_CELL_TEXT;
    const char *text = "x", *currency = "x";
    int64_t n = -1;
    CHECK_OK(pairaid_result_cell_type(&type, r, 0, 0));
    CHECK(type == PAIRAID_CELL_NONE);
    CHECK_FAILS(PAIRAID_ENOTFOUND, "no donor value", pairaid_result_text(&text, r, 0, 0));
    CHECK(text == NULL);
    CHECK_OK(pairaid_result_cell_type(&type, r, 3, 3));
    CHECK(type == PAIRAID_CELL_MONEY);
    CHECK_OK(pairaid_result_cell_type(&type, r, 3, 4));
    CHECK(type == PAIRAID_CELL_COUNT);
    CHECK_OK(pairaid_result_count(&n, r, 3, 4));
    CHECK(n == 2);
    CHECK_FAILS(PAIRAID_EINVALID, "('transactions') holds count here, not text", pairaid_result_text(&text, r, 3, 4));
    CHECK_FAILS(PAIRAID_EINVALID, "('amount') holds money here, not a count", pairaid_result_count(&n, r, 3, 3));
    CHECK_FAILS(PAIRAID_EINVALID, "('year') holds text here, not money",
                pairaid_result_money(&text, &currency, r, 3, 1));
    CHECK(text == NULL && currency == NULL);
    CHECK_FAILS(PAIRAID_ENOTFOUND, "row 6 is out of range (6 rows)", pairaid_result_cell_type(&type, r, 6, 0));
    CHECK_FAILS(PAIRAID_ENOTFOUND, "column 9 is out of range (5 columns)", pairaid_result_cell_type(&type, r, 0, 9));
    CHECK_FAILS(PAIRAID_ENOTFOUND, "no rate is missing", pairaid_result_missing(&text, r, 1));
    CHECK(text == NULL);
  }

  pairaid_result_free(r);
  pairaid_result_free(NULL);
  pairaid_query_free(q);
  pairaid_query_free(NULL);
  pairaid_ledger_free(ledger);
}

static void converted(void) {
  pairaid_ledger *ledger = load_small();
  pairaid_fx_table *rates = NULL;
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  const char *text = "x", *currency = "x";

  CHECK_OK(pairaid_fx_table_new(&rates, NULL));
  CHECK_OK(pairaid_fx_table_load_csv(rates, RATES));
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "donor"));
  CHECK_OK(pairaid_query_group_by(q, "year"));
  CHECK_OK(pairaid_query_convert(q, "CNY", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_OK(pairaid_query_all_types(q, 1));

  /* Without rates: the FRED monthly table pairaid ships, which has a USD/CNY rate every month,
   * and the result says so. */
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, NULL));
  CHECK_STR(row_text(r, 3), "shanghai|2021|CNY|1228.28 CNY|3"); /* 1100.50 + 20 USD x 6.3889 (Nov 2021) */
  {
    const char *table = NULL, *base = NULL, *quote = NULL, *first = NULL, *last = NULL;
    size_t pairs = 0, count = 0;
    CHECK_OK(pairaid_result_rates(&table, &pairs, r));
    CHECK(strstr(table, "FRED monthly averages") != NULL);
    CHECK(pairs == 1);
    CHECK_OK(pairaid_result_rate_pair(&base, &quote, &first, &last, &count, r, 0));
    CHECK_STR(base, "USD");
    CHECK_STR(quote, "CNY");
    CHECK_STR(first, "2021-11-01");
    CHECK_STR(last, "2022-12-01");
    CHECK(count == 3); /* November 2021, February and December 2022 */
    CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range",
                pairaid_result_rate_pair(&base, &quote, &first, &last, &count, r, 1));
  }
  pairaid_result_free(r);

  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, rates));
  CHECK(rows_of(r) == 5);
  /* 10.25 USD x 6.7290 = 68.97225 -> 68.97 */
  CHECK_STR(row_text(r, 0), "<none>|2022|CNY|68.97 CNY|1");
  CHECK_STR(row_text(r, 1), "jiangsu|2021|CNY|200.00 CNY|1");
  CHECK_STR(row_text(r, 2), "jiangsu|2022|CNY|-0.50 CNY|1");
  /* 100.50 + 1000 CNY and 20 USD on 2021-11-20, when there is no USD/CNY rate: no amount at all. */
  CHECK_STR(row_text(r, 3), "shanghai|2021|CNY|<missing>|3");
  {
    pairaid_cell_type type = PAIRAID_CELL_MONEY;
    CHECK_OK(pairaid_result_cell_type(&type, r, 3, 3));
    CHECK(type == PAIRAID_CELL_MISSING);
    CHECK_FAILS(PAIRAID_EMISSING_RATE, "no USD/CNY rate for 1 transaction, the first on 2021-11-20",
                pairaid_result_money(&text, &currency, r, 3, 3));
    CHECK(text == NULL && currency == NULL);
    CHECK_OK(pairaid_result_missing(&text, r, 3));
    CHECK_STR(text, "no USD/CNY rate for 1 transaction, the first on 2021-11-20: no rate in force");
  }
  /* 50 USD on its value date 2022-02-01: x 6.7290 = 336.45 */
  CHECK_STR(row_text(r, 4), "shanghai|2022|CNY|336.45 CNY|1");
  pairaid_result_free(r);

  /* Four fraction digits, rounded down: 10.25 x 6.7290 = 68.97225 -> 68.9722. */
  CHECK_OK(pairaid_query_convert(q, "CNY", PAIRAID_ROUND_FLOOR, 4));
  CHECK_OK(pairaid_query_where_currency(q, "USD"));
  CHECK_OK(pairaid_query_where_period(q, "2022-01-01", "2022-12-31"));
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, rates));
  CHECK(rows_of(r) == 2);
  CHECK_STR(row_text(r, 0), "<none>|2022|CNY|68.9722 CNY|1");
  CHECK_STR(row_text(r, 1), "shanghai|2022|CNY|336.45 CNY|1");
  pairaid_result_free(r);

  CHECK_FAILS(PAIRAID_EINVALID, "digits must be 0..9", pairaid_query_convert(q, "CNY", PAIRAID_ROUND_FLOOR, 10));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "RMB", pairaid_query_convert(q, "RMB", PAIRAID_ROUND_FLOOR, 2));
  CHECK_FAILS(PAIRAID_EINVALID, NULL, pairaid_query_convert(q, "CNY", (pairaid_rounding_mode)42, 2));

  pairaid_query_free(q);
  pairaid_fx_table_free(rates);
  pairaid_ledger_free(ledger);
}

static void filters_and_dataset(void) {
  pairaid_ledger *ledger = load_small();
  pairaid_dataset *ds = NULL;
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;

  CHECK_OK(pairaid_dataset_open_file(&ds, LEDGER_DATASET, NULL));

  /* Roll-up to prefectures: Shigatse's counties and Shigatse itself, once each. */
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "area:prefecture"));
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_FAILS(PAIRAID_EINVALID, "needs the dataset", pairaid_query_run(&r, q, ledger, NULL, NULL));
  CHECK(r == NULL);
  CHECK_OK(pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK(rows_of(r) == 3);
  CHECK_STR(row_text(r, 0), "540100|USD|20.00 USD|1");
  CHECK_STR(row_text(r, 1), "540200|CNY|1300.00 CNY|4");
  CHECK_STR(row_text(r, 2), "540200|USD|60.25 USD|2");
  pairaid_result_free(r);
  pairaid_query_free(q);

  /* Subtree and type filters; no dimension: one row per currency. */
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_where_within(q, "540200"));
  CHECK_OK(pairaid_query_where_type(q, "disbursement"));
  CHECK_OK(pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK(rows_of(r) == 2);
  CHECK_STR(row_text(r, 0), "CNY|300.00 CNY|3");
  CHECK_STR(row_text(r, 1), "USD|50.00 USD|1");
  pairaid_result_free(r);
  /* A second type widens the set: t3's commitment joins (named, so it may be added). */
  CHECK_OK(pairaid_query_where_type(q, "2"));
  CHECK_OK(pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK(rows_of(r) == 2);
  CHECK_STR(row_text(r, 0), "CNY|1300.00 CNY|4");
  pairaid_result_free(r);
  pairaid_query_free(q);

  /* Donor filter, donor kinds, fiscal years and plans. */
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_where_donor(q, "jiangsu"));
  CHECK_OK(pairaid_query_where_donor(q, "shanghai"));
  CHECK_OK(pairaid_query_where_currency(q, "CNY"));
  CHECK_OK(pairaid_query_group_by(q, "donor_kind"));
  CHECK_OK(pairaid_query_group_by(q, "fiscal_year:4"));
  CHECK_OK(pairaid_query_group_by(q, "five_year_plan"));
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_OK(pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK(rows_of(r) == 4);
  CHECK_STR(row_text(r, 0), "municipality|FY2020|14th|CNY|100.50 CNY|1");
  CHECK_STR(row_text(r, 1), "municipality|FY2021|14th|CNY|1000.00 CNY|1");
  CHECK_STR(row_text(r, 2), "province|FY2021|14th|CNY|200.00 CNY|1");
  CHECK_STR(row_text(r, 3), "province|FY2022|14th|CNY|-0.50 CNY|1");
  pairaid_result_free(r);
  pairaid_query_free(q);

  /* Distinct projects per donor (rows without a project are not counted). */
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "donor"));
  CHECK_OK(pairaid_query_distinct_projects(q, 1));
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, NULL));
  {
    size_t cols = 0;
    const char *name = NULL;
    CHECK_OK(pairaid_result_column_count(&cols, r));
    CHECK(cols == 5);
    CHECK_OK(pairaid_result_column_name(&name, r, 4));
    CHECK_STR(name, "distinct_projects");
  }
  CHECK(rows_of(r) == 4);
  CHECK_STR(row_text(r, 0), "<none>|USD|10.25 USD|1|0");
  CHECK_STR(row_text(r, 1), "jiangsu|CNY|199.50 CNY|2|1");
  CHECK_STR(row_text(r, 2), "shanghai|CNY|1100.50 CNY|2|1");
  CHECK_STR(row_text(r, 3), "shanghai|USD|70.00 USD|2|2");
  pairaid_result_free(r);
  CHECK_OK(pairaid_query_distinct_projects(q, 0));
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, NULL));
  {
    size_t cols = 0;
    CHECK_OK(pairaid_result_column_count(&cols, r));
    CHECK(cols == 4);
  }
  pairaid_result_free(r);
  CHECK_FAILS(PAIRAID_EINVALID, "on must be 0 or 1", pairaid_query_distinct_projects(q, 2));
  pairaid_query_free(q);

  /* An area the dataset lacks. */
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_where_within(q, "540500"));
  CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK(r == NULL);
  pairaid_query_free(q);

  pairaid_dataset_free(ds);
  pairaid_ledger_free(ledger);
}

static void from_dataset(void) {
  pairaid_dataset *ds = NULL;
  pairaid_ledger *ledger = NULL;
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  size_t n = 0;

  CHECK_OK(pairaid_dataset_open_file(&ds, LEDGER_DATASET, NULL));
  CHECK_OK(pairaid_ledger_from_dataset(&ledger, ds));
  pairaid_dataset_free(ds); /* the ledger holds its own copy */
  CHECK_OK(pairaid_ledger_size(&n, ledger));
  CHECK(n == 3);
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "donor"));
  CHECK_OK(pairaid_query_group_by(q, "quarter"));
  CHECK_OK(pairaid_query_group_by(q, "transaction_type")); /* an alias: the column says "type" */
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, NULL));
  CHECK(rows_of(r) == 3);
  CHECK_STR(row_text(r, 0), "jiangsu|2021-Q3|disbursement|CNY|200.00 CNY|1");
  CHECK_STR(row_text(r, 1), "jiangsu|2022-Q2|commitment|CNY|7.25 CNY|1");
  CHECK_STR(row_text(r, 2), "shanghai|2021-Q1|disbursement|CNY|100.50 CNY|1");
  {
    const char *name = NULL;
    CHECK_OK(pairaid_result_column_name(&name, r, 2));
    CHECK_STR(name, "type");
  }
  pairaid_result_free(r);
  pairaid_query_free(q);
  pairaid_ledger_free(ledger);
}

/* Conditions in the --where grammar, names beside codes, and the table rendered by the library. */
static void conditions_names_and_writing(void) {
  pairaid_ledger *ledger = load_small();
  pairaid_dataset *ds = NULL;
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  char *csv = NULL;
  size_t notes = 0;

  CHECK_OK(pairaid_dataset_open_file(&ds, LEDGER_DATASET, NULL));
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "type"));
  CHECK_OK(pairaid_query_group_by(q, "prefecture"));
  /* t4 (Lhasa, 2021) and t5, t6 (2022): an `or` across two columns, then a second condition. */
  CHECK_OK(pairaid_query_where(q, "area = 540102 or year = 2022"));
  CHECK_OK(pairaid_query_where(q, "type != 4"));
  CHECK_OK(pairaid_query_names(q, 1));
  CHECK_OK(pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK_OK(pairaid_result_write(&csv, r, "csv"));
  CHECK_STR(csv,
            "type,type_name,area:prefecture,area:prefecture_name,currency,amount,transactions\n"
            "disbursement,Disbursement,540100,Lhasa City,USD,20.00,1\n"
            "disbursement,Disbursement,540200,Shigatse City,CNY,-0.50,1\n"
            "disbursement,Disbursement,540200,Shigatse City,USD,50.00,1\n");
  pairaid_string_free(csv);
  CHECK_OK(pairaid_result_note_count(&notes, r));
  CHECK(notes == 0);
  csv = NULL;
  CHECK_FAILS(PAIRAID_EINVALID, "unknown format 'xml'", pairaid_result_write(&csv, r, "xml"));
  CHECK(csv == NULL);
  pairaid_result_free(r);
  CHECK_FAILS(PAIRAID_EPARSE, "column 9: expected a year", pairaid_query_where(q, "year >= twenty"));
  CHECK_FAILS(PAIRAID_EINVALID, "already grouped by", pairaid_query_group_by(q, "transaction-type"));
  pairaid_query_free(q);

  /* The same query over the files, as `pairaid totals` runs it. */
  {
    const char *sources[] = {LEDGER, LEDGER_DATASET};
    char *json = NULL;
    CHECK_OK(pairaid_query_new(&q));
    CHECK_OK(pairaid_query_group_by(q, "donor"));
    CHECK_OK(pairaid_query_where(q, "type = disbursement and currency = CNY"));
    CHECK_OK(pairaid_query_run_sources(&r, q, sources, 2, NULL));
    CHECK_STR(row_text(r, 0), "jiangsu|CNY|399.50 CNY|3");
    CHECK_STR(row_text(r, 1), "shanghai|CNY|201.00 CNY|2");
    CHECK_OK(pairaid_result_write(&json, r, "json"));
    CHECK(strstr(json, "\"all_types\":false") != NULL);
    pairaid_string_free(json);
    pairaid_result_free(r);
    CHECK_FAILS(PAIRAID_EINVALID, "at most one dataset",
                pairaid_query_run_sources(&r, q, (const char *[]){LEDGER_DATASET, LEDGER_DATASET}, 2, NULL));
    CHECK_FAILS(PAIRAID_EINVALID, "sources must not hold NULL",
                pairaid_query_run_sources(&r, q, (const char *[]){LEDGER, NULL}, 2, NULL));
    pairaid_query_free(q);
  }
  pairaid_dataset_free(ds);
  pairaid_ledger_free(ledger);
}

static void bad_ledgers(void) {
  pairaid_ledger *ledger = NULL;
  static const char bad_type[] =
      "date,donor,area,project,sector,type,amount,currency\n"
      "2021-01-01,shanghai,540228,,,disbursement,7,CNY\n"
      "2021-01-02,shanghai,540228,,,gift,7,CNY\n";
  const size_t good_part = (size_t)(strstr(bad_type, "2021-01-02") - bad_type);
  size_t n = 0;

  ledger = (pairaid_ledger *)1;
  CHECK_FAILS(PAIRAID_EPARSE, "ledger-bad.csv:3:51: expected an amount as an exact decimal",
              pairaid_ledger_load_csv(&ledger, LEDGER_BAD));
  CHECK(ledger == NULL);
  CHECK_FAILS(PAIRAID_EIO, "no-such-ledger.csv",
              pairaid_ledger_load_csv(&ledger, PAIRAID_C_TEST_DATA "/no-such-ledger.csv"));
  CHECK(ledger == NULL);
  CHECK_FAILS(PAIRAID_EPARSE, "mine.csv:3:30: expected a transaction type",
              pairaid_ledger_parse_csv(&ledger, bad_type, sizeof bad_type - 1, "mine.csv"));
  CHECK(ledger == NULL);
  CHECK_FAILS(PAIRAID_EPARSE, "<buffer>:3:30:", pairaid_ledger_parse_csv(&ledger, bad_type, sizeof bad_type - 1, NULL));
  /* The size bounds the text: without the bad row, the rest parses. */
  CHECK_OK(pairaid_ledger_parse_csv(&ledger, bad_type, good_part, "cut.csv"));
  CHECK_OK(pairaid_ledger_size(&n, ledger));
  CHECK(n == 1);
  pairaid_ledger_free(ledger);
}

static void query_words(void) {
  pairaid_query *q = NULL;
  CHECK_OK(pairaid_query_new(&q));
  CHECK_FAILS(PAIRAID_EINVALID,
              "unknown dimension 'province' (known: year, quarter, month, five_year_plan, fiscal_year:M",
              pairaid_query_group_by(q, "province"));
  CHECK_FAILS(PAIRAID_EINVALID, "area:prefecture", pairaid_query_group_by(q, "area:district"));
  CHECK_FAILS(PAIRAID_EINVALID, "unknown dimension 'fiscal_year:13'", pairaid_query_group_by(q, "fiscal_year:13"));
  CHECK_FAILS(PAIRAID_EINVALID, "unknown dimension 'fiscal_year:04'", pairaid_query_group_by(q, "fiscal_year:04"));
  CHECK_FAILS(PAIRAID_EINVALID, "unknown dimension 'Year'", pairaid_query_group_by(q, "Year"));
  CHECK_OK(pairaid_query_group_by(q, "fiscal_year:10:end"));
  CHECK_OK(pairaid_query_group_by(q, "area:county"));
  CHECK_OK(pairaid_query_group_by(q, "area"));
  CHECK_OK(pairaid_query_group_by(q, "month"));
  CHECK_OK(pairaid_query_group_by(q, "sector"));
  CHECK_OK(pairaid_query_group_by(q, "type"));
  CHECK_OK(pairaid_query_group_by(q, "currency"));
  CHECK_OK(pairaid_query_group_by(q, "batch"));
  CHECK_OK(pairaid_query_group_by(q, "area:region"));
  CHECK_FAILS(PAIRAID_EINVALID, "\"disbursement\"", pairaid_query_where_type(q, "payment"));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "RMB", pairaid_query_where_currency(q, "RMB"));
  CHECK_FAILS(PAIRAID_EPARSE, "5402", pairaid_query_where_within(q, "5402"));
  CHECK_STATUS(PAIRAID_EPARSE, pairaid_query_where_period(q, "2021-13-01", "2021-12-31"));
  CHECK_FAILS(PAIRAID_EINVALID, "last day 2021-12-31 is before its first day 2022-01-01",
              pairaid_query_where_period(q, "2022-01-01", "2021-12-31"));
  CHECK_OK(pairaid_query_where_period(q, "2022-01-01", "2022-01-01"));
  pairaid_query_free(q);

  CHECK_STR(pairaid_cell_type_name(PAIRAID_CELL_NONE), "none");
  CHECK_STR(pairaid_cell_type_name(PAIRAID_CELL_TEXT), "text");
  CHECK_STR(pairaid_cell_type_name(PAIRAID_CELL_COUNT), "count");
  CHECK_STR(pairaid_cell_type_name(PAIRAID_CELL_MONEY), "money");
  CHECK_STR(pairaid_cell_type_name(PAIRAID_CELL_MISSING), "missing");
  CHECK(pairaid_cell_type_name(5) == NULL);
  CHECK(pairaid_cell_type_name(-1) == NULL);
}

static void null_arguments(void) {
  pairaid_ledger *ledger = load_small();
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  pairaid_cell_type type;
  const char *text = NULL, *currency = NULL;
  int64_t n = 0;
  size_t size = 0;

  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_OK(pairaid_query_run(&r, q, ledger, NULL, NULL));

  CHECK_NULL_ARG("out", pairaid_ledger_load_csv(NULL, LEDGER));
  {
    pairaid_ledger *other = (pairaid_ledger *)1;
    CHECK_NULL_ARG("path", pairaid_ledger_load_csv(&other, NULL));
    CHECK(other == NULL);
    CHECK_NULL_ARG("out", pairaid_ledger_parse_csv(NULL, "", 0, NULL));
    CHECK_NULL_ARG("data", pairaid_ledger_parse_csv(&other, NULL, 0, NULL));
    CHECK_NULL_ARG("out", pairaid_ledger_from_dataset(NULL, NULL));
    CHECK_NULL_ARG("dataset", pairaid_ledger_from_dataset(&other, NULL));
    CHECK(other == NULL);
  }
  CHECK_NULL_ARG("out", pairaid_ledger_size(NULL, ledger));
  CHECK_NULL_ARG("ledger", pairaid_ledger_size(&size, NULL));
  CHECK_NULL_ARG("out", pairaid_ledger_bytes_per_transaction(NULL, ledger));
  CHECK_NULL_ARG("ledger", pairaid_ledger_bytes_per_transaction(&size, NULL));

  CHECK_NULL_ARG("out", pairaid_query_new(NULL));
  CHECK_NULL_ARG("query", pairaid_query_group_by(NULL, "year"));
  CHECK_NULL_ARG("dimension", pairaid_query_group_by(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_where_period(NULL, "2021-01-01", "2021-12-31"));
  CHECK_NULL_ARG("first", pairaid_query_where_period(q, NULL, "2021-12-31"));
  CHECK_NULL_ARG("last", pairaid_query_where_period(q, "2021-01-01", NULL));
  CHECK_NULL_ARG("query", pairaid_query_where_donor(NULL, "shanghai"));
  CHECK_NULL_ARG("donor_id", pairaid_query_where_donor(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_where_type(NULL, "commitment"));
  CHECK_NULL_ARG("type", pairaid_query_where_type(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_where_currency(NULL, "CNY"));
  CHECK_NULL_ARG("currency_code", pairaid_query_where_currency(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_where_within(NULL, "540200"));
  CHECK_NULL_ARG("area_code", pairaid_query_where_within(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_convert(NULL, "CNY", PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_NULL_ARG("currency_code", pairaid_query_convert(q, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_NULL_ARG("query", pairaid_query_distinct_projects(NULL, 1));
  CHECK_NULL_ARG("query", pairaid_query_all_types(NULL, 1));
  CHECK_NULL_ARG("query", pairaid_query_names(NULL, 1));
  CHECK_NULL_ARG("query", pairaid_query_where(NULL, "year = 2021"));
  CHECK_NULL_ARG("condition", pairaid_query_where(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_hierarchy(NULL, "all"));
  CHECK_NULL_ARG("policy", pairaid_query_hierarchy(q, NULL));
  CHECK_NULL_ARG("query", pairaid_query_strict(NULL, 1));
  CHECK_NULL_ARG("query", pairaid_query_store_part(NULL, "iati"));
  {
    pairaid_result *other = NULL;
    CHECK_NULL_ARG("out", pairaid_query_run(NULL, q, ledger, NULL, NULL));
    CHECK_NULL_ARG("query", pairaid_query_run(&other, NULL, ledger, NULL, NULL));
    CHECK_NULL_ARG("ledger", pairaid_query_run(&other, q, NULL, NULL, NULL));
    CHECK(other == NULL);
  }

  CHECK_NULL_ARG("out", pairaid_result_row_count(NULL, r));
  CHECK_NULL_ARG("result", pairaid_result_row_count(&size, NULL));
  CHECK_NULL_ARG("out", pairaid_result_column_count(NULL, r));
  CHECK_NULL_ARG("result", pairaid_result_column_count(&size, NULL));
  CHECK_NULL_ARG("out", pairaid_result_column_name(NULL, r, 0));
  CHECK_NULL_ARG("result", pairaid_result_column_name(&text, NULL, 0));
  CHECK_NULL_ARG("out", pairaid_result_cell_type(NULL, r, 0, 0));
  CHECK_NULL_ARG("result", pairaid_result_cell_type(&type, NULL, 0, 0));
  CHECK_NULL_ARG("out", pairaid_result_text(NULL, r, 0, 0));
  CHECK_NULL_ARG("result", pairaid_result_text(&text, NULL, 0, 0));
  CHECK_NULL_ARG("out", pairaid_result_count(NULL, r, 0, 2));
  CHECK_NULL_ARG("result", pairaid_result_count(&n, NULL, 0, 2));
  CHECK_NULL_ARG("amount_text", pairaid_result_money(NULL, &currency, r, 0, 1));
  CHECK_NULL_ARG("currency", pairaid_result_money(&text, NULL, r, 0, 1));
  CHECK_NULL_ARG("result", pairaid_result_money(&text, &currency, NULL, 0, 1));
  CHECK_NULL_ARG("out", pairaid_result_missing(NULL, r, 0));
  CHECK_NULL_ARG("result", pairaid_result_missing(&text, NULL, 0));
  {
    char *written = NULL;
    CHECK_NULL_ARG("out", pairaid_result_write(NULL, r, "csv"));
    CHECK_NULL_ARG("result", pairaid_result_write(&written, NULL, "csv"));
    CHECK_NULL_ARG("format", pairaid_result_write(&written, r, NULL));
    CHECK(written == NULL);
    CHECK_NULL_ARG("out", pairaid_result_note_count(NULL, r));
    CHECK_NULL_ARG("out", pairaid_result_note(NULL, r, 0));
    CHECK_NULL_ARG("table", pairaid_result_rates(NULL, &size, r));
  }

  /* No dimension: currency, amount, transactions for the whole ledger. */
  CHECK_STR(row_text(r, 0), "CNY|1300.00 CNY|4");
  CHECK_STR(row_text(r, 1), "USD|80.25 USD|3");

  pairaid_result_free(r);
  pairaid_query_free(q);
  pairaid_ledger_free(ledger);
}

int main(void) {
  ledger_basics();
  by_donor_and_year();
  converted();
  filters_and_dataset();
  from_dataset();
  conditions_names_and_writing();
  bad_ledgers();
  query_words();
  null_arguments();
  CHECK_DONE();
}
