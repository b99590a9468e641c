// Reading figures the way reports write them. The kind of a count comes from the caller; the
// currency of money from the text; nothing is guessed.
#include <pairaid/core/phrase.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace pairaid;

namespace {
using Q = Qualifier;
Money in(const char* code, const char* amount) { return Money::parse(amount, Currency::of(code)); }
}  // namespace

BOOST_AUTO_TEST_SUITE(phrase)

// --- counts ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(nearly_12000_is_a_nearly_figure_of_the_callers_kind) {
  Reported<People> r = parse_reported<People>("nearly 12,000");
  BOOST_TEST(r.qualifier() == Q::nearly);
  BOOST_TEST(r.value() == people(12000));
  BOOST_TEST(r.to_string() == "nearly 12000 people");
  BOOST_TEST(parse_reported<Students>("nearly 10,000").value() == students(10000));
}

BOOST_AUTO_TEST_CASE(more_than_and_over_both_mean_more_than) {
  BOOST_TEST(parse_reported<Patients>("more than 8,300") == Reported<Patients>(Q::more_than, patients(8300)));
  BOOST_TEST(parse_reported<Enterprises>("over 1,140") == Reported<Enterprises>(Q::more_than, enterprises(1140)));
}

BOOST_AUTO_TEST_CASE(hundreds_of_is_an_order_of_magnitude_not_a_number) {
  Reported<Brands> r = parse_reported<Brands>("hundreds of");
  BOOST_TEST(r.qualifier() == Q::hundreds_of);
  BOOST_TEST(r.value() == brands(100));
  BOOST_TEST(r.bounds() == Interval<Brands>(Bound<Brands>{brands(200), true}, Bound<Brands>{brands(999), true}));
  BOOST_TEST(parse_reported<Brands>("Hundreds").qualifier() == Q::hundreds_of);
  BOOST_TEST(parse_reported<Brands>("dozens of").value() == brands(12));
  BOOST_TEST(parse_reported<Brands>("thousands of") == Reported<Brands>(Q::thousands_of, brands(1000)));
}

BOOST_AUTO_TEST_CASE(a_number_word_is_an_exact_count) {
  BOOST_TEST(parse_reported<Organisations>("Seventeen") == Reported<Organisations>::exact(organisations(17)));
  BOOST_TEST(parse_reported<Organisations>("seven").value() == organisations(7));  // not a prefix of seventeen
  BOOST_TEST(parse_reported<Organisations>("twelve").value() == organisations(12));
  BOOST_TEST(parse_reported<Organisations>("Seventy-eight").value() == organisations(78));
  BOOST_TEST(parse_reported<Organisations>("twenty").value() == organisations(20));
  BOOST_TEST(parse_reported<Organisations>("zero").value() == organisations(0));
  BOOST_TEST(parse_reported<Organisations>("about twenty").qualifier() == Q::about);
}

BOOST_AUTO_TEST_CASE(digits_with_thousands_separators_are_an_exact_count) {
  BOOST_TEST(parse_reported<People>("2,117") == Reported<People>::exact(people(2117)));
  BOOST_TEST(parse_reported<People>("622").value() == people(622));
  BOOST_TEST(parse_reported<People>("1200000").value() == people(1200000));
}

BOOST_AUTO_TEST_CASE(a_scale_word_multiplies_the_number) {
  BOOST_TEST(parse_reported<People>("about 1.5 thousand").value() == people(1500));
  BOOST_TEST(parse_reported<People>("2 million").value() == people(2000000));
  BOOST_TEST(parse_reported<People>("3k").value() == people(3000));
}

