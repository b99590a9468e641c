/* Reconciliation through the C API: the seed dataset's figures agree with each other; a stated
 * equivalent the dataset's own rate contradicts is found, and the rates and policy passed in are
 * the ones used. */
#include "check.h"

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif
#ifndef PAIRAID_EXAMPLES_DATA
#error "PAIRAID_EXAMPLES_DATA must name examples/data"
#endif

#define SMALL PAIRAID_C_TEST_DATA "/dataset-small.json"
#define XIZANG PAIRAID_EXAMPLES_DATA "/xizang.json"

/* The verdict of the first check whose id starts with `prefix` ("<kind>:"), -1 if there is none;
 * its reasoning in *reasoning unless that is NULL. */
static int verdict_of(const pairaid_reconciliation *r, const char *prefix, const char **reasoning) {
  size_t i, n = 0;
  CHECK_OK(pairaid_reconciliation_count(&n, r));
  for (i = 0; i < n; ++i) {
    const char *check_id = NULL;
    pairaid_verdict v = PAIRAID_UNDETERMINED;
    CHECK_OK(pairaid_reconciliation_check(&check_id, NULL, &v, reasoning, r, i));
    if (check_id != NULL && strncmp(check_id, prefix, strlen(prefix)) == 0) return (int)v;
  }
  return -1;
}

static void xizang(void) {
  pairaid_dataset *ds = NULL;
  pairaid_reconciliation *r = NULL;
  pairaid_verdict overall = PAIRAID_INCONSISTENT;
  const char *reasoning = NULL;
  size_t i, n = 0;

  CHECK_OK(pairaid_dataset_open_file(&ds, XIZANG, NULL));
  if (ds == NULL) return;
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, NULL, NULL));
  if (r == NULL) {
    pairaid_dataset_free(ds);
    return;
  }
  CHECK_OK(pairaid_reconciliation_count(&n, r));
  CHECK(n >= 3);
  for (i = 0; i < n; ++i) {
    const char *id = NULL, *title = NULL, *why = NULL;
    pairaid_verdict v = PAIRAID_INCONSISTENT;
    CHECK_OK(pairaid_reconciliation_check(&id, &title, &v, &why, r, i));
    CHECK(id != NULL && id[0] != '\0');
    CHECK(title != NULL && title[0] != '\0');
    CHECK(why != NULL && why[0] != '\0');
    CHECK(pairaid_verdict_name(v) != NULL);
    if (v == PAIRAID_INCONSISTENT) {
      /* The sources the dataset gathers contradict each other in a few places, each acknowledged
       * with its reason (examples/data/xizang.json, known_disagreements); nothing else may. */
      const char *acknowledged = NULL;
      CHECK_OK(pairaid_reconciliation_check_acknowledged(&acknowledged, r, i));
      if (acknowledged == NULL || acknowledged[0] == '\0')
        fprintf(stderr, "inconsistent: %s: %s\n  %s\n", id, title, why);
      CHECK(acknowledged != NULL && acknowledged[0] != '\0');
    }
  }
  CHECK_OK(pairaid_reconciliation_overall(&overall, r));
  CHECK(overall == PAIRAID_INCONSISTENT); /* the acknowledged contradictions are still contradictions */
  CHECK_OK(pairaid_reconciliation_unacknowledged(&n, r));
  CHECK(n == 0);

  /* The checks the article's figures allow are there. */
  CHECK(verdict_of(r, "personnel_vs_batches:", &reasoning) == PAIRAID_CONSISTENT);
  CHECK(reasoning != NULL && strstr(reasoning, "2,117") != NULL);
  CHECK(verdict_of(r, "batch_count:", NULL) == PAIRAID_CONSISTENT);
  CHECK(verdict_of(r, "fx_equivalent:", &reasoning) == PAIRAID_CONSISTENT);
  CHECK(reasoning != NULL && strstr(reasoning, "3,554,632,885.65 USD") != NULL);

  pairaid_reconciliation_free(r);
  pairaid_dataset_free(ds);
}

/* The small dataset states "25.17 billion yuan" with "about $5 billion" beside it; at its own
 * rate (7.0809 yuan per dollar) that is about $3.55 billion. */
