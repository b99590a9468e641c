// Decimal: exact fixed-point text in and out, exact sums, checked overflow, explicit rounding.
#include <pairaid/core/decimal.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>
#include <string>

using namespace pairaid;
using pairaid::int128;
using pairaid::detail::int128_max;
using pairaid::detail::int128_min;

namespace {
Decimal dec(const char* text) { return Decimal::parse(text); }
DecimalParseResult try_parse(std::string_view text, DecimalParseOptions options = {}) {
  Decimal out;
  return Decimal::parse(text, out, options);
}
constexpr DecimalParseOptions grouped{.allow_grouping = true};
}  // namespace

BOOST_AUTO_TEST_SUITE(decimal)

// --- parsing ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(parses_iati_values_with_five_fraction_digits_exactly) {
  Decimal d = Decimal::parse("214072420474.94199");
  BOOST_TEST(d.to_string() == "214072420474.94199");
  BOOST_TEST(d.fraction_digits() == 5);
  BOOST_CHECK(d.raw() == static_cast<int128>(214072420474) * 1'000'000'000 + 941'990'000);
}

BOOST_AUTO_TEST_CASE(parses_a_negative_half_with_its_sign) {
  Decimal d = dec("-0.5");
  BOOST_TEST(d.is_negative());
  BOOST_TEST(d.sign() == -1);
  BOOST_CHECK(d.raw() == -500'000'000);
  BOOST_TEST(d.to_string() == "-0.5");
}

BOOST_AUTO_TEST_CASE(accepts_an_explicit_plus_sign_and_a_bare_fraction) {
  BOOST_TEST(dec("+12.25") == dec("12.25"));
  BOOST_TEST(dec(".5").to_string() == "0.5");
  BOOST_TEST(dec("-.5") == dec("-0.5"));
  BOOST_TEST(dec("7.") == Decimal::from_integer(7));
}

BOOST_AUTO_TEST_CASE(negative_zero_is_zero) {
  BOOST_TEST(dec("-0") == Decimal());
  BOOST_TEST(dec("-0.000").is_zero());
  BOOST_TEST(dec("-0").to_string() == "0");
  BOOST_TEST(dec("-0").sign() == 0);
}

