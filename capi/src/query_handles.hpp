#pragma once
// The handles of ledgers, queries and their results. Kept apart from handles.hpp so that only the
// files that need the query engine include it.
#include "handles.hpp"

#include <pairaid/analysis/ledger.hpp>
#include <pairaid/analysis/query.hpp>
#include <pairaid/analysis/result_table.hpp>
#include <pairaid/analysis/totals.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct pairaid_ledger {
  pairaid::Ledger ledger;
};

// A query and what running it over sources needs besides (analysis/totals.hpp's TotalsRequest).
struct pairaid_query {
  pairaid::Query query;
  pairaid::iati::HierarchyPolicy hierarchy = pairaid::iati::HierarchyPolicy::leaves;
  bool strict = false;
  pairaid::StorePart store_part = pairaid::StorePart::automatic;
  bool names = false;
};

// The library's ResultTable, and the columns the typed accessors read: every text is made when
// the result is, so the accessors only read (one result may be shared by threads) and every string
// they lend lives as long as the handle.
struct pairaid_result {
  enum class Kind { key, name, currency, amount, transactions, distinct_projects };
  struct Column {
    std::string name;
    Kind kind;
    std::size_t dimension = 0;  // key, name: which dimension
  };

  explicit pairaid_result(pairaid::ResultTable t);

  pairaid::ResultTable table;
  std::vector<Column> columns;
  std::vector<std::string> missing;  // per row: the missing rates in words, "" when the amount is known
  std::string rates_table;           // converted: what the table is
  std::vector<std::pair<std::string, std::string>> rate_dates;  // per rate pair: first and last, as text
};
