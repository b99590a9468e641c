// Period: a half-open span of days [begin, end), so consecutive periods meet without overlapping.
#include <pairaid/core/period.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace pairaid;

namespace {
Date d(const char* iso) { return parse_date(iso); }
}  // namespace

BOOST_AUTO_TEST_SUITE(period)

// --- dates -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(parse_date_reads_iso_calendar_dates) {
  Date x = d("2023-06-30");
  BOOST_TEST(x.year() == 2023);
  BOOST_TEST(x.month() == 6);
  BOOST_TEST(x.day() == 30);
  BOOST_TEST(to_string(x) == "2023-06-30");
  BOOST_TEST(to_string(d("1400-01-01")) == "1400-01-01");
  BOOST_TEST(to_string(d("9999-12-31")) == "9999-12-31");
}

BOOST_AUTO_TEST_CASE(february_29_exists_only_in_leap_years) {
  BOOST_TEST(to_string(d("2024-02-29")) == "2024-02-29");
  BOOST_TEST(to_string(d("2000-02-29")) == "2000-02-29");  // divisible by 400: leap
  PAIRAID_CHECK_ERROR(d("2023-02-29"), errc::parse, "'2023-02-29'", "YYYY-MM-DD");
  PAIRAID_CHECK_ERRC(d("1900-02-29"), errc::parse);  // divisible by 100 only: not leap
}

BOOST_AUTO_TEST_CASE(parse_date_refuses_anything_but_a_real_yyyy_mm_dd) {
  for (const char* bad :
       {"", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00", "2023/01/01", "2023-1-01", "23-01-01",
        " 2023-01-01", "2023-01-01 ", "2023-01-0a", "abcd-01-01", "1399-12-31", "2023-01-01T00:00", "+023-01-01"}) {
    BOOST_TEST_CONTEXT("'" << bad << "'") { PAIRAID_CHECK_ERRC(d(bad), errc::parse); }
  }
}

BOOST_AUTO_TEST_CASE(a_special_date_prints_as_not_a_date) {
  BOOST_TEST(to_string(Date(boost::gregorian::not_a_date_time)) == "not-a-date");
}

// --- periods -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_period_contains_its_first_day_but_not_its_end) {
  Period p(d("2023-01-01"), d("2023-02-01"));
  BOOST_TEST(p.contains(d("2023-01-01")));
  BOOST_TEST(p.contains(d("2023-01-31")));
  BOOST_TEST(!p.contains(d("2023-02-01")));
  BOOST_TEST(!p.contains(d("2022-12-31")));
  BOOST_TEST(p.days() == 31);
  BOOST_TEST(p.last() == d("2023-01-31"));
  BOOST_TEST(p.to_string() == "[2023-01-01, 2023-02-01)");
}

