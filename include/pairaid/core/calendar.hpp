#pragma once
// Calendars that aid figures are reported in: calendar years, quarters, months, fiscal years with
// a configurable start month, and China's Five-Year Plans.
#include <pairaid/core/period.hpp>

#include <compare>
#include <optional>
#include <string>

PAIRAID_NAMESPACE_BEGIN

struct Quarter {
  int year;
  int quarter;  // 1..4
  friend constexpr auto operator<=>(const Quarter&, const Quarter&) = default;
  Period period() const {
    if (quarter < 1 || quarter > 4)
      throw error(errc::invalid_argument, "quarter must be 1..4, got " + std::to_string(quarter));
    Date b(static_cast<unsigned short>(year), static_cast<unsigned short>(3 * (quarter - 1) + 1), 1);
    return Period(b, b + boost::gregorian::months(3));
  }
  std::string to_string() const { return std::to_string(year) + "-Q" + std::to_string(quarter); }
};

struct YearMonth {
  int year;
  int month;  // 1..12
  friend constexpr auto operator<=>(const YearMonth&, const YearMonth&) = default;
  Period period() const {
    if (month < 1 || month > 12)
      throw error(errc::invalid_argument, "month must be 1..12, got " + std::to_string(month));
    Date b(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    return Period(b, b + boost::gregorian::months(1));
  }
  std::string to_string() const { return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month); }
};

inline int year_of(Date d) { return d.year(); }
inline Quarter quarter_of(Date d) { return {d.year(), (d.month() - 1) / 3 + 1}; }
inline YearMonth month_of(Date d) { return {d.year(), d.month()}; }

// A fiscal year starting in `start_month`. Naming differs between publishers, so it is explicit:
// with start_month 4 and by_end_year, 2023-04-01..2024-03-31 is FY2024 (India, Japan name it 2023).
enum class FiscalYearNaming { by_start_year, by_end_year };

struct FiscalYear {
  int label;
  Period period;
};

class FiscalCalendar {
 public:
  explicit FiscalCalendar(int start_month, FiscalYearNaming naming = FiscalYearNaming::by_start_year)
      : start_month_(start_month), naming_(naming) {
    if (start_month < 1 || start_month > 12)
      throw error(errc::invalid_argument, "fiscal year start month must be 1..12");
  }
  int start_month() const noexcept { return start_month_; }
  FiscalYearNaming naming() const noexcept { return naming_; }

  FiscalYear of(Date d) const {
    int year = d.year(), month = d.month();
    int start_year = month >= start_month_ ? year : year - 1;
    Date b(static_cast<unsigned short>(start_year), static_cast<unsigned short>(start_month_), 1);
    Period p(b, b + boost::gregorian::years(1));
    int label = (naming_ == FiscalYearNaming::by_start_year || start_month_ == 1) ? start_year : start_year + 1;
    return {label, p};
  }

 private:
  int start_month_;
  FiscalYearNaming naming_;
};

// China's national Five-Year Plans. The 1st ran 1953-1957 and the 2nd 1958-1962; 1963-1965 was an
// adjustment period under no plan; from the 3rd (1966-1970) they follow each other every five years,
// so the 8th is 1991-1995, the 14th 2021-2025 and the 15th 2026-2030, the last one adopted.
struct FiveYearPlan {
  int ordinal;     // 1..15
  int first_year;  // inclusive
  int last_year;   // inclusive

  static constexpr int first_ordinal = 1;
  static constexpr int last_ordinal = 15;

  // The plan with this ordinal, or errc::not_found.
  static FiveYearPlan number(int ordinal) {
    if (ordinal < first_ordinal || ordinal > last_ordinal)
      throw error(errc::not_found, "no Five-Year Plan numbered " + std::to_string(ordinal) + " (known: 1st to 15th)");
    int first = ordinal == 1 ? 1953 : ordinal == 2 ? 1958 : 1966 + 5 * (ordinal - 3);
    return {ordinal, first, first + 4};
  }
  Period period() const { return Period::years(first_year, last_year); }
  // "14th Five-Year Plan (2021-2025)"
  std::string name() const {
    return ordinal_name(ordinal) + " Five-Year Plan (" + std::to_string(first_year) + "-" + std::to_string(last_year) +
           ")";
  }
  // "1st", "2nd", "3rd", "11th", "12th", "13th", "14th" ...
  static std::string ordinal_name(int n) {
    int tens = (n / 10) % 10, ones = n % 10;
    const char* suffix = tens == 1 ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th";
    return std::to_string(n) + suffix;
  }
  friend constexpr bool operator==(const FiveYearPlan&, const FiveYearPlan&) = default;
};

// The plan in force on `d`, if any (none before 1953, in 1963-1965, or after 2030).
inline std::optional<FiveYearPlan> plan_of(Date d) {
  const int year = d.year();
  for (int k = FiveYearPlan::first_ordinal; k <= FiveYearPlan::last_ordinal; ++k) {
    FiveYearPlan p = FiveYearPlan::number(k);
    if (year >= p.first_year && year <= p.last_year) return p;
  }
  return std::nullopt;
}

PAIRAID_NAMESPACE_END
