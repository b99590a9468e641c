#pragma once
// Reported<Q>: a figure as a source stated it — a value of a typed quantity (a Count kind or
// Money) and the qualifier the source used ("nearly 12,000", "more than 8,300", "hundreds of").
// Each qualifier means an interval (docs/quantities.md, "What a qualifier means"); intervals can
// be intersected, summed and checked against exact values or itemised data.
#include <pairaid/core/count.hpp>
#include <pairaid/core/money.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

enum class Qualifier {
  exact,         // "622"
  about,         // "about", "approximately", "around", "roughly", "some"
  nearly,        // "nearly", "almost", "close to"
  more_than,     // "more than", "over", "above", "in excess of"
  at_least,      // "at least", "no less than", "not less than"
  at_most,       // "at most", "up to", "no more than", "not more than"
  less_than,     // "less than", "fewer than", "under", "below"
  dozens_of,     // "dozens of"
  hundreds_of,   // "hundreds of"
  thousands_of,  // "thousands of"
};

constexpr std::string_view to_string(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::exact: return "exact";
    case Qualifier::about: return "about";
    case Qualifier::nearly: return "nearly";
    case Qualifier::more_than: return "more than";
    case Qualifier::at_least: return "at least";
    case Qualifier::at_most: return "at most";
    case Qualifier::less_than: return "less than";
    case Qualifier::dozens_of: return "dozens of";
    case Qualifier::hundreds_of: return "hundreds of";
    case Qualifier::thousands_of: return "thousands of";
  }
  return "?";
}

// "dozens of", "hundreds of", "thousands of" state an order of magnitude, not a number.
constexpr bool is_plural_order(Qualifier q) noexcept {
  return q == Qualifier::dozens_of || q == Qualifier::hundreds_of || q == Qualifier::thousands_of;
}

// Tolerances for the vague qualifiers, in basis points (1/100 of a percent). A value passed by the
// caller, never a global: two analysts may read "nearly" differently and say so.
struct QualifierPolicy {
  std::int64_t nearly_bp = 1000;  // "nearly N" = [N x (1 - 10%), N)
  std::int64_t about_bp = 1000;   // "about N"  = [N x (1 - 10%), N x (1 + 10%)]
};

// --- quantity operations the intervals need, one overload set per family ----------------------
namespace detail {

template <AnyCount C>
constexpr C scale_bp(C c, std::int64_t bp, RoundingMode mode) {
  Decimal d = scale(Decimal::from_integer(c.count()), U256::from(static_cast<uint128>(bp)), U256::from(10000), mode);
  return C::of(d.round(0, mode).to_int64_exact());
}
inline Money scale_bp(const Money& m, std::int64_t bp, RoundingMode mode) {
  return Money(scale(m.amount(), U256::from(static_cast<uint128>(bp)), U256::from(10000), mode), m.currency());
}
template <AnyCount C>
constexpr C zero_like(C) {
  return C{};
}
inline Money zero_like(const Money& m) { return Money(Decimal{}, m.currency()); }

template <AnyCount C>
std::string quantity_text(C c) {
  return c.to_string();
}
inline std::string quantity_text(const Money& m) { return m.to_string(); }

template <class Q>
inline constexpr bool is_discrete = AnyCount<Q>;

}  // namespace detail

template <class Q>
struct Bound {
  Q value;
  bool inclusive = true;
  friend constexpr bool operator==(const Bound&, const Bound&) = default;
};

// A set of values between two optional bounds (absent = unbounded). For counts every bound is
// kept inclusive (an open bound moves to the next whole number), so equal sets compare equal.
template <class Q>
class Interval {
  static_assert(AnyCount<Q> || std::same_as<Q, Money>,
                "pairaid: Interval<Q> holds a Count kind or Money (docs/quantities.md#reported-figures)");

 public:
  constexpr Interval() = default;  // everything
  constexpr Interval(std::optional<Bound<Q>> lower, std::optional<Bound<Q>> upper)
      : lower_(normalise_lower(lower)), upper_(normalise_upper(upper)) {}
  static constexpr Interval exactly(const Q& v) { return Interval(Bound<Q>{v, true}, Bound<Q>{v, true}); }

  constexpr const std::optional<Bound<Q>>& lower() const noexcept { return lower_; }
  constexpr const std::optional<Bound<Q>>& upper() const noexcept { return upper_; }

