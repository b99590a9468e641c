/* The store through the C API: opening (":memory:" and a file, reopened), imports of a dataset, a
 * ledger and IATI activities with their reports (re-imports unchanged, a failed import leaving the
 * store as it was), and the stored dataset and ledger queried with hand-computed sums. */
#include "check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif

#define DATA PAIRAID_C_TEST_DATA "/"
/* Records of dataset-entities.json: 2 sources, 3 areas, 2 organisations, 2 programs, 2 pairings,
 * 2 batches, 2 projects, 2 transactions. */
#define ENTITY_RECORDS 17

/* Imports `path`, checks its kind and counts, frees the report. */
static void import_expect(pairaid_store *store, const char *path, const char *kind, uint64_t added,
                          uint64_t unchanged) {
  pairaid_import_report *report = NULL;
  const char *text = NULL;
  uint64_t n = 99;
  size_t messages = 99;
  CHECK_OK(pairaid_store_import_file(&report, store, path));
  if (report == NULL) return;
  CHECK_OK(pairaid_import_report_kind(&text, report));
  CHECK_STR(text, kind);
  CHECK_OK(pairaid_import_report_source(&text, report));
  CHECK_STR(text, path);
  CHECK_OK(pairaid_import_report_added(&n, report));
  CHECK(n == added);
  CHECK_OK(pairaid_import_report_unchanged(&n, report));
  CHECK(n == unchanged);
  CHECK_OK(pairaid_import_report_updated(&n, report));
  CHECK(n == 0);
  CHECK_OK(pairaid_import_report_skipped(&n, report));
  CHECK(n == 0);
  CHECK_OK(pairaid_import_report_message_count(&messages, report));
  CHECK(messages == 0);
  pairaid_import_report_free(report);
}

static size_t transaction_count(const pairaid_store *store) {
  pairaid_dataset *ds = NULL;
  size_t n = 0;
  CHECK_OK(pairaid_store_dataset(&ds, store));
  if (ds != NULL) CHECK_OK(pairaid_dataset_transaction_count(&n, ds));
  pairaid_dataset_free(ds);
  return n;
}

/* Sums by donor over the store's ledger: t-1 (shanghai 1234.50 CNY), an unattributed -7.25 USD, and
 * the ledger's shanghai 100.25 and jiangsu 9.75 CNY. */
static void query_over_store(const pairaid_store *store) {
  pairaid_ledger *ledger = NULL;
  pairaid_dataset *ds = NULL;
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  size_t rows = 0;
  const char *amount = NULL, *currency = NULL, *key = NULL;
  pairaid_cell_type type = PAIRAID_CELL_TEXT;

  CHECK_OK(pairaid_store_ledger(&ledger, store));
  CHECK_OK(pairaid_store_dataset(&ds, store));
  CHECK_OK(pairaid_ledger_size(&rows, ledger));
  CHECK(rows == 4);
  CHECK_OK(pairaid_query_new(&q));
  CHECK_OK(pairaid_query_group_by(q, "donor"));
  /* A disbursement, investment attracted, a commitment: added only when asked. */
  CHECK_FAILS(PAIRAID_EMIXED_TYPES, "investment_attracted 1", pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK_OK(pairaid_query_all_types(q, 1));
  CHECK_OK(pairaid_query_run(&r, q, ledger, ds, NULL));
  CHECK_OK(pairaid_result_row_count(&rows, r));
  CHECK(rows == 3);
  if (rows == 3) {
    CHECK_OK(pairaid_result_cell_type(&type, r, 0, 0));
    CHECK(type == PAIRAID_CELL_NONE);
    CHECK_OK(pairaid_result_money(&amount, &currency, r, 0, 2));
    CHECK_STR(amount, "-7.25");
    CHECK_STR(currency, "USD");
    CHECK_OK(pairaid_result_text(&key, r, 1, 0));
    CHECK_STR(key, "jiangsu");
    CHECK_OK(pairaid_result_money(&amount, &currency, r, 1, 2));
    CHECK_STR(amount, "9.75");
    CHECK_OK(pairaid_result_text(&key, r, 2, 0));
    CHECK_STR(key, "shanghai");
    CHECK_OK(pairaid_result_money(&amount, &currency, r, 2, 2));
    CHECK_STR(amount, "1334.75");
    CHECK_STR(currency, "CNY");
  }
  pairaid_result_free(r);
  pairaid_query_free(q);
  pairaid_dataset_free(ds);
  pairaid_ledger_free(ledger);
}

static void in_memory(void) {
  pairaid_store *store = NULL;
  pairaid_import_report *report = NULL;
  pairaid_dataset *ds = NULL;
  const char *text = NULL;
  char *check = NULL;
  uint64_t n = 0;
  size_t count = 0;

  CHECK_OK(pairaid_store_open(&store, ":memory:"));
  if (store == NULL) return;
  CHECK(transaction_count(store) == 0);

  import_expect(store, DATA "dataset-entities.json", "dataset", ENTITY_RECORDS, 0);
  import_expect(store, DATA "dataset-entities.json", "dataset", 0, ENTITY_RECORDS); /* merged by id: nothing new */
  CHECK(transaction_count(store) == 2);
  import_expect(store, DATA "store-ledger.csv", "ledger", 2, 0);
  CHECK(transaction_count(store) == 4);

  /* A ledger whose project the stored dataset lacks: refused, nothing kept. */
  CHECK_FAILS(PAIRAID_EINVALID_DATA, "ledger-small.csv:2:28: expected a project the dataset holds, found 'p1'",
              pairaid_store_import_file(&report, store, DATA "ledger-small.csv"));
  CHECK(report == NULL);
  CHECK(transaction_count(store) == 4);
  CHECK_FAILS(PAIRAID_EIO, "no-such-file.json", pairaid_store_import_file(&report, store, DATA "no-such-file.json"));

  import_expect(store, DATA "iati-small.xml", "iati", 2, 0);
  import_expect(store, DATA "iati-small.xml", "iati", 0, 2); /* same identifiers, same datetime */

  query_over_store(store);

  /* An open dataset merges like a file. */
  CHECK_OK(pairaid_dataset_open_file(&ds, DATA "dataset-entities.json", NULL));
  CHECK_OK(pairaid_store_import_dataset(&report, store, ds, "from C"));
  CHECK_OK(pairaid_import_report_source(&text, report));
  CHECK_STR(text, "from C");
  CHECK_OK(pairaid_import_report_added(&n, report));
  CHECK(n == 0);
  CHECK_OK(pairaid_import_report_message_count(&count, report));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_import_report_message(&text, report, count));
  CHECK(text == NULL);
  pairaid_import_report_free(report);
  pairaid_dataset_free(ds);

  CHECK_OK(pairaid_store_integrity_check(&check, store));
  CHECK_STR(check, "ok");
  pairaid_string_free(check);

  CHECK_NULL_ARG("path", pairaid_store_import_file(&report, store, NULL));
  CHECK_NULL_ARG("store", pairaid_store_import_file(&report, NULL, DATA "store-ledger.csv"));
  CHECK_NULL_ARG("dataset", pairaid_store_import_dataset(&report, store, NULL, NULL));
  CHECK_NULL_ARG("report", pairaid_import_report_kind(&text, NULL));
  {
    pairaid_ledger *ledger = NULL;
    pairaid_dataset *none = NULL;
    CHECK_NULL_ARG("store", pairaid_store_ledger(&ledger, NULL));
    CHECK(ledger == NULL);
    CHECK_NULL_ARG("store", pairaid_store_dataset(&none, NULL));
    CHECK_NULL_ARG("out", pairaid_store_integrity_check(NULL, store));
  }
  pairaid_store_free(store);
  pairaid_store_free(NULL);
  pairaid_import_report_free(NULL);
}

