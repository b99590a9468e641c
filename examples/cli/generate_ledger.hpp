#pragma once
// A deterministic synthetic transaction ledger in the CSV format of docs/formats.md ("Transaction
// ledger (CSV)"), shaped like the Aid Xizang program: 122 donors of three kinds, Xizang's
// prefectures and counties, 30 years (1995-2024), DAC sectors, mostly CNY with some USD,
// heavy-tailed amounts with at most two fraction digits. Used by `pairaid generate` and by the
// benchmarks; the same options give byte-identical text on every platform.
#include <cstdint>
#include <functional>
#include <string_view>

namespace pairaid_cli::generate {

struct LedgerOptions {
  std::uint64_t transactions = 0;  // rows after the header
  std::uint64_t seed = 0;
};

// The largest `transactions` accepted: well beyond any file anyone would write, and small enough
// that every row count and every group total of the generated amounts fits in 64 bits (each
// amount is below 10^9 units, so 9.2e18 minor units hold 9.2e7 of the largest; realistic sums are
// far smaller, and the comparison script checks its own bound).
inline constexpr std::uint64_t max_transactions = 1'000'000'000'000ULL;

inline constexpr int first_year = 1995;
inline constexpr int last_year = 2024;
inline constexpr int donor_count = 122;  // 17 provinces/municipalities + 78 organs + 27 SOEs

// Writes the header and `options.transactions` rows, handing the text to `write` in pieces of
// about a mebibyte (the pieces are only valid during the call). Rows come in year order; within
// a year they are unordered. Throws std::invalid_argument when transactions > max_transactions.
void generate_ledger_csv(const LedgerOptions& options, const std::function<void(std::string_view)>& write);

}  // namespace pairaid_cli::generate
