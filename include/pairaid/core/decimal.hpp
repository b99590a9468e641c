#pragma once
// Decimal: an exact signed fixed-point number, 128-bit, nine fraction digits.
//
// Why this shape: real IATI values carry five fraction digits (214072420474.94199) and sums reach
// 10^15 (IDR, KRW budgets). A 128-bit integer counting 10^-9 units holds +-1.7 x 10^29 units
// exactly, so sums of billions of such values never round. Nothing here uses floating point, and
// nothing rounds unless the caller names a RoundingMode.
#include <pairaid/core/error.hpp>
#include <pairaid/core/rounding.hpp>
#include <pairaid/core/wide.hpp>

#include <algorithm>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

struct DecimalParseOptions {
  bool allow_grouping = false;  // accept "1,234.50": commas between groups of three digits
};

// Why a text is not a decimal; `position` is the 0-based offset of the offending character.
enum class DecimalParseStatus { ok, empty, unexpected_character, bad_grouping, too_precise, overflow };

struct DecimalParseResult {
  DecimalParseStatus status = DecimalParseStatus::ok;
  std::size_t position = 0;
  explicit constexpr operator bool() const noexcept { return status == DecimalParseStatus::ok; }
};

class Decimal {
 public:
  static constexpr int scale = 9;  // fraction digits held exactly
  static constexpr int128 one_raw = 1'000'000'000;

  constexpr Decimal() noexcept = default;

  // Makers name what the number is: an integer, or raw 10^-9 units.
  template <WholeNumber I>
  static constexpr Decimal from_integer(I units) {
    int128 raw = 0;
    if (!fits_int128(units) || __builtin_mul_overflow(static_cast<int128>(units), one_raw, &raw))
      throw error(errc::overflow, "integer too large for a decimal");
    return Decimal(raw);
  }
  static constexpr Decimal from_raw(int128 raw) noexcept { return Decimal(raw); }

  // Strict decimal text: optional sign, digits, optional '.' and digits (xsd:decimal's lexical
  // space, no exponent). More than nine significant fraction digits is `too_precise`, never rounded.
  static constexpr DecimalParseResult parse(std::string_view text, Decimal& out,
                                            DecimalParseOptions options = {}) noexcept;
  // Throwing form: errc::parse (or errc::inexact / errc::overflow) with the text in the message.
  static Decimal parse(std::string_view text, DecimalParseOptions options = {});

  constexpr int128 raw() const noexcept { return raw_; }
  constexpr bool is_zero() const noexcept { return raw_ == 0; }
  constexpr bool is_negative() const noexcept { return raw_ < 0; }
  constexpr int sign() const noexcept { return raw_ < 0 ? -1 : (raw_ > 0 ? 1 : 0); }
  // Fewest fraction digits that show the value exactly (0 for integers).
  constexpr int fraction_digits() const noexcept;
  // True when the value is a whole number of 10^-digits units.
  constexpr bool has_at_most_fraction_digits(int digits) const;

  // Round to `digits` fraction digits (0..9) by `mode`.
  constexpr Decimal round(int digits, RoundingMode mode) const;
  // The integral part, as an int64 only if the value is integral and fits.
  constexpr std::int64_t to_int64_exact() const;

  friend constexpr Decimal operator+(Decimal a, Decimal b) {
    int128 r = 0;
    if (__builtin_add_overflow(a.raw_, b.raw_, &r)) throw error(errc::overflow, "decimal addition overflows");
    return Decimal(r);
  }
  friend constexpr Decimal operator-(Decimal a, Decimal b) {
    int128 r = 0;
    if (__builtin_sub_overflow(a.raw_, b.raw_, &r)) throw error(errc::overflow, "decimal subtraction overflows");
    return Decimal(r);
  }
  friend constexpr Decimal operator-(Decimal a) { return Decimal() - a; }
  constexpr Decimal& operator+=(Decimal b) { return *this = *this + b; }
  constexpr Decimal& operator-=(Decimal b) { return *this = *this - b; }

  template <WholeNumber I>
  friend constexpr Decimal operator*(Decimal a, I k) {
    int128 r = 0;
    if (!fits_int128(k) || __builtin_mul_overflow(a.raw_, static_cast<int128>(k), &r))
      throw error(errc::overflow, "decimal multiplication overflows");
    return Decimal(r);
  }
  template <WholeNumber I>
  friend constexpr Decimal operator*(I k, Decimal a) {
    return a * k;
  }

  friend constexpr auto operator<=>(Decimal, Decimal) noexcept = default;

  // Text: minimal fraction digits, at least `min_fraction_digits`; grouping adds thousands commas.
  std::string to_string(int min_fraction_digits = 0, bool grouping = false) const;

