// RoundingMode: every mode on positive and negative values, on ties and off them, through
// Decimal::round (the step every explicit rounding in the library goes through).
#include <pairaid/core/decimal.hpp>
#include <pairaid/core/rounding.hpp>

#include "test_support.hpp"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <array>
#include <string>

using namespace pairaid;
namespace bdata = boost::unit_test::data;

namespace {
using M = RoundingMode;
Decimal dec(const char* text) { return Decimal::parse(text); }
std::string r0(const char* text, M mode) { return dec(text).round(0, mode).to_string(); }

// One row of the classic rounding table (IEEE 754 / java.math.RoundingMode documentation layout):
// the input, then its result under each mode rounded to a whole number.
struct Row {
  const char* input;
  const char* half_even;
  const char* half_up;
  const char* half_down;
  const char* toward_zero;
  const char* away_from_zero;
  const char* floor;
  const char* ceiling;
};
std::ostream& operator<<(std::ostream& os, const Row& r) { return os << r.input; }

const std::array<Row, 16> table = {{
    // input   h_even h_up  h_down  t_zero  away  floor  ceiling
    {"5.5", "6", "6", "5", "5", "6", "5", "6"},
    {"2.5", "2", "3", "2", "2", "3", "2", "3"},
    {"1.6", "2", "2", "2", "1", "2", "1", "2"},
    {"1.1", "1", "1", "1", "1", "2", "1", "2"},
    {"1.0", "1", "1", "1", "1", "1", "1", "1"},
    {"0.5", "0", "1", "0", "0", "1", "0", "1"},
    {"0.4", "0", "0", "0", "0", "1", "0", "1"},
    {"0", "0", "0", "0", "0", "0", "0", "0"},
    {"-0.4", "0", "0", "0", "0", "-1", "-1", "0"},
    {"-0.5", "0", "-1", "0", "0", "-1", "-1", "0"},
    {"-1.0", "-1", "-1", "-1", "-1", "-1", "-1", "-1"},
    {"-1.1", "-1", "-1", "-1", "-1", "-2", "-2", "-1"},
    {"-1.6", "-2", "-2", "-2", "-1", "-2", "-2", "-1"},
    {"-2.5", "-2", "-3", "-2", "-2", "-3", "-3", "-2"},
    {"-5.5", "-6", "-6", "-5", "-5", "-6", "-6", "-5"},
    {"-3.5", "-4", "-4", "-3", "-3", "-4", "-4", "-3"},
}};
}  // namespace

BOOST_AUTO_TEST_SUITE(rounding)

BOOST_DATA_TEST_CASE(every_mode_rounds_to_a_whole_number_as_the_classic_table_says, bdata::make(table), row) {
  BOOST_TEST(r0(row.input, M::half_even) == row.half_even);
  BOOST_TEST(r0(row.input, M::half_up) == row.half_up);
  BOOST_TEST(r0(row.input, M::half_down) == row.half_down);
  BOOST_TEST(r0(row.input, M::toward_zero) == row.toward_zero);
  BOOST_TEST(r0(row.input, M::away_from_zero) == row.away_from_zero);
  BOOST_TEST(r0(row.input, M::floor) == row.floor);
  BOOST_TEST(r0(row.input, M::ceiling) == row.ceiling);
}

BOOST_AUTO_TEST_CASE(half_even_sends_ties_to_the_even_neighbour_at_the_minor_unit) {
  BOOST_TEST(dec("0.125").round(2, M::half_even) == dec("0.12"));
  BOOST_TEST(dec("0.135").round(2, M::half_even) == dec("0.14"));
  BOOST_TEST(dec("-0.125").round(2, M::half_even) == dec("-0.12"));
  BOOST_TEST(dec("-0.135").round(2, M::half_even) == dec("-0.14"));
  BOOST_TEST(dec("0.125000001").round(2, M::half_even) == dec("0.13"));  // not a tie: above half
}

BOOST_AUTO_TEST_CASE(half_up_sends_ties_away_from_zero_on_both_sides) {
  BOOST_TEST(dec("0.125").round(2, M::half_up) == dec("0.13"));
  BOOST_TEST(dec("-0.125").round(2, M::half_up) == dec("-0.13"));
  BOOST_TEST(dec("0.124999999").round(2, M::half_up) == dec("0.12"));
}

