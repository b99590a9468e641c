// The group-by kernels of run_query: per row, table lookups, a mixed-radix group number and an
// integer add. No string is touched per row; both kernels read the ledger through one ColumnView.
#include "analysis/query_internal.hpp"

#include <algorithm>
#include <climits>

PAIRAID_NAMESPACE_BEGIN
namespace query_detail {
namespace {

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

}  // namespace

void add_checked(int128& total, int128 v) {
  if (__builtin_add_overflow(total, v, &total)) throw error(errc::overflow, "a group's sum exceeds 128 bits");
}

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

  const ColumnView v(ledger);
  const std::size_t n = v.n;
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
      v.visit(plan.mappers[k].source, [&](const auto* codes, auto offset) {
        for (std::size_t j = 0; j < m; ++j) keys[j] += t[codes[base + j] - offset];
      });
    }
    if (accept.any()) {
      for (std::size_t j = 0; j < m; ++j) keys[j] = v.accepts(accept, base + j) ? keys[j] : dump;
    }
    if (!converter) {
      for (std::size_t j = 0; j < m; ++j) {
        const std::int64_t u = v.units[base + j];
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
        const DayNumber vd = v.fx_day(i);
        FastChain& f = (*rates)(v.currency[i], vd);
        // Marked the first time only, so a row does not write to the shared chain.
        if (!f.used) [[unlikely]]
          f.used = true;
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
        if (keys[j] != dump && v.project[base + j] != 0)
          cell_projects.push_back((static_cast<std::uint64_t>(keys[j]) << 32) | v.project[base + j]);
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

// The kernel for sparse group spaces: rows are selected, keyed and found a slot chunk by chunk.
std::vector<GroupTotals> sparse_kernel(const Ledger& ledger, const Query& query, const Plan& plan,
                                       Converter* converter) {
  Slots slots;
  std::vector<std::uint64_t> slot_projects;  // slot << 32 | project

  const ColumnView v(ledger);
  const std::size_t n = v.n;
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
      rows[count] = static_cast<std::uint32_t>(i);
      count += v.accepts(accept, i);
    }
    std::fill(keys, keys + count, 0);
    for (std::size_t k = 0; k < plan.mappers.size(); ++k) {
      const std::uint32_t* t = plan.mappers[k].table.data();
      const std::uint64_t r = plan.radix[k];
      v.visit(plan.mappers[k].source, [&](const auto* codes, auto offset) {
        for (std::size_t j = 0; j < count; ++j) keys[j] = keys[j] * r + t[codes[rows[j]] - offset];
      });
    }
    for (std::size_t j = 0; j < count; ++j) {
      const std::uint32_t s = slots.slot(keys[j]);
      const std::uint32_t i = rows[j];
      GroupTotals& g = slots.groups[s];
      ++g.transactions;
      if (!converter) {
        const std::int64_t u = v.units[i];
        // at most 2^32 rows of |u| < 2^63 in a 128-bit sum: only side-table amounts can overflow
        if (u != Ledger::amount_in_side_table)
          g.units += u;
        else
          add_checked(g.units, ledger.amount_decimal(i).raw() / static_cast<int128>(detail::pow10_u128(side_shift)));
      } else {
        const DayNumber vd = v.fx_day(i);
        const Chain& c = converter->chain(v.currency[i], vd);
        if (!c.used) [[unlikely]]
          c.used = true;
        if (c.missing)
          note_missing(g.missing, c, vd);
        else
          add_checked(g.steps, converter->convert_steps(c, i));
      }
      if (query.distinct_projects && v.project[i] != 0)
        slot_projects.push_back((static_cast<std::uint64_t>(s) << 32) | v.project[i]);
    }
  }
  if (query.distinct_projects) {
    const std::vector<std::uint64_t> distinct = count_distinct(slot_projects, slots.groups.size());
    for (std::size_t s = 0; s < slots.groups.size(); ++s) slots.groups[s].distinct_projects = distinct[s];
  }
  return std::move(slots.groups);
}

}  // namespace query_detail
PAIRAID_NAMESPACE_END
