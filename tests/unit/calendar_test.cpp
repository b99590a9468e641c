// Calendars: quarters, months, fiscal years with an explicit start month and naming, and China's
// Five-Year Plans.
#include <pairaid/core/calendar.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace pairaid;

namespace {
Date d(const char* iso) { return parse_date(iso); }
using N = FiscalYearNaming;
std::optional<int> plan_ordinal(const char* iso) {
  auto p = plan_of(d(iso));
  return p ? std::optional<int>(p->ordinal) : std::nullopt;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(calendar)

// --- calendar buckets ----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(year_of_is_the_calendar_year) {
  BOOST_TEST(year_of(d("2023-12-31")) == 2023);
  BOOST_TEST(year_of(d("2024-01-01")) == 2024);
}

BOOST_AUTO_TEST_CASE(quarters_start_in_january_april_july_and_october) {
  BOOST_TEST(quarter_of(d("2023-01-01")) == (Quarter{2023, 1}));
  BOOST_TEST(quarter_of(d("2023-03-31")) == (Quarter{2023, 1}));
  BOOST_TEST(quarter_of(d("2023-04-01")) == (Quarter{2023, 2}));
  BOOST_TEST(quarter_of(d("2023-09-30")) == (Quarter{2023, 3}));
  BOOST_TEST(quarter_of(d("2023-10-01")) == (Quarter{2023, 4}));
  BOOST_TEST(quarter_of(d("2023-12-31")) == (Quarter{2023, 4}));
  BOOST_TEST(quarter_of(d("2023-12-31")).to_string() == "2023-Q4");
}

BOOST_AUTO_TEST_CASE(a_quarter_is_three_whole_months) {
  BOOST_TEST((Quarter{2024, 1}).period() == Period(d("2024-01-01"), d("2024-04-01")));
  BOOST_TEST((Quarter{2024, 1}).period().days() == 91);  // leap year
  BOOST_TEST((Quarter{2023, 1}).period().days() == 90);
  BOOST_TEST((Quarter{2023, 4}).period() == Period(d("2023-10-01"), d("2024-01-01")));
  for (const char* iso : {"2023-02-14", "2023-05-31", "2023-08-01", "2023-11-30"})
    BOOST_TEST(quarter_of(d(iso)).period().contains(d(iso)), iso);
}

BOOST_AUTO_TEST_CASE(quarters_and_months_sort_chronologically) {
  BOOST_TEST((Quarter{2022, 4}) < (Quarter{2023, 1}));
  BOOST_TEST((Quarter{2023, 1}) < (Quarter{2023, 2}));
  BOOST_TEST((YearMonth{2023, 12}) < (YearMonth{2024, 1}));
}

BOOST_AUTO_TEST_CASE(months_bucket_days_including_the_leap_day) {
  BOOST_TEST(month_of(d("2024-02-29")) == (YearMonth{2024, 2}));
  BOOST_TEST(month_of(d("2024-02-29")).period().days() == 29);
  BOOST_TEST((YearMonth{2023, 2}).period().days() == 28);
  BOOST_TEST((YearMonth{2023, 12}).period() == Period(d("2023-12-01"), d("2024-01-01")));
  BOOST_TEST((YearMonth{2024, 2}).to_string() == "2024-02");
  BOOST_TEST((YearMonth{2024, 11}).to_string() == "2024-11");
}

// --- fiscal years --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_january_fiscal_year_is_the_calendar_year_under_either_naming) {
  for (N naming : {N::by_start_year, N::by_end_year}) {
    FiscalYear fy = FiscalCalendar(1, naming).of(d("2023-06-15"));
    BOOST_TEST(fy.label == 2023);
    BOOST_TEST(fy.period == Period::years(2023, 2023));
  }
}