BOOST_AUTO_TEST_CASE(an_end_before_the_beginning_is_invalid_and_equal_ends_are_empty) {
  PAIRAID_CHECK_ERROR(Period(d("2023-02-01"), d("2023-01-01")), errc::invalid_argument, "2023-01-01", "2023-02-01");
  Period empty(d("2023-05-01"), d("2023-05-01"));
  BOOST_TEST(empty.is_empty());
  BOOST_TEST(empty.days() == 0);
  BOOST_TEST(!empty.contains(d("2023-05-01")));
  PAIRAID_CHECK_ERRC(Period(Date(boost::gregorian::not_a_date_time), d("2023-05-01")), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(inclusive_takes_the_last_day_as_people_write_it) {
  Period plan = Period::inclusive(d("2021-01-01"), d("2025-12-31"));
  BOOST_TEST(plan.end() == d("2026-01-01"));
  BOOST_TEST(plan.last() == d("2025-12-31"));
  BOOST_TEST(plan.days() == 1826);  // five years, one of them (2024) leap
  BOOST_TEST(Period::inclusive(d("2024-02-29"), d("2024-02-29")).days() == 1);
  BOOST_TEST(Period::inclusive(d("2024-03-01"), d("2024-02-29")).is_empty());
}

BOOST_AUTO_TEST_CASE(years_covers_whole_calendar_years) {
  BOOST_TEST(Period::years(2021, 2025) == Period::inclusive(d("2021-01-01"), d("2025-12-31")));
  BOOST_TEST(Period::years(2024, 2024).days() == 366);
  BOOST_TEST(Period::years(2023, 2023).days() == 365);
  BOOST_TEST(Period::years(2021, 2025).to_string() == "[2021-01-01, 2026-01-01)");
  BOOST_TEST(Period::years(2024, 2023).is_empty());  // no years at all
  PAIRAID_CHECK_ERRC(Period::years(2024, 2022), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(a_tenure_ends_the_day_before_its_anniversary) {
  Period batch = Period::tenure(d("2022-07-01"), 3);
  BOOST_TEST(batch.last() == d("2025-06-30"));
  BOOST_TEST(batch.end() == d("2025-07-01"));
  BOOST_TEST(Period::tenure(d("2022-06-30"), 3).last() == d("2025-06-29"));
  PAIRAID_CHECK_ERRC(Period::tenure(d("2022-07-01"), 0), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(Period::tenure(d("2022-07-01"), -1), errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(a_tenure_from_february_28_ends_on_february_27_even_into_a_leap_year) {
  // The anniversary of 2023-02-28 is 2024-02-28, not the end of February 2024.
  Period t = Period::tenure(d("2023-02-28"), 1);
  BOOST_TEST(t.end() == d("2024-02-28"));
  BOOST_TEST(t.days() == 365);
  BOOST_TEST(Period::tenure(d("2024-02-28"), 1).end() == d("2025-02-28"));
}

BOOST_AUTO_TEST_CASE(a_tenure_from_february_29_covers_february_28_of_a_common_year) {
  // With no 29 February in 2025 the anniversary falls on 1 March, so the tenure's last day is 28 February.
  Period t = Period::tenure(d("2024-02-29"), 1);
  BOOST_TEST(t.last() == d("2025-02-28"));
  BOOST_TEST(t.days() == 366);
  BOOST_TEST(Period::tenure(d("2024-02-29"), 4).end() == d("2028-02-29"));  // leap again: the same day
}

BOOST_AUTO_TEST_CASE(consecutive_periods_meet_without_overlapping) {
  Period a = Period::years(2016, 2020), b = Period::years(2021, 2025);
  BOOST_TEST(a.end() == b.begin());
  BOOST_TEST(!a.overlaps(b));
  BOOST_TEST(!b.overlaps(a));
  BOOST_TEST(!a.intersection(b).has_value());
}

BOOST_AUTO_TEST_CASE(overlapping_periods_intersect_in_their_common_days) {
  Period plan = Period::years(2021, 2025);
  Period tenure = Period::tenure(d("2025-07-01"), 3);
  BOOST_TEST(plan.overlaps(tenure));
  BOOST_TEST(tenure.overlaps(plan));
  auto common = plan.intersection(tenure);
  BOOST_TEST_REQUIRE(common.has_value());
  BOOST_TEST(*common == Period(d("2025-07-01"), d("2026-01-01")));
  BOOST_TEST(plan.intersection(plan) == std::optional<Period>(plan));
}

BOOST_AUTO_TEST_CASE(an_empty_period_overlaps_nothing) {
  Period empty(d("2023-05-01"), d("2023-05-01"));
  Period year = Period::years(2023, 2023);
  BOOST_TEST(!empty.overlaps(year));
  BOOST_TEST(!year.overlaps(empty));
  BOOST_TEST(!empty.overlaps(empty));
  BOOST_TEST(!year.intersection(empty).has_value());
}

BOOST_AUTO_TEST_CASE(a_period_contains_another_when_every_day_of_it_is_inside) {
  Period plan = Period::years(2021, 2025);
  BOOST_TEST(plan.contains(Period::years(2023, 2023)));
  BOOST_TEST(plan.contains(plan));
  BOOST_TEST(!plan.contains(Period::years(2025, 2026)));
  BOOST_TEST(plan.contains(Period(d("1990-01-01"), d("1990-01-01"))));  // the empty period is inside anything
}

BOOST_AUTO_TEST_SUITE_END()
