// The report: summarize() as data, and its three renderings. Built on the seed article alone
// (tests/data/datasets/seed/xizang-seed.json) and on small datasets built here; JSON output is
// parsed back with Boost.JSON, CSV output with an RFC 4180 reader written below.
#include <pairaid/report/report.hpp>
#include <pairaid/io/dataset_json.hpp>

#include "test_support.hpp"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace pairaid;

namespace {

const Dataset& xizang() {
  static const Dataset d = io::load_dataset(PAIRAID_SOURCE_DIR "/tests/data/datasets/seed/xizang-seed.json");
  return d;
}

std::string rendered(const Summary& s, ReportFormat f) {
  std::ostringstream out;
  render(out, s, f);
  return out.str();
}

const IndicatorSummary& indicator(const Summary& s, const std::string& id) {
  auto it =
      std::find_if(s.indicators.begin(), s.indicators.end(), [&](const IndicatorSummary& i) { return i.id == id; });
  BOOST_TEST_REQUIRE((it != s.indicators.end()), "no indicator " << id);
  return *it;
}

bool contains(const std::string& text, const std::string& part) {
  const bool found = text.find(part) != std::string::npos;
  if (!found) BOOST_TEST_MESSAGE("not found: " << part);
  return found;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> csv_records(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row(1);
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        row.back() += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        row.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.emplace_back();
    } else if (c == '\n') {
      rows.push_back(row);
      row.assign(1, "");
    } else {
      row.back() += c;
    }
  }
  BOOST_TEST(!quoted);
  BOOST_TEST((row.size() == 1 && row[0].empty()), "the last record ends with a newline");
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(summary)

// --- periods and plans ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(periods_read_as_years_when_they_are_whole_years) {
  BOOST_TEST(period_words(Period::years(2023, 2023)) == "2023");
  BOOST_TEST(period_words(Period::years(2021, 2025)) == "2021-2025");
  BOOST_TEST(period_words(Period::inclusive(parse_date("2012-01-01"), parse_date("2024-09-03"))) ==
             "2012-01-01 to 2024-09-03");
  BOOST_TEST(period_words(Period::inclusive(parse_date("2024-09-03"), parse_date("2024-09-03"))) == "2024-09-03");
}

BOOST_AUTO_TEST_CASE(a_period_names_its_plan_or_the_plans_it_spans) {
  BOOST_TEST(plans_words(Period::years(2023, 2023)) == "14th Five-Year Plan (2021-2025)");
  BOOST_TEST(plans_words(Period::inclusive(parse_date("1994-01-01"), parse_date("2024-09-03"))) ==
             "spans the 8th to 14th Five-Year Plans (1991-2025)");
  // 1963-1965 was an adjustment period under no plan.
  BOOST_TEST(plans_words(Period::years(1960, 1970)) ==
             "spans the 2nd to 3rd Five-Year Plans (1958-1970); some of its years fall under no plan");
  BOOST_TEST(plans_words(Period::years(1963, 1965)) == "under no Five-Year Plan");
}

// --- the seed summary as data -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_seed_summary_holds_the_program_and_its_policy) {
  const Summary s = summarize(xizang());
  BOOST_TEST(s.title == xizang().content().title);
  BOOST_TEST_REQUIRE(s.programs.size() == 1u);
  const ProgramSummary& p = s.programs[0];
  BOOST_TEST(p.name_zh == "对口援藏");
  BOOST_TEST(p.recipient == "Xizang (Tibet) Autonomous Region (540000)");
  BOOST_TEST(p.divisions == 81u);
  BOOST_TEST(p.start_plan == "8th Five-Year Plan (1991-1995)");
  BOOST_TEST(contains(p.policy, "Pairing-up"));
  BOOST_TEST((p.coordinators == std::vector<std::string>{"Organization Department of the CPC Central Committee"}));
  BOOST_TEST(p.donors.empty());
}

