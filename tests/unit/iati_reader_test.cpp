// The streaming IATI reader against real files: counts per file as SOURCES.md lists them (counted
// there with Python's xml.etree), field checks on specific activities, messy values lenient and
// strict, not-well-formed XML, entity expansion, and the parallel reader's identity with the
// sequential one. Suite iati_reader uses the small real files the repository carries
// (tests/data/iati/activities); iati_reader_corpus the 17 real files and the validator's fixtures of
// the shared corpus (label corpus: skipped when it is absent).
#include <pairaid/iati/reader.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace pairaid;
using namespace pairaid::iati;

const fs::path kBundled = fs::path(PAIRAID_SOURCE_DIR) / "tests/data/iati/activities";
const fs::path kCorpus = fs::path(PAIRAID_SHARED_DIR) / "data/iati/activities";
const fs::path kFixtures = fs::path(PAIRAID_SOURCE_DIR) / "tests/data/iati/reader";

// Counts from SOURCES.md: <iati-activity>, <transaction> (direct children), budgets, planned
// disbursements, results, indicators.
struct Expected {
  const char* file;
  std::uint64_t activities, transactions, budgets, planned_disbursements, results, indicators;
};

const Expected kFiles[] = {
    {"dfid-GB-1-drc-v1.01.xml", 199, 1117, 424, 0, 0, 0},
    {"sida-SE-6-v1.00.xml", 54, 92, 15, 71, 0, 0},
    {"usgov-US-v1.0.xml", 198, 255, 0, 0, 0, 0},
    {"cafod-GB-CHC-285776-v1.00.xml", 57, 358, 0, 0, 0, 0},
    {"globalfund-47045-armenia-v1.xml", 1, 14, 6, 0, 10, 10},
    {"aet-GB-CHC-313139-southsudan-v1.xml", 1, 14, 1, 0, 0, 0},
    {"tearfund-GB-CHC-265464-drc-v1.xml", 1, 12, 4, 0, 0, 0},
    {"wvuk-GB-CHC-285908-drc-v1.xml", 3, 10, 9, 0, 0, 0},
    {"spain-maec-ES-DIR3-E04585801-indonesia-v2.01.xml", 83, 216, 110, 110, 0, 0},
    {"dfid-GB-GOV-1-hierarchy-v2.01.xml", 8, 41, 14, 0, 0, 0},
    {"netherlands-mfa-XM-DAC-7-v2.03.xml", 13, 72, 13, 34, 1, 1},
    {"finland-mfa-FI-3-v2.03.xml", 6, 9, 12, 0, 0, 0},
    {"dportal-covid-multipublisher-v2.03.xml", 401, 1033, 368, 268, 131, 193},
    {"dportal-foodsecurity-multipublisher-v2.03.xml", 7, 63, 16, 0, 11, 17},
    {"dportal-adb-XM-DAC-46004-v2.03.xml", 100, 1334, 864, 0, 205, 327},
    {"dportal-worldbank-afdb-v2.03.xml", 100, 215, 4998, 0, 1132, 1132},
    {"dportal-dfat-gac-v2.03.xml", 100, 356, 102, 15, 22, 23},
    {"synthetic/iati-standard-example-annotated-v2.03.xml", 1, 1, 1, 2, 1, 1},
    {"synthetic/js-validator-fullStandard-no-errors-v2.03.xml", 1, 1, 1, 2, 1, 1},
};

std::uint64_t count_code(const ReadSummary& s, std::initializer_list<std::string_view> codes) {
  std::uint64_t n = 0;
  for (const auto& d : s.skipped)
    for (auto c : codes) n += d.code == c;
  return n;
}

const Transaction& first_transaction(const ActivityFile& f, std::string_view id) {
  for (const auto& a : f.activities)
    if (a.iati_identifier == id && !a.transactions.empty()) return a.transactions.front();
  throw std::runtime_error("no activity " + std::string(id));
}

const Activity& activity(const ActivityFile& f, std::string_view id) {
  for (const auto& a : f.activities)
    if (a.iati_identifier == id) return a;
  throw std::runtime_error("no activity " + std::string(id));
}

ActivityFile read_parallel(const fs::path& file, unsigned parts, const ReadOptions& options = {}) {
  std::vector<std::vector<Activity>> per_part(parts);
  ActivityFile out;
  out.summary = read_activities_file_parallel(file, options, parts, [&](unsigned part) -> ActivityCallback {
    per_part.at(part).clear();  // a restart (fallback) begins the part afresh
    return [&per_part, part](Activity&& a) { per_part[part].push_back(std::move(a)); };
  });
  for (auto& p : per_part)
    for (auto& a : p) out.activities.push_back(std::move(a));
  return out;
}

