/* The dataset's remaining nouns through the C API: sources, programs, pairings, projects and
 * transactions, each field given once and left out once (unknown is PAIRAID_ENOTFOUND and NULL,
 * never "" or 0 where the model has no value); the wording and source of a dataset's figures; and
 * writing a dataset back to JSON (string and file) so that it reads back equal. */
#include "check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef PAIRAID_C_TEST_DATA
#error "PAIRAID_C_TEST_DATA must name tests/c/data"
#endif

#define ENTITIES PAIRAID_C_TEST_DATA "/dataset-entities.json"

static void sources(const pairaid_dataset *ds) {
  size_t n = 0;
  const pairaid_source *s = NULL, *found = NULL;
  const char *text = NULL, *name = NULL, *role = NULL;

  CHECK_OK(pairaid_dataset_source_count(&n, ds));
  CHECK(n == 2);
  CHECK_OK(pairaid_dataset_source(&s, ds, 0));
  CHECK_OK(pairaid_source_id(&text, s));
  CHECK_STR(text, "src-quote");
  CHECK_OK(pairaid_source_title(&text, s));
  CHECK_STR(text, "An interview");
  CHECK_OK(pairaid_source_publisher(&text, s));
  CHECK_STR(text, "A newspaper");
  CHECK_OK(pairaid_source_url(&text, s));
  CHECK_STR(text, "https://example.org/interview");
  CHECK_OK(pairaid_source_date(&text, s));
  CHECK_STR(text, "2024-08-01");
  CHECK_OK(pairaid_source_quote(&text, s));
  CHECK_STR(text, "Nearly 12,000 people went.");
  CHECK_OK(pairaid_source_note(&text, s));
  CHECK_STR(text, "Made up for tests.");
  CHECK_OK(pairaid_source_person(&name, &role, s));
  CHECK_STR(name, "A. Official");
  CHECK_STR(role, "deputy head");

  CHECK_OK(pairaid_dataset_find_source(&found, ds, "src-plain"));
  CHECK_OK(pairaid_dataset_source(&s, ds, 1));
  CHECK(found == s);
  CHECK_OK(pairaid_source_url(&text, s));
  CHECK_STR(text, "");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "publication date of source 'src-plain'", pairaid_source_date(&text, s));
  CHECK(text == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "quotes no person", pairaid_source_person(&name, &role, s));
  CHECK(name == NULL && role == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "'nobody'", pairaid_dataset_find_source(&found, ds, "nobody"));
  CHECK(found == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 sources", pairaid_dataset_source(&s, ds, 2));
  CHECK(s == NULL);
  CHECK_NULL_ARG("source", pairaid_source_title(&text, NULL));
  CHECK_NULL_ARG("role", pairaid_source_person(&name, NULL, found));
}

