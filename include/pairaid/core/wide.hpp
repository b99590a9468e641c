#pragma once
// 128-bit integers and a minimal unsigned 256-bit integer: the intermediates that let Decimal
// multiply and divide (amount x rate / rate) exactly before a single, explicit rounding.
#include <pairaid/version.hpp>

#include <compare>
#include <concepts>
#include <cstdint>

PAIRAID_NAMESPACE_BEGIN

// __extension__ keeps -Wpedantic quiet: GCC and Clang both provide 128-bit integers natively.
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

// A whole number a quantity may be scaled by or built from: any integer type except bool and the
// character types, so that people('a') or price * u'x' cannot count 97 of something.
template <class I>
concept WholeNumber =
    std::integral<I> && !std::same_as<I, bool> && !std::same_as<I, char> && !std::same_as<I, wchar_t> &&
    !std::same_as<I, char8_t> && !std::same_as<I, char16_t> && !std::same_as<I, char32_t>;

namespace detail {

inline constexpr int128 int128_max = static_cast<int128>(~static_cast<uint128>(0) >> 1);
inline constexpr int128 int128_min = -int128_max - 1;

constexpr uint128 magnitude(int128 v) noexcept {
  return v < 0 ? static_cast<uint128>(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
}

// Little-endian four-limb unsigned integer; only the operations exact arithmetic needs.
struct U256 {
  std::uint64_t limb[4] = {0, 0, 0, 0};

  static constexpr U256 from(uint128 v) noexcept {
    U256 r;
    r.limb[0] = static_cast<std::uint64_t>(v);
    r.limb[1] = static_cast<std::uint64_t>(v >> 64);
    return r;
  }
  constexpr bool is_zero() const noexcept { return (limb[0] | limb[1] | limb[2] | limb[3]) == 0; }
  constexpr bool fits_u128() const noexcept { return (limb[2] | limb[3]) == 0; }
  // The limbs are always initialised (to 0 above); the analyzer loses that through divmod's loops.
  // NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult)
  constexpr uint128 low128() const noexcept { return (static_cast<uint128>(limb[1]) << 64) | limb[0]; }
  friend constexpr std::strong_ordering operator<=>(const U256& a, const U256& b) noexcept {
    for (int i = 3; i >= 0; --i)
      if (a.limb[i] != b.limb[i]) return a.limb[i] <=> b.limb[i];
    return std::strong_ordering::equal;
  }
  friend constexpr bool operator==(const U256&, const U256&) = default;
};

// a * b; returns false (and leaves out unspecified) when the product needs more than 256 bits.
constexpr bool mul(const U256& a, const U256& b, U256& out) noexcept {
  std::uint64_t r[8] = {};
  for (int i = 0; i < 4; ++i) {
    uint128 carry = 0;
    for (int j = 0; j < 4; ++j) {
      uint128 cur = static_cast<uint128>(a.limb[i]) * b.limb[j] + r[i + j] + carry;
      r[i + j] = static_cast<std::uint64_t>(cur);
      carry = cur >> 64;
    }
    r[i + 4] = static_cast<std::uint64_t>(carry);
  }
  if ((r[4] | r[5] | r[6] | r[7]) != 0) return false;
  for (int i = 0; i < 4; ++i) out.limb[i] = r[i];
  return true;
}

constexpr void sub_in_place(U256& a, const U256& b) noexcept {  // requires a >= b
  std::uint64_t borrow = 0;
  for (int i = 0; i < 4; ++i) {
    std::uint64_t bi = b.limb[i] + borrow;
    std::uint64_t next_borrow = (bi < borrow) || (a.limb[i] < bi) ? 1 : 0;
    a.limb[i] -= bi;
    borrow = next_borrow;
  }
}

constexpr void shl1(U256& a) noexcept {
  for (int i = 3; i > 0; --i) a.limb[i] = (a.limb[i] << 1) | (a.limb[i - 1] >> 63);
  a.limb[0] <<= 1;
}

// Schoolbook binary division; d must not be zero. Used off the hot path (FX, scaling), where
// clarity beats speed; the common "divide by a power of ten" case uses divmod_small instead.
constexpr void divmod(const U256& n, const U256& d, U256& q, U256& r) noexcept {
  q = U256{};
  r = U256{};
  for (int bit = 255; bit >= 0; --bit) {
    shl1(r);
    r.limb[0] |= (n.limb[bit / 64] >> (bit % 64)) & 1u;
    if (r >= d) {
      sub_in_place(r, d);
      q.limb[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
}

constexpr void divmod_small(const U256& n, std::uint64_t d, U256& q, std::uint64_t& r) noexcept {
  uint128 rem = 0;
  for (int i = 3; i >= 0; --i) {
    uint128 cur = (rem << 64) | n.limb[i];
    q.limb[i] = static_cast<std::uint64_t>(cur / d);
    rem = cur % d;
  }
  r = static_cast<std::uint64_t>(rem);
}

constexpr uint128 pow10_u128(int n) noexcept {
  uint128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

}  // namespace detail

PAIRAID_NAMESPACE_END