/* An IATI activity re-imported with an older last-updated-datetime is skipped and says why. */
static void older_iati_skipped(void) {
  const char *path = "c_test_store_older.xml";
  const char *older =
      "<iati-activities version=\"2.03\"><iati-activity last-updated-datetime=\"2020-01-01T00:00:00Z\" "
      "default-currency=\"USD\"><iati-identifier>XM-TEST-1</iati-identifier>"
      "<reporting-org ref=\"XM-TEST\" type=\"10\"/><transaction><transaction-type code=\"3\"/>"
      "<transaction-date iso-date=\"2020-01-01\"/><value>1</value></transaction></iati-activity></iati-activities>";
  pairaid_store *store = NULL;
  pairaid_import_report *report = NULL;
  const char *text = NULL;
  uint64_t n = 0;
  size_t count = 0;
  FILE *f = fopen(path, "w");
  if (f == NULL) {
    CHECK(f != NULL);
    return;
  }
  fputs(older, f);
  fclose(f);

  CHECK_OK(pairaid_store_open(&store, ":memory:"));
  import_expect(store, DATA "iati-small.xml", "iati", 2, 0);
  /* A ledger with a malformed amount (no dataset stored, so nothing to resolve): located, refused. */
  CHECK_FAILS(PAIRAID_EPARSE, "ledger-bad.csv:3:", pairaid_store_import_file(&report, store, DATA "ledger-bad.csv"));
  CHECK(report == NULL);
  CHECK(transaction_count(store) == 0);
  CHECK_OK(pairaid_store_import_file(&report, store, path));
  CHECK_OK(pairaid_import_report_skipped(&n, report));
  CHECK(n == 1);
  CHECK_OK(pairaid_import_report_message_count(&count, report));
  CHECK(count >= 1);
  CHECK_OK(pairaid_import_report_message(&text, report, 0));
  CHECK_CONTAINS(text, "XM-TEST-1");
  pairaid_import_report_free(report);
  pairaid_store_free(store);
  remove(path);
}

/* A store in a file keeps what was imported across handles; a file that is not a database is
 * refused. */
static void on_disk(void) {
  const char *path = "c_test_store.db";
  const char *not_db = "c_test_store_not_a_db.db";
  pairaid_store *store = NULL;
  FILE *f = NULL;
  char wal[64], shm[64];

  remove(path);
  CHECK_OK(pairaid_store_open(&store, path));
  import_expect(store, DATA "dataset-entities.json", "dataset", ENTITY_RECORDS, 0);
  pairaid_store_free(store);
  store = NULL;
  CHECK_OK(pairaid_store_open(&store, path));
  CHECK(transaction_count(store) == 2);
  pairaid_store_free(store);
  remove(path);
  sprintf(wal, "%s-wal", path);
  sprintf(shm, "%s-shm", path);
  remove(wal);
  remove(shm);

  f = fopen(not_db, "w");
  if (f != NULL) {
    fputs("this is plain text and certainly not a SQLite database file, long enough for a header\n", f);
    fclose(f);
    store = NULL;
    CHECK_FAILS(PAIRAID_EPARSE, NULL, pairaid_store_open(&store, not_db));
    CHECK(store == NULL);
    remove(not_db);
  }
  CHECK_FAILS(PAIRAID_EIO, NULL, pairaid_store_open(&store, "/no/such/dir/x.db"));
  CHECK_NULL_ARG("path", pairaid_store_open(&store, NULL));
  CHECK_NULL_ARG("out", pairaid_store_open(NULL, ":memory:"));
}

int main(void) {
  in_memory();
  older_iati_skipped();
  on_disk();
  CHECK_DONE();
}
