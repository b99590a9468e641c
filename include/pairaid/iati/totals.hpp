#pragma once
// Exact totals of IATI transactions, grouped by dimensions (docs/iati.md, "Totals"). The IATI side
// of the one totals engine: the same dimension names (Dimension, analysis/query.hpp), the same
// --where conditions (Condition) and the same rule against adding transaction types as ledgers;
// it streams instead of holding columns (analysis/totals.hpp runs either for a list of sources).
//
// Built for streaming: a TotalsAccumulator takes one Activity at a time and keeps only a small map
// of groups (plus the identifiers the hierarchy cross-check needs), never the activities. Parallel
// readers give each part its own accumulator and merge them in part order; a file that fails to
// read is simply never merged, so nothing from it counts.
//
// The contract, per transaction the reader delivered:
//   currency           value/@currency, else the activity's @default-currency, else "XXX"
//   type               transaction-type/@code (1.0x letter codes mapped by the reader), written as
//                      its word (disbursement); sorted in code order
//   year, quarter, month, fiscal_year:M, five_year_plan
//                      of transaction-date/@iso-date, else of value/@value-date (each only when a
//                      valid YYYY-MM-DD date), else empty
//   activity           iati-identifier;  reporting_org  reporting-org/@ref;
//   reporting_org_type reporting-org/@type
//   sector             split over the transaction's sectors, else the activity's (one vocabulary:
//                      DAC 5-digit when present, else the first listed); non-DAC-5 codes are
//                      written VOCABULARY:CODE
//   recipient_country  split over the transaction's recipient countries and regions, else the
//                      activity's; a region's share is written region:CODE
// Splits are exact: largest remainder at max(2, the amount's fraction digits), so the parts add
// up to the transaction's amount. No shares: the key is empty. Percentages that do not add up to
// 100 are used as weights (counted in TotalsNotes::splits_rescaled); a missing, negative or
// non-decimal percentage among several shares, or all zero, leaves the amount unsplit under the
// key "unallocated" (TotalsNotes::splits_unallocated). Sector splits come before country splits.
// A condition is tested on each part (so `sector = 12220` keeps that sector's part); a
// transaction counts in a group when one of its parts does.
#include <pairaid/analysis/condition.hpp>
#include <pairaid/analysis/query.hpp>
#include <pairaid/analysis/transaction_types.hpp>
#include <pairaid/core/fx.hpp>
#include <pairaid/iati/activity.hpp>
#include <pairaid/iati/reader.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

// Which activities count, so that a parent's transactions and its children's are not added
// together by accident (docs/iati.md, "Hierarchy"):
//   all     every activity
//   leaves  activities that declare no child (related-activity/@type="2")           [default]
//   top     activities that declare no parent (related-activity/@type="1") and whose @hierarchy
//           (absent: 1) is at most 1
enum class HierarchyPolicy : std::uint8_t { all, leaves, top };
std::optional<HierarchyPolicy> parse_hierarchy_policy(std::string_view name) noexcept;
std::string_view to_string(HierarchyPolicy p) noexcept;
bool counts_under(const Activity& activity, HierarchyPolicy policy) noexcept;

// True when IATI activities answer the dimension (every one but donor, donor_kind, area, batch).
bool answers(const Dimension& d) noexcept;

// Conversion of every transaction into one currency on its value date (value/@value-date, else
// the transaction date), by the table's rules (core/fx.hpp), rounded by `rounding`.
struct TotalsConversion {
  Currency to;
  const FxTable* fx = nullptr;  // not owned; must outlive the accumulator
  Rounding rounding{};
};

struct TotalsOptions {
  std::vector<Dimension> by;
  HierarchyPolicy hierarchy = HierarchyPolicy::leaves;
  std::optional<TotalsConversion> convert;
  std::optional<Condition> where;  // tested on each part of each transaction
  bool all_types = false;          // add different transaction types without a `type` dimension
};

// A rate a converted group needed and could not get. `reason` says why: no rate in force, an
// unknown currency code, or no date to look one up on.
struct TotalsMissingRate {
  std::string from;
  std::string to;
  std::optional<Date> first_date;  // earliest value date that needed it; none when undated
  std::string reason;
  std::uint64_t transactions = 0;
  friend bool operator==(const TotalsMissingRate&, const TotalsMissingRate&) = default;
};

struct TotalsRow {
  std::vector<std::string> keys;  // one per TotalsOptions::by, as printed ("" for none)
  std::string currency;           // the native currency, or the conversion's target
  std::optional<Decimal> amount;  // none when `missing` is not empty: never 0
  std::vector<TotalsMissingRate> missing;
  std::uint64_t transactions = 0;  // transactions with a part in this group
  friend bool operator==(const TotalsRow&, const TotalsRow&) = default;
};

