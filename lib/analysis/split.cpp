// Largest-remainder splits in exact integer arithmetic (256-bit intermediates).
#include <pairaid/analysis/split.hpp>

#include <algorithm>
#include <numeric>

PAIRAID_NAMESPACE_BEGIN
namespace {

std::vector<Decimal> largest_remainder(Decimal whole, std::span<const Decimal> weights, int digits) {
  if (digits < 0 || digits > Decimal::scale) throw error(errc::invalid_argument, "split digits must be 0..9");
  if (weights.empty()) throw error(errc::invalid_argument, "a split needs at least one share");
  if (!whole.has_at_most_fraction_digits(digits))
    throw error(errc::inexact, whole.to_string() + " has more than " + std::to_string(digits) +
                                   " fraction digits, so parts with that many cannot add up to it");
  Decimal total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i].is_negative())
      throw error(errc::invalid_argument,
                  "share " + std::to_string(i) + " is negative (" + weights[i].to_string() + ")");
    total += weights[i];
  }
  if (total.is_zero()) throw error(errc::invalid_argument, "every share is zero; there is nothing to split by");

  const uint128 step = detail::pow10_u128(Decimal::scale - digits);
  const uint128 units = detail::magnitude(whole.raw()) / step;  // whole in 10^-digits units, exact
  const detail::U256 den = detail::U256::from(static_cast<uint128>(total.raw()));
  std::vector<uint128> floors(weights.size());
  std::vector<detail::U256> remainders(weights.size());
  uint128 given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    detail::U256 product, q;
    detail::mul(detail::U256::from(units), detail::U256::from(static_cast<uint128>(weights[i].raw())), product);
    detail::divmod(product, den, q, remainders[i]);
    floors[i] = q.low128();  // <= units, since weight <= total
    given += floors[i];
  }
  // Fewer units are left over than there are shares (each floor lost less than one unit).
  uint128 left = units - given;
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[b] < remainders[a]; });
  for (std::size_t k = 0; left > 0; ++k, --left) ++floors[order[k]];

  std::vector<Decimal> parts;
  parts.reserve(weights.size());
  for (uint128 f : floors) {
    const int128 raw = static_cast<int128>(f * step);
    parts.push_back(Decimal::from_raw(whole.is_negative() ? -raw : raw));
  }
  return parts;
}

}  // namespace

std::vector<Decimal> split(Decimal whole, std::span<const Decimal> percentages, const SplitOptions& options) {
  if (options.policy == ShareTotalPolicy::refuse) {
    Decimal total;
    for (Decimal p : percentages) total += p;
    if (total != Decimal::from_integer(100))
      throw error(errc::invalid_data, "percentages add up to " + total.to_string() + ", not 100");
  }
  return largest_remainder(whole, percentages, options.digits);
}

std::vector<Money> split(const Money& whole, std::span<const Decimal> percentages, const SplitOptions& options) {
  std::vector<Money> out;
  for (Decimal d : split(whole.amount(), percentages, options)) out.emplace_back(d, whole.currency());
  return out;
}

std::vector<Decimal> split_by_weights(Decimal whole, std::span<const Decimal> weights, int digits) {
  return largest_remainder(whole, weights, digits);
}

PAIRAID_NAMESPACE_END
