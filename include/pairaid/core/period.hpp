#pragma once
// Period: a half-open span of calendar days [begin, end). Half-open so that consecutive periods
// (batch tenures, plan periods, fiscal years) meet without overlapping or leaving a gap.
#include <pairaid/core/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

using Date = boost::gregorian::date;

// "2023-06-30" -> Date; anything else (including impossible dates like 2023-02-29) is errc::parse.
inline Date parse_date(std::string_view iso) {
  auto digits = [&](std::size_t from, std::size_t n) -> int {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  if (iso.size() == 10 && iso[4] == '-' && iso[7] == '-') {
    int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y >= 1400 && m >= 1 && m <= 12 && d >= 1 &&
        d <= boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                    static_cast<unsigned short>(m)))
      return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
  }
  throw error(errc::parse, "'" + std::string(iso) + "': expected a date as YYYY-MM-DD");
}

// "2023-06-30" (a not-a-date prints as "not-a-date").
inline std::string to_string(const Date& d) {
  if (d.is_special()) return "not-a-date";
  auto ymd = d.year_month_day();
  char buf[11];
  int y = ymd.year, m = ymd.month, day = ymd.day;
  buf[0] = static_cast<char>('0' + y / 1000);
  buf[1] = static_cast<char>('0' + y / 100 % 10);
  buf[2] = static_cast<char>('0' + y / 10 % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + m / 10);
  buf[6] = static_cast<char>('0' + m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + day / 10);
  buf[9] = static_cast<char>('0' + day % 10);
  return std::string(buf, 10);
}

class Period {
 public:
  // [begin, end); end before begin is errc::invalid_argument. begin == end is the empty period.
  Period(Date begin, Date end) : begin_(begin), end_(end) {
    if (begin.is_special() || end.is_special()) throw error(errc::invalid_argument, "a period needs real dates");
    if (end < begin)
      throw error(errc::invalid_argument,
                  "period ends (" + pairaid::to_string(end) + ") before it begins (" + pairaid::to_string(begin) + ")");
  }
  // [first, last] as people write it: "2021-01-01 to 2025-12-31".
  static Period inclusive(Date first, Date last) { return Period(first, last + boost::gregorian::days(1)); }
  // Whole calendar years first..last: Period::years(2021, 2025) is the 14th Five-Year Plan.
  static Period years(int first, int last) {
    return Period(Date(static_cast<unsigned short>(first), 1, 1), Date(static_cast<unsigned short>(last + 1), 1, 1));
  }
  // A tenure: `years` years from `start` (a three-year batch posted on 2022-07-01 serves until 2025-06-30).
  static Period tenure(Date start, int years) {
    if (years <= 0) throw error(errc::invalid_argument, "a tenure lasts at least one year");
    if (start.is_special()) throw error(errc::invalid_argument, "a period needs real dates");
    // The anniversary: the same month and day `years` later. (boost's `start + years(n)` snaps a
    // month-end start to the end of the month, so 2023-02-28 + 1 year would be 2024-02-29.) A start
    // on 29 February whose anniversary year has none ends on 1 March, so 28 February is served.
    const auto ymd = start.year_month_day();
    const auto y = static_cast<unsigned short>(ymd.year + years);
    const unsigned short m = ymd.month, d = ymd.day;
    if (d > boost::gregorian::gregorian_calendar::end_of_month_day(y, m)) return Period(start, Date(y, 3, 1));
    return Period(start, Date(y, m, d));
  }

  Date begin() const noexcept { return begin_; }
  Date end() const noexcept { return end_; }  // first day after the period
  Date last() const { return end_ - boost::gregorian::days(1); }
  bool is_empty() const noexcept { return begin_ == end_; }
  std::int64_t days() const { return (end_ - begin_).days(); }

  bool contains(Date d) const noexcept { return begin_ <= d && d < end_; }
  bool contains(const Period& p) const noexcept { return p.is_empty() || (begin_ <= p.begin_ && p.end_ <= end_); }
  // Whether the two share a day; an empty period shares none (as intersection() agrees).
  bool overlaps(const Period& p) const noexcept {
    return !is_empty() && !p.is_empty() && begin_ < p.end_ && p.begin_ < end_;
  }
  std::optional<Period> intersection(const Period& p) const {
    Date b = std::max(begin_, p.begin_), e = std::min(end_, p.end_);
    if (!(b < e)) return std::nullopt;
    return Period(b, e);
  }

  friend bool operator==(const Period&, const Period&) = default;

  // "[2021-01-01, 2026-01-01)"
  std::string to_string() const { return "[" + pairaid::to_string(begin_) + ", " + pairaid::to_string(end_) + ")"; }

 private:
  Date begin_;
  Date end_;
};

PAIRAID_NAMESPACE_END
