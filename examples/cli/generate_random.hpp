#pragma once
// The pseudo-random numbers behind `pairaid generate`. Our own generator and our own integer
// transforms, because the output must be byte-identical on every platform for a given seed: the
// std::*_distribution templates are implementation-defined (libstdc++, libc++ and MSVC give
// different sequences), and no floating point may touch an amount.
#include <array>
#include <cstdint>
#include <span>

namespace pairaid_cli::generate {

// SplitMix64 (Steele, Lea, Flood 2014): expands a 64-bit seed into well-mixed state words, and
// doubles as a stateless hash of a few integers (mix()).
constexpr std::uint64_t splitmix64_next(std::uint64_t& state) noexcept {
  state += 0x9E3779B97F4A7C15ULL;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// A hash of (a, b, c, d): the same inputs always give the same word. Used for the fixed attributes
// of a synthetic project, so they need no table however many projects there are.
constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0, std::uint64_t d = 0) noexcept {
  std::uint64_t s = a;
  std::uint64_t h = splitmix64_next(s);
  for (std::uint64_t v : {b, c, d}) {
    s = h ^ v;
    h = splitmix64_next(s);
  }
  return h;
}

// xoshiro256** (Blackman, Vigna 2018), seeded through SplitMix64 as its authors recommend.
class Xoshiro256 {
 public:
  explicit constexpr Xoshiro256(std::uint64_t seed) noexcept {
    for (auto& word : s_) word = splitmix64_next(seed);
  }

  constexpr std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, n), n > 0, without modulo bias: draws below 2^64 mod n are rejected.
  constexpr std::uint64_t below(std::uint64_t n) noexcept {
    if (n <= 1) return 0;                        // the only value there is (and no division by 0)
    const std::uint64_t rejected = (0 - n) % n;  // 2^64 mod n
    for (;;) {
      const std::uint64_t r = next();
      if (r >= rejected) return r % n;
    }
  }

  // True with probability per_mille / 1000.
  constexpr bool chance(std::uint64_t per_mille) noexcept { return below(1000) < per_mille; }

  // An index into `weights`, each chosen with probability weight / sum (the sum must be > 0).
  constexpr std::size_t pick(std::span<const std::uint32_t> weights) noexcept {
    std::uint64_t total = 0;
    for (auto w : weights) total += w;
    std::uint64_t r = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;  // unreachable: r < total
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> s_{};
};

}  // namespace pairaid_cli::generate