void check_same(const ActivityFile& sequential, const ActivityFile& parallel) {
  BOOST_TEST(parallel.activities.size() == sequential.activities.size());
  BOOST_TEST((parallel.activities == sequential.activities));
  BOOST_TEST(parallel.summary.activities == sequential.summary.activities);
  BOOST_TEST(parallel.summary.transactions == sequential.summary.transactions);
  BOOST_TEST(parallel.summary.budgets == sequential.summary.budgets);
  BOOST_TEST(parallel.summary.version == sequential.summary.version);
  BOOST_TEST((parallel.summary.skipped == sequential.summary.skipped));
}

io::Diagnostic load_error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const io::load_error& e) {
    BOOST_TEST_MESSAGE(e.what());
    BOOST_REQUIRE(!e.diagnostics().empty());
    return e.diagnostics().front();
  }
  BOOST_FAIL("expected io::load_error");
  return {};
}

// `e.file` in `dir` gives the counts `e` lists.
void check_counts(const fs::path& dir, const Expected& e) {
  BOOST_TEST_CONTEXT(e.file) {
    BOOST_TEST_REQUIRE(fs::is_regular_file(dir / e.file));
    const ActivityFile f = load_activities(dir / e.file);
    const ReadSummary& s = f.summary;
    BOOST_TEST(s.activities == e.activities);
    BOOST_TEST(f.activities.size() == e.activities);
    BOOST_TEST(s.transactions + count_code(s, {"bad_value", "bad_transaction_type"}) == e.transactions);
    BOOST_TEST(s.budgets + count_code(s, {"bad_budget_value"}) == e.budgets);
    BOOST_TEST(s.planned_disbursements + count_code(s, {"bad_planned_disbursement_value"}) == e.planned_disbursements);
    std::uint64_t transactions = 0, budgets = 0, disbursements = 0, results = 0, indicators = 0;
    for (const auto& a : f.activities) {
      transactions += a.transactions.size();
      budgets += a.budgets.size();
      disbursements += a.planned_disbursements.size();
      results += a.results.size();
      for (const auto& r : a.results) indicators += r.indicators.size();
      for (const auto& t : a.transactions) BOOST_TEST((t.type >= 1 && t.type <= 13));
    }
    BOOST_TEST(transactions == s.transactions);
    BOOST_TEST(budgets == s.budgets);
    BOOST_TEST(disbursements == s.planned_disbursements);
    BOOST_TEST(results == e.results);
    BOOST_TEST(indicators == e.indicators);
  }
}

// The files of kFiles the repository carries (tests/data/iati/activities/SOURCES.md).
bool is_bundled(std::string_view file) {
  for (std::string_view b : {"netherlands-mfa-XM-DAC-7-v2.03.xml", "dfid-GB-GOV-1-hierarchy-v2.01.xml",
                             "dportal-foodsecurity-multipublisher-v2.03.xml", "wvuk-GB-CHC-285908-drc-v1.xml",
                             "tearfund-GB-CHC-265464-drc-v1.xml", "aet-GB-CHC-313139-southsudan-v1.xml",
                             "globalfund-47045-armenia-v1.xml", "synthetic/iati-standard-example-annotated-v2.03.xml"})
    if (file == b) return true;
  return false;
}

