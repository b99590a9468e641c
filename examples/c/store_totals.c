/*
 * store_totals.c — the C API end to end: open a store, import a dataset and a ledger into it, run a
 * query over what is stored (native, then converted at dated rates), print the table, free
 * everything. Every call's status is checked; a failure prints pairaid_last_error() and stops.
 *
 *   store_totals [STORE.db]        (default ":memory:")
 *
 * Imports examples/data/xizang.json (the seed's areas, projects and figures) and
 * examples/c/ledger-illustrative.csv (three made-up transactions that show the mechanics; they are
 * not facts), then totals by year and prefecture, in CNY and in USD at the FRED annual rates of
 * examples/data/fx-usd-cny-annual.csv.
 */
#include <pairaid.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef PAIRAID_EXAMPLES_DATA
#define PAIRAID_EXAMPLES_DATA "examples/data"
#endif
#ifndef PAIRAID_EXAMPLE_LEDGER
#define PAIRAID_EXAMPLE_LEDGER "examples/c/ledger-illustrative.csv"
#endif

/* Prints the failed call and its message; returns 0 so callers can write `if (!ok(...)) goto done`. */
static int ok(pairaid_status status, const char *what) {
  if (status == PAIRAID_OK) return 1;
  fprintf(stderr, "store_totals: %s failed: %s: %s\n", what, pairaid_status_name(status), pairaid_last_error());
  return 0;
}

static int import_file(pairaid_store *store, const char *path) {
  pairaid_import_report *report = NULL;
  const char *kind = NULL;
  uint64_t added = 0, updated = 0, unchanged = 0, skipped = 0;
  if (!ok(pairaid_store_import_file(&report, store, path), path)) return 0;
  /* Accessors of a live report cannot fail; their statuses are still worth checking in real code. */
  pairaid_import_report_kind(&kind, report);
  pairaid_import_report_added(&added, report);
  pairaid_import_report_updated(&updated, report);
  pairaid_import_report_unchanged(&unchanged, report);
  pairaid_import_report_skipped(&skipped, report);
  printf("imported %s: %s, %" PRIu64 " added, %" PRIu64 " updated, %" PRIu64 " unchanged, %" PRIu64 " skipped\n", path,
         kind, added, updated, unchanged, skipped);
  pairaid_import_report_free(report);
  return 1;
}

/* Prints a result: one line per row, cells separated by two spaces; "-" for no value, and the
 * missing rates named where an amount could not be converted. */
static int print_result(const pairaid_result *result) {
  size_t rows = 0, cols = 0, row, col;
  if (!ok(pairaid_result_row_count(&rows, result), "row count") ||
      !ok(pairaid_result_column_count(&cols, result), "column count"))
    return 0;
  for (col = 0; col < cols; ++col) {
    const char *name = NULL;
    pairaid_result_column_name(&name, result, col);
    printf("%s%s", col ? "  " : "", name);
  }
  printf("\n");
  for (row = 0; row < rows; ++row) {
    for (col = 0; col < cols; ++col) {
      pairaid_cell_type type = PAIRAID_CELL_NONE;
      const char *text = NULL, *currency = NULL;
      int64_t count = 0;
      if (!ok(pairaid_result_cell_type(&type, result, row, col), "cell type")) return 0;
      printf("%s", col ? "  " : "");
      switch (type) {
        case PAIRAID_CELL_TEXT:
          pairaid_result_text(&text, result, row, col);
          printf("%s", text);
          break;
        case PAIRAID_CELL_COUNT:
          pairaid_result_count(&count, result, row, col);
          printf("%" PRId64, count);
          break;
        case PAIRAID_CELL_MONEY:
          pairaid_result_money(&text, &currency, result, row, col);
          printf("%s %s", text, currency);
          break;
        case PAIRAID_CELL_MISSING:
          pairaid_result_missing(&text, result, row);
          printf("(missing: %s)", text);
          break;
        case PAIRAID_CELL_NONE: printf("-"); break;
      }
    }
    printf("\n");
  }
  return 1;
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : ":memory:";
  pairaid_store *store = NULL;
  pairaid_dataset *dataset = NULL;
  pairaid_ledger *ledger = NULL;
  pairaid_fx_table *rates = NULL;
  pairaid_query *query = NULL;
  pairaid_result *native = NULL, *converted = NULL;
  size_t transactions = 0;
  int status = EXIT_FAILURE;

  if (!ok(pairaid_store_open(&store, path), "opening the store")) goto done;
  if (!import_file(store, PAIRAID_EXAMPLES_DATA "/xizang.json")) goto done;
  if (!import_file(store, PAIRAID_EXAMPLE_LEDGER)) goto done;

  /* What the store holds, read back as a dataset (for area roll-up) and a ledger (for queries). */
  if (!ok(pairaid_store_dataset(&dataset, store), "reading the dataset") ||
      !ok(pairaid_store_ledger(&ledger, store), "reading the ledger") ||
      !ok(pairaid_ledger_size(&transactions, ledger), "ledger size"))
    goto done;
  printf("the store holds %zu transactions\n\n", transactions);

  if (!ok(pairaid_query_new(&query), "new query") || !ok(pairaid_query_group_by(query, "year"), "group by year") ||
      !ok(pairaid_query_group_by(query, "area:prefecture"), "group by prefecture") ||
      !ok(pairaid_query_run(&native, query, ledger, dataset, NULL), "running the query") || !print_result(native))
    goto done;

  /* The same totals in USD: each transaction converted at the rate in force on its date, rounded
   * half-even to cents, then added exactly. */
  if (!ok(pairaid_fx_table_new(&rates, NULL), "new rate table") ||
      !ok(pairaid_fx_table_load_csv(rates, PAIRAID_EXAMPLES_DATA "/fx-usd-cny-annual.csv"), "loading rates") ||
      !ok(pairaid_query_convert(query, "USD", PAIRAID_ROUND_HALF_EVEN, -1), "convert") ||
      !ok(pairaid_query_run(&converted, query, ledger, dataset, rates), "running the converted query"))
    goto done;
  printf("\n");
  if (!print_result(converted)) goto done;
  status = EXIT_SUCCESS;

done:
  pairaid_result_free(converted);
  pairaid_result_free(native);
  pairaid_query_free(query);
  pairaid_fx_table_free(rates);
  pairaid_ledger_free(ledger);
  pairaid_dataset_free(dataset);
  pairaid_store_free(store);
  return status;
}
