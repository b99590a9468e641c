/*
 * quickstart.c — pairaid's C API in one page (C99).
 *
 *   parse a figure as a report writes it, convert it at dated exchange rates, read a qualified
 *   count as the interval it means, handle errors by status code and message, then read a whole
 *   dataset (what is known and what is not) and reconcile its figures.
 *
 * Usage: quickstart [RATES.csv [DATASET.json]]
 *   (defaults: the bundled examples/data/fx-usd-cny-annual.csv and examples/data/xizang.json)
 */
#include <pairaid.h>

#include <stdio.h>

#ifndef PAIRAID_EXAMPLES_DATA
#define PAIRAID_EXAMPLES_DATA "examples/data"
#endif

/* Prints the failed call's status and message; returns 1 so callers can `return fail(...)`. */
static int fail(const char *what, pairaid_status status) {
  fprintf(stderr, "quickstart: %s: %s: %s\n", what, pairaid_status_name(status), pairaid_last_error());
  return 1;
}

/* 6. A dataset: every batch's size as stated, or "not stated" (unknown is not zero), and whether
 * the dataset's figures agree with each other. Returns 0 or 1. */
static int dataset_tour(const char *path) {
  pairaid_dataset *ds = NULL;
  pairaid_reconciliation *rec = NULL;
  pairaid_verdict overall = PAIRAID_UNDETERMINED;
  size_t i, n = 0;
  pairaid_status st;
  int rc = 1;

  if ((st = pairaid_dataset_open_file(&ds, path, NULL)) != PAIRAID_OK) {
    rc = fail("open the dataset", st); /* "FILE:LINE:COL: POINTER: what was expected [code]" */
    goto done;
  }
  if ((st = pairaid_dataset_batch_count(&n, ds)) != PAIRAID_OK) {
    rc = fail("count the batches", st);
    goto done;
  }
  for (i = 0; i < n; ++i) {
    const pairaid_batch *batch = NULL; /* owned by ds */
    pairaid_reported *headcount = NULL;
    int ordinal = 0;
    char *text = NULL;
    if ((st = pairaid_dataset_batch(&batch, ds, i)) != PAIRAID_OK ||
        (st = pairaid_batch_ordinal(&ordinal, batch)) != PAIRAID_OK) {
      rc = fail("read a batch", st);
      goto done;
    }
    st = pairaid_batch_headcount(&headcount, batch);
    if (st == PAIRAID_ENOTFOUND) {
      printf("batch %d: not stated\n", ordinal);
      continue;
    }
    if (st != PAIRAID_OK || (st = pairaid_reported_to_string(&text, headcount)) != PAIRAID_OK) {
      pairaid_reported_free(headcount);
      rc = fail("read a headcount", st);
      goto done;
    }
    printf("batch %d: %s\n", ordinal, text);
    pairaid_string_free(text);
    pairaid_reported_free(headcount);
  }
  /* NULL policy and rates: the default qualifier tolerances and the dataset's own exchange rates. */
  if ((st = pairaid_dataset_reconcile(&rec, ds, NULL, NULL)) != PAIRAID_OK ||
      (st = pairaid_reconciliation_count(&n, rec)) != PAIRAID_OK ||
      (st = pairaid_reconciliation_overall(&overall, rec)) != PAIRAID_OK) {
    rc = fail("reconcile", st);
    goto done;
  }
  printf("reconciliation: %zu checks, overall %s\n", n, pairaid_verdict_name(overall));
  rc = 0;
done:
  pairaid_reconciliation_free(rec);
  pairaid_dataset_free(ds);
  return rc;
}