BOOST_AUTO_TEST_CASE(every_seed_figure_carries_its_qualifier_in_words) {
  const Summary s = summarize(xizang());
  auto actual_text = [&](const char* id) { return indicator(s, id).observations.at(0).actual.value().text; };
  BOOST_TEST(actual_text("batches-dispatched") == "10 batches");
  BOOST_TEST(actual_text("personnel-dispatched") == "nearly 12,000 people");
  BOOST_TEST(actual_text("students-supported") == "nearly 10,000 students");
  BOOST_TEST(actual_text("patients-treated") == "more than 8,300 patients");
  BOOST_TEST(actual_text("enterprises-attracted") == "more than 1,140 enterprises");
  BOOST_TEST(actual_text("brands-created") == "hundreds of brands");
  BOOST_TEST(actual_text("projects-implemented") == "more than 9,500 projects");
  BOOST_TEST(actual_text("investment-attracted") == "25,170,000,000.00 CNY");
  BOOST_TEST(actual_text("talents-introduced") == "146 talents");

  const FigureLine& total = indicator(s, "personnel-dispatched").observations[0].actual.value();
  BOOST_TEST(total.range == "10,800 to 11,999 people");
  BOOST_TEST(total.value == "12000");
  BOOST_TEST(total.wording == "nearly 12,000");
  BOOST_TEST(total.plans == "spans the 8th to 14th Five-Year Plans (1991-2025)");
  BOOST_TEST(total.pointer == "/indicators/1/observations/0/actual");
  BOOST_TEST(indicator(s, "investment-attracted").observations[0].actual->equivalent == "about 3,500,000,000.00 USD");
  BOOST_TEST(indicator(s, "investment-attracted").observations[0].actual->attribution == "Song Liqiang");
  BOOST_TEST(indicator(s, "investment-attracted").section == ReportSection::investment);
}

BOOST_AUTO_TEST_CASE(donors_and_hospitals_are_summed_by_kind_without_a_stated_total) {
  const Summary s = summarize(xizang());
  const BreakdownSummary& donors = indicator(s, "donors-designated").observations.at(0).breakdowns.at(0);
  BOOST_TEST(donors.sum == "17 + 78 + 27 = 122 organisations");
  BOOST_TEST(donors.total == "no total stated");
  BOOST_TEST(donors.items.at(0).wording == "Seventeen");
  const BreakdownSummary& hospitals = indicator(s, "hospitals-accredited").observations.at(0).breakdowns.at(0);
  BOOST_TEST(hospitals.sum == "1 + 6 = 7 hospitals");
  const BreakdownSummary& conditions = indicator(s, "patients-treated").observations.at(0).breakdowns.at(0);
  BOOST_TEST(conditions.sum.empty());
  BOOST_TEST(conditions.unknown.size() == 3u);
  BOOST_TEST(conditions.total == "total: more than 8,300 patients");
}

BOOST_AUTO_TEST_CASE(the_batches_show_what_is_known_and_what_is_not) {
  const Summary s = summarize(xizang());
  BOOST_TEST_REQUIRE(s.batches.size() == 1u);
  const BatchesSummary& b = s.batches[0];
  BOOST_TEST(b.batches.size() == 10u);
  BOOST_TEST(b.first == "batch 1: 622 people");
  BOOST_TEST(b.latest == "batch 10: 2,117 people");
  BOOST_TEST(b.growth == "2,117 / 622 = 3.40\xC3\x97 (exact ratio 2117/622, rounded half_even to 2 decimals)");
  BOOST_TEST(b.unknown ==
             "2\xE2\x80\x93"
             "9");
  BOOST_TEST(b.unknown_count == 8u);
  BOOST_TEST((b.totals == std::vector<std::string>{"nearly 12,000 people, 1994-01-01 to 2024-09-03"}));
  BOOST_TEST(!b.batches[4].headcount.has_value());
  BOOST_TEST(contains(b.batches[9].leader, "Song Liqiang, deputy head"));
}

BOOST_AUTO_TEST_CASE(the_2023_investment_is_converted_at_the_cited_rate) {
  const Summary s = summarize(xizang());
  BOOST_TEST_REQUIRE(s.conversions.size() == 1u);
  const ConversionSummary& c = s.conversions[0];
  BOOST_TEST(c.converted == "3,554,632,885.65 USD");
  BOOST_TEST(c.value_date == "2023-01-01");
  BOOST_TEST(contains(c.rates, "7.0809 CNY per USD, in force from 2023-01-01 (FRED AEXCHUS"));
  BOOST_TEST(c.printed == "about 3,500,000,000.00 USD");
  BOOST_TEST(c.missing.empty());

  // Without the dataset's rates (an empty table passed instead) nothing is converted, and it says why.
  const FxTable none;
  ReconcileOptions o;
  o.fx = &none;
  const Summary bare = summarize(xizang(), o);
  BOOST_TEST(bare.conversions.at(0).converted.empty());
  BOOST_TEST(contains(bare.conversions.at(0).missing, "no exchange rate CNY/USD in force on 2023-01-01"));
}

