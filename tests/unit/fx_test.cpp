// FxTable: dated exchange rates; the latest rate on or before the value date, either direction,
// through a pivot when no direct rate exists; the whole chain computed exactly and rounded once.
#include <pairaid/core/fx.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace pairaid;

namespace {
using M = RoundingMode;
Date d(const char* iso) { return parse_date(iso); }
Currency cur(const char* code) { return Currency::of(code); }
Money in(const char* code, const char* amount) { return Money::parse(amount, Currency::of(code)); }
FxRate rate(const char* date, const char* base, const char* quote, const char* value, const char* source = "test") {
  return FxRate{d(date), cur(base), cur(quote), Decimal::parse(value), source};
}

// USD/CNY annual averages for 2023 and 2024 (FRED AEXCHUS).
FxTable usd_cny() {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "CNY", "7.0809")).add(rate("2024-01-01", "USD", "CNY", "7.1957"));
  return b.build();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(fx)

// --- which rate ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_rate_applies_from_its_own_date) {
  Conversion c = usd_cny().convert(in("USD", "100"), cur("CNY"), d("2023-01-01"));
  BOOST_TEST(c.amount == in("CNY", "708.09"));
  BOOST_TEST_REQUIRE(c.legs.size() == 1u);
  BOOST_TEST(c.legs[0].rate.date == d("2023-01-01"));
  BOOST_TEST(!c.legs[0].inverted);
}

BOOST_AUTO_TEST_CASE(between_two_rates_the_earlier_one_is_in_force) {
  Conversion c = usd_cny().convert(in("USD", "100"), cur("CNY"), d("2023-12-31"));
  BOOST_TEST(c.amount == in("CNY", "708.09"));
  BOOST_TEST(c.legs.at(0).rate.rate == Decimal::parse("7.0809"));
  BOOST_TEST(usd_cny().convert(in("USD", "100"), cur("CNY"), d("2024-01-01")).amount == in("CNY", "719.57"));
  BOOST_TEST(usd_cny().convert(in("USD", "100"), cur("CNY"), d("2099-01-01")).amount == in("CNY", "719.57"));
}

BOOST_AUTO_TEST_CASE(before_the_first_rate_there_is_no_rate_never_one_to_one) {
  PAIRAID_CHECK_ERROR(usd_cny().convert(in("USD", "100"), cur("CNY"), d("2022-12-31")), errc::missing_rate, "USD/CNY",
                      "2022-12-31");
}

BOOST_AUTO_TEST_CASE(a_rate_is_used_inverted_for_the_other_direction) {
  Conversion c = usd_cny().convert(in("CNY", "708.09"), cur("USD"), d("2023-06-30"));
  BOOST_TEST(c.amount == in("USD", "100"));
  BOOST_TEST_REQUIRE(c.legs.size() == 1u);
  BOOST_TEST(c.legs[0].inverted);
  BOOST_TEST(c.legs[0].from == cur("CNY"));
  BOOST_TEST(c.legs[0].to == cur("USD"));
  BOOST_TEST(c.legs[0].rate.base == cur("USD"));  // the rate as published
}

BOOST_AUTO_TEST_CASE(when_both_directions_are_given_the_latest_rate_of_either_wins) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "CNY", "7")).add(rate("2023-07-01", "CNY", "USD", "0.125"));
  FxTable t = b.build();
  // before July: the USD/CNY rate, forward for USD->CNY and inverted for CNY->USD
  BOOST_TEST(t.convert(in("USD", "10"), cur("CNY"), d("2023-03-01")).amount == in("CNY", "70"));
  BOOST_TEST(t.convert(in("CNY", "70"), cur("USD"), d("2023-03-01")).amount == in("USD", "10"));
  // from July: the CNY/USD rate, inverted for USD->CNY and forward for CNY->USD
  Conversion later = t.convert(in("USD", "10"), cur("CNY"), d("2023-08-01"));
  BOOST_TEST(later.amount == in("CNY", "80"));
  BOOST_TEST(later.legs.at(0).inverted);
  BOOST_TEST(later.legs.at(0).rate.date == d("2023-07-01"));
  BOOST_TEST(t.convert(in("CNY", "80"), cur("USD"), d("2023-08-01")).amount == in("USD", "10"));
  BOOST_TEST(!t.leg(cur("CNY"), cur("USD"), d("2023-08-01"))->inverted);
}