 private:
  // An unsigned 128-bit integer above int128's maximum would wrap to a negative value when cast.
  template <std::integral I>
  static constexpr bool fits_int128(I v) noexcept {
    if constexpr (std::unsigned_integral<I>)
      return static_cast<uint128>(v) <= static_cast<uint128>(detail::int128_max);
    else
      return true;
  }
  constexpr explicit Decimal(int128 raw) noexcept : raw_(raw) {}
  int128 raw_ = 0;
};

// a x b rounded to nine fraction digits by `mode` (RoundingMode::unnecessary: exact or errc::inexact).
constexpr Decimal multiply(Decimal a, Decimal b, RoundingMode mode = RoundingMode::unnecessary);
// a / b rounded to nine fraction digits by `mode`; b == 0 is errc::invalid_argument.
constexpr Decimal divide(Decimal a, Decimal b, RoundingMode mode);
// a x num / den, one rounding at the end; den > 0. The shared kernel of FX and tolerance scaling.
constexpr Decimal scale(Decimal a, const detail::U256& num, const detail::U256& den, RoundingMode mode);

constexpr std::string_view to_string(DecimalParseStatus status) noexcept {
  switch (status) {
    case DecimalParseStatus::ok: return "ok";
    case DecimalParseStatus::empty: return "expected a decimal number, found nothing";
    case DecimalParseStatus::unexpected_character: return "expected a decimal number (digits, one '.', optional sign)";
    case DecimalParseStatus::bad_grouping: return "expected thousands separators between groups of three digits";
    case DecimalParseStatus::too_precise: return "more than 9 fraction digits cannot be held exactly";
    case DecimalParseStatus::overflow: return "number too large for a 128-bit decimal";
  }
  return "?";
}

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr DecimalParseResult Decimal::parse(std::string_view s, Decimal& out, DecimalParseOptions options) noexcept {
  using S = DecimalParseStatus;
  std::size_t i = 0;
  const std::size_t n = s.size();
  if (n == 0) return {S::empty, 0};
  bool negative = false;
  if (s[0] == '+' || s[0] == '-') {
    negative = s[0] == '-';
    i = 1;
  }
  uint128 mag = 0;
  // Largest magnitude that fits: the negative side has one more.
  const uint128 limit = negative ? detail::magnitude(detail::int128_min) : static_cast<uint128>(detail::int128_max);
  const uint128 limit_units = limit / static_cast<uint128>(one_raw);
  uint128 units = 0;
  std::size_t int_digits = 0;
  std::size_t group_len = 0;  // digits since the last comma
  bool saw_comma = false;
  for (; i < n; ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (units > (limit_units - static_cast<uint128>(c - '0')) / 10) return {S::overflow, i};
      units = units * 10 + static_cast<uint128>(c - '0');
      ++int_digits;
      ++group_len;
      if (saw_comma && group_len > 3) return {S::bad_grouping, i};
    } else if (c == ',' && options.allow_grouping) {
      if (int_digits == 0 || (saw_comma ? group_len != 3 : group_len > 3)) return {S::bad_grouping, i};
      saw_comma = true;
      group_len = 0;
    } else {
      break;
    }
  }
  if (saw_comma && group_len != 3) return {S::bad_grouping, i};
  mag = units * static_cast<uint128>(one_raw);
  std::size_t frac_digits = 0;
  if (i < n && s[i] == '.') {
    ++i;
    uint128 frac = 0;
    for (; i < n; ++i) {
      char c = s[i];
      if (c < '0' || c > '9') return {S::unexpected_character, i};
      if (frac_digits < static_cast<std::size_t>(scale)) {
        frac = frac * 10 + static_cast<uint128>(c - '0');
      } else if (c != '0') {
        return {S::too_precise, i};  // a digit we would have to drop: refuse, never round
      }
      ++frac_digits;
    }
    for (std::size_t k = frac_digits; k < static_cast<std::size_t>(scale); ++k) frac *= 10;
    if (int_digits == 0 && frac_digits == 0) return {S::unexpected_character, i - 1};
    if (mag > limit - frac) return {S::overflow, 0};
    mag += frac;
  } else if (i < n) {
    return {S::unexpected_character, i};
  } else if (int_digits == 0) {
    return {i == 0 ? S::empty : S::unexpected_character, i};
  }
  out = Decimal(negative ? static_cast<int128>(static_cast<uint128>(0) - mag) : static_cast<int128>(mag));
  return {S::ok, 0};
}

constexpr int Decimal::fraction_digits() const noexcept {
  uint128 m = detail::magnitude(raw_);
  int digits = scale;
  while (digits > 0 && m % 10 == 0) {
    m /= 10;
    --digits;
  }
  return digits;
}

constexpr bool Decimal::has_at_most_fraction_digits(int digits) const {
  if (digits < 0 || digits > scale) throw error(errc::invalid_argument, "fraction digits must be 0..9");
  return detail::magnitude(raw_) % detail::pow10_u128(scale - digits) == 0;
}

