// run_query: the plan (query_plan.cpp), the rule against adding transaction types, the kernels
// (query_kernels.cpp) and exchange rates (query_fx.cpp), and the rows made from the groups.
#include "analysis/query_internal.hpp"

#include <algorithm>

PAIRAID_NAMESPACE_BEGIN

std::vector<TransactionType> Query::named_types() const {
  std::vector<TransactionType> out;
  if (where.types) out = *where.types;
  if (condition)
    for (TransactionType t : condition->named_types())
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  return out;
}

bool Query::groups_by(Dimension::Kind kind) const {
  return std::any_of(by.begin(), by.end(), [&](const Dimension& d) { return d.kind() == kind; });
}

namespace {

using namespace query_detail;

// Transactions of each type among the rows the filters keep.
TypeCounts count_types(const ColumnView& v, const Accept& accept) {
  TypeCounts counts{};
  if (!accept.any()) {
    for (std::size_t i = 0; i < v.n; ++i) ++counts[v.type[i]];
  } else {
    for (std::size_t i = 0; i < v.n; ++i)
      if (v.accepts(accept, i)) ++counts[v.type[i]];
  }
  return counts;
}

// The rule of transaction_types.hpp. Cheap when it holds: the accept table may already allow only
// chosen types, and otherwise the scan stops at the first row that makes a mix; counting every
// row is only for the message of a query that is refused anyway.
void check_types(const Ledger& ledger, const Query& query, const Accept& accept) {
  if (query.all_types || query.groups_by(Dimension::Kind::type)) return;
  const std::vector<TransactionType> chosen = query.named_types();
  auto is_chosen = [&](std::size_t t) {
    return std::find(chosen.begin(), chosen.end(), static_cast<TransactionType>(t)) != chosen.end();
  };
  if (!accept.type.empty()) {
    bool only_chosen = true;
    for (std::size_t t = 0; t < accept.type.size(); ++t)
      if (accept.type[t] && !is_chosen(t)) only_chosen = false;
    if (only_chosen) return;
  }
  const ColumnView v(ledger);
  int seen = -1;
  bool mix = false;
  for (std::size_t i = 0; i < v.n && !mix; ++i) {
    if (accept.any() && !v.accepts(accept, i)) continue;
    const int t = v.type[i];
    if (seen < 0)
      seen = t;
    else if (t != seen && !(is_chosen(static_cast<std::size_t>(t)) && is_chosen(static_cast<std::size_t>(seen))))
      mix = true;
  }
  if (mix) refuse_mixed_types(count_types(v, accept), chosen);
}

}  // namespace

QueryResult run_query(const Ledger& ledger, const Query& query, const QueryContext& context) {
  if (query.convert && !context.fx)
    throw error(errc::invalid_argument, "converting to " + std::string(query.convert->currency.code()) +
                                            " needs an exchange-rate table (QueryContext::fx)");
  QueryResult result;
  result.by = query.by;
  result.converted = query.convert.has_value();
  if (query.convert) result.target = query.convert->currency;
  result.all_types = query.all_types;

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
  plan.accept = accept_for(query, ledger, context);
  check_types(ledger, query, plan.accept);
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
    if (rates) rates->mark_used();
  } else {
    groups = sparse_kernel(ledger, query, plan, converter ? &*converter : nullptr);
  }
  if (converter) result.rates = converter->rates_used();

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
