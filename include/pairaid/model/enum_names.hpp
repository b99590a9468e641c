#pragma once
// One table per enumeration maps each value to the word files use for it, so that reading and
// writing share one spelling. Enumerations used with it number their values 0..N-1.
#include <pairaid/version.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

template <class E, std::size_t N>
struct EnumNames {
  std::array<std::string_view, N> words;

  constexpr std::string_view operator()(E e) const noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < N ? words[i] : std::string_view("?");
  }
  constexpr std::optional<E> parse(std::string_view word) const noexcept {
    for (std::size_t i = 0; i < N; ++i)
      if (words[i] == word) return static_cast<E>(i);
    return std::nullopt;
  }
  // "a, b or c", for messages that say what was expected.
  std::string expected() const {
    std::string s;
    for (std::size_t i = 0; i < N; ++i) {
      if (i > 0) s += i + 1 == N ? " or " : ", ";
      s += '"';
      s += words[i];
      s += '"';
    }
    return s;
  }
};

PAIRAID_NAMESPACE_END