int main(int argc, char **argv) {
  const char *rates_path = argc > 1 ? argv[1] : PAIRAID_EXAMPLES_DATA "/fx-usd-cny-annual.csv";
  const char *dataset_path = argc > 2 ? argv[2] : PAIRAID_EXAMPLES_DATA "/xizang.json";
  pairaid_reported *claim = NULL, *stated_usd = NULL, *total = NULL;
  pairaid_money *cny = NULL, *yen_or_yuan = NULL;
  pairaid_fx_table *rates = NULL;
  pairaid_fx_conversion *conv = NULL;
  pairaid_interval *bounds = NULL;
  const pairaid_money *usd = NULL;  /* owned by conv */
  const pairaid_fx_leg *leg = NULL; /* owned by conv */
  const char *rate = NULL, *rate_date = NULL, *lower = NULL, *upper = NULL;
  char *text = NULL, *reasoning = NULL;
  int lower_inclusive = 0, upper_inclusive = 0, major = 0, minor = 0, rc = 1;
  pairaid_verdict verdict = PAIRAID_UNDETERMINED;
  pairaid_status st;

  /* 0. The shared library loaded is the one this program was compiled against. */
  pairaid_version(&major, &minor, NULL);
  if (major != PAIRAID_VERSION_MAJOR) {
    fprintf(stderr, "quickstart: built for pairaid %d, loaded %s\n", PAIRAID_VERSION_MAJOR, pairaid_version_string());
    return 1;
  }
  printf("pairaid %s\n\n", pairaid_version_string());

  /* 1. A money figure with its stated equivalent, read as the article writes it. */
  if ((st = pairaid_reported_parse_money(&claim, "25.17 billion yuan ($3.5 billion)")) != PAIRAID_OK) {
    rc = fail("parse the investment", st);
    goto done;
  }
  if ((st = pairaid_reported_money(&cny, claim)) != PAIRAID_OK ||
      (st = pairaid_reported_equivalent(&stated_usd, claim)) != PAIRAID_OK ||
      (st = pairaid_money_format(&text, cny, PAIRAID_FORMAT_GROUPING | PAIRAID_FORMAT_WITH_CODE)) != PAIRAID_OK) {
    rc = fail("read the investment", st);
    goto done;
  }
  printf("stated:    %s\n", text);
  pairaid_string_free(text); /* "caller frees" strings go back through pairaid_string_free */
  text = NULL;

  /* 2. Convert at the rate in force on the value date, rounded once, half to even. */
  if ((st = pairaid_fx_table_new(&rates, NULL)) != PAIRAID_OK ||
      (st = pairaid_fx_table_load_csv(rates, rates_path)) != PAIRAID_OK) {
    rc = fail("load the exchange rates", st); /* a bad row says file:line:col */
    goto done;
  }
  if ((st = pairaid_fx_table_convert(&conv, rates, cny, "USD", "2023-12-31", PAIRAID_ROUND_HALF_EVEN, -1)) !=
      PAIRAID_OK) {
    rc = fail("convert", st);
    goto done;
  }
  if ((st = pairaid_fx_conversion_amount(&usd, conv)) != PAIRAID_OK ||
      (st = pairaid_fx_conversion_leg(&leg, conv, 0)) != PAIRAID_OK ||
      (st = pairaid_fx_leg_rate(&rate, leg)) != PAIRAID_OK ||
      (st = pairaid_fx_leg_date(&rate_date, leg)) != PAIRAID_OK ||
      (st = pairaid_money_format(&text, usd, PAIRAID_FORMAT_GROUPING | PAIRAID_FORMAT_WITH_CODE)) != PAIRAID_OK) {
    rc = fail("read the conversion", st);
    goto done;
  }
  printf("converted: %s at %s CNY per USD (rate of %s)\n", text, rate, rate_date);
  pairaid_string_free(text);
  text = NULL;

  /* 3. Does the conversion bear out the article's "($3.5 billion)"? */
  if ((st = pairaid_reported_assess_money(&verdict, &reasoning, stated_usd, usd, NULL)) != PAIRAID_OK) {
    rc = fail("check the equivalent", st);
    goto done;
  }
  printf("check:     %s: %s\n\n", pairaid_verdict_name(verdict), reasoning);

  /* 4. A qualified count is an interval: "nearly 12,000" people. */
  if ((st = pairaid_reported_parse(&total, "people", "nearly 12,000")) != PAIRAID_OK ||
      (st = pairaid_reported_bounds(&bounds, total, NULL)) != PAIRAID_OK ||
      (st = pairaid_interval_lower(&lower, &lower_inclusive, bounds)) != PAIRAID_OK ||
      (st = pairaid_interval_upper(&upper, &upper_inclusive, bounds)) != PAIRAID_OK) {
    rc = fail("read the personnel total", st);
    goto done;
  }
  printf("\"nearly 12,000\" people: %s%s, %s%s\n", lower_inclusive ? "[" : "(", lower ? lower : "...",
         upper ? upper : "...", upper_inclusive ? "]" : ")");

  /* 5. Errors are values: a status, and a message for people. Nothing is guessed. */
  st = pairaid_money_parse_phrase(&yen_or_yuan,
                                  "\xC2\xA5"
                                  "100"); /* yen or yuan? refused */
  printf(
      "\"\xC2\xA5"
      "100\" -> %s: %s\n\n",
      pairaid_status_name(st), pairaid_last_error());

  rc = dataset_tour(dataset_path);

done:
  /* Every free is NULL-safe, so one cleanup path serves every exit. */
  pairaid_string_free(text);
  pairaid_string_free(reasoning);
  pairaid_interval_free(bounds);
  pairaid_reported_free(total);
  pairaid_fx_conversion_free(conv);
  pairaid_fx_table_free(rates);
  pairaid_money_free(cny);
  pairaid_money_free(yen_or_yuan); /* NULL: the parse failed */
  pairaid_reported_free(stated_usd);
  pairaid_reported_free(claim);
  return rc;
}
