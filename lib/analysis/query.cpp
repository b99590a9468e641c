// run_query: filters and dimensions become lookup tables over the ledger's codes (or over the
// ledger's range of days), so the per-row work is table lookups, a mixed-radix group number and
// an integer add into a dense slot array. No string is touched per row.
#include "analysis/ledger_columns.hpp"

#include <pairaid/analysis/query.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <deque>
#include <numeric>
#include <map>
#include <unordered_map>

PAIRAID_NAMESPACE_BEGIN
namespace {

enum class Column { day, donor, area, sector, currency, type };

// A dimension as a table from a column's value to a dense bucket, and the buckets' values.
struct Mapper {
  Column source = Column::day;
  std::vector<std::uint32_t> table;  // for Column::day, indexed by day - first_day
  std::vector<GroupValue> values;    // by bucket
};

const Dataset& need_dataset(const QueryContext& ctx, const std::string& what) {
  if (!ctx.dataset)
    throw error(errc::invalid_argument, what + " needs the dataset the ledger refers to (QueryContext::dataset)");
  return *ctx.dataset;
}

// Buckets for consecutive days: a new bucket whenever the value is one not seen yet.
template <class F>
Mapper day_mapper(const Ledger& ledger, F value_of) {
  Mapper m;
  m.source = Column::day;
  const DayNumber first = ledger.first_day(), last = ledger.last_day();
  if (last < first) return m;
  m.table.resize(static_cast<std::size_t>(last - first) + 1);
  std::map<GroupValue, std::uint32_t> seen;
  GroupValue previous;
  std::uint32_t previous_bucket = 0;
  for (DayNumber d = first; d <= last; ++d) {
    GroupValue v = value_of(date_of_day(d));
    if (d == first || !(v == previous)) {
      auto [it, inserted] = seen.emplace(v, static_cast<std::uint32_t>(m.values.size()));
      if (inserted) m.values.push_back(v);
      previous_bucket = it->second;
      previous = std::move(v);
    }
    m.table[static_cast<std::size_t>(d - first)] = previous_bucket;
  }
  return m;
}

// Buckets over a dictionary: equal values share a bucket.
template <class F>
Mapper code_mapper(Column source, std::size_t codes, F value_of) {
  Mapper m;
  m.source = source;
  m.table.resize(codes);
  std::map<GroupValue, std::uint32_t> seen;
  for (std::size_t c = 0; c < codes; ++c) {
    GroupValue v = value_of(c);
    auto [it, inserted] = seen.emplace(v, static_cast<std::uint32_t>(m.values.size()));
    if (inserted) m.values.push_back(std::move(v));
    m.table[c] = it->second;
  }
  return m;
}

// The dataset's batches with a known tenure, checked not to overlap.
std::vector<const Batch*> tenured_batches(const Dataset& ds) {
  std::vector<const Batch*> out;
  for (const Batch& b : ds.batches())
    if (b.tenure) out.push_back(&b);
  std::sort(out.begin(), out.end(),
            [](const Batch* a, const Batch* b) { return a->tenure->begin() < b->tenure->begin(); });
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i - 1]->tenure->overlaps(*out[i]->tenure))
      throw error(errc::invalid_data, "batches '" + out[i - 1]->id.str() + "' and '" + out[i]->id.str() +
                                          "' have overlapping tenures, so a date does not name one batch");
  return out;
}

const Organisation& donor_in(const Dataset& ds, const std::string& id) {
  const Organisation* o = ds.find(OrganisationId(id));
  if (!o) throw error(errc::not_found, "donor '" + id + "' is in the ledger but not in the dataset");
  return *o;
}
const Area& area_in(const Dataset& ds, AreaCode code) {
  const Area* a = ds.find(code);
  if (!a) throw error(errc::not_found, "area " + code.to_string() + " is in the ledger but not in the dataset");
  return *a;
}

