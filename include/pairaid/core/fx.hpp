#pragma once
// FxTable: an immutable table of dated exchange rates, passed explicitly (never a global).
//
// Rules (docs/architecture.md, "Exchange rates"):
//  * A rate says how many `quote` units one `base` unit buys, in force from its date until the
//    next rate of the same pair. Conversion uses the latest rate on or before the value date.
//  * A pair may be given in either direction (USD/CNY or CNY/USD); the latest rate of the two
//    directions is used, dividing when it runs the other way. Two rates of one pair on one date
//    (in either direction) are an overlap and rejected when the table is built.
//  * With no rate for the pair, and a pivot currency set (e.g. USD), the conversion goes through
//    the pivot: from -> pivot -> to, each leg by its own rate in force on the value date.
//  * Otherwise: errc::missing_rate. Never 1:1, never 0.
//  * The whole chain is computed exactly and rounded once, by the caller's Rounding, to the
//    target currency's minor unit (or explicit digits). The result records every leg used.
#include <pairaid/core/money.hpp>
#include <pairaid/core/period.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct FxRate {
  Date date;       // in force from this day
  Currency base;   // 1 unit of base ...
  Currency quote;  // ... buys `rate` units of quote
  Decimal rate;    // > 0
  std::string source;
  friend bool operator==(const FxRate&, const FxRate&) = default;
};

// How to round a converted amount: a named mode, to the target currency's minor unit unless
// `digits` says otherwise (needed for currencies without one, such as XXX or withdrawn codes).
struct Rounding {
  RoundingMode mode = RoundingMode::half_even;
  std::optional<int> digits;
};

// One step of a conversion: which rate was used, and whether it was applied inverted (divided).
struct FxLeg {
  Currency from;
  Currency to;
  FxRate rate;
  bool inverted;
};

struct Conversion {
  Money amount;             // the converted, rounded amount
  Money original;           // what was converted
  Date value_date;          // the date the rates were looked up for
  std::vector<FxLeg> legs;  // empty for a same-currency "conversion"
};

class FxTable {
 public:
  class Builder {
   public:
    // Adds a rate; errc::invalid_data for a non-positive rate, a pair of one currency with itself,
    // or a second rate for the same pair and date (in either direction).
    Builder& add(FxRate r) {
      if (r.rate.sign() <= 0)
        throw error(errc::invalid_data, "rate " + r.rate.to_string() + " for " + pair_name(r) + " on " +
                                            pairaid::to_string(r.date) + " must be positive");
      if (r.base == r.quote)
        throw error(errc::invalid_data, "a rate needs two different currencies, got " + pair_name(r));
      // Look before inserting anything, so that a rejected rate leaves the builder untouched.
      auto same_day = [&](const FxRate& x) { return x.date == r.date; };
      for (auto key : {std::pair{r.base, r.quote}, std::pair{r.quote, r.base}}) {
        auto it = series_.find(key);
        if (it != series_.end() && std::any_of(it->second.begin(), it->second.end(), same_day))
          throw error(errc::invalid_data, "two rates for " + pair_name(r) + " on " + pairaid::to_string(r.date));
      }
      auto& forward = series_[{r.base, r.quote}];
      forward.insert(std::upper_bound(forward.begin(), forward.end(), r,
                                      [](const FxRate& a, const FxRate& b) { return a.date < b.date; }),
                     std::move(r));
      return *this;
    }
    // The currency that conversions without a direct rate go through.
    Builder& pivot(Currency c) {
      pivot_ = c;
      return *this;
    }
    FxTable build() const { return FxTable(series_, pivot_); }

   private:
    std::map<std::pair<Currency, Currency>, std::vector<FxRate>> series_;
    std::optional<Currency> pivot_;
  };

  FxTable() = default;  // no rates: every conversion between two currencies is missing_rate

  std::optional<Currency> pivot() const noexcept { return pivot_; }
  std::size_t size() const noexcept {
    std::size_t n = 0;
    for (const auto& [pair, rates] : series_) n += rates.size();
    return n;
  }
  // Every rate, by pair then date.
  std::vector<FxRate> rates() const {
    std::vector<FxRate> out;
    for (const auto& [pair, rates] : series_) out.insert(out.end(), rates.begin(), rates.end());
    return out;
  }

  // The rate that converts `from` into `to` on `on`, direct or inverted (no pivot), if any.
  std::optional<FxLeg> leg(Currency from, Currency to, Date on) const {
    const FxRate* forward = latest(from, to, on);
    const FxRate* backward = latest(to, from, on);
    if (forward && (!backward || backward->date < forward->date)) return FxLeg{from, to, *forward, false};
    if (backward) return FxLeg{from, to, *backward, true};
    return std::nullopt;
  }

  // Whether the table holds rates that convert `from` into `to` on some date (direct, inverted or
  // via the pivot): a conversion on a given day may still find no rate in force.
  bool converts(Currency from, Currency to) const {
    if (from == to) return true;
    const auto has = [&](Currency a, Currency b) { return series_.contains({a, b}) || series_.contains({b, a}); };
    if (has(from, to)) return true;
    return pivot_ && from != *pivot_ && to != *pivot_ && has(from, *pivot_) && has(*pivot_, to);
  }

