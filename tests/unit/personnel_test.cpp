// Personnel analytics (analysis/personnel.hpp, analysis/person_time.hpp) on small datasets built in
// C++, every expectation worked out by hand in the comment above it; then the seed dataset.
#include <pairaid/analysis/personnel.hpp>
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
inline std::ostream& boost_test_print_type(std::ostream& os, const PersonYears& y) { return os << y.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const PersonTime& t) { return os << t.to_string(); }
}  // namespace pairaid

using namespace pairaid;

namespace {

Date d(const char* iso) { return parse_date(iso); }
AreaCode code(const char* c) { return AreaCode::parse(c); }
const ProgramId program{"aid"};
const AreaCode xizang = code("540000"), lhasa = code("540100"), chengguan = code("540102"), shigatse = code("540200");
const OrganisationId beijing{"beijing"}, jiangsu{"jiangsu"}, shanghai{"shanghai"};

Figure<People> headcount(std::int64_t n, Qualifier q = Qualifier::exact) {
  return {Reported<People>(q, people(n)), "", {}};
}

Batch batch(int ordinal, std::optional<Period> tenure, std::optional<std::int64_t> size,
            std::vector<std::pair<OrganisationId, std::int64_t>> parts = {}) {
  Batch b;
  b.id = BatchId("b" + std::to_string(ordinal));
  b.program = program;
  b.ordinal = ordinal;
  b.tenure = tenure;
  if (size) b.headcount = headcount(*size);
  for (auto& [donor, n] : parts) b.by_donor.push_back(DonorHeadcount{donor, headcount(n)});
  return b;
}

Organisation donor(const OrganisationId& id) {
  return Organisation{id, id.str(), "", OrganisationKind::province, {OrganisationRole::donor}, {}, {}};
}
Pairing pairing(const OrganisationId& who, AreaCode where, const char* from, std::optional<const char*> until = {}) {
  return Pairing{who, where, program, d(from), until ? std::optional(d(*until)) : std::nullopt, {}};
}

// Xizang > Lhasa > Chengguan, Xizang > Shigatse. Beijing is paired with Lhasa throughout; Jiangsu
// with Lhasa until 2021-01-01 and with Shigatse from then on; Shanghai with both at once.
// Batch 1 serves [2019-07-01, 2022-07-01): 100 (Beijing 60, Jiangsu 30, 10 not by donor).
// Batch 2 serves [2022-07-01, 2025-07-01): 150 (Beijing 90, Shanghai 60).
// Batch 3 serves [2025-06-01, 2028-06-01): 200, overlapping batch 2 for June 2025.
DatasetContent three_batches() {
  DatasetContent c;
  c.areas.push_back(Area{xizang, "Xizang", "", AreaLevel::region, std::nullopt, {}, {}});
  c.areas.push_back(Area{lhasa, "Lhasa City", "", AreaLevel::prefecture, xizang, {}, {}});
  c.areas.push_back(Area{chengguan, "Chengguan District", "", AreaLevel::county, lhasa, {}, {}});
  c.areas.push_back(Area{shigatse, "Xigaze City", "", AreaLevel::prefecture, xizang, {"Shigatse"}, {}});
  c.organisations = {donor(beijing), donor(jiangsu), donor(shanghai)};
  c.programs.push_back(Program{program, "Aid", "", xizang, 1994, std::nullopt, "", {}});
  c.pairings = {pairing(beijing, lhasa, "1994-07-01"), pairing(jiangsu, lhasa, "1994-07-01", "2021-01-01"),
                pairing(jiangsu, shigatse, "2021-01-01"), pairing(shanghai, lhasa, "1994-07-01"),
                pairing(shanghai, shigatse, "1994-07-01")};
  c.batches = {batch(1, Period::tenure(d("2019-07-01"), 3), 100, {{beijing, 60}, {jiangsu, 30}}),
               batch(2, Period::tenure(d("2022-07-01"), 3), 150, {{beijing, 90}, {shanghai, 60}}),
               batch(3, Period::tenure(d("2025-06-01"), 3), 200)};
  return c;
}

Interval<People> people_between(std::int64_t lo, std::optional<std::int64_t> hi) {
  return Interval<People>(Bound<People>{people(lo), true},
                          hi ? std::optional(Bound<People>{people(*hi), true}) : std::nullopt);
}
Interval<People> exactly(std::int64_t n) { return Interval<People>::exactly(people(n)); }
PersonYears years(std::int64_t num, std::int64_t den) {
  // num/den person-years in units of 1/133,590; den divides 133,590 in every use below.
  BOOST_TEST_REQUIRE(PersonYears::units_per_year % den == 0);
  return PersonYears::from_units(num * (PersonYears::units_per_year / den));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(personnel)

// --- headcount on a date ----------------------------------------------------------------------------

// Half-open tenures: batch 1 serves its last day 2022-06-30 and batch 2 starts on 2022-07-01; in
// June 2025 batches 2 and 3 both serve (150 + 200 = 350) and on 2025-07-01 batch 2 is gone.
BOOST_AUTO_TEST_CASE(tenure_boundaries_count_the_last_day_and_not_the_end_day) {
  const Dataset ds = Dataset::build(three_batches());
  struct Case {
    const char* date;
    std::int64_t expected;
    std::vector<BatchId> placed;
  };
  const std::vector<Case> cases{
      {"2019-06-30", 0, {}},
      {"2019-07-01", 100, {BatchId("b1")}},
      {"2022-06-30", 100, {BatchId("b1")}},
      {"2022-07-01", 150, {BatchId("b2")}},
      {"2025-05-31", 150, {BatchId("b2")}},
      {"2025-06-01", 350, {BatchId("b2"), BatchId("b3")}},
      {"2025-06-30", 350, {BatchId("b2"), BatchId("b3")}},
      {"2025-07-01", 200, {BatchId("b3")}},
      {"2028-05-31", 200, {BatchId("b3")}},
      {"2028-06-01", 0, {}},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.date) {
      const HeadcountOnDate on = headcount_on(ds, program, d(c.date));
      BOOST_TEST(on.date == d(c.date));
      BOOST_TEST(on.complete());
      BOOST_TEST(on.exact() == std::optional(people(c.expected)));
      BOOST_TEST(on.total == exactly(c.expected));
      BOOST_TEST(on.placed == c.placed, boost::test_tools::per_element());
    }
  }
}

// 2023-01-01, batch 2 only: Beijing's 90 go to Lhasa; Shanghai's 60 are paired with Lhasa and
// Shigatse at once, so they are not given to either. 90 + 60 = 150: nothing is left over.
BOOST_AUTO_TEST_CASE(a_donor_paired_with_two_areas_is_unattributed_with_both_candidates) {
  const Dataset ds = Dataset::build(three_batches());
  const HeadcountOnDate on = headcount_on(ds, program, d("2023-01-01"));
  BOOST_TEST_REQUIRE(on.by_donor.size() == 2u);
  BOOST_TEST(*on.donor(beijing) == exactly(90));
  BOOST_TEST(*on.donor(shanghai) == exactly(60));
  BOOST_TEST(on.donor(jiangsu) == nullptr);
  BOOST_TEST(on.not_by_donor.empty());
  BOOST_TEST_REQUIRE(on.by_area.size() == 1u);
  BOOST_TEST(*on.area(lhasa) == exactly(90));
  BOOST_TEST_REQUIRE(on.not_by_area.size() == 1u);
  const auto& share = on.not_by_area.front();
  BOOST_TEST(share.reason == Unattributed::several_pairings);
  BOOST_TEST(share.donor == std::optional(shanghai));
  BOOST_TEST((share.candidates == std::vector<AreaCode>{lhasa, shigatse}));
  BOOST_TEST(share.amount == exactly(60));
  BOOST_TEST(on.within(ds, xizang) == exactly(90));
  BOOST_TEST(on.within(ds, shigatse) == exactly(0));

  // Without Shanghai's pairings its 60 have no area at all.
  DatasetContent c = three_batches();
  std::erase_if(c.pairings, [](const Pairing& p) { return p.donor == shanghai; });
  const Dataset unpaired = Dataset::build(std::move(c));
  const HeadcountOnDate u = headcount_on(unpaired, program, d("2023-01-01"));
  BOOST_TEST_REQUIRE(u.not_by_area.size() == 1u);
  BOOST_TEST(u.not_by_area.front().reason == Unattributed::no_pairing);
  BOOST_TEST(u.not_by_area.front().candidates.empty());
  BOOST_TEST(u.not_by_area.front().amount == exactly(60));
  BOOST_TEST(*u.donor(shanghai) == exactly(60));  // the donor is still known
}

// Jiangsu moves from Lhasa to Shigatse on 2021-01-01 (half-open like tenures). Batch 1's 10 people
// no donor part names stay unattributed in both breakdowns.
BOOST_AUTO_TEST_CASE(areas_follow_the_pairing_valid_on_the_day) {
  const Dataset ds = Dataset::build(three_batches());
  const HeadcountOnDate before = headcount_on(ds, program, d("2020-12-31"));
  BOOST_TEST(*before.area(lhasa) == exactly(90));  // Beijing 60 + Jiangsu 30
  BOOST_TEST(before.area(shigatse) == nullptr);
  const HeadcountOnDate after = headcount_on(ds, program, d("2021-01-01"));
  BOOST_TEST(*after.area(lhasa) == exactly(60));
  BOOST_TEST(*after.area(shigatse) == exactly(30));
  BOOST_TEST(after.total == exactly(100));
  BOOST_TEST(after.within(ds, xizang) == exactly(90));
  for (const auto* list : {&after.not_by_donor, &after.not_by_area}) {
    BOOST_TEST_REQUIRE(list->size() == 1u);
    BOOST_TEST(list->front().reason == Unattributed::no_donor_part);
    BOOST_TEST(!list->front().donor.has_value());
    BOOST_TEST(list->front().amount == exactly(10));
  }
}

// Batch 4 has no tenure (50 people, serving or not: [0, 50]); batch 5 serves 2025 with no stated
// headcount but Beijing's 20 of it are known ([20, unbounded)). On 2025-06-30:
// 350 + [0, 50] + [20, ...) = [370, ...), and both batches are named.
BOOST_AUTO_TEST_CASE(unknown_tenures_and_headcounts_surface_as_unknown) {
  DatasetContent c = three_batches();
  c.batches.push_back(batch(4, std::nullopt, 50));
  c.batches.push_back(batch(5, Period::years(2025, 2025), std::nullopt, {{beijing, 20}}));
  const Dataset ds = Dataset::build(std::move(c));
  const HeadcountOnDate on = headcount_on(ds, program, d("2025-06-30"));
  BOOST_TEST(!on.complete());
  BOOST_TEST(!on.exact().has_value());
  BOOST_TEST(on.total == people_between(370, std::nullopt));
  BOOST_TEST((on.unknown == std::vector<UnknownBatch>{{BatchId("b4"), 4, BatchGap::tenure_unknown},
                                                      {BatchId("b5"), 5, BatchGap::headcount_unknown}}));
  BOOST_TEST(*on.donor(beijing) == exactly(110));  // 90 of batch 2 and 20 of batch 5
  // Batch 3's 200 name no donor; batch 4's 50 cannot be placed in time; batch 5's rest beyond
  // Beijing's 20 is unbounded.
  BOOST_TEST_REQUIRE(on.not_by_donor.size() == 3u);
  BOOST_TEST(on.not_by_donor[0].batch == BatchId("b3"));
  BOOST_TEST(on.not_by_donor[0].reason == Unattributed::no_donor_part);
  BOOST_TEST(on.not_by_donor[0].amount == exactly(200));
  BOOST_TEST(on.not_by_donor[1].batch == BatchId("b4"));
  BOOST_TEST(on.not_by_donor[1].reason == Unattributed::tenure_unknown);
  BOOST_TEST(on.not_by_donor[1].amount == people_between(0, 50));
  BOOST_TEST(on.not_by_donor[2].batch == BatchId("b5"));
  BOOST_TEST(on.not_by_donor[2].reason == Unattributed::no_donor_part);
  BOOST_TEST(on.not_by_donor[2].amount == people_between(0, std::nullopt));

  // After batch 5's year it no longer counts; batch 4 still might.
  const HeadcountOnDate later = headcount_on(ds, program, d("2028-06-01"));
  BOOST_TEST(later.total == people_between(0, 50));
  BOOST_TEST((later.unknown == std::vector<UnknownBatch>{{BatchId("b4"), 4, BatchGap::tenure_unknown}}));
}

BOOST_AUTO_TEST_CASE(a_batch_with_neither_tenure_nor_headcount_leaves_the_total_unbounded) {
  DatasetContent c = three_batches();
  c.batches.push_back(batch(4, std::nullopt, std::nullopt));
  const Dataset ds = Dataset::build(std::move(c));
  const HeadcountOnDate on = headcount_on(ds, program, d("2023-01-01"));
  BOOST_TEST(on.total == people_between(150, std::nullopt));
  BOOST_TEST((on.unknown == std::vector<UnknownBatch>{{BatchId("b4"), 4, BatchGap::tenure_and_headcount_unknown}}));
}

// "about 100" under the default 10% policy is [90, 110]; a 5% policy makes it [95, 105].
BOOST_AUTO_TEST_CASE(qualified_headcounts_count_as_their_interval) {
  DatasetContent c = three_batches();
  c.batches[0].headcount = headcount(100, Qualifier::about);
  c.batches[0].by_donor.clear();
  const Dataset ds = Dataset::build(std::move(c));
  BOOST_TEST(headcount_on(ds, program, d("2020-01-01")).total == people_between(90, 110));
  BOOST_TEST(headcount_on(ds, program, d("2020-01-01"), QualifierPolicy{1000, 500}).total == people_between(95, 105));
  BOOST_TEST(!headcount_on(ds, program, d("2020-01-01")).exact().has_value());
  BOOST_TEST(headcount_on(ds, program, d("2020-01-01")).complete());
}

BOOST_AUTO_TEST_CASE(an_unknown_program_is_not_found) {
  const Dataset ds = Dataset::build(three_batches());
  PAIRAID_CHECK_ERROR(headcount_on(ds, ProgramId("other"), d("2020-01-01")), errc::not_found, "'other'");
  PAIRAID_CHECK_ERRC(person_time(ds, ProgramId("other"), Period::years(2020, 2020)), errc::not_found);
  PAIRAID_CHECK_ERRC(batch_growth(ds, ProgramId("other")), errc::not_found);
}

// --- person-time ------------------------------------------------------------------------------------

// Actual/actual: a day of 2020 is 1/366 year, of 2019 or 2021 1/365. [2019-07-01, 2022-07-01) has
// 184 + 366 + 365 + 181 = 1,096 days and 184/365 + 1 + 1 + 181/365 = 3 years exactly.
BOOST_AUTO_TEST_CASE(person_years_are_exact_by_calendar_year_length) {
  const Period tenure = Period::tenure(d("2019-07-01"), 3);
  BOOST_TEST(tenure.days() == 1096);
  BOOST_TEST(person_years_of(tenure) == PersonYears::whole(3));
  BOOST_TEST(person_years_of(Period::years(2020, 2020)) == PersonYears::whole(1));  // leap year: still 1
  BOOST_TEST(person_years_of(Period::years(2021, 2021)) == PersonYears::whole(1));
  BOOST_TEST(person_years_of(Period(d("2020-01-01"), d("2020-01-02"))).ratio() == Ratio(1, 366));
  BOOST_TEST(person_years_of(Period(d("2021-01-01"), d("2021-01-02"))).ratio() == Ratio(1, 365));
  // [2023-03-01, 2024-03-01): 306/365 + 60/366 = (306 x 366 + 60 x 365) / 133,590 = 133,896/133,590.
  BOOST_TEST(person_years_of(Period::tenure(d("2023-03-01"), 1)) == PersonYears::from_units(133896));
  BOOST_TEST(person_years_of(people(7), Period::years(2020, 2021)) == PersonYears::whole(14));
}

// Over batch 1's own tenure (batch 2 starts on the window's end day and is left out):
//   total     100 x 1,096 = 109,600 person-days, 100 x 3 = 300 person-years
//   Beijing    60 x 1,096 =  65,760,  180 person-years (all in Lhasa)
//   Jiangsu    30 x 1,096 =  32,880,   90 person-years:
//     in Lhasa    [2019-07-01, 2021-01-01) = 184 + 366 = 550 days: 16,500; 30 x (184/365 + 1) = 3294/73
//     in Shigatse [2021-01-01, 2022-07-01) = 365 + 181 = 546 days: 16,380; 30 x 546/365     = 3276/73
//   Lhasa: 65,760 + 16,500 = 82,260 person-days, 180 + 3294/73 = 16434/73 person-years
//   not by donor: 10 x 1,096 = 10,960 person-days, 30 person-years
BOOST_AUTO_TEST_CASE(person_time_by_donor_and_area_over_a_tenure) {
  const Dataset ds = Dataset::build(three_batches());
  const PersonTimeReport r = person_time(ds, program, Period::tenure(d("2019-07-01"), 3));
  BOOST_TEST(r.period == Period::tenure(d("2019-07-01"), 3));
  BOOST_TEST(r.complete());
  BOOST_TEST((r.placed == std::vector<BatchId>{BatchId("b1")}));
  BOOST_TEST(r.total.exact_days() == std::optional(PersonDays::of(109600)));
  BOOST_TEST(r.total.exact_years() == std::optional(PersonYears::whole(300)));

  BOOST_TEST(r.donor(beijing)->exact_days() == std::optional(PersonDays::of(65760)));
  BOOST_TEST(r.donor(beijing)->exact_years() == std::optional(PersonYears::whole(180)));
  BOOST_TEST(r.donor(jiangsu)->exact_days() == std::optional(PersonDays::of(32880)));
  BOOST_TEST(r.donor(jiangsu)->exact_years() == std::optional(PersonYears::whole(90)));

  BOOST_TEST(r.area(lhasa)->exact_days() == std::optional(PersonDays::of(82260)));
  BOOST_TEST(r.area(lhasa)->exact_years() == std::optional(years(16434, 73)));
  BOOST_TEST(r.area(lhasa)->years_lower.ratio() == Ratio(16434, 73));
  BOOST_TEST(r.area(shigatse)->exact_days() == std::optional(PersonDays::of(16380)));
  BOOST_TEST(r.area(shigatse)->exact_years() == std::optional(years(3276, 73)));

  BOOST_TEST_REQUIRE(r.not_by_donor.size() == 1u);
  BOOST_TEST(r.not_by_donor.front().reason == Unattributed::no_donor_part);
  BOOST_TEST(r.not_by_donor.front().amount.exact_days() == std::optional(PersonDays::of(10960)));
  BOOST_TEST(r.not_by_donor.front().amount.exact_years() == std::optional(PersonYears::whole(30)));
  // Rows and the unattributed share make up the total, nothing counted twice.
  BOOST_TEST(r.within(ds, xizang).exact_days() == std::optional(PersonDays::of(82260 + 16380)));
  BOOST_TEST((r.within(ds, xizang) + r.not_by_area.front().amount) == r.total);
}

// Tenures clipped to each calendar year:
//   2019: batch 1, 184 days: 18,400 person-days, 100 x 184/365 = 3680/73 = 50.41 (half_even, 2 digits)
//   2020: batch 1, 366 days: 36,600 person-days, exactly 100 person-years (not 36,600/365 = 100.27)
//   2022: batch 1, 181 days x 100 = 18,100; batch 2, 184 days x 150 = 27,600: 45,700 person-days,
//         45,700/365 = 9140/73 person-years = 125.205... -> 125.21 half_even, 125.20 floor
BOOST_AUTO_TEST_CASE(person_time_by_year_clips_tenures) {
  const Dataset ds = Dataset::build(three_batches());
  const std::vector<Period> years_2019_to_2022{Period::years(2019, 2019), Period::years(2020, 2020),
                                               Period::years(2021, 2021), Period::years(2022, 2022)};
  const auto by_year = person_time_by_period(ds, program, years_2019_to_2022);
  BOOST_TEST_REQUIRE(by_year.size() == 4u);
  BOOST_TEST(by_year[0].total.exact_days() == std::optional(PersonDays::of(18400)));
  BOOST_TEST(by_year[0].total.years_lower.ratio() == Ratio(3680, 73));
  BOOST_TEST(by_year[0].total.years_lower.to_decimal(2, RoundingMode::half_even) == Decimal::parse("50.41"));
  PAIRAID_CHECK_ERRC(by_year[0].total.years_lower.to_decimal(9, RoundingMode::unnecessary), errc::inexact);
  BOOST_TEST(by_year[1].total.exact_days() == std::optional(PersonDays::of(36600)));
  BOOST_TEST(by_year[1].total.exact_years() == std::optional(PersonYears::whole(100)));
  BOOST_TEST(by_year[2].total.exact_years() == std::optional(PersonYears::whole(100)));
  BOOST_TEST(by_year[3].total.exact_days() == std::optional(PersonDays::of(45700)));
  BOOST_TEST(by_year[3].total.exact_years() == std::optional(years(9140, 73)));
  BOOST_TEST(by_year[3].total.years_lower.to_decimal(2, RoundingMode::half_even) == Decimal::parse("125.21"));
  BOOST_TEST(by_year[3].total.years_lower.to_decimal(2, RoundingMode::floor) == Decimal::parse("125.2"));
  BOOST_TEST((by_year[3].placed == std::vector<BatchId>{BatchId("b1"), BatchId("b2")}));
  // Batch 1's share of each year adds up to its 300 person-years: 3680/73 + 100 + 100 + 18,100/365.
  BOOST_TEST((by_year[0].total.years_lower + by_year[1].total.years_lower + by_year[2].total.years_lower +
              person_years_of(people(100), Period(d("2022-01-01"), d("2022-07-01")))) == PersonYears::whole(300));
}

// A 50-person batch of unknown tenure may have served any part of 2020: [0, 50 x 366 = 18,300]
// person-days, [0, 50] person-years, on top of batch 1's 36,600 and 100.
BOOST_AUTO_TEST_CASE(person_time_of_an_unplaced_batch_is_bounded_by_the_whole_period) {
  DatasetContent c = three_batches();
  c.batches.push_back(batch(4, std::nullopt, 50));
  const Dataset ds = Dataset::build(std::move(c));
  const PersonTimeReport r = person_time(ds, program, Period::years(2020, 2020));
  BOOST_TEST(!r.complete());
  BOOST_TEST(!r.total.exact_days().has_value());
  BOOST_TEST(r.total.days() == Interval<PersonDays>(Bound<PersonDays>{PersonDays::of(36600), true},
                                                    Bound<PersonDays>{PersonDays::of(54900), true}));
  BOOST_TEST(r.total.years_lower == PersonYears::whole(100));
  BOOST_TEST(r.total.years_upper == std::optional(PersonYears::whole(150)));
  BOOST_TEST_REQUIRE(r.not_by_area.size() == 2u);  // batch 1's 10 without a donor, batch 4's 50
  BOOST_TEST(r.not_by_area[1].reason == Unattributed::tenure_unknown);
  BOOST_TEST(r.not_by_area[1].amount.days_upper == std::optional(PersonDays::of(18300)));
}

// --- growth -------------------------------------------------------------------------------------------

// 1: 100, 2: 120, 3: unknown, 4: "about 150", 5: 90, no batch 6, 7: 200.
//   1 -> 2: +20, 120/100 = 6/5 (1.20)
//   2 -> 5: -30, 90/120 = 3/4 (0.75), skipping 3 (unknown) and 4 (qualified)
//   5 -> 7: +110, 200/90 = 20/9 = 2.222... (2.22 half_even, 2.223 ceiling), skipping 6 (no record)
//   overall 1 -> 7: +100, 2/1
BOOST_AUTO_TEST_CASE(growth_steps_between_exactly_known_batches_name_the_gaps) {
  DatasetContent c = three_batches();
  c.batches = {batch(1, std::nullopt, 100), batch(2, std::nullopt, 120), batch(3, std::nullopt, std::nullopt),
               batch(4, std::nullopt, 150), batch(5, std::nullopt, 90),  batch(7, std::nullopt, 200)};
  c.batches[3].headcount = headcount(150, Qualifier::about);
  const BatchGrowth g = batch_growth(Dataset::build(std::move(c)), program);
  BOOST_TEST_REQUIRE(g.steps.size() == 3u);
  BOOST_TEST(g.steps[0].from_ordinal == 1);
  BOOST_TEST(g.steps[0].to_ordinal == 2);
  BOOST_TEST(g.steps[0].difference == people(20));
  BOOST_TEST(g.steps[0].ratio == std::optional(Ratio(6, 5)));
  BOOST_TEST(g.steps[0].consecutive());

  BOOST_TEST(g.steps[1].from == BatchId("b2"));
  BOOST_TEST(g.steps[1].to == BatchId("b5"));
  BOOST_TEST(g.steps[1].difference == people(-30));
  BOOST_TEST(g.steps[1].ratio == std::optional(Ratio(3, 4)));
  BOOST_TEST((g.steps[1].skipped == std::vector<SkippedBatch>{{3, BatchId("b3"), GrowthGap::headcount_unknown},
                                                              {4, BatchId("b4"), GrowthGap::headcount_qualified}}));
  BOOST_TEST(g.steps[1].describe(2, RoundingMode::half_even) ==
             "batch 2 -> batch 5: 120 -> 90 people, -30 people, x0.75 (3/4, half_even to 2 digits); skipped: "
             "batch 3 (headcount_unknown), batch 4 (headcount_qualified)");

  BOOST_TEST(g.steps[2].ratio == std::optional(Ratio(20, 9)));
  BOOST_TEST((g.steps[2].skipped == std::vector<SkippedBatch>{{6, std::nullopt, GrowthGap::no_record}}));
  BOOST_TEST(g.steps[2].ratio->to_decimal(2, RoundingMode::half_even) == Decimal::parse("2.22"));
  BOOST_TEST(g.steps[2].ratio->to_decimal(3, RoundingMode::ceiling) == Decimal::parse("2.223"));

  BOOST_TEST_REQUIRE(g.overall.has_value());
  BOOST_TEST(g.overall->difference == people(100));
  BOOST_TEST(g.overall->ratio == std::optional(Ratio(2, 1)));
  BOOST_TEST(g.overall->skipped.size() == 3u);
  BOOST_TEST(g.not_known.size() == 3u);
}

// One known batch: no step, no overall; the unknown ones after it are still named.
BOOST_AUTO_TEST_CASE(growth_needs_two_known_batches) {
  DatasetContent c = three_batches();
  c.batches = {batch(1, std::nullopt, 100), batch(2, std::nullopt, std::nullopt)};
  const BatchGrowth g = batch_growth(Dataset::build(std::move(c)), program);
  BOOST_TEST(g.steps.empty());
  BOOST_TEST(!g.overall.has_value());
  BOOST_TEST((g.not_known == std::vector<SkippedBatch>{{2, BatchId("b2"), GrowthGap::headcount_unknown}}));
}

// --- the seed dataset ---------------------------------------------------------------------------------

// xizang.json: batch 1 is 622, batch 10 is 2,117, batches 2-9 unknown, no tenure known at all.
// 2,117 - 622 = 1,495; 2117/622 = 3.4035... -> 3.40 (half_even, 2 digits).
BOOST_AUTO_TEST_CASE(the_seed_growth_is_622_to_2117_with_batches_2_to_9_unknown) {
  const Dataset ds = io::load_dataset(PAIRAID_SOURCE_DIR "/tests/data/datasets/seed/xizang-seed.json");
  const BatchGrowth g = batch_growth(ds, ProgramId("aid-xizang"));
  BOOST_TEST_REQUIRE(g.steps.size() == 1u);
  const GrowthStep& s = g.steps.front();
  BOOST_TEST(s.from_headcount == people(622));
  BOOST_TEST(s.to_headcount == people(2117));
  BOOST_TEST(s.difference == people(1495));
  BOOST_TEST(s.ratio == std::optional(Ratio(2117, 622)));
  BOOST_TEST(s.skipped.size() == 8u);
  BOOST_TEST(s.describe(2, RoundingMode::half_even) ==
             "batch 1 -> batch 10: 622 -> 2,117 people, +1,495 people, x3.40 (2117/622, half_even to 2 digits); "
             "skipped: batches 2-9 (headcount_unknown)");
  BOOST_TEST(g.overall->difference == people(1495));
  BOOST_TEST(g.not_known.size() == 8u);
}

// No tenure is known, so on any date each batch may or may not be serving: batches 1 and 10 add
// [0, 622] and [0, 2,117], the eight unsized ones leave the total unbounded; all ten are named.
BOOST_AUTO_TEST_CASE(the_seed_headcount_on_a_date_is_unknown_and_says_why) {
  const Dataset ds = io::load_dataset(PAIRAID_SOURCE_DIR "/tests/data/datasets/seed/xizang-seed.json");
  const HeadcountOnDate on = headcount_on(ds, ProgramId("aid-xizang"), d("2020-07-01"));
  BOOST_TEST(!on.complete());
  BOOST_TEST(!on.exact().has_value());
  BOOST_TEST(on.total == people_between(0, std::nullopt));
  BOOST_TEST_REQUIRE(on.unknown.size() == 10u);
  BOOST_TEST(on.unknown[0].gap == BatchGap::tenure_unknown);
  BOOST_TEST(on.unknown[1].gap == BatchGap::tenure_and_headcount_unknown);
  BOOST_TEST(on.unknown[9].gap == BatchGap::tenure_unknown);
  BOOST_TEST(on.placed.empty());
  BOOST_TEST(on.by_area.empty());

  // Person-time over 1994-2024 likewise: at least nothing, no upper bound.
  const PersonTimeReport r = person_time(ds, ProgramId("aid-xizang"), Period::years(1994, 2024));
  BOOST_TEST(r.total.days_lower == PersonDays{});
  BOOST_TEST(!r.total.days_upper.has_value());
  BOOST_TEST(r.unknown.size() == 10u);
}

BOOST_AUTO_TEST_SUITE_END()
