#pragma once
// The query engine's parts (internal to lib/): the plan (query_plan.cpp: a table per dimension and
// filter), exchange rates per row (query_fx.cpp), the kernels that group (query_kernels.cpp), and
// run_query itself (query.cpp). Every part reads the ledger through one ColumnView.
#include <pairaid/analysis/query.hpp>

#include <cstdint>
#include <deque>
#include <type_traits>
#include <unordered_map>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace query_detail {

enum class Column { day, donor, area, sector, currency, type };

// A dimension as a table from a column's value to a dense bucket, and the buckets' values.
struct Mapper {
  Column source = Column::day;
  std::vector<std::uint32_t> table;  // for Column::day, indexed by day - first_day
  std::vector<GroupValue> values;    // by bucket
};

// Filters as accept tables by column (an empty table accepts everything), and for conditions that
// no column's table can express (an `or` across columns), one flag per row.
struct Accept {
  std::vector<std::uint8_t> day, donor, area, sector, type, currency;
  std::vector<std::uint8_t> rows;
  bool any() const {
    return !day.empty() || !donor.empty() || !area.empty() || !sector.empty() || !type.empty() || !currency.empty() ||
           !rows.empty();
  }
};

struct Plan {
  std::vector<Mapper> mappers;
  std::vector<std::uint64_t> radix;
  std::uint64_t cells = 1;
  Accept accept;
};

// The ledger's columns as the kernels read them. visit() hands a column's codes and the offset to
// subtract from each (the first day for dates, a compile-time 0 otherwise) to a generic lambda, so
// both kernels share one spelling of "key += table[code]" and the compiler still sees the
// concrete element type: no per-row dispatch.
struct ColumnView {
  explicit ColumnView(const Ledger& ledger)
      : n(ledger.size()),
        days(ledger.days().data()),
        value_days(ledger.value_days().data()),
        donor(ledger.donor_codes().data()),
        project(ledger.project_codes().data()),
        area(ledger.area_codes().data()),
        sector(ledger.sector_codes().data()),
        type(ledger.type_codes().data()),
        currency(ledger.currency_codes().data()),
        units(ledger.amount_units().data()),
        first(ledger.first_day()) {}

  template <class F>
  void visit(Column c, F&& f) const {
    constexpr std::integral_constant<int, 0> none{};
    switch (c) {
      case Column::day: f(days, first); break;
      case Column::donor: f(donor, none); break;
      case Column::area: f(area, none); break;
      case Column::sector: f(sector, none); break;
      case Column::currency: f(currency, none); break;
      case Column::type: f(type, none); break;
    }
  }

  bool accepts(const Accept& a, std::size_t i) const {
    return (a.day.empty() || a.day[static_cast<std::size_t>(days[i] - first)]) &&
           (a.donor.empty() || a.donor[donor[i]]) && (a.area.empty() || a.area[area[i]]) &&
           (a.sector.empty() || a.sector[sector[i]]) && (a.type.empty() || a.type[type[i]]) &&
           (a.currency.empty() || a.currency[currency[i]]) && (a.rows.empty() || a.rows[i]);
  }
  // The date exchange rates are looked up for.
  DayNumber fx_day(std::size_t i) const { return value_days[i] == Ledger::no_value_date ? days[i] : value_days[i]; }

  std::size_t n;
  const DayNumber* days;
  const DayNumber* value_days;
  const std::uint32_t* donor;
  const std::uint32_t* project;
  const std::uint16_t* area;
  const std::uint16_t* sector;
  const std::uint8_t* type;
  const std::uint8_t* currency;
  const std::int64_t* units;
  DayNumber first;
};

// --- the plan (query_plan.cpp) -------------------------------------------------------------------

Mapper mapper_for(const Dimension& dim, const Ledger& ledger, const QueryContext& ctx);
// Filter and condition: column tables where a condition's conjunct reads one column, a row mask
// for the rest. Throws for a condition the ledger cannot answer.
Accept accept_for(const Query& query, const Ledger& ledger, const QueryContext& ctx);

// --- exchange rates (query_fx.cpp) ---------------------------------------------------------------

