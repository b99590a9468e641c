// Exchange rates per row for run_query: each (currency, value day) probes FxTable::convert once,
// and the rows then convert by exact integer arithmetic with the same rounding (query_internal.hpp).
#include "analysis/query_internal.hpp"

#include <algorithm>
#include <numeric>

PAIRAID_NAMESPACE_BEGIN
namespace query_detail {

Converter::Converter(const Ledger& ledger, const ConvertTo& to, const FxTable& fx) : ledger_(ledger), to_(to), fx_(fx) {
  digits_ = to.rounding.digits ? *to.rounding.digits : to.currency.minor_units().value_or(-1);
  if (digits_ < 0 || digits_ > Decimal::scale)
    throw error(errc::invalid_argument, std::string(to.currency.code()) +
                                            " has no minor unit in ISO 4217; give ConvertTo::rounding.digits (0..9)");
  step_ = static_cast<std::int64_t>(detail::pow10_u128(Decimal::scale - digits_));
}

const Chain& Converter::chain(std::uint8_t currency, DayNumber day) {
  const std::uint64_t key = (static_cast<std::uint64_t>(currency) << 32) | static_cast<std::uint32_t>(day);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  Chain c;
  c.from = ledger_.currencies()[currency];
  c.to = to_.currency;
  try {
    // The legs FxTable::convert would use (its own lookup, so the rules cannot drift).
    const Conversion probe = fx_.convert(Money(Decimal::from_integer(1), c.from), to_.currency, date_of_day(day),
                                         Rounding{RoundingMode::toward_zero, digits_});
    c.legs = probe.legs;
    c.num = detail::U256::from(1);
    c.den = detail::U256::from(detail::pow10_u128(Decimal::scale - digits_));
    for (const FxLeg& l : probe.legs) {
      const auto r = detail::U256::from(detail::magnitude(l.rate.rate.raw()));
      const auto one = detail::U256::from(static_cast<uint128>(Decimal::one_raw));
      if (!detail::mul(c.num, l.inverted ? one : r, c.num) || !detail::mul(c.den, l.inverted ? r : one, c.den))
        throw error(errc::overflow, "exchange-rate chain too long to compute exactly");
    }
    // The amount column is at the ledger's scale: fold 10^(9 - scale) into the numerator.
    detail::U256 num_at_scale;
    const bool fits = detail::mul(
        c.num, detail::U256::from(detail::pow10_u128(Decimal::scale - ledger_.amount_scale())), num_at_scale);
    auto fits64 = [](const detail::U256& v) { return (v.limb[1] | v.limb[2] | v.limb[3]) == 0; };
    if (fits && fits64(num_at_scale) && fits64(c.den)) {
      c.small = true;
      c.num64 = num_at_scale.limb[0];
      c.den64 = c.den.limb[0];
    }
  } catch (const error& e) {
    if (e.code() != errc::missing_rate) throw;
    c.missing = true;
  }
  return cache_.emplace(key, std::move(c)).first->second;
}

FastChain Converter::fast(const Chain& c) {
  FastChain f;
  f.chain = &c;
  if (c.missing) {
    f.kind = FastChain::Kind::missing;
  } else if (c.small) {
    const std::uint64_t g = std::gcd(c.num64, c.den64);
    f.num = c.num64 / g;
    f.den = c.den64 / g;
    f.kind = f.den == 1 ? FastChain::Kind::multiply : FastChain::Kind::divide;
  }
  return f;
}

int128 Converter::convert_steps(const Chain& c, std::size_t i) const {
  const std::int64_t u = ledger_.amount_units()[i];
  if (c.small && u != Ledger::amount_in_side_table) {
    const bool negative = u < 0;
    const uint128 mag =
        negative ? static_cast<uint128>(0) - static_cast<uint128>(static_cast<int128>(u)) : static_cast<uint128>(u);
    const uint128 product = mag * c.num64;  // < 2^63 x 2^64
    uint128 q = product / c.den64;
    const uint128 r = product % c.den64;
    if (detail::rounds_away(detail::U256::from(q), detail::U256::from(r), detail::U256::from(c.den64), negative,
                            to_.rounding.mode))
      ++q;
    return negative ? -static_cast<int128>(q) : static_cast<int128>(q);
  }
  return scale(ledger_.amount_decimal(i), c.num, c.den, to_.rounding.mode).raw();
}

int128 Converter::convert_steps(const FastChain& f, std::size_t i) const {
  const std::int64_t u = ledger_.amount_units()[i];
  if (u != Ledger::amount_in_side_table && f.kind != FastChain::Kind::general) {
    const bool negative = u < 0;
    const std::uint64_t mag =
        negative ? std::uint64_t{0} - static_cast<std::uint64_t>(u) : static_cast<std::uint64_t>(u);
    std::uint64_t product = 0;
    if (!__builtin_mul_overflow(mag, f.num, &product)) {
      std::uint64_t q = product;
      if (f.kind == FastChain::Kind::divide) {
        q = product / f.den;
        const std::uint64_t r = product % f.den;
        if (r != 0 && rounds_away(q, r, f.den, negative)) ++q;
      }
      return negative ? -static_cast<int128>(q) : static_cast<int128>(q);
    }
  }
  return convert_steps(*f.chain, i);
}

// detail::rounds_away for a non-zero remainder r < d, without 256-bit operands.
bool Converter::rounds_away(std::uint64_t q, std::uint64_t r, std::uint64_t d, bool negative) const {
  const std::uint64_t rest = d - r;
  switch (to_.rounding.mode) {
    case RoundingMode::toward_zero: return false;
    case RoundingMode::away_from_zero: return true;
    case RoundingMode::floor: return negative;
    case RoundingMode::ceiling: return !negative;
    case RoundingMode::half_up: return r >= rest;
    case RoundingMode::half_down: return r > rest;
    case RoundingMode::half_even: return r > rest || (r == rest && (q & 1u) != 0);
    case RoundingMode::unnecessary: break;
  }
  // unnecessary (or anything new): the general rule decides, and raises errc::inexact.
  return detail::rounds_away(detail::U256::from(q), detail::U256::from(r), detail::U256::from(d), negative,
                             to_.rounding.mode);
}

RatesUsed Converter::rates_used() const {
  RatesUsed used;
  for (const auto& [key, c] : cache_)
    if (c.used)
      for (const FxLeg& l : c.legs) used.add(l.rate);
  return used;
}

RateLookup::RateLookup(const Ledger& ledger, Converter& converter, const FxTable& fx) : converter_(converter) {
  if (ledger.empty()) return;
  lo_ = ledger.first_day();
  const DayNumber hi = ledger.last_day() + kAfter;
  span_ = static_cast<std::size_t>(hi - lo_) + 1;
  std::vector<DayNumber> breaks;
  for (const FxRate& r : fx.rates()) {
    const DayNumber d = day_number(r.date);
    if (d > lo_ && d <= hi) breaks.push_back(d);
  }
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  breaks.push_back(hi + 1);
  const std::size_t currencies = ledger.currencies().size();
  table_.resize(currencies * span_);
  for (std::size_t c = 0; c < currencies; ++c) {
    DayNumber start = lo_;
    for (const DayNumber end : breaks) {
      const std::uint32_t index = add(converter.chain(static_cast<std::uint8_t>(c), start));
      std::fill(table_.begin() + static_cast<std::ptrdiff_t>(c * span_ + static_cast<std::size_t>(start - lo_)),
                table_.begin() + static_cast<std::ptrdiff_t>(c * span_ + static_cast<std::size_t>(end - lo_)), index);
      start = end;
    }
  }
}

FastChain& RateLookup::outside(std::uint8_t currency, DayNumber day) {
  const std::uint64_t key = (static_cast<std::uint64_t>(currency) << 32) | static_cast<std::uint32_t>(day);
  auto it = outside_.find(key);
  if (it == outside_.end()) it = outside_.emplace(key, add(converter_.chain(currency, day))).first;
  return chains_[it->second];
}

void RateLookup::mark_used() const {
  for (const FastChain& f : chains_)
    if (f.used) f.chain->used = true;
}

std::uint32_t RateLookup::add(const Chain& c) {
  chains_.push_back(Converter::fast(c));
  return static_cast<std::uint32_t>(chains_.size() - 1);
}

}  // namespace query_detail
PAIRAID_NAMESPACE_END