BOOST_AUTO_TEST_CASE(half_down_sends_ties_toward_zero_but_rounds_above_half_outward) {
  BOOST_TEST(dec("0.125").round(2, M::half_down) == dec("0.12"));
  BOOST_TEST(dec("-0.125").round(2, M::half_down) == dec("-0.12"));
  BOOST_TEST(dec("0.125000001").round(2, M::half_down) == dec("0.13"));
  BOOST_TEST(dec("-0.125000001").round(2, M::half_down) == dec("-0.13"));
}

BOOST_AUTO_TEST_CASE(a_one_in_the_ninth_digit_moves_only_the_directed_modes) {
  const Decimal v = dec("2.000000001"), n = dec("-2.000000001");
  BOOST_TEST(v.round(0, M::half_up) == dec("2"));
  BOOST_TEST(v.round(0, M::away_from_zero) == dec("3"));
  BOOST_TEST(v.round(0, M::ceiling) == dec("3"));
  BOOST_TEST(v.round(0, M::floor) == dec("2"));
  BOOST_TEST(n.round(0, M::floor) == dec("-3"));
  BOOST_TEST(n.round(0, M::ceiling) == dec("-2"));
  BOOST_TEST(n.round(0, M::away_from_zero) == dec("-3"));
  BOOST_TEST(n.round(0, M::toward_zero) == dec("-2"));
}

BOOST_AUTO_TEST_CASE(unnecessary_passes_exact_values_and_throws_inexact_otherwise) {
  BOOST_TEST(dec("12.50").round(2, M::unnecessary) == dec("12.5"));
  BOOST_TEST(dec("-7").round(0, M::unnecessary) == dec("-7"));
  PAIRAID_CHECK_ERROR(dec("12.505").round(2, M::unnecessary), errc::inexact, "no rounding was asked for");
  PAIRAID_CHECK_ERRC(dec("-0.5").round(0, M::unnecessary), errc::inexact);
  PAIRAID_CHECK_ERRC(dec("0.000000001").round(8, M::unnecessary), errc::inexact);
}

BOOST_AUTO_TEST_CASE(rounding_to_nine_digits_changes_nothing_in_any_mode) {
  const Decimal v = dec("-1.123456789");
  for (M m : {M::half_even, M::half_up, M::half_down, M::toward_zero, M::away_from_zero, M::floor, M::ceiling,
              M::unnecessary})
    BOOST_TEST(v.round(9, m) == v, to_string(m));
}

BOOST_AUTO_TEST_CASE(digits_outside_zero_to_nine_are_invalid_argument) {
  PAIRAID_CHECK_ERRC(dec("1.5").round(-1, M::half_even), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(dec("1.5").round(10, M::half_even), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(rounding_up_past_the_largest_value_is_overflow) {
  const Decimal max = Decimal::from_raw(pairaid::detail::int128_max);  // ...715.884105727
  PAIRAID_CHECK_ERRC(max.round(0, M::ceiling), errc::overflow);
  BOOST_TEST(max.round(0, M::floor).to_string() == "170141183460469231731687303715");
  const Decimal min = Decimal::from_raw(pairaid::detail::int128_min);
  PAIRAID_CHECK_ERRC(min.round(0, M::floor), errc::overflow);
  BOOST_TEST(min.round(0, M::ceiling).to_string() == "-170141183460469231731687303715");
}

BOOST_AUTO_TEST_CASE(a_carry_ripples_through_every_digit) {
  BOOST_TEST(dec("999.995").round(2, M::half_up) == dec("1000"));
  BOOST_TEST(dec("-999.995").round(2, M::half_even) == dec("-1000"));
  BOOST_TEST(dec("9.999999999").round(8, M::ceiling) == dec("10"));
}

BOOST_AUTO_TEST_CASE(mode_names_round_trip_and_unknown_names_are_refused) {
  for (M m : {M::half_even, M::half_up, M::half_down, M::toward_zero, M::away_from_zero, M::floor, M::ceiling,
              M::unnecessary}) {
    auto back = rounding_mode_from_string(to_string(m));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST(*back == m);
  }
  BOOST_TEST(to_string(M::half_even) == "half_even");
  BOOST_TEST(!rounding_mode_from_string("HALF_EVEN").has_value());
  BOOST_TEST(!rounding_mode_from_string("bankers").has_value());
  BOOST_TEST(!rounding_mode_from_string("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
