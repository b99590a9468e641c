// Reported<Q>: a figure as a source stated it. Each qualifier means an interval; intervals sum,
// intersect and decide whether evidence is consistent with a claim.
#include <pairaid/core/reported.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <string>

using namespace pairaid;

namespace {
using Q = Qualifier;
template <class C>
using B = Bound<C>;

Interval<People> closed(std::int64_t lo, std::int64_t hi) {
  return Interval<People>(B<People>{people(lo), true}, B<People>{people(hi), true});
}
Interval<People> from(std::int64_t lo) { return Interval<People>(B<People>{people(lo), true}, std::nullopt); }
Reported<People> said(Q q, std::int64_t n) { return Reported<People>(q, people(n)); }

Money usd(const char* amount) { return Money::parse(amount, Currency::of("USD")); }
Reported<Money> said_usd(Q q, const char* amount) { return Reported<Money>(q, usd(amount)); }
}  // namespace

BOOST_AUTO_TEST_SUITE(reported)

// --- what each qualifier means, for counts ----------------------------------------------------------

BOOST_AUTO_TEST_CASE(exact_means_that_one_value) {
  BOOST_TEST(Reported<People>::exact(people(622)).bounds() == closed(622, 622));
  BOOST_TEST(said(Q::exact, 622).bounds().contains(people(622)));
  BOOST_TEST(!said(Q::exact, 622).bounds().contains(people(623)));
}

BOOST_AUTO_TEST_CASE(nearly_n_means_from_ninety_percent_up_to_but_not_including_n) {
  const Interval<People> b = said(Q::nearly, 12000).bounds();
  BOOST_TEST(b == closed(10800, 11999));  // [N(1 - 10%), N) in whole people
  BOOST_TEST(b.contains(people(10800)));
  BOOST_TEST(b.contains(people(11999)));
  BOOST_TEST(!b.contains(people(12000)));
  BOOST_TEST(!b.contains(people(10799)));
  BOOST_TEST(said(Q::nearly, 10000).bounds() == closed(9000, 9999));
}

BOOST_AUTO_TEST_CASE(nearly_rounds_its_lower_bound_up_to_a_whole_count) {
  BOOST_TEST(said(Q::nearly, 15).bounds() == closed(14, 14));  // 13.5 -> 14
  // nearly 7 = [6.3, 7): no whole number qualifies, and the interval says so
  BOOST_TEST(said(Q::nearly, 7).bounds().is_empty());
}

BOOST_AUTO_TEST_CASE(about_n_means_within_ten_percent_either_side) {
  BOOST_TEST(said(Q::about, 12000).bounds() == closed(10800, 13200));
  BOOST_TEST(said(Q::about, 15).bounds() == closed(14, 16));  // [13.5, 16.5] in whole numbers
  BOOST_TEST(said(Q::about, 12000).bounds().contains(people(13200)));
  BOOST_TEST(!said(Q::about, 12000).bounds().contains(people(13201)));
}

BOOST_AUTO_TEST_CASE(more_than_n_starts_just_above_n_and_has_no_upper_bound) {
  const Interval<People> b = said(Q::more_than, 8300).bounds();
  BOOST_TEST(b == from(8301));
  BOOST_TEST(!b.contains(people(8300)));
  BOOST_TEST(b.contains(people(8301)));
  BOOST_TEST(b.contains(people(std::numeric_limits<std::int64_t>::max())));
  BOOST_TEST(!b.upper().has_value());
  BOOST_TEST(b.lower()->inclusive);  // counts keep bounds inclusive: (8300 is [8301
}

BOOST_AUTO_TEST_CASE(at_least_n_includes_n) { BOOST_TEST(said(Q::at_least, 8300).bounds() == from(8300)); }

BOOST_AUTO_TEST_CASE(at_most_n_is_zero_to_n_inclusive) { BOOST_TEST(said(Q::at_most, 100).bounds() == closed(0, 100)); }

BOOST_AUTO_TEST_CASE(less_than_n_is_zero_to_n_exclusive) {
  BOOST_TEST(said(Q::less_than, 100).bounds() == closed(0, 99));
  BOOST_TEST(said(Q::less_than, 0).bounds().is_empty());
}

BOOST_AUTO_TEST_CASE(dozens_of_means_24_to_143) { BOOST_TEST(said(Q::dozens_of, 12).bounds() == closed(24, 143)); }