BOOST_AUTO_TEST_CASE(the_summary_carries_the_checks_and_their_overall_verdict) {
  const Summary s = summarize(xizang());
  BOOST_TEST(s.checks == reconcile(xizang()));
  BOOST_TEST(s.overall == Verdict::undetermined);
  BOOST_TEST(s.projects.size() == 2u);
  BOOST_TEST(contains(s.projects[1].area, "Bainang County (540228), also called Panam"));
  BOOST_TEST(s.sources.size() == xizang().sources().size());
}

// --- renderings --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_text_report_shows_every_seed_figure_with_its_qualifier_and_grouping) {
  const std::string text = rendered(summarize(xizang()), ReportFormat::text);
  for (const char* part : {"Aid Xizang (对口援藏), since 1994",
                           "Pairing policy: \"Pairing-up\" assistance",
                           "17 + 78 + 27 = 122 organisations",
                           "10 batches",
                           "nearly 12,000 people (10,800 to 11,999 people)",
                           "batch 1: 622 people",
                           "batches 2\xE2\x80\x93"
                           "9: size unknown",
                           "batch 10: 2,117 people",
                           "growth: 2,117 / 622 = 3.40\xC3\x97",
                           "in total: nearly 12,000 people",
                           "nearly 10,000 students",
                           "more than 8,300 patients",
                           "congenital heart disease: no figure stated",
                           "more than 1,140 enterprises",
                           "hundreds of brands",
                           "more than 9,500 projects",
                           "25,170,000,000.00 CNY",
                           "= 3,554,632,885.65 USD at 7.0809 CNY per USD, in force from 2023-01-01",
                           "the source printed about 3,500,000,000.00 USD",
                           "146 talents",
                           "[grade: triple A]",
                           "6 hospitals",
                           "1 + 6 = 7 hospitals",
                           "A vegetable plantation in Panam county [agriculture]",
                           "The Princess Wencheng opera",
                           "14th Five-Year Plan (2021-2025)",
                           "spans the 8th to 14th Five-Year Plans (1991-2025)",
                           "overall: undetermined",
                           "the claim is feasible",
                           "[seed-chen-14th-plan]",
                           "speaker: Chen Pu"})
    BOOST_TEST(contains(text, part), part);
  // Numbers are grouped: no run of four or more digits outside dates, codes, ids and ratios.
  std::istringstream lines(text);
  std::string line;
  const std::regex ungrouped(R"((^|[ (])\d{5,}( people| patients| students| organisations| CNY| USD))");
  while (std::getline(lines, line)) BOOST_TEST(!std::regex_search(line, ungrouped), line);
}

BOOST_AUTO_TEST_CASE(the_json_report_parses_and_keeps_exact_values) {
  const std::string text = rendered(summarize(xizang()), ReportFormat::json);
  boost::json::value v;
  BOOST_REQUIRE_NO_THROW(v = boost::json::parse(text));
  const auto& root = v.as_object();
  BOOST_TEST(root.at("format").as_string() == "pairaid-report");
  const auto& indicators = root.at("indicators").as_array();
  BOOST_TEST(indicators.size() == xizang().indicators().size());
  const auto& personnel = indicators.at(1).as_object();
  BOOST_TEST(personnel.at("id").as_string() == "personnel-dispatched");
  const auto& actual = personnel.at("observations").as_array().at(0).as_object().at("actual").as_object();
  BOOST_TEST(actual.at("qualifier").as_string() == "nearly");
  BOOST_TEST(actual.at("value").as_string() == "12000");
  BOOST_TEST(actual.at("text").as_string() == "nearly 12,000 people");
  BOOST_TEST(actual.at("period").as_object().at("last").as_string() == "2024-09-03");
  const auto& money =
      indicators.at(8).as_object().at("observations").as_array().at(0).as_object().at("actual").as_object();
  BOOST_TEST(money.at("value").as_string() == "25170000000");
  BOOST_TEST(money.at("currency").as_string() == "CNY");
  const auto& checks = root.at("reconciliation").as_object().at("checks").as_array();
  BOOST_TEST(checks.size() == reconcile(xizang()).size());
  BOOST_TEST(root.at("reconciliation").as_object().at("overall").as_string() == "undetermined");
  BOOST_TEST(root.at("batches").as_array().at(0).as_object().at("unknown_count").as_int64() == 8);
}

