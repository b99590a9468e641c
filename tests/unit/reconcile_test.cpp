// Reconciliation (report/reconcile.hpp) on small datasets built in C++, each expectation worked
// out by hand in the comment above it. The seed's own figures are checked again through the JSON
// file in xizang_data_test.cpp.
#include <pairaid/report/reconcile.hpp>
#include <pairaid/core/phrase.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace pairaid;

namespace {

Date d(const char* iso) { return parse_date(iso); }
Currency cur(const char* code) { return Currency::of(code); }
Money cny(const char* amount) { return Money::parse(amount, cur("CNY")); }
Money usd(const char* amount) { return Money::parse(amount, cur("USD")); }
const ProgramId program{"aid"};

Batch batch(int ordinal, std::optional<std::int64_t> size = std::nullopt) {
  Batch b;
  b.id = BatchId("batch-" + std::to_string(ordinal));
  b.program = program;
  b.ordinal = ordinal;
  if (size) b.headcount = Figure<People>{Reported<People>::exact(people(*size)), "", {}};
  return b;
}

// Ten batches, only the first and the last with a size (the seed's shape).
std::vector<Batch> ten_batches(std::int64_t first, std::int64_t last) {
  std::vector<Batch> v;
  for (int k = 1; k <= 10; ++k)
    v.push_back(batch(k, k == 1 ? std::optional(first) : k == 10 ? std::optional(last) : std::nullopt));
  return v;
}

Indicator indicator(const char* id, Measure m, QuantityKind kind, std::optional<AnyFigure> actual,
                    std::optional<Period> period = std::nullopt) {
  Indicator i;
  i.id = IndicatorId(id);
  i.measure = m;
  i.kind = kind;
  i.title = id;
  i.scope.program = program;
  Observation o;
  o.period = period;
  o.actual = std::move(actual);
  i.observations.push_back(std::move(o));
  return i;
}

template <class Q>
AnyFigure fig(Reported<Q> r, std::string wording = "") {
  return AnyFigure{AnyReported(r), std::move(wording), {}, std::nullopt};
}

AnyFigure investment(std::optional<Reported<Money>> equivalent = Reported<Money>(Qualifier::about, usd("3500000000"))) {
  AnyFigure f = fig(Reported<Money>::exact(cny("25170000000")), "25.17 billion yuan ($3.5 billion)");
  f.equivalent = equivalent;
  return f;
}

FxRate usd_cny(const char* date, const char* rate) {
  return FxRate{d(date), cur("USD"), cur("CNY"), Decimal::parse(rate), "FRED AEXCHUS annual average"};
}

DatasetContent base() {
  DatasetContent c;
  const AreaCode xizang = AreaCode::parse("540000");
  c.areas.push_back(Area{xizang, "Xizang", "", AreaLevel::region, std::nullopt, {}, {}});
  c.programs.push_back(Program{program, "Aid", "", xizang, 1994, std::nullopt, "", {}});
  return c;
}

// The seed's personnel figures: batches 1 and 10 known, "nearly 12,000" in all.
DatasetContent personnel(std::int64_t first, std::int64_t last, const char* total = "nearly 12,000") {
  DatasetContent c = base();
  c.batches = ten_batches(first, last);
  c.indicators.push_back(indicator("personnel", Measure::personnel_dispatched, QuantityKind::people,
                                   fig(parse_reported<People>(total), total)));
  return c;
}

std::vector<Check> run(DatasetContent c, const ReconcileOptions& o = {}) {
  return reconcile(Dataset::build(std::move(c)), o);
}

const Check& only(const std::vector<Check>& checks, CheckKind kind) {
  auto n = std::count_if(checks.begin(), checks.end(), [&](const Check& c) { return c.kind == kind; });
  BOOST_TEST_REQUIRE(n == 1, "expected one " << to_string(kind) << " check, found " << n);
  return *std::find_if(checks.begin(), checks.end(), [&](const Check& c) { return c.kind == kind; });
}

bool says(const Check& c, const std::string& words) {
  const bool found = c.reasoning.find(words) != std::string::npos;
  if (!found) BOOST_TEST_MESSAGE("reasoning of " << c.id << ": " << c.reasoning);
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reconcile)

// --- personnel against batches ----------------------------------------------------------------------

// 622 + 2,117 = 2,739 known; "nearly 12,000" = [10,800, 11,999], so the 8 unknown batches must hold
// [8,061, 9,260] (mean 1,007.625 -> 1,007.6 and 1,157.5); each lies in [622, 2,117], so together
// [4,976, 16,936], which contains the requirement: feasible.
BOOST_AUTO_TEST_CASE(the_seed_batches_make_nearly_12000_feasible) {
  const Check c = only(run(personnel(622, 2117)), CheckKind::personnel_vs_batches);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(c.id == "personnel_vs_batches:personnel/0");
  BOOST_TEST(c.pointer == "/indicators/0/observations/0/actual");
  BOOST_TEST(says(c, "10,800 to 11,999 people"));
  BOOST_TEST(says(c, "622 + 2,117 = 2,739 people"));
  BOOST_TEST(says(c, "622 to 2,117 people each"));
  BOOST_TEST(says(c, "4,976 to 16,936 people"));
  BOOST_TEST(says(c, "8,061 to 11,999 \xE2\x88\x92 2,739 = 9,260 people"));
  BOOST_TEST(says(c, "a mean of 1,007.6 to 1,157.5 each"));
  BOOST_TEST(says(c, "7,715 to 19,675 people"));  // 2,739 + 4,976 and 2,739 + 16,936
}

// 622 + 20,000 = 20,622 > 11,999: no size of the others can help.
BOOST_AUTO_TEST_CASE(a_latest_batch_of_20000_contradicts_nearly_12000) {
  const Check c = only(run(personnel(622, 20000)), CheckKind::personnel_vs_batches);
  BOOST_TEST(c.verdict == Verdict::inconsistent);
  BOOST_TEST(says(c, "at least 20,622 people, more than the 11,999 people the claim allows"));
}

// With batch 10 at 700 the eight lie in [622, 700] each, [4,976, 5,600] together, but must hold
// [10,800 - 1,322, 11,999 - 1,322] = [9,478, 10,677]: impossible. Without bounds it is possible.
BOOST_AUTO_TEST_CASE(bounds_between_neighbours_can_rule_a_total_out_and_unbounded_cannot) {
  const Check bounded = only(run(personnel(622, 700)), CheckKind::personnel_vs_batches);
  BOOST_TEST(bounded.verdict == Verdict::inconsistent);
  BOOST_TEST(says(bounded, "4,976 to 5,600 people"));
  BOOST_TEST(says(bounded, "9,478"));
  BOOST_TEST(says(bounded, "10,677 people"));

  ReconcileOptions o;
  o.unknown_batches = UnknownBatchBounds::unbounded;
  const Check unbounded = only(run(personnel(622, 700), o), CheckKind::personnel_vs_batches);
  BOOST_TEST(unbounded.verdict == Verdict::consistent);
  BOOST_TEST(says(unbounded, "no bound assumed"));
  BOOST_TEST(says(unbounded, "at least 0 people"));
}

// Batch 10 at 1,250: the eight hold [4,976, 10,000] and must hold [8,928, 10,127]; only
// [8,928, 10,000] of that is possible, so the data neither confirm nor rule out the claim.
BOOST_AUTO_TEST_CASE(a_requirement_only_partly_possible_is_undetermined) {
  const Check c = only(run(personnel(622, 1250)), CheckKind::personnel_vs_batches);
  BOOST_TEST(c.verdict == Verdict::undetermined);
  BOOST_TEST(says(c, "Only 8,928 to 10,000 people"));
}

// With every size known the sum decides: 10 x 1,150 = 11,500 is nearly 12,000; 10 x 1,300 is not.
BOOST_AUTO_TEST_CASE(with_every_batch_known_the_sum_decides) {
  auto all_known = [](std::int64_t each) {
    DatasetContent c = personnel(each, each);
    for (Batch& b : c.batches) b.headcount = Figure<People>{Reported<People>::exact(people(each)), "", {}};
    return c;
  };
  const Check fits = only(run(all_known(1150)), CheckKind::personnel_vs_batches);
  BOOST_TEST(fits.verdict == Verdict::consistent);
  BOOST_TEST(says(fits, "= 11,500 people"));
  const Check too_many = only(run(all_known(1300)), CheckKind::personnel_vs_batches);
  BOOST_TEST(too_many.verdict == Verdict::inconsistent);
  BOOST_TEST(says(too_many, "13,000 people lies outside"));
}

// "nearly" at 5%: [11,400, 11,999], so the eight must hold [8,661, 9,260].
BOOST_AUTO_TEST_CASE(the_qualifier_policy_is_the_callers) {
  ReconcileOptions o;
  o.policy.nearly_bp = 500;
  const Check c = only(run(personnel(622, 2117), o), CheckKind::personnel_vs_batches);
  BOOST_TEST(says(c, "11,400 to 11,999 people"));
  BOOST_TEST(says(c, "5%"));
  BOOST_TEST(says(c, "= 8,661 to"));
}

// A batch whose tenure lies outside the figure's period is not part of it: 2,000 people in 2023
// against one 2023 batch of 2,000 (the 2020 batch of 1,000 is left out).
BOOST_AUTO_TEST_CASE(batches_with_tenures_outside_the_period_are_left_out) {
  DatasetContent c = base();
  c.batches = {batch(1, 1000), batch(2, 2000)};
  c.batches[0].tenure = Period::years(2020, 2022);
  c.batches[1].tenure = Period::years(2023, 2025);
  c.indicators.push_back(indicator("personnel", Measure::personnel_dispatched, QuantityKind::people,
                                   fig(Reported<People>::exact(people(2000))), Period::years(2023, 2023)));
  const Check k = only(run(c), CheckKind::personnel_vs_batches);
  BOOST_TEST(k.verdict == Verdict::consistent);
  BOOST_TEST(says(k, "1 more outside the figure's period are left out"));
}

BOOST_AUTO_TEST_CASE(a_program_without_batches_is_undetermined) {
  DatasetContent c = personnel(622, 2117);
  c.batches.clear();
  const Check k = only(run(c), CheckKind::personnel_vs_batches);
  BOOST_TEST(k.verdict == Verdict::undetermined);
  BOOST_TEST(says(k, "has no batch records"));
}

// --- batch count -------------------------------------------------------------------------------------

DatasetContent counted(std::vector<Batch> batches, std::int64_t claimed) {
  DatasetContent c = base();
  c.batches = std::move(batches);
  c.indicators.push_back(indicator("batches", Measure::batches_dispatched, QuantityKind::batches,
                                   fig(Reported<Batches>::exact(pairaid::batches(claimed)))));
  return c;
}

BOOST_AUTO_TEST_CASE(ten_batch_records_are_10_batches) {
  const Check c = only(run(counted(ten_batches(622, 2117), 10)), CheckKind::batch_count);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(c.id == "batch_count:batches/0");
  BOOST_TEST(says(c, "numbered 1 to 10 with none missing"));
}

BOOST_AUTO_TEST_CASE(nine_or_eleven_records_are_not_10_batches) {
  std::vector<Batch> nine = ten_batches(622, 2117);
  nine.pop_back();
  BOOST_TEST(only(run(counted(nine, 10)), CheckKind::batch_count).verdict == Verdict::inconsistent);
  std::vector<Batch> eleven = ten_batches(622, 2117);
  eleven.push_back(batch(11));
  const Check c = only(run(counted(eleven, 10)), CheckKind::batch_count);
  BOOST_TEST(c.verdict == Verdict::inconsistent);
  BOOST_TEST(says(c, "exactly 11 batches lies outside"));
}

// Records 1-8 and 10: batch 9 is missing, so at least 10 were sent; "10" may or may not be all.
BOOST_AUTO_TEST_CASE(a_gap_in_the_ordinals_means_at_least_the_largest) {
  std::vector<Batch> gap = ten_batches(622, 2117);
  gap.erase(gap.begin() + 8);
  const Check c = only(run(counted(gap, 10)), CheckKind::batch_count);
  BOOST_TEST(c.verdict == Verdict::undetermined);
  BOOST_TEST(says(c, "with batch 9 missing, so at least 10 batches"));
  BOOST_TEST(only(run(counted(gap, 9)), CheckKind::batch_count).verdict == Verdict::inconsistent);
}

// --- growth ----------------------------------------------------------------------------------------

// 2117/622 = 3.4035...: 3.40 to 2 decimals, 3.404 to 3 (half_even either way).
BOOST_AUTO_TEST_CASE(growth_is_an_exact_ratio_shown_rounded) {
  const std::vector<Check> checks = run(personnel(622, 2117));
  const Check c = only(checks, CheckKind::batch_growth);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(c.id == "batch_growth:aid");
  BOOST_TEST(says(c, "2,117 / 622 = 3.40\xC3\x97"));
  BOOST_TEST(says(c, "2117/622"));
  BOOST_TEST(says(c, "rounded half_even"));
  BOOST_TEST(says(c, "rise with the batch number"));
  ReconcileOptions o;
  o.ratio_digits = 3;
  o.rounding.mode = RoundingMode::floor;
  BOOST_TEST(says(only(run(personnel(622, 2117), o), CheckKind::batch_growth), "= 3.403\xC3\x97"));
}

// 622, 900, 700: up then down, so bounding unknown batches by their neighbours is unjustified.
BOOST_AUTO_TEST_CASE(sizes_that_rise_and_fall_are_flagged) {
  DatasetContent c = personnel(622, 700);
  c.batches[4].headcount = Figure<People>{Reported<People>::exact(people(900)), "", {}};
  const Check g = only(run(c), CheckKind::batch_growth);
  BOOST_TEST(g.verdict == Verdict::inconsistent);
  BOOST_TEST(says(g, "batch 10 (700) is smaller than batch 5 (900)"));
}

BOOST_AUTO_TEST_CASE(one_known_size_gives_no_growth_check) {
  DatasetContent c = personnel(622, 2117);
  c.batches[9].headcount.reset();
  const auto checks = run(c);
  BOOST_TEST(
      std::none_of(checks.begin(), checks.end(), [](const Check& k) { return k.kind == CheckKind::batch_growth; }));
}

// --- money and its printed equivalent ----------------------------------------------------------------

DatasetContent invested(std::vector<FxRate> rates, AnyFigure f = investment()) {
  DatasetContent c = base();
  c.exchange_rates = std::move(rates);
  c.indicators.push_back(indicator("investment", Measure::investment_attracted, QuantityKind::money, std::move(f),
                                   Period::years(2023, 2023)));
  return c;
}

// 25,170,000,000 / 7.0809 = 3,554,632,885.65 (half_even, cents), inside "about $3.5 billion"
// = [3,150,000,000, 3,850,000,000]; 25.17 / 3.5 = 7.1914 is the rate the article implies.
BOOST_AUTO_TEST_CASE(the_2023_investment_at_the_cited_2023_rate_is_about_3_5_billion_usd) {
  const Check c =
      only(run(invested({usd_cny("2022-01-01", "6.7290"), usd_cny("2023-01-01", "7.0809")})), CheckKind::fx_equivalent);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(c.id == "fx_equivalent:/indicators/0/observations/0/actual");
  BOOST_TEST(says(c, "Value date 2023-01-01, the start of the period 2023-01-01 to 2023-12-31"));
  BOOST_TEST(
      says(c, "25,170,000,000.00 CNY \xC3\xB7 7.0809 CNY per USD (the rate in force from 2023-01-01; FRED AEXCHUS"));
  BOOST_TEST(says(c, "= 3,554,632,885.65 USD, rounded half_even to 2 decimals"));
  BOOST_TEST(says(c, "3,150,000,000.00 to 3,850,000,000.00 USD"));
  BOOST_TEST(says(c, "imply 7.1914 CNY per USD"));
}

// The value date is the period's start: a rate from mid-2023 is not yet in force on 2023-01-01,
// so the 2022 rate applies: 25,170,000,000 / 6.7290 = 3,740,526,081.14.
BOOST_AUTO_TEST_CASE(the_rate_in_force_on_the_periods_first_day_is_used) {
  const Check c =
      only(run(invested({usd_cny("2022-01-01", "6.7290"), usd_cny("2023-07-01", "7.2")})), CheckKind::fx_equivalent);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(says(c, "6.729 CNY per USD (the rate in force from 2022-01-01"));
  BOOST_TEST(says(c, "= 3,740,526,081.14 USD"));
}

BOOST_AUTO_TEST_CASE(a_missing_rate_is_undetermined_never_one_to_one) {
  const Check none = only(run(invested({})), CheckKind::fx_equivalent);
  BOOST_TEST(none.verdict == Verdict::undetermined);
  BOOST_TEST(says(none, "no exchange rate CNY/USD in force on 2023-01-01"));
  BOOST_TEST(says(none, "never taken as 1:1 or 0"));
  // A rate that starts after the value date is no rate for it either.
  BOOST_TEST(only(run(invested({usd_cny("2024-01-01", "7.1957")})), CheckKind::fx_equivalent).verdict ==
             Verdict::undetermined);
}

// At 5 CNY per USD the yuan figure is 5,034,000,000 USD, far above "about $3.5 billion".
BOOST_AUTO_TEST_CASE(a_rate_that_makes_3_5_billion_impossible_is_inconsistent) {
  const Check c = only(run(invested({usd_cny("2023-01-01", "5")})), CheckKind::fx_equivalent);
  BOOST_TEST(c.verdict == Verdict::inconsistent);
  BOOST_TEST(says(c, "5,034,000,000.00 USD is outside it"));
}

// A table passed by the caller replaces the dataset's rates: at 7.1957, 3,497,922,370.30 USD.
BOOST_AUTO_TEST_CASE(a_callers_table_replaces_the_datasets_rates) {
  const FxTable table = FxTable::Builder().add(usd_cny("2023-01-01", "7.1957")).build();
  ReconcileOptions o;
  o.fx = &table;
  const Check c = only(run(invested({usd_cny("2023-01-01", "5")}), o), CheckKind::fx_equivalent);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(says(c, "= 3,497,922,370.30 USD"));
  const FxTable empty;
  o.fx = &empty;
  BOOST_TEST(
      says(only(run(invested({usd_cny("2023-01-01", "7.0809")}), o), CheckKind::fx_equivalent), "in the table given"));
}

BOOST_AUTO_TEST_CASE(a_money_figure_without_an_equivalent_or_period_is_not_converted) {
  const auto without = run(invested({usd_cny("2023-01-01", "7.0809")}, investment(std::nullopt)));
  BOOST_TEST(
      std::none_of(without.begin(), without.end(), [](const Check& k) { return k.kind == CheckKind::fx_equivalent; }));
  DatasetContent c = invested({usd_cny("2023-01-01", "7.0809")});
  c.indicators[0].observations[0].period.reset();
  const Check k = only(run(c), CheckKind::fx_equivalent);
  BOOST_TEST(k.verdict == Verdict::undetermined);
  BOOST_TEST(says(k, "no value date"));
}

// --- breakdowns against totals -------------------------------------------------------------------------

Breakdown donor_kinds() {
  auto item = [](const char* key, std::int64_t n, const char* words) {
    return BreakdownItem{key, key, fig(Reported<Organisations>::exact(organisations(n)), words)};
  };
  return Breakdown{
      "donor_kind", true, {item("provinces", 17, "Seventeen"), item("organs", 78, "78"), item("soes", 27, "27")}};
}

DatasetContent donors(std::optional<AnyFigure> total, Breakdown b = donor_kinds()) {
  DatasetContent c = base();
  c.indicators.push_back(
      indicator("donors", Measure::donors_designated, QuantityKind::organisations, std::move(total)));
  c.indicators[0].observations[0].breakdowns.push_back(std::move(b));
  return c;
}

BOOST_AUTO_TEST_CASE(donors_by_kind_add_up_to_122_with_no_total_to_check) {
  const Check c = only(run(donors(std::nullopt)), CheckKind::breakdown_vs_total);
  BOOST_TEST(c.verdict == Verdict::undetermined);
  BOOST_TEST(c.id == "breakdown_vs_total:/indicators/0/observations/0/breakdowns/0");
  BOOST_TEST(says(c, "17 (provinces) + 78 (organs) + 27 (soes) = 122 organisations"));
  BOOST_TEST(says(c, "states no total"));
}

// Against a stated total, an exhaustive breakdown must be able to equal it. (Validation already
// refuses a total the parts can never meet, so "about 130" = [117, 143] is the near miss here.)
BOOST_AUTO_TEST_CASE(an_exhaustive_breakdown_is_checked_against_a_stated_total) {
  BOOST_TEST(only(run(donors(fig(Reported<Organisations>::exact(organisations(122))))), CheckKind::breakdown_vs_total)
                 .verdict == Verdict::consistent);
  const Check about = only(run(donors(fig(Reported<Organisations>(Qualifier::about, organisations(130))))),
                           CheckKind::breakdown_vs_total);
  BOOST_TEST(about.verdict == Verdict::consistent);
  BOOST_TEST(says(about, "117 to 143 organisations"));
}

BOOST_AUTO_TEST_CASE(a_breakdown_without_values_says_so) {
  Breakdown conditions{"condition", true, {{"heart", "congenital heart disease", {}}, {"cataract", "cataracts", {}}}};
  DatasetContent c = base();
  c.indicators.push_back(indicator("patients", Measure::patients_treated, QuantityKind::patients,
                                   fig(Reported<Patients>(Qualifier::more_than, patients(8300)), "more than 8,300")));
  c.indicators[0].observations[0].breakdowns.push_back(conditions);
  const Check k = only(run(c), CheckKind::breakdown_vs_total);
  BOOST_TEST(k.verdict == Verdict::undetermined);
  BOOST_TEST(says(k, "names congenital heart disease and cataracts but gives no figure"));
  BOOST_TEST(says(k, "against \"more than 8,300\""));
}

// Some parts known, the rest not: 17 + 78 = 95 known, the SOEs unknown. Against 122 they always
// fit; against "about 100" = [90, 110] only if the total is 95 or more; against "about 90" read at
// 2% = [89, 91] (validation used 10%: [81, 99]) they never fit.
BOOST_AUTO_TEST_CASE(partly_known_parts_must_fit_within_the_total) {
  Breakdown partial = donor_kinds();
  partial.items[2].value.reset();
  auto check = [&](Reported<Organisations> total, const ReconcileOptions& o = {}) {
    return only(run(donors(fig(total), partial), o), CheckKind::breakdown_vs_total);
  };
  const Check fits = check(Reported<Organisations>::exact(organisations(122)));
  BOOST_TEST(fits.verdict == Verdict::consistent);
  BOOST_TEST(says(fits, "= 95 organisations. soes has no figure."));
  BOOST_TEST(check(Reported<Organisations>(Qualifier::about, organisations(100))).verdict == Verdict::undetermined);
  ReconcileOptions strict;
  strict.policy.about_bp = 200;
  const Check over = check(Reported<Organisations>(Qualifier::about, organisations(90)), strict);
  BOOST_TEST(over.verdict == Verdict::inconsistent);
  BOOST_TEST(says(over, "89 to 91 organisations"));
  BOOST_TEST(says(over, "the parts alone are at least 95 organisations"));
}

// --- wording against the stored figure ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(wording_that_matches_the_stored_figure_is_consistent) {
  const auto checks = run(personnel(622, 2117));
  const auto n =
      std::count_if(checks.begin(), checks.end(), [](const Check& k) { return k.kind == CheckKind::wording_vs_value; });
  BOOST_TEST(n == 1);  // the batches here have no wording; the total has
  const Check c = only(checks, CheckKind::wording_vs_value);
  BOOST_TEST(c.verdict == Verdict::consistent);
  BOOST_TEST(says(c, "\"nearly 12,000\" reads as nearly 12,000 people, as stored."));
}

