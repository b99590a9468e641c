// Money: an exact amount in one currency. Mixing currencies is an error naming both; rounding to
// the minor unit is a named step; formatting never rounds.
#include <pairaid/core/money.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace pairaid;

namespace {
Currency cur(const char* code) { return Currency::of(code); }
Money money_of(const char* amount, const char* code) { return Money::parse(amount, Currency::of(code)); }
using M = RoundingMode;
}  // namespace

BOOST_AUTO_TEST_SUITE(money)

BOOST_AUTO_TEST_CASE(a_default_money_is_zero_of_no_currency) {
  Money m;
  BOOST_TEST(m.is_zero());
  BOOST_TEST(m.currency().code() == "XXX");
  BOOST_TEST(m.to_string() == "0 XXX");
}

BOOST_AUTO_TEST_CASE(parse_reads_the_amount_exactly_in_the_named_currency) {
  Money m = money_of("214072420474.94199", "USD");
  BOOST_TEST(m.amount() == Decimal::parse("214072420474.94199"));
  BOOST_TEST(m.currency() == cur("USD"));
  BOOST_TEST(Money::parse("1,234.50", cur("EUR"), {.allow_grouping = true}).amount() == Decimal::parse("1234.5"));
  PAIRAID_CHECK_ERRC(Money::parse("1,234.50", cur("EUR")), errc::parse);
  PAIRAID_CHECK_ERRC(Money::parse("0.0000000001", cur("EUR")), errc::inexact);
}

BOOST_AUTO_TEST_CASE(negative_amounts_add_subtract_and_negate_like_numbers) {
  Money refund = money_of("-150.25", "CNY");
  BOOST_TEST(refund.is_negative());
  BOOST_TEST((money_of("100", "CNY") + refund) == money_of("-50.25", "CNY"));
  BOOST_TEST((refund - money_of("0.75", "CNY")) == money_of("-151", "CNY"));
  BOOST_TEST(-refund == money_of("150.25", "CNY"));
  BOOST_TEST(refund.to_string() == "-150.25 CNY");
  BOOST_TEST((refund * -2) == money_of("300.50", "CNY"));
  BOOST_TEST((3 * refund) == money_of("-450.75", "CNY"));
}

BOOST_AUTO_TEST_CASE(compound_assignment_accumulates_in_place) {
  Money total = money_of("0", "KWD");
  total += money_of("1.125", "KWD");
  total += money_of("2.250", "KWD");
  total -= money_of("0.375", "KWD");
  BOOST_TEST(total == money_of("3", "KWD"));
  BOOST_TEST(total.to_string() == "3.000 KWD");
}

BOOST_AUTO_TEST_CASE(adding_two_currencies_is_currency_mismatch_naming_both) {
  PAIRAID_CHECK_ERROR(money_of("1", "CNY") + money_of("1", "USD"), errc::currency_mismatch, "CNY", "USD", "add");
  PAIRAID_CHECK_ERROR(money_of("1", "JPY") - money_of("1", "KWD"), errc::currency_mismatch, "JPY", "KWD", "subtract");
  Money total = money_of("5", "EUR");
  PAIRAID_CHECK_ERRC(total += money_of("1", "GBP"), errc::currency_mismatch);
  BOOST_TEST(total == money_of("5", "EUR"));  // unchanged
  // XXX ("no currency") is a currency like any other: it does not mix either
  PAIRAID_CHECK_ERROR(Money() + money_of("1", "USD"), errc::currency_mismatch, "XXX", "USD");
}

BOOST_AUTO_TEST_CASE(ordering_two_currencies_throws_but_equality_is_simply_false) {
  PAIRAID_CHECK_ERROR(money_of("1", "CNY") < money_of("2", "USD"), errc::currency_mismatch, "compare", "CNY", "USD");
  PAIRAID_CHECK_ERRC(money_of("1", "CNY") >= money_of("2", "USD"), errc::currency_mismatch);
  BOOST_TEST(money_of("1", "CNY") != money_of("1", "USD"));
  BOOST_TEST(!(money_of("1", "CNY") == money_of("1", "USD")));
}