static void programs_and_pairings(const pairaid_dataset *ds) {
  size_t n = 0;
  const pairaid_program *p = NULL, *found = NULL;
  const pairaid_pairing *pairing = NULL;
  const char *text = NULL;
  int year = 0, on = -1;

  CHECK_OK(pairaid_dataset_program_count(&n, ds));
  CHECK(n == 2);
  CHECK_OK(pairaid_dataset_program(&p, ds, 0));
  CHECK_OK(pairaid_program_id(&text, p));
  CHECK_STR(text, "aid-xizang");
  CHECK_OK(pairaid_program_name_en(&text, p));
  CHECK_STR(text, "Aid Xizang");
  CHECK_OK(pairaid_program_name_zh(&text, p));
  CHECK_STR(text, "对口援藏");
  CHECK_OK(pairaid_program_policy(&text, p));
  CHECK_STR(text, "Pairing assistance");
  CHECK_OK(pairaid_program_recipient_area(&text, p));
  CHECK_STR(text, "540000");
  CHECK_OK(pairaid_program_start_year(&year, p));
  CHECK(year == 1994);
  CHECK_OK(pairaid_program_decided_on(&text, p));
  CHECK_STR(text, "1994-07-20");
  CHECK_OK(pairaid_dataset_find_program(&found, ds, "other"));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "decision date of program 'other'", pairaid_program_decided_on(&text, found));
  CHECK(text == NULL);
  CHECK_OK(pairaid_program_name_zh(&text, found));
  CHECK_STR(text, "");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 programs", pairaid_dataset_program(&p, ds, 2));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "no program has the id 'x'", pairaid_dataset_find_program(&found, ds, "x"));

  CHECK_OK(pairaid_dataset_pairing_count(&n, ds));
  CHECK(n == 2);
  CHECK_OK(pairaid_dataset_pairing(&pairing, ds, 0));
  CHECK_OK(pairaid_pairing_donor(&text, pairing));
  CHECK_STR(text, "shanghai");
  CHECK_OK(pairaid_pairing_area(&text, pairing));
  CHECK_STR(text, "540200");
  CHECK_OK(pairaid_pairing_program(&text, pairing));
  CHECK_STR(text, "aid-xizang");
  CHECK_OK(pairaid_pairing_valid_from(&text, pairing));
  CHECK_STR(text, "1995-01-01");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "it continues", pairaid_pairing_valid_until(&text, pairing));
  CHECK(text == NULL);
  CHECK_OK(pairaid_pairing_valid_on(&on, pairing, "2030-01-01"));
  CHECK(on == 1);
  CHECK_OK(pairaid_pairing_valid_on(&on, pairing, "1994-12-31"));
  CHECK(on == 0);

  CHECK_OK(pairaid_dataset_pairing(&pairing, ds, 1));
  CHECK_OK(pairaid_pairing_valid_until(&text, pairing));
  CHECK_STR(text, "2001-01-01");
  CHECK_OK(pairaid_pairing_valid_on(&on, pairing, "2000-12-31"));
  CHECK(on == 1);
  CHECK_OK(pairaid_pairing_valid_on(&on, pairing, "2001-01-01")); /* the end is exclusive */
  CHECK(on == 0);
  on = -1;
  CHECK_FAILS(PAIRAID_EPARSE, "2001-02-30", pairaid_pairing_valid_on(&on, pairing, "2001-02-30"));
  CHECK(on == -1);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 pairings", pairaid_dataset_pairing(&pairing, ds, 2));
  CHECK(pairing == NULL);
}

static void projects(const pairaid_dataset *ds) {
  size_t n = 0;
  const pairaid_project *p = NULL, *bare = NULL;
  const char *text = NULL, *first = NULL, *last = NULL;

  CHECK_OK(pairaid_dataset_project_count(&n, ds));
  CHECK(n == 2);
  CHECK_OK(pairaid_dataset_project(&p, ds, 0));
  CHECK_OK(pairaid_project_id(&text, p));
  CHECK_STR(text, "p-park");
  CHECK_OK(pairaid_project_title_en(&text, p));
  CHECK_STR(text, "Industrial park");
  CHECK_OK(pairaid_project_title_zh(&text, p));
  CHECK_STR(text, "产业园");
  CHECK_OK(pairaid_project_note(&text, p));
  CHECK_STR(text, "Test note.");
  CHECK_OK(pairaid_project_program(&text, p));
  CHECK_STR(text, "aid-xizang");
  CHECK_OK(pairaid_project_area(&text, p));
  CHECK_STR(text, "540228");
  CHECK_OK(pairaid_project_sector(&text, p));
  CHECK_STR(text, "32130");
  CHECK_OK(pairaid_project_status(&text, p));
  CHECK_STR(text, "implementation");
  CHECK_OK(pairaid_project_period(&first, &last, p));
  CHECK_STR(first, "2020-01-01");
  CHECK_STR(last, "2022-12-31");
  CHECK_OK(pairaid_project_donor_count(&n, p));
  CHECK(n == 2);
  CHECK_OK(pairaid_project_donor(&text, p, 1));
  CHECK_STR(text, "jiangsu");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 donors", pairaid_project_donor(&text, p, 2));
  CHECK(text == NULL);
  CHECK_OK(pairaid_project_tag_count(&n, p));
  CHECK(n == 2);
  CHECK_OK(pairaid_project_tag(&text, p, 0));
  CHECK_STR(text, "industrial_park");
  CHECK_OK(pairaid_project_tag(&text, p, 1));
  CHECK_STR(text, "clean_energy");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 tags", pairaid_project_tag(&text, p, 2));

  CHECK_OK(pairaid_dataset_find_project(&bare, ds, "p-bare"));
  CHECK_OK(pairaid_dataset_project(&p, ds, 1));
  CHECK(bare == p);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "program of project 'p-bare'", pairaid_project_program(&text, bare));
  CHECK(text == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "area of project 'p-bare'", pairaid_project_area(&text, bare));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "sector of project 'p-bare'", pairaid_project_sector(&text, bare));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "status of project 'p-bare'", pairaid_project_status(&text, bare));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "period of project 'p-bare'", pairaid_project_period(&first, &last, bare));
  CHECK(first == NULL && last == NULL);
  CHECK_OK(pairaid_project_donor_count(&n, bare));
  CHECK(n == 0);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 projects", pairaid_dataset_project(&p, ds, 2));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "'p-none'", pairaid_dataset_find_project(&p, ds, "p-none"));
  CHECK_NULL_ARG("first", pairaid_project_period(NULL, &last, bare));
}