BOOST_AUTO_TEST_CASE(leg_answers_which_rate_converts_a_pair_on_a_date) {
  FxTable t = usd_cny();
  BOOST_TEST(!t.leg(cur("USD"), cur("CNY"), d("2022-06-01")).has_value());
  BOOST_TEST(t.leg(cur("USD"), cur("CNY"), d("2024-06-01"))->rate.rate == Decimal::parse("7.1957"));
  BOOST_TEST(!t.leg(cur("USD"), cur("EUR"), d("2024-06-01")).has_value());
}

// --- through a pivot --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(without_a_direct_rate_the_conversion_goes_through_the_pivot_and_records_both_legs) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "EUR", "0.9")).add(rate("2023-01-01", "USD", "CNY", "7")).pivot(cur("USD"));
  FxTable t = b.build();
  BOOST_TEST(t.pivot() == std::optional<Currency>(cur("USD")));
  Conversion c = t.convert(in("EUR", "90"), cur("CNY"), d("2023-06-01"));
  BOOST_TEST(c.amount == in("CNY", "700"));
  BOOST_TEST_REQUIRE(c.legs.size() == 2u);
  BOOST_TEST(c.legs[0].from == cur("EUR"));
  BOOST_TEST(c.legs[0].to == cur("USD"));
  BOOST_TEST(c.legs[0].inverted);
  BOOST_TEST(c.legs[1].from == cur("USD"));
  BOOST_TEST(c.legs[1].to == cur("CNY"));
  BOOST_TEST(!c.legs[1].inverted);
}

BOOST_AUTO_TEST_CASE(a_chain_is_rounded_once_at_the_end_not_per_leg) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "EUR", "USD", "1.005")).add(rate("2023-01-01", "USD", "JPY", "1000")).pivot(cur("USD"));
  // 1 EUR = 1.005 USD (which would round to 1.00 USD by half_even) = 1005 JPY exactly
  Conversion c = b.build().convert(in("EUR", "1"), cur("JPY"), d("2023-06-01"));
  BOOST_TEST(c.amount == in("JPY", "1005"));
}

BOOST_AUTO_TEST_CASE(a_direct_rate_is_preferred_to_the_pivot) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "EUR", "0.9"))
      .add(rate("2023-01-01", "USD", "CNY", "7"))
      .add(rate("2023-01-01", "EUR", "CNY", "8"))
      .pivot(cur("USD"));
  Conversion c = b.build().convert(in("EUR", "1"), cur("CNY"), d("2023-06-01"));
  BOOST_TEST(c.amount == in("CNY", "8"));
  BOOST_TEST(c.legs.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_missing_pivot_leg_is_named_in_the_error) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "CNY", "7")).pivot(cur("USD"));
  PAIRAID_CHECK_ERROR(b.build().convert(in("EUR", "1"), cur("CNY"), d("2023-06-01")), errc::missing_rate, "EUR/CNY",
                      "nor via USD", "no EUR/USD rate");
  FxTable::Builder b2;
  b2.add(rate("2023-01-01", "USD", "EUR", "0.9")).pivot(cur("USD"));
  PAIRAID_CHECK_ERROR(b2.build().convert(in("EUR", "1"), cur("CNY"), d("2023-06-01")), errc::missing_rate,
                      "no USD/CNY rate");
}

BOOST_AUTO_TEST_CASE(a_pivot_leg_not_yet_in_force_is_missing) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "EUR", "0.9")).add(rate("2024-01-01", "USD", "CNY", "7")).pivot(cur("USD"));
  PAIRAID_CHECK_ERRC(b.build().convert(in("EUR", "1"), cur("CNY"), d("2023-06-01")), errc::missing_rate);
}

// converts: whether a pair can be converted on some date, as convert would find its legs.
BOOST_AUTO_TEST_CASE(converts_says_whether_the_table_can_reach_a_currency_at_all) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "EUR", "0.9")).add(rate("2024-01-01", "USD", "CNY", "7"));
  const FxTable direct = b.build();
  BOOST_TEST(direct.converts(cur("EUR"), cur("USD")));  // inverted
  BOOST_TEST(direct.converts(cur("USD"), cur("CNY")));  // even before its first rate
  BOOST_TEST(direct.converts(cur("GBP"), cur("GBP")));
  BOOST_TEST(!direct.converts(cur("EUR"), cur("CNY")));  // no pivot
  const FxTable pivoted = b.pivot(cur("USD")).build();
  BOOST_TEST(pivoted.converts(cur("EUR"), cur("CNY")));
  BOOST_TEST(!pivoted.converts(cur("GBP"), cur("CNY")));
}

