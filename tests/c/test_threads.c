/* Errors are per thread, and one table may be read (converted with) by many threads at once,
 * including the very first conversion that builds it; one dataset may be read and reconciled by
 * many threads at once. */
#define _POSIX_C_SOURCE 200809L

#include "check.h"

#include <pthread.h>
#include <stdio.h>

enum { THREADS = 8, ROUNDS = 200 };

static pairaid_fx_table *shared_table;
static pairaid_dataset *shared_dataset;
static size_t expected_checks; /* what one reconciliation of shared_dataset finds */

struct worker {
  int id;
  int failures; /* counted here, not through check.h's globals, which are not thread-safe */
};

static void *work(void *arg) {
  struct worker *w = (struct worker *)arg;
  char code[8];
  int round;
  pairaid_money *cny = NULL;
  sprintf(code, "Q%02d", w->id); /* no such currency: a message naming this thread's code */
  if (pairaid_money_parse(&cny, "25170000000", "CNY", 0) != PAIRAID_OK) ++w->failures;
  for (round = 0; round < ROUNDS; ++round) {
    pairaid_fx_conversion *conv = NULL;
    const pairaid_money *usd = NULL;
    const char *amount = NULL;
    int numeric = 0, minor = 0, withdrawn = 0;
    if (pairaid_currency_lookup(&numeric, &minor, &withdrawn, code) != PAIRAID_EUNKNOWN_CURRENCY) ++w->failures;
    if (pairaid_fx_table_convert(&conv, shared_table, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1) !=
        PAIRAID_OK) {
      ++w->failures;
      continue;
    }
    /* Other threads failed meanwhile; this thread's success cleared only its own message. */
    if (pairaid_last_error()[0] != '\0') ++w->failures;
    if (pairaid_fx_conversion_amount(&usd, conv) != PAIRAID_OK || pairaid_money_amount(&amount, usd) != PAIRAID_OK ||
        strcmp(amount, "3554632885.65") != 0)
      ++w->failures;
    pairaid_fx_conversion_free(conv);
    if (pairaid_currency_lookup(&numeric, &minor, &withdrawn, code) != PAIRAID_EUNKNOWN_CURRENCY ||
        strstr(pairaid_last_error(), code) == NULL)
      ++w->failures;
  }
  pairaid_money_free(cny);
  return NULL;
}

/* Reads the shared dataset and reconciles it, ROUNDS / 20 times. */
static void *read_dataset(void *arg) {
  struct worker *w = (struct worker *)arg;
  int round;
  for (round = 0; round < ROUNDS / 20; ++round) {
    const pairaid_area *panam = NULL;
    const char *code = NULL;
    const pairaid_batch *batch = NULL;
    pairaid_reported *headcount = NULL;
    pairaid_reconciliation *r = NULL;
    size_t checks = 0;
    if (pairaid_dataset_find_area_named(&panam, shared_dataset, "Panam") != PAIRAID_OK ||
        pairaid_area_code(&code, panam) != PAIRAID_OK || strcmp(code, "540228") != 0)
      ++w->failures;
    if (pairaid_dataset_batch(&batch, shared_dataset, 1) != PAIRAID_OK ||
        pairaid_batch_headcount(&headcount, batch) != PAIRAID_ENOTFOUND || headcount != NULL)
      ++w->failures;
    if (pairaid_dataset_reconcile(&r, shared_dataset, NULL, shared_table) != PAIRAID_OK ||
        pairaid_reconciliation_count(&checks, r) != PAIRAID_OK || checks != expected_checks)
      ++w->failures;
    pairaid_reconciliation_free(r);
  }
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  struct worker workers[THREADS];
  int i;

  CHECK_OK(pairaid_fx_table_new(&shared_table, NULL));
  CHECK_OK(pairaid_fx_table_load_csv(shared_table, PAIRAID_EXAMPLES_DATA "/fx-usd-cny-annual.csv"));
  for (i = 0; i < THREADS; ++i) {
    workers[i].id = i;
    workers[i].failures = 0;
    CHECK(pthread_create(&threads[i], NULL, work, &workers[i]) == 0);
  }
  for (i = 0; i < THREADS; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(workers[i].failures == 0);
  }
  /* The main thread's own state is untouched by the workers' failures. */
  CHECK_STR(pairaid_last_error(), "");

  /* One dataset, read and reconciled (with the shared table) by every thread at once. */
  {
    pairaid_reconciliation *r = NULL;
    CHECK_OK(pairaid_dataset_open_file(&shared_dataset, PAIRAID_EXAMPLES_DATA "/xizang.json", NULL));
    CHECK_OK(pairaid_dataset_reconcile(&r, shared_dataset, NULL, shared_table));
    CHECK_OK(pairaid_reconciliation_count(&expected_checks, r));
    CHECK(expected_checks > 0);
    pairaid_reconciliation_free(r);
  }
  for (i = 0; i < THREADS; ++i) {
    workers[i].failures = 0;
    CHECK(pthread_create(&threads[i], NULL, read_dataset, &workers[i]) == 0);
  }
  for (i = 0; i < THREADS; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(workers[i].failures == 0);
  }
  pairaid_dataset_free(shared_dataset);
  pairaid_fx_table_free(shared_table);
  CHECK_DONE();
}