Mapper mapper_for(const Dimension& dim, const Ledger& ledger, const QueryContext& ctx) {
  using K = Dimension::Kind;
  switch (dim.kind()) {
    case K::year: return day_mapper(ledger, [](Date d) { return GroupValue{d.year()}; });
    case K::quarter: return day_mapper(ledger, [](Date d) { return GroupValue{quarter_of(d)}; });
    case K::month: return day_mapper(ledger, [](Date d) { return GroupValue{month_of(d)}; });
    case K::fiscal_year: {
      const FiscalCalendar cal = *dim.fiscal_calendar();
      return day_mapper(ledger, [cal](Date d) { return GroupValue{FiscalYearKey{cal.of(d).label}}; });
    }
    case K::five_year_plan:
      return day_mapper(ledger, [](Date d) {
        auto p = plan_of(d);
        return p ? GroupValue{PlanKey{p->ordinal}} : GroupValue{};
      });
    case K::batch: {
      const auto batches = tenured_batches(need_dataset(ctx, "grouping by batch"));
      return day_mapper(ledger, [&](Date d) {
        for (const Batch* b : batches)
          if (b->tenure->contains(d)) return GroupValue{BatchKey{b->ordinal, b->id}};
        return GroupValue{};
      });
    }
    case K::donor:
      return code_mapper(Column::donor, ledger.donor_ids().size(), [&](std::size_t c) {
        return c == 0 ? GroupValue{} : GroupValue{OrganisationId(ledger.donor_ids()[c])};
      });
    case K::donor_kind: {
      const Dataset& ds = need_dataset(ctx, "grouping by donor kind");
      return code_mapper(Column::donor, ledger.donor_ids().size(), [&](std::size_t c) {
        return c == 0 ? GroupValue{} : GroupValue{donor_in(ds, ledger.donor_ids()[c]).kind};
      });
    }
    case K::area: {
      if (!dim.area_level())
        return code_mapper(Column::area, ledger.areas().size(),
                           [&](std::size_t c) { return c == 0 ? GroupValue{} : GroupValue{*ledger.areas()[c]}; });
      const Dataset& ds = need_dataset(ctx, "grouping by area at a level");
      const AreaLevel level = *dim.area_level();
      return code_mapper(Column::area, ledger.areas().size(), [&](std::size_t c) {
        if (c == 0) return GroupValue{};
        const AreaCode code = *ledger.areas()[c];
        area_in(ds, code);
        // Its ancestor at the level, or (recorded above the level) the area itself.
        return GroupValue{ds.ancestor_at(code, level).value_or(code)};
      });
    }
    case K::sector:
      return code_mapper(Column::sector, ledger.sectors().size(),
                         [&](std::size_t c) { return c == 0 ? GroupValue{} : GroupValue{*ledger.sectors()[c]}; });
    case K::currency:
      return code_mapper(Column::currency, ledger.currencies().size(),
                         [&](std::size_t c) { return GroupValue{ledger.currencies()[c]}; });
    case K::type:
      return code_mapper(Column::type, transaction_type_names.words.size(),
                         [](std::size_t c) { return GroupValue{static_cast<TransactionType>(c)}; });
  }
  throw error(errc::invalid_argument, "unknown dimension");
}

// Filters as accept tables; an empty table accepts everything.
struct Accept {
  std::vector<std::uint8_t> day, donor, area, sector, type, currency;
  bool any() const {
    return !day.empty() || !donor.empty() || !area.empty() || !sector.empty() || !type.empty() || !currency.empty();
  }
};

// Narrows `table` (sized `n`, all accepted when empty) to the codes `keep` accepts.
template <class F>
void narrow(std::vector<std::uint8_t>& table, std::size_t n, F keep) {
  if (table.empty()) table.assign(n, 1);
  for (std::size_t c = 0; c < n; ++c)
    if (table[c] && !keep(c)) table[c] = 0;
}

