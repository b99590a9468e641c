// The seed article ("30 years of support for development", shared/seed/aid-xizang-30-years.txt):
// its figures read as the article writes them and checked through the core, with the rates bundled
// in examples/data (FRED annual averages). These are the numbers the examples and docs quote.
#include <pairaid/core/calendar.hpp>
#include <pairaid/core/phrase.hpp>
#include <pairaid/io/fx_csv.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <string>

using namespace pairaid;

namespace {
using Q = Qualifier;
using M = RoundingMode;
Date d(const char* iso) { return parse_date(iso); }
Currency cur(const char* code) { return Currency::of(code); }
Money usd(const char* amount) { return Money::parse(amount, cur("USD")); }
template <class C>
Interval<C> closed(C lo, C hi) {
  return Interval<C>(Bound<C>{lo, true}, Bound<C>{hi, true});
}
FxTable bundled_rates() { return io::load_fx_csv(PAIRAID_SOURCE_DIR "/examples/data/fx-usd-cny-annual.csv"); }
}  // namespace

BOOST_AUTO_TEST_SUITE(seed)

// "dispatched 10 batches of nearly 12,000 cadres and skilled workers"
BOOST_AUTO_TEST_CASE(nearly_12000_cadres_means_10800_to_11999_people) {
  const auto total = parse_reported<People>("nearly 12,000");
  BOOST_TEST(total.bounds() == closed(people(10800), people(11999)));
  BOOST_TEST(parse_reported<Batches>("10").value() == batches(10));
}

// "gradually increased from 622 at the beginning to 2,117 in the latest effort"
BOOST_AUTO_TEST_CASE(the_latest_batch_is_3_40_times_the_first) {
  const People first = parse_reported<People>("622").value();
  const People latest = parse_reported<People>("2,117").value();
  const Ratio growth = latest / first;
  BOOST_TEST(growth.to_string() == "2117/622");
  BOOST_TEST(growth.to_decimal(2, M::half_even).to_string(2) == "3.40");
}

BOOST_AUTO_TEST_CASE(the_eight_middle_batches_must_total_8061_to_9260_and_can) {
  const People known = people(622) + people(2117);
  BOOST_TEST(known == people(2739));
  const Interval<People> rest = parse_reported<People>("nearly 12,000").bounds() + Interval<People>::exactly(-known);
  BOOST_TEST(rest == closed(people(8061), people(9260)));
  // Eight batches each between the first (622) and the latest (2,117) allow [4976, 16936]: room enough.
  const Interval<People> possible = closed(people(622) * 8, people(2117) * 8);
  BOOST_TEST(assess(possible, rest).verdict == Verdict::consistent);
  // Were every middle batch as large as the latest, "nearly 12,000" would be wrong.
  BOOST_TEST(assess(parse_reported<People>("nearly 12,000"), people(2117) * 10).verdict == Verdict::inconsistent);
}

// "nearly 10,000 orphans and impoverished students", "more than 8,300 patients"
BOOST_AUTO_TEST_CASE(the_outcome_figures_mean_their_intervals) {
  BOOST_TEST(parse_reported<Students>("nearly 10,000").bounds() == closed(students(9000), students(9999)));
  const auto treated = parse_reported<Patients>("more than 8,300").bounds();
  BOOST_TEST(treated.lower()->value == patients(8301));
  BOOST_TEST(!treated.upper().has_value());
  const auto firms = parse_reported<Enterprises>("over 1,140").bounds();
  BOOST_TEST(firms.lower()->value == enterprises(1141));
  BOOST_TEST(parse_reported<Brands>("hundreds of").bounds() == closed(brands(200), brands(999)));
  BOOST_TEST(parse_reported<Projects>("more than 9,500").bounds().lower()->value == projects(9501));
  BOOST_TEST(parse_reported<Talents>("146") == Reported<Talents>::exact(talents(146)));
}

