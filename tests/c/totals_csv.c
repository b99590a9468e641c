/* totals_csv: `pairaid totals ... --format csv` through the C API, for the test that the command
 * line, C and Python print the same bytes for the same query (tests/c/compare_totals.cmake).
 *
 *   totals_csv --by DIMS [--where EXPR] [--currency CCY] [--all-types] [--names]
 *              [--hierarchy P] [--from iati|ledger] [--format csv|json|table] SOURCE...
 *
 * The result goes to stdout as pairaid_result_write renders it; a failure to stderr, exit 2. */
#include <pairaid.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what) {
  fprintf(stderr, "totals_csv: %s: %s\n", what, pairaid_last_error());
  return 2;
}

int main(int argc, char **argv) {
  pairaid_query *q = NULL;
  pairaid_result *r = NULL;
  const char **sources = calloc((size_t)argc, sizeof *sources);
  const char *format = "csv";
  size_t n = 0;
  int i, status = 0;
  char *text = NULL;

  if (sources == NULL || pairaid_query_new(&q) != PAIRAID_OK) return fail("setting up");
  for (i = 1; i < argc && status == 0; ++i) {
    const char *a = argv[i];
    const char *value = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--by") == 0 && value) {
      char *list = malloc(strlen(value) + 1), *name;
      if (list == NULL) return fail("memory");
      strcpy(list, value);
      for (name = strtok(list, ","); name && status == 0; name = strtok(NULL, ","))
        if (pairaid_query_group_by(q, name) != PAIRAID_OK) status = fail("--by");
      free(list);
      ++i;
    } else if (strcmp(a, "--where") == 0 && value) {
      if (pairaid_query_where(q, value) != PAIRAID_OK) status = fail("--where");
      ++i;
    } else if (strcmp(a, "--currency") == 0 && value) {
      if (pairaid_query_convert(q, value, PAIRAID_ROUND_HALF_EVEN, -1) != PAIRAID_OK) status = fail("--currency");
      ++i;
    } else if (strcmp(a, "--hierarchy") == 0 && value) {
      if (pairaid_query_hierarchy(q, value) != PAIRAID_OK) status = fail("--hierarchy");
      ++i;
    } else if (strcmp(a, "--from") == 0 && value) {
      if (pairaid_query_store_part(q, value) != PAIRAID_OK) status = fail("--from");
      ++i;
    } else if (strcmp(a, "--format") == 0 && value) {
      format = value;
      ++i;
    } else if (strcmp(a, "--all-types") == 0) {
      if (pairaid_query_all_types(q, 1) != PAIRAID_OK) status = fail("--all-types");
    } else if (strcmp(a, "--names") == 0) {
      if (pairaid_query_names(q, 1) != PAIRAID_OK) status = fail("--names");
    } else {
      sources[n++] = a;
    }
  }
  if (status == 0 && pairaid_query_run_sources(&r, q, sources, n, NULL) != PAIRAID_OK) status = fail("totals");
  if (status == 0 && pairaid_result_write(&text, r, format) != PAIRAID_OK) status = fail("writing");
  if (status == 0) fputs(text, stdout);
  pairaid_string_free(text);
  pairaid_result_free(r);
  pairaid_query_free(q);
  free((void *)sources);
  return status;
}