Accept accept_for(const Filter& f, const Ledger& ledger, const QueryContext& ctx) {
  Accept a;
  const DayNumber first = ledger.first_day();
  const std::size_t days = ledger.empty() ? 0 : static_cast<std::size_t>(ledger.last_day() - first) + 1;
  if (f.period) {
    const DayNumber lo = day_number(f.period->begin()), hi = day_number(f.period->end());
    narrow(a.day, days, [&](std::size_t i) {
      const DayNumber d = first + static_cast<DayNumber>(i);
      return lo <= d && d < hi;
    });
  }
  if (f.batches) {
    const Dataset& ds = need_dataset(ctx, "a batch filter");
    std::vector<Period> tenures;
    for (const BatchId& id : *f.batches) {
      const Batch* b = ds.find(id);
      if (!b) throw error(errc::not_found, "batch '" + id.str() + "' is not in the dataset");
      if (!b->tenure) throw error(errc::invalid_argument, "batch '" + id.str() + "' has no known tenure to filter by");
      tenures.push_back(*b->tenure);
    }
    narrow(a.day, days, [&](std::size_t i) {
      const Date d = date_of_day(first + static_cast<DayNumber>(i));
      return std::any_of(tenures.begin(), tenures.end(), [&](const Period& p) { return p.contains(d); });
    });
  }
  const auto& donors = ledger.donor_ids();
  if (f.donors)
    narrow(a.donor, donors.size(), [&](std::size_t c) {
      return c != 0 && std::any_of(f.donors->begin(), f.donors->end(),
                                   [&](const OrganisationId& id) { return id.str() == donors[c]; });
    });
  if (f.donor_kinds) {
    const Dataset& ds = need_dataset(ctx, "a donor-kind filter");
    narrow(a.donor, donors.size(), [&](std::size_t c) {
      return c != 0 && std::find(f.donor_kinds->begin(), f.donor_kinds->end(), donor_in(ds, donors[c]).kind) !=
                           f.donor_kinds->end();
    });
  }
  const auto& areas = ledger.areas();
  if (f.areas)
    narrow(a.area, areas.size(), [&](std::size_t c) {
      return c != 0 && std::find(f.areas->begin(), f.areas->end(), *areas[c]) != f.areas->end();
    });
  if (f.within) {
    const Dataset& ds = need_dataset(ctx, "an area-subtree filter");
    area_in(ds, *f.within);
    narrow(a.area, areas.size(),
           [&](std::size_t c) { return c != 0 && ds.within(area_in(ds, *areas[c]).code, *f.within); });
  }
  if (f.sectors)
    narrow(a.sector, ledger.sectors().size(), [&](std::size_t c) {
      return c != 0 && std::find(f.sectors->begin(), f.sectors->end(), *ledger.sectors()[c]) != f.sectors->end();
    });
  if (f.types)
    narrow(a.type, transaction_type_names.words.size(), [&](std::size_t c) {
      return std::find(f.types->begin(), f.types->end(), static_cast<TransactionType>(c)) != f.types->end();
    });
  if (f.currencies)
    narrow(a.currency, ledger.currencies().size(), [&](std::size_t c) {
      return std::find(f.currencies->begin(), f.currencies->end(), ledger.currencies()[c]) != f.currencies->end();
    });
  return a;
}

// Per (currency, value day): how to convert an amount, or which rate is missing.
struct Chain {
  bool missing = false;
  Currency from, to;
  detail::U256 num, den;  // amount at Decimal scale x num / den = steps of 10^-digits
  bool small = false;     // num (times 10^(9 - ledger scale)) and den fit 64 bits
  std::uint64_t num64 = 0, den64 = 0;
};

// A Chain reduced to what the per-row fast path needs: steps = round(units x num / den), with
// num / den in lowest terms (rounding looks at the remainder against den only, so reducing both
// by their gcd changes no result).
struct FastChain {
  enum class Kind : std::uint8_t { multiply, divide, general, missing };
  Kind kind = Kind::general;
  std::uint64_t num = 0, den = 1;
  const Chain* chain = nullptr;
};

