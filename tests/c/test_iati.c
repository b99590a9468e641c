/* IATI through the C API: totals over files and buffers (grouped, split by sector percentages,
 * converted with a missing rate left missing), validation findings with their location and
 * severity, and export of IATI files and of a dataset as 2.03, read back by the totals. Sums are
 * computed by hand from tests/c/data/iati-small.xml: XM-TEST-1 disburses 1000.10 USD on 2021-05-01
 * split 60/40 over sectors 11110 and 12220; XM-TEST-2 commits 50 GBP on 2022-01-15, no sector. */
#include "check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif

#define SMALL PAIRAID_C_TEST_DATA "/iati-small.xml"
#define ENTITIES PAIRAID_C_TEST_DATA "/dataset-entities.json"

/* Expects row `row` to be (key text or NULL for none, currency, amount or NULL for missing). */
static void expect_row(const pairaid_result *r, size_t row, const char *key, const char *currency, const char *amount) {
  const char *text = NULL, *cur = NULL, *am = NULL;
  pairaid_cell_type type = PAIRAID_CELL_TEXT;
  if (key == NULL) {
    CHECK_OK(pairaid_result_cell_type(&type, r, row, 0));
    CHECK(type == PAIRAID_CELL_NONE);
  } else {
    CHECK_OK(pairaid_result_text(&text, r, row, 0));
    CHECK_STR(text, key);
  }
  CHECK_OK(pairaid_result_text(&cur, r, row, 1));
  CHECK_STR(cur, currency);
  if (amount == NULL) {
    CHECK_FAILS(PAIRAID_EMISSING_RATE, NULL, pairaid_result_money(&am, &cur, r, row, 2));
  } else {
    CHECK_OK(pairaid_result_money(&am, &cur, r, row, 2));
    CHECK_STR(am, amount);
  }
}