BOOST_AUTO_TEST_CASE(without_a_pivot_a_missing_pair_is_missing_rate) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "EUR", "0.9")).add(rate("2023-01-01", "USD", "CNY", "7"));
  PAIRAID_CHECK_ERROR(b.build().convert(in("EUR", "1"), cur("CNY"), d("2023-06-01")), errc::missing_rate,
                      "no exchange rate EUR/CNY in force on 2023-06-01");
  PAIRAID_CHECK_ERRC(FxTable().convert(in("USD", "1"), cur("CNY"), d("2023-06-01")), errc::missing_rate);
}

// --- building the table ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(two_rates_for_one_pair_on_one_day_are_rejected_in_either_direction) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "CNY", "7.0809"));
  PAIRAID_CHECK_ERROR(b.add(rate("2023-01-01", "USD", "CNY", "7.1")), errc::invalid_data, "two rates", "USD/CNY",
                      "2023-01-01");
  PAIRAID_CHECK_ERROR(b.add(rate("2023-01-01", "CNY", "USD", "0.14")), errc::invalid_data, "CNY/USD");
  b.add(rate("2023-01-02", "CNY", "USD", "0.14"));  // another day is fine
  BOOST_TEST(b.build().size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_rate_must_be_positive) {
  FxTable::Builder b;
  PAIRAID_CHECK_ERROR(b.add(rate("2023-01-01", "USD", "CNY", "0")), errc::invalid_data, "must be positive", "USD/CNY");
  PAIRAID_CHECK_ERROR(b.add(rate("2023-01-01", "USD", "CNY", "-7")), errc::invalid_data, "-7");
  BOOST_TEST(b.build().size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_rate_needs_two_different_currencies) {
  FxTable::Builder b;
  PAIRAID_CHECK_ERROR(b.add(rate("2023-01-01", "USD", "USD", "1")), errc::invalid_data, "USD/USD");
}

BOOST_AUTO_TEST_CASE(the_table_lists_its_rates_by_pair_then_date) {
  FxTable::Builder b;
  b.add(rate("2024-01-01", "USD", "CNY", "7.1957"))
      .add(rate("2023-01-01", "USD", "CNY", "7.0809"))
      .add(rate("2023-01-01", "EUR", "USD", "1.08"));
  FxTable t = b.build();
  BOOST_TEST(t.size() == 3u);
  auto all = t.rates();
  BOOST_TEST_REQUIRE(all.size() == 3u);
  BOOST_TEST(all[0].base == cur("EUR"));
  BOOST_TEST(all[1].date == d("2023-01-01"));
  BOOST_TEST(all[2].date == d("2024-01-01"));
  BOOST_TEST(!t.pivot().has_value());
}

BOOST_AUTO_TEST_CASE(a_built_table_does_not_change_when_the_builder_does) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "CNY", "7"));
  FxTable first = b.build();
  b.add(rate("2024-01-01", "USD", "CNY", "8"));
  BOOST_TEST(first.size() == 1u);
  BOOST_TEST(first.convert(in("USD", "1"), cur("CNY"), d("2024-06-01")).amount == in("CNY", "7"));
  BOOST_TEST(b.build().convert(in("USD", "1"), cur("CNY"), d("2024-06-01")).amount == in("CNY", "8"));
}

// --- rounding ------------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_seed_figure_converts_to_3554632885_65_usd_at_the_2023_average) {
  Conversion c = usd_cny().convert(in("CNY", "25170000000"), cur("USD"), d("2023-12-31"), Rounding{M::half_even, {}});
  BOOST_TEST(c.amount == in("USD", "3554632885.65"));  // 25,170,000,000 / 7.0809 = 3,554,632,885.6501...
  BOOST_TEST(c.original == in("CNY", "25170000000"));
  BOOST_TEST(c.value_date == d("2023-12-31"));
}

