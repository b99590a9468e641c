// IATI 2.03 export: escaping, element order, exact decimals, the fallback rules for required
// parts, write -> read equality of what the writer keeps, and import -> export -> import totals
// on every real file in shared/data/iati/activities (summed here independently of the totals engine).
#include <pairaid/iati/export.hpp>
#include <pairaid/iati/reader.hpp>
#include <pairaid/iati/to_iati.hpp>
#include <pairaid/io/dataset_json.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace pairaid;
using namespace pairaid::iati;

// How BOOST_TEST prints the IATI values it compares (found by ADL).
PAIRAID_NAMESPACE_BEGIN
namespace iati {
inline std::ostream& boost_test_print_type(std::ostream& os, const OrganisationRef& o) {
  return os << "{ref=" << o.ref << " type=" << o.type << " name=" << o.name << " activity=" << o.activity_id << "}";
}
inline std::ostream& boost_test_print_type(std::ostream& os, const RelatedActivity& r) {
  return os << "{ref=" << r.ref << " type=" << r.type << "}";
}
}  // namespace iati
PAIRAID_NAMESPACE_END

namespace {

// Both namespaces name these; the tests mean IATI's.
using pairaid::iati::OrganisationRole;
using pairaid::iati::Transaction;

Decimal dec(std::string_view s) { return Decimal::parse(s); }
Date day(std::string_view s) { return parse_date(s); }

// An activity with every required part present, to which tests add what they check.
Activity minimal_activity(std::string id = "XM-TEST-1") {
  Activity a;
  a.iati_identifier = std::move(id);
  a.reporting_org = OrganisationRef{"XM-TEST", "10", "Test Ministry", ""};
  a.title = "A title";
  a.description = "A description";
  a.activity_status = "2";
  a.dates.push_back(ActivityDate{1, day("2020-01-01"), "2020-01-01", {}});
  a.participating_orgs.push_back(
      ParticipatingOrg{{"XM-TEST", "10", "Test Ministry", ""}, OrganisationRole::funding, "1"});
  return a;
}

ExportOptions options() {
  ExportOptions o;
  o.generated_datetime = "2026-11-30T00:00:00Z";
  return o;
}

std::string write(const std::vector<Activity>& activities, const ExportOptions& o, ExportReport* report = nullptr) {
  std::ostringstream out;
  ExportReport r = write_iati(out, activities, o);
  if (report) *report = r;
  return out.str();
}

std::vector<Activity> read_back(const std::string& xml) {
  std::vector<Activity> out;
  read_activities(xml, "<export>", ReadOptions{}, [&](Activity&& a) { out.push_back(std::move(a)); });
  return out;
}

// Totals contract key: currency (value, else default-currency, else XXX), type, year (transaction
// date, else value-date, else empty).
using TotalsKey = std::tuple<std::string, int, std::string>;
struct Sum {
  Decimal amount;
  std::uint64_t count = 0;
  friend bool operator==(const Sum&, const Sum&) = default;
};
using Totals = std::map<TotalsKey, Sum>;

void add_totals(Totals& totals, const Activity& a) {
  for (const Transaction& t : a.transactions) {
    std::string currency = !t.value.currency.empty()     ? t.value.currency
                           : !a.default_currency.empty() ? a.default_currency
                                                         : std::string("XXX");
    std::string year;
    if (t.date)
      year = std::to_string(static_cast<int>(t.date->year()));
    else if (t.value.value_date)
      year = std::to_string(static_cast<int>(t.value.value_date->year()));
    Sum& s = totals[{currency, t.type, year}];
    s.amount = s.amount + t.value.amount;
    ++s.count;
  }
}

// The real files directly in `dir`: the repository's (tests/data/iati/activities) or the corpus's.
std::vector<std::filesystem::path> real_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// Position of `needle` in `s` at or after `from`; fails the test when absent.
std::size_t position(const std::string& s, std::string_view needle, std::size_t from = 0) {
  const std::size_t at = s.find(needle, from);
  BOOST_TEST_INFO("looking for " << needle);
  BOOST_TEST(at != std::string::npos);
  return at;
}

// Import, export, import again: the totals of every file in `files` are kept exactly.
void check_round_trip_totals(const std::vector<std::filesystem::path>& files) {
  for (const auto& file : files) {
    BOOST_TEST_CONTEXT(file.filename().string()) {
      const ActivityFile first = load_activities(file);
      Totals before;
      std::uint64_t transactions = 0;
      for (const Activity& a : first.activities) {
        add_totals(before, a);
        transactions += a.transactions.size();
      }
      ExportReport report;
      const std::string xml = write(first.activities, options(), &report);
      BOOST_TEST(report.activities == first.activities.size());
      BOOST_TEST(report.transactions == transactions);
      Totals after;
      std::vector<Activity> second;
      const ReadSummary summary = read_activities(xml, file.filename().string(), ReadOptions{},
                                                  [&](Activity&& a) { second.push_back(std::move(a)); });
      BOOST_TEST(summary.skipped.empty());
      for (const Activity& a : second) add_totals(after, a);
      BOOST_TEST(second.size() == first.activities.size());
      BOOST_TEST(!before.empty());
      BOOST_TEST((before == after));
      for (const auto& [key, sum] : before) {
        auto it = after.find(key);
        if (it == after.end() || !(it->second == sum))
          BOOST_TEST_MESSAGE("differs: " << std::get<0>(key) << "," << std::get<1>(key) << "," << std::get<2>(key)
                                         << " " << sum.amount.to_string());
      }
      for (const auto& [reason, n] : report.left_out) BOOST_TEST_MESSAGE("left out " << n << ": " << reason);
      for (const auto& [reason, n] : report.filled) BOOST_TEST_MESSAGE("filled " << n << ": " << reason);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(iati_export)

using pairaid::iati::OrganisationRole;
using pairaid::iati::Transaction;

BOOST_AUTO_TEST_CASE(text_and_attributes_are_escaped_and_forbidden_characters_dropped) {
  Activity a = minimal_activity("XM-TEST-<&>\"");
  a.title = "Water & sanitation <phase 2> \"east\"";
  a.description = std::string("bell\x01 here, stray byte \xff, tab\tand newline\nkept");
  a.reporting_org.name = "Ministry \"of\" Works\tand\nSanitation";
  a.participating_orgs[0].organisation.ref = "A\"B&C<D>";
  ExportReport report;
  const std::string xml = write({a}, options(), &report);
  BOOST_TEST(xml.find("<iati-identifier>XM-TEST-&lt;&amp;&gt;\"</iati-identifier>") != std::string::npos);
  BOOST_TEST(xml.find("<narrative>Water &amp; sanitation &lt;phase 2&gt; \"east\"</narrative>") != std::string::npos);
  BOOST_TEST(xml.find("ref=\"A&quot;B&amp;C&lt;D&gt;\"") != std::string::npos);
  BOOST_TEST(xml.find("<narrative>bell here, stray byte , tab\tand newline\nkept</narrative>") != std::string::npos);
  BOOST_TEST(xml.find('\x01') == std::string::npos);
  BOOST_TEST(xml.find('\xff') == std::string::npos);
  BOOST_TEST(report.left_out.at("characters XML 1.0 cannot carry (control characters, bytes that are not UTF-8)") ==
             2u);

  // What the reader gets back is the text without the two dropped characters.
  const auto back = read_back(xml);
  BOOST_TEST_REQUIRE(back.size() == 1u);
  BOOST_TEST(back[0].iati_identifier == "XM-TEST-<&>\"");
  BOOST_TEST(back[0].title == a.title);
  BOOST_TEST(back[0].participating_orgs.at(0).organisation.ref == "A\"B&C<D>");
}

BOOST_AUTO_TEST_CASE(multibyte_text_is_kept_and_broken_sequences_dropped) {
  Activity a = minimal_activity();
  a.title = "白朗县 vegetables \xF0\x9F\x8C\xBE";                  // CJK and a 4-byte emoji: kept
  a.description = "overlong \xC0\xAF surrogate \xED\xA0\x80 end";  // not UTF-8: dropped byte by byte
  ExportReport report;
  const std::string xml = write({a}, options(), &report);
  BOOST_TEST(xml.find("<narrative>白朗县 vegetables \xF0\x9F\x8C\xBE</narrative>") != std::string::npos);
  BOOST_TEST(xml.find("<narrative>overlong  surrogate  end</narrative>") != std::string::npos);
  BOOST_TEST(report.left_out.begin()->second == 5u);
}

BOOST_AUTO_TEST_CASE(elements_follow_the_schema_sequence_whatever_order_they_were_built_in) {
  Activity a = minimal_activity();
  a.default_currency = "EUR";
  a.hierarchy = 2;
  a.last_updated_datetime = "2024-05-06T07:08:09Z";
  a.language = "en";
  a.related_activities.push_back(RelatedActivity{"XM-TEST-0", "1"});
  a.sectors.push_back(Share{"1", "31161", dec("100"), "", {}});
  a.recipient_countries.push_back(Share{"", "CN", std::nullopt, "", {}});
  a.locations.push_back(Location{"540228", "Bainang County", "29.1 89.2", {"540228"}});
  a.collaboration_type = "1";
  a.default_tied_status = "5";
  Transaction t;
  t.type = 3;
  t.date = day("2021-03-04");
  t.value.amount = dec("10");
  t.finance_type = "110";
  t.sectors.push_back(Share{"1", "31161", std::nullopt, "", {}});
  t.provider = OrganisationRef{"XM-TEST", "", "", ""};
  a.transactions.push_back(t);
  Budget b;
  b.type = "1";
  b.period_start = day("2021-01-01");
  b.period_end = day("2021-12-31");
  b.value.amount = dec("5");
  a.budgets.push_back(b);
  Result r;
  r.type = "1";
  r.title = "Outputs";
  ResultIndicator ind;
  ind.measure = "1";
  ind.title = "Plots";
  ind.baseline_year = "2019";
  ind.baseline = IndicatorValue{"3", dec("3")};
  ind.periods.push_back(IndicatorPeriod{day("2021-01-01"), day("2021-12-31"), IndicatorValue{"10", dec("10")},
                                        IndicatorValue{"9", dec("9")}});
  r.indicators.push_back(ind);
  a.results.push_back(r);
  ExportOptions o = options();
  o.administrative_vocabulary = "A9";
  const std::string xml = write({a}, o);
  BOOST_TEST_MESSAGE(xml);

  std::size_t at = 0;
  for (
      std::string_view element :
      {"<iati-activities version=\"2.03\" generated-datetime=\"2026-11-30T00:00:00Z\">",
       "<iati-activity last-updated-datetime=\"2024-05-06T07:08:09Z\" xml:lang=\"en\" default-currency=\"EUR\" hierarchy=\"2\">",
       "<iati-identifier>",
       "<reporting-org ref=\"XM-TEST\" type=\"10\">",
       "<title>",
       "<description>",
       "<participating-org ref=\"XM-TEST\" type=\"10\" role=\"1\">",
       "<activity-status code=\"2\"/>",
       "<activity-date type=\"1\" iso-date=\"2020-01-01\"/>",
       "<recipient-country code=\"CN\"/>",
       "<location ref=\"540228\">",
       "<administrative vocabulary=\"A9\" code=\"540228\"/>",
       "<point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\">",
       "<sector vocabulary=\"1\" code=\"31161\" percentage=\"100\"/>",
       "<collaboration-type code=\"1\"/>",
       "<default-tied-status code=\"5\"/>",
       "<budget type=\"1\">",
       "<period-start iso-date=\"2021-01-01\"/>",
       "<value value-date=\"2021-01-01\">5</value>",
       "<transaction>",
       "<transaction-type code=\"3\"/>",
       "<transaction-date iso-date=\"2021-03-04\"/>",
       "<value value-date=\"2021-03-04\">10</value>",
       "<provider-org ref=\"XM-TEST\"/>",
       "<sector vocabulary=\"1\" code=\"31161\"/>",
       "<finance-type code=\"110\"/>",
       "<related-activity ref=\"XM-TEST-0\" type=\"1\"/>",
       "<result type=\"1\">",
       "<indicator measure=\"1\">",
       "<baseline year=\"2019\" value=\"3\"/>",
       "<period>",
       "<target value=\"10\"/>",
       "<actual value=\"9\"/>",
       "</iati-activity>"})
    at = position(xml, element, at) + 1;
}

BOOST_AUTO_TEST_CASE(amounts_are_exact_decimals_without_exponent_or_grouping) {
  Activity a = minimal_activity();
  for (std::string_view amount : {"12345678901234567.123456789", "-0.5", "1000000", "0.000000001", "-250000.10"}) {
    Transaction t;
    t.type = 2;
    t.date = day("2022-02-02");
    t.value.amount = dec(amount);
    t.value.currency = "USD";
    a.transactions.push_back(t);
  }
  const std::string xml = write({a}, options());
  for (std::string_view written : {">12345678901234567.123456789</value>", ">-0.5</value>", ">1000000</value>",
                                   ">0.000000001</value>", ">-250000.1</value>"})
    BOOST_TEST(xml.find(written) != std::string::npos, written);
  const auto back = read_back(xml);
  BOOST_TEST_REQUIRE(back.at(0).transactions.size() == a.transactions.size());
  for (std::size_t i = 0; i < a.transactions.size(); ++i)
    BOOST_TEST(back[0].transactions[i].value.amount == a.transactions[i].value.amount);
}

BOOST_AUTO_TEST_CASE(missing_required_parts_are_refused_until_a_fallback_is_given) {
  Activity a;
  a.iati_identifier = "XM-BARE-1";
  a.at = SourcePosition{12, 3};
  a.reporting_org.ref = "XM-BARE";
  std::ostringstream out;
  BOOST_CHECK_EXCEPTION(
      write_iati(out, std::vector<Activity>{a}, options()), error,
      pairaid_test::code_and_message(errc::invalid_data, "XM-BARE-1", "line 12", "reporting_org_type_if_missing",
                                     "activity_status_if_missing", "start_date_if_missing",
                                     "reporting_org_role_if_no_participants"));
  BOOST_TEST(out.str().empty());  // nothing half-written

  ExportOptions o = options();
  o.reporting_org_type_if_missing = "90";
  o.activity_status_if_missing = "2";
  o.start_date_if_missing = day("2024-09-03");
  o.reporting_org_role_if_no_participants = OrganisationRole::accountable;
  BOOST_TEST(missing_required(std::vector<Activity>{a}, o).empty());
  ExportReport report;
  const std::string xml = write({a}, o, &report);
  BOOST_TEST(xml.find("<reporting-org ref=\"XM-BARE\" type=\"90\">\n      <narrative></narrative>") !=
             std::string::npos);
  BOOST_TEST(xml.find("<title>\n      <narrative></narrative>") != std::string::npos);
  BOOST_TEST(xml.find("<participating-org ref=\"XM-BARE\" type=\"90\" role=\"2\"/>") != std::string::npos);
  BOOST_TEST(xml.find("<activity-status code=\"2\"/>") != std::string::npos);
  BOOST_TEST(xml.find("<activity-date type=\"1\" iso-date=\"2024-09-03\"/>") != std::string::npos);
  BOOST_TEST(report.filled.size() == 4u);

  BOOST_CHECK_EXCEPTION(write_iati(out, std::vector<Activity>{}, o), error,
                        pairaid_test::code_is(errc::invalid_argument));
  o.generated_datetime = "30/11/2026";
  BOOST_CHECK_EXCEPTION(write_iati(out, std::vector<Activity>{a}, o), error,
                        pairaid_test::code_is(errc::invalid_argument));
}

BOOST_AUTO_TEST_CASE(money_is_never_invented_and_default_currency_keeps_its_meaning) {
  Activity a = minimal_activity();
  a.default_currency = "GBP";
  Transaction own;  // in the default currency: no @currency written
  own.type = 3;
  own.date = day("2019-06-30");
  own.value.amount = dec("100.25");
  Transaction no_type = own;
  no_type.type = 0;
  no_type.type_text = "ZZ";
  Transaction no_dates = own;
  no_dates.date.reset();
  Transaction only_value_date = own;
  only_value_date.date.reset();
  only_value_date.value.value_date = day("2018-01-02");
  only_value_date.value.currency = "EUR";
  a.transactions = {own, no_type, no_dates, only_value_date};
  Budget no_period;
  no_period.value.amount = dec("7");
  a.budgets.push_back(no_period);
  ExportReport report;
  const std::string xml = write({a}, options(), &report);
  BOOST_TEST(report.transactions == 2u);
  BOOST_TEST(report.left_out.at("transaction without a known transaction-type") == 1u);
  BOOST_TEST(report.left_out.at("transaction with neither a transaction-date nor a value-date") == 1u);
  BOOST_TEST(report.left_out.at("budget without period-start or period-end") == 1u);
  BOOST_TEST(report.filled.at("transaction-date from the value-date") == 1u);
  BOOST_TEST(xml.find("<value value-date=\"2019-06-30\">100.25</value>") != std::string::npos);
  BOOST_TEST(xml.find("<value currency=\"EUR\" value-date=\"2018-01-02\">100.25</value>") != std::string::npos);
  BOOST_TEST(xml.find("<budget") == std::string::npos);

  const auto back = read_back(xml);
  BOOST_TEST_REQUIRE(back.at(0).transactions.size() == 2u);
  BOOST_TEST(back[0].default_currency == "GBP");
  BOOST_TEST(back[0].transactions[0].value.currency == "");
  BOOST_TEST(back[0].transactions[1].value.currency == "EUR");
  BOOST_TEST(back[0].transactions[1].date == day("2018-01-02"));
}

BOOST_AUTO_TEST_CASE(write_then_read_gives_back_what_the_writer_keeps) {
  Activity a = minimal_activity();
  a.default_currency = "EUR";
  a.hierarchy = 1;
  a.language = "fr";
  a.last_updated_datetime = "2023-01-02T03:04:05+01:00";
  a.activity_scope = "4";
  a.default_flow_type = "10";
  a.default_finance_type = "110";
  a.default_aid_type = "C01";
  a.dates.push_back(ActivityDate{3, day("2025-12-31"), "2025-12-31", {}});
  a.participating_orgs.push_back(
      ParticipatingOrg{{"XM-IMPL", "22", "Implementer", "XM-IMPL-7"}, OrganisationRole::implementing, "4"});
  a.recipient_countries.push_back(Share{"", "SS", dec("60"), "", {}});
  a.recipient_countries.push_back(Share{"", "CD", dec("40"), "", {}});
  a.recipient_regions.push_back(Share{"1", "289", std::nullopt, "", {}});
  a.sectors.push_back(Share{"1", "12220", dec("33.333"), "", {}});
  a.sectors.push_back(Share{"2", "121", dec("66.667"), "", {}});
  Transaction t;
  t.ref = "T-1";
  t.type = 1;
  t.date = day("2022-07-01");
  t.value = Value{dec("-1234.56"), "USD", day("2022-06-30"), "2022-06-30"};
  t.description = "reversal";
  t.provider = OrganisationRef{"XM-DONOR", "10", "Donor", "XM-DONOR-1"};
  t.receiver = OrganisationRef{"XM-IMPL", "22", "Implementer", "XM-IMPL-7"};
  t.flow_type = "10";
  t.finance_type = "110";
  t.aid_type = "C01";
  t.tied_status = "5";
  t.disbursement_channel = "1";
  a.transactions.push_back(t);
  Budget b;
  b.type = "2";
  b.status = "1";
  b.period_start = day("2022-01-01");
  b.period_end = day("2022-12-31");
  b.value = Value{dec("99999.99"), "", day("2022-01-01"), "2022-01-01"};
  a.budgets.push_back(b);
  PlannedDisbursement p;
  p.type = "1";
  p.period_start = day("2023-01-01");
  p.value = Value{dec("5"), "EUR", day("2023-01-01"), "2023-01-01"};
  a.planned_disbursements.push_back(p);
  a.related_activities.push_back(RelatedActivity{"XM-TEST-2", "2"});

  const auto back = read_back(write({a}, options()));
  BOOST_TEST_REQUIRE(back.size() == 1u);
  const Activity& r = back[0];
  BOOST_TEST(r.iati_identifier == a.iati_identifier);
  BOOST_TEST(r.reporting_org == a.reporting_org);
  BOOST_TEST(r.default_currency == a.default_currency);
  BOOST_TEST(r.hierarchy == a.hierarchy);
  BOOST_TEST(r.language == a.language);
  BOOST_TEST(r.last_updated_datetime == a.last_updated_datetime);
  BOOST_TEST(r.title == a.title);
  BOOST_TEST(r.description == a.description);
  BOOST_TEST(r.activity_status == a.activity_status);
  BOOST_TEST(r.activity_scope == a.activity_scope);
  BOOST_TEST(r.default_flow_type == a.default_flow_type);
  BOOST_TEST(r.default_finance_type == a.default_finance_type);
  BOOST_TEST(r.default_aid_type == a.default_aid_type);
  BOOST_TEST_REQUIRE(r.dates.size() == a.dates.size());
  for (std::size_t i = 0; i < a.dates.size(); ++i) {
    BOOST_TEST(r.dates[i].type == a.dates[i].type);
    BOOST_TEST((r.dates[i].date == a.dates[i].date));
  }
  BOOST_TEST_REQUIRE(r.participating_orgs.size() == a.participating_orgs.size());
  for (std::size_t i = 0; i < a.participating_orgs.size(); ++i) {
    BOOST_TEST(r.participating_orgs[i].organisation == a.participating_orgs[i].organisation);
    BOOST_TEST((r.participating_orgs[i].role == a.participating_orgs[i].role));
  }
  auto same_shares = [](const std::vector<Share>& x, const std::vector<Share>& y) {
    BOOST_TEST_REQUIRE(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      BOOST_TEST(x[i].code == y[i].code);
      BOOST_TEST((x[i].percentage == y[i].percentage));
    }
  };
  same_shares(r.recipient_countries, a.recipient_countries);
  same_shares(r.recipient_regions, a.recipient_regions);
  same_shares(r.sectors, a.sectors);
  BOOST_TEST(r.sectors[1].vocabulary == "2");
  BOOST_TEST_REQUIRE(r.transactions.size() == 1u);
  const Transaction& rt = r.transactions[0];
  BOOST_TEST(rt.ref == t.ref);
  BOOST_TEST(rt.type == t.type);
  BOOST_TEST((rt.date == t.date));
  BOOST_TEST(rt.value.amount == t.value.amount);
  BOOST_TEST(rt.value.currency == t.value.currency);
  BOOST_TEST((rt.value.value_date == t.value.value_date));
  BOOST_TEST(rt.description == t.description);
  BOOST_TEST(rt.provider == t.provider);
  BOOST_TEST(rt.receiver == t.receiver);
  BOOST_TEST(rt.flow_type == t.flow_type);
  BOOST_TEST(rt.finance_type == t.finance_type);
  BOOST_TEST(rt.aid_type == t.aid_type);
  BOOST_TEST(rt.tied_status == t.tied_status);
  BOOST_TEST(rt.disbursement_channel == t.disbursement_channel);
  BOOST_TEST_REQUIRE(r.budgets.size() == 1u);
  BOOST_TEST(r.budgets[0].type == "2");
  BOOST_TEST(r.budgets[0].status == "1");
  BOOST_TEST((r.budgets[0].period_end == b.period_end));
  BOOST_TEST(r.budgets[0].value.amount == b.value.amount);
  BOOST_TEST(r.budgets[0].value.currency == "");
  BOOST_TEST_REQUIRE(r.planned_disbursements.size() == 1u);
  BOOST_TEST(r.planned_disbursements[0].value.amount == p.value.amount);
  BOOST_TEST(!r.planned_disbursements[0].period_end.has_value());
  BOOST_TEST_REQUIRE(r.related_activities.size() == 1u);
  BOOST_TEST(r.related_activities[0] == a.related_activities[0]);
}

BOOST_AUTO_TEST_CASE(projects_map_to_activities) {
  const Dataset d = io::load_dataset(std::string(PAIRAID_SOURCE_DIR) + "/examples/data/xizang.json");
  ToIatiOptions o;
  BOOST_CHECK_EXCEPTION(to_iati(d, o), error, pairaid_test::code_is(errc::invalid_argument));
  o.reporting_org_ref = "XM-PAIRAID";
  const std::vector<Activity> activities = to_iati(d, o);
  BOOST_TEST_REQUIRE(activities.size() == d.projects().size());
  const Activity& panam = activities.at(1);
  BOOST_TEST(panam.iati_identifier == "XM-PAIRAID-panam-vegetable-plantation");
  BOOST_TEST(panam.title == "A vegetable plantation in Panam county");
  BOOST_TEST_REQUIRE(panam.recipient_countries.size() == 1u);
  BOOST_TEST(panam.recipient_countries[0].code == "CN");
  BOOST_TEST_REQUIRE(panam.locations.size() == 1u);
  BOOST_TEST(panam.locations[0].administrative_codes == std::vector<std::string>{"540228"});
  BOOST_TEST(panam.locations[0].name == "Bainang County");
  BOOST_TEST(panam.activity_status.empty());  // the dataset gives none; nothing is made up
  BOOST_TEST(panam.dates.empty());
}

BOOST_AUTO_TEST_CASE(dataset_transactions_keep_type_date_currency_and_exact_amount) {
  DatasetContent c;
  c.areas.push_back(Area{AreaCode::of(540000), "Xizang", "西藏自治区", AreaLevel::region, std::nullopt, {}, {}});
  Organisation donor;
  donor.id = OrganisationId("jiangsu");
  donor.name_en = "Jiangsu";
  donor.kind = OrganisationKind::province;
  donor.roles = {pairaid::OrganisationRole::donor};
  donor.codes = {ExternalCode{"iati-org-ref", "CN-JS-1"}};
  c.organisations.push_back(donor);
  Project p;
  p.id = ProjectId("school");
  p.title_en = "A school";
  p.donors = {OrganisationId("jiangsu")};
  p.area = AreaCode::of(540000);
  p.sector = SectorCode::of(11220);
  p.status = ProjectStatus::closed;
  p.period = Period::inclusive(day("2015-03-01"), day("2017-08-31"));
  c.projects.push_back(p);
  pairaid::Transaction t;
  t.id = TransactionId("t1");
  t.project = ProjectId("school");
  t.donor = OrganisationId("jiangsu");
  t.type = TransactionType::disbursement;
  t.date = day("2016-05-01");
  t.value = Money(dec("1250000.55"), Currency::of("CNY"));
  c.transactions.push_back(t);
  pairaid::Transaction attracted = t;
  attracted.id = TransactionId("t2");
  attracted.type = TransactionType::investment_attracted;
  c.transactions.push_back(attracted);
  const Dataset d = Dataset::build(c);

  const auto activities = to_iati(d, ToIatiOptions{"XM-PAIRAID", "90", "pairaid", "en"});
  BOOST_TEST_REQUIRE(activities.size() == 1u);
  const Activity& a = activities[0];
  BOOST_TEST(a.activity_status == "4");
  BOOST_TEST_REQUIRE(a.dates.size() == 2u);
  BOOST_TEST(a.dates[0].type == 2);
  BOOST_TEST((a.dates[1].date == day("2017-08-31")));
  BOOST_TEST(a.dates[1].type == 4);
  BOOST_TEST_REQUIRE(a.participating_orgs.size() == 1u);
  BOOST_TEST(a.participating_orgs[0].organisation.ref == "CN-JS-1");
  BOOST_TEST(a.participating_orgs[0].organisation.type == "11");
  BOOST_TEST((a.participating_orgs[0].role == iati::OrganisationRole::funding));
  BOOST_TEST_REQUIRE(a.sectors.size() == 1u);
  BOOST_TEST(a.sectors[0].code == "11220");
  BOOST_TEST_REQUIRE(a.transactions.size() == 1u);  // investment_attracted has no IATI type
  BOOST_TEST(a.transactions[0].type == 3);
  BOOST_TEST(a.transactions[0].value.amount == dec("1250000.55"));
  BOOST_TEST(a.transactions[0].value.currency == "CNY");
  BOOST_TEST(a.transactions[0].provider.ref == "CN-JS-1");
  BOOST_TEST(not_exported(d).investment_attracted == 1u);

  const auto back = read_back(write(activities, options()));
  BOOST_TEST_REQUIRE(back.at(0).transactions.size() == 1u);
  BOOST_TEST(back[0].transactions[0].value.amount == dec("1250000.55"));
  BOOST_TEST((back[0].transactions[0].date == day("2016-05-01")));
  BOOST_TEST((back[0].transactions[0].value.value_date == day("2016-05-01")));
}

BOOST_AUTO_TEST_CASE(import_export_import_keeps_totals_of_every_bundled_real_file) {
  const auto files = real_files(std::filesystem::path(PAIRAID_SOURCE_DIR) / "tests/data/iati/activities");
  BOOST_TEST(files.size() == 7u);
  check_round_trip_totals(files);
}

BOOST_AUTO_TEST_SUITE_END()

// The shared corpus (label corpus: skipped when it is absent).
BOOST_AUTO_TEST_SUITE(iati_export_corpus)

BOOST_AUTO_TEST_CASE(import_export_import_keeps_totals_of_every_real_file) {
  const auto files = real_files(std::filesystem::path(PAIRAID_SHARED_DIR) / "data/iati/activities");
  BOOST_TEST(files.size() == 17u);
  check_round_trip_totals(files);
}

BOOST_AUTO_TEST_SUITE_END()