BOOST_AUTO_TEST_CASE(thousands_separators_are_accepted_only_when_grouping_is_allowed) {
  BOOST_TEST(Decimal::parse("1,234.50", grouped) == dec("1234.5"));
  BOOST_TEST(Decimal::parse("25,170,000,000", grouped) == Decimal::from_integer(25'170'000'000LL));
  BOOST_TEST(Decimal::parse("-1,000", grouped) == Decimal::from_integer(-1000));
  BOOST_TEST(Decimal::parse("999", grouped) == Decimal::from_integer(999));  // grouping is optional
  DecimalParseResult r = try_parse("1,234.50");
  BOOST_TEST(!r);
  BOOST_TEST(r.status == DecimalParseStatus::unexpected_character);
  BOOST_TEST(r.position == 1u);
  PAIRAID_CHECK_ERROR(Decimal::parse("1,234.50"), errc::parse, "'1,234.50'", "offset 1");
}

BOOST_AUTO_TEST_CASE(groups_after_the_first_comma_must_have_exactly_three_digits) {
  BOOST_TEST(try_parse("12,34", grouped).status == DecimalParseStatus::bad_grouping);
  BOOST_TEST(try_parse("1,2345", grouped).status == DecimalParseStatus::bad_grouping);
  BOOST_TEST(try_parse("1234,567", grouped).status == DecimalParseStatus::bad_grouping);
  BOOST_TEST(try_parse(",123", grouped).status == DecimalParseStatus::bad_grouping);
  BOOST_TEST(try_parse("1,,234", grouped).status == DecimalParseStatus::bad_grouping);
  BOOST_TEST(try_parse("1,234,", grouped).status == DecimalParseStatus::bad_grouping);
  PAIRAID_CHECK_ERROR(Decimal::parse("12,34", grouped), errc::parse, "'12,34'", "thousands separators");
}

BOOST_AUTO_TEST_CASE(commas_are_never_allowed_in_the_fraction) {
  BOOST_TEST(try_parse("1.234,5", grouped).status == DecimalParseStatus::unexpected_character);
}

BOOST_AUTO_TEST_CASE(empty_text_is_reported_as_empty) {
  DecimalParseResult r = try_parse("");
  BOOST_TEST(r.status == DecimalParseStatus::empty);
  BOOST_TEST(r.position == 0u);
  PAIRAID_CHECK_ERRC(Decimal::parse(""), errc::parse);
}

BOOST_AUTO_TEST_CASE(malformed_text_is_rejected_at_the_offending_character) {
  struct Case {
    const char* text;
    std::size_t position;
  };
  for (Case c : {Case{"1.2.3", 3}, Case{"1e5", 1}, Case{".", 0}, Case{"-", 1}, Case{"+", 1}, Case{"12a", 2},
                 Case{" 1", 0}, Case{"1 ", 1}, Case{"--1", 1}, Case{"0x10", 1}, Case{"1.5e3", 3}, Case{"-.", 1}}) {
    BOOST_TEST_CONTEXT("text '" << c.text << "'") {
      DecimalParseResult r = try_parse(c.text);
      BOOST_TEST(!r);
      BOOST_TEST(r.status == DecimalParseStatus::unexpected_character);
      BOOST_TEST(r.position == c.position);
      PAIRAID_CHECK_ERROR(Decimal::parse(c.text), errc::parse, "'" + std::string(c.text) + "'");
    }
  }
}

BOOST_AUTO_TEST_CASE(a_failed_parse_leaves_the_output_untouched) {
  Decimal out = Decimal::from_integer(42);
  BOOST_TEST(!Decimal::parse("1.2.3", out));
  BOOST_TEST(out == Decimal::from_integer(42));
}

BOOST_AUTO_TEST_CASE(nine_fraction_digits_are_held_exactly) {
  Decimal d = dec("0.123456789");
  BOOST_CHECK(d.raw() == 123'456'789);
  BOOST_TEST(d.fraction_digits() == 9);
  BOOST_TEST(d.to_string() == "0.123456789");
}

BOOST_AUTO_TEST_CASE(a_tenth_fraction_digit_is_inexact_unless_it_is_a_trailing_zero) {
  DecimalParseResult r = try_parse("0.1234567891");
  BOOST_TEST(r.status == DecimalParseStatus::too_precise);
  BOOST_TEST(r.position == 11u);
  PAIRAID_CHECK_ERROR(Decimal::parse("0.1234567891"), errc::inexact, "'0.1234567891'");
  BOOST_TEST(dec("0.1234567890") == dec("0.123456789"));
  BOOST_TEST(dec("1.50000000000000") == dec("1.5"));
  BOOST_TEST(try_parse("1.0000000000001").status == DecimalParseStatus::too_precise);
}

BOOST_AUTO_TEST_CASE(the_largest_and_smallest_values_round_trip_through_text) {
  const char* max_text = "170141183460469231731687303715.884105727";
  const char* min_text = "-170141183460469231731687303715.884105728";
  BOOST_CHECK(dec(max_text).raw() == int128_max);
  BOOST_CHECK(dec(min_text).raw() == int128_min);
  BOOST_TEST(Decimal::from_raw(int128_max).to_string() == max_text);
  BOOST_TEST(Decimal::from_raw(int128_min).to_string() == min_text);
}

BOOST_AUTO_TEST_CASE(text_beyond_128_bits_is_overflow_not_wrapped) {
  BOOST_TEST(try_parse("170141183460469231731687303715.884105728").status == DecimalParseStatus::overflow);
  BOOST_TEST(try_parse("-170141183460469231731687303715.884105729").status == DecimalParseStatus::overflow);
  BOOST_TEST(try_parse("170141183460469231731687303716").status == DecimalParseStatus::overflow);
  BOOST_TEST(try_parse("1000000000000000000000000000000").status == DecimalParseStatus::overflow);
  PAIRAID_CHECK_ERRC(Decimal::parse("99999999999999999999999999999999999999999"), errc::overflow);
}

// --- making and reading ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(from_integer_counts_whole_units) {
  BOOST_TEST(Decimal::from_integer(-3).to_string() == "-3");
  BOOST_TEST(Decimal::from_integer(std::numeric_limits<std::int64_t>::max()).to_string() == "9223372036854775807");
  BOOST_TEST(Decimal::from_integer(std::numeric_limits<std::uint64_t>::max()).to_string() == "18446744073709551615");
  BOOST_TEST(Decimal::from_integer(std::numeric_limits<std::int64_t>::min()).to_string() == "-9223372036854775808");
}

BOOST_AUTO_TEST_CASE(from_integer_beyond_the_128_bit_range_is_overflow) {
  PAIRAID_CHECK_ERRC(Decimal::from_integer(int128_max), errc::overflow);
  PAIRAID_CHECK_ERRC(Decimal::from_integer(int128_min), errc::overflow);
  // An unsigned 128-bit integer above the signed range must not wrap to a negative number.
  PAIRAID_CHECK_ERRC(Decimal::from_integer(~static_cast<pairaid::uint128>(0)), errc::overflow);
  PAIRAID_CHECK_ERRC(Decimal::from_integer(static_cast<pairaid::uint128>(int128_max) + 1), errc::overflow);
  const int128 largest_units = int128_max / Decimal::one_raw;
  BOOST_CHECK(Decimal::from_integer(largest_units).raw() == largest_units * Decimal::one_raw);
  PAIRAID_CHECK_ERRC(Decimal::from_integer(largest_units + 1), errc::overflow);
}

BOOST_AUTO_TEST_CASE(fraction_digits_is_the_fewest_digits_that_show_the_value) {
  BOOST_TEST(Decimal().fraction_digits() == 0);
  BOOST_TEST(Decimal::from_integer(1000).fraction_digits() == 0);
  BOOST_TEST(dec("12.50").fraction_digits() == 1);
  BOOST_TEST(dec("-0.001").fraction_digits() == 3);
  BOOST_TEST(dec("0.000000001").fraction_digits() == 9);
}

BOOST_AUTO_TEST_CASE(has_at_most_fraction_digits_checks_a_whole_number_of_steps) {
  BOOST_TEST(dec("1.25").has_at_most_fraction_digits(2));
  BOOST_TEST(!dec("1.25").has_at_most_fraction_digits(1));
  BOOST_TEST(dec("-7").has_at_most_fraction_digits(0));
  BOOST_TEST(!dec("-7.000000001").has_at_most_fraction_digits(8));
  PAIRAID_CHECK_ERRC(dec("1").has_at_most_fraction_digits(-1), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(dec("1").has_at_most_fraction_digits(10), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(to_int64_exact_refuses_fractions_and_values_beyond_64_bits) {
  BOOST_TEST(dec("-12000").to_int64_exact() == -12000);
  BOOST_TEST(dec("9223372036854775807").to_int64_exact() == std::numeric_limits<std::int64_t>::max());
  BOOST_TEST(dec("-9223372036854775808").to_int64_exact() == std::numeric_limits<std::int64_t>::min());
  PAIRAID_CHECK_ERRC(dec("1.5").to_int64_exact(), errc::inexact);
  PAIRAID_CHECK_ERRC(dec("9223372036854775808").to_int64_exact(), errc::overflow);
  PAIRAID_CHECK_ERRC(dec("-9223372036854775809").to_int64_exact(), errc::overflow);
}

// --- exact sums and checked overflow --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_million_values_with_six_fraction_digits_sum_exactly_past_ten_to_the_eighteen) {
  const Decimal v = dec("999999999999.999999");
  Decimal sum;
  for (int i = 0; i < 1'000'000; ++i) sum += v;
  BOOST_TEST(sum.to_string() == "999999999999999999");  // 10^18 - 1: every micro-unit kept
  BOOST_TEST(sum == v * 1'000'000);
  sum += dec("0.000001");
  BOOST_TEST(sum.to_string() == "999999999999999999.000001");
  sum += dec("0.999999");
  BOOST_TEST(sum.to_string() == "1000000000000000000");  // exactly 10^18
  for (int i = 0; i < 1'000'000; ++i) sum += v;
  BOOST_TEST(sum.to_string() == "1999999999999999999");
  BOOST_TEST(sum.fraction_digits() == 0);
}

BOOST_AUTO_TEST_CASE(sums_of_tiny_and_huge_values_lose_nothing) {
  Decimal big = dec("100000000000000000000000000000");  // 10^29
  Decimal tiny = dec("0.000000001");
  BOOST_TEST((big + tiny).to_string() == "100000000000000000000000000000.000000001");
  BOOST_TEST((big + tiny - big) == tiny);
}

BOOST_AUTO_TEST_CASE(addition_past_the_128_bit_limit_is_overflow_never_wrapped) {
  const Decimal max = Decimal::from_raw(int128_max), min = Decimal::from_raw(int128_min);
  const Decimal tick = Decimal::from_raw(1);
  PAIRAID_CHECK_ERROR(max + tick, errc::overflow, "addition");
  PAIRAID_CHECK_ERRC(min + (-tick), errc::overflow);
  BOOST_CHECK((max + (-tick)).raw() == int128_max - 1);
  BOOST_CHECK((max + min).raw() == -1);
  Decimal acc = max;
  PAIRAID_CHECK_ERRC(acc += tick, errc::overflow);
  BOOST_CHECK(acc.raw() == int128_max);  // a failed += leaves the value alone
}

BOOST_AUTO_TEST_CASE(subtraction_past_the_128_bit_limit_is_overflow_never_wrapped) {
  const Decimal max = Decimal::from_raw(int128_max), min = Decimal::from_raw(int128_min);
  PAIRAID_CHECK_ERROR(min - Decimal::from_raw(1), errc::overflow, "subtraction");
  PAIRAID_CHECK_ERRC(max - Decimal::from_raw(-1), errc::overflow);
  PAIRAID_CHECK_ERRC(Decimal() - min, errc::overflow);
  BOOST_CHECK((min - Decimal::from_raw(-1)).raw() == int128_min + 1);
}

BOOST_AUTO_TEST_CASE(negating_the_minimum_is_overflow_and_everything_else_negates) {
  PAIRAID_CHECK_ERRC(-Decimal::from_raw(int128_min), errc::overflow);
  BOOST_CHECK((-Decimal::from_raw(int128_max)).raw() == int128_min + 1);
  BOOST_TEST(-dec("2.5") == dec("-2.5"));
  BOOST_TEST(-Decimal() == Decimal());
}

BOOST_AUTO_TEST_CASE(multiplying_by_an_integer_is_exact_and_overflow_checked) {
  BOOST_TEST(dec("0.1") * 3 == dec("0.3"));
  BOOST_TEST(-4 * dec("2.25") == dec("-9"));
  BOOST_TEST(dec("1.5") * std::uint64_t{4} == dec("6"));
  PAIRAID_CHECK_ERROR(Decimal::from_raw(int128_max) * 2, errc::overflow, "multiplication");
  PAIRAID_CHECK_ERRC(Decimal::from_raw(int128_min) * -1, errc::overflow);
  PAIRAID_CHECK_ERRC(Decimal::from_raw(int128_max / 2 + 1) * 2, errc::overflow);
  BOOST_CHECK((Decimal::from_raw(int128_max / 2) * 2).raw() == int128_max - 1);
  // A huge unsigned factor must not wrap into a small or negative one.
  PAIRAID_CHECK_ERRC(dec("1") * ~static_cast<pairaid::uint128>(0), errc::overflow);
  PAIRAID_CHECK_ERRC(dec("-0.000000001") * (static_cast<pairaid::uint128>(1) << 127), errc::overflow);
  // The factor itself is out of range, as for Count: overflow even when the product would be zero.
  PAIRAID_CHECK_ERRC(Decimal() * ~static_cast<pairaid::uint128>(0), errc::overflow);
}

BOOST_AUTO_TEST_CASE(ordering_follows_the_numeric_value) {
  BOOST_TEST(dec("-1") < dec("-0.5"));
  BOOST_TEST(dec("-0.5") < Decimal());
  BOOST_TEST(dec("0.000000001") > Decimal());
  BOOST_TEST(dec("10") > dec("9.999999999"));
  BOOST_TEST(dec("1.50") == dec("1.5"));
  BOOST_TEST(dec("1.5") != dec("1.05"));
}

// --- multiply and divide -----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(multiply_is_exact_when_the_product_fits_nine_fraction_digits) {
  BOOST_TEST(multiply(dec("1.5"), dec("2.5")) == dec("3.75"));
  BOOST_TEST(multiply(dec("25170000000"), dec("7.0809")) == dec("178226253000"));
  BOOST_TEST(multiply(dec("-0.00001"), dec("0.0001")) == dec("-0.000000001"));
  BOOST_TEST(multiply(dec("-3"), dec("-0.5")) == dec("1.5"));
}

BOOST_AUTO_TEST_CASE(multiply_that_would_drop_digits_is_inexact_unless_a_mode_is_named) {
  PAIRAID_CHECK_ERRC(multiply(dec("0.00001"), dec("0.00001")), errc::inexact);              // 10^-10
  BOOST_TEST(multiply(dec("0.00001"), dec("0.00005"), RoundingMode::half_even).is_zero());  // 5e-10 tie -> even 0
  BOOST_TEST(multiply(dec("0.00001"), dec("0.00005"), RoundingMode::half_up) == dec("0.000000001"));
  BOOST_TEST(multiply(dec("-0.00001"), dec("0.00001"), RoundingMode::floor) == dec("-0.000000001"));
  BOOST_TEST(multiply(dec("-0.00001"), dec("0.00001"), RoundingMode::ceiling).is_zero());
}

BOOST_AUTO_TEST_CASE(multiply_beyond_the_range_is_overflow) {
  Decimal big = dec("100000000000000000000");  // 10^20
  PAIRAID_CHECK_ERRC(multiply(big, big), errc::overflow);
}

BOOST_AUTO_TEST_CASE(divide_is_exact_when_the_quotient_terminates) {
  BOOST_TEST(divide(dec("1"), dec("8"), RoundingMode::unnecessary) == dec("0.125"));
  BOOST_TEST(divide(dec("-7.5"), dec("2.5"), RoundingMode::unnecessary) == dec("-3"));
  BOOST_TEST(divide(dec("3.5"), dec("-0.001"), RoundingMode::unnecessary) == dec("-3500"));
}

BOOST_AUTO_TEST_CASE(divide_rounds_the_ninth_digit_by_the_named_mode_with_the_true_sign) {
  BOOST_TEST(divide(dec("1"), dec("3"), RoundingMode::half_even) == dec("0.333333333"));
  BOOST_TEST(divide(dec("2"), dec("3"), RoundingMode::half_even) == dec("0.666666667"));
  BOOST_TEST(divide(dec("2"), dec("3"), RoundingMode::toward_zero) == dec("0.666666666"));
  BOOST_TEST(divide(dec("-2"), dec("3"), RoundingMode::floor) == dec("-0.666666667"));
  BOOST_TEST(divide(dec("-2"), dec("3"), RoundingMode::ceiling) == dec("-0.666666666"));
  BOOST_TEST(divide(dec("2"), dec("-3"), RoundingMode::floor) == dec("-0.666666667"));
  BOOST_TEST(divide(dec("-1"), dec("-3"), RoundingMode::ceiling) == dec("0.333333334"));
  PAIRAID_CHECK_ERRC(divide(dec("1"), dec("3"), RoundingMode::unnecessary), errc::inexact);
}

BOOST_AUTO_TEST_CASE(dividing_by_zero_is_invalid_argument) {
  PAIRAID_CHECK_ERROR(divide(dec("1"), Decimal(), RoundingMode::half_even), errc::invalid_argument, "zero");
  PAIRAID_CHECK_ERRC(divide(Decimal(), Decimal(), RoundingMode::half_even), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(divide_with_a_quotient_beyond_the_range_is_overflow) {
  PAIRAID_CHECK_ERRC(divide(Decimal::from_raw(int128_max), dec("0.5"), RoundingMode::half_even), errc::overflow);
}

BOOST_AUTO_TEST_CASE(scale_multiplies_by_a_fraction_and_rounds_once) {
  using pairaid::detail::U256;
  // 100 x 2/3 = 66.666666666..., one rounding at the ninth digit
  BOOST_TEST(scale(dec("100"), U256::from(2), U256::from(3), RoundingMode::half_even) == dec("66.666666667"));
  BOOST_TEST(scale(dec("-100"), U256::from(2), U256::from(3), RoundingMode::toward_zero) == dec("-66.666666666"));
  PAIRAID_CHECK_ERRC(scale(dec("1"), U256::from(1), U256{}, RoundingMode::half_even), errc::invalid_argument);
}

// --- text out ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(to_string_shows_the_fewest_digits_unless_more_are_asked_for) {
  BOOST_TEST(dec("1234.5").to_string() == "1234.5");
  BOOST_TEST(dec("1234.5").to_string(2) == "1234.50");
  BOOST_TEST(dec("1234.567").to_string(2) == "1234.567");  // never rounds
  BOOST_TEST(dec("-0.05").to_string(4) == "-0.0500");
  BOOST_TEST(Decimal().to_string() == "0");
  BOOST_TEST(Decimal().to_string(2) == "0.00");
  PAIRAID_CHECK_ERRC(dec("1").to_string(10), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(dec("1").to_string(-1), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(grouped_text_puts_commas_between_groups_of_three_integer_digits) {
  BOOST_TEST(dec("25170000000").to_string(2, true) == "25,170,000,000.00");
  BOOST_TEST(dec("-1234567.891").to_string(0, true) == "-1,234,567.891");
  BOOST_TEST(dec("999").to_string(0, true) == "999");
  BOOST_TEST(dec("1000").to_string(0, true) == "1,000");
  BOOST_TEST(dec("100000").to_string(0, true) == "100,000");
  BOOST_TEST(dec("0.123456").to_string(0, true) == "0.123456");
  // what grouping prints, grouping parses back
  Decimal v = dec("-214072420474.94199");
  BOOST_TEST(Decimal::parse(v.to_string(0, true), grouped) == v);
}

BOOST_AUTO_TEST_CASE(parse_status_names_say_what_was_expected) {
  BOOST_TEST(to_string(DecimalParseStatus::too_precise).find("9 fraction digits") != std::string_view::npos);
  BOOST_TEST(to_string(DecimalParseStatus::empty).find("nothing") != std::string_view::npos);
}

BOOST_AUTO_TEST_SUITE_END()