BOOST_AUTO_TEST_CASE(the_callers_mode_decides_the_last_digit) {
  FxTable t = usd_cny();
  auto to_usd = [&](const char* cny, M mode) {
    return t.convert(in("CNY", cny), cur("USD"), d("2023-06-01"), {mode, {}}).amount;
  };
  BOOST_TEST(to_usd("25170000000", M::toward_zero) == in("USD", "3554632885.65"));
  BOOST_TEST(to_usd("25170000000", M::ceiling) == in("USD", "3554632885.66"));
  BOOST_TEST(to_usd("-1", M::floor) == in("USD", "-0.15"));  // -0.14122...
  BOOST_TEST(to_usd("-1", M::ceiling) == in("USD", "-0.14"));
  BOOST_TEST(to_usd("-1", M::half_even) == in("USD", "-0.14"));
  PAIRAID_CHECK_ERRC(to_usd("1", M::unnecessary), errc::inexact);
  BOOST_TEST(to_usd("708.09", M::unnecessary) == in("USD", "100"));
}

BOOST_AUTO_TEST_CASE(results_are_rounded_to_the_target_currencys_minor_unit) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "JPY", "140.555")).add(rate("2023-01-01", "USD", "KWD", "0.30755"));
  FxTable t = b.build();
  BOOST_TEST(t.convert(in("USD", "1"), cur("JPY"), d("2023-06-01")).amount == in("JPY", "141"));
  BOOST_TEST(t.convert(in("USD", "1"), cur("KWD"), d("2023-06-01")).amount == in("KWD", "0.308"));
  BOOST_TEST(t.convert(in("USD", "1"), cur("KWD"), d("2023-06-01"), {M::half_even, 5}).amount == in("KWD", "0.30755"));
}

BOOST_AUTO_TEST_CASE(a_target_without_a_minor_unit_needs_explicit_digits) {
  FxTable::Builder b;
  b.add(rate("1999-01-01", "USD", "DEM", "1.6759"));
  FxTable t = b.build();
  PAIRAID_CHECK_ERROR(t.convert(in("USD", "10"), cur("DEM"), d("1999-06-01")), errc::invalid_argument, "DEM",
                      "Rounding::digits");
  BOOST_TEST(t.convert(in("USD", "10"), cur("DEM"), d("1999-06-01"), {M::half_even, 2}).amount == in("DEM", "16.76"));
  BOOST_TEST(t.convert(in("USD", "10"), cur("DEM"), d("1999-06-01"), {M::half_even, 0}).amount == in("DEM", "17"));
  PAIRAID_CHECK_ERRC(t.convert(in("USD", "10"), cur("DEM"), d("1999-06-01"), {M::half_even, 10}),
                     errc::invalid_argument);
  PAIRAID_CHECK_ERRC(t.convert(in("USD", "10"), cur("DEM"), d("1999-06-01"), {M::half_even, -1}),
                     errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(xxx_rounds_to_explicit_digits_only) {
  Money m = in("XXX", "1.005");
  PAIRAID_CHECK_ERROR(FxTable().convert(m, cur("XXX"), d("2023-01-01")), errc::invalid_argument, "XXX");
  BOOST_TEST(FxTable().convert(m, cur("XXX"), d("2023-01-01"), {M::half_even, 2}).amount == in("XXX", "1"));
  BOOST_TEST(FxTable().convert(m, cur("XXX"), d("2023-01-01"), {M::half_up, 2}).amount == in("XXX", "1.01"));
}

BOOST_AUTO_TEST_CASE(converting_into_the_same_currency_uses_no_rate_and_only_rounds) {
  Conversion c = FxTable().convert(in("CNY", "12.345"), cur("CNY"), d("2023-01-01"));
  BOOST_TEST(c.amount == in("CNY", "12.34"));
  BOOST_TEST(c.legs.empty());
  BOOST_TEST(usd_cny().convert(in("CNY", "12.34"), cur("CNY"), d("1900-01-01")).amount == in("CNY", "12.34"));
}

BOOST_AUTO_TEST_CASE(a_conversion_too_large_for_a_decimal_is_overflow) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "IDR", "1000000000"));
  Money huge(Decimal::parse("100000000000000000000000000000"), cur("USD"));  // 10^29
  PAIRAID_CHECK_ERRC(b.build().convert(huge, cur("IDR"), d("2023-06-01")), errc::overflow);
}

BOOST_AUTO_TEST_CASE(a_rejected_rate_leaves_the_builder_as_it_was) {
  FxTable::Builder b;
  b.add(rate("2023-01-01", "USD", "CNY", "7.0809"));
  PAIRAID_CHECK_ERRC(b.add(rate("2023-01-01", "CNY", "USD", "0.1412")), errc::invalid_data);
  FxTable t = b.build();
  BOOST_TEST(t.size() == 1u);
  BOOST_TEST(t.rates().front().quote.code() == "CNY");
}

BOOST_AUTO_TEST_SUITE_END()
