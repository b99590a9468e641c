// examples/data/xizang.json against what it was made from: the seed article (every figure with its
// qualifier, value and exact wording, every quote word for word), the shared division list (every
// area), the shared FRED annual rates (every exchange rate), and what reconciliation finds in it.
#include <pairaid/report/reconcile.hpp>
#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/fx_csv.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace pairaid;

// How the model's ids and enumerations print when a check fails (found by ADL).
namespace pairaid {
template <class Tag>
std::ostream& boost_test_print_type(std::ostream& os, const Id<Tag>& id) {
  return os << id.str();
}
inline std::ostream& boost_test_print_type(std::ostream& os, AreaCode c) { return os << c.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, Measure m) { return os << to_string(m); }
inline std::ostream& boost_test_print_type(std::ostream& os, QuantityKind k) { return os << to_string(k); }
inline std::ostream& boost_test_print_type(std::ostream& os, Aggregation a) { return os << to_string(a); }
inline std::ostream& boost_test_print_type(std::ostream& os, OrganisationKind k) { return os << to_string(k); }
}  // namespace pairaid

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot open " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep)
      out.emplace_back();
    else if (c != '\r')
      out.back() += c;
  }
  return out;
}

// Loaded once: the file is read-only and every test only looks.
const Dataset& xizang() {
  static const Dataset d = io::load_dataset(PAIRAID_SOURCE_DIR "/examples/data/xizang.json");
  return d;
}

const std::string article_url = "http://ecns.cn/m/news/society/2024-09-03/detail-ihefvwtp3473751.shtml";
const std::string song_role =
    "deputy head of the regional organization department and team leader of the 10th group sent to aid Xizang";
const std::string chen_role =
    "researcher at the Economic Strategy Research Institute of the Xizang Academy of Social Sciences";

const Indicator& indicator(const char* id) {
  const Indicator* i = xizang().find(IndicatorId(id));
  BOOST_TEST_REQUIRE(i != nullptr, "no indicator " << id);
  return *i;
}

const Source& source(const SourceId& id) {
  const Source* s = xizang().find(id);
  BOOST_TEST_REQUIRE(s != nullptr, "no source " << id.str());
  return *s;
}

std::optional<Period> years(const char* first, const char* last) {
  return Period::inclusive(parse_date(first), parse_date(last));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xizang_data)

// --- sources ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_people_quoted_are_song_liqiang_and_chen_pu_with_their_roles) {
  int song = 0, chen = 0;
  for (const Source& s : xizang().sources()) {
    if (!s.person || !s.id.str().starts_with("seed-")) continue;  // the article's (other sources: sources_test)
    if (s.person->name == "Song Liqiang") {
      ++song;
      BOOST_TEST(s.person->role == song_role);
    } else {
      BOOST_TEST(s.person->name == "Chen Pu");
      BOOST_TEST(s.person->role == chen_role);
      ++chen;
    }
  }
  BOOST_TEST(song == 4);
  BOOST_TEST(chen == 1);
  // Statements with no person cite the article alone.
  for (const char* id : {"seed-dispatch", "seed-pairing-1994", "seed-projects-since-2012", "seed-hospitals"})
    BOOST_TEST(!source(SourceId(id)).person.has_value(), id);
}

// --- the figures ------------------------------------------------------------------------------------

struct Expected {
  const char* indicator;
  Measure measure;
  QuantityKind kind;
  Qualifier qualifier;
  std::int64_t value;
  const char* wording;
  const char* source;
  std::optional<Period> period;
};

