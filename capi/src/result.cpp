// pairaid_result: the library's ResultTable (analysis/result_table.hpp) as typed cells, and
// rendered by the library's own writers (the same bytes as `pairaid totals --format`).
#include "query_handles.hpp"

#include <limits>

using pairaid::capi::dup_string;
using pairaid::capi::fail;
using pairaid::capi::guard;

namespace {

// "no USD/CNY rate for 2 transactions, the first on 2021-03-01: no rate in force; no EUR/CNY ..."
std::string describe_missing(const std::vector<pairaid::ResultTable::MissingRate>& missing) {
  std::string text;
  for (const auto& m : missing) {
    if (!text.empty()) text += "; ";
    text += "no " + m.from + "/" + m.to + " rate for " + std::to_string(m.transactions) +
            (m.transactions == 1 ? " transaction" : " transactions");
    if (m.first_date) text += ", the first on " + pairaid::to_string(*m.first_date);
    text += ": " + m.reason;
  }
  return text;
}

const pairaid::ResultTable::Row* row_at(const pairaid_result& r, std::size_t row) {
  return row < r.table.rows.size() ? &r.table.rows[row] : nullptr;
}

// The cell (row, col) as its C type, with the row; ENOTFOUND (recorded) for a row or column out of
// range.
pairaid_status locate(pairaid_cell_type& type, const pairaid::ResultTable::Row*& found, const pairaid_result& r,
                      std::size_t row, std::size_t col) {
  found = row_at(r, row);
  if (!found) return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("row", row, r.table.rows.size(), "rows"));
  if (col >= r.columns.size())
    return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("column", col, r.columns.size(), "columns"));
  const pairaid_result::Column& c = r.columns[col];
  using K = pairaid_result::Kind;
  switch (c.kind) {
    case K::key:
    case K::name: type = found->keys[c.dimension] ? PAIRAID_CELL_TEXT : PAIRAID_CELL_NONE; break;
    case K::currency: type = PAIRAID_CELL_TEXT; break;
    case K::amount: type = found->amount ? PAIRAID_CELL_MONEY : PAIRAID_CELL_MISSING; break;
    case K::transactions: type = PAIRAID_CELL_COUNT; break;
    case K::distinct_projects: type = found->distinct_projects ? PAIRAID_CELL_COUNT : PAIRAID_CELL_NONE; break;
  }
  return PAIRAID_OK;
}

// "column 3 ('transactions') holds a count, not text"
pairaid_status wrong_type(const pairaid_result& r, std::size_t col, pairaid_cell_type type, const char* wanted) {
  return fail(PAIRAID_EINVALID, "column " + std::to_string(col) + " ('" + r.columns[col].name + "') holds " +
                                    pairaid_cell_type_name(type) + " here, not " + wanted);
}

}  // namespace

pairaid_result::pairaid_result(pairaid::ResultTable t) : table(std::move(t)) {
  for (std::size_t k = 0; k < table.by.size(); ++k) {
    columns.push_back({table.by[k].name(), Kind::key, k});
    if (table.names && table.named[k]) columns.push_back({table.by[k].name() + "_name", Kind::name, k});
  }
  columns.push_back({"currency", Kind::currency, 0});
  columns.push_back({"amount", Kind::amount, 0});
  columns.push_back({"transactions", Kind::transactions, 0});
  if (table.distinct_projects) columns.push_back({"distinct_projects", Kind::distinct_projects, 0});
  for (const auto& row : table.rows) missing.push_back(describe_missing(row.missing));
  if (table.rates) {
    rates_table = table.rates->table;
    for (const auto& p : table.rates->pairs)
      rate_dates.emplace_back(pairaid::to_string(p.first), pairaid::to_string(p.last));
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
    *out = result->table.rows.size();
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
    *out = result->columns[col].name.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_cell_type(pairaid_cell_type* out, const pairaid_result* result, size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    const pairaid::ResultTable::Row* r = nullptr;
    return locate(*out, r, *result, row, col);
  });
}

