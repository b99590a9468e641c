// Exact splits: parts add up to the whole, largest remainder with ties to the earlier share,
// percentages that do not total 100 refused or rescaled by an explicit policy.
#include <pairaid/analysis/split.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <vector>

using namespace pairaid;
using pairaid_test::code_and_message;
using pairaid_test::code_is;

namespace {
Decimal dec(const char* s) { return Decimal::parse(s); }
std::vector<Decimal> decs(std::initializer_list<const char*> texts) {
  std::vector<Decimal> out;
  for (const char* t : texts) out.push_back(dec(t));
  return out;
}
Decimal sum(const std::vector<Decimal>& v) {
  Decimal s;
  for (Decimal d : v) s += d;
  return s;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(split)

BOOST_AUTO_TEST_CASE(shares_that_divide_exactly_give_their_exact_parts) {
  const auto parts = pairaid::split(dec("100.00"), decs({"33.33", "33.33", "33.34"}));
  BOOST_TEST(parts == decs({"33.33", "33.33", "33.34"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_leftover_unit_goes_to_the_largest_remainder) {
  // 1 unit by weights 1:2 -> exact shares 1/3 and 2/3; floors 0, 0; the second remainder is larger.
  BOOST_TEST(split_by_weights(dec("1"), decs({"1", "2"}), 0) == decs({"0", "1"}), boost::test_tools::per_element());
  // 10.00 by 1:1:1 at 2 digits: 3.333.. each; floors 3.33 x3 leave 0.01; remainders tie -> first.
  BOOST_TEST(split_by_weights(dec("10.00"), decs({"1", "1", "1"}), 2) == decs({"3.34", "3.33", "3.33"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ties_go_to_the_earlier_share_and_negative_wholes_mirror_positive_ones) {
  BOOST_TEST(pairaid::split(dec("0.05"), decs({"50", "50"})) == decs({"0.03", "0.02"}),
             boost::test_tools::per_element());
  BOOST_TEST(pairaid::split(dec("-0.05"), decs({"50", "50"})) == decs({"-0.03", "-0.02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_zero_share_gets_zero) {
  BOOST_TEST(pairaid::split(dec("1.00"), decs({"0", "100"})) == decs({"0", "1.00"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(percentages_not_totalling_100_are_refused_or_rescaled_by_policy) {
  BOOST_CHECK_EXCEPTION(pairaid::split(dec("1.00"), decs({"33", "33", "33"})), error,
                        code_and_message(errc::invalid_data, "add up to 99", "not 100"));
  const auto parts = pairaid::split(dec("1.00"), decs({"33", "33", "33"}), {2, ShareTotalPolicy::rescale});
  BOOST_TEST(parts == decs({"0.34", "0.33", "0.33"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bad_inputs_are_errors) {
  BOOST_CHECK_EXCEPTION(pairaid::split(dec("1.005"), decs({"50", "50"})), error, code_is(errc::inexact));
  BOOST_CHECK_EXCEPTION(split_by_weights(dec("1"), decs({"-1", "2"}), 0), error,
                        code_and_message(errc::invalid_argument, "negative"));
  BOOST_CHECK_EXCEPTION(split_by_weights(dec("1"), decs({"0", "0"}), 0), error, code_is(errc::invalid_argument));
  BOOST_CHECK_EXCEPTION(split_by_weights(dec("1"), {}, 0), error, code_is(errc::invalid_argument));
  BOOST_CHECK_EXCEPTION(split_by_weights(dec("1"), decs({"1"}), 10), error, code_is(errc::invalid_argument));
}

BOOST_AUTO_TEST_CASE(parts_always_add_up_to_the_whole) {
  // Awkward wholes and shares (primes, tiny and huge), every part at most one unit from its share.
  const std::vector<std::vector<Decimal>> share_sets = {
      decs({"1", "1", "1", "1", "1", "1", "1"}), decs({"0.000000001", "999999", "3"}),
      decs({"17", "19", "23", "29", "31"}), decs({"12.5", "12.5", "75"})};
  const std::vector<Decimal> wholes = decs({"0", "0.01", "-7.77", "1000000000000000000000.99", "123456.78", "-0.99"});
  for (const auto& shares : share_sets)
    for (Decimal whole : wholes) {
      const auto parts = split_by_weights(whole, shares, 2);
      BOOST_TEST(parts.size() == shares.size());
      BOOST_TEST(sum(parts) == whole);
      for (Decimal p : parts) BOOST_TEST(p.has_at_most_fraction_digits(2));
    }
}

BOOST_AUTO_TEST_CASE(money_keeps_its_currency) {
  const auto parts = pairaid::split(Money::parse("25170000000.00", Currency::of("CNY")), decs({"60", "40"}));
  BOOST_TEST(parts.size() == 2u);
  BOOST_TEST(parts[0] == Money::parse("15102000000.00", Currency::of("CNY")));
  BOOST_TEST(parts[1] == Money::parse("10068000000.00", Currency::of("CNY")));
}

BOOST_AUTO_TEST_SUITE_END()
