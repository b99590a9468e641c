// Ratio: an exact fraction, always reduced with a positive denominator; decimals come out of it by
// one explicit rounding.
#include <pairaid/core/ratio.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>

using namespace pairaid;

namespace {
using M = RoundingMode;
constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
}  // namespace

BOOST_AUTO_TEST_SUITE(ratio)

BOOST_AUTO_TEST_CASE(a_ratio_is_kept_in_lowest_terms) {
  Ratio r(1200, 10);
  BOOST_TEST(r.numerator() == 120);
  BOOST_TEST(r.denominator() == 1);
  BOOST_TEST(Ratio(6, 4).to_string() == "3/2");
  BOOST_TEST(Ratio(2117, 622).to_string() == "2117/622");  // already coprime
}

BOOST_AUTO_TEST_CASE(the_sign_lives_in_the_numerator) {
  BOOST_TEST(Ratio(3, -6).to_string() == "-1/2");
  BOOST_TEST(Ratio(-3, -6).to_string() == "1/2");
  BOOST_TEST(Ratio(-3, 6).to_string() == "-1/2");
}

BOOST_AUTO_TEST_CASE(zero_has_the_single_form_zero_over_one) {
  BOOST_TEST(Ratio(0, 7).to_string() == "0/1");
  BOOST_TEST(Ratio(0, -7) == Ratio(0, 1));
}

BOOST_AUTO_TEST_CASE(a_zero_denominator_is_invalid_and_int64_min_terms_are_overflow) {
  PAIRAID_CHECK_ERROR(Ratio(1, 0), errc::invalid_argument, "zero denominator");
  PAIRAID_CHECK_ERRC(Ratio(min64, 1), errc::overflow);
  PAIRAID_CHECK_ERRC(Ratio(1, min64), errc::overflow);
  BOOST_TEST(Ratio(max64, -max64) == Ratio(-1, 1));
}

BOOST_AUTO_TEST_CASE(equal_fractions_compare_equal_whatever_their_written_terms) {
  BOOST_TEST(Ratio(1, 2) == Ratio(50, 100));
  BOOST_TEST(Ratio(1, 2) != Ratio(1, 3));
}

BOOST_AUTO_TEST_CASE(ordering_compares_the_true_values_without_overflow) {
  BOOST_TEST(Ratio(1, 3) < Ratio(1, 2));
  BOOST_TEST(Ratio(-1, 2) < Ratio(-1, 3));
  BOOST_TEST(Ratio(2117, 622) > Ratio(3, 1));
  BOOST_TEST(Ratio(2117, 622) < Ratio(4, 1));
  // products of the terms exceed 64 bits: cross-multiplication must be wide
  BOOST_TEST(Ratio(max64 - 1, max64) < Ratio(max64, max64 - 2));
  BOOST_TEST(Ratio(max64, 1) > Ratio(max64 - 1, 1));
  BOOST_TEST(Ratio(-max64, 1) < Ratio(-max64 + 1, 1));
}

BOOST_AUTO_TEST_CASE(to_decimal_rounds_once_from_the_exact_fraction) {
  Ratio growth(2117, 622);  // 3.40353697...
  BOOST_TEST(growth.to_decimal(2, M::half_even) == Decimal::parse("3.4"));
  BOOST_TEST(growth.to_decimal(2, M::half_even).to_string(2) == "3.40");
  BOOST_TEST(growth.to_decimal(4, M::half_even) == Decimal::parse("3.4035"));
  BOOST_TEST(growth.to_decimal(4, M::ceiling) == Decimal::parse("3.4036"));
  BOOST_TEST(growth.to_decimal(0, M::floor) == Decimal::parse("3"));
  BOOST_TEST(Ratio(1, 3).to_decimal(9, M::half_even) == Decimal::parse("0.333333333"));
  BOOST_TEST(Ratio(2, 3).to_decimal(9, M::half_even) == Decimal::parse("0.666666667"));
}

BOOST_AUTO_TEST_CASE(to_decimal_handles_ties_and_negative_values_by_the_named_mode) {
  BOOST_TEST(Ratio(1, 8).to_decimal(2, M::half_even) == Decimal::parse("0.12"));
  BOOST_TEST(Ratio(1, 8).to_decimal(2, M::half_up) == Decimal::parse("0.13"));
  BOOST_TEST(Ratio(-1, 8).to_decimal(2, M::half_up) == Decimal::parse("-0.13"));
  BOOST_TEST(Ratio(-1, 8).to_decimal(2, M::half_even) == Decimal::parse("-0.12"));
  BOOST_TEST(Ratio(-2, 3).to_decimal(1, M::floor) == Decimal::parse("-0.7"));
  BOOST_TEST(Ratio(-2, 3).to_decimal(1, M::ceiling) == Decimal::parse("-0.6"));
  BOOST_TEST(Ratio(-2, 3).to_decimal(1, M::toward_zero) == Decimal::parse("-0.6"));
  BOOST_TEST(Ratio(-2, 3).to_decimal(1, M::away_from_zero) == Decimal::parse("-0.7"));
}

BOOST_AUTO_TEST_CASE(to_decimal_with_unnecessary_is_exact_or_inexact) {
  BOOST_TEST(Ratio(3, 4).to_decimal(2, M::unnecessary) == Decimal::parse("0.75"));
  PAIRAID_CHECK_ERRC(Ratio(3, 4).to_decimal(1, M::unnecessary), errc::inexact);
  PAIRAID_CHECK_ERRC(Ratio(1, 3).to_decimal(9, M::unnecessary), errc::inexact);
}

BOOST_AUTO_TEST_CASE(to_decimal_of_the_extreme_terms_is_exact) {
  BOOST_TEST(Ratio(max64, 1).to_decimal(9, M::unnecessary).to_string() == "9223372036854775807");
  BOOST_TEST(Ratio(-max64, 1).to_decimal(9, M::unnecessary).to_string() == "-9223372036854775807");
  BOOST_TEST(Ratio(1, max64).to_decimal(9, M::ceiling) == Decimal::parse("0.000000001"));
  BOOST_TEST(Ratio(1, max64).to_decimal(9, M::half_even).is_zero());
}

BOOST_AUTO_TEST_CASE(to_decimal_digits_outside_zero_to_nine_are_invalid_argument) {
  PAIRAID_CHECK_ERRC(Ratio(1, 2).to_decimal(-1, M::half_even), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(Ratio(1, 2).to_decimal(10, M::half_even), errc::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