// "Seventeen provinces and cities as well as 78 central State organs ... and 27 ... enterprises"
BOOST_AUTO_TEST_CASE(the_1994_donors_number_exactly_122) {
  const std::array donors = {parse_reported<Organisations>("Seventeen"), parse_reported<Organisations>("78"),
                             parse_reported<Organisations>("27")};
  BOOST_TEST(sum_bounds<Organisations>(donors) == Interval<Organisations>::exactly(organisations(122)));
}

// "25.17 billion yuan ($3.5 billion)"
BOOST_AUTO_TEST_CASE(the_2023_investment_is_25170000000_cny_with_an_about_3_5_billion_usd_equivalent) {
  const MoneyClaim claim = parse_money_claim("25.17 billion yuan ($3.5 billion)");
  BOOST_TEST(claim.figure.value() == Money::parse("25170000000", cur("CNY")));
  BOOST_TEST(claim.figure.value().to_string({.grouping = true}) == "25,170,000,000.00 CNY");
  BOOST_TEST_REQUIRE(claim.equivalent.has_value());
  BOOST_TEST(claim.equivalent->to_string() == "about 3500000000.00 USD");
}

BOOST_AUTO_TEST_CASE(at_the_2023_average_of_7_0809_the_investment_is_3554632885_65_usd) {
  const MoneyClaim claim = parse_money_claim("25.17 billion yuan ($3.5 billion)");
  const Conversion c = bundled_rates().convert(claim.figure.value(), cur("USD"), d("2023-12-31"), {M::half_even, {}});
  BOOST_TEST(c.amount == usd("3554632885.65"));
  BOOST_TEST_REQUIRE(c.legs.size() == 1u);
  BOOST_TEST(c.legs[0].rate.rate == Decimal::parse("7.0809"));
  BOOST_TEST(c.legs[0].rate.date == d("2023-01-01"));
  BOOST_TEST(c.legs[0].inverted);  // the file gives CNY per USD
  BOOST_TEST(c.legs[0].rate.source.find("AEXCHUS") != std::string::npos);
  // "about $3.5 billion" (+-10%) holds ...
  BOOST_TEST(assess(*claim.equivalent, c.amount).verdict == Verdict::consistent);
  // ... but read as rounded to one decimal, [3.45, 3.55) billion, it is just outside (shared/data/fx/SOURCES.md).
  const Interval<Money> one_decimal(Bound<Money>{usd("3450000000"), true}, Bound<Money>{usd("3550000000"), false});
  BOOST_TEST(assess(one_decimal, Interval<Money>::exactly(c.amount)).verdict == Verdict::inconsistent);
}

BOOST_AUTO_TEST_CASE(at_the_2024_average_of_7_1957_the_investment_rounds_to_3_5_billion_usd) {
  const Conversion c =
      bundled_rates().convert(Money::parse("25170000000", cur("CNY")), cur("USD"), d("2024-06-30"), {M::half_even, {}});
  BOOST_TEST(c.amount == usd("3497922370.30"));
  const Interval<Money> one_decimal(Bound<Money>{usd("3450000000"), true}, Bound<Money>{usd("3550000000"), false});
  BOOST_TEST(one_decimal.contains(c.amount));
}

BOOST_AUTO_TEST_CASE(the_article_implies_7_1914_cny_per_usd) {
  const Decimal implied = divide(Decimal::parse("25.17"), Decimal::parse("3.5"), M::half_even).round(4, M::half_even);
  BOOST_TEST(implied == Decimal::parse("7.1914"));
}

// "since the 14th Five-Year Plan period (2021-25)"; "In 1994 ..."; "Since the 18th National Congress ... in 2012"
BOOST_AUTO_TEST_CASE(the_articles_dates_fall_in_their_five_year_plans) {
  BOOST_TEST(FiveYearPlan::number(14).period() == Period::years(2021, 2025));
  BOOST_TEST(plan_of(d("2023-12-31"))->name() == "14th Five-Year Plan (2021-2025)");
  BOOST_TEST(plan_of(d("1994-01-01"))->ordinal == 8);
  BOOST_TEST(plan_of(d("2012-11-08"))->ordinal == 12);
}

BOOST_AUTO_TEST_SUITE_END()
