// IATI validation: every deliberately invalid fixture in shared/data/iati/activities/invalid/ yields
// the error its name describes, the Standard's own no-errors example yields none, known faults of
// real publishers' files are found at their paths, and the rules are checked on hand-built activities.
#include <pairaid/iati/validate.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

using pairaid::iati::Finding;
using pairaid::iati::Severity;
namespace iati = pairaid::iati;

// The repository's small IATI files (tests/data/iati/activities) and the shared corpus with the
// validator's fixtures (suite iati_validate_corpus, label corpus: skipped when it is absent).
const std::filesystem::path kBundled =
    std::filesystem::path(PAIRAID_SOURCE_DIR) / "tests" / "data" / "iati" / "activities";
const std::filesystem::path kCorpus = std::filesystem::path(PAIRAID_SHARED_DIR) / "data" / "iati" / "activities";

// The schemas pairaid ships (no schema_dir: io::bundled_iati_schema_dir()).
iati::ValidateOptions options_with_schemas() {
  iati::ValidateOptions o;
  o.as_of = pairaid::parse_date("2026-11-30");
  return o;
}

iati::ValidateOptions options_without_schemas() {
  iati::ValidateOptions o;
  o.skip_schema = true;
  o.as_of = pairaid::parse_date("2026-11-30");
  return o;
}

std::string dump(const std::vector<Finding>& findings) {
  std::string s;
  for (const auto& f : findings) s += "  " + f.to_string() + "\n";
  return s;
}

bool has(const std::vector<Finding>& findings, std::string_view code, std::string_view path = {},
         std::size_t line = 0) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
    return f.code == code && (path.empty() || f.path == path) && (line == 0 || f.line == line);
  });
}

std::size_t count_errors(const std::vector<Finding>& findings) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::error; }));
}

// What each deliberately invalid fixture must yield (shared/data/iati/SOURCES.md, "Deliberately
// invalid fixtures"): an error with this code at this path and line. The IATI-Schemas fixtures
// (schema-*) are also in the repository; the others only in the shared corpus.
struct Expected {
  const char* file;
  const char* code;
  const char* path;
  std::size_t line;
};

const Expected invalid_fixtures[] = {
    {"datastore-broken_activity_01.xml", "schema-attribute-missing",
     "/iati-activity/transaction[1]/transaction-date[1]/@iso-date", 16},
    {"jsv-dateOrder-error-v2.03.xml", "date-order", "/iati-activities/iati-activity[1]/activity-date[3]", 75},
    {"jsv-dateOrder-error-v2.03.xml", "actual-date-in-future", "/iati-activities/iati-activity[1]/activity-date[2]",
     74},
    {"jsv-dateOrder-error-v2.03.xml", "transaction-date-in-future",
     "/iati-activities/iati-activity[1]/transaction[1]/transaction-date[1]", 267},
    {"jsv-multi-act-schema-errors-v2.03.xml", "schema-datatype",
     "/iati-activities/iati-activity[2]/activity-date[1]/@iso-date", 36},
    {"jsv-no-errors-old-version-v1.03.xml", "version-unsupported", "/iati-activities/@version", 8},
    {"jsv-strictSum-error-v2.03.xml", "country-region-percentage-sum",
     "/iati-activities/iati-activity[1]/recipient-country[1]", 106},
    {"jsv-xml-errors-not-well-formed.xml", "xml", "", 7},
    {"schema-budget-06-missing-value-date.xml", "schema-attribute-missing",
     "/iati-activities/iati-activity[1]/budget[1]/value[1]/@value-date", 22},
    {"schema-budget-12-non-decimal-value.xml", "schema-datatype",
     "/iati-activities/iati-activity[1]/budget[1]/value[1]", 22},
    {"schema-transaction-03-missing-value.xml", "schema-content", "/iati-activities/iati-activity[1]/transaction[1]",
     21},
    {"schema-transaction-07-two-values.xml", "schema-content",
     "/iati-activities/iati-activity[1]/transaction[1]/value[2]", 27},
};

// Hand-built activities for the rules.
iati::Share share(std::string vocabulary, std::string code, const char* percentage, std::uint64_t line) {
  iati::Share s;
  s.vocabulary = std::move(vocabulary);
  s.code = std::move(code);
  if (percentage != nullptr) {
    pairaid::Decimal d;
    if (pairaid::Decimal::parse(percentage, d)) {
      s.percentage = d;
    } else {
      s.percentage_text = percentage;
    }
  }
  s.at = {line, 0};
  return s;
}

