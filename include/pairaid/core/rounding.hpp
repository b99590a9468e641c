#pragma once
// Rounding is always a named, visible step (GnuCash's lesson): every operation that may lose
// digits takes a RoundingMode, and RoundingMode::unnecessary turns a would-be rounding into an error.
#include <pairaid/core/error.hpp>
#include <pairaid/core/wide.hpp>

#include <optional>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

enum class RoundingMode {
  half_even,       // banker's rounding: ties to the even neighbour
  half_up,         // ties away from zero (the schoolbook rule)
  half_down,       // ties toward zero
  toward_zero,     // truncate
  away_from_zero,  // any remainder rounds outward
  floor,           // toward negative infinity
  ceiling,         // toward positive infinity
  unnecessary,     // the result must be exact; anything else is errc::inexact
};

constexpr std::string_view to_string(RoundingMode mode) noexcept {
  switch (mode) {
    case RoundingMode::half_even: return "half_even";
    case RoundingMode::half_up: return "half_up";
    case RoundingMode::half_down: return "half_down";
    case RoundingMode::toward_zero: return "toward_zero";
    case RoundingMode::away_from_zero: return "away_from_zero";
    case RoundingMode::floor: return "floor";
    case RoundingMode::ceiling: return "ceiling";
    case RoundingMode::unnecessary: return "unnecessary";
  }
  return "?";
}

constexpr std::optional<RoundingMode> rounding_mode_from_string(std::string_view name) noexcept {
  for (auto m : {RoundingMode::half_even, RoundingMode::half_up, RoundingMode::half_down, RoundingMode::toward_zero,
                 RoundingMode::away_from_zero, RoundingMode::floor, RoundingMode::ceiling, RoundingMode::unnecessary})
    if (to_string(m) == name) return m;
  return std::nullopt;
}

namespace detail {

// Whether a truncated magnitude quotient q (remainder r of divisor d, r < d) moves one step away
// from zero under `mode`, for a result whose sign is `negative`.
constexpr bool rounds_away(const U256& q, const U256& r, const U256& d, bool negative, RoundingMode mode) {
  if (r.is_zero()) return false;
  U256 rest = d;
  sub_in_place(rest, r);  // d - r; comparing r with it avoids computing 2r
  auto half = r <=> rest;
  switch (mode) {
    case RoundingMode::toward_zero: return false;
    case RoundingMode::away_from_zero: return true;
    case RoundingMode::floor: return negative;
    case RoundingMode::ceiling: return !negative;
    case RoundingMode::half_up: return half >= 0;
    case RoundingMode::half_down: return half > 0;
    case RoundingMode::half_even: return half > 0 || (half == 0 && (q.limb[0] & 1u) != 0);
    case RoundingMode::unnecessary:
      throw error(errc::inexact, "the result cannot be held exactly and no rounding was asked for");
  }
  return false;
}

// sign * round(num / den) as int128; den != 0. Throws errc::overflow if the result does not fit.
constexpr int128 divide_rounded(bool negative, const U256& num, const U256& den, RoundingMode mode) {
  U256 q, r;
  divmod(num, den, q, r);
  if (rounds_away(q, r, den, negative, mode)) {
    for (int i = 0; i < 4; ++i)  // q + 1, carrying across limbs
      if (++q.limb[i] != 0) break;
  }
  if (!q.fits_u128()) throw error(errc::overflow, "result is too large for a 128-bit decimal");
  uint128 m = q.low128();
  uint128 limit = negative ? magnitude(int128_min) : static_cast<uint128>(int128_max);
  if (m > limit) throw error(errc::overflow, "result is too large for a 128-bit decimal");
  return negative ? static_cast<int128>(static_cast<uint128>(0) - m) : static_cast<int128>(m);
}

}  // namespace detail

PAIRAID_NAMESPACE_END
