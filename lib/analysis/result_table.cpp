// ResultTable from either engine's result, with names beside codes and the notes a reader needs
// (result_table.hpp). The writers are in result_render.cpp.
#include <pairaid/analysis/names.hpp>
#include <pairaid/analysis/result_table.hpp>

#include <algorithm>
#include <map>
#include <set>

PAIRAID_NAMESPACE_BEGIN
namespace {

std::string plural(std::uint64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

void start(ResultTable& t, const std::vector<Dimension>& by, bool converted, bool all_types,
           const TableOptions& options) {
  t.by = by;
  t.names = options.names;
  t.converted = converted;
  t.all_types = all_types;
  bool currency_dimension = false;
  for (const Dimension& d : by) {
    t.named.push_back(has_names(d));
    currency_dimension = currency_dimension || d.kind() == Dimension::Kind::currency;
  }
  t.currency_column = !converted && !currency_dimension;
}

void add_names(ResultTable& t, const Dataset* dataset) {
  // Distinct values without a name, per dimension, for the note.
  std::vector<std::set<std::string>> unnamed(t.by.size());
  for (ResultTable::Row& row : t.rows) {
    row.names.assign(t.by.size(), std::string());
    for (std::size_t k = 0; k < t.by.size(); ++k) {
      if (!t.named[k] || !row.keys[k]) continue;
      row.names[k] = name_of(t.by[k], *row.keys[k], dataset);
      if (row.names[k].empty() && *row.keys[k] != "unallocated") unnamed[k].insert(*row.keys[k]);
    }
  }
  // The note is for those who asked for names; the aligned table shows them anyway, blank.
  for (std::size_t k = 0; k < t.by.size() && t.names; ++k) {
    if (unnamed[k].empty()) continue;
    const Dimension::Kind kind = t.by[k].kind();
    const bool from_dataset = kind == Dimension::Kind::donor || kind == Dimension::Kind::area;
    const std::string where = from_dataset
                                  ? (dataset ? "in the dataset" : "(no dataset among the sources to name them)")
                                  : "in the codelists pairaid carries";
    t.notes.push_back("names: " + plural(unnamed[k].size(), "value", "values") + " of " + t.by[k].name() +
                      " without a name " + where + ", e.g. " + *unnamed[k].begin() + " (its name is left empty)");
  }
}

void add_rates(ResultTable& t, const RatesUsed& used, const std::string& table) {
  ResultTable::Rates rates;
  rates.table = table;
  std::string text;
  for (const RatesUsed::Pair& p : used.pairs()) {
    ResultTable::RatePair pair;
    pair.base = p.base.code();
    pair.quote = p.quote.code();
    pair.first = p.rates.front().date;
    pair.last = p.rates.back().date;
    pair.count = p.rates.size();
    if (pair.count <= 3)
      for (const FxRate& r : p.rates) pair.listed.emplace_back(r.date, r.rate.to_string());
    text += text.empty() ? "" : "; ";
    text += pair.base + "/" + pair.quote + " ";
    if (!pair.listed.empty()) {
      for (std::size_t i = 0; i < pair.listed.size(); ++i)
        text += (i ? ", " : "") + pair.listed[i].second + " from " + to_string(pair.listed[i].first);
    } else {
      text += plural(pair.count, "rate", "rates") + " dated " + to_string(pair.first) + " to " + to_string(pair.last);
    }
    rates.pairs.push_back(std::move(pair));
  }
  t.notes.push_back("converted to " + t.target + " with " + (table.empty() ? std::string("the rates given") : table) +
                    ": " + (text.empty() ? std::string("no rate was used") : text));
  t.rates = std::move(rates);
}

std::string group_text(const ResultTable& t, const ResultTable::Row& row) {
  std::string group;
  for (std::size_t k = 0; k < t.by.size(); ++k)
    group += (k ? "," : "") + t.by[k].name() + "=" + row.keys[k].value_or("");
  return group;
}

void add_missing_notes(ResultTable& t) {
  for (const ResultTable::Row& row : t.rows)
    for (const ResultTable::MissingRate& m : row.missing) {
      std::string line = "group [" + group_text(t, row) + "]: no " + m.from + "/" + m.to + " rate for " +
                         std::to_string(m.transactions) + " transaction(s)";
      if (m.first_date) line += ", the first on " + to_string(*m.first_date);
      t.notes.push_back(line + ": " + m.reason + " [missing_rate]");
    }
}

// What IATI totals leave out or had to decide, so that nothing is silently dropped.
void add_hierarchy_notes(ResultTable& t, const iati::TotalsResult& r) {
  constexpr std::size_t conflicts_listed = 20;
  const iati::TotalsNotes& n = r.notes;
  const std::string policy(iati::to_string(r.hierarchy));
  const bool leaves = r.hierarchy == iati::HierarchyPolicy::leaves;
  if (n.activities_excluded > 0)
    t.notes.push_back("--hierarchy " + policy + ": " + plural(n.activities_excluded, "activity", "activities") +
                      " with " + std::to_string(n.transactions_excluded) + " transaction(s) not counted (" +
                      (leaves ? "they declare children" : "they are children") +
                      "; --hierarchy all counts every activity)");
  for (std::size_t i = 0; i < n.conflicts.size() && i < conflicts_listed; ++i)
    t.notes.push_back("warning: " + n.conflicts[i].counted + " is counted under --hierarchy " + policy + ", but " +
                      n.conflicts[i].named_by + " names it as its " + (leaves ? "parent" : "child") +
                      ": both may be counted [hierarchy_conflict]");
  if (n.conflicts.size() > conflicts_listed)
    t.notes.push_back("warning: " + std::to_string(n.conflicts.size() - conflicts_listed) +
                      " more hierarchy conflict(s)");
  if (n.splits_rescaled > 0)
    t.notes.push_back(std::to_string(n.splits_rescaled) +
                      " split(s) by percentages that do not add up to 100, used as weights [split_rescaled]");
  if (n.splits_unallocated > 0)
    t.notes.push_back(std::to_string(n.splits_unallocated) +
                      " split(s) with a missing, negative or non-decimal percentage: amount kept as 'unallocated' "
                      "[split_unallocated]");
}

}  // namespace

std::string amount_text(const Decimal& amount, std::string_view currency) {
  const std::optional<Currency> c = Currency::find(currency);
  const std::optional<int> digits = c ? c->minor_units() : std::nullopt;
  return amount.to_string(digits.value_or(0));
}

ResultTable ResultTable::of(const QueryResult& r, const TableOptions& options) {
  ResultTable t;
  start(t, r.by, r.converted, r.all_types, options);
  if (r.all_types) t.notes.push_back("--all-types: each row adds every transaction type it holds");
  bool distinct = false;
  for (const ResultRow& in : r.rows) {
    Row row;
    for (const GroupValue& k : in.keys) {
      if (k.is_none())
        row.keys.emplace_back(std::nullopt);
      else
        row.keys.emplace_back(k.to_string());
    }
    row.currency = in.currency.code();
    if (in.amount) row.amount = amount_text(in.amount->amount(), row.currency);
    for (const pairaid::MissingRate& m : in.missing)
      row.missing.push_back(
          {std::string(m.from.code()), std::string(m.to.code()), m.first_date, "no rate in force", m.transactions});
    row.transactions = in.transactions;
    row.distinct_projects = in.distinct_projects;
    distinct = distinct || in.distinct_projects.has_value();
    t.rows.push_back(std::move(row));
  }
  t.distinct_projects = distinct;
  add_names(t, options.dataset);
  if (r.converted) {
    t.target = r.target ? std::string(r.target->code()) : std::string();
    add_rates(t, r.rates, options.rates_table);
  }
  add_missing_notes(t);
  return t;
}

ResultTable ResultTable::of(const iati::TotalsResult& r, const TableOptions& options) {
  ResultTable t;
  start(t, r.by, r.converted, r.all_types, options);
  const iati::TotalsNotes& n = r.notes;
  if (r.all_types) {
    std::string list;
    for (std::size_t type = 0; type < n.types.size(); ++type)
      if (n.types[type] > 0)
        list += (list.empty() ? "" : ", ") + std::string(to_string(static_cast<TransactionType>(type))) + " " +
                std::to_string(n.types[type]);
    t.notes.push_back("--all-types: each row adds every transaction type it holds (" + list + ")");
  }
  for (const iati::TotalsRow& in : r.rows) {
    Row row;
    for (const std::string& k : in.keys) {
      if (k.empty())
        row.keys.emplace_back(std::nullopt);
      else
        row.keys.emplace_back(k);
    }
    row.currency = in.currency;
    if (in.amount) row.amount = amount_text(*in.amount, row.currency);
    for (const iati::TotalsMissingRate& m : in.missing)
      row.missing.push_back({m.from, m.to, m.first_date, m.reason, m.transactions});
    row.transactions = in.transactions;
    t.rows.push_back(std::move(row));
  }
  add_names(t, options.dataset);
  add_hierarchy_notes(t, r);
  if (r.converted) {
    t.target = r.target;
    add_rates(t, r.rates, options.rates_table);
  }
  add_missing_notes(t);
  return t;
}

std::vector<std::string> ResultTable::header(bool with_names) const {
  std::vector<std::string> h;
  for (std::size_t k = 0; k < by.size(); ++k) {
    h.push_back(by[k].name());
    if (with_names && named[k]) h.push_back(by[k].name() + "_name");
  }
  if (currency_column) h.emplace_back("currency");
  h.emplace_back("amount");
  h.emplace_back("transactions");
  if (distinct_projects) h.emplace_back("distinct_projects");
  return h;
}

std::vector<std::string> ResultTable::cells(std::size_t i, bool with_names) const {
  const Row& row = rows[i];
  std::vector<std::string> c;
  for (std::size_t k = 0; k < by.size(); ++k) {
    c.push_back(row.keys[k].value_or(""));
    if (with_names && named[k]) c.push_back(row.names.empty() ? std::string() : row.names[k]);
  }
  if (currency_column) c.push_back(row.currency);
  c.push_back(row.amount.value_or("missing"));
  c.push_back(std::to_string(row.transactions));
  if (distinct_projects) c.push_back(row.distinct_projects ? std::to_string(*row.distinct_projects) : "");
  return c;
}

bool ResultTable::any_missing() const {
  return std::any_of(rows.begin(), rows.end(), [](const Row& r) { return !r.missing.empty(); });
}

PAIRAID_NAMESPACE_END