  constexpr bool is_empty() const {
    if (!lower_ || !upper_) return false;
    if (lower_->value < upper_->value) return false;
    if (upper_->value < lower_->value) return true;
    return !(lower_->inclusive && upper_->inclusive);
  }
  constexpr bool contains(const Q& v) const {
    if (lower_ && (v < lower_->value || (v == lower_->value && !lower_->inclusive))) return false;
    if (upper_ && (upper_->value < v || (v == upper_->value && !upper_->inclusive))) return false;
    return true;
  }
  constexpr Interval intersection(const Interval& o) const {
    return Interval(tighter_lower(lower_, o.lower_), tighter_upper(upper_, o.upper_));
  }
  constexpr bool intersects(const Interval& o) const { return !intersection(o).is_empty(); }
  // Every value of `inner` lies in this interval.
  constexpr bool contains(const Interval& inner) const {
    if (inner.is_empty()) return true;
    return intersection(inner) == inner;
  }

  // Interval sum: {a + b : a in x, b in y}. An unbounded side stays unbounded.
  friend constexpr Interval operator+(const Interval& x, const Interval& y) {
    auto add = [](const std::optional<Bound<Q>>& a, const std::optional<Bound<Q>>& b) -> std::optional<Bound<Q>> {
      if (!a || !b) return std::nullopt;
      return Bound<Q>{a->value + b->value, a->inclusive && b->inclusive};
    };
    return Interval(add(x.lower_, y.lower_), add(x.upper_, y.upper_));
  }

  friend constexpr bool operator==(const Interval&, const Interval&) = default;

  // "[10800 people, 12000 people)", "(8300 patients, ...)"
  std::string to_string() const {
    std::string s = lower_ ? (lower_->inclusive ? "[" : "(") + detail::quantity_text(lower_->value) : "(...";
    s += ", ";
    s += upper_ ? detail::quantity_text(upper_->value) + (upper_->inclusive ? "]" : ")") : "...)";
    return s;
  }

 private:
  static constexpr std::optional<Bound<Q>> normalise_lower(std::optional<Bound<Q>> b) {
    if constexpr (detail::is_discrete<Q>) {
      if (b && !b->inclusive) return Bound<Q>{b->value + Q::of(1), true};
    }
    return b;
  }
  static constexpr std::optional<Bound<Q>> normalise_upper(std::optional<Bound<Q>> b) {
    if constexpr (detail::is_discrete<Q>) {
      if (b && !b->inclusive) return Bound<Q>{b->value - Q::of(1), true};
    }
    return b;
  }
  static constexpr std::optional<Bound<Q>> tighter_lower(const std::optional<Bound<Q>>& a,
                                                         const std::optional<Bound<Q>>& b) {
    if (!a) return b;
    if (!b) return a;
    if (a->value < b->value) return b;
    if (b->value < a->value) return a;
    return Bound<Q>{a->value, a->inclusive && b->inclusive};
  }
  static constexpr std::optional<Bound<Q>> tighter_upper(const std::optional<Bound<Q>>& a,
                                                         const std::optional<Bound<Q>>& b) {
    if (!a) return b;
    if (!b) return a;
    if (a->value < b->value) return a;
    if (b->value < a->value) return b;
    return Bound<Q>{a->value, a->inclusive && b->inclusive};
  }

  std::optional<Bound<Q>> lower_;
  std::optional<Bound<Q>> upper_;
};

template <class Q>
class Reported {
  static_assert(AnyCount<Q> || std::same_as<Q, Money>,
                "pairaid: Reported<Q> holds a Count kind or Money (docs/quantities.md#reported-figures)");

 public:
  // For the plural orders the value is the order itself: hundreds_of with people(100).
  constexpr Reported(Qualifier qualifier, Q value) : qualifier_(qualifier), value_(value) {
    if (value_ < detail::zero_like(value_))
      throw error(errc::invalid_argument, "a reported figure is a magnitude; negative values are not reported figures");
  }
  static constexpr Reported exact(Q value) { return Reported(Qualifier::exact, value); }

  constexpr Qualifier qualifier() const noexcept { return qualifier_; }
  constexpr const Q& value() const noexcept { return value_; }