static void transactions(const pairaid_dataset *ds) {
  size_t n = 0;
  const pairaid_transaction *t = NULL;
  const pairaid_money *value = NULL;
  const char *text = NULL;
  int code = -1;

  CHECK_OK(pairaid_dataset_transaction_count(&n, ds));
  CHECK(n == 2);
  CHECK_OK(pairaid_dataset_transaction(&t, ds, 0));
  CHECK_OK(pairaid_transaction_id(&text, t));
  CHECK_STR(text, "t-1");
  CHECK_OK(pairaid_transaction_project(&text, t));
  CHECK_STR(text, "p-park");
  CHECK_OK(pairaid_transaction_donor(&text, t));
  CHECK_STR(text, "shanghai");
  CHECK_OK(pairaid_transaction_area(&text, t));
  CHECK_STR(text, "540228");
  CHECK_OK(pairaid_transaction_sector(&text, t));
  CHECK_STR(text, "32130");
  CHECK_OK(pairaid_transaction_type(&text, t));
  CHECK_STR(text, "disbursement");
  CHECK_OK(pairaid_transaction_iati_code(&code, t));
  CHECK(code == 3);
  CHECK_OK(pairaid_transaction_date(&text, t));
  CHECK_STR(text, "2021-03-01");
  CHECK_OK(pairaid_transaction_value_date(&text, t));
  CHECK_STR(text, "2021-02-26");
  CHECK_OK(pairaid_transaction_value(&value, t));
  CHECK_OK(pairaid_money_amount(&text, value));
  CHECK_STR(text, "1234.5");
  CHECK_OK(pairaid_money_currency(&text, value));
  CHECK_STR(text, "CNY");

  CHECK_OK(pairaid_dataset_transaction(&t, ds, 1));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "id of the transaction of 2021-07-01", pairaid_transaction_id(&text, t));
  CHECK(text == NULL);
  CHECK_FAILS(PAIRAID_ENOTFOUND, "project of", pairaid_transaction_project(&text, t));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "donor of", pairaid_transaction_donor(&text, t));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "area of", pairaid_transaction_area(&text, t));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "sector of", pairaid_transaction_sector(&text, t));
  CHECK_FAILS(PAIRAID_ENOTFOUND, "value date of", pairaid_transaction_value_date(&text, t));
  CHECK_OK(pairaid_transaction_type(&text, t));
  CHECK_STR(text, "investment_attracted");
  CHECK_OK(pairaid_transaction_iati_code(&code, t));
  CHECK(code == 0); /* IATI has no such type */
  CHECK_OK(pairaid_transaction_value(&value, t));
  CHECK_OK(pairaid_money_amount(&text, value));
  CHECK_STR(text, "-7.25"); /* a reversal stays negative */
  CHECK_OK(pairaid_money_currency(&text, value));
  CHECK_STR(text, "USD");
  CHECK_FAILS(PAIRAID_ENOTFOUND, "2 transactions", pairaid_dataset_transaction(&t, ds, 2));
  CHECK(t == NULL);
  CHECK_NULL_ARG("transaction", pairaid_transaction_value(&value, NULL));
  CHECK(value == NULL);
}