constexpr Decimal Decimal::round(int digits, RoundingMode mode) const {
  if (digits < 0 || digits > scale) throw error(errc::invalid_argument, "fraction digits must be 0..9");
  if (digits == scale) return *this;
  const uint128 step = detail::pow10_u128(scale - digits);
  int128 q =
      detail::divide_rounded(raw_ < 0, detail::U256::from(detail::magnitude(raw_)), detail::U256::from(step), mode);
  int128 r = 0;
  if (__builtin_mul_overflow(q, static_cast<int128>(step), &r)) throw error(errc::overflow, "rounding overflows");
  return Decimal(r);
}

constexpr std::int64_t Decimal::to_int64_exact() const {
  if (raw_ % one_raw != 0) throw error(errc::inexact, "value has a fraction; it is not a whole number");
  int128 units = raw_ / one_raw;
  if (units > INT64_MAX || units < INT64_MIN) throw error(errc::overflow, "value does not fit in 64 bits");
  return static_cast<std::int64_t>(units);
}

constexpr Decimal scale(Decimal a, const detail::U256& num, const detail::U256& den, RoundingMode mode) {
  if (den.is_zero()) throw error(errc::invalid_argument, "division by zero");
  detail::U256 product;
  if (!detail::mul(detail::U256::from(detail::magnitude(a.raw())), num, product))
    throw error(errc::overflow, "intermediate product exceeds 256 bits");
  return Decimal::from_raw(detail::divide_rounded(a.raw() < 0, product, den, mode));
}

constexpr Decimal multiply(Decimal a, Decimal b, RoundingMode mode) {
  // (a.raw x b.raw) / 10^9, rounded: the product of two 10^-9 scaled numbers has scale 10^-18.
  // The sign is decided first so that floor and ceiling round the true result.
  bool negative = a.is_negative() != b.is_negative();
  detail::U256 product;
  if (!detail::mul(detail::U256::from(detail::magnitude(a.raw())), detail::U256::from(detail::magnitude(b.raw())),
                   product))
    throw error(errc::overflow, "intermediate product exceeds 256 bits");
  return Decimal::from_raw(
      detail::divide_rounded(negative, product, detail::U256::from(static_cast<uint128>(Decimal::one_raw)), mode));
}

constexpr Decimal divide(Decimal a, Decimal b, RoundingMode mode) {
  if (b.is_zero()) throw error(errc::invalid_argument, "division by zero");
  // Sign is decided before rounding so that floor/ceiling see the true sign of the quotient.
  bool negative = a.is_negative() != b.is_negative();
  detail::U256 product;
  if (!detail::mul(detail::U256::from(detail::magnitude(a.raw())),
                   detail::U256::from(static_cast<uint128>(Decimal::one_raw)), product))
    throw error(errc::overflow, "intermediate product exceeds 256 bits");
  return Decimal::from_raw(
      detail::divide_rounded(negative, product, detail::U256::from(detail::magnitude(b.raw())), mode));
}

inline Decimal Decimal::parse(std::string_view text, DecimalParseOptions options) {
  Decimal out;
  DecimalParseResult r = parse(text, out, options);
  if (!r) {
    errc code = r.status == DecimalParseStatus::too_precise ? errc::inexact
                : r.status == DecimalParseStatus::overflow  ? errc::overflow
                                                            : errc::parse;
    throw error(code, "'" + std::string(text) + "' at offset " + std::to_string(r.position) + ": " +
                          std::string(pairaid::to_string(r.status)));
  }
  return out;
}

inline std::string Decimal::to_string(int min_fraction_digits, bool grouping) const {
  if (min_fraction_digits < 0 || min_fraction_digits > scale)
    throw error(errc::invalid_argument, "fraction digits must be 0..9");
  uint128 m = detail::magnitude(raw_);
  uint128 units = m / static_cast<uint128>(one_raw);
  uint128 frac = m % static_cast<uint128>(one_raw);
  std::string int_part;
  do {
    int_part.insert(int_part.begin(), static_cast<char>('0' + static_cast<int>(units % 10)));
    units /= 10;
  } while (units != 0);
  if (grouping)
    for (std::ptrdiff_t pos = static_cast<std::ptrdiff_t>(int_part.size()) - 3; pos > 0; pos -= 3)
      int_part.insert(static_cast<std::size_t>(pos), 1, ',');
  std::string frac_part(static_cast<std::size_t>(scale), '0');
  for (int k = scale - 1; k >= 0; --k) {
    frac_part[static_cast<std::size_t>(k)] = static_cast<char>('0' + static_cast<int>(frac % 10));
    frac /= 10;
  }
  std::size_t keep = static_cast<std::size_t>(std::max(fraction_digits(), min_fraction_digits));
  frac_part.resize(keep);
  std::string out = raw_ < 0 ? "-" : "";
  out += int_part;
  if (!frac_part.empty()) out += "." + frac_part;
  return out;
}

PAIRAID_NAMESPACE_END