// Per (currency, value day): how to convert an amount, or which rate is missing.
struct Chain {
  bool missing = false;
  mutable bool used = false;  // a counted row was converted with it
  Currency from, to;
  std::vector<FxLeg> legs;  // the rates FxTable::convert would use
  detail::U256 num, den;    // amount at Decimal scale x num / den = steps of 10^-digits
  bool small = false;       // num (times 10^(9 - ledger scale)) and den fit 64 bits
  std::uint64_t num64 = 0, den64 = 0;
};

// A Chain reduced to what the per-row fast path needs: steps = round(units x num / den), with
// num / den in lowest terms (rounding looks at the remainder against den only, so reducing both
// by their gcd changes no result).
struct FastChain {
  enum class Kind : std::uint8_t { multiply, divide, general, missing };
  Kind kind = Kind::general;
  bool used = false;  // set by the kernel for each row it converts
  std::uint64_t num = 0, den = 1;
  const Chain* chain = nullptr;
};

class Converter {
 public:
  Converter(const Ledger& ledger, const ConvertTo& to, const FxTable& fx);

  std::int64_t step() const noexcept { return step_; }
  const Chain& chain(std::uint8_t currency, DayNumber day);
  static FastChain fast(const Chain& c);
  // Row i converted and rounded, exactly as FxTable::convert would, in steps of 10^-digits
  // (the caller multiplies a sum of steps by step() once).
  int128 convert_steps(const Chain& c, std::size_t i) const;
  // Row i by its FastChain (not missing): 64-bit arithmetic when the product fits.
  int128 convert_steps(const FastChain& f, std::size_t i) const;
  // Every rate a used chain holds.
  RatesUsed rates_used() const;

 private:
  bool rounds_away(std::uint64_t q, std::uint64_t r, std::uint64_t d, bool negative) const;

  const Ledger& ledger_;
  const ConvertTo& to_;
  const FxTable& fx_;
  int digits_ = 0;
  std::int64_t step_ = 1;
  std::unordered_map<std::uint64_t, Chain> cache_;
};

// FastChains by (currency code, value day): a dense table over the ledger's days (plus the
// few weeks after, where value dates fall), filled interval by interval between the rate
// table's dates (no rate changes inside an interval, so one probe per interval and currency);
// value days outside it go through a hash map.
class RateLookup {
 public:
  RateLookup(const Ledger& ledger, Converter& converter, const FxTable& fx);
  // Inline: the dense kernel calls it once per row (out of line it cost that kernel ~14 %).
  FastChain& operator()(std::uint8_t currency, DayNumber day) {
    const std::uint64_t offset = static_cast<std::uint64_t>(static_cast<std::int64_t>(day) - lo_);
    if (offset < span_) [[likely]]
      return chains_[table_[currency * span_ + offset]];
    return outside(currency, day);
  }
  // Marks the chains of the used FastChains used (Converter::rates_used reads the marks).
  void mark_used() const;

 private:
  static constexpr DayNumber kAfter = 62;
  std::uint32_t add(const Chain& c);
  FastChain& outside(std::uint8_t currency, DayNumber day);  // a day outside the table's span
  Converter& converter_;
  DayNumber lo_ = 0;
  std::size_t span_ = 0;
  std::vector<std::uint32_t> table_;
  std::deque<FastChain> chains_;  // FastChain references stay valid as chains are added
  std::unordered_map<std::uint64_t, std::uint32_t> outside_;
};

// --- kernels (query_kernels.cpp) -------------------------------------------------------------------

// One group's totals, whichever kernel produced them.
struct GroupTotals {
  std::uint64_t cell = 0;
  std::uint64_t transactions = 0;
  int128 units = 0;  // native: at the ledger's scale
  int128 steps = 0;  // converted: in steps of 10^-digits
  std::vector<MissingRate> missing;
  std::uint64_t distinct_projects = 0;
};

// Group spaces up to this many cells get one accumulator per cell, indexed by the cell number.
constexpr std::uint64_t kDenseCells = std::uint64_t{1} << 20;

std::vector<GroupTotals> dense_kernel(const Ledger& ledger, const Query& query, const Plan& plan, Converter* converter,
                                      RateLookup* rates);
std::vector<GroupTotals> sparse_kernel(const Ledger& ledger, const Query& query, const Plan& plan,
                                       Converter* converter);

void add_checked(int128& total, int128 v);

}  // namespace query_detail
PAIRAID_NAMESPACE_END
