// Cumulative sums and period-on-period growth along one time dimension of a query result.
#include <pairaid/analysis/query.hpp>

#include <algorithm>
#include <numeric>

PAIRAID_NAMESPACE_BEGIN
namespace {

// Whether `prev` is the period immediately before `cur` on the same time dimension.
bool immediately_before(const GroupValue& prev, const GroupValue& cur) {
  if (prev.value.index() != cur.value.index()) return false;
  return std::visit(
      [&](const auto& p) -> bool {
        using T = std::decay_t<decltype(p)>;
        const T& c = std::get<T>(cur.value);
        if constexpr (std::is_same_v<T, int>)
          return p + 1 == c;
        else if constexpr (std::is_same_v<T, Quarter>)
          return p.year * 4 + p.quarter + 1 == c.year * 4 + c.quarter;
        else if constexpr (std::is_same_v<T, YearMonth>)
          return p.year * 12 + p.month + 1 == c.year * 12 + c.month;
        else if constexpr (std::is_same_v<T, FiscalYearKey>)
          return p.label + 1 == c.label;
        else if constexpr (std::is_same_v<T, PlanKey> || std::is_same_v<T, BatchKey>)
          return p.ordinal + 1 == c.ordinal;
        else
          return false;
      },
      prev.value);
}

// (cur - prev) / prev, rounded once to `digits` by `mode`; none when prev is 0.
std::optional<Decimal> growth_of(Decimal prev, Decimal cur, const GrowthOptions& g) {
  if (prev.is_zero()) return std::nullopt;
  const Decimal diff = cur - prev;
  detail::U256 num;
  if (!detail::mul(detail::U256::from(detail::magnitude(diff.raw())), detail::U256::from(detail::pow10_u128(g.digits)),
                   num))
    throw error(errc::overflow, "growth too large to compute");
  const int128 q = detail::divide_rounded(diff.is_negative() != prev.is_negative(), num,
                                          detail::U256::from(detail::magnitude(prev.raw())), g.mode);
  int128 raw = 0;
  if (__builtin_mul_overflow(q, static_cast<int128>(detail::pow10_u128(Decimal::scale - g.digits)), &raw))
    throw error(errc::overflow, "growth too large for a decimal");
  return Decimal::from_raw(raw);
}

}  // namespace

std::vector<SeriesRow> time_series(const QueryResult& result, std::size_t time_index, GrowthOptions growth) {
  if (time_index >= result.by.size() || !result.by[time_index].is_time())
    throw error(errc::invalid_argument,
                "a series needs a time dimension (year, quarter, month, fiscal year, plan or batch)");
  if (growth.digits < 0 || growth.digits > Decimal::scale)
    throw error(errc::invalid_argument, "growth digits must be 0..9");
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < result.rows.size(); ++i)
    if (!result.rows[i].keys[time_index].is_none()) order.push_back(i);
  // Same series: every key but the time one, and the currency.
  auto series_cmp = [&](const ResultRow& a, const ResultRow& b) {
    for (std::size_t k = 0; k < a.keys.size(); ++k) {
      if (k == time_index) continue;
      if (auto c = a.keys[k] <=> b.keys[k]; c != 0) return c;
    }
    return a.currency <=> b.currency;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const auto& a = result.rows[x];
    const auto& b = result.rows[y];
    if (auto c = series_cmp(a, b); c != 0) return c < 0;
    return a.keys[time_index] < b.keys[time_index];
  });

  std::vector<SeriesRow> out;
  out.reserve(order.size());
  for (std::size_t n = 0; n < order.size(); ++n) {
    const ResultRow& row = result.rows[order[n]];
    SeriesRow s{row, std::nullopt, std::nullopt};
    const bool continues = n > 0 && series_cmp(result.rows[order[n - 1]], row) == 0;
    if (!continues) {
      s.cumulative = row.amount;
    } else {
      const SeriesRow& before = out.back();
      if (before.cumulative && row.amount) s.cumulative = *before.cumulative + *row.amount;
      if (before.row.amount && row.amount && immediately_before(before.row.keys[time_index], row.keys[time_index]))
        s.growth = growth_of(before.row.amount->amount(), row.amount->amount(), growth);
    }
    out.push_back(std::move(s));
  }
  return out;
}

PAIRAID_NAMESPACE_END
