#pragma once
// Rows as well as totals: one row per transaction, or per part of a transaction split by sector
// and recipient country - what `pairaid transactions` prints and an analyst loads into a
// spreadsheet (docs/queries.md, "pairaid transactions"). The amounts of the rows a request keeps
// add up to the totals of the same request: the same sources, condition, hierarchy policy and
// splits as analysis/totals.hpp, exactly.
//
// Columns: activity, date, type, value, currency, value_date, provider, receiver, sector, country,
// percentage, amount (`type_name`, `sector_name`, `country_name` after their codes when names are
// asked for). IATI: the iati-identifier, provider-org/@ref and receiver-org/@ref; a ledger,
// dataset or store: the project id, the donor and the recipient area. `value` is the whole
// transaction and `amount` the part of it the row stands for (the same when not split);
// `percentage` is the share the part follows as published (the product of both when split both
// ways, /100), empty when the row is not split.
#include <pairaid/analysis/condition.hpp>
#include <pairaid/analysis/result_table.hpp>
#include <pairaid/analysis/totals.hpp>

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct TransactionRow {
  std::string activity;
  std::optional<Date> date;
  std::string type;  // its word
  Decimal value;
  std::string currency;
  std::optional<Date> value_date;
  std::string provider;
  std::string receiver;
  std::string sector;
  std::string country;
  std::optional<Decimal> percentage;
  Decimal amount;
};

struct TransactionsRequest {
  std::vector<std::string> sources;
  std::optional<Condition> where;
  bool split_sector = false;   // one row per sector share (IATI)
  bool split_country = false;  // one row per recipient country or region share (IATI)
  iati::HierarchyPolicy hierarchy = iati::HierarchyPolicy::leaves;
  bool strict = false;
  StorePart store_part = StorePart::automatic;
  unsigned threads = 0;
};

// Calls `row` for every row the request keeps, in file and document order. Returns the IATI
// transactions the reader skipped (FILE:LINE: reason). Errors as run_totals; splitting a
// ledger-side source is errc::invalid_argument (its transactions have one sector and no country).
std::vector<std::string> for_each_transaction(const TransactionsRequest& request,
                                              const std::function<void(const TransactionRow&)>& row);

// CSV (a header, then one line per row) or JSON ({"rows": [...]}), written as rows come.
class TransactionWriter {
 public:
  TransactionWriter(std::ostream& out, TableFormat format, bool names);
  void write(const TransactionRow& row);
  void finish();

 private:
  std::ostream& out_;
  TableFormat format_;
  bool names_;
  bool first_ = true;
};

PAIRAID_NAMESPACE_END