  // The values the statement allows (docs/quantities.md, "What a qualifier means"). Reported
  // figures are magnitudes, so the open-below qualifiers start at zero.
  constexpr Interval<Q> bounds(const QualifierPolicy& policy = {}) const {
    if (policy.nearly_bp < 0 || policy.nearly_bp > 10000 || policy.about_bp < 0 || policy.about_bp > 10000)
      throw error(errc::invalid_argument, "qualifier tolerances must be 0..10000 basis points (0% to 100%)");
    using B = Bound<Q>;
    const Q& v = value_;
    const Q zero = detail::zero_like(v);
    // Lower bounds round up and upper bounds down for counts (the whole numbers inside the real
    // interval); for money the interval is widened by at most 10^-9 when a bound is not exact.
    const RoundingMode lo = detail::is_discrete<Q> ? RoundingMode::ceiling : RoundingMode::floor;
    const RoundingMode hi = detail::is_discrete<Q> ? RoundingMode::floor : RoundingMode::ceiling;
    switch (qualifier_) {
      case Qualifier::exact: return Interval<Q>::exactly(v);
      case Qualifier::about:
        return {B{detail::scale_bp(v, 10000 - policy.about_bp, lo), true},
                B{detail::scale_bp(v, 10000 + policy.about_bp, hi), true}};
      case Qualifier::nearly: return {B{detail::scale_bp(v, 10000 - policy.nearly_bp, lo), true}, B{v, false}};
      case Qualifier::more_than: return {B{v, false}, std::nullopt};
      case Qualifier::at_least: return {B{v, true}, std::nullopt};
      case Qualifier::at_most: return {B{zero, true}, B{v, true}};
      case Qualifier::less_than: return {B{zero, true}, B{v, false}};
      case Qualifier::dozens_of: return {B{v * 2, true}, B{v * 12, false}};
      case Qualifier::hundreds_of:
      case Qualifier::thousands_of: return {B{v * 2, true}, B{v * 10, false}};
    }
    throw error(errc::invalid_argument, "unknown qualifier");
  }

  // "nearly 12000 people", "hundreds of brands"
  std::string to_string() const {
    if (qualifier_ == Qualifier::exact) return detail::quantity_text(value_);
    if (is_plural_order(qualifier_)) {
      std::string s(pairaid::to_string(qualifier_));
      if constexpr (AnyCount<Q>)
        return s + " " + std::string(Q::kind);
      else
        return s + " " + value_.to_string();
    }
    return std::string(pairaid::to_string(qualifier_)) + " " + detail::quantity_text(value_);
  }

  friend constexpr bool operator==(const Reported&, const Reported&) = default;

 private:
  Qualifier qualifier_;
  Q value_;
};

// --- reconciliation primitives ------------------------------------------------------------------

enum class Verdict { consistent, inconsistent, undetermined };

constexpr std::string_view to_string(Verdict v) noexcept {
  switch (v) {
    case Verdict::consistent: return "consistent";
    case Verdict::inconsistent: return "inconsistent";
    case Verdict::undetermined: return "undetermined";
  }
  return "?";
}

// A verdict and the arithmetic that decided it, in words a reader can check.
struct Assessment {
  Verdict verdict;
  std::string reasoning;
};

// Is what we know (`evidence`) compatible with what was claimed? Inside: consistent; no overlap:
// inconsistent; partial overlap: undetermined (the evidence allows values either side).
template <class Q>
Assessment assess(const Interval<Q>& claim, const Interval<Q>& evidence) {
  const std::string c = claim.to_string(), e = evidence.to_string();
  if (claim.contains(evidence)) return {Verdict::consistent, e + " lies within the claimed " + c};
  if (!claim.intersects(evidence)) return {Verdict::inconsistent, e + " lies outside the claimed " + c};
  return {Verdict::undetermined, e + " overlaps the claimed " + c + " only in part"};
}

// Is an exact value compatible with a reported figure?
template <class Q>
Assessment assess(const Reported<Q>& claim, const Q& exact, const QualifierPolicy& policy = {}) {
  Assessment a = assess(claim.bounds(policy), Interval<Q>::exactly(exact));
  a.reasoning = "\"" + claim.to_string() + "\" means " + claim.bounds(policy).to_string() + "; " +
                detail::quantity_text(exact) + (a.verdict == Verdict::consistent ? " is inside it" : " is outside it");
  return a;
}

// The interval of a sum of reported figures (e.g. batch sizes against a reported total).
template <class Q>
Interval<Q> sum_bounds(std::span<const Reported<Q>> figures, const QualifierPolicy& policy = {}) {
  if (figures.empty()) throw error(errc::invalid_argument, "sum of no figures has no unit");
  Interval<Q> total = figures.front().bounds(policy);
  for (std::size_t i = 1; i < figures.size(); ++i) total = total + figures[i].bounds(policy);
  return total;
}

PAIRAID_NAMESPACE_END