BOOST_AUTO_TEST_CASE(hundreds_of_means_200_to_999) {
  BOOST_TEST(said(Q::hundreds_of, 100).bounds() == closed(200, 999));
}

BOOST_AUTO_TEST_CASE(thousands_of_means_2000_to_9999) {
  BOOST_TEST(said(Q::thousands_of, 1000).bounds() == closed(2000, 9999));
}

BOOST_AUTO_TEST_CASE(a_reported_figure_cannot_be_negative) {
  PAIRAID_CHECK_ERROR(said(Q::exact, -1), errc::invalid_argument, "negative");
  PAIRAID_CHECK_ERRC(said_usd(Q::about, "-0.01"), errc::invalid_argument);
  BOOST_TEST(said(Q::exact, 0).bounds() == closed(0, 0));
}

// --- the policy is the caller's --------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_custom_policy_changes_the_tolerances) {
  const QualifierPolicy strict{.nearly_bp = 500, .about_bp = 2500};
  BOOST_TEST(said(Q::nearly, 12000).bounds(strict) == closed(11400, 11999));
  BOOST_TEST(said(Q::about, 1000).bounds(strict) == closed(750, 1250));
  const QualifierPolicy none{.nearly_bp = 0, .about_bp = 0};
  BOOST_TEST(said(Q::about, 1000).bounds(none) == closed(1000, 1000));
  BOOST_TEST(said(Q::nearly, 1000).bounds(none).is_empty());  // [1000, 1000)
  // qualifiers without a tolerance ignore the policy
  BOOST_TEST(said(Q::more_than, 5).bounds(strict) == said(Q::more_than, 5).bounds());
}

BOOST_AUTO_TEST_CASE(a_policy_tolerance_outside_zero_to_one_hundred_percent_is_invalid) {
  PAIRAID_CHECK_ERRC(said(Q::nearly, 12000).bounds(QualifierPolicy{.nearly_bp = 15000}), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(said(Q::about, 12000).bounds(QualifierPolicy{.about_bp = -1}), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(said_usd(Q::about, "100").bounds(QualifierPolicy{.about_bp = -1000}), errc::invalid_argument);
  BOOST_TEST(said(Q::about, 100).bounds(QualifierPolicy{.about_bp = 10000}) == closed(0, 200));
}

// --- money figures ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(about_an_amount_of_money_is_plus_or_minus_ten_percent_exactly) {
  const Interval<Money> b = said_usd(Q::about, "3500000000").bounds();
  BOOST_TEST(b.lower()->value == usd("3150000000"));
  BOOST_TEST(b.upper()->value == usd("3850000000"));
  BOOST_TEST(b.lower()->inclusive);
  BOOST_TEST(b.upper()->inclusive);
  BOOST_TEST(b.contains(usd("3554632885.65")));
  BOOST_TEST(!b.contains(usd("3850000000.000000001")));
}

BOOST_AUTO_TEST_CASE(money_bounds_that_are_not_exact_widen_by_one_nano_unit_at_most) {
  const Interval<Money> b = said_usd(Q::about, "1.000000001").bounds();
  BOOST_TEST(b.lower()->value == usd("0.9"));          // 0.9000000009 floored
  BOOST_TEST(b.upper()->value == usd("1.100000002"));  // 1.1000000011 ceiled
}

BOOST_AUTO_TEST_CASE(money_keeps_open_bounds_open) {
  const Interval<Money> nearly = said_usd(Q::nearly, "100").bounds();
  BOOST_TEST(nearly.lower()->value == usd("90"));
  BOOST_TEST(!nearly.upper()->inclusive);
  BOOST_TEST(nearly.contains(usd("99.999999999")));
  BOOST_TEST(!nearly.contains(usd("100")));
  const Interval<Money> more = said_usd(Q::more_than, "100").bounds();
  BOOST_TEST(!more.lower()->inclusive);
  BOOST_TEST(!more.contains(usd("100")));
  BOOST_TEST(more.contains(usd("100.000000001")));
  BOOST_TEST(said_usd(Q::less_than, "100").bounds().lower()->value == usd("0"));
  BOOST_TEST(said_usd(Q::at_most, "100").bounds().contains(usd("100")));
}

BOOST_AUTO_TEST_CASE(a_money_interval_refuses_values_in_another_currency) {
  const Interval<Money> b = said_usd(Q::about, "100").bounds();
  PAIRAID_CHECK_ERRC(b.contains(Money::parse("100", Currency::of("CNY"))), errc::currency_mismatch);
}

BOOST_AUTO_TEST_CASE(an_empty_money_interval_is_one_point_not_closed_on_both_sides) {
  Interval<Money> half_open(B<Money>{usd("1"), true}, B<Money>{usd("1"), false});
  BOOST_TEST(half_open.is_empty());
  BOOST_TEST(!Interval<Money>::exactly(usd("1")).is_empty());
}

// --- intervals ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_default_interval_holds_everything) {
  Interval<People> all;
  BOOST_TEST(all.contains(people(std::numeric_limits<std::int64_t>::min())));
  BOOST_TEST(all.contains(closed(-5, 5)));
  BOOST_TEST(!all.is_empty());
  BOOST_TEST(all.to_string() == "(..., ...)");
}