// A data-entry slip: the words say "nearly", the stored qualifier says exact.
BOOST_AUTO_TEST_CASE(a_stored_qualifier_that_contradicts_the_wording_is_caught) {
  DatasetContent c = personnel(622, 2117);
  c.indicators[0].observations[0].actual = fig(Reported<People>::exact(people(12000)), "nearly 12,000");
  const auto checks = run(c);
  const Check k = only(checks, CheckKind::wording_vs_value);
  BOOST_TEST(k.verdict == Verdict::inconsistent);
  BOOST_TEST(k.pointer == "/indicators/0/observations/0/actual");
  BOOST_TEST(says(k, "but the figure stores exactly 12,000 people"));
  BOOST_TEST(overall_verdict(checks) == Verdict::inconsistent);
}

BOOST_AUTO_TEST_CASE(a_stored_equivalent_that_contradicts_the_wording_is_caught) {
  const Check k = only(run(invested({usd_cny("2023-01-01", "7.0809")},
                                    investment(Reported<Money>(Qualifier::about, usd("3600000000"))))),
                       CheckKind::wording_vs_value);
  BOOST_TEST(k.verdict == Verdict::inconsistent);
  BOOST_TEST(says(k, "The stored equivalent is about 3,600,000,000.00 USD"));
}

BOOST_AUTO_TEST_CASE(wording_the_parser_cannot_read_is_undetermined) {
  DatasetContent c = personnel(622, 2117);
  c.batches[0].headcount->wording = "622 at the beginning";
  bool found = false;
  for (const Check& k : run(c))
    if (k.pointer == "/batches/0/headcount") {
      found = true;
      BOOST_TEST(k.verdict == Verdict::undetermined);
      BOOST_TEST(says(k, "not a figure the phrase parser reads"));
    }
  BOOST_TEST(found);
}

// --- options and the overall verdict ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(options_out_of_range_are_refused) {
  const Dataset d = Dataset::build(personnel(622, 2117));
  ReconcileOptions o;
  o.ratio_digits = 10;
  PAIRAID_CHECK_ERRC(pairaid::reconcile(d, o), errc::invalid_argument);
  o = {};
  o.policy.nearly_bp = 10001;
  PAIRAID_CHECK_ERRC(pairaid::reconcile(d, o), errc::invalid_argument);
  o = {};
  o.rounding.digits = -1;
  PAIRAID_CHECK_ERRC(pairaid::reconcile(d, o), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(the_overall_verdict_is_the_worst) {
  auto with = [](std::vector<Verdict> vs) {
    std::vector<Check> v;
    for (Verdict x : vs) v.push_back(Check{"c", "c", x, "", CheckKind::batch_count, ""});
    return overall_verdict(v);
  };
  BOOST_TEST(with({}) == Verdict::consistent);
  BOOST_TEST(with({Verdict::consistent, Verdict::undetermined}) == Verdict::undetermined);
  BOOST_TEST(with({Verdict::undetermined, Verdict::inconsistent, Verdict::consistent}) == Verdict::inconsistent);
}

BOOST_AUTO_TEST_SUITE_END()