pairaid_status pairaid_result_text(const char** out, const pairaid_result* result, size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(result);
    pairaid_cell_type type{};
    const pairaid::ResultTable::Row* r = nullptr;
    if (const auto st = locate(type, r, *result, row, col); st != PAIRAID_OK) return st;
    const pairaid_result::Column& c = result->columns[col];
    if (type == PAIRAID_CELL_NONE)
      return fail(PAIRAID_ENOTFOUND, "row " + std::to_string(row) + " has no " + c.name + " value");
    if (type != PAIRAID_CELL_TEXT) return wrong_type(*result, col, type, "text");
    switch (c.kind) {
      case pairaid_result::Kind::key: *out = r->keys[c.dimension]->c_str(); break;
      case pairaid_result::Kind::name: *out = r->names[c.dimension].c_str(); break;
      default: *out = r->currency.c_str(); break;
    }
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_count(int64_t* out, const pairaid_result* result, size_t row, size_t col) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    pairaid_cell_type type{};
    const pairaid::ResultTable::Row* r = nullptr;
    if (const auto st = locate(type, r, *result, row, col); st != PAIRAID_OK) return st;
    if (type != PAIRAID_CELL_COUNT) return wrong_type(*result, col, type, "a count");
    const bool transactions = result->columns[col].kind == pairaid_result::Kind::transactions;
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
    const pairaid::ResultTable::Row* r = nullptr;
    if (const auto st = locate(type, r, *result, row, col); st != PAIRAID_OK) return st;
    if (type == PAIRAID_CELL_MISSING)
      return fail(PAIRAID_EMISSING_RATE, "row " + std::to_string(row) + " has no amount: " + result->missing[row]);
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
    const pairaid::ResultTable::Row* r = row_at(*result, row);
    if (!r) return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("row", row, result->table.rows.size(), "rows"));
    if (r->amount) return fail(PAIRAID_ENOTFOUND, "row " + std::to_string(row) + " has its amount: no rate is missing");
    *out = result->missing[row].c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_write(char** out, const pairaid_result* result, const char* format) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(result);
    PAIRAID_REQUIRE(format);
    const auto f = pairaid::parse_table_format(format);
    if (!f) return fail(PAIRAID_EINVALID, "unknown format '" + std::string(format) + "' (expected table, csv or json)");
    *out = dup_string(pairaid::format_table(result->table, *f));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_note_count(size_t* out, const pairaid_result* result) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(result);
    *out = result->table.notes.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_note(const char** out, const pairaid_result* result, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(result);
    if (index >= result->table.notes.size())
      return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("note", index, result->table.notes.size(), "notes"));
    *out = result->table.notes[index].c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_rates(const char** table, size_t* pairs, const pairaid_result* result) {
  return guard([&] {
    PAIRAID_REQUIRE(table);
    *table = nullptr;
    PAIRAID_REQUIRE(pairs);
    *pairs = 0;
    PAIRAID_REQUIRE(result);
    if (!result->table.rates) return fail(PAIRAID_ENOTFOUND, "the result is not converted: it used no rates");
    *table = result->rates_table.c_str();
    *pairs = result->table.rates->pairs.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_result_rate_pair(const char** base, const char** quote, const char** first, const char** last,
                                        size_t* count, const pairaid_result* result, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(base);
    PAIRAID_REQUIRE(quote);
    PAIRAID_REQUIRE(first);
    PAIRAID_REQUIRE(last);
    PAIRAID_REQUIRE(count);
    *base = *quote = *first = *last = nullptr;
    *count = 0;
    PAIRAID_REQUIRE(result);
    if (!result->table.rates) return fail(PAIRAID_ENOTFOUND, "the result is not converted: it used no rates");
    const auto& pairs = result->table.rates->pairs;
    if (index >= pairs.size())
      return fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("rate pair", index, pairs.size(), "pairs"));
    *base = pairs[index].base.c_str();
    *quote = pairs[index].quote.c_str();
    *first = result->rate_dates[index].first.c_str();
    *last = result->rate_dates[index].second.c_str();
    *count = pairs[index].count;
    return PAIRAID_OK;
  });
}

void pairaid_result_free(pairaid_result* result) { delete result; }

}  // extern "C"