static void totals(void) {
  const char *files[] = {SMALL};
  const char *twice[] = {SMALL, SMALL};
  pairaid_result *r = NULL;
  pairaid_fx_table *rates = NULL;
  size_t rows = 0, cols = 0;
  const char *name = NULL, *missing = NULL;
  int64_t count = 0;

  /* A commitment and a disbursement: not added together unless asked. */
  CHECK_FAILS(PAIRAID_EMIXED_TYPES, "2 transaction types: commitment 1, disbursement 1",
              pairaid_iati_totals(&r, files, 1, "sector", NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK(r == NULL);
  {
    pairaid_query *q = NULL;
    CHECK_OK(pairaid_query_new(&q));
    CHECK_OK(pairaid_query_group_by(q, "sector"));
    CHECK_OK(pairaid_query_all_types(q, 1));
    CHECK_OK(pairaid_query_run_sources(&r, q, files, 1, NULL));
    pairaid_query_free(q);
  }
  CHECK_OK(pairaid_result_row_count(&rows, r));
  CHECK(rows == 3);
  CHECK_OK(pairaid_result_column_count(&cols, r));
  CHECK(cols == 4);
  CHECK_OK(pairaid_result_column_name(&name, r, 0));
  CHECK_STR(name, "sector");
  CHECK_OK(pairaid_result_column_name(&name, r, 3));
  CHECK_STR(name, "transactions");
  if (rows == 3) {
    expect_row(r, 0, NULL, "GBP", "50.00"); /* no sector given */
    expect_row(r, 1, "11110", "USD", "600.06");
    expect_row(r, 2, "12220", "USD", "400.04");
    CHECK_OK(pairaid_result_count(&count, r, 1, 3));
    CHECK(count == 1);
  }
  pairaid_result_free(r);

  /* The same file twice counts twice. */
  CHECK_OK(
      pairaid_iati_totals(&r, twice, 2, "currency,transaction-type", "all", NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_OK(pairaid_result_row_count(&rows, r));
  CHECK(rows == 2);
  CHECK_OK(pairaid_result_column_name(&name, r, 1));
  CHECK_STR(name, "type"); /* one name for every source, whatever alias was given */
  if (rows == 2) {
    const char *am = NULL, *cur = NULL, *type = NULL;
    CHECK_OK(pairaid_result_text(&type, r, 0, 1));
    CHECK_STR(type, "commitment"); /* one spelling: the word, not IATI's code 2 */
    CHECK_OK(pairaid_result_money(&am, &cur, r, 0, 3));
    CHECK_STR(am, "100.00");
    CHECK_OK(pairaid_result_money(&am, &cur, r, 1, 3));
    CHECK_STR(am, "2000.20");
    CHECK_STR(cur, "USD");
  }
  pairaid_result_free(r);

  /* Converted at 7 CNY per USD; no GBP rate: that group is missing, never 0. */
  CHECK_OK(pairaid_fx_table_new(&rates, NULL));
  CHECK_OK(pairaid_fx_table_add_rate(rates, "2021-01-01", "USD", "CNY", "7", "test"));
  CHECK_OK(pairaid_iati_totals(&r, files, 1, "type", "leaves", "CNY", rates, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_OK(pairaid_result_row_count(&rows, r));
  CHECK(rows == 2);
  if (rows == 2) {
    expect_row(r, 0, "commitment", "CNY", NULL);
    expect_row(r, 1, "disbursement", "CNY", "7000.70");
    CHECK_OK(pairaid_result_missing(&missing, r, 0));
    CHECK_CONTAINS(missing, "GBP/CNY");
  }
  pairaid_result_free(r);
  r = NULL;

  /* No grouping would add the commitment to the disbursement. */
  CHECK_FAILS(PAIRAID_EMIXED_TYPES, "--all-types",
              pairaid_iati_totals(&r, files, 1, "", NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_FAILS(PAIRAID_EINVALID, "IATI activity files have no 'donor'",
              pairaid_iati_totals(&r, files, 1, "donor,type", NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));

  CHECK_FAILS(PAIRAID_EINVALID, "recipient",
              pairaid_iati_totals(&r, files, 1, "sector,colour", NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK(r == NULL);
  CHECK_FAILS(PAIRAID_EINVALID, "unknown dimension ''",
              pairaid_iati_totals(&r, files, 1, "sector,", NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_FAILS(PAIRAID_EINVALID, "sideways",
              pairaid_iati_totals(&r, files, 1, NULL, "sideways", NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_FAILS(PAIRAID_EINVALID, "needs rates",
              pairaid_iati_totals(&r, files, 1, NULL, NULL, "CNY", NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_FAILS(PAIRAID_EUNKNOWN_CURRENCY, "QQQ",
              pairaid_iati_totals(&r, files, 1, NULL, NULL, "QQQ", rates, PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_FAILS(PAIRAID_EINVALID, "digits",
              pairaid_iati_totals(&r, files, 1, NULL, NULL, "CNY", rates, PAIRAID_ROUND_HALF_EVEN, 10));
  {
    const char *absent[] = {SMALL, PAIRAID_C_TEST_DATA "/no-such.xml"};
    const char *with_null[] = {NULL};
    CHECK_FAILS(PAIRAID_EIO, "no-such.xml",
                pairaid_iati_totals(&r, absent, 2, NULL, NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
    CHECK(r == NULL);
    CHECK_FAILS(PAIRAID_EINVALID, "NULL",
                pairaid_iati_totals(&r, with_null, 1, NULL, NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  }
  CHECK_NULL_ARG("files", pairaid_iati_totals(&r, NULL, 1, NULL, NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
  pairaid_fx_table_free(rates);
}

static void totals_buffer(void) {
  const char *xml =
      "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
      "<iati-identifier>A</iati-identifier><transaction><transaction-type code=\"3\"/>"
      "<transaction-date iso-date=\"2020-02-02\"/><value>12.5</value></transaction>"
      "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-03-03\"/>"
      "<value>0.5</value></transaction></iati-activity></iati-activities>";
  const char *broken = "<iati-activities><iati-activity>";
  pairaid_result *r = NULL;
  size_t rows = 0;
  int64_t count = 0;

  CHECK_OK(pairaid_iati_totals_buffer(&r, xml, strlen(xml), "inline", "currency", NULL, NULL, NULL,
                                      PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK_OK(pairaid_result_row_count(&rows, r));
  CHECK(rows == 1);
  if (rows == 1) {
    expect_row(r, 0, "EUR", "EUR", "13.00");
    CHECK_OK(pairaid_result_count(&count, r, 0, 3));
    CHECK(count == 2);
  }
  pairaid_result_free(r);
  r = NULL;
  CHECK_FAILS(PAIRAID_EPARSE, "broken.xml:",
              pairaid_iati_totals_buffer(&r, broken, strlen(broken), "broken.xml", NULL, NULL, NULL, NULL,
                                         PAIRAID_ROUND_HALF_EVEN, -1));
  CHECK(r == NULL);
  CHECK_NULL_ARG("data",
                 pairaid_iati_totals_buffer(&r, NULL, 0, NULL, NULL, NULL, NULL, NULL, PAIRAID_ROUND_HALF_EVEN, -1));
}

/* The index of the first finding with `code`, or (size_t)-1. */
static size_t find_code(const pairaid_diagnostics *d, const char *wanted) {
  size_t i, n = 0;
  CHECK_OK(pairaid_diagnostics_count(&n, d));
  for (i = 0; i < n; ++i) {
    const char *code = NULL;
    CHECK_OK(pairaid_diagnostics_entry(NULL, NULL, &code, NULL, NULL, NULL, d, i));
    if (code != NULL && strcmp(code, wanted) == 0) return i;
  }
  return (size_t)-1;
}

static void validate(void) {
  pairaid_diagnostics *d = NULL;
  pairaid_status status = PAIRAID_ERROR;
  size_t at = 0, line = 0, column = 0;
  const char *file = NULL, *severity = NULL, *pointer = NULL, *message = NULL, *text = NULL;
  const char *broken = "<iati-activities version=\"2.03\">\n<iati-activity>\n</iati-activities>";

  /* As of 2030 nothing is in the future: no error; the XSD step was skipped ("" as the directory). */
  CHECK_OK(pairaid_iati_validate_file(&d, SMALL, "2030-01-01", ""));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_OK);
  at = find_code(d, "schema-skipped");
  CHECK(at != (size_t)-1);
  if (at != (size_t)-1) {
    CHECK_OK(pairaid_diagnostics_location(&file, &severity, d, at));
    CHECK_STR(severity, "info");
  }
  pairaid_diagnostics_free(d);

  /* As of 2021-12-31, XM-TEST-2's transaction (2022-01-15) lies in the future. */
  CHECK_OK(pairaid_iati_validate_file(&d, SMALL, "2021-12-31", NULL));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_EINVALID_DATA);
  at = find_code(d, "transaction-date-in-future");
  CHECK(at != (size_t)-1);
  if (at != (size_t)-1) {
    CHECK_OK(pairaid_diagnostics_location(&file, &severity, d, at));
    CHECK_STR(file, SMALL);
    CHECK_STR(severity, "error");
    CHECK_OK(pairaid_diagnostics_entry(&text, &message, NULL, &pointer, &line, &column, d, at));
    CHECK_CONTAINS(pointer, "iati-activity[2]");
    CHECK(line == 28); /* the <transaction> element holding the date */
    CHECK_CONTAINS(text, "transaction-date-in-future");
  }
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_diagnostics_location(&file, &severity, d, 1000));
  CHECK(file == NULL && severity == NULL);
  pairaid_diagnostics_free(d);

  /* Not well-formed: an "xml" error at its line. */
  CHECK_OK(pairaid_iati_validate_buffer(&d, broken, strlen(broken), "broken.xml", "2030-01-01", NULL));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_EINVALID_DATA);
  at = find_code(d, "xml");
  CHECK(at != (size_t)-1);
  if (at != (size_t)-1) {
    CHECK_OK(pairaid_diagnostics_entry(NULL, NULL, NULL, NULL, &line, NULL, d, at));
    CHECK(line == 3);
  }
  pairaid_diagnostics_free(d);
  d = NULL;

  /* NULL as the schema directory: the schemas pairaid ships. A value the 2.03 XSD refuses is a
   * schema error, found with no directory given; the data directory itself is reachable. */
  {
    const char *bad_value =
        "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XM-1</iati-identifier>"
        "<budget><period-start iso-date=\"2020-01-01\"/><period-end iso-date=\"2020-12-31\"/>"
        "<value currency=\"EUR\" value-date=\"2020-01-01\">lots</value></budget></iati-activity></iati-activities>";
    char *dir = NULL;
    CHECK_OK(pairaid_iati_validate_buffer(&d, bad_value, strlen(bad_value), "bad.xml", "2030-01-01", NULL));
    CHECK(find_code(d, "schema-skipped") == (size_t)-1);
    CHECK(find_code(d, "schema-content") != (size_t)-1); /* budget before reporting-org */
    pairaid_diagnostics_free(d);
    d = NULL;
    CHECK_OK(pairaid_data_dir(&dir));
    CHECK_CONTAINS(dir, "pairaid");
    pairaid_string_free(dir);
    CHECK_NULL_ARG("out", pairaid_data_dir(NULL));
  }

  CHECK_FAILS(PAIRAID_EPARSE, "2030-13-01", pairaid_iati_validate_file(&d, SMALL, "2030-13-01", NULL));
  CHECK(d == NULL);
  CHECK_NULL_ARG("as_of", pairaid_iati_validate_file(&d, SMALL, NULL, NULL));
  CHECK_NULL_ARG("data", pairaid_iati_validate_buffer(&d, NULL, 0, NULL, "2030-01-01", NULL));
}

/* Totals by currency of `path`, expecting one row per (currency, amount) pair given. */
static void expect_currency_totals(const char *path, size_t n, const char *const *currencies,
                                   const char *const *amounts) {
  const char *files[1];
  pairaid_result *r = NULL;
  size_t rows = 0, i;
  pairaid_query *q = NULL;
  files[0] = path;
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "currency"));
  CHECK_OK(pairaid_query_hierarchy(q, "all"));
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_OK(pairaid_query_run_sources(&r, q, files, 1, NULL));
  pairaid_query_free(q);
  CHECK_OK(pairaid_result_row_count(&rows, r));
  CHECK(rows == n);
  for (i = 0; i < n && i < rows; ++i) expect_row(r, i, currencies[i], currencies[i], amounts[i]);
  pairaid_result_free(r);
}

static void export_iati(void) {
  const char *out = "c_test_iati_export.xml";
  const char *files[] = {SMALL};
  pairaid_iati_export_options *options = NULL;
  pairaid_dataset *ds = NULL;
  pairaid_diagnostics *d = NULL;
  pairaid_status status = PAIRAID_ERROR;
  const char *small_currencies[] = {"GBP", "USD"}, *small_amounts[] = {"50.00", "1000.10"};
  const char *ds_currencies[] = {"CNY"}, *ds_amounts[] = {"1234.50"};

  CHECK_OK(pairaid_iati_export_options_new(&options));
  CHECK_OK(pairaid_iati_export_options_set(options, "generated_datetime", "2024-06-01T00:00:00Z"));

  /* IATI files in, 2.03 out: the same money, and no rule broken. */
  CHECK_OK(pairaid_iati_export(out, NULL, files, 1, options));
  expect_currency_totals(out, 2, small_currencies, small_amounts);
  CHECK_OK(pairaid_iati_validate_file(&d, out, "2030-01-01", NULL));
  CHECK_OK(pairaid_diagnostics_status(&status, d));
  CHECK(status == PAIRAID_OK);
  pairaid_diagnostics_free(d);
  remove(out);

  /* A dataset needs the reporting organisation's ref; its bare project lacks a status and dates. */
  CHECK_OK(pairaid_dataset_open_file(&ds, ENTITIES, NULL));
  CHECK_FAILS(PAIRAID_EINVALID, "reporting_org", pairaid_iati_export(out, ds, NULL, 0, options));
  CHECK_OK(pairaid_iati_export_options_set(options, "reporting_org", "XM-TEST"));
  CHECK_OK(pairaid_iati_export_options_set(options, "reporting_org_name", "Test org"));
  CHECK_OK(pairaid_iati_export_options_set(options, "reporting_org_type", "10"));
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "require", pairaid_iati_export(out, ds, NULL, 0, options));
  CHECK(fopen(out, "r") == NULL); /* nothing written */
  CHECK_OK(pairaid_iati_export_options_set(options, "activity_status_if_missing", "2"));
  CHECK_OK(pairaid_iati_export_options_set(options, "start_date_if_missing", "2020-01-01"));
  CHECK_OK(pairaid_iati_export_options_set(options, "role_if_no_participants", "funding"));
  CHECK_OK(pairaid_iati_export(out, ds, NULL, 0, options));
  /* t-1 (1234.50 CNY, project p-park) goes; the unattributed investment_attracted has no IATI type. */
  expect_currency_totals(out, 1, ds_currencies, ds_amounts);
  remove(out);

  CHECK_FAILS(PAIRAID_EINVALID, "colour", pairaid_iati_export_options_set(options, "colour", "red"));
  CHECK_FAILS(PAIRAID_EINVALID, "not a role", pairaid_iati_export_options_set(options, "role_if_no_participants", "x"));
  CHECK_FAILS(PAIRAID_EPARSE, "2020-02-31",
              pairaid_iati_export_options_set(options, "start_date_if_missing", "2020-02-31"));
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "no activity", pairaid_iati_export(out, NULL, NULL, 0, options));
  CHECK_FAILS(PAIRAID_EIO, "/no/such/dir", pairaid_iati_export("/no/such/dir/x.xml", NULL, files, 1, options));
  CHECK_NULL_ARG("options", pairaid_iati_export(out, NULL, files, 1, NULL));
  CHECK_NULL_ARG("output_path", pairaid_iati_export(NULL, NULL, files, 1, options));
  CHECK_NULL_ARG("value", pairaid_iati_export_options_set(options, "reporting_org", NULL));

  pairaid_dataset_free(ds);
  pairaid_iati_export_options_free(options);
  pairaid_iati_export_options_free(NULL);
}

int main(void) {
  totals();
  totals_buffer();
  validate();
  export_iati();
  CHECK_DONE();
}