BOOST_AUTO_TEST_CASE(an_april_fiscal_year_is_named_by_its_start_or_its_end_year) {
  FiscalCalendar by_start(4, N::by_start_year), by_end(4, N::by_end_year);
  BOOST_TEST(by_start.of(d("2023-04-01")).label == 2023);
  BOOST_TEST(by_end.of(d("2023-04-01")).label == 2024);
  BOOST_TEST(by_start.of(d("2024-03-31")).label == 2023);
  BOOST_TEST(by_end.of(d("2024-03-31")).label == 2024);
  BOOST_TEST(by_start.of(d("2023-03-31")).label == 2022);
  BOOST_TEST(by_end.of(d("2023-03-31")).label == 2023);
  BOOST_TEST(by_end.of(d("2023-04-01")).period == Period(d("2023-04-01"), d("2024-04-01")));
  BOOST_TEST(by_end.of(d("2023-04-01")).period.days() == 366);  // includes 2024-02-29
}

BOOST_AUTO_TEST_CASE(a_july_fiscal_year_turns_over_on_july_1) {
  FiscalCalendar by_start(7, N::by_start_year), by_end(7, N::by_end_year);
  BOOST_TEST(by_start.of(d("2023-06-30")).label == 2022);
  BOOST_TEST(by_end.of(d("2023-06-30")).label == 2023);
  BOOST_TEST(by_start.of(d("2023-07-01")).label == 2023);
  BOOST_TEST(by_end.of(d("2023-07-01")).label == 2024);
  BOOST_TEST(by_start.of(d("2023-07-01")).period == Period(d("2023-07-01"), d("2024-07-01")));
}

BOOST_AUTO_TEST_CASE(an_october_fiscal_year_named_by_its_end_is_the_us_federal_year) {
  FiscalCalendar us(10, N::by_end_year), by_start(10);
  BOOST_TEST(us.of(d("2023-09-30")).label == 2023);
  BOOST_TEST(us.of(d("2023-10-01")).label == 2024);
  BOOST_TEST(by_start.of(d("2023-10-01")).label == 2023);
  BOOST_TEST(by_start.of(d("2023-12-31")).label == 2023);
  BOOST_TEST(by_start.of(d("2024-01-01")).label == 2023);
  BOOST_TEST(us.of(d("2024-09-30")).period == Period(d("2023-10-01"), d("2024-10-01")));
}

BOOST_AUTO_TEST_CASE(every_day_falls_in_the_fiscal_year_returned_for_it) {
  FiscalCalendar cal(4, N::by_end_year);
  for (Date x = d("2023-01-01"); x < d("2025-01-01"); x += boost::gregorian::days(1)) {
    FiscalYear fy = cal.of(x);
    if (!fy.period.contains(x))
      BOOST_ERROR("FY" << fy.label << " " << fy.period.to_string() << " misses " << to_string(x));
  }
  BOOST_TEST(cal.of(d("2023-01-01")).label != cal.of(d("2024-01-01")).label);
}

BOOST_AUTO_TEST_CASE(the_default_naming_is_by_start_year_and_start_months_outside_1_to_12_are_invalid) {
  BOOST_TEST((FiscalCalendar(4).naming() == N::by_start_year));
  BOOST_TEST(FiscalCalendar(4).start_month() == 4);
  PAIRAID_CHECK_ERRC(FiscalCalendar(0), errc::invalid_argument);
  PAIRAID_CHECK_ERRC(FiscalCalendar(13), errc::invalid_argument);
}

// --- Five-Year Plans ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_first_plan_began_in_1953) {
  BOOST_TEST(plan_ordinal("1953-01-01") == 1);
  BOOST_TEST(plan_ordinal("1953-07-01") == 1);
  BOOST_TEST(plan_ordinal("1957-12-31") == 1);
  BOOST_TEST(!plan_ordinal("1952-12-31").has_value());
  BOOST_TEST(plan_ordinal("1958-01-01") == 2);
  BOOST_TEST(plan_ordinal("1962-12-31") == 2);
}