BOOST_AUTO_TEST_CASE(every_qualifier_word_maps_to_its_qualifier) {
  struct Case {
    const char* text;
    Q q;
  };
  for (Case c : {Case{"about 5", Q::about},
                 Case{"approximately 5", Q::about},
                 Case{"around 5", Q::about},
                 Case{"roughly 5", Q::about},
                 Case{"some 5", Q::about},
                 Case{"almost 5", Q::nearly},
                 Case{"close to 5", Q::nearly},
                 Case{"above 5", Q::more_than},
                 Case{"in excess of 5", Q::more_than},
                 Case{"at least 5", Q::at_least},
                 Case{"no less than 5", Q::at_least},
                 Case{"not less than 5", Q::at_least},
                 Case{"at most 5", Q::at_most},
                 Case{"up to 5", Q::at_most},
                 Case{"no more than 5", Q::at_most},
                 Case{"not more than 5", Q::at_most},
                 Case{"less than 5", Q::less_than},
                 Case{"fewer than 5", Q::less_than},
                 Case{"under 5", Q::less_than},
                 Case{"below 5", Q::less_than},
                 Case{"5", Q::exact}}) {
    BOOST_TEST_CONTEXT(c.text) {
      Reported<People> r = parse_reported<People>(c.text);
      BOOST_TEST(r.qualifier() == c.q);
      BOOST_TEST(r.value() == people(5));
    }
  }
}

BOOST_AUTO_TEST_CASE(matching_ignores_case_and_extra_spaces) {
  BOOST_TEST(parse_reported<People>("  MORE   THAN   8,300  ") == Reported<People>(Q::more_than, people(8300)));
  BOOST_TEST(parse_reported<People>("Nearly 12,000").qualifier() == Q::nearly);
}

BOOST_AUTO_TEST_CASE(a_fractional_count_is_inexact) {
  PAIRAID_CHECK_ERROR(parse_reported<People>("12.5"), errc::inexact, "whole number", "12.5");
  PAIRAID_CHECK_ERRC(parse_reported<People>("nearly 1.2345 thousand"), errc::inexact);
}

BOOST_AUTO_TEST_CASE(trailing_words_are_refused_with_the_offset_where_they_start) {
  PAIRAID_CHECK_ERROR(parse_reported<People>("nearly 12,000 people"), errc::parse, "offset 14",
                      "expected the end of the figure");
  PAIRAID_CHECK_ERROR(parse_reported<Brands>("hundreds of brands"), errc::parse, "after 'hundreds of'");
}

BOOST_AUTO_TEST_CASE(text_without_a_number_is_refused) {
  PAIRAID_CHECK_ERROR(parse_reported<People>(""), errc::parse, "expected a number");
  PAIRAID_CHECK_ERROR(parse_reported<People>("nearly"), errc::parse, "offset 6", "expected a number");
  PAIRAID_CHECK_ERROR(parse_reported<People>("many"), errc::parse, "offset 0");
  PAIRAID_CHECK_ERRC(parse_reported<People>("-5"), errc::parse);  // reported figures are magnitudes
}

BOOST_AUTO_TEST_CASE(malformed_digits_are_refused_with_their_offset) {
  PAIRAID_CHECK_ERROR(parse_reported<People>("about 12,34"), errc::parse, "'12,34'", "thousands separators");
  PAIRAID_CHECK_ERRC(parse_reported<People>("1.2.3"), errc::parse);
}

// --- money ---------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(yuan_in_billions_is_exact_cny) {
  BOOST_TEST(parse_money("25.17 billion yuan") == in("CNY", "25170000000"));
}

BOOST_AUTO_TEST_CASE(a_dollar_sign_is_usd) {
  BOOST_TEST(parse_money("$3.5 billion") == in("USD", "3500000000"));
  BOOST_TEST(parse_money("US$ 2 million") == in("USD", "2000000"));
}

BOOST_AUTO_TEST_CASE(an_iso_code_before_the_number_names_the_currency) {
  BOOST_TEST(parse_money("CNY 25.17bn") == in("CNY", "25170000000"));
  BOOST_TEST(parse_money("USD 1,234.50") == in("USD", "1234.5"));
  BOOST_TEST(parse_money("KWD 1.125") == in("KWD", "1.125"));
}

BOOST_AUTO_TEST_CASE(an_iso_code_or_a_word_after_the_number_names_the_currency) {
  BOOST_TEST(parse_money("1,000 JPY") == in("JPY", "1000"));
  BOOST_TEST(parse_money("500 yen") == in("JPY", "500"));
  BOOST_TEST(parse_money("100 renminbi") == in("CNY", "100"));
  BOOST_TEST(parse_money("RMB 100") == in("CNY", "100"));
  BOOST_TEST(parse_money("12 US dollars") == in("USD", "12"));
  BOOST_TEST(parse_money("3 euros") == in("EUR", "3"));
  BOOST_TEST(parse_money("7 DEM") == in("DEM", "7"));  // withdrawn codes still name a currency
}