BOOST_AUTO_TEST_CASE(open_count_bounds_become_the_next_whole_number_so_equal_sets_compare_equal) {
  Interval<People> open(B<People>{people(5), false}, B<People>{people(10), false});
  BOOST_TEST(open == closed(6, 9));
  Interval<People> nothing(B<People>{people(5), false}, B<People>{people(6), false});
  BOOST_TEST(nothing.is_empty());
}

BOOST_AUTO_TEST_CASE(interval_sums_add_bounds_and_keep_unbounded_sides_unbounded) {
  BOOST_TEST((closed(10800, 11999) + Interval<People>::exactly(people(-2739))) == closed(8061, 9260));
  BOOST_TEST((closed(1, 2) + from(10)) == from(11));
  Interval<People> lower_open(std::nullopt, B<People>{people(5), true});
  BOOST_TEST((lower_open + closed(1, 1)) == Interval<People>(std::nullopt, B<People>{people(6), true}));
  BOOST_TEST((Interval<People>() + closed(1, 1)) == Interval<People>());
}

BOOST_AUTO_TEST_CASE(money_interval_sums_keep_a_bound_open_if_either_was) {
  Interval<Money> sum = said_usd(Q::nearly, "100").bounds() + said_usd(Q::at_most, "50").bounds();
  BOOST_TEST(sum.lower()->value == usd("90"));
  BOOST_TEST(sum.lower()->inclusive);
  BOOST_TEST(sum.upper()->value == usd("150"));
  BOOST_TEST(!sum.upper()->inclusive);
}