BOOST_AUTO_TEST_CASE(no_plan_was_in_force_in_the_1963_to_1965_adjustment) {
  BOOST_TEST(!plan_ordinal("1963-01-01").has_value());
  BOOST_TEST(!plan_ordinal("1964-06-30").has_value());
  BOOST_TEST(!plan_ordinal("1965-12-31").has_value());
  BOOST_TEST(plan_ordinal("1966-01-01") == 3);
}

BOOST_AUTO_TEST_CASE(plans_change_on_new_year_at_the_documented_boundaries) {
  BOOST_TEST(plan_ordinal("1990-12-31") == 7);
  BOOST_TEST(plan_ordinal("1991-01-01") == 8);
  BOOST_TEST(plan_ordinal("2020-12-31") == 13);
  BOOST_TEST(plan_ordinal("2021-01-01") == 14);
  BOOST_TEST(plan_ordinal("2025-12-31") == 14);
  BOOST_TEST(plan_ordinal("2026-01-01") == 15);
  BOOST_TEST(plan_ordinal("2030-12-31") == 15);
}

BOOST_AUTO_TEST_CASE(no_plan_is_known_after_the_15th) {
  BOOST_TEST(!plan_ordinal("2031-01-01").has_value());
  PAIRAID_CHECK_ERROR(FiveYearPlan::number(16), errc::not_found, "16");
  PAIRAID_CHECK_ERRC(FiveYearPlan::number(0), errc::not_found);
}

BOOST_AUTO_TEST_CASE(plans_from_the_3rd_follow_each_other_every_five_years) {
  for (int k = 3; k < FiveYearPlan::last_ordinal; ++k) {
    FiveYearPlan p = FiveYearPlan::number(k), next = FiveYearPlan::number(k + 1);
    BOOST_TEST(next.first_year == p.last_year + 1, "after plan " << k);
    BOOST_TEST(p.period().end() == next.period().begin());
    BOOST_TEST(p.last_year - p.first_year == 4);
  }
  BOOST_TEST(FiveYearPlan::number(3).first_year - FiveYearPlan::number(2).last_year == 4);  // the 1963-65 gap
}

BOOST_AUTO_TEST_CASE(the_14th_plan_is_2021_to_2025_and_says_so) {
  FiveYearPlan p = FiveYearPlan::number(14);
  BOOST_TEST(p.first_year == 2021);
  BOOST_TEST(p.last_year == 2025);
  BOOST_TEST(p.period() == Period::years(2021, 2025));
  BOOST_TEST(p.name() == "14th Five-Year Plan (2021-2025)");
  BOOST_TEST(FiveYearPlan::number(1).name() == "1st Five-Year Plan (1953-1957)");
  BOOST_TEST(FiveYearPlan::number(8).name() == "8th Five-Year Plan (1991-1995)");
  BOOST_TEST((plan_of(d("2023-12-31")) == std::optional<FiveYearPlan>(p)));
}

BOOST_AUTO_TEST_CASE(ordinal_names_use_st_nd_rd_except_in_the_teens) {
  struct Case {
    int n;
    const char* name;
  };
  for (Case c : {Case{1, "1st"}, Case{2, "2nd"}, Case{3, "3rd"}, Case{4, "4th"}, Case{10, "10th"}, Case{11, "11th"},
                 Case{12, "12th"}, Case{13, "13th"}, Case{14, "14th"}, Case{15, "15th"}, Case{21, "21st"},
                 Case{22, "22nd"}, Case{23, "23rd"}, Case{101, "101st"}, Case{111, "111th"}, Case{112, "112th"}})
    BOOST_TEST(FiveYearPlan::ordinal_name(c.n) == c.name);
}

BOOST_AUTO_TEST_CASE(a_quarter_or_month_out_of_range_is_invalid_argument_not_a_boost_exception) {
  PAIRAID_CHECK_ERRC((Quarter{2023, 5}.period()), errc::invalid_argument);
  PAIRAID_CHECK_ERRC((YearMonth{2023, 13}.period()), errc::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