class Converter {
 public:
  Converter(const Ledger& ledger, const ConvertTo& to, const FxTable& fx) : ledger_(ledger), to_(to), fx_(fx) {
    digits_ = to.rounding.digits ? *to.rounding.digits : to.currency.minor_units().value_or(-1);
    if (digits_ < 0 || digits_ > Decimal::scale)
      throw error(errc::invalid_argument, std::string(to.currency.code()) +
                                              " has no minor unit in ISO 4217; give ConvertTo::rounding.digits (0..9)");
    step_ = static_cast<std::int64_t>(detail::pow10_u128(Decimal::scale - digits_));
  }

  std::int64_t step() const noexcept { return step_; }
  RoundingMode mode() const noexcept { return to_.rounding.mode; }

  const Chain& chain(std::uint8_t currency, DayNumber day) {
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
    return cache_.emplace(key, c).first->second;
  }

  static FastChain fast(const Chain& c) {
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

  // Row i converted and rounded, exactly as FxTable::convert would, in steps of 10^-digits
  // (the caller multiplies a sum of steps by step() once).
  int128 convert_steps(const Chain& c, std::size_t i) const {
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

  // Row i by its FastChain (not missing): 64-bit arithmetic when the product fits, else the
  // 128-bit path above. Same rounding rule as detail::rounds_away, on 64-bit operands.
  int128 convert_steps(const FastChain& f, std::size_t i) const {
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

 private:
  // detail::rounds_away for a non-zero remainder r < d, without 256-bit operands.
  bool rounds_away(std::uint64_t q, std::uint64_t r, std::uint64_t d, bool negative) const {
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
  RateLookup(const Ledger& ledger, Converter& converter, const FxTable& fx) : converter_(converter) {
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

  const FastChain& operator()(std::uint8_t currency, DayNumber day) {
    const std::uint64_t offset = static_cast<std::uint64_t>(static_cast<std::int64_t>(day) - lo_);
    if (offset < span_) return chains_[table_[currency * span_ + offset]];
    const std::uint64_t key = (static_cast<std::uint64_t>(currency) << 32) | static_cast<std::uint32_t>(day);
    auto it = outside_.find(key);
    if (it == outside_.end()) it = outside_.emplace(key, add(converter_.chain(currency, day))).first;
    return chains_[it->second];
  }

 private:
  static constexpr DayNumber kAfter = 62;
  std::uint32_t add(const Chain& c) {
    chains_.push_back(Converter::fast(c));
    return static_cast<std::uint32_t>(chains_.size() - 1);
  }
  Converter& converter_;
  DayNumber lo_ = 0;
  std::size_t span_ = 0;
  std::vector<std::uint32_t> table_;
  std::deque<FastChain> chains_;  // FastChain references stay valid as chains are added
  std::unordered_map<std::uint64_t, std::uint32_t> outside_;
};

// One group's totals, whichever kernel produced them.
struct GroupTotals {
  std::uint64_t cell = 0;
  std::uint64_t transactions = 0;
  int128 units = 0;  // native: at the ledger's scale
  int128 steps = 0;  // converted: in steps of 10^-digits
  std::vector<MissingRate> missing;
  std::uint64_t distinct_projects = 0;
};

void add_checked(int128& total, int128 v) {
  if (__builtin_add_overflow(total, v, &total)) throw error(errc::overflow, "a group's sum exceeds 128 bits");
}

void note_missing(std::vector<MissingRate>& list, const Chain& c, DayNumber vd) {
  auto it = std::find_if(list.begin(), list.end(), [&](const MissingRate& x) { return x.from == c.from; });
  if (it == list.end())
    list.push_back(MissingRate{c.from, c.to, date_of_day(vd), 1});
  else {
    ++it->transactions;
    it->first_date = std::min(it->first_date, date_of_day(vd));
  }
}

// Projects per group from (group << 32 | project) pairs.
std::vector<std::uint64_t> count_distinct(std::vector<std::uint64_t>& pairs, std::size_t groups) {
  std::vector<std::uint64_t> distinct(groups, 0);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (std::uint64_t p : pairs) ++distinct[p >> 32];
  return distinct;
}

struct Plan {
  std::vector<Mapper> mappers;
  std::vector<std::uint64_t> radix;
  std::uint64_t cells = 1;
  Accept accept;
};

// Group spaces up to this many cells get one accumulator per cell, indexed by the cell number.
constexpr std::uint64_t kDenseCells = std::uint64_t{1} << 20;

// The kernel for dense group spaces. Per row, no row-index array and no slot lookup: the cell
// number is a sum of per-dimension tables already multiplied by the dimension's stride, and the
// cell's {int64 sum, count} pair is updated in place. A sum that would leave int64 (or a
// side-table amount) is moved into a 128-bit total for the cell instead, so nothing wraps.
// Filtered-out rows go to one extra cell that is never read.
std::vector<GroupTotals> dense_kernel(const Ledger& ledger, const Query& query, const Plan& plan, Converter* converter,
                                      RateLookup* rates) {
  const std::uint32_t cells = static_cast<std::uint32_t>(plan.cells);
  const std::uint32_t dump = cells;
  struct Acc {
    std::int64_t sum = 0;
    std::uint64_t count = 0;
  };
  std::vector<Acc> acc(static_cast<std::size_t>(cells) + 1);
  std::vector<int128> wide;                       // by cell, allocated on first use
  std::vector<std::vector<MissingRate>> missing;  // by cell, allocated on first use
  std::vector<std::uint64_t> cell_projects;       // cell << 32 | project
  auto wide_of = [&](std::uint32_t cell) -> int128& {
    if (wide.empty()) wide.assign(acc.size(), 0);
    return wide[cell];
  };

  // Per dimension: bucket x stride, by the column's value.
  std::vector<std::vector<std::uint32_t>> scaled(plan.mappers.size());
  std::uint64_t stride = 1;
  for (std::size_t k = plan.mappers.size(); k-- > 0;) {
    scaled[k].reserve(plan.mappers[k].table.size());
    for (std::uint32_t b : plan.mappers[k].table) scaled[k].push_back(static_cast<std::uint32_t>(b * stride));
    stride *= plan.radix[k];
  }

  const std::size_t n = ledger.size();
  const auto days = ledger.days();
  const auto value_days = ledger.value_days();
  const auto donor = ledger.donor_codes();
  const auto area = ledger.area_codes();
  const auto sector = ledger.sector_codes();
  const auto type = ledger.type_codes();
  const auto currency = ledger.currency_codes();
  const auto units = ledger.amount_units();
  const auto project = ledger.project_codes();
  const DayNumber first = ledger.first_day();
  const Accept& accept = plan.accept;
  const int side_shift = Decimal::scale - ledger.amount_scale();
  const int128 side_divisor = static_cast<int128>(detail::pow10_u128(side_shift));

  constexpr std::size_t kChunk = 1024;
  std::uint32_t keys[kChunk];
  for (std::size_t base = 0; base < n; base += kChunk) {
    const std::size_t m = std::min(kChunk, n - base);
    std::fill(keys, keys + m, 0u);
    for (std::size_t k = 0; k < plan.mappers.size(); ++k) {
      const std::uint32_t* t = scaled[k].data();
      switch (plan.mappers[k].source) {
        case Column::day:
          for (std::size_t j = 0; j < m; ++j) keys[j] += t[days[base + j] - first];
          break;
        case Column::donor:
          for (std::size_t j = 0; j < m; ++j) keys[j] += t[donor[base + j]];
          break;
        case Column::area:
          for (std::size_t j = 0; j < m; ++j) keys[j] += t[area[base + j]];
          break;
        case Column::sector:
          for (std::size_t j = 0; j < m; ++j) keys[j] += t[sector[base + j]];
          break;
        case Column::currency:
          for (std::size_t j = 0; j < m; ++j) keys[j] += t[currency[base + j]];
          break;
        case Column::type:
          for (std::size_t j = 0; j < m; ++j) keys[j] += t[type[base + j]];
          break;
      }
    }
    if (accept.any()) {
      for (std::size_t j = 0; j < m; ++j) {
        const std::size_t i = base + j;
        const bool ok =
            (accept.day.empty() || accept.day[static_cast<std::size_t>(days[i] - first)]) &&
            (accept.donor.empty() || accept.donor[donor[i]]) && (accept.area.empty() || accept.area[area[i]]) &&
            (accept.sector.empty() || accept.sector[sector[i]]) && (accept.type.empty() || accept.type[type[i]]) &&
            (accept.currency.empty() || accept.currency[currency[i]]);
        keys[j] = ok ? keys[j] : dump;
      }
    }
    if (!converter) {
      for (std::size_t j = 0; j < m; ++j) {
        const std::int64_t u = units[base + j];
        Acc& a = acc[keys[j]];
        ++a.count;
        std::int64_t s;
        if (u != Ledger::amount_in_side_table && !__builtin_add_overflow(a.sum, u, &s)) [[likely]] {
          a.sum = s;
        } else if (keys[j] != dump) {
          int128& w = wide_of(keys[j]);
          if (u == Ledger::amount_in_side_table) {
            add_checked(w, ledger.amount_decimal(base + j).raw() / side_divisor);
          } else {  // a.sum + u leaves int64: move the sum so far into the wide total
            add_checked(w, a.sum);
            a.sum = u;
          }
        }
      }
    } else {
      for (std::size_t j = 0; j < m; ++j) {
        const std::uint32_t cell = keys[j];
        if (cell == dump) continue;  // filtered out: never converted, so never an error
        const std::size_t i = base + j;
        Acc& a = acc[cell];
        ++a.count;
        const DayNumber vd = value_days[i] == Ledger::no_value_date ? days[i] : value_days[i];
        const FastChain& f = (*rates)(currency[i], vd);
        if (f.kind == FastChain::Kind::missing) [[unlikely]] {
          if (missing.empty()) missing.resize(acc.size());
          note_missing(missing[cell], *f.chain, vd);
          continue;
        }
        const int128 steps = converter->convert_steps(f, i);
        std::int64_t s;
        if (steps >= INT64_MIN && steps <= INT64_MAX &&
            !__builtin_add_overflow(a.sum, static_cast<std::int64_t>(steps), &s)) [[likely]] {
          a.sum = s;
        } else {
          int128& w = wide_of(cell);
          add_checked(w, a.sum);
          add_checked(w, steps);
          a.sum = 0;
        }
      }
    }
    if (query.distinct_projects)
      for (std::size_t j = 0; j < m; ++j)
        if (keys[j] != dump && project[base + j] != 0)
          cell_projects.push_back((static_cast<std::uint64_t>(keys[j]) << 32) | project[base + j]);
  }

  const std::vector<std::uint64_t> distinct =
      query.distinct_projects ? count_distinct(cell_projects, cells) : std::vector<std::uint64_t>();
  std::vector<GroupTotals> groups;
  for (std::uint32_t cell = 0; cell < cells; ++cell) {
    if (acc[cell].count == 0) continue;
    GroupTotals g;
    g.cell = cell;
    g.transactions = acc[cell].count;
    int128 total = acc[cell].sum;
    if (!wide.empty()) add_checked(total, wide[cell]);
    (converter ? g.steps : g.units) = total;
    if (!missing.empty()) g.missing = std::move(missing[cell]);
    if (query.distinct_projects) g.distinct_projects = distinct[cell];
    groups.push_back(std::move(g));
  }
  return groups;
}

// Group slots for group spaces too large for one accumulator per cell: found through a hash map.
class Slots {
 public:
  std::uint32_t slot(std::uint64_t cell) {
    auto [it, inserted] = map_.try_emplace(cell, 0);
    if (inserted) {
      it->second = static_cast<std::uint32_t>(groups.size());
      groups.emplace_back().cell = cell;
    }
    return it->second;
  }
  std::vector<GroupTotals> groups;  // by slot

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> map_;
};

// The kernel for sparse group spaces: rows are selected, keyed and found a slot chunk by chunk.
std::vector<GroupTotals> sparse_kernel(const Ledger& ledger, const Query& query, const Plan& plan,
                                       Converter* converter) {
  Slots slots;
  std::vector<std::uint64_t> slot_projects;  // slot << 32 | project

  const std::size_t n = ledger.size();
  const auto days = ledger.days();
  const auto value_days = ledger.value_days();
  const auto donor = ledger.donor_codes();
  const auto area = ledger.area_codes();
  const auto sector = ledger.sector_codes();
  const auto type = ledger.type_codes();
  const auto currency = ledger.currency_codes();
  const auto units = ledger.amount_units();
  const auto project = ledger.project_codes();
  const DayNumber first = ledger.first_day();
  const Accept& accept = plan.accept;
  const int side_shift = Decimal::scale - ledger.amount_scale();

  constexpr std::size_t kChunk = 2048;
  std::uint32_t rows[kChunk];
  std::uint64_t keys[kChunk];
  for (std::size_t base = 0; base < n; base += kChunk) {
    const std::size_t m = std::min(kChunk, n - base);
    std::size_t count = 0;
    for (std::size_t j = 0; j < m; ++j) {
      const std::size_t i = base + j;
      const bool ok =
          (accept.day.empty() || accept.day[static_cast<std::size_t>(days[i] - first)]) &&
          (accept.donor.empty() || accept.donor[donor[i]]) && (accept.area.empty() || accept.area[area[i]]) &&
          (accept.sector.empty() || accept.sector[sector[i]]) && (accept.type.empty() || accept.type[type[i]]) &&
          (accept.currency.empty() || accept.currency[currency[i]]);
      rows[count] = static_cast<std::uint32_t>(i);
      count += ok;
    }
    std::fill(keys, keys + count, 0);
    for (std::size_t k = 0; k < plan.mappers.size(); ++k) {
      const std::uint32_t* t = plan.mappers[k].table.data();
      const std::uint64_t r = plan.radix[k];
      switch (plan.mappers[k].source) {
        case Column::day:
          for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[days[rows[j]] - first];
          break;
        case Column::donor:
          for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[donor[rows[j]]];
          break;
        case Column::area:
          for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[area[rows[j]]];
          break;
        case Column::sector:
          for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[sector[rows[j]]];
          break;
        case Column::currency:
          for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[currency[rows[j]]];
          break;
        case Column::type:
          for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[type[rows[j]]];
          break;
      }
    }
    for (std::size_t j = 0; j < count; ++j) {
      const std::uint32_t s = slots.slot(keys[j]);
      const std::uint32_t i = rows[j];
      GroupTotals& g = slots.groups[s];
      ++g.transactions;
      if (!converter) {
        const std::int64_t u = units[i];
        // at most 2^32 rows of |u| < 2^63 in a 128-bit sum: only side-table amounts can overflow
        if (u != Ledger::amount_in_side_table)
          g.units += u;
        else
          add_checked(g.units, ledger.amount_decimal(i).raw() / static_cast<int128>(detail::pow10_u128(side_shift)));
      } else {
        const DayNumber vd = value_days[i] == Ledger::no_value_date ? days[i] : value_days[i];
        const Chain& c = converter->chain(currency[i], vd);
        if (c.missing)
          note_missing(g.missing, c, vd);
        else
          add_checked(g.steps, converter->convert_steps(c, i));
      }
      if (query.distinct_projects && project[i] != 0)
        slot_projects.push_back((static_cast<std::uint64_t>(s) << 32) | project[i]);
    }
  }
  if (query.distinct_projects) {
    const std::vector<std::uint64_t> distinct = count_distinct(slot_projects, slots.groups.size());
    for (std::size_t s = 0; s < slots.groups.size(); ++s) slots.groups[s].distinct_projects = distinct[s];
  }
  return std::move(slots.groups);
}

}  // namespace

QueryResult run_query(const Ledger& ledger, const Query& query, const QueryContext& context) {
  if (query.convert && !context.fx)
    throw error(errc::invalid_argument, "converting to " + std::string(query.convert->currency.code()) +
                                            " needs an exchange-rate table (QueryContext::fx)");
  QueryResult result;
  result.by = query.by;
  result.converted = query.convert.has_value();

  Plan plan;
  for (const Dimension& d : query.by) plan.mappers.push_back(mapper_for(d, ledger, context));
  // Native sums: the currency is part of every group, as a last, implicit dimension if not given.
  std::optional<std::size_t> currency_dim;
  for (std::size_t k = 0; k < query.by.size(); ++k)
    if (query.by[k].kind() == Dimension::Kind::currency) currency_dim = k;
  if (!query.convert && !currency_dim) {
    plan.mappers.push_back(mapper_for(Dimension::currency(), ledger, context));
    currency_dim = plan.mappers.size() - 1;
  }
  plan.accept = accept_for(query.where, ledger, context);
  for (const Mapper& m : plan.mappers) {
    const std::uint64_t card = std::max<std::uint64_t>(1, m.values.size());
    plan.radix.push_back(card);
    if (__builtin_mul_overflow(plan.cells, card, &plan.cells))
      throw error(errc::overflow, "the group-by space exceeds 2^64 cells; group by fewer dimensions");
  }

  std::optional<Converter> converter;
  if (query.convert) converter.emplace(ledger, *query.convert, *context.fx);
  // One accumulator per cell while that costs no more than a few per row.
  const bool dense = plan.cells < kDenseCells && plan.cells <= 4 * static_cast<std::uint64_t>(ledger.size()) + 4096;
  std::vector<GroupTotals> groups;
  if (dense) {
    std::optional<RateLookup> rates;
    if (converter) rates.emplace(ledger, *converter, *context.fx);
    groups = dense_kernel(ledger, query, plan, converter ? &*converter : nullptr, rates ? &*rates : nullptr);
  } else {
    groups = sparse_kernel(ledger, query, plan, converter ? &*converter : nullptr);
  }

  const int128 to_decimal = static_cast<int128>(detail::pow10_u128(Decimal::scale - ledger.amount_scale()));
  result.rows.reserve(groups.size());
  std::vector<std::uint32_t> bucket(plan.mappers.size());
  for (GroupTotals& g : groups) {
    ResultRow row;
    std::uint64_t cell = g.cell;
    for (std::size_t k = plan.mappers.size(); k-- > 0;) {
      bucket[k] = static_cast<std::uint32_t>(cell % plan.radix[k]);
      cell /= plan.radix[k];
    }
    for (std::size_t k = 0; k < query.by.size(); ++k) row.keys.push_back(plan.mappers[k].values[bucket[k]]);
    row.transactions = g.transactions;
    if (query.distinct_projects) row.distinct_projects = g.distinct_projects;
    int128 raw = 0;
    if (converter) {
      row.currency = query.convert->currency;
      if (!g.missing.empty())
        row.missing = std::move(g.missing);
      else if (__builtin_mul_overflow(g.steps, static_cast<int128>(converter->step()), &raw))
        throw error(errc::overflow, "converted amount is too large for a 128-bit decimal");
      else
        row.amount = Money(Decimal::from_raw(raw), row.currency);
    } else {
      row.currency = std::get<Currency>(plan.mappers[*currency_dim].values[bucket[*currency_dim]].value);
      if (__builtin_mul_overflow(g.units, to_decimal, &raw))
        throw error(errc::overflow, "a group's sum exceeds 128 bits");
      row.amount = Money(Decimal::from_raw(raw), row.currency);
    }
    result.rows.push_back(std::move(row));
  }
  std::sort(result.rows.begin(), result.rows.end(), [](const ResultRow& a, const ResultRow& b) {
    if (auto c = std::lexicographical_compare_three_way(a.keys.begin(), a.keys.end(), b.keys.begin(), b.keys.end());
        c != 0)
      return c < 0;
    return a.currency < b.currency;
  });
  return result;
}

PAIRAID_NAMESPACE_END