BOOST_AUTO_TEST_CASE(sum_bounds_adds_the_intervals_of_reported_figures) {
  const std::array donors = {said(Q::exact, 17), said(Q::exact, 78), said(Q::exact, 27)};
  BOOST_TEST(sum_bounds<People>(donors) == closed(122, 122));
  const std::array mixed = {said(Q::nearly, 12000), said(Q::more_than, 10)};
  BOOST_TEST(sum_bounds<People>(mixed) == from(10811));
  const std::array<Reported<People>, 0> none{};
  PAIRAID_CHECK_ERRC(sum_bounds<People>(none), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(contains_an_interval_means_every_value_of_it) {
  BOOST_TEST(closed(10800, 11999).contains(closed(11000, 11500)));
  BOOST_TEST(closed(10800, 11999).contains(closed(10800, 11999)));
  BOOST_TEST(!closed(10800, 11999).contains(closed(11000, 12500)));
  BOOST_TEST(!closed(10800, 11999).contains(from(11000)));
  BOOST_TEST(from(100).contains(from(200)));
  BOOST_TEST(closed(1, 2).contains(closed(5, 4)));  // the empty set is inside everything
}

BOOST_AUTO_TEST_CASE(intersection_keeps_the_tighter_bound_on_each_side) {
  BOOST_TEST(closed(1, 10).intersection(closed(5, 20)) == closed(5, 10));
  BOOST_TEST(closed(1, 10).intersection(from(7)) == closed(7, 10));
  BOOST_TEST(closed(1, 10).intersects(closed(10, 20)));  // they share 10
  BOOST_TEST(!closed(1, 10).intersects(closed(11, 20)));
  BOOST_TEST(closed(1, 10).intersection(closed(11, 20)).is_empty());
  // with money, an open and a closed bound at one value: the open one wins
  Interval<Money> a(B<Money>{usd("1"), true}, B<Money>{usd("2"), false});
  Interval<Money> b(B<Money>{usd("2"), true}, B<Money>{usd("3"), true});
  BOOST_TEST(!a.intersects(b));
}

// --- verdicts -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(evidence_inside_the_claim_is_consistent) {
  Assessment a = assess(closed(10800, 11999), closed(11000, 11500));
  BOOST_TEST(a.verdict == Verdict::consistent);
  BOOST_TEST(a.reasoning.find("lies within") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(evidence_disjoint_from_the_claim_is_inconsistent) {
  Assessment a = assess(closed(10800, 11999), closed(12000, 13000));
  BOOST_TEST(a.verdict == Verdict::inconsistent);
  BOOST_TEST(a.reasoning.find("outside") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(evidence_partly_inside_the_claim_is_undetermined) {
  Assessment a = assess(closed(10800, 11999), closed(11000, 12500));
  BOOST_TEST(a.verdict == Verdict::undetermined);
  BOOST_TEST(a.reasoning.find("only in part") != std::string::npos);
  BOOST_TEST(assess(said(Q::more_than, 8300).bounds(), Interval<People>()).verdict == Verdict::undetermined);
}

BOOST_AUTO_TEST_CASE(an_exact_value_is_consistent_or_inconsistent_with_a_figure_and_says_why) {
  Assessment in = assess(said(Q::nearly, 12000), people(11500));
  BOOST_TEST(in.verdict == Verdict::consistent);
  BOOST_TEST(in.reasoning == "\"nearly 12000 people\" means [10800 people, 11999 people]; 11500 people is inside it");
  Assessment out = assess(said(Q::nearly, 12000), people(12000));
  BOOST_TEST(out.verdict == Verdict::inconsistent);
  BOOST_TEST(out.reasoning.find("12000 people is outside it") != std::string::npos);
  const QualifierPolicy loose{.nearly_bp = 2000};
  BOOST_TEST(assess(said(Q::nearly, 12000), people(10000), loose).verdict == Verdict::consistent);
  BOOST_TEST(assess(said(Q::nearly, 12000), people(10000)).verdict == Verdict::inconsistent);
}

BOOST_AUTO_TEST_CASE(verdict_names_are_words) {
  BOOST_TEST(to_string(Verdict::consistent) == "consistent");
  BOOST_TEST(to_string(Verdict::inconsistent) == "inconsistent");
  BOOST_TEST(to_string(Verdict::undetermined) == "undetermined");
}

// --- text ---------------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(figures_and_intervals_print_as_a_reader_would_write_them) {
  BOOST_TEST(said(Q::nearly, 12000).to_string() == "nearly 12000 people");
  BOOST_TEST(said(Q::exact, 622).to_string() == "622 people");
  BOOST_TEST(Reported<Brands>(Q::hundreds_of, brands(100)).to_string() == "hundreds of brands");
  BOOST_TEST(said_usd(Q::about, "3500000000").to_string() == "about 3500000000.00 USD");
  BOOST_TEST(said(Q::more_than, 8300).bounds().to_string() == "[8301 people, ...)");
  BOOST_TEST(said_usd(Q::more_than, "5").bounds().to_string() == "(5.00 USD, ...)");
  BOOST_TEST(said_usd(Q::less_than, "5").bounds().to_string() == "[0.00 USD, 5.00 USD)");
  BOOST_TEST(Interval<People>(std::nullopt, B<People>{people(3), true}).to_string() == "(..., 3 people]");
}

BOOST_AUTO_TEST_CASE(qualifier_names_and_plural_orders) {
  BOOST_TEST(to_string(Q::more_than) == "more than");
  BOOST_TEST(to_string(Q::thousands_of) == "thousands of");
  BOOST_TEST(is_plural_order(Q::dozens_of));
  BOOST_TEST(is_plural_order(Q::hundreds_of));
  BOOST_TEST(is_plural_order(Q::thousands_of));
  BOOST_TEST(!is_plural_order(Q::about));
  BOOST_TEST(!is_plural_order(Q::exact));
}

BOOST_AUTO_TEST_CASE(figures_are_equal_when_qualifier_and_value_are) {
  BOOST_TEST(said(Q::nearly, 12000) == said(Q::nearly, 12000));
  BOOST_TEST(said(Q::nearly, 12000) != said(Q::about, 12000));
  BOOST_TEST(said(Q::nearly, 12000) != said(Q::nearly, 12001));
}

BOOST_AUTO_TEST_SUITE_END()
