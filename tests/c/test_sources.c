/* Several sources through the C API: two dataset files read as one, the reports of one figure by
 * several sources, and the reconciliation across them (acknowledged contradictions, the sources a
 * check compares). The figures are examples/data/xizang.json's and qinghai.json's. */
#include "check.h"

#ifndef PAIRAID_EXAMPLES_DATA
#error "PAIRAID_EXAMPLES_DATA must name examples/data"
#endif

#define XIZANG PAIRAID_EXAMPLES_DATA "/xizang.json"
#define QINGHAI PAIRAID_EXAMPLES_DATA "/qinghai.json"

static pairaid_dataset *open_both(void) {
  const char *const paths[2] = {XIZANG, QINGHAI};
  pairaid_dataset *ds = NULL;
  CHECK_OK(pairaid_dataset_open_files(&ds, paths, 2, NULL));
  return ds;
}

/* Batch 10's headcount: "2,117" in the seed article, and three further reports. */
static void reports_of_a_figure(void) {
  pairaid_dataset *ds = open_both();
  const pairaid_batch *batch = NULL;
  pairaid_reported *headcount = NULL, *report = NULL;
  const char *text = NULL;
  size_t n = 0;
  int64_t value = 0;
  if (ds == NULL) return;
  CHECK_OK(pairaid_dataset_find_batch(&batch, ds, "batch-10"));
  CHECK_OK(pairaid_batch_headcount(&headcount, batch));
  if (headcount == NULL) {
    pairaid_dataset_free(ds);
    return;
  }
  CHECK_OK(pairaid_reported_count(&value, headcount));
  CHECK(value == 2117);
  CHECK_OK(pairaid_reported_date(&text, headcount));
  CHECK(text != NULL && text[0] == '\0'); /* the figure itself is not a report */
  CHECK_OK(pairaid_reported_report_count(&n, headcount));
  CHECK(n == 3);
  CHECK_OK(pairaid_reported_report(&report, headcount, 1));
  if (report != NULL) {
    CHECK_OK(pairaid_reported_count(&value, report));
    CHECK(value == 2114);
    CHECK_OK(pairaid_reported_wording(&text, report));
    CHECK(text != NULL && strcmp(text, "2114\xE5\x90\x8D") == 0); /* "2114名" */
    CHECK_OK(pairaid_reported_source(&text, report));
    CHECK(text != NULL && strcmp(text, "xinhua-2022-tenth-batch") == 0);
    CHECK_OK(pairaid_reported_date(&text, report));
    CHECK(text != NULL && strcmp(text, "2022-07-28") == 0);
    CHECK_OK(pairaid_reported_report_count(&n, report));
    CHECK(n == 0);
    pairaid_reported_free(report);
  }
  report = NULL;
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_reported_report(&report, headcount, 3));
  CHECK(report == NULL);
  CHECK_STATUS(PAIRAID_EINVALID, pairaid_reported_report_count(NULL, headcount));
  pairaid_reported_free(headcount);
  pairaid_dataset_free(ds);
}

static size_t find_check(const pairaid_reconciliation *r, const char *id) {
  size_t i, n = 0;
  CHECK_OK(pairaid_reconciliation_count(&n, r));
  for (i = 0; i < n; ++i) {
    const char *check_id = NULL;
    CHECK_OK(pairaid_reconciliation_check(&check_id, NULL, NULL, NULL, r, i));
    if (check_id != NULL && strcmp(check_id, id) == 0) return i;
  }
  return n;
}

static void reconciliation_across_sources(void) {
  pairaid_dataset *ds = open_both();
  pairaid_reconciliation *r = NULL;
  size_t i, n = 0, total = 0;
  pairaid_verdict v = PAIRAID_CONSISTENT;
  const char *text = NULL, *reasoning = NULL;
  if (ds == NULL) return;
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, NULL, NULL));
  if (r == NULL) {
    pairaid_dataset_free(ds);
    return;
  }
  CHECK_OK(pairaid_reconciliation_count(&total, r));
  CHECK_OK(pairaid_reconciliation_unacknowledged(&n, r));
  CHECK(n == 0);

  /* 2,117 against 2,114: a contradiction the dataset acknowledges, between four sources. */
  i = find_check(r, "reports:batch-10/headcount");
  CHECK(i < total);
  CHECK_OK(pairaid_reconciliation_check(NULL, NULL, &v, NULL, r, i));
  CHECK(v == PAIRAID_INCONSISTENT);
  CHECK_OK(pairaid_reconciliation_check_acknowledged(&text, r, i));
  CHECK(text != NULL && strstr(text, "2,114") != NULL);
  CHECK_OK(pairaid_reconciliation_check_source_count(&n, r, i));
  CHECK(n == 4);
  CHECK_OK(pairaid_reconciliation_check_source(&text, r, i, 2));
  CHECK(text != NULL && strcmp(text, "xinhua-2022-tenth-batch") == 0);
  CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_reconciliation_check_source(&text, r, i, 4));
  CHECK(text == NULL);

  /* The dispatch of July 2022: 2,558 - 2,117 = 441 for the 5th Aid Qinghai batch. */
  i = find_check(r, "dispatch:dispatch-2022-07");
  CHECK(i < total);
  CHECK_OK(pairaid_reconciliation_check(NULL, NULL, &v, &reasoning, r, i));
  CHECK(v == PAIRAID_CONSISTENT);
  CHECK(reasoning != NULL && strstr(reasoning, "= 441 people") != NULL);
  CHECK_OK(pairaid_reconciliation_check_acknowledged(&text, r, i));
  CHECK(text != NULL && text[0] == '\0');

  CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_reconciliation_check_acknowledged(&text, r, total));
  CHECK_STATUS(PAIRAID_ENOTFOUND, pairaid_reconciliation_check_source_count(&n, r, total));
  pairaid_reconciliation_free(r);
  pairaid_dataset_free(ds);
}

static void opening_several_files(void) {
  const char *const one[1] = {QINGHAI};
  const char *const twice[2] = {XIZANG, XIZANG};
  const char *const with_null[2] = {XIZANG, NULL};
  pairaid_dataset *ds = NULL;
  /* qinghai.json extends xizang.json: alone, its dispatch names a batch it does not hold. */
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "qinghai.json:", pairaid_dataset_open_files(&ds, one, 1, NULL));
  CHECK(ds == NULL);
  /* The same file twice: every id twice, the second file at fault. */
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "duplicate_id", pairaid_dataset_open_files(&ds, twice, 2, NULL));
  CHECK_FAILS(PAIRAID_EINVALID, "NULL", pairaid_dataset_open_files(&ds, with_null, 2, NULL));
  CHECK_FAILS(PAIRAID_EINVALID, "count is 0", pairaid_dataset_open_files(&ds, one, 0, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_open_files(NULL, one, 1, NULL));
  CHECK(ds == NULL);
}

int main(void) {
  reports_of_a_figure();
  reconciliation_across_sources();
  opening_several_files();
  CHECK_DONE();
}