  Conversion convert(const Money& m, Currency to, Date on, Rounding rounding = {}) const {
    Conversion c{Money(), m, on, {}};
    if (m.currency() != to) {
      if (auto direct = leg(m.currency(), to, on)) {
        c.legs.push_back(*direct);
      } else if (pivot_ && m.currency() != *pivot_ && to != *pivot_) {
        auto first = leg(m.currency(), *pivot_, on);
        auto second = leg(*pivot_, to, on);
        if (!first || !second)
          throw missing(m.currency(), to, on,
                        " (nor via " + std::string(pivot_->code()) + ": no " +
                            pair_name(!first ? m.currency() : *pivot_, !first ? *pivot_ : to) + " rate)");
        c.legs = {*first, *second};
      } else {
        throw missing(m.currency(), to, on, "");
      }
    }
    int digits = rounding.digits ? *rounding.digits : to.minor_units().value_or(-1);
    if (digits < 0 || digits > Decimal::scale)
      throw error(errc::invalid_argument,
                  std::string(to.code()) + " has no minor unit in ISO 4217; give Rounding::digits (0..9)");
    // amount x (product of multiplied rates) / (product of divided rates) / 10^(9-digits), rounded
    // once, then scaled back: every rate is a 10^-9 fixed-point integer, so scale factors cancel.
    detail::U256 num = detail::U256::from(1), den = detail::U256::from(detail::pow10_u128(Decimal::scale - digits));
    for (const FxLeg& l : c.legs) {
      detail::U256 r = detail::U256::from(detail::magnitude(l.rate.rate.raw()));
      detail::U256 one = detail::U256::from(static_cast<uint128>(Decimal::one_raw));
      if (!detail::mul(num, l.inverted ? one : r, num) || !detail::mul(den, l.inverted ? r : one, den))
        throw error(errc::overflow, "exchange-rate chain too long to compute exactly");
    }
    // `steps` counts 10^-digits units (held in a Decimal's raw integer); multiplying by
    // 10^(9-digits) puts it back at Decimal's scale, overflow-checked.
    Decimal steps = scale(m.amount(), num, den, rounding.mode);
    c.amount = Money(steps * static_cast<std::int64_t>(detail::pow10_u128(Decimal::scale - digits)), to);
    return c;
  }

 private:
  using Series = std::map<std::pair<Currency, Currency>, std::vector<FxRate>>;
  FxTable(Series s, std::optional<Currency> pivot) : series_(std::move(s)), pivot_(pivot) {
    std::erase_if(series_, [](const auto& kv) { return kv.second.empty(); });
  }

  const FxRate* latest(Currency base, Currency quote, Date on) const {
    auto it = series_.find({base, quote});
    if (it == series_.end()) return nullptr;
    const auto& v = it->second;
    auto after = std::upper_bound(v.begin(), v.end(), on, [](Date d, const FxRate& r) { return d < r.date; });
    if (after == v.begin()) return nullptr;
    return &*std::prev(after);
  }

  static std::string pair_name(Currency a, Currency b) { return std::string(a.code()) + "/" + std::string(b.code()); }
  static std::string pair_name(const FxRate& r) { return pair_name(r.base, r.quote); }
  static error missing(Currency from, Currency to, Date on, const std::string& more) {
    return error(errc::missing_rate,
                 "no exchange rate " + pair_name(from, to) + " in force on " + pairaid::to_string(on) + more);
  }

  Series series_;
  std::optional<Currency> pivot_;
};

// Which rates a converted result rests on, by pair as the table holds it: each distinct rate once.
// Results carry one so that a reader can see (and a tool print) exactly what was used; its size is
// bounded by the table's, not by the number of rows converted.
class RatesUsed {
 public:
  struct Pair {
    Currency base;
    Currency quote;
    std::vector<FxRate> rates;  // distinct, by date
  };

  void add(const FxRate& r) {
    std::vector<FxRate>& v = pairs_[{r.base, r.quote}];
    auto it = std::lower_bound(v.begin(), v.end(), r.date, [](const FxRate& x, Date d) { return x.date < d; });
    if (it == v.end() || it->date != r.date) v.insert(it, r);
  }
  void add(const Conversion& c) {
    for (const FxLeg& l : c.legs) add(l.rate);
  }
  void merge(const RatesUsed& other) {
    for (const auto& [pair, rates] : other.pairs_)
      for (const FxRate& r : rates) add(r);
  }
  bool empty() const noexcept { return pairs_.empty(); }
  // By base, then quote (their codes).
  std::vector<Pair> pairs() const {
    std::vector<Pair> out;
    for (const auto& [pair, rates] : pairs_) out.push_back({pair.first, pair.second, rates});
    std::sort(out.begin(), out.end(), [](const Pair& a, const Pair& b) {
      return std::pair(a.base.code(), a.quote.code()) < std::pair(b.base.code(), b.quote.code());
    });
    return out;
  }

 private:
  std::map<std::pair<Currency, Currency>, std::vector<FxRate>> pairs_;
};

PAIRAID_NAMESPACE_END