// Activities of several files inside one root, each followed by a comment that holds an activity
// start tag (a boundary there must not be used), and one single-line stretch: parallel reading
// equals sequential reading, diagnostics included, lenient and strict.
void check_concatenation(const std::vector<fs::path>& sources, std::size_t min_skipped) {
  const fs::path file = fs::temp_directory_path() / ("pairaid-iati-reader-" + std::to_string(::getpid()) + ".xml");
  {
    std::ofstream out(file, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\"\n   generated=\"now\">\n";
    for (const fs::path& in : sources) {
      std::ifstream is(in, std::ios::binary);
      std::stringstream ss;
      ss << is.rdbuf();
      const std::string text = ss.str();
      auto first = text.find("<iati-activity");
      while (first != std::string::npos && text[first + 14] != ' ' && text[first + 14] != '>')
        first = text.find("<iati-activity", first + 1);
      const auto close = text.rfind("</iati-activities>");
      BOOST_TEST_REQUIRE(first != std::string::npos, in);
      out << text.substr(first, close - first) << "\n<!-- <iati-activity> in a comment -->\n";
    }
    out << "</iati-activities>\n";
  }
  const ActivityFile sequential = load_activities(file);
  BOOST_TEST(sequential.summary.skipped.size() >= min_skipped);
  for (unsigned parts : {2u, 3u, 5u, 8u}) check_same(sequential, read_parallel(file, parts));
  ReadOptions strict;
  strict.strict = true;
  const io::Diagnostic s = load_error_of([&] { load_activities(file, strict); });
  const io::Diagnostic p = load_error_of([&] { read_parallel(file, 4, strict); });
  BOOST_TEST((s == p));
  fs::remove(file);
}

void check_parallel_equals_sequential(const fs::path& file) {
  BOOST_TEST_CONTEXT(file.filename().string()) {
    const ActivityFile sequential = load_activities(file);
    for (unsigned parts : {1u, 2u, 3u}) check_same(sequential, read_parallel(file, parts));
  }
}

void check_fallback_diagnostic(const fs::path& file) {
  const io::Diagnostic s = load_error_of([&] { load_activities(file); });
  const io::Diagnostic p = load_error_of([&] { read_parallel(file, 2); });
  BOOST_TEST((s == p));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(iati_reader)

BOOST_AUTO_TEST_CASE(every_bundled_real_file_gives_the_counts_sources_md_lists) {
  int bundled = 0;
  for (const Expected& e : kFiles) {
    if (!is_bundled(e.file)) continue;
    ++bundled;
    check_counts(kBundled, e);
  }
  BOOST_TEST(bundled == 8);
}

BOOST_AUTO_TEST_CASE(versions_come_from_the_root_or_default_to_1_01) {
  const ActivityFile nl = load_activities(kBundled / "netherlands-mfa-XM-DAC-7-v2.03.xml");
  BOOST_TEST(nl.summary.version == "2.03");
  const ActivityFile aet = load_activities(kBundled / "aet-GB-CHC-313139-southsudan-v1.xml");
  BOOST_TEST(aet.summary.version == "");
  BOOST_TEST(aet.activities.at(0).version == "1.01");
}

BOOST_AUTO_TEST_CASE(v1_letter_codes_are_mapped) {
  BOOST_TEST(transaction_type_code("IF") == 1);
  BOOST_TEST(transaction_type_code("C") == 2);
  BOOST_TEST(transaction_type_code("D") == 3);
  BOOST_TEST(transaction_type_code("E") == 4);
  BOOST_TEST(transaction_type_code("IR") == 5);
  BOOST_TEST(transaction_type_code("LR") == 6);
  BOOST_TEST(transaction_type_code("R") == 7);
  BOOST_TEST(transaction_type_code("QP") == 8);
  BOOST_TEST(transaction_type_code("QS") == 9);
  BOOST_TEST(transaction_type_code("CG") == 10);
  BOOST_TEST(transaction_type_code("13") == 13);
  BOOST_TEST(transaction_type_code("14") == 0);
  BOOST_TEST(transaction_type_code("d") == 0);
  BOOST_TEST(transaction_type_code("03") == 0);

  // aet: E x6, IF x4, D x4 (SOURCES.md).
  const ActivityFile aet = load_activities(kBundled / "aet-GB-CHC-313139-southsudan-v1.xml");
  std::map<int, int> types;
  for (const auto& t : aet.activities.at(0).transactions) ++types[t.type];
  BOOST_TEST(types[4] == 6);
  BOOST_TEST(types[1] == 4);
  BOOST_TEST(types[3] == 4);
}

BOOST_AUTO_TEST_CASE(v2_fields_of_a_known_activity) {
  const ActivityFile nl = load_activities(kBundled / "netherlands-mfa-XM-DAC-7-v2.03.xml");
  const Activity& a = nl.activities.at(0);
  BOOST_TEST(a.iati_identifier == "NL-1-PPR-24706");
  BOOST_TEST(a.default_currency == "EUR");
  BOOST_TEST(a.version == "2.03");
  const Transaction& t = first_transaction(nl, "NL-1-PPR-24706");
  BOOST_TEST(t.at.line == 106u);
  BOOST_TEST(t.at.column == 5u);
  BOOST_TEST(t.type == 2);
  BOOST_TEST((t.date == parse_date("2014-01-01")));
  BOOST_TEST(t.value.amount == Decimal::parse("2000000"));
  BOOST_TEST(t.value.currency == "");
  BOOST_TEST(t.provider.ref == "XM-DAC-7");
  BOOST_TEST(t.provider.name == "Ministry of Foreign Affairs (DGIS)");
  BOOST_TEST(t.receiver.name == "ICTJ");
  BOOST_TEST(t.aid_type == "A01");  // the first of two aid-types
  BOOST_REQUIRE(a.planned_disbursements.size() >= 1u);
}

BOOST_AUTO_TEST_CASE(parts_not_asked_for_are_left_empty) {
  ReadOptions money_only;
  money_only.parts = ReadParts{false, false, false, false};
  const ActivityFile f = load_activities(kBundled / "dportal-foodsecurity-multipublisher-v2.03.xml", money_only);
  const ActivityFile full = load_activities(kBundled / "dportal-foodsecurity-multipublisher-v2.03.xml");
  BOOST_TEST(f.summary.transactions == full.summary.transactions);
  BOOST_TEST(full.summary.budgets > 0u);
  BOOST_TEST(f.summary.budgets == 0u);
  for (std::size_t i = 0; i < f.activities.size(); ++i) {
    BOOST_TEST(f.activities[i].title.empty());
    BOOST_TEST(f.activities[i].results.empty());
    BOOST_TEST(f.activities[i].budgets.empty());
    BOOST_TEST(f.activities[i].iati_identifier == full.activities[i].iati_identifier);
    BOOST_TEST(f.activities[i].transactions.size() == full.activities[i].transactions.size());
  }
}

BOOST_AUTO_TEST_CASE(messy_values_are_skipped_with_reasons_when_lenient) {
  const fs::path file = kFixtures / "messy-v1.03.xml";
  const ActivityFile f = load_activities(file);
  BOOST_REQUIRE(f.activities.size() == 1u);
  const Activity& a = f.activities[0];
  BOOST_TEST(a.iati_identifier == "XX-MESSY-1");
  BOOST_TEST((a.participating_orgs.at(0).role == OrganisationRole::funding));
  BOOST_TEST((a.participating_orgs.at(1).role == OrganisationRole::implementing));
  BOOST_TEST(a.dates.at(1).type == 3);
  BOOST_TEST((a.dates.at(1).date == parse_date("2014-03-31")));

  // Kept: IF 1000.50 (white space around the value) with the date "5000000", and QP -25.
  BOOST_REQUIRE(a.transactions.size() == 2u);
  BOOST_TEST(a.transactions[0].type == 1);
  BOOST_TEST(a.transactions[0].value.amount == Decimal::parse("1000.5"));
  BOOST_TEST(!a.transactions[0].date.has_value());
  BOOST_TEST(a.transactions[0].date_text == "5000000");
  BOOST_TEST(a.transactions[0].provider.activity_id == "XX-0-1");
  BOOST_TEST(a.transactions[1].type == 8);
  BOOST_TEST(a.transactions[1].value.amount == Decimal::parse("-25"));
  BOOST_TEST(a.transactions[1].date_text == "2012");
  BOOST_TEST(f.summary.transactions == 2u);
  BOOST_REQUIRE(a.budgets.size() == 1u);
  BOOST_TEST(a.budgets[0].value.amount == Decimal::parse("700"));

  // Skipped, in file order: empty value, "12,000", type as text, unknown type, too precise, budget.
  const auto& s = f.summary.skipped;
  BOOST_REQUIRE(s.size() == 6u);
  for (const auto& d : s) BOOST_TEST(d.file == file.string());
  BOOST_TEST(s[0].code == "bad_value");
  BOOST_TEST(s[0].line == 21u);
  BOOST_TEST(s[0].column == 7u);
  BOOST_TEST(s[0].message.find("empty") != std::string::npos);
  BOOST_TEST(s[1].code == "bad_value");
  BOOST_TEST(s[1].line == 26u);
  BOOST_TEST(s[1].message.find("'12,000'") != std::string::npos);
  BOOST_TEST(s[2].code == "bad_transaction_type");
  BOOST_TEST(s[2].line == 29u);
  BOOST_TEST(s[2].message.find("no @code") != std::string::npos);
  BOOST_TEST(s[2].message.find("'Disbursement'") != std::string::npos);
  BOOST_TEST(s[3].code == "bad_transaction_type");
  BOOST_TEST(s[3].message.find("'ZZ'") != std::string::npos);
  BOOST_TEST(s[4].code == "bad_value");
  BOOST_TEST(s[4].message.find("fraction digits") != std::string::npos);
  BOOST_TEST(s[5].code == "bad_budget_value");
  BOOST_TEST(s[5].line == 48u);
  BOOST_TEST(s[5].message.find("'n/a'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(strict_makes_the_first_messy_value_an_error) {
  ReadOptions strict;
  strict.strict = true;
  const fs::path file = kFixtures / "messy-v1.03.xml";
  const io::Diagnostic d = load_error_of([&] { load_activities(file, strict); });
  BOOST_TEST(d.code == "bad_value");
  BOOST_TEST(d.line == 21u);
  BOOST_TEST(d.file == file.string());
  BOOST_CHECK_EXCEPTION(load_activities(file, strict), error, pairaid_test::code_is(errc::parse));
  // Clean files are unaffected by strict.
  BOOST_TEST(load_activities(kBundled / "netherlands-mfa-XM-DAC-7-v2.03.xml", strict).activities.size() == 13u);
}

BOOST_AUTO_TEST_CASE(not_well_formed_xml_gives_line_column_and_what_was_expected) {
  const fs::path file = kFixtures / "not-well-formed.xml";
  const io::Diagnostic d = load_error_of([&] { load_activities(file); });
  BOOST_TEST(d.code == "xml");
  BOOST_TEST(d.file == file.string());
  BOOST_TEST(d.line == 7u);
  BOOST_TEST(d.column == 5u);
  BOOST_TEST(d.message.find("mismatched tag") != std::string::npos);
  BOOST_TEST(d.message.find("expected </transaction>") != std::string::npos);

  const io::Diagnostic truncated = load_error_of(
      [] { read_activities("<iati-activities version=\"2.03\"><iati-activity>", "<buffer>", {}, [](Activity&&) {}); });
  BOOST_TEST(truncated.code == "xml");
  BOOST_TEST(truncated.file == "<buffer>");
  BOOST_TEST(truncated.message.find("expected </iati-activity>") != std::string::npos);

  const io::Diagnostic missing = load_error_of([] { load_activities(kFixtures / "no-such-file.xml"); });
  BOOST_TEST(missing.code == "io");
}

BOOST_AUTO_TEST_CASE(billion_laughs_is_refused_quickly) {
  std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    doc += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) doc += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    doc += "\">\n";
  }
  doc += "]>\n<iati-activities><iati-activity><title>&lol9;</title></iati-activity></iati-activities>\n";
  const auto started = std::chrono::steady_clock::now();
  const io::Diagnostic d = load_error_of([&] { read_activities(doc, "lolz.xml", {}, [](Activity&&) {}); });
  const auto took = std::chrono::steady_clock::now() - started;
  BOOST_TEST(d.code == "xml");
  BOOST_TEST(d.line == 3u);
  BOOST_TEST(d.message.find("entity") != std::string::npos);
  BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(took).count() < 1000);

  // A DOCTYPE without entity declarations is fine; an undeclared entity is not well-formed.
  int n = 0;
  read_activities("<!DOCTYPE iati-activities><iati-activities><iati-activity/></iati-activities>", "d", {},
                  [&](Activity&&) { ++n; });
  BOOST_TEST(n == 1);
  const io::Diagnostic undefined = load_error_of([] {
    read_activities("<iati-activities><iati-activity><title>&x;</title></iati-activity></iati-activities>", "u", {},
                    [](Activity&&) {});
  });
  BOOST_TEST(undefined.code == "xml");
  BOOST_TEST(undefined.message.find("undefined entity") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_callback_that_throws_stops_the_read) {
  int seen = 0;
  BOOST_CHECK_THROW(read_activities_file(kBundled / "wvuk-GB-CHC-285908-drc-v1.xml", {},
                                         [&](Activity&&) {
                                           if (++seen == 2) throw std::runtime_error("enough");
                                         }),
                    std::runtime_error);
  BOOST_TEST(seen == 2);
}

BOOST_AUTO_TEST_CASE(parallel_reading_equals_sequential_reading) {
  for (const char* name : {"dportal-foodsecurity-multipublisher-v2.03.xml", "netherlands-mfa-XM-DAC-7-v2.03.xml",
                           "dfid-GB-GOV-1-hierarchy-v2.01.xml", "wvuk-GB-CHC-285908-drc-v1.xml",
                           "aet-GB-CHC-313139-southsudan-v1.xml", "globalfund-47045-armenia-v1.xml"})
    check_parallel_equals_sequential(kBundled / name);
  const fs::path messy = kFixtures / "messy-v1.03.xml";
  check_same(load_activities(messy), read_parallel(messy, 2));
}

BOOST_AUTO_TEST_CASE(parallel_reading_of_a_concatenation_keeps_lines_columns_and_diagnostics) {
  check_concatenation(
      {kBundled / "netherlands-mfa-XM-DAC-7-v2.03.xml", kFixtures / "messy-v1.03.xml",
       kBundled / "dfid-GB-GOV-1-hierarchy-v2.01.xml", kBundled / "dportal-foodsecurity-multipublisher-v2.03.xml",
       kBundled / "globalfund-47045-armenia-v1.xml"},
      6);
}

BOOST_AUTO_TEST_CASE(parallel_reading_falls_back_on_errors_with_the_sequential_diagnostic) {
  check_fallback_diagnostic(kFixtures / "not-well-formed.xml");
}

BOOST_AUTO_TEST_SUITE_END()

// The shared corpus (label corpus).
BOOST_AUTO_TEST_SUITE(iati_reader_corpus)

BOOST_AUTO_TEST_CASE(every_real_file_gives_the_counts_sources_md_lists) {
  for (const Expected& e : kFiles) check_counts(kCorpus, e);
}

BOOST_AUTO_TEST_CASE(versions_come_from_the_root_the_activity_or_default_to_1_01) {
  const ActivityFile dfid = load_activities(kCorpus / "dfid-GB-1-drc-v1.01.xml");
  BOOST_TEST(dfid.summary.version == "1.01");
  const ActivityFile aet = load_activities(kCorpus / "aet-GB-CHC-313139-southsudan-v1.xml");
  BOOST_TEST(aet.summary.version == "");
  BOOST_TEST(aet.activities.at(0).version == "1.01");
  // d-portal keeps each activity's original version as iati-activities:version.
  const ActivityFile covid = load_activities(kCorpus / "dportal-covid-multipublisher-v2.03.xml");
  std::map<std::string, int> versions;
  for (const auto& a : covid.activities) ++versions[a.version];
  BOOST_TEST(versions["2.02"] == 94);
  BOOST_TEST(versions["2.03"] == 307);
}

BOOST_AUTO_TEST_CASE(v1_dates_and_roles_are_mapped) {
  // dfid 1.01: 1.0x text in elements, activity-date types as words with the date as text.
  const ActivityFile dfid = load_activities(kCorpus / "dfid-GB-1-drc-v1.01.xml");
  const Activity& first = dfid.activities.at(0);
  BOOST_TEST(first.iati_identifier == "GB-1-105838");
  BOOST_TEST(first.title == "Support to the Poverty Reduction Strategy Process");
  BOOST_TEST(first.reporting_org.name == "Department for International Development");
  BOOST_TEST(first.default_currency == "GBP");
  BOOST_TEST(first.hierarchy == std::optional<int>(1));
  BOOST_TEST(first.language == "en");
  BOOST_REQUIRE(first.dates.size() == 4u);
  BOOST_TEST(first.dates[0].type == 4);  // end-actual
  BOOST_TEST(first.dates[0].iso_date_text == "2010-12-31");
  BOOST_TEST((first.dates[0].date == parse_date("2010-12-31")));
  BOOST_TEST(first.dates[2].type == 2);  // start-actual
  BOOST_REQUIRE(first.participating_orgs.size() == 2u);
  BOOST_TEST((first.participating_orgs[0].role == OrganisationRole::funding));
  BOOST_TEST((first.participating_orgs[1].role == OrganisationRole::extending));
  BOOST_TEST(first.participating_orgs[1].organisation.name == "Department for International Development");
  BOOST_REQUIRE(first.related_activities.size() == 4u);
  BOOST_TEST(first.related_activities[0].ref == "GB-1-105838-101");
  BOOST_TEST(first.related_activities[0].type == "2");

  const Transaction& t = first_transaction(dfid, "GB-1-105838-101");
  BOOST_TEST(t.type == 2);
  BOOST_TEST(t.type_text == "C");
  BOOST_TEST(t.value.amount == Decimal::parse("1067912"));
  BOOST_TEST(t.value.currency == "");  // the default currency is the caller's fallback
  BOOST_TEST((t.value.value_date == parse_date("2009-04-01")));
  BOOST_TEST((t.date == parse_date("2004-01-01")));
}

BOOST_AUTO_TEST_CASE(v2_fields_of_a_dportal_activity) {
  // d-portal: narratives, a per-activity version and sectors with percentages.
  const ActivityFile covid = load_activities(kCorpus / "dportal-covid-multipublisher-v2.03.xml");
  const Activity& c = activity(covid, "XM-DAC-41114-PROJECT-00127336");
  BOOST_TEST(c.title == "RRF COVID-19 Argentina");
  BOOST_TEST(c.reporting_org.name == "United Nations Development Programme");
  BOOST_TEST(c.language == "ES");
  BOOST_REQUIRE(c.participating_orgs.size() == 3u);
  BOOST_TEST((c.participating_orgs[0].role == OrganisationRole::funding));
  BOOST_TEST((c.participating_orgs[2].role == OrganisationRole::implementing));
  BOOST_REQUIRE(c.sectors.size() == 4u);
  BOOST_TEST(c.sectors[1].vocabulary == "8");
  BOOST_TEST((c.sectors[1].percentage == Decimal::parse("33.33")));
  BOOST_REQUIRE(c.recipient_countries.size() == 1u);
  BOOST_TEST(c.recipient_countries[0].code == "AR");
}

BOOST_AUTO_TEST_CASE(parts_not_asked_for_are_left_empty) {
  ReadOptions money_only;
  money_only.parts = ReadParts{false, false, false, false};
  const ActivityFile f = load_activities(kCorpus / "dportal-adb-XM-DAC-46004-v2.03.xml", money_only);
  const ActivityFile full = load_activities(kCorpus / "dportal-adb-XM-DAC-46004-v2.03.xml");
  BOOST_TEST(f.summary.transactions == full.summary.transactions);
  BOOST_TEST(f.summary.budgets == 0u);
  for (std::size_t i = 0; i < f.activities.size(); ++i) {
    BOOST_TEST(f.activities[i].title.empty());
    BOOST_TEST(f.activities[i].results.empty());
    BOOST_TEST(f.activities[i].budgets.empty());
    BOOST_TEST(f.activities[i].iati_identifier == full.activities[i].iati_identifier);
    BOOST_TEST(f.activities[i].transactions.size() == full.activities[i].transactions.size());
  }
}

BOOST_AUTO_TEST_CASE(a_validator_fixture_not_well_formed_gives_line_and_column) {
  const fs::path shared = kCorpus / "invalid/jsv-xml-errors-not-well-formed.xml";
  const io::Diagnostic s = load_error_of([&] { load_activities(shared); });
  BOOST_TEST(s.code == "xml");
  BOOST_TEST(s.line == 7u);
  BOOST_TEST(s.column == 7u);  // expat points at the name in "</not-reporting-org>"
  BOOST_TEST(s.message.find("expected </reporting-org>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(parallel_reading_equals_sequential_reading) {
  for (const char* name :
       {"dportal-worldbank-afdb-v2.03.xml", "dportal-covid-multipublisher-v2.03.xml", "dfid-GB-1-drc-v1.01.xml",
        "sida-SE-6-v1.00.xml", "usgov-US-v1.0.xml", "netherlands-mfa-XM-DAC-7-v2.03.xml",
        "wvuk-GB-CHC-285908-drc-v1.xml", "aet-GB-CHC-313139-southsudan-v1.xml"})
    check_parallel_equals_sequential(kCorpus / name);
}

BOOST_AUTO_TEST_CASE(parallel_reading_of_a_concatenation_keeps_lines_columns_and_diagnostics) {
  check_concatenation({kCorpus / "netherlands-mfa-XM-DAC-7-v2.03.xml", kFixtures / "messy-v1.03.xml",
                       kCorpus / "dfid-GB-1-drc-v1.01.xml", kCorpus / "finland-mfa-FI-3-v2.03.xml",
                       kCorpus / "dportal-dfat-gac-v2.03.xml"},
                      6);
}

BOOST_AUTO_TEST_CASE(parallel_reading_falls_back_on_errors_with_the_sequential_diagnostic) {
  check_fallback_diagnostic(kCorpus / "invalid/jsv-xml-errors-not-well-formed.xml");
}

BOOST_AUTO_TEST_SUITE_END()