BOOST_AUTO_TEST_CASE(euro_and_pound_signs_name_their_currencies) {
  BOOST_TEST(parse_money("\xE2\x82\xAC"
                         "5m") == in("EUR", "5000000"));
  BOOST_TEST(parse_money("\xC2\xA3"
                         "10k") == in("GBP", "10000"));
}

BOOST_AUTO_TEST_CASE(the_yen_sign_is_refused_because_it_is_also_the_yuan_sign) {
  PAIRAID_CHECK_ERROR(parse_money("\xC2\xA5"
                                  "100"),
                      errc::parse, "yuan", "yen");
  PAIRAID_CHECK_ERROR(parse_money("\xEF\xBF\xA5"
                                  "100"),
                      errc::parse, "CNY or JPY");
}

BOOST_AUTO_TEST_CASE(money_without_a_currency_is_refused) {
  PAIRAID_CHECK_ERROR(parse_money("100"), errc::parse, "a currency");
  PAIRAID_CHECK_ERROR(parse_money("100 ABC"), errc::parse, "a currency");  // not an ISO code
  PAIRAID_CHECK_ERROR(parse_money("100 cny"), errc::parse, "a currency");  // codes are upper case
}

BOOST_AUTO_TEST_CASE(money_followed_by_other_words_is_refused) {
  PAIRAID_CHECK_ERROR(parse_money("25.17 billion yuan in investment"), errc::parse, "offset 19",
                      "the end of the amount");
}

BOOST_AUTO_TEST_CASE(money_too_large_for_a_decimal_is_overflow) {
  PAIRAID_CHECK_ERRC(parse_money("999999999999999999999 trillion USD"), errc::overflow);
}

BOOST_AUTO_TEST_CASE(an_unqualified_equivalent_in_parentheses_is_about) {
  MoneyClaim claim = parse_money_claim("25.17 billion yuan ($3.5 billion)");
  BOOST_TEST(claim.figure == Reported<Money>::exact(in("CNY", "25170000000")));
  BOOST_TEST_REQUIRE(claim.equivalent.has_value());
  BOOST_TEST(claim.equivalent->qualifier() == Q::about);
  BOOST_TEST(claim.equivalent->value() == in("USD", "3500000000"));
  BOOST_TEST(claim.equivalent->bounds().contains(in("USD", "3150000000")));
  BOOST_TEST(claim.equivalent->bounds().contains(in("USD", "3850000000")));
  BOOST_TEST(!claim.equivalent->bounds().contains(in("USD", "3850000000.01")));
}

BOOST_AUTO_TEST_CASE(a_qualified_equivalent_keeps_its_qualifier) {
  MoneyClaim claim = parse_money_claim("more than 25 billion yuan (nearly $3.6 billion)");
  BOOST_TEST(claim.figure.qualifier() == Q::more_than);
  BOOST_TEST(claim.equivalent->qualifier() == Q::nearly);
  BOOST_TEST(claim.equivalent->value() == in("USD", "3600000000"));
}

BOOST_AUTO_TEST_CASE(a_claim_without_an_equivalent_has_none) {
  MoneyClaim claim = parse_money_claim("about $3.5 billion");
  BOOST_TEST(claim.figure == Reported<Money>(Q::about, in("USD", "3500000000")));
  BOOST_TEST(!claim.equivalent.has_value());
}

BOOST_AUTO_TEST_CASE(an_unclosed_or_trailing_equivalent_is_refused) {
  PAIRAID_CHECK_ERROR(parse_money_claim("25.17 billion yuan ($3.5 billion"), errc::parse, "')'");
  PAIRAID_CHECK_ERROR(parse_money_claim("25.17 billion yuan ($3.5 billion) in 2023"), errc::parse,
                      "the end of the figure");
  PAIRAID_CHECK_ERRC(parse_money_claim("25.17 billion yuan (\xC2\xA5"
                                       "3.5 billion)"),
                     errc::parse);
}

BOOST_AUTO_TEST_SUITE_END()
