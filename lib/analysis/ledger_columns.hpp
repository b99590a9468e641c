#pragma once
// The storage behind Ledger, and the builder that fills it (from Transactions or straight from
// CSV fields). Internal to lib/.
#include <pairaid/analysis/ledger.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace analysis_detail {

// Strings to dense codes (0 is the empty string, "none"). Open addressing over code numbers, so
// a lookup hashes the bytes once and compares one string; no node per entry.
class Interner {
 public:
  Interner();
  std::uint32_t intern(std::string_view text);  // errc::overflow past 2^32-1 entries
  std::optional<std::uint32_t> find(std::string_view text) const;
  const std::vector<std::string>& values() const noexcept { return values_; }
  std::size_t resident_bytes() const noexcept;
  void shrink();

 private:
  static std::uint64_t hash(std::string_view text) noexcept;
  void grow();
  std::vector<std::string> values_;
  std::vector<std::uint32_t> slots_;   // code + 1; 0 is empty
  std::vector<std::uint32_t> hashes_;  // low bits of each value's hash, to skip most compares
};

}  // namespace analysis_detail

struct Ledger::Columns {
  std::vector<DayNumber> day;
  std::vector<DayNumber> value_day;
  std::vector<std::uint32_t> donor;
  std::vector<std::uint32_t> project;
  std::vector<std::uint16_t> area;
  std::vector<std::uint16_t> sector;
  std::vector<std::uint8_t> type;
  std::vector<std::uint8_t> currency;
  std::vector<std::int64_t> units;
  int scale = 0;
  std::vector<std::pair<std::uint32_t, Decimal>> side;

  analysis_detail::Interner donors;
  analysis_detail::Interner projects;
  std::vector<std::optional<AreaCode>> areas{std::nullopt};
  std::vector<std::optional<SectorCode>> sectors{std::nullopt};
  std::vector<Currency> currencies;
  DayNumber first = 0;
  DayNumber last = -1;
};

namespace analysis_detail {

// Fills Ledger::Columns row by row. Area, sector and currency codes go through direct tables
// indexed by the code's value (a few MB at most, dropped by finish()).
class LedgerBuilder {
 public:
  LedgerBuilder();
  // Continues a finished ledger's columns.
  explicit LedgerBuilder(std::unique_ptr<Ledger::Columns> columns);

  std::uint32_t donor(std::string_view id) { return c_->donors.intern(id); }
  std::uint32_t project(std::string_view id) { return c_->projects.intern(id); }
  std::uint16_t area(std::uint32_t gb2260);  // 0 for none
  std::uint16_t sector(std::uint32_t dac);   // 0 for none
  std::uint8_t currency(Currency c);

  // One row. `units` counts 10^-digits units (digits 0..9).
  void add(DayNumber day, DayNumber value_day, std::uint32_t donor, std::uint32_t project, std::uint16_t area,
           std::uint16_t sector, std::uint8_t type, std::uint8_t currency, std::int64_t units, int digits);
  void add(DayNumber day, DayNumber value_day, std::uint32_t donor, std::uint32_t project, std::uint16_t area,
           std::uint16_t sector, std::uint8_t type, std::uint8_t currency, Decimal amount);
  void add(const Transaction& t);
  // Appends every row of `other` after this builder's rows, translating its codes.
  void append(LedgerBuilder&& other);

  std::size_t size() const noexcept { return c_->day.size(); }
  void reserve(std::size_t rows);
  Ledger finish();

 private:
  void common(DayNumber day, DayNumber value_day, std::uint32_t donor, std::uint32_t project, std::uint16_t area,
              std::uint16_t sector, std::uint8_t type, std::uint8_t currency);
  void rescale(int scale);
  void push_units(std::int64_t units_at_scale_or_side, const Decimal* side);

  std::unique_ptr<Ledger::Columns> c_;
  std::vector<std::uint16_t> area_slot_;     // by GB/T code - 100000: code + 1
  std::vector<std::uint16_t> sector_slot_;   // by DAC code - 10000: code + 1
  std::vector<std::int16_t> currency_slot_;  // by currency table index: code, -1 unseen
};

}  // namespace analysis_detail
PAIRAID_NAMESPACE_END
