// Indicator aggregation and area roll-up (analysis/indicators.hpp) on small datasets built in C++,
// each expectation worked out by hand in the comment above it; then the seed dataset.
#include <pairaid/analysis/indicators.hpp>
#include <pairaid/io/dataset_json.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

// How failed checks print ids and area codes (test_support.hpp does not know them).
namespace pairaid {
template <class Tag>
std::ostream& boost_test_print_type(std::ostream& os, const Id<Tag>& id) {
  return os << id.str();
}
inline std::ostream& boost_test_print_type(std::ostream& os, AreaCode a) { return os << a.to_string(); }
}  // namespace pairaid

using namespace pairaid;

namespace {

Date d(const char* iso) { return parse_date(iso); }
AreaCode code(const char* c) { return AreaCode::parse(c); }
const ProgramId program{"aid"};
const AreaCode xizang = code("540000"), lhasa = code("540100"), chengguan = code("540102"), shigatse = code("540200"),
               nyingchi = code("540400");

template <class Q>
AnyFigure fig(Qualifier q, Q v) {
  return AnyFigure{AnyReported(Reported<Q>(q, v)), "", {}, std::nullopt};
}
Observation obs(std::optional<Period> period, std::optional<AnyFigure> actual) {
  Observation o;
  o.period = period;
  o.actual = std::move(actual);
  return o;
}
Period year(int y) { return Period::years(y, y); }

Indicator indicator(const char* id, Measure m, QuantityKind kind, Aggregation rule,
                    std::vector<Observation> observations, std::optional<AreaCode> area = std::nullopt,
                    std::optional<OrganisationId> donor = std::nullopt) {
  Indicator i;
  i.id = IndicatorId(id);
  i.measure = m;
  i.kind = kind;
  i.title = std::string("the ") + id;
  i.scope = Scope{program, area, donor};
  i.aggregation = rule;
  i.observations = std::move(observations);
  return i;
}
Indicator patients_in(const char* id, std::int64_t n, std::optional<AreaCode> area,
                      std::optional<OrganisationId> donor = std::nullopt) {
  return indicator(id, Measure::patients_treated, QuantityKind::patients, Aggregation::sum,
                   {obs(year(2023), fig(Qualifier::exact, patients(n)))}, area, donor);
}

// Xizang > Lhasa > Chengguan; Xizang > Shigatse; Xizang > Nyingchi. One donor, Beijing.
DatasetContent areas_and(std::vector<Indicator> indicators) {
  DatasetContent c;
  c.areas.push_back(Area{xizang, "Xizang", "", AreaLevel::region, std::nullopt, {}, {}});
  c.areas.push_back(Area{lhasa, "Lhasa City", "", AreaLevel::prefecture, xizang, {}, {}});
  c.areas.push_back(Area{chengguan, "Chengguan District", "", AreaLevel::county, lhasa, {}, {}});
  c.areas.push_back(Area{shigatse, "Xigaze City", "", AreaLevel::prefecture, xizang, {"Shigatse"}, {}});
  c.areas.push_back(Area{nyingchi, "Nyingchi City", "", AreaLevel::prefecture, xizang, {}, {}});
  c.organisations.push_back(Organisation{
      OrganisationId("beijing"), "Beijing", "", OrganisationKind::municipality, {OrganisationRole::donor}, {}, {}});
  c.programs.push_back(Program{program, "Aid", "", xizang, 1994, std::nullopt, "", {}});
  c.indicators = std::move(indicators);
  return c;
}

// The indicator as it comes out of a validated dataset.
struct Built {
  Dataset dataset;
  const Indicator& operator*() const { return dataset.indicators().front(); }
};
Built built(Indicator i) { return Built{Dataset::build(areas_and({std::move(i)}))}; }

template <class Q>
Interval<Q> between(Q lo, std::optional<Q> hi) {
  return Interval<Q>(Bound<Q>{lo, true}, hi ? std::optional(Bound<Q>{*hi, true}) : std::nullopt);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(indicators)

// --- sum ------------------------------------------------------------------------------------------------

// 100 exact + "about 300" [270, 330] + "nearly 50" [45, 49] = [415, 479].
BOOST_AUTO_TEST_CASE(sum_adds_the_intervals_of_the_values) {
  const Built b = built(indicator(
      "treated", Measure::patients_treated, QuantityKind::patients, Aggregation::sum,
      {obs(year(2019), fig(Qualifier::exact, patients(100))), obs(year(2020), fig(Qualifier::about, patients(300))),
       obs(year(2021), fig(Qualifier::nearly, patients(50)))}));
  const Aggregate<Patients> a = aggregate<Patients>(*b);
  BOOST_TEST(a.indicator == IndicatorId("treated"));
  BOOST_TEST(a.rule == Aggregation::sum);
  BOOST_TEST(a.complete());
  BOOST_TEST(a.known == std::optional(between(patients(415), std::optional(patients(479)))));
  BOOST_TEST(a.bounds() == a.known);
  BOOST_TEST((a.used == std::vector<std::size_t>{0, 1, 2}));
  // A 5% reading of "about" and "nearly": [285, 315] and [48, 49] -> [433, 464].
  const auto tight = aggregate<Patients>(*b, AggregateOptions{QualifierPolicy{500, 500}, std::nullopt});
  BOOST_TEST(tight.known == std::optional(between(patients(433), std::optional(patients(464)))));
}

// A fourth year with a target and no actual: the known sum stays [415, 479] but the total is only
// known to be at least 415.
BOOST_AUTO_TEST_CASE(an_observation_without_an_actual_makes_the_sum_incomplete) {
  Observation target_only = obs(year(2022), std::nullopt);
  target_only.target = fig(Qualifier::exact, patients(400));
  const Built b = built(indicator(
      "treated", Measure::patients_treated, QuantityKind::patients, Aggregation::sum,
      {obs(year(2019), fig(Qualifier::exact, patients(100))), obs(year(2020), fig(Qualifier::about, patients(300))),
       obs(year(2021), fig(Qualifier::nearly, patients(50))), target_only}));
  const Aggregate<Patients> a = aggregate<Patients>(*b);
  BOOST_TEST(!a.complete());
  BOOST_TEST((a.notes == std::vector<ObservationNote>{{3, ObservationIssue::no_actual}}));
  BOOST_TEST(a.known == std::optional(between(patients(415), std::optional(patients(479)))));
  BOOST_TEST(a.bounds() == std::optional(between(patients(415), std::optional<Patients>())));
}

// 100 (2019) + 200 (2020) + 300 (2021) + 7 (no period) = 607. Within [2020-01-01, 2021-07-01):
// 2020 only; 2021 straddles the edge and the undated one cannot be placed, so at least 200.
BOOST_AUTO_TEST_CASE(a_window_takes_whole_observations_and_names_the_rest) {
  const Built b = built(indicator(
      "treated", Measure::patients_treated, QuantityKind::patients, Aggregation::sum,
      {obs(year(2019), fig(Qualifier::exact, patients(100))), obs(year(2020), fig(Qualifier::exact, patients(200))),
       obs(year(2021), fig(Qualifier::exact, patients(300))), obs(std::nullopt, fig(Qualifier::exact, patients(7)))}));
  BOOST_TEST(aggregate<Patients>(*b).known == std::optional(Interval<Patients>::exactly(patients(607))));
  const auto a = aggregate<Patients>(*b, AggregateOptions{{}, Period(d("2020-01-01"), d("2021-07-01"))});
  BOOST_TEST((a.used == std::vector<std::size_t>{1}));
  BOOST_TEST(a.known == std::optional(Interval<Patients>::exactly(patients(200))));
  BOOST_TEST((a.notes ==
              std::vector<ObservationNote>{{2, ObservationIssue::straddles_window}, {3, ObservationIssue::no_period}}));
  BOOST_TEST(a.bounds() == std::optional(between(patients(200), std::optional<Patients>())));
}

// 1.50 + 2.25 = 3.75 CNY exactly; a dollar value among them is a currency mismatch, not a sum.
BOOST_AUTO_TEST_CASE(money_sums_exactly_in_one_currency) {
  const Currency cny = Currency::of("CNY"), usd = Currency::of("USD");
  const Built b = built(indicator("invested", Measure::investment_attracted, QuantityKind::money, Aggregation::sum,
                                  {obs(year(2022), fig(Qualifier::exact, Money::parse("1.50", cny))),
                                   obs(year(2023), fig(Qualifier::exact, Money::parse("2.25", cny)))}));
  BOOST_TEST(aggregate<Money>(*b).known == std::optional(Interval<Money>::exactly(Money::parse("3.75", cny))));
  const Built mixed = built(indicator("invested", Measure::investment_attracted, QuantityKind::money, Aggregation::sum,
                                      {obs(year(2022), fig(Qualifier::exact, Money::parse("1.50", cny))),
                                       obs(year(2023), fig(Qualifier::exact, Money::parse("2.25", usd)))}));
  PAIRAID_CHECK_ERRC(aggregate<Money>(*mixed), errc::currency_mismatch);
}

// --- latest ---------------------------------------------------------------------------------------------

Indicator hospitals_latest(std::vector<Observation> o) {
  return indicator("accredited", Measure::hospitals_accredited, QuantityKind::hospitals, Aggregation::latest,
                   std::move(o), xizang);
}

// 5 (2022), 7 (2023), 9 (undated): 7 is the latest dated value; the undated 9 cannot be ordered.
BOOST_AUTO_TEST_CASE(latest_takes_the_period_that_ends_last_and_names_undated_ones) {
  const Built b = built(hospitals_latest({obs(year(2022), fig(Qualifier::exact, hospitals(5))),
                                          obs(year(2023), fig(Qualifier::exact, hospitals(7))),
                                          obs(std::nullopt, fig(Qualifier::exact, hospitals(9)))}));
  const Aggregate<Hospitals> a = aggregate<Hospitals>(*b);
  BOOST_TEST(a.rule == Aggregation::latest);
  BOOST_TEST((a.used == std::vector<std::size_t>{1}));
  BOOST_TEST(a.known == std::optional(Interval<Hospitals>::exactly(hospitals(7))));
  BOOST_TEST((a.notes == std::vector<ObservationNote>{{2, ObservationIssue::no_period}}));
  BOOST_TEST(!a.complete());
  // Within 2022: 5; within 2021 nothing dated, and the undated 9 cannot be placed in it.
  const auto in_2022 = aggregate<Hospitals>(*b, AggregateOptions{{}, year(2022)});
  BOOST_TEST(in_2022.known == std::optional(Interval<Hospitals>::exactly(hospitals(5))));
  BOOST_TEST((in_2022.notes == std::vector<ObservationNote>{{2, ObservationIssue::no_period}}));
  const auto in_2021 = aggregate<Hospitals>(*b, AggregateOptions{{}, year(2021)});
  BOOST_TEST(!in_2021.known.has_value());
  BOOST_TEST((in_2021.notes == std::vector<ObservationNote>{{2, ObservationIssue::no_period}}));
}

// [2023-01-01, 2024-01-01) says 7 and [2023-07-01, 2024-01-01) says 8: both as of 2024-01-01, so
// no value is chosen. With equal values there is no conflict.
BOOST_AUTO_TEST_CASE(latest_refuses_to_choose_between_different_values_ending_the_same_day) {
  const Built tied =
      built(hospitals_latest({obs(year(2023), fig(Qualifier::exact, hospitals(7))),
                              obs(Period(d("2023-07-01"), d("2024-01-01")), fig(Qualifier::exact, hospitals(8)))}));
  const auto a = aggregate<Hospitals>(*tied);
  BOOST_TEST(!a.known.has_value());
  BOOST_TEST((a.notes == std::vector<ObservationNote>{{0, ObservationIssue::tied}, {1, ObservationIssue::tied}}));
  const Built agreeing =
      built(hospitals_latest({obs(year(2023), fig(Qualifier::exact, hospitals(7))),
                              obs(Period(d("2023-07-01"), d("2024-01-01")), fig(Qualifier::exact, hospitals(7)))}));
  const auto b = aggregate<Hospitals>(*agreeing);
  BOOST_TEST(b.complete());
  BOOST_TEST(b.known == std::optional(Interval<Hospitals>::exactly(hospitals(7))));
}

// 7 in 2023 and a 2024 observation with no value: 7 is the latest known, and may be stale.
BOOST_AUTO_TEST_CASE(latest_names_a_later_observation_without_a_value) {
  const Built b =
      built(hospitals_latest({obs(year(2023), fig(Qualifier::exact, hospitals(7))), obs(year(2024), std::nullopt)}));
  const auto a = aggregate<Hospitals>(*b);
  BOOST_TEST(a.known == std::optional(Interval<Hospitals>::exactly(hospitals(7))));
  BOOST_TEST((a.notes == std::vector<ObservationNote>{{1, ObservationIssue::later_without_actual}}));
  // A single undated value is the latest there is.
  const Built single = built(hospitals_latest({obs(std::nullopt, fig(Qualifier::at_least, hospitals(4)))}));
  const auto s = aggregate<Hospitals>(*single);
  BOOST_TEST(s.complete());
  BOOST_TEST(s.known == std::optional(between(hospitals(4), std::optional<Hospitals>())));
}

// --- refusals -------------------------------------------------------------------------------------------

Indicator water_share() {
  return indicator("safe-water-share", Measure::other, QuantityKind::beneficiaries, Aggregation::ratio_of_sums,
                   {obs(year(2022), fig(Qualifier::exact, beneficiaries(80))),
                    obs(year(2023), fig(Qualifier::exact, beneficiaries(90)))});
}

BOOST_AUTO_TEST_CASE(summing_a_ratio_indicator_is_refused_naming_it_and_its_rule) {
  const Built b = built(water_share());
  PAIRAID_CHECK_ERROR(sum_observations<Beneficiaries>(*b), errc::invalid_argument, "cannot sum", "'safe-water-share'",
                      "ratio_of_sums", "do not add up");
  PAIRAID_CHECK_ERROR(aggregate<Beneficiaries>(*b), errc::invalid_argument, "cannot aggregate", "'safe-water-share'",
                      "ratio_of_sums");
  // The latest ratio is still a ratio: 90 in 2023.
  BOOST_TEST(latest_observation<Beneficiaries>(*b).known ==
             std::optional(Interval<Beneficiaries>::exactly(beneficiaries(90))));
}

BOOST_AUTO_TEST_CASE(summing_a_latest_indicator_and_reading_the_wrong_kind_are_refused) {
  const Built b = built(hospitals_latest({obs(year(2023), fig(Qualifier::exact, hospitals(7)))}));
  PAIRAID_CHECK_ERROR(sum_observations<Hospitals>(*b), errc::invalid_argument, "'accredited'", "rule is latest");
  PAIRAID_CHECK_ERROR(aggregate<People>(*b), errc::invalid_argument, "'accredited'", "counts hospitals, not people");
}

// --- roll-up over areas ---------------------------------------------------------------------------------

// Region-wide 1,000; Lhasa 300 (of which Chengguan 120); Shigatse 200; Beijing's share in Lhasa 50.
std::vector<Indicator> patients_by_area() {
  return {patients_in("region", 1000, std::nullopt), patients_in("lhasa", 300, lhasa),
          patients_in("chengguan", 120, chengguan), patients_in("shigatse", 200, shigatse),
          patients_in("beijing-in-lhasa", 50, lhasa, OrganisationId("beijing"))};
}
std::vector<const Indicator*> pointers(const Dataset& ds, std::vector<const char*> ids) {
  std::vector<const Indicator*> out;
  for (const char* id : ids) out.push_back(ds.find(IndicatorId(id)));
  return out;
}
std::vector<IndicatorId> ids(std::vector<const char*> names) {
  std::vector<IndicatorId> out;
  for (const char* n : names) out.emplace_back(n);
  return out;
}

// The region's 1,000 already includes its prefectures: 1,000, not 1,000 + 300 + 120 + 200 = 1,620.
BOOST_AUTO_TEST_CASE(the_highest_value_in_the_subtree_is_used_and_those_below_are_not_added) {
  const Dataset ds = Dataset::build(areas_and(patients_by_area()));
  const auto all = pointers(ds, {"region", "lhasa", "chengguan", "shigatse", "beijing-in-lhasa"});
  const RollUp<Patients> r = roll_up<Patients>(ds, all, xizang);
  BOOST_TEST(r.root == xizang);
  BOOST_TEST(r.complete());
  BOOST_TEST(r.known == std::optional(Interval<Patients>::exactly(patients(1000))));
  BOOST_TEST(r.used == ids({"region"}), boost::test_tools::per_element());
  BOOST_TEST(r.shadowed == ids({"lhasa", "chengguan", "shigatse"}), boost::test_tools::per_element());
  BOOST_TEST(r.donor_scoped == ids({"beijing-in-lhasa"}), boost::test_tools::per_element());

  // For Lhasa: the region is above it (outside), Chengguan is inside Lhasa's 300.
  const RollUp<Patients> l = roll_up<Patients>(ds, all, lhasa);
  BOOST_TEST(l.complete());
  BOOST_TEST(l.known == std::optional(Interval<Patients>::exactly(patients(300))));
  BOOST_TEST(l.outside == ids({"region", "shigatse"}), boost::test_tools::per_element());
  BOOST_TEST(l.shadowed == ids({"chengguan"}), boost::test_tools::per_element());
}

// Without the region-wide value: Lhasa 300 (covering Chengguan) + Shigatse 200 = 500, and Nyingchi
// has no value at all, so the region is at least 500.
BOOST_AUTO_TEST_CASE(without_a_regional_value_disjoint_areas_are_added_and_gaps_named) {
  const Dataset ds = Dataset::build(areas_and(patients_by_area()));
  const RollUp<Patients> r = roll_up<Patients>(ds, pointers(ds, {"lhasa", "chengguan", "shigatse"}), xizang);
  BOOST_TEST(r.used == ids({"lhasa", "shigatse"}), boost::test_tools::per_element());
  BOOST_TEST(r.shadowed == ids({"chengguan"}), boost::test_tools::per_element());
  BOOST_TEST(r.known == std::optional(Interval<Patients>::exactly(patients(500))));
  BOOST_TEST((r.uncovered == std::vector<AreaCode>{nyingchi}));
  BOOST_TEST(!r.complete());
  BOOST_TEST(r.bounds() == std::optional(between(patients(500), std::optional<Patients>())));

  // Chengguan alone stands for its branch of Lhasa: 120 + 200.
  const RollUp<Patients> c = roll_up<Patients>(ds, pointers(ds, {"chengguan", "shigatse"}), xizang);
  BOOST_TEST(c.known == std::optional(Interval<Patients>::exactly(patients(320))));
  BOOST_TEST((c.uncovered == std::vector<AreaCode>{nyingchi}));
}

BOOST_AUTO_TEST_CASE(a_used_value_that_is_incomplete_makes_the_roll_up_incomplete) {
  Indicator lhasa_partial = patients_in("lhasa", 300, lhasa);
  lhasa_partial.observations.push_back(obs(year(2024), std::nullopt));
  const Dataset ds = Dataset::build(
      areas_and({lhasa_partial, patients_in("shigatse", 200, shigatse), patients_in("nyingchi", 10, nyingchi)}));
  const auto r = roll_up<Patients>(ds, pointers(ds, {"lhasa", "shigatse", "nyingchi"}), xizang);
  BOOST_TEST(r.uncovered.empty());
  BOOST_TEST(r.incomplete == ids({"lhasa"}), boost::test_tools::per_element());
  BOOST_TEST(r.bounds() == std::optional(between(patients(510), std::optional<Patients>())));
}

BOOST_AUTO_TEST_CASE(roll_up_refuses_ambiguous_or_mixed_inputs) {
  std::vector<Indicator> list = patients_by_area();
  list.push_back(patients_in("lhasa-again", 310, lhasa));
  list.push_back(indicator("students", Measure::students_supported, QuantityKind::students, Aggregation::sum,
                           {obs(year(2023), fig(Qualifier::exact, students(5)))}, lhasa));
  list.push_back(indicator("lhasa-share", Measure::patients_treated, QuantityKind::patients, Aggregation::ratio_of_sums,
                           {obs(year(2023), fig(Qualifier::exact, patients(5)))}, lhasa));
  const Dataset ds = Dataset::build(areas_and(list));
  PAIRAID_CHECK_ERROR(roll_up<Patients>(ds, pointers(ds, {"lhasa", "lhasa-again"}), xizang), errc::invalid_argument,
                      "'lhasa'", "'lhasa-again'", "540100");
  PAIRAID_CHECK_ERROR(roll_up<Patients>(ds, pointers(ds, {"lhasa", "students"}), xizang), errc::invalid_argument,
                      "differ in measure");
  PAIRAID_CHECK_ERROR(roll_up<Patients>(ds, pointers(ds, {"lhasa-share"}), xizang), errc::invalid_argument,
                      "'lhasa-share'", "ratio_of_sums");
  PAIRAID_CHECK_ERRC(roll_up<Patients>(ds, pointers(ds, {"lhasa"}), code("540300")), errc::not_found);
}

// --- the seed dataset -----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_seed_indicators_aggregate_by_their_rules) {
  const Dataset ds = io::load_dataset(PAIRAID_SOURCE_DIR "/examples/data/xizang.json");
  // "nearly 12,000" = [10,800, 11,999]
  const auto personnel = aggregate<People>(*ds.find(IndicatorId("personnel-dispatched")));
  BOOST_TEST(personnel.complete());
  BOOST_TEST(personnel.known == std::optional(between(people(10800), std::optional(people(11999)))));
  // "more than 8,300" = [8,301, ...)
  const auto treated = aggregate<Patients>(*ds.find(IndicatorId("patients-treated")));
  BOOST_TEST(treated.known == std::optional(between(patients(8301), std::optional<Patients>())));
  // 25.17 billion yuan in 2023
  const auto invested = aggregate<Money>(*ds.find(IndicatorId("investment-attracted")));
  BOOST_TEST(invested.known ==
             std::optional(Interval<Money>::exactly(Money::parse("25170000000", Currency::of("CNY")))));
  // The donors designated in 1994 are stated only as a breakdown: the latest observation has no value.
  const auto donors = aggregate<Organisations>(*ds.find(IndicatorId("donors-designated")));
  BOOST_TEST(!donors.known.has_value());
  BOOST_TEST((donors.notes == std::vector<ObservationNote>{{0, ObservationIssue::no_actual}}));
  // A program-wide figure stands for Xizang as a whole.
  const Indicator* one[] = {ds.find(IndicatorId("patients-treated"))};
  const auto r = roll_up<Patients>(ds, one, xizang);
  BOOST_TEST(r.complete());
  BOOST_TEST(r.known == treated.known);
}

BOOST_AUTO_TEST_SUITE_END()
