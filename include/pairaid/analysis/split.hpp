#pragma once
// Exact splits: an amount divided by shares (IATI sector or country percentages, weights) so that
// the parts add up to the whole exactly, at a stated number of fraction digits.
//
//   auto parts = pairaid::split(Money::parse("100.00", cny), {pct("33.33"), pct("33.33"), pct("33.34")},
//                               {.digits = 2});
//
// Method: largest remainder (Hamilton). The whole is counted in units of 10^-digits; each part
// first gets the floor of its exact share of those units (magnitudes, so a negative whole splits
// like its positive and is then negated), and the units left over go one each to the parts with
// the largest remainders. Ties go to the earlier share (lower index), so the result depends only
// on the inputs and their order. A zero share always gets exactly zero.
#include <pairaid/core/money.hpp>

#include <span>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// What to do when percentages do not add up to exactly 100.
enum class ShareTotalPolicy {
  refuse,   // errc::invalid_data, naming the total found
  rescale,  // treat them as weights: each share counts share / total
};

struct SplitOptions {
  int digits = 2;  // fraction digits of every part (0..9)
  ShareTotalPolicy policy = ShareTotalPolicy::refuse;
};

// `whole` split by `percentages` (each >= 0, summing to 100 unless the policy rescales).
// errc::inexact when `whole` has more than `digits` fraction digits (it could not be the sum of
// such parts); errc::invalid_argument for no shares, a negative share, all shares zero, or digits
// outside 0..9; errc::invalid_data for a total other than 100 under ShareTotalPolicy::refuse.
std::vector<Decimal> split(Decimal whole, std::span<const Decimal> percentages, const SplitOptions& options = {});
std::vector<Money> split(const Money& whole, std::span<const Decimal> percentages, const SplitOptions& options = {});

// `whole` split in proportion to `weights` (each >= 0, not all zero); no total is required.
std::vector<Decimal> split_by_weights(Decimal whole, std::span<const Decimal> weights, int digits);

PAIRAID_NAMESPACE_END