BOOST_AUTO_TEST_CASE(every_count_figure_has_its_qualifier_value_wording_and_source) {
  const std::vector<Expected> expected = {
      {"batches-dispatched", Measure::batches_dispatched, QuantityKind::batches, Qualifier::exact, 10, "10",
       "seed-dispatch", years("1994-01-01", "2024-09-03")},
      {"personnel-dispatched", Measure::personnel_dispatched, QuantityKind::people, Qualifier::nearly, 12000,
       "nearly 12,000", "seed-dispatch", years("1994-01-01", "2024-09-03")},
      {"students-supported", Measure::students_supported, QuantityKind::students, Qualifier::nearly, 10000,
       "nearly 10,000", "seed-song-students-patients", years("1994-01-01", "2024-09-03")},
      {"patients-treated", Measure::patients_treated, QuantityKind::patients, Qualifier::more_than, 8300,
       "more than 8,300", "seed-song-students-patients", years("1994-01-01", "2024-09-03")},
      {"enterprises-attracted", Measure::enterprises_attracted, QuantityKind::enterprises, Qualifier::more_than, 1140,
       "over 1,140", "seed-song-enterprises-brands", std::nullopt},
      {"brands-created", Measure::brands_created, QuantityKind::brands, Qualifier::hundreds_of, 100, "hundreds of",
       "seed-song-enterprises-brands", std::nullopt},
      {"projects-implemented", Measure::projects_implemented, QuantityKind::projects, Qualifier::more_than, 9500,
       "more than 9,500", "seed-projects-since-2012", years("2012-01-01", "2024-09-03")},
      {"talents-introduced", Measure::talents_introduced, QuantityKind::talents, Qualifier::exact, 146, "146",
       "seed-song-2023", years("2023-01-01", "2023-12-31")},
  };
  for (const Expected& e : expected) {
    BOOST_TEST_CONTEXT(e.indicator) {
      const Indicator& i = indicator(e.indicator);
      BOOST_TEST(i.measure == e.measure);
      BOOST_TEST(i.kind == e.kind);
      BOOST_TEST(i.scope.program == ProgramId("aid-xizang"));
      BOOST_TEST_REQUIRE(i.observations.size() == 1u);
      const Observation& o = i.observations[0];
      BOOST_TEST(o.period == e.period);
      BOOST_TEST_REQUIRE(o.actual.has_value());
      BOOST_TEST(o.actual->kind() == e.kind);
      std::visit(
          [&](const auto& r) {
            BOOST_TEST(r.qualifier() == e.qualifier);
            if constexpr (AnyCount<std::decay_t<decltype(r.value())>>) BOOST_TEST(r.value().count() == e.value);
          },
          o.actual->value);
      BOOST_TEST(o.actual->wording == e.wording);
      BOOST_TEST(o.actual->source == SourceId(e.source));
      // The wording is the source's own: it appears in the statement the figure cites.
      BOOST_TEST(source(o.actual->source).quote.find(e.wording) != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_2023_investment_is_25_17_billion_yuan_printed_as_about_3_5_billion_dollars) {
  const Indicator& i = indicator("investment-attracted");
  BOOST_TEST(i.measure == Measure::investment_attracted);
  BOOST_TEST(i.kind == QuantityKind::money);
  const Observation& o = i.observations.at(0);
  BOOST_TEST(o.period == years("2023-01-01", "2023-12-31"));
  BOOST_TEST_REQUIRE(o.actual.has_value());
  BOOST_TEST(get<Money>(o.actual->value) == Reported<Money>::exact(Money::parse("25170000000", Currency::of("CNY"))));
  BOOST_TEST_REQUIRE(o.actual->equivalent.has_value());
  BOOST_TEST(*o.actual->equivalent ==
             Reported<Money>(Qualifier::about, Money::parse("3500000000", Currency::of("USD"))));
  BOOST_TEST(o.actual->wording == "25.17 billion yuan ($3.5 billion)");
  BOOST_TEST(o.actual->source == SourceId("seed-song-2023"));
  BOOST_TEST(source(o.actual->source).person->name == "Song Liqiang");
}

// "Seventeen provinces and cities as well as 78 central State organs and people's organizations and
// 27 centrally administered State-owned enterprises were designated": no total, all the kinds.
BOOST_AUTO_TEST_CASE(the_1994_donors_are_a_breakdown_by_kind_with_no_stated_total) {
  const Indicator& i = indicator("donors-designated");
  BOOST_TEST(i.measure == Measure::donors_designated);
  BOOST_TEST(i.kind == QuantityKind::organisations);
  const Observation& o = i.observations.at(0);
  BOOST_TEST(!o.actual.has_value());
  BOOST_TEST(o.period == years("1994-01-01", "1994-12-31"));
  BOOST_TEST_REQUIRE(o.breakdowns.size() == 1u);
  const Breakdown& b = o.breakdowns[0];
  BOOST_TEST(b.dimension == "donor_kind");
  BOOST_TEST(b.exhaustive);
  BOOST_TEST_REQUIRE(b.items.size() == 3u);
  const std::int64_t values[] = {17, 78, 27};
  const char* wordings[] = {"Seventeen", "78", "27"};
  for (std::size_t k = 0; k < 3; ++k) {
    BOOST_TEST_REQUIRE(b.items[k].value.has_value());
    BOOST_TEST(get<Organisations>(b.items[k].value->value) == Reported<Organisations>::exact(organisations(values[k])));
    BOOST_TEST(b.items[k].value->wording == wordings[k]);
    BOOST_TEST(b.items[k].value->source == SourceId("seed-pairing-1994"));
  }
}

BOOST_AUTO_TEST_CASE(the_patients_conditions_are_named_without_values) {
  const Observation& o = indicator("patients-treated").observations.at(0);
  BOOST_TEST_REQUIRE(o.breakdowns.size() == 1u);
  const Breakdown& b = o.breakdowns[0];
  BOOST_TEST(b.dimension == "condition");
  std::vector<std::string> labels;
  for (const BreakdownItem& item : b.items) {
    labels.push_back(item.label);
    BOOST_TEST(!item.value.has_value(), item.key);  // unknown stays unknown
  }
  BOOST_TEST(labels == (std::vector<std::string>{"congenital heart disease", "cataracts", "skeletal diseases"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_triple_a_hospitals_are_the_regional_one_and_six_cities) {
  const Indicator& i = indicator("hospitals-accredited");
  BOOST_TEST(i.measure == Measure::hospitals_accredited);
  BOOST_TEST(i.aggregation == Aggregation::latest);
  BOOST_TEST_REQUIRE(i.attributes.size() == 1u);
  BOOST_TEST(i.attributes[0].first == "grade");
  BOOST_TEST(i.attributes[0].second == "triple A");
  BOOST_TEST(i.scope.area == AreaCode::parse("540000"));
  const Breakdown& b = i.observations.at(0).breakdowns.at(0);
  BOOST_TEST_REQUIRE(b.items.size() == 2u);
  BOOST_TEST(get<Hospitals>(b.items[0].value->value) == Reported<Hospitals>::exact(hospitals(1)));
  BOOST_TEST(get<Hospitals>(b.items[1].value->value) == Reported<Hospitals>::exact(hospitals(6)));
  BOOST_TEST(b.items[1].value->wording == "six");
  BOOST_TEST(b.items[1].label.find("Lhasa") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_14th_five_year_plan_period_is_2021_to_2025) {
  const Observation& o = indicator("economic-indicators-14th-plan").observations.at(0);
  BOOST_TEST(o.period == years("2021-01-01", "2025-12-31"));
  BOOST_TEST(!o.actual.has_value());  // Chen Pu names a period, not a value
  BOOST_TEST(o.period == FiveYearPlan::number(14).period());
}

// --- program, batches, organisations, projects --------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_program_is_aid_xizang_since_1994) {
  const Program* p = xizang().find(ProgramId("aid-xizang"));
  BOOST_TEST_REQUIRE(p != nullptr);
  BOOST_TEST(p->name_en == "Aid Xizang");
  BOOST_TEST(p->name_zh == "对口援藏");
  BOOST_TEST(p->recipient_area == AreaCode::parse("540000"));
  BOOST_TEST(p->start_year == 1994);
  BOOST_TEST(!p->decided_on.has_value());  // the article gives the year only
  BOOST_TEST(p->policy.find("\"Pairing-up\" assistance") != std::string::npos);
}

// The seed article states the sizes of batches 1 and 10 only; other sources add 5, 9 and 11
// (sources_test.cpp). Batches 2-4 and 6-8 stay unknown, never zero.
BOOST_AUTO_TEST_CASE(the_article_states_only_the_first_and_latest_sizes) {
  const auto batches = xizang().batches_of(ProgramId("aid-xizang"));
  BOOST_TEST_REQUIRE(batches.size() == 11u);
  for (std::size_t k = 0; k < 11; ++k) {
    const Batch& b = *batches[k];
    BOOST_TEST(b.ordinal == static_cast<int>(k) + 1);
    BOOST_TEST(!b.tenure.has_value());  // no cited source gives days
    if (b.headcount) {
      BOOST_TEST((k == 0 || k == 4 || k == 8 || k == 9 || k == 10), "batch " << b.ordinal);
      BOOST_TEST((k == 0 || k == 9) == b.headcount->source.str().starts_with("seed-"), "batch " << b.ordinal);
      continue;
    }
    BOOST_TEST(!b.headcount.has_value(), "batch " << b.ordinal);
    if (k != 7) BOOST_TEST(b.note.find("unknown, not zero") != std::string::npos);
  }
  BOOST_TEST(batches[0]->headcount->value == Reported<People>::exact(people(622)));
  BOOST_TEST(batches[0]->headcount->wording == "622");
  BOOST_TEST(batches[9]->headcount->value == Reported<People>::exact(people(2117)));
  BOOST_TEST(batches[9]->headcount->wording == "2,117");
  BOOST_TEST_REQUIRE(batches[9]->leader.has_value());
  BOOST_TEST(batches[9]->leader->person.name == "Song Liqiang");
  BOOST_TEST(batches[9]->leader->person.role == song_role);
  BOOST_TEST(!batches[0]->leader.has_value());
}

BOOST_AUTO_TEST_CASE(the_named_entities_are_the_ones_the_article_names) {
  // The article's one organisation comes first; the donors after it are named by other sources.
  BOOST_TEST_REQUIRE(xizang().organisations().size() == 5u);
  const Organisation& org = xizang().organisations()[0];
  for (std::size_t k = 1; k < 5; ++k)
    BOOST_TEST(!xizang().organisations()[k].sources.front().str().starts_with("seed-"));
  BOOST_TEST(org.name_en == "Organization Department of the CPC Central Committee");
  BOOST_TEST(org.kind == OrganisationKind::central_state_organ);
  BOOST_TEST(org.has_role(OrganisationRole::coordinator));
  BOOST_TEST(!org.has_role(OrganisationRole::donor));

  BOOST_TEST_REQUIRE(xizang().projects().size() == 2u);
  const Project* opera = xizang().find(ProjectId("princess-wencheng-opera"));
  const Project* plantation = xizang().find(ProjectId("panam-vegetable-plantation"));
  BOOST_TEST_REQUIRE((opera && plantation));
  BOOST_TEST((opera->tags == std::vector<ProjectTag>{ProjectTag::culture}));
  BOOST_TEST((plantation->tags == std::vector<ProjectTag>{ProjectTag::agriculture}));
  BOOST_TEST(plantation->area == AreaCode::parse("540228"));
  BOOST_TEST(xizang().transactions().empty());  // the projects come with no money
  for (const Pairing& p : xizang().pairings())  // nor does the article pair a named donor with an area
    for (const SourceId& s : p.sources) BOOST_TEST(!s.str().starts_with("seed-"));
}

// --- areas against the shared division list -----------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_areas_are_exactly_the_shared_division_list) {
  std::istringstream in(slurp(PAIRAID_SOURCE_DIR "/tests/data/reference/xizang-divisions.csv"));
  std::string line;
  std::getline(in, line);
  BOOST_TEST_REQUIRE(line == "code,parent_code,level,name_zh,name_en");
  const auto& areas = xizang().areas();
  std::size_t row = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto f = split(line, ',');
    BOOST_TEST_REQUIRE(f.size() == 5u, "line " << row + 2);
    BOOST_TEST_REQUIRE(row < areas.size());
    const Area& a = areas[row];
    BOOST_TEST_CONTEXT("line " << row + 2 << " (" << f[0] << ")") {
      BOOST_TEST(a.code.to_string() == f[0]);
      BOOST_TEST((a.parent ? a.parent->to_string() : std::string()) == f[1]);
      BOOST_TEST(std::string(to_string(a.level)) == (f[2] == "province" ? std::string("region") : f[2]));
      BOOST_TEST(a.name_zh == f[3]);
      BOOST_TEST(a.name_en == f[4]);
      BOOST_TEST((a.sources == std::vector<SourceId>{SourceId("xizang-divisions")}));
    }
    ++row;
  }
  BOOST_TEST(row == 82u);
  BOOST_TEST(areas.size() == row);
}

BOOST_AUTO_TEST_CASE(conventional_names_find_their_areas) {
  auto code_of = [](const char* name) {
    const Area* a = xizang().find_area_named(name);
    return a ? a->code.to_string() : std::string("none");
  };
  BOOST_TEST(code_of("Panam") == "540228");
  BOOST_TEST(code_of("Panam county") == "540228");
  BOOST_TEST(code_of("Bainang County") == "540228");
  BOOST_TEST(code_of("Shigatse") == "540200");
  BOOST_TEST(code_of("Xigaze") == "540200");
  BOOST_TEST(code_of("Lhasa") == "540100");
  BOOST_TEST(code_of("Xizang autonomous region") == "540000");
  BOOST_TEST(code_of("Lhoka") == "540500");
  BOOST_TEST(xizang().within(AreaCode::parse("540228"), AreaCode::parse("540200")));
}

// --- exchange rates against the shared FRED series ------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_rates_are_the_fred_annual_china_rows_with_the_bundled_citation) {
  std::vector<std::pair<std::string, std::string>> fred;  // date, CNY per USD
  std::istringstream in(slurp(PAIRAID_SOURCE_DIR "/tests/data/reference/exchange-rates-annual.csv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const auto f = split(line, ',');
    if (f.size() == 3 && f[1] == "China") fred.emplace_back(f[0], f[2]);
  }
  const FxTable bundled = io::load_fx_csv(PAIRAID_SOURCE_DIR "/examples/data/fx-usd-cny-annual.csv");

  const auto& rates = xizang().exchange_rates();
  BOOST_TEST_REQUIRE(rates.size() >= 1u);
  bool has_2023 = false;
  for (const FxRate& r : rates) {
    BOOST_TEST_CONTEXT(to_string(r.date)) {
      has_2023 = has_2023 || r.date == parse_date("2023-01-01");
      BOOST_TEST(r.base == Currency::of("USD"));
      BOOST_TEST(r.quote == Currency::of("CNY"));
      auto row = std::find_if(fred.begin(), fred.end(), [&](const auto& x) { return x.first == to_string(r.date); });
      BOOST_TEST_REQUIRE((row != fred.end()));
      BOOST_TEST(r.rate == Decimal::parse(row->second));
      const auto leg = bundled.leg(r.base, r.quote, r.date);
      BOOST_TEST_REQUIRE(leg.has_value());
      BOOST_TEST(leg->rate.date == r.date);
      BOOST_TEST(leg->rate.source == r.source);
    }
  }
  BOOST_TEST(has_2023);
}

// --- what reconciliation finds --------------------------------------------------------------------------

const Check& check(const std::vector<Check>& checks, const std::string& id) {
  auto it = std::find_if(checks.begin(), checks.end(), [&](const Check& c) { return c.id == id; });
  BOOST_TEST_REQUIRE((it != checks.end()), "no check " << id);
  return *it;
}

BOOST_AUTO_TEST_CASE(the_articles_figures_agree_with_each_other) {
  const std::vector<Check> checks = reconcile(xizang());
  const Check& personnel = check(checks, "personnel_vs_batches:personnel-dispatched/0");
  BOOST_TEST(personnel.verdict == Verdict::consistent);
  // Batches 5 and 9 (other sources) tighten what the six unknown batches must hold; batch 11 went
  // after the figure's period and is left out of it.
  BOOST_TEST(personnel.reasoning.find("622 + 850 + 2,006 + 2,117 = 5,595 people") != std::string::npos);
  BOOST_TEST(personnel.reasoning.find("5,205 to 11,999 \xE2\x88\x92 5,595 = 6,404 people") != std::string::npos);
  BOOST_TEST(personnel.reasoning.find("867.5 to 1,067.3") != std::string::npos);
  BOOST_TEST(personnel.reasoning.find("batch 11, whose stated term starts in 2025") != std::string::npos);
  BOOST_TEST(check(checks, "batch_count:batches-dispatched/0").verdict == Verdict::consistent);
  const Check& growth = check(checks, "batch_growth:aid-xizang");
  BOOST_TEST(growth.verdict == Verdict::consistent);
  BOOST_TEST(growth.reasoning.find("3.47\xC3\x97") != std::string::npos);  // 2,156 / 622: batch 11 is the latest known
  BOOST_TEST(growth.reasoning.find("622, 850, 2,006, 2,117, then 2,156") != std::string::npos);
  const Check& fx = check(checks, "fx_equivalent:/indicators/8/observations/0/actual");
  BOOST_TEST(fx.verdict == Verdict::consistent);
  BOOST_TEST(fx.reasoning.find("3,554,632,885.65 USD") != std::string::npos);
  BOOST_TEST(fx.reasoning.find("7.0809 CNY per USD (the rate in force from 2023-01-01; FRED AEXCHUS") !=
             std::string::npos);
  const Check& donors = check(checks, "breakdown_vs_total:/indicators/2/observations/0/breakdowns/0");
  BOOST_TEST(donors.verdict == Verdict::undetermined);
  BOOST_TEST(donors.reasoning.find("= 122 organisations") != std::string::npos);
  BOOST_TEST(check(checks, "breakdown_vs_total:/indicators/4/observations/0/breakdowns/0").verdict ==
             Verdict::undetermined);
  // Every wording the phrase parser reads agrees with its figure; the Chinese wordings of other
  // sources ("2006名") are not read, so their checks are undetermined, never inconsistent.
  int wordings = 0;
  for (const Check& c : checks)
    if (c.kind == CheckKind::wording_vs_value) {
      ++wordings;
      BOOST_TEST(c.verdict != Verdict::inconsistent, c.id << ": " << c.reasoning);
      if (c.title.find("\xE5\x90\x8D") == std::string::npos && c.title.find("\xE6\x89\xB9") == std::string::npos)
        BOOST_TEST(c.verdict == Verdict::consistent, c.id << ": " << c.reasoning);
    }
  BOOST_TEST(wordings >= 15);
  // The sources contradict each other in three places, each acknowledged in the dataset; nothing
  // else is inconsistent.
  BOOST_TEST(overall_verdict(checks) == Verdict::inconsistent);
  BOOST_TEST(unacknowledged_contradictions(checks) == 0u);
  for (const Check& c : checks)
    if (c.verdict == Verdict::inconsistent) BOOST_TEST(!c.acknowledged.empty(), c.id);
}

BOOST_AUTO_TEST_CASE(the_contradictory_copy_is_caught) {
  const Dataset bad =
      io::load_dataset(PAIRAID_SOURCE_DIR "/tests/data/datasets/contradictory/xizang-contradictory.json");
  const std::vector<Check> checks = reconcile(bad);
  BOOST_TEST(overall_verdict(checks) == Verdict::inconsistent);
  BOOST_TEST(check(checks, "personnel_vs_batches:personnel-dispatched/0").verdict == Verdict::inconsistent);
  BOOST_TEST(check(checks, "fx_equivalent:/indicators/8/observations/0/actual").verdict == Verdict::inconsistent);
}

BOOST_AUTO_TEST_SUITE_END()

// The shared corpus (label corpus: skipped when it is absent).
BOOST_AUTO_TEST_SUITE(xizang_data_corpus)

BOOST_AUTO_TEST_CASE(every_quote_is_the_articles_text_word_for_word) {
  const std::string article = slurp(PAIRAID_SHARED_DIR "/seed/aid-xizang-30-years.txt");
  int quotes = 0;
  // The seed article's statements (the other sources are checked in sources_test.cpp).
  for (const Source& s : xizang().sources()) {
    if (s.quote.empty() || !s.id.str().starts_with("seed-")) continue;
    ++quotes;
    BOOST_TEST(article.find(s.quote) != std::string::npos, s.id.str() << ": quote not in the article: " << s.quote);
    BOOST_TEST(s.title == "30 years of support for development");
    BOOST_TEST(s.url == article_url);
    BOOST_TEST(s.date == parse_date("2024-09-03"));
    BOOST_TEST(s.publisher.empty());  // the copy does not name the original publisher; none is invented
    BOOST_TEST(s.note.find("ecns.cn") != std::string::npos);
    BOOST_TEST(s.note.find("does not state the original publisher") != std::string::npos);
  }
  BOOST_TEST(quotes == 10);
  const Source& article_source = source(SourceId("seed-article"));
  BOOST_TEST(article_source.url == article_url);
  BOOST_TEST(article_source.note.find("This is where the text was found") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
