#pragma once
// Ledger: transactions held column by column for analysis (docs/queries.md).
//
//   pairaid::Ledger ledger = pairaid::Ledger::load_csv({"a.csv", "b.csv"});   // no Transaction made
//   pairaid::Ledger from_model = pairaid::Ledger::from(dataset);             // its transactions
//   ledger.size(); ledger.amount(7); ledger.transaction(7); ledger.bytes_per_transaction();
//
// Layout, and why: every dimension a query groups or filters on is a small integer code into a
// dictionary built as rows arrive (code 0 is "none" for the optional ones), so a group-by turns
// codes into dense group numbers without hashing strings per row. Dates are day numbers (days
// since 1970-01-01). Amounts are int64 counts of 10^-scale units, where `scale` is the largest
// number of fraction digits any row has (0..9), so a typical row costs 8 bytes, not a 16-byte
// Decimal; the rare amount that does not fit 64 bits at that scale is held exactly in a side table
// (its column slot holds `amount_in_side_table`). Per row: 4 (date) + 4 (value date) + 4 (donor) +
// 4 (project) + 2 (area) + 2 (sector) + 1 (type) + 1 (currency) + 8 (amount) = 30 bytes.
// Nothing is floating point; nothing is rounded.
//
// Limits, checked when rows are added (errc::overflow naming the dimension): 65,535 distinct areas
// or sectors, 255 distinct currencies, 2^32-1 distinct donors or projects or rows.
//
// A Ledger is immutable once built and safe to read from several threads.
#include <pairaid/io/diagnostic.hpp>
#include <pairaid/model/dataset.hpp>
#include <pairaid/model/project.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// Days since 1970-01-01 (negative before), the ledger's date representation.
using DayNumber = std::int32_t;
DayNumber day_number(Date d);
Date date_of_day(DayNumber n);

struct LedgerCsvOptions {
  // Threads that parse one file's parts (split at line boundaries); 1 parses in the calling
  // thread. Files with quoted fields are read by one thread (a quote may hide a line break).
  unsigned threads = 1;
};

class Ledger {
 public:
  // The column value of an amount held in the side table.
  static constexpr std::int64_t amount_in_side_table = std::numeric_limits<std::int64_t>::min();
  // The value-date column for a row without a value date.
  static constexpr DayNumber no_value_date = std::numeric_limits<DayNumber>::min();

  Ledger();  // empty
  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;
  ~Ledger();

  // The dataset's transactions, in document order.
  static Ledger from(const Dataset& dataset);
  static Ledger from(std::span<const Transaction> transactions);

  // Ledger CSV files (docs/formats.md), concatenated in order, streamed into columns without
  // making a Transaction per row. Same all-or-nothing contract, codes and file:line:col
  // diagnostics as io::load_ledger_csv (io::load_error); nothing is returned on failure.
  static Ledger load_csv(std::span<const std::string> paths, const LedgerCsvOptions& options = {});
  static Ledger load_csv(const std::string& path, const LedgerCsvOptions& options = {});
  // CSV text; `name` stands for the file in diagnostics.
  static Ledger parse_csv(std::string_view text, const std::string& name, const LedgerCsvOptions& options = {});

  // `parts` one after the other, as one ledger (the parts are consumed).
  static Ledger concatenate(std::vector<Ledger> parts);

  std::size_t size() const noexcept;
  bool empty() const noexcept { return size() == 0; }

  // Row i as the model's value (ids rebuilt from the dictionaries), and its parts.
  Transaction transaction(std::size_t i) const;
  Money amount(std::size_t i) const;
  Date date(std::size_t i) const { return date_of_day(days()[i]); }
  // The date exchange rates are looked up for: the value date, or the date when there is none.
  Date fx_date(std::size_t i) const;

  // --- columns, for kernels (one entry per row) ---------------------------------------------
  std::span<const DayNumber> days() const noexcept;
  std::span<const DayNumber> value_days() const noexcept;  // no_value_date when absent
  std::span<const std::uint32_t> donor_codes() const noexcept;
  std::span<const std::uint32_t> project_codes() const noexcept;
  std::span<const std::uint16_t> area_codes() const noexcept;
  std::span<const std::uint16_t> sector_codes() const noexcept;
  std::span<const std::uint8_t> type_codes() const noexcept;  // static_cast<int>(TransactionType)
  std::span<const std::uint8_t> currency_codes() const noexcept;
  std::span<const std::int64_t> amount_units() const noexcept;  // 10^-amount_scale() units
  // Fraction digits of amount_units() (0..9): the most any row has.
  int amount_scale() const noexcept;
  // The amounts that did not fit the column, by row, in row order (exact, at Decimal's scale).
  std::span<const std::pair<std::uint32_t, Decimal>> side_amounts() const noexcept;
  // Row i's amount as a Decimal (whichever of column and side table holds it).
  Decimal amount_decimal(std::size_t i) const;

  // --- dictionaries (index = code; entry 0 of the optional ones is "none") ------------------
  const std::vector<std::string>& donor_ids() const noexcept;              // [0] is ""
  const std::vector<std::string>& project_ids() const noexcept;            // [0] is ""
  const std::vector<std::optional<AreaCode>>& areas() const noexcept;      // [0] is nullopt
  const std::vector<std::optional<SectorCode>>& sectors() const noexcept;  // [0] is nullopt
  const std::vector<Currency>& currencies() const noexcept;
  // The code of a dictionary value, if any row has it.
  std::optional<std::uint32_t> donor_code(std::string_view id) const;
  std::optional<std::uint32_t> project_code(std::string_view id) const;
  std::optional<std::uint16_t> area_code(AreaCode area) const;
  std::optional<std::uint16_t> sector_code(SectorCode sector) const;
  std::optional<std::uint8_t> currency_code(Currency currency) const;

  // Earliest and latest transaction date (day numbers); {0, -1} when empty.
  DayNumber first_day() const noexcept;
  DayNumber last_day() const noexcept;

  // Heap and object bytes the ledger holds (columns by capacity, dictionaries and their strings,
  // the side table, indexes), and that divided by size() (rounded up; the total when empty).
  std::size_t resident_bytes() const noexcept;
  std::size_t bytes_per_transaction() const noexcept;

  struct Columns;  // the storage (lib/analysis/ledger_columns.hpp)
  explicit Ledger(std::unique_ptr<Columns> columns);

 private:
  std::unique_ptr<Columns> c_;
};

PAIRAID_NAMESPACE_END
