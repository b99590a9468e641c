#pragma once
// Person-time: how much service a number of people gave over a span of days, exactly.
//
//   PersonDays   a Count kind: headcount x days served, whole and exact.
//   PersonYears  an exact fraction of a year, counted in units of 1/(365 x 366) year, so that a day
//                of a common year (1/365 year) and a day of a leap year (1/366 year) are both whole
//                numbers of units and sums never round.
//
// The year convention is actual/actual by calendar year: each day weighs 1/(length of its calendar
// year). So one person serving every day of a calendar year gives exactly one person-year, leap
// year or not, and a three-year tenure from 1 July gives exactly three. Turning person-years into
// digits is a separate step with a named RoundingMode (to_decimal). Person-days are the primary
// figure; person-years are derived from the same days and the same headcounts.
#include <pairaid/core/count.hpp>
#include <pairaid/core/period.hpp>
#include <pairaid/core/reported.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

PAIRAID_NAMESPACE_BEGIN

using PersonDays = Count<"person-days">;

class PersonYears {
 public:
  // 365 and 366 are coprime: a day of a common year is 366 units, a day of a leap year 365.
  static constexpr std::int64_t units_per_year = 365 * 366;

  constexpr PersonYears() noexcept = default;
  static constexpr PersonYears from_units(std::int64_t units) { return PersonYears(units); }
  static PersonYears whole(std::int64_t years) {
    std::int64_t u = 0;
    if (__builtin_mul_overflow(years, units_per_year, &u)) throw overflow();
    return PersonYears(u);
  }

  constexpr std::int64_t units() const noexcept { return units_; }
  // The exact value, reduced: 3 person-years is 3/1, 100 people for 1 January 2023 is 100/365.
  constexpr Ratio ratio() const { return Ratio(units_, units_per_year); }
  // Digits are a presentation step: the caller names the rounding (unnecessary: exact or errc::inexact).
  constexpr Decimal to_decimal(int digits, RoundingMode mode) const { return ratio().to_decimal(digits, mode); }

  friend PersonYears operator+(PersonYears a, PersonYears b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a.units_, b.units_, &r)) throw overflow();
    return PersonYears(r);
  }
  PersonYears& operator+=(PersonYears b) { return *this = *this + b; }
  friend constexpr auto operator<=>(PersonYears, PersonYears) noexcept = default;

  // "1096/365 person-years"
  std::string to_string() const { return ratio().to_string() + " person-years"; }

 private:
  constexpr explicit PersonYears(std::int64_t units) noexcept : units_(units) {}
  static error overflow() { return error(errc::overflow, "person-years overflow 64 bits"); }
  std::int64_t units_ = 0;
};

// One person's service over `p` in person-years (actual/actual by calendar year).
inline PersonYears person_years_of(const Period& p) {
  std::int64_t units = 0;
  if (p.is_empty()) return PersonYears{};
  for (int y = p.begin().year(); y <= p.last().year(); ++y) {
    const auto year = static_cast<unsigned short>(y);
    const Period whole_year(Date(year, 1, 1), Date(static_cast<unsigned short>(y + 1), 1, 1));
    const auto days = p.intersection(whole_year)->days();
    const std::int64_t per_day = boost::gregorian::gregorian_calendar::is_leap_year(year) ? 365 : 366;
    units += days * per_day;  // under 134,000 units a year: no overflow for any date boost holds
  }
  return PersonYears::from_units(units);
}

// `people` each serving over `p`: exact, overflow-checked.
inline PersonYears person_years_of(People headcount, const Period& p) {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(person_years_of(p).units(), headcount.count(), &r))
    throw error(errc::overflow, "person-years overflow 64 bits");
  return PersonYears::from_units(r);
}
inline PersonDays person_days_of(People headcount, const Period& p) {
  return PersonDays::of(headcount.count()) * p.days();
}

// Person-time between bounds: the lower bound is always known (service is never negative), the
// upper one is absent when an unknown headcount leaves it unbounded.
// A default PersonTime is exactly zero.
struct PersonTime {
  PersonDays days_lower;
  std::optional<PersonDays> days_upper = PersonDays{};  // none: unbounded
  PersonYears years_lower;
  std::optional<PersonYears> years_upper = PersonYears{};  // none: unbounded

  // `headcount` people (between the interval's bounds) serving every day of `p`.
  static PersonTime served(const Interval<People>& headcount, const Period& p) {
    PersonTime t;
    const People lo = headcount.lower() ? headcount.lower()->value : People{};
    t.days_lower = person_days_of(lo, p);
    t.years_lower = person_years_of(lo, p);
    t.days_upper.reset();
    t.years_upper.reset();
    if (headcount.upper()) {
      t.days_upper = person_days_of(headcount.upper()->value, p);
      t.years_upper = person_years_of(headcount.upper()->value, p);
    }
    return t;
  }
  // Up to `headcount` people serving on some unknown days of `p`: from nothing to all of it.
  static PersonTime at_most(const Interval<People>& headcount, const Period& p) {
    PersonTime t = served(headcount, p);
    t.days_lower = PersonDays{};
    t.years_lower = PersonYears{};
    return t;
  }

  Interval<PersonDays> days() const {
    return Interval<PersonDays>(Bound<PersonDays>{days_lower, true},
                                days_upper ? std::optional(Bound<PersonDays>{*days_upper, true}) : std::nullopt);
  }
  // The exact value when both bounds agree.
  std::optional<PersonDays> exact_days() const {
    if (days_upper && *days_upper == days_lower) return days_lower;
    return std::nullopt;
  }
  std::optional<PersonYears> exact_years() const {
    if (years_upper && *years_upper == years_lower) return years_lower;
    return std::nullopt;
  }

  friend PersonTime operator+(const PersonTime& a, const PersonTime& b) {
    PersonTime t;
    t.days_lower = a.days_lower + b.days_lower;
    t.years_lower = a.years_lower + b.years_lower;
    t.days_upper = a.days_upper && b.days_upper ? std::optional(*a.days_upper + *b.days_upper) : std::nullopt;
    t.years_upper = a.years_upper && b.years_upper ? std::optional(*a.years_upper + *b.years_upper) : std::nullopt;
    return t;
  }
  PersonTime& operator+=(const PersonTime& b) { return *this = *this + b; }
  friend bool operator==(const PersonTime&, const PersonTime&) = default;

  // "[1096, 1096] person-days = [1096/365, 1096/365] person-years"
  std::string to_string() const {
    return "[" + std::to_string(days_lower.count()) + ", " +
           (days_upper ? std::to_string(days_upper->count()) : std::string("...")) + "] person-days = [" +
           years_lower.ratio().to_string() + ", " +
           (years_upper ? years_upper->ratio().to_string() : std::string("...")) + "] person-years";
  }
};

PAIRAID_NAMESPACE_END