static void rates_and_policy(void) {
  static const char *const fx_check = "fx_equivalent:"; /* the dataset's only stated equivalent */
  pairaid_dataset *ds = NULL;
  pairaid_reconciliation *r = NULL;
  pairaid_fx_table *rates = NULL;
  pairaid_qualifier_policy *loose = NULL;
  pairaid_verdict overall = PAIRAID_CONSISTENT;
  const char *reasoning = NULL;

  CHECK_OK(pairaid_dataset_open_file(&ds, SMALL, NULL));
  if (ds == NULL) return;

  /* The dataset's own rate: the equivalent is wrong. */
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, NULL, NULL));
  CHECK(verdict_of(r, fx_check, &reasoning) == PAIRAID_INCONSISTENT);
  CHECK(reasoning != NULL && strstr(reasoning, "7.0809") != NULL && strstr(reasoning, "FRED AEXCHUS 2023") != NULL);
  CHECK_OK(pairaid_reconciliation_overall(&overall, r));
  CHECK(overall == PAIRAID_INCONSISTENT);
  pairaid_reconciliation_free(r);

  /* Rates passed in replace the dataset's: at 5.034 yuan per dollar it is exactly $5 billion. */
  CHECK_OK(pairaid_fx_table_new(&rates, NULL));
  CHECK_OK(pairaid_fx_table_add_rate(rates, "2023-01-01", "USD", "CNY", "5.034", "test rate"));
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, NULL, rates));
  CHECK(verdict_of(r, fx_check, &reasoning) == PAIRAID_CONSISTENT);
  CHECK(reasoning != NULL && strstr(reasoning, "test rate") != NULL); /* the rate cites its source */
  pairaid_reconciliation_free(r);
  pairaid_fx_table_free(rates);

  /* No rate in force: undetermined, never a guess. */
  CHECK_OK(pairaid_fx_table_new(&rates, NULL));
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, NULL, rates));
  CHECK(verdict_of(r, fx_check, NULL) == PAIRAID_UNDETERMINED);
  pairaid_reconciliation_free(r);
  pairaid_fx_table_free(rates);

  /* A policy wide enough ("about" = +-40%) lets $3.55 billion pass as "about $5 billion". */
  CHECK_OK(pairaid_qualifier_policy_new(&loose, 1000, 4000));
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, loose, NULL));
  CHECK(verdict_of(r, fx_check, NULL) == PAIRAID_CONSISTENT);
  pairaid_reconciliation_free(r);
  pairaid_qualifier_policy_free(loose);

  pairaid_dataset_free(ds);
}

static void errors(void) {
  pairaid_dataset *ds = NULL;
  pairaid_reconciliation *r = NULL;
  const char *id = NULL, *title = NULL, *reasoning = NULL;
  pairaid_verdict v = PAIRAID_CONSISTENT;
  size_t n = 0;

  CHECK_OK(pairaid_dataset_open_file(&ds, SMALL, NULL));
  CHECK_NULL_ARG("out", pairaid_dataset_reconcile(NULL, ds, NULL, NULL));
  CHECK_NULL_ARG("dataset", pairaid_dataset_reconcile(&r, NULL, NULL, NULL));
  CHECK(r == NULL);
  CHECK_OK(pairaid_dataset_reconcile(&r, ds, NULL, NULL));
  CHECK_NULL_ARG("out", pairaid_reconciliation_count(NULL, r));
  CHECK_NULL_ARG("reconciliation", pairaid_reconciliation_count(&n, NULL));
  CHECK_NULL_ARG("out", pairaid_reconciliation_overall(NULL, r));
  CHECK_NULL_ARG("reconciliation", pairaid_reconciliation_overall(&v, NULL));
  CHECK_NULL_ARG("reconciliation", pairaid_reconciliation_check(&id, &title, &v, &reasoning, NULL, 0));
  CHECK_OK(pairaid_reconciliation_count(&n, r));
  v = PAIRAID_CONSISTENT;
  CHECK_FAILS(PAIRAID_ENOTFOUND, "out of range", pairaid_reconciliation_check(&id, &title, &v, &reasoning, r, n));
  CHECK(id == NULL && title == NULL && reasoning == NULL);
  CHECK(v == PAIRAID_CONSISTENT);                                       /* scalar outputs untouched on failure */
  CHECK_OK(pairaid_reconciliation_check(NULL, NULL, NULL, NULL, r, 0)); /* outputs may be NULL */
  pairaid_reconciliation_free(r);
  pairaid_reconciliation_free(NULL);
  pairaid_dataset_free(ds);
}

int main(void) {
  xizang();
  rates_and_policy();
  errors();
  CHECK_DONE();
}