// A counted activity that another activity's link says should not have been: under `leaves`, one
// named as a parent; under `top`, one named as a child. Both it and its relative may be counted.
struct HierarchyConflict {
  std::string counted;   // iati-identifier of the counted activity
  std::string named_by;  // iati-identifier of the activity whose link names it
  friend bool operator==(const HierarchyConflict&, const HierarchyConflict&) = default;
};

struct TotalsNotes {
  std::uint64_t activities_counted = 0;
  std::uint64_t transactions_counted = 0;   // with a part the condition kept
  std::uint64_t activities_excluded = 0;    // by the hierarchy policy
  std::uint64_t transactions_excluded = 0;  // their transactions
  std::uint64_t splits_rescaled = 0;        // transactions split by percentages not adding up to 100
  std::uint64_t splits_unallocated = 0;     // transactions left unsplit ("unallocated")
  std::vector<HierarchyConflict> conflicts;
  TypeCounts types{};  // counted transactions by type
};

struct TotalsResult {
  std::vector<Dimension> by;
  HierarchyPolicy hierarchy = HierarchyPolicy::leaves;
  bool converted = false;
  std::string target;  // converted: the currency
  bool all_types = false;
  // Sorted by the keys in `by` order (types and plans in their order, the rest byte-wise, empty
  // first), then by currency.
  std::vector<TotalsRow> rows;
  TotalsNotes notes;
  RatesUsed rates;  // converted: every rate used
};

// One part of a transaction after its splits: where it goes and how much of it.
struct TransactionPart {
  std::string sector;   // "" when not split by sector (or no sector given); "unallocated"
  std::string country;  // likewise for recipient countries and regions
  Decimal amount;
  // The published percentage(s) the part follows, multiplied when split both ways (x / 100);
  // none when not split or unallocated.
  std::optional<Decimal> percentage;
};
// The transaction's `amount` split by sector and/or recipient country as totals split it: parts
// add up to `amount` exactly; shares of weight zero get no part.
std::vector<TransactionPart> split_transaction(const Activity& activity, const Transaction& transaction,
                                               const Decimal& amount, bool by_sector, bool by_country);
// Whether `condition` holds for one part of a transaction (fields IATI has no answer for - donor,
// donor_kind, area, within, batch - do not hold; the accumulator refuses them up front).
bool part_matches(const Condition& condition, const Activity& activity, const Transaction& transaction,
                  const TransactionPart& part);
// The transaction's currency as totals read it (value, else default, else "XXX").
std::string_view transaction_currency(const Activity& activity, const Transaction& transaction) noexcept;
// The transaction date, else the value date, when valid.
const std::optional<Date>& transaction_day(const Transaction& transaction) noexcept;

class TotalsAccumulator {
 public:
  // errc::invalid_argument for a dimension or condition field IATI activities cannot answer.
  explicit TotalsAccumulator(TotalsOptions options);

  // Adds the activity's transactions, if the hierarchy policy counts it. Exceptions (a sum that
  // overflows, errc::overflow) leave the accumulator unusable.
  void add(const Activity& activity);
  // Adds what `other` holds (built with the same options); `other` is left empty.
  void merge(TotalsAccumulator&& other);
  // The sorted table; the accumulator is unchanged. errc::mixed_types when the rows would add
  // transaction types that were not asked for (analysis/transaction_types.hpp).
  TotalsResult result() const;

  const TotalsOptions& options() const noexcept { return options_; }

 private:
  struct Missing {
    std::optional<Date> first_date;
    std::uint64_t transactions = 0;
  };
  struct Group {
    Decimal amount;
    std::uint64_t transactions = 0;
    // (from, reason) -> earliest date and count
    std::map<std::pair<std::string, std::string>, Missing> missing;
  };
  struct Link {
    std::string target;
    std::string named_by;
  };

  TotalsOptions options_;
  bool wants_sector_ = false;
  bool wants_country_ = false;
  // Key: the dimension values then the currency, each followed by '\x1f'.
  std::map<std::string, Group, std::less<>> groups_;
  TotalsNotes notes_;
  RatesUsed rates_;
  std::vector<std::string> counted_with_transactions_;
  std::vector<Link> links_;  // parent links under leaves, child links under top
};

// The reader's options for totals: money, dates, shares and links; no narratives, results,
// locations or budgets (still checked for well-formedness, never built).
ReadOptions totals_read_options(bool strict);

// Reads one IATI file into `into`: a file of 8 MiB or more in `threads` parts at once, each into its
// own accumulator, merged in part order once every part is read. What the reader throws leaves
// `into` unchanged, so a file that fails counts for nothing.
ReadSummary add_file(TotalsAccumulator& into, const std::filesystem::path& file, const ReadOptions& options,
                     unsigned threads);

// Convenience for tests and small inputs: totals of activities already in memory.
TotalsResult compute_totals(const std::vector<Activity>& activities, const TotalsOptions& options);

}  // namespace iati
PAIRAID_NAMESPACE_END
