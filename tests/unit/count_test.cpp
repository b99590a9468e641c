// Count<Kind>: a number of things of one named kind. Same-kind arithmetic is overflow-checked;
// dividing two counts of one kind leaves an exact Ratio.
#include <pairaid/core/count.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>

using namespace pairaid;

namespace {
constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
using Volunteers = Count<"volunteers">;
}  // namespace

BOOST_AUTO_TEST_SUITE(count)

BOOST_AUTO_TEST_CASE(a_count_is_made_by_naming_its_kind_and_read_with_count) {
  People p = people(622);
  BOOST_TEST(p.count() == 622);
  BOOST_TEST(People::of(622) == p);
  BOOST_TEST(People().count() == 0);
  BOOST_TEST(People::kind == "people");
  BOOST_TEST(Volunteers::of(5).to_string() == "5 volunteers");
  BOOST_TEST(patients(8300).to_string() == "8300 patients");
}

BOOST_AUTO_TEST_CASE(makers_accept_any_integer_type_that_fits_in_64_bits) {
  BOOST_TEST(people(std::uint8_t{200}).count() == 200);
  BOOST_TEST(people(std::uint64_t{max64}).count() == max64);
  BOOST_TEST(people(min64).count() == min64);
  PAIRAID_CHECK_ERROR(people(std::uint64_t{max64} + 1), errc::overflow, "people");
  PAIRAID_CHECK_ERRC(People::of(std::numeric_limits<std::uint64_t>::max()), errc::overflow);
}

BOOST_AUTO_TEST_CASE(same_kind_counts_add_and_subtract) {
  BOOST_TEST((people(622) + people(2117)) == people(2739));
  BOOST_TEST((people(2117) - people(622)) == people(1495));
  BOOST_TEST((people(622) - people(2117)) == people(-1495));
  BOOST_TEST(-people(5) == people(-5));
  People total = people(10);
  total += people(5);
  total -= people(3);
  BOOST_TEST(total == people(12));
}

BOOST_AUTO_TEST_CASE(addition_and_subtraction_beyond_int64_are_overflow_naming_the_kind) {
  PAIRAID_CHECK_ERROR(people(max64) + people(1), errc::overflow, "people", "addition");
  PAIRAID_CHECK_ERROR(projects(min64) - projects(1), errc::overflow, "projects", "subtraction");
  PAIRAID_CHECK_ERRC(people(min64) + people(-1), errc::overflow);
  PAIRAID_CHECK_ERRC(people(max64) - people(-1), errc::overflow);
  PAIRAID_CHECK_ERRC(-people(min64), errc::overflow);
  BOOST_TEST((people(max64) + people(min64)) == people(-1));
  People p = people(max64);
  PAIRAID_CHECK_ERRC(p += people(1), errc::overflow);
  BOOST_TEST(p == people(max64));  // unchanged by the failed +=
}

BOOST_AUTO_TEST_CASE(scaling_by_a_whole_number_multiplies_the_count) {
  BOOST_TEST((people(600) * 3) == people(1800));
  BOOST_TEST((3 * people(600)) == people(1800));
  BOOST_TEST((people(600) * std::uint16_t{0}) == people(0));
  BOOST_TEST((people(-7) * -2) == people(14));
}

BOOST_AUTO_TEST_CASE(scaling_beyond_int64_is_overflow) {
  PAIRAID_CHECK_ERROR(people(max64 / 2 + 1) * 2, errc::overflow, "multiplication");
  PAIRAID_CHECK_ERRC(people(min64) * -1, errc::overflow);
  PAIRAID_CHECK_ERRC(people(1) * std::numeric_limits<std::uint64_t>::max(), errc::overflow);
  PAIRAID_CHECK_ERRC(people(0) * std::numeric_limits<std::uint64_t>::max(), errc::overflow);
  BOOST_TEST((people(max64 / 2) * 2) == people(max64 - 1));
}

BOOST_AUTO_TEST_CASE(dividing_two_counts_of_one_kind_gives_an_exact_reduced_ratio) {
  Ratio growth = people(2117) / people(622);
  BOOST_TEST(growth.numerator() == 2117);
  BOOST_TEST(growth.denominator() == 622);
  BOOST_TEST((people(1200) / people(10)) == Ratio(120, 1));
  BOOST_TEST((people(10) / people(-4)) == Ratio(-5, 2));
  PAIRAID_CHECK_ERRC(people(1) / people(0), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(people(min64) / people(1), errc::overflow);
}

BOOST_AUTO_TEST_CASE(counts_of_one_kind_are_ordered_by_number) {
  BOOST_TEST(people(622) < people(2117));
  BOOST_TEST(people(2117) > people(622));
  BOOST_TEST(people(-1) < people(0));
  BOOST_TEST(people(5) <= people(5));
  BOOST_TEST(people(5) != people(6));
}

BOOST_AUTO_TEST_CASE(counts_work_at_compile_time) {
  static_assert((people(2) + people(3)).count() == 5);
  static_assert(people(2) * 3 == people(6));
  static_assert(Hospitals::kind == "hospitals");
  BOOST_TEST(talents(146).count() == 146);
}

BOOST_AUTO_TEST_SUITE_END()