BOOST_AUTO_TEST_CASE(ordering_within_one_currency_follows_the_amount) {
  BOOST_TEST(money_of("-1", "CNY") < money_of("0", "CNY"));
  BOOST_TEST(money_of("2.50", "CNY") == money_of("2.5", "CNY"));
  BOOST_TEST(money_of("2.51", "CNY") > money_of("2.5", "CNY"));
}

BOOST_AUTO_TEST_CASE(overflow_in_money_arithmetic_is_reported_never_wrapped) {
  Money max(Decimal::from_raw(pairaid::detail::int128_max), cur("USD"));
  PAIRAID_CHECK_ERRC(max + money_of("0.000000001", "USD"), errc::overflow);
  PAIRAID_CHECK_ERRC(max * 2, errc::overflow);
  PAIRAID_CHECK_ERRC(-Money(Decimal::from_raw(pairaid::detail::int128_min), cur("USD")), errc::overflow);
}

BOOST_AUTO_TEST_CASE(round_to_minor_unit_uses_two_digits_for_cny) {
  BOOST_TEST(money_of("0.125", "CNY").round_to_minor_unit(M::half_even) == money_of("0.12", "CNY"));
  BOOST_TEST(money_of("0.125", "CNY").round_to_minor_unit(M::half_up) == money_of("0.13", "CNY"));
  BOOST_TEST(money_of("-0.125", "CNY").round_to_minor_unit(M::half_even) == money_of("-0.12", "CNY"));
  BOOST_TEST(money_of("-0.125", "CNY").round_to_minor_unit(M::half_up) == money_of("-0.13", "CNY"));
  BOOST_TEST(money_of("0.129", "CNY").round_to_minor_unit(M::toward_zero) == money_of("0.12", "CNY"));
  BOOST_TEST(money_of("-0.129", "CNY").round_to_minor_unit(M::toward_zero) == money_of("-0.12", "CNY"));
  BOOST_TEST(money_of("-0.121", "CNY").round_to_minor_unit(M::floor) == money_of("-0.13", "CNY"));
  BOOST_TEST(money_of("0.121", "CNY").round_to_minor_unit(M::ceiling) == money_of("0.13", "CNY"));
  BOOST_TEST(money_of("0.121", "CNY").round_to_minor_unit(M::away_from_zero) == money_of("0.13", "CNY"));
  BOOST_TEST(money_of("0.125", "CNY").round_to_minor_unit(M::half_down) == money_of("0.12", "CNY"));
}

BOOST_AUTO_TEST_CASE(round_to_minor_unit_uses_no_digits_for_jpy) {
  BOOST_TEST(cur("JPY").minor_units().value_or(-1) == 0);
  BOOST_TEST(money_of("2.5", "JPY").round_to_minor_unit(M::half_even) == money_of("2", "JPY"));
  BOOST_TEST(money_of("3.5", "JPY").round_to_minor_unit(M::half_even) == money_of("4", "JPY"));
  BOOST_TEST(money_of("-2.5", "JPY").round_to_minor_unit(M::half_up) == money_of("-3", "JPY"));
  BOOST_TEST(money_of("-2.5", "JPY").round_to_minor_unit(M::half_even) == money_of("-2", "JPY"));
  BOOST_TEST(money_of("1234.4", "JPY").round_to_minor_unit(M::half_up).to_string() == "1234 JPY");
}

BOOST_AUTO_TEST_CASE(round_to_minor_unit_uses_three_digits_for_kwd_and_four_for_clf) {
  BOOST_TEST(money_of("1.0005", "KWD").round_to_minor_unit(M::half_even) == money_of("1", "KWD"));
  BOOST_TEST(money_of("1.0015", "KWD").round_to_minor_unit(M::half_even) == money_of("1.002", "KWD"));
  BOOST_TEST(money_of("-1.0005", "KWD").round_to_minor_unit(M::half_up) == money_of("-1.001", "KWD"));
  BOOST_TEST(money_of("36000.12345", "CLF").round_to_minor_unit(M::half_even) == money_of("36000.1234", "CLF"));
  BOOST_TEST(money_of("36000.12355", "CLF").round_to_minor_unit(M::half_even) == money_of("36000.1236", "CLF"));
  BOOST_TEST(money_of("36000.12345", "CLF").round_to_minor_unit(M::half_up) == money_of("36000.1235", "CLF"));
}

