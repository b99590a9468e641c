// pairaid_result: a query's rows as a table of typed cells. Every text is made when the result is
// (keys by the core's GroupValue::to_string, amounts by Decimal::to_string), so the accessors
// only read.
#include "query_handles.hpp"

#include <limits>

using pairaid::capi::fail;
using pairaid::capi::guard;

namespace {

// "no USD/CNY rate in force for 2 transactions, the first on 2021-03-01; no EUR/CNY ..."
std::string describe_missing(const std::vector<pairaid::MissingRate>& missing) {
  std::string text;
  for (const auto& m : missing) {
    if (!text.empty()) text += "; ";
    text += "no " + std::string(m.from.code()) + "/" + std::string(m.to.code()) + " rate in force for " +
            std::to_string(m.transactions) + (m.transactions == 1 ? " transaction" : " transactions") +
            ", the first on " + pairaid::to_string(m.first_date);
  }
  return text;
}

// The columns after the dimensions, in order.
enum class Measure { currency, amount, transactions, distinct_projects };
constexpr const char* measure_names[] = {"currency", "amount", "transactions", "distinct_projects"};

const pairaid_result::Row* row_at(const pairaid_result& r, std::size_t row) {
  return row < r.rows.size() ? &r.rows[row] : nullptr;
}

// The cell (row, col) as its C type, with the row; ENOTFOUND (recorded) for a row or column out of
// range.
pairaid_status locate(pairaid_cell_type& type, const pairaid_result::Row*& found, const pairaid_result& r,
                      std::size_t row, std::size_t col) {
  found = row_at(r, row);
  if (!found) return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("row", row, r.rows.size(), "rows"));
  if (col >= r.columns.size())
    return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("column", col, r.columns.size(), "columns"));
  if (col < r.dimensions) {
    type = found->keys[col] ? PAIRAID_CELL_TEXT : PAIRAID_CELL_NONE;
    return PAIRAID_OK;
  }
  switch (static_cast<Measure>(col - r.dimensions)) {
    case Measure::currency: type = PAIRAID_CELL_TEXT; break;
    case Measure::amount: type = found->amount ? PAIRAID_CELL_MONEY : PAIRAID_CELL_MISSING; break;
    case Measure::transactions: type = PAIRAID_CELL_COUNT; break;
    case Measure::distinct_projects: type = found->distinct_projects ? PAIRAID_CELL_COUNT : PAIRAID_CELL_NONE; break;
  }
  return PAIRAID_OK;
}

// "column 3 ('transactions') holds a count, not text"
pairaid_status wrong_type(const pairaid_result& r, std::size_t col, pairaid_cell_type type, const char* wanted) {
  return fail(PAIRAID_EINVALID, "column " + std::to_string(col) + " ('" + r.columns[col] + "') holds " +
                                    pairaid_cell_type_name(type) + " here, not " + wanted);
}

}  // namespace

pairaid_result::pairaid_result(const pairaid::QueryResult& result, const std::vector<std::string>& dimension_names,
                               bool distinct_projects)
    : columns(dimension_names), dimensions(dimension_names.size()) {
  for (const char* m : measure_names) {
    if (!distinct_projects && std::string_view(m) == "distinct_projects") continue;
    columns.emplace_back(m);
  }
  rows.reserve(result.rows.size());
  for (const auto& r : result.rows) {
    Row row;
    row.keys.reserve(r.keys.size());
    for (const auto& k : r.keys) {
      if (k.is_none())
        row.keys.emplace_back(std::nullopt);
      else
        row.keys.emplace_back(k.to_string());
    }
    row.currency = r.currency.code();
    if (r.amount) row.amount = r.amount->amount().to_string();
    row.missing = describe_missing(r.missing);
    row.transactions = r.transactions;
    row.distinct_projects = r.distinct_projects;
    rows.push_back(std::move(row));
  }
}

namespace {
// "no USD/CNY rate in force for 2 transactions, the first on 2021-03-01" (the reason as the totals
// engine gives it: no rate, an unknown code, no date).
std::string describe_missing(const std::vector<pairaid::iati::TotalsMissingRate>& missing) {
  std::string text;
  for (const auto& m : missing) {
    if (!text.empty()) text += "; ";
    text += m.from + "/" + m.to + ": " + m.reason + " for " + std::to_string(m.transactions) +
            (m.transactions == 1 ? " transaction" : " transactions");
    if (m.first_date) text += ", the first on " + pairaid::to_string(*m.first_date);
  }
  return text;
}
}  // namespace

