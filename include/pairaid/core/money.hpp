#pragma once
// Money: an exact Decimal amount in one Currency.
//
// The currency comes from data, so mixing two is a run-time error naming both (errc::
// currency_mismatch); converting is an explicit call on an FxTable. There is no conversion to or
// from a bare number: construction names the currency, reading the amount names .amount().
#include <pairaid/core/currency.hpp>
#include <pairaid/core/decimal.hpp>

#include <compare>
#include <concepts>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

struct MoneyFormat {
  bool grouping = false;  // "25,170,000,000.00"
  bool with_code = true;  // append " CNY"
};

class Money {
 public:
  // Zero of ISO's "no currency" (XXX).
  constexpr Money() noexcept = default;
  constexpr Money(Decimal amount, Currency currency) noexcept : amount_(amount), currency_(currency) {}

  // Decimal text in a known currency: Money::parse("214072420474.94199", Currency::of("USD")).
  static Money parse(std::string_view amount, Currency currency, DecimalParseOptions options = {}) {
    return Money(Decimal::parse(amount, options), currency);
  }

  constexpr Decimal amount() const noexcept { return amount_; }
  constexpr Currency currency() const noexcept { return currency_; }
  constexpr bool is_zero() const noexcept { return amount_.is_zero(); }
  constexpr bool is_negative() const noexcept { return amount_.is_negative(); }

  friend constexpr Money operator+(const Money& a, const Money& b) {
    require_same_currency(a, b, "add");
    return Money(a.amount_ + b.amount_, a.currency_);
  }
  friend constexpr Money operator-(const Money& a, const Money& b) {
    require_same_currency(a, b, "subtract");
    return Money(a.amount_ - b.amount_, a.currency_);
  }
  friend constexpr Money operator-(const Money& a) { return Money(-a.amount_, a.currency_); }
  constexpr Money& operator+=(const Money& b) { return *this = *this + b; }
  constexpr Money& operator-=(const Money& b) { return *this = *this - b; }

  // Scaling by a whole number is exact; by anything else, use multiply() with a rounding mode.
  template <WholeNumber I>
  friend constexpr Money operator*(const Money& a, I k) {
    return Money(a.amount_ * k, a.currency_);
  }
  template <WholeNumber I>
  friend constexpr Money operator*(I k, const Money& a) {
    return a * k;
  }

  // Equal means same currency and same amount; ordering two currencies is an error, not false.
  friend constexpr bool operator==(const Money&, const Money&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const Money& a, const Money& b) {
    require_same_currency(a, b, "compare");
    return a.amount_ <=> b.amount_;
  }

  // Round to the currency's minor unit (CNY 2, JPY 0, KWD 3). A currency without one (XXX, or a
  // withdrawn code) is errc::invalid_argument: use round(digits, mode) and say how many.
  constexpr Money round_to_minor_unit(RoundingMode mode) const {
    auto digits = currency_.minor_units();
    if (!digits)
      throw error(errc::invalid_argument,
                  std::string(currency_.code()) + " has no minor unit in ISO 4217; round to explicit digits");
    return round(*digits, mode);
  }
  constexpr Money round(int digits, RoundingMode mode) const { return Money(amount_.round(digits, mode), currency_); }

  // "25170000000.00 CNY": the amount with at least the currency's minor-unit digits (more when it
  // holds more, never fewer: formatting never rounds).
  std::string to_string(MoneyFormat format = {}) const {
    std::string s = amount_.to_string(currency_.minor_units().value_or(0), format.grouping);
    if (format.with_code) {
      s += ' ';
      s += currency_.code();
    }
    return s;
  }

 private:
  static constexpr void require_same_currency(const Money& a, const Money& b, const char* verb) {
    if (a.currency_ != b.currency_)
      throw error(errc::currency_mismatch, std::string("cannot ") + verb + " " + std::string(a.currency_.code()) +
                                               " and " + std::string(b.currency_.code()) + " without an exchange rate");
  }

  Decimal amount_;
  Currency currency_;
};

PAIRAID_NAMESPACE_END
