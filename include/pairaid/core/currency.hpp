#pragma once
// Currency: an ISO 4217 code from the library's own table (current and withdrawn codes, so that
// old IATI files in FIM or DEM still load). A Currency is a small value: a pointer into a constant
// table, compared by identity. Unknown codes are an error naming the code.
#include <pairaid/core/currency_table.hpp>
#include <pairaid/core/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

class Currency {
 public:
  // XXX, ISO's "no currency": the value of a default-constructed Currency, so that a default Money
  // is never silently a real currency.
  constexpr Currency() noexcept : info_(&detail::currency_table[find_index("XXX")]) {}

  // The currency with this alphabetic code (exact, upper case), or errc::unknown_currency.
  static constexpr Currency of(std::string_view code) {
    const std::size_t i = find_index(code);
    if (i == not_found) throw error(errc::unknown_currency, "unknown currency code '" + std::string(code) + "'");
    return Currency(&detail::currency_table[i]);
  }
  static constexpr std::optional<Currency> find(std::string_view code) noexcept {
    const std::size_t i = find_index(code);
    if (i == not_found) return std::nullopt;
    return Currency(&detail::currency_table[i]);
  }
  // Every code the table holds, sorted by code.
  static constexpr std::span<const detail::CurrencyInfo> table() noexcept { return detail::currency_table; }

  constexpr std::string_view code() const noexcept { return {info_->code, 3}; }
  constexpr std::uint16_t numeric() const noexcept { return info_->numeric; }
  // Digits after the decimal point, if ISO gives any (not for XXX, XAU, nor for withdrawn codes).
  constexpr std::optional<int> minor_units() const noexcept {
    if (info_->minor_units < 0) return std::nullopt;
    return info_->minor_units;
  }
  constexpr bool is_withdrawn() const noexcept { return info_->withdrawn[0] != '\0'; }
  constexpr std::string_view withdrawn_on() const noexcept { return info_->withdrawn; }
  constexpr std::string_view name() const noexcept { return info_->name; }

  friend constexpr bool operator==(Currency a, Currency b) noexcept { return a.info_ == b.info_; }
  // Ordered by code, so currencies sort the way people read them.
  friend constexpr auto operator<=>(Currency a, Currency b) noexcept { return a.code() <=> b.code(); }

 private:
  constexpr explicit Currency(const detail::CurrencyInfo* info) noexcept : info_(info) {}

  // An index rather than a pointer: comparing the address of a table entry with nullptr is not a
  // constant expression under GCC's -fno-delete-null-pointer-checks (implied by -fsanitize=null,
  // part of -fsanitize=undefined), which broke constexpr lookups in sanitizer builds.
  static constexpr std::size_t not_found = std::size(detail::currency_table);
  static constexpr std::size_t find_index(std::string_view code) noexcept {
    if (code.size() != 3) return not_found;
    const auto& t = detail::currency_table;
    auto it = std::lower_bound(std::begin(t), std::end(t), code, [](const detail::CurrencyInfo& e, std::string_view c) {
      return std::string_view(e.code, 3) < c;
    });
    if (it == std::end(t) || std::string_view(it->code, 3) != code) return not_found;
    return static_cast<std::size_t>(it - std::begin(t));
  }

  const detail::CurrencyInfo* info_;
};

PAIRAID_NAMESPACE_END