BOOST_AUTO_TEST_CASE(the_csv_report_has_a_row_per_figure_and_per_check) {
  const Summary s = summarize(xizang());
  const auto rows = csv_records(rendered(s, ReportFormat::csv));
  BOOST_TEST_REQUIRE(rows.size() > 1u);
  const std::vector<std::string>& header = rows[0];
  BOOST_TEST(header.at(0) == "record");
  std::size_t figures = 0, checks = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    BOOST_TEST(rows[r].size() == header.size(), "row " << r);
    if (rows[r][0] == "figure") ++figures;
    if (rows[r][0] == "check") ++checks;
  }
  // 9 indicator values + 3 donor kinds + 2 hospital parts + 2 batch sizes.
  BOOST_TEST(figures == 16u);
  BOOST_TEST(checks == s.checks.size());
  auto total =
      std::find_if(rows.begin(), rows.end(), [](const auto& row) { return row.at(1) == "personnel-dispatched"; });
  BOOST_TEST_REQUIRE((total != rows.end()));
  BOOST_TEST(total->at(5) == "nearly");
  BOOST_TEST(total->at(6) == "12000");
  BOOST_TEST(total->at(7) == "people");
  BOOST_TEST(total->at(4) == "nearly 12,000 people");
}

BOOST_AUTO_TEST_CASE(formats_are_named_and_dispatched) {
  BOOST_TEST((parse_report_format("json") == ReportFormat::json));
  BOOST_TEST((parse_report_format("csv") == ReportFormat::csv));
  BOOST_TEST((parse_report_format("text") == ReportFormat::text));
  BOOST_TEST(!parse_report_format("xml").has_value());
  const Summary s = summarize(xizang());
  std::ostringstream direct;
  render_csv(direct, s);
  BOOST_TEST(rendered(s, ReportFormat::csv) == direct.str());
}

// --- generic over datasets ---------------------------------------------------------------------------

// A dataset with no batches, no indicators and no sources still summarises and renders.
BOOST_AUTO_TEST_CASE(an_almost_empty_dataset_renders_in_every_format) {
  DatasetContent c;
  const AreaCode region = AreaCode::parse("540000");
  c.areas.push_back(Area{region, "Xizang", "", AreaLevel::region, std::nullopt, {}, {}});
  c.programs.push_back(Program{ProgramId("p"), "P", "", region, 1960, std::nullopt, "", {}});
  const Summary s = summarize(Dataset::build(c));
  BOOST_TEST(s.batches.empty());
  BOOST_TEST(s.checks.empty());
  BOOST_TEST(s.overall == Verdict::consistent);
  BOOST_TEST(s.programs.at(0).start_plan == "2nd Five-Year Plan (1958-1962)");
  BOOST_TEST(contains(rendered(s, ReportFormat::text), "Donors named individually: none"));
  BOOST_REQUIRE_NO_THROW(boost::json::parse(rendered(s, ReportFormat::json)));
  BOOST_TEST(csv_records(rendered(s, ReportFormat::csv)).size() == 1u);  // the header alone
}

BOOST_AUTO_TEST_CASE(text_with_quotes_and_newlines_is_escaped_in_json_and_csv) {
  DatasetContent c;
  const AreaCode region = AreaCode::parse("540000");
  c.areas.push_back(Area{region, "Xizang", "", AreaLevel::region, std::nullopt, {}, {}});
  c.programs.push_back(
      Program{ProgramId("p"), "P", "", region, 1994, std::nullopt, "a \"quoted\"\nline, with\ttab", {}});
  Indicator i;
  i.id = IndicatorId("x");
  i.measure = Measure::projects_implemented;
  i.kind = QuantityKind::projects;
  i.title = "Projects, \"named\"";
  i.scope.program = ProgramId("p");
  Observation o;
  o.actual = AnyFigure{AnyReported(Reported<Projects>::exact(projects(3))), "3", {}, std::nullopt};
  i.observations.push_back(o);
  c.indicators.push_back(i);
  const Summary s = summarize(Dataset::build(c));
  const auto v = boost::json::parse(rendered(s, ReportFormat::json));
  BOOST_TEST(v.at("programs").at(0).at("policy").as_string() == "a \"quoted\"\nline, with\ttab");
  const auto rows = csv_records(rendered(s, ReportFormat::csv));
  BOOST_TEST(rows.at(1).at(3) == "Projects, \"named\"");
}

BOOST_AUTO_TEST_SUITE_END()