static void figure_provenance(const pairaid_dataset *ds) {
  const pairaid_batch *b = NULL;
  pairaid_reported *headcount = NULL, *parsed = NULL;
  const char *text = NULL;

  CHECK_OK(pairaid_dataset_find_batch(&b, ds, "batch-01"));
  CHECK_OK(pairaid_batch_headcount(&headcount, b));
  CHECK_OK(pairaid_reported_wording(&text, headcount));
  CHECK_STR(text, "nearly 12,000");
  CHECK_OK(pairaid_reported_source(&text, headcount));
  CHECK_STR(text, "src-quote");
  pairaid_reported_free(headcount);

  CHECK_OK(pairaid_dataset_find_batch(&b, ds, "batch-02"));
  CHECK_OK(pairaid_batch_headcount(&headcount, b));
  CHECK_OK(pairaid_reported_wording(&text, headcount));
  CHECK_STR(text, "");
  CHECK_OK(pairaid_reported_source(&text, headcount));
  CHECK_STR(text, "");
  pairaid_reported_free(headcount);

  CHECK_OK(pairaid_reported_parse(&parsed, "people", "about 700"));
  CHECK_OK(pairaid_reported_wording(&text, parsed));
  CHECK_STR(text, "");
  CHECK_NULL_ARG("figure", pairaid_reported_source(&text, NULL));
  CHECK(text == NULL);
  pairaid_reported_free(parsed);
}

static void write_json(const pairaid_dataset *ds) {
  char *json = NULL, *again = NULL;
  pairaid_dataset *back = NULL, *from_file = NULL;
  const char *path = "c_test_entities_written.json";
  size_t n = 0;

  CHECK_OK(pairaid_dataset_write_json(&json, ds));
  CHECK(json != NULL && json[strlen(json) - 1] == '\n');
  CHECK_CONTAINS(json, "\"decided_on\": \"1994-07-20\"");
  CHECK_OK(pairaid_dataset_open_buffer(&back, json, strlen(json), "written", NULL));
  CHECK_OK(pairaid_dataset_write_json(&again, back));
  CHECK_STR(again, json); /* writing what was read back gives the same text */
  CHECK_OK(pairaid_dataset_transaction_count(&n, back));
  CHECK(n == 2);

  CHECK_OK(pairaid_dataset_write_json_file(ds, path));
  CHECK_OK(pairaid_dataset_open_file(&from_file, path, NULL));
  CHECK_OK(pairaid_dataset_project_count(&n, from_file));
  CHECK(n == 2);
  remove(path);
  CHECK_FAILS(PAIRAID_EIO, "/no/such/dir", pairaid_dataset_write_json_file(ds, "/no/such/dir/x.json"));
  CHECK_NULL_ARG("path", pairaid_dataset_write_json_file(ds, NULL));
  pairaid_string_free(again);
  pairaid_string_free(json);
  json = NULL;
  CHECK_NULL_ARG("dataset", pairaid_dataset_write_json(&json, NULL));
  CHECK(json == NULL);

  pairaid_dataset_free(back);
  pairaid_dataset_free(from_file);
}

int main(void) {
  pairaid_dataset *ds = NULL;
  CHECK_OK(pairaid_dataset_open_file(&ds, ENTITIES, NULL));
  if (ds == NULL) CHECK_DONE();
  sources(ds);
  programs_and_pairings(ds);
  projects(ds);
  transactions(ds);
  figure_provenance(ds);
  write_json(ds);
  pairaid_dataset_free(ds);
  CHECK_DONE();
}