pairaid_result::pairaid_result(const pairaid::iati::TotalsResult& result) : dimensions(result.by.size()) {
  for (pairaid::iati::TotalsDimension d : result.by) columns.emplace_back(pairaid::iati::column_name(d));
  for (const char* m : measure_names)
    if (std::string_view(m) != "distinct_projects") columns.emplace_back(m);
  rows.reserve(result.rows.size());
  for (const auto& r : result.rows) {
    Row row;
    row.keys.reserve(r.keys.size());
    for (const auto& k : r.keys) {
      if (k.empty())
        row.keys.emplace_back(std::nullopt);
      else
        row.keys.emplace_back(k);
    }
    row.currency = r.currency;
    if (r.amount) row.amount = r.amount->to_string();
    row.missing = describe_missing(r.missing);
    row.transactions = r.transactions;
    rows.push_back(std::move(row));
  }
}

extern "C" {

const char* pairaid_cell_type_name(int type) {
  switch (type) {
    case PAIRAID_CELL_NONE: return "none";
    case PAIRAID_CELL_TEXT: return "text";
    case PAIRAID_CELL_COUNT: return "count";
    case PAIRAID_CELL_MONEY: return "money";
    case PAIRAID_CELL_MISSING: return "missing";
    default: return nullptr;
  }
}

pairaid_status pairaid_result_row_count(size_t* out, const pairaid_result* result) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    *out = result->rows.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_column_count(size_t* out, const pairaid_result* result) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    *out = result->columns.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_column_name(const char** out, const pairaid_result* result, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(result);
    if (col >= result->columns.size())
      return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("column", col, result->columns.size(), "columns"));
    *out = result->columns[col].c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_cell_type(pairaid_cell_type* out, const pairaid_result* result, size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    const pairaid_result::Row* r = nullptr;
    return locate(*out, r, *result, row, col);
  });
}

pairaid_status pairaid_result_text(const char** out, const pairaid_result* result, size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(result);
    pairaid_cell_type type{};
    const pairaid_result::Row* r = nullptr;
    if (const auto st = locate(type, r, *result, row, col); st != PAIRAID_OK) return st;
    if (type == PAIRAID_CELL_NONE)
      return fail(PAIRAID_ENOTFOUND, "row " + std::to_string(row) + " has no " + result->columns[col] + " value");
    if (type != PAIRAID_CELL_TEXT) return wrong_type(*result, col, type, "text");
    *out = col < result->dimensions ? r->keys[col]->c_str() : r->currency.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_count(int64_t* out, const pairaid_result* result, size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    pairaid_cell_type type{};
    const pairaid_result::Row* r = nullptr;
    if (const auto st = locate(type, r, *result, row, col); st != PAIRAID_OK) return st;
    if (type != PAIRAID_CELL_COUNT) return wrong_type(*result, col, type, "a count");
    const bool transactions = static_cast<Measure>(col - result->dimensions) == Measure::transactions;
    const std::uint64_t value = transactions ? r->transactions : *r->distinct_projects;
    if (value > static_cast<std::uint64_t>(std::numeric_limits<int64_t>::max()))
      return fail(PAIRAID_EOVERFLOW, std::to_string(value) + " does not fit int64_t");
    *out = static_cast<int64_t>(value);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_money(const char** amount_text, const char** currency, const pairaid_result* result,
                                    size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(amount_text);
    *amount_text = nullptr;
    PAIRAID_REQUIRE(currency);
    *currency = nullptr;
    PAIRAID_REQUIRE(result);
    pairaid_cell_type type{};
    const pairaid_result::Row* r = nullptr;
    if (const auto st = locate(type, r, *result, row, col); st != PAIRAID_OK) return st;
    if (type == PAIRAID_CELL_MISSING)
      return fail(PAIRAID_EMISSING_RATE, "row " + std::to_string(row) + " has no amount: " + r->missing);
    if (type != PAIRAID_CELL_MONEY) return wrong_type(*result, col, type, "money");
    *amount_text = r->amount->c_str();
    *currency = r->currency.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_missing(const char** out, const pairaid_result* result, size_t row) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(result);
    const pairaid_result::Row* r = row_at(*result, row);
    if (!r) return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("row", row, result->rows.size(), "rows"));
    if (r->amount) return fail(PAIRAID_ENOTFOUND, "row " + std::to_string(row) + " has its amount: no rate is missing");
    *out = r->missing.c_str();
    return PAIRAID_OK;
  });
}

void pairaid_result_free(pairaid_result* result) { delete result; }

}  // extern "C"
