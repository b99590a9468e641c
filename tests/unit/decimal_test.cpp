#include <pairaid/core/decimal.hpp>

#include <boost/test/unit_test.hpp>

using namespace pairaid;

BOOST_AUTO_TEST_SUITE(decimal)

BOOST_AUTO_TEST_CASE(parses_iati_values_with_five_fraction_digits_exactly) {
  Decimal d = Decimal::parse("214072420474.94199");
  BOOST_TEST(d.to_string() == "214072420474.94199");
  BOOST_TEST(d.fraction_digits() == 5);
}

BOOST_AUTO_TEST_SUITE_END()
