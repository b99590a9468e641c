#pragma once
// Ratio: an exact fraction, the dimensionless result of dividing two quantities of one kind
// (2,117 people / 622 people = 2117/622). Kept as a fraction so nothing is lost; turning it into
// decimal digits is an explicit, rounded step.
#include <pairaid/core/decimal.hpp>

#include <compare>
#include <cstdint>
#include <numeric>
#include <string>

PAIRAID_NAMESPACE_BEGIN

class Ratio {
 public:
  // numerator / denominator, reduced; a zero denominator is errc::invalid_argument.
  constexpr Ratio(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) throw error(errc::invalid_argument, "ratio with a zero denominator");
    if (numerator == INT64_MIN || denominator == INT64_MIN) throw error(errc::overflow, "ratio term out of range");
    if (denominator < 0) {
      numerator = -numerator;
      denominator = -denominator;
    }
    std::int64_t g = std::gcd(numerator, denominator);
    num_ = numerator / g;
    den_ = denominator / g;
  }

  constexpr std::int64_t numerator() const noexcept { return num_; }
  constexpr std::int64_t denominator() const noexcept { return den_; }

  // The ratio as a decimal with `digits` fraction digits (0..9), rounded by `mode`.
  constexpr Decimal to_decimal(int digits, RoundingMode mode) const {
    if (digits < 0 || digits > Decimal::scale) throw error(errc::invalid_argument, "fraction digits must be 0..9");
    // Round once, from the exact fraction: num x 10^digits / den, then back to Decimal's scale.
    const uint128 step = detail::pow10_u128(Decimal::scale - digits);
    detail::U256 n;
    detail::mul(detail::U256::from(detail::magnitude(num_)), detail::U256::from(detail::pow10_u128(digits)), n);
    int128 q = detail::divide_rounded(num_ < 0, n, detail::U256::from(static_cast<uint128>(den_)), mode);
    return Decimal::from_raw(q * static_cast<int128>(step));
  }

  friend constexpr bool operator==(const Ratio&, const Ratio&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const Ratio& a, const Ratio& b) noexcept {
    // Cross-multiplication in 128 bits cannot overflow for 64-bit terms.
    return static_cast<int128>(a.num_) * b.den_ <=> static_cast<int128>(b.num_) * a.den_;
  }

  std::string to_string() const { return std::to_string(num_) + "/" + std::to_string(den_); }

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

PAIRAID_NAMESPACE_END