BOOST_AUTO_TEST_CASE(round_to_minor_unit_with_unnecessary_throws_when_digits_would_be_lost) {
  BOOST_TEST(money_of("12.50", "CNY").round_to_minor_unit(M::unnecessary) == money_of("12.5", "CNY"));
  PAIRAID_CHECK_ERRC(money_of("12.505", "CNY").round_to_minor_unit(M::unnecessary), errc::inexact);
  PAIRAID_CHECK_ERRC(money_of("1.5", "JPY").round_to_minor_unit(M::unnecessary), errc::inexact);
  BOOST_TEST(money_of("1.234", "KWD").round_to_minor_unit(M::unnecessary) == money_of("1.234", "KWD"));
}

BOOST_AUTO_TEST_CASE(a_currency_without_a_minor_unit_must_be_rounded_to_explicit_digits) {
  PAIRAID_CHECK_ERROR(money_of("1.5", "XXX").round_to_minor_unit(M::half_even), errc::invalid_argument, "XXX",
                      "explicit digits");
  PAIRAID_CHECK_ERROR(money_of("1.5", "DEM").round_to_minor_unit(M::half_even), errc::invalid_argument, "DEM");
  BOOST_TEST(money_of("1.25", "XXX").round(1, M::half_even) == money_of("1.2", "XXX"));
  BOOST_TEST(money_of("1.25", "FIM").round(1, M::half_up) == money_of("1.3", "FIM"));
  BOOST_TEST(money_of("-1.25", "XAU").round(0, M::floor) == money_of("-2", "XAU"));
}

BOOST_AUTO_TEST_CASE(rounding_keeps_the_currency) {
  BOOST_TEST(money_of("1.005", "USD").round(2, M::half_up).currency() == cur("USD"));
  BOOST_TEST(money_of("1.005", "KWD").round_to_minor_unit(M::half_up).currency() == cur("KWD"));
}

BOOST_AUTO_TEST_CASE(to_string_shows_at_least_the_minor_unit_and_never_rounds) {
  BOOST_TEST(money_of("25170000000", "CNY").to_string() == "25170000000.00 CNY");
  BOOST_TEST(money_of("25170000000", "CNY").to_string({.grouping = true}) == "25,170,000,000.00 CNY");
  BOOST_TEST(money_of("25170000000", "CNY").to_string({.grouping = true, .with_code = false}) == "25,170,000,000.00");
  BOOST_TEST(money_of("1234", "JPY").to_string({.grouping = true}) == "1,234 JPY");
  BOOST_TEST(money_of("1.5", "KWD").to_string() == "1.500 KWD");
  BOOST_TEST(money_of("1.5", "CLF").to_string() == "1.5000 CLF");
  BOOST_TEST(money_of("0.125", "USD").to_string() == "0.125 USD");  // more digits than the minor unit, kept
  BOOST_TEST(money_of("-1234567.5", "USD").to_string({.grouping = true}) == "-1,234,567.50 USD");
  BOOST_TEST(money_of("2.5", "XXX").to_string() == "2.5 XXX");
  BOOST_TEST(money_of("7", "DEM").to_string({.with_code = false}) == "7");
}

BOOST_AUTO_TEST_CASE(equality_needs_the_same_currency_and_the_same_amount) {
  BOOST_TEST(Money(Decimal::from_integer(3), cur("FIM")) == money_of("3.0", "FIM"));
  BOOST_TEST(Money(Decimal::from_integer(3), cur("FIM")) != money_of("3.01", "FIM"));
  BOOST_TEST(Money(Decimal::from_integer(3), cur("FIM")) != money_of("3", "EUR"));
}

BOOST_AUTO_TEST_SUITE_END()
