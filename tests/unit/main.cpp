#define BOOST_TEST_MODULE pairaid unit tests
#include <boost/test/unit_test.hpp>