iati::ActivityDate activity_date(int type, const char* iso, std::uint64_t line) {
  iati::ActivityDate d;
  d.type = type;
  d.iso_date_text = iso;
  try {
    d.date = pairaid::parse_date(iso);
  } catch (const pairaid::error&) {
  }
  d.at = {line, 0};
  return d;
}

iati::Transaction transaction_on(const char* iso, std::uint64_t line) {
  iati::Transaction t;
  t.date_text = iso;
  try {
    t.date = pairaid::parse_date(iso);
  } catch (const pairaid::error&) {
  }
  t.at = {line, 0};
  return t;
}

std::vector<Finding> rules(const iati::Activity& a, std::size_t number = 1) {
  return iati::check_activity_rules(a, number, "hand.xml", options_without_schemas());
}

void check_invalid_fixture(const std::filesystem::path& dir, const Expected& e) {
  const auto findings = iati::validate_file(dir / "invalid" / e.file, options_with_schemas());
  BOOST_TEST_CONTEXT(e.file << " expects " << e.code << " at " << e.path << ":\n" << dump(findings)) {
    BOOST_TEST(has(findings, e.code, e.path, e.line));
    for (const auto& f : findings) {
      if (f.code == e.code && f.path == e.path) BOOST_TEST((f.severity == Severity::error));
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(iati_validate)

BOOST_AUTO_TEST_CASE(every_bundled_invalid_fixture_yields_its_error) {
  int bundled = 0;
  for (const Expected& e : invalid_fixtures) {
    if (!std::string_view(e.file).starts_with("schema-")) continue;
    ++bundled;
    check_invalid_fixture(kBundled, e);
  }
  BOOST_TEST(bundled == 4);
}

BOOST_AUTO_TEST_CASE(known_faults_of_a_real_file) {
  const auto globalfund = iati::validate_file(kBundled / "globalfund-47045-armenia-v1.xml", options_with_schemas());
  BOOST_TEST(has(globalfund, "schema-datatype", "/iati-activities/iati-activity[1]/@last-updated-datetime", 9),
             dump(globalfund));
  BOOST_TEST(has(globalfund, "version-missing", "/iati-activities"));
}

BOOST_AUTO_TEST_CASE(skipping_the_schema_step_is_said) {
  const auto findings =
      iati::validate_file(kBundled / "invalid" / "schema-budget-12-non-decimal-value.xml", options_without_schemas());
  BOOST_TEST(has(findings, "schema-skipped"), dump(findings));
  for (const auto& f : findings) {
    const bool allowed = !f.code.starts_with("schema-") || f.code == "schema-skipped";
    BOOST_TEST(allowed, f.to_string());
  }
  const auto skipped =
      std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.code == "schema-skipped"; });
  BOOST_TEST((skipped->severity == Severity::info));
}

BOOST_AUTO_TEST_CASE(a_missing_schema_file_is_the_callers_mistake) {
  auto o = options_with_schemas();
  o.schema_dir = kBundled / "no-such-directory";
  BOOST_CHECK_EXCEPTION(iati::validate_buffer("<iati-activities version=\"2.03\"/>", "b.xml", o), pairaid::error,
                        pairaid_test::code_and_message(pairaid::errc::io, "iati-activities-schema.xsd"));
}

BOOST_AUTO_TEST_CASE(buffers_doctype_and_foreign_roots) {
  const auto o = options_without_schemas();
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;\">]>\n"
      "<iati-activities version=\"2.03\"><iati-activity>&lol1;</iati-activity></iati-activities>";
  const auto doctype = iati::validate_buffer(laughs, "laughs.xml", o);
  BOOST_TEST_REQUIRE(doctype.size() == 1U, dump(doctype));
  BOOST_TEST(doctype[0].code == "xml");
  BOOST_TEST(doctype[0].message.find("DOCTYPE") != std::string::npos);

  const auto empty = iati::validate_buffer("", "empty.xml", o);
  BOOST_TEST_REQUIRE(empty.size() == 1U, dump(empty));
  BOOST_TEST(empty[0].code == "xml");

  const auto other = iati::validate_buffer("<rss version=\"2.0\"/>", "rss.xml", o);
  BOOST_TEST(has(other, "not-iati", "/rss"), dump(other));

  const auto unknown_version =
      iati::validate_buffer("<iati-activities version=\"9.99\"><iati-activity/></iati-activities>", "v.xml", o);
  BOOST_TEST(has(unknown_version, "codelist-unknown", "/iati-activities/@version"), dump(unknown_version));
}

BOOST_AUTO_TEST_CASE(codelist_checks_follow_the_vocabulary) {
  const std::string xml =
      "<iati-activities version=\"2.03\">\n"
      "<iati-activity default-currency=\"EUR\">\n"
      "<sector code=\"11110\"/>\n"                       // DAC 5-digit, vocabulary absent: known
      "<sector vocabulary=\"1\" code=\"99999\"/>\n"      // not a DAC code
      "<sector vocabulary=\"2\" code=\"111\"/>\n"        // DAC 3-digit category: known
      "<sector vocabulary=\"99\" code=\"anything\"/>\n"  // a publisher's own vocabulary: not checked
      "<transaction><transaction-type code=\"12\"/><value currency=\"BYR\">1</value></transaction>\n"
      "</iati-activity>\n"
      "</iati-activities>\n";
  const auto findings = iati::validate_buffer(xml, "codes.xml", options_without_schemas());
  BOOST_TEST(has(findings, "codelist-unknown", "/iati-activities/iati-activity[1]/sector[2]/@code", 4), dump(findings));
  BOOST_TEST(
      has(findings, "codelist-withdrawn", "/iati-activities/iati-activity[1]/transaction[1]/value[1]/@currency", 7));
  BOOST_TEST(!has(findings, "codelist-unknown", "/iati-activities/iati-activity[1]/sector[1]/@code"));
  BOOST_TEST(!has(findings, "codelist-unknown", "/iati-activities/iati-activity[1]/sector[3]/@code"));
  BOOST_TEST(!has(findings, "codelist-unknown", "/iati-activities/iati-activity[1]/sector[4]/@code"));
  BOOST_TEST(
      !has(findings, "codelist-unknown", "/iati-activities/iati-activity[1]/transaction[1]/transaction-type[1]/@code"));
}

BOOST_AUTO_TEST_CASE(version_1_letter_codes_are_not_judged_by_2_0_lists) {
  const std::string xml =
      "<iati-activities version=\"1.03\"><iati-activity>\n"
      "<transaction><transaction-type code=\"IF\"/><transaction-date iso-date=\"2010-01-01\"/></transaction>\n"
      "<participating-org role=\"Funding\"/>\n"
      "</iati-activity></iati-activities>";
  const auto findings = iati::validate_buffer(xml, "v1.xml", options_without_schemas());
  BOOST_TEST(!has(findings, "codelist-unknown"), dump(findings));
  BOOST_TEST(has(findings, "version-unsupported", "/iati-activities/@version"));
}

BOOST_AUTO_TEST_CASE(schema_for_each_version) {
  BOOST_TEST(iati::schema_for_version("2.03")->generic_string() == "iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("2.02")->generic_string() == "2.02/iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("2.01")->generic_string() == "2.01/iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("1.05")->generic_string() == "1.05/iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("1.01")->generic_string() == "1.01/iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("")->generic_string() == "1.01/iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("1.00")->generic_string() == "1.01/iati-activities-schema.xsd");
  BOOST_TEST(iati::schema_for_version("1.03")->generic_string() == "1.05/iati-activities-schema.xsd");
  BOOST_TEST(!iati::schema_for_version("xx").has_value());
}

BOOST_AUTO_TEST_CASE(as_of_is_required) {
  iati::ValidateOptions o;  // as_of left not-a-date
  BOOST_CHECK_EXCEPTION(iati::validate_buffer("<iati-activities/>", "b.xml", o), pairaid::error,
                        pairaid_test::code_is(pairaid::errc::invalid_argument));
  BOOST_CHECK_EXCEPTION(iati::check_activity_rules(iati::Activity{}, 1, "b.xml", o), pairaid::error,
                        pairaid_test::code_is(pairaid::errc::invalid_argument));
}

BOOST_AUTO_TEST_CASE(sector_percentages_per_vocabulary) {
  iati::Activity a;
  a.at = {10, 0};
  a.sectors = {share("1", "11110", "60", 11), share("", "11120", "40", 12),  // vocabulary 1 (absent = 1): 100
               share("2", "111", "50", 13), share("2", "112", "40", 14),     // vocabulary 2: 90
               share("99", "A", nullptr, 15)};                               // alone, no percentage: the whole
  const auto f = rules(a, 4);
  BOOST_TEST_REQUIRE(f.size() == 1U, dump(f));
  BOOST_TEST(f[0].code == "sector-percentage-sum");
  BOOST_TEST(f[0].path == "/iati-activities/iati-activity[4]/sector[3]");
  BOOST_TEST(f[0].line == 13U);
  BOOST_TEST(f[0].message.find("sum to 90") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sector_percentages_missing_invalid_or_out_of_range) {
  iati::Activity missing;
  missing.sectors = {share("1", "11110", "60", 2), share("1", "11120", nullptr, 3)};
  const auto m = rules(missing);
  BOOST_TEST(has(m, "sector-percentage-missing", "/iati-activities/iati-activity[1]/sector[2]", 3), dump(m));

  iati::Activity invalid;
  invalid.sectors = {share("1", "11110", "sixty", 2), share("1", "11120", "40", 3)};
  const auto i = rules(invalid);
  BOOST_TEST(has(i, "percentage-invalid", "/iati-activities/iati-activity[1]/sector[1]/@percentage", 2), dump(i));
  BOOST_TEST(!has(i, "sector-percentage-sum"));

  iati::Activity range;
  range.sectors = {share("1", "11110", "150", 2), share("1", "11120", "-50", 3)};
  const auto r = rules(range);
  BOOST_TEST(has(r, "percentage-range", "/iati-activities/iati-activity[1]/sector[1]/@percentage"), dump(r));
  BOOST_TEST(has(r, "percentage-range", "/iati-activities/iati-activity[1]/sector[2]/@percentage"));
  BOOST_TEST(!has(r, "sector-percentage-sum"));  // 150 - 50 = 100: only the ranges are wrong

  iati::Activity exact;  // exact decimals: 33.333 + 33.333 + 33.334 = 100
  exact.sectors = {share("1", "1", "33.333", 2), share("1", "2", "33.333", 3), share("1", "3", "33.334", 4)};
  BOOST_TEST(rules(exact).empty(), dump(rules(exact)));
}

BOOST_AUTO_TEST_CASE(countries_share_the_whole_with_each_region_vocabulary) {
  iati::Activity a;
  a.recipient_countries = {share("", "AF", "25", 5), share("", "AG", "25", 6)};
  a.recipient_regions = {share("1", "489", "50", 7), share("99", "A1", "50", 8)};
  BOOST_TEST(rules(a).empty(), dump(rules(a)));

  a.recipient_regions[1] = share("99", "A1", "40", 8);  // vocabulary 99: 25 + 25 + 40
  const auto f = rules(a);
  BOOST_TEST_REQUIRE(f.size() == 1U, dump(f));
  BOOST_TEST(f[0].code == "country-region-percentage-sum");
  BOOST_TEST(f[0].message.find("vocabulary 99 sum to 90") != std::string::npos);

  iati::Activity countries_only;
  countries_only.recipient_countries = {share("", "AF", "70", 5), share("", "AG", "20", 6)};
  BOOST_TEST(has(rules(countries_only), "country-region-percentage-sum",
                 "/iati-activities/iati-activity[1]/recipient-country[1]", 5));

  iati::Activity single;
  single.recipient_countries = {share("", "AF", nullptr, 5)};
  BOOST_TEST(rules(single).empty());
}

BOOST_AUTO_TEST_CASE(activity_dates_ordered_and_not_in_the_future) {
  iati::Activity a;
  a.dates = {activity_date(1, "2016-04-15", 3), activity_date(2, "2026-11-30", 4),   // actual start on as_of: fine
             activity_date(3, "2015-12-31", 5), activity_date(4, "2026-12-01", 6)};  // actual end after as_of
  const auto f = rules(a);
  BOOST_TEST(has(f, "date-order", "/iati-activities/iati-activity[1]/activity-date[3]", 5), dump(f));
  BOOST_TEST(has(f, "actual-date-in-future", "/iati-activities/iati-activity[1]/activity-date[4]", 6));
  BOOST_TEST(!has(f, "actual-date-in-future", "/iati-activities/iati-activity[1]/activity-date[2]"));
  BOOST_TEST(f.size() == 2U);

  iati::Activity actual_order;
  actual_order.dates = {activity_date(2, "2020-01-02", 3), activity_date(4, "2020-01-01", 4)};
  BOOST_TEST(has(rules(actual_order), "date-order", "/iati-activities/iati-activity[1]/activity-date[2]", 4));

  iati::Activity bad_text;
  bad_text.dates = {activity_date(1, "2020-02-30", 3)};
  BOOST_TEST(has(rules(bad_text), "date-invalid", "/iati-activities/iati-activity[1]/activity-date[1]/@iso-date", 3));
}

BOOST_AUTO_TEST_CASE(transaction_dates_plausible) {
  iati::Activity a;
  a.transactions = {transaction_on("2012-01-01", 10), transaction_on("2112-01-01", 20),
                    transaction_on("1901-06-30", 30), transaction_on("5000000", 40)};
  const auto f = rules(a, 2);
  BOOST_TEST(f.size() == 3U, dump(f));
  BOOST_TEST(
      has(f, "transaction-date-in-future", "/iati-activities/iati-activity[2]/transaction[2]/transaction-date[1]", 20));
  BOOST_TEST(has(f, "transaction-date-implausible",
                 "/iati-activities/iati-activity[2]/transaction[3]/transaction-date[1]", 30));
  BOOST_TEST(
      has(f, "date-invalid", "/iati-activities/iati-activity[2]/transaction[4]/transaction-date[1]/@iso-date", 40));
  for (const auto& x : f) {
    BOOST_TEST((x.severity == (x.code == "transaction-date-implausible" ? Severity::warning : Severity::error)));
  }
}

BOOST_AUTO_TEST_CASE(budget_and_planned_disbursement_periods_ordered) {
  iati::Activity a;
  iati::Budget b;
  b.at = {7, 0};
  b.period_start = pairaid::parse_date("2014-12-31");
  b.period_end = pairaid::parse_date("2014-01-01");
  a.budgets = {iati::Budget{}, b};
  iati::PlannedDisbursement p;
  p.period_start = pairaid::parse_date("2014-01-01");
  p.period_end = pairaid::parse_date("2014-01-01");  // one day: fine
  a.planned_disbursements = {p};
  const auto f = rules(a);
  BOOST_TEST_REQUIRE(f.size() == 1U, dump(f));
  BOOST_TEST(f[0].code == "period-order");
  BOOST_TEST(f[0].path == "/iati-activities/iati-activity[1]/budget[2]");
  BOOST_TEST(f[0].line == 7U);
}

BOOST_AUTO_TEST_CASE(finding_text) {
  const Finding f{"date-order",
                  Severity::error,
                  "a.xml",
                  12,
                  0,
                  "/iati-activities/iati-activity[1]/activity-date[3]",
                  "planned end is before its start"};
  BOOST_TEST(
      f.to_string() ==
      "a.xml:12: error: /iati-activities/iati-activity[1]/activity-date[3]: planned end is before its start [date-order]");
  const Finding g{"xml", Severity::error, "b.xml", 7, 25, "", "tag mismatch"};
  BOOST_TEST(g.to_string() == "b.xml:7:25: error: tag mismatch [xml]");
}

BOOST_AUTO_TEST_SUITE_END()

// The validator's fixtures and the larger real files of the shared corpus (label corpus).
BOOST_AUTO_TEST_SUITE(iati_validate_corpus)

BOOST_AUTO_TEST_CASE(every_invalid_fixture_yields_its_error) {
  for (const Expected& e : invalid_fixtures) check_invalid_fixture(kCorpus, e);
}

BOOST_AUTO_TEST_CASE(not_well_formed_is_one_finding_with_line_and_column) {
  const auto findings =
      iati::validate_file(kCorpus / "invalid" / "jsv-xml-errors-not-well-formed.xml", options_with_schemas());
  BOOST_TEST_REQUIRE(findings.size() == 1U, dump(findings));
  BOOST_TEST(findings[0].code == "xml");
  BOOST_TEST(findings[0].line == 7U);
  BOOST_TEST(findings[0].column == 25U);  // just after </not-reporting-org
  BOOST_TEST(findings[0].message.find("not-reporting-org") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(schema_errors_stay_in_their_activity) {
  // Activity 1 of this file is schema-valid; only activity 2's empty date is not.
  const auto findings =
      iati::validate_file(kCorpus / "invalid" / "jsv-multi-act-schema-errors-v2.03.xml", options_with_schemas());
  std::size_t schema_errors = 0;
  for (const auto& f : findings) {
    if (f.code.starts_with("schema-")) {
      ++schema_errors;
      BOOST_TEST(f.path.starts_with("/iati-activities/iati-activity[2]/"), f.to_string());
    }
  }
  BOOST_TEST(schema_errors == 1U, dump(findings));
}

BOOST_AUTO_TEST_CASE(the_standards_no_errors_example_has_no_errors) {
  const auto findings = iati::validate_file(kCorpus / "synthetic" / "js-validator-fullStandard-no-errors-v2.03.xml",
                                            options_with_schemas());
  BOOST_TEST(count_errors(findings) == 0U, dump(findings));
  BOOST_TEST(!iati::has_errors(findings));
}

BOOST_AUTO_TEST_CASE(known_faults_of_real_files) {
  const auto dfat = iati::validate_file(kCorpus / "dportal-dfat-gac-v2.03.xml", options_with_schemas());
  BOOST_TEST(has(dfat, "schema-attribute-missing", "/iati-activities/iati-activity[3]/sector[2]/@code", 377),
             dump(dfat));
  BOOST_TEST(has(dfat, "codelist-withdrawn", "/iati-activities/iati-activity[60]/sector[1]/@code", 5414));
}

BOOST_AUTO_TEST_SUITE_END()
