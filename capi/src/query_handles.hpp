#pragma once
// The handles of ledgers, queries and their results. Kept apart from handles.hpp so that only the
// three files that need the query engine include it.
#include "handles.hpp"

#include <pairaid/analysis/ledger.hpp>
#include <pairaid/analysis/query.hpp>
#include <pairaid/iati/totals.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct pairaid_ledger {
  pairaid::Ledger ledger;
};

struct pairaid_query {
  pairaid::Query query;
  // The name each dimension of query.by was given by ("area:prefecture"): the result's columns.
  std::vector<std::string> dimension_names;
};

// A QueryResult turned into text once, when it is made, so that every accessor only reads (one
// result may be shared by threads) and every string it lends lives as long as the handle.
struct pairaid_result {
  struct Row {
    std::vector<std::optional<std::string>> keys;  // nullopt: the dimension has no value
    std::string currency;
    std::optional<std::string> amount;  // nullopt: a rate was missing (see `missing`)
    std::string missing;                // "" when the amount is known
    std::uint64_t transactions = 0;
    std::optional<std::uint64_t> distinct_projects;
  };

  pairaid_result(const pairaid::QueryResult& result, const std::vector<std::string>& dimension_names,
                 bool distinct_projects);
  // IATI totals (include/pairaid/iati/totals.hpp): the same columns without distinct_projects; an
  // empty key ("no sector") is a NONE cell.
  explicit pairaid_result(const pairaid::iati::TotalsResult& result);

  std::vector<std::string> columns;
  std::size_t dimensions = 0;  // the first `dimensions` columns are group keys
  std::vector<Row> rows;
};
