#pragma once
// The totals engine for a list of sources: what `pairaid totals` runs, and the C API
// (pairaid_query_run_sources) and Python (Library.totals) with it, so all three give the same
// table (docs/queries.md).
//
//   pairaid::TotalsRequest r;
//   r.sources = {"ledger.csv", "xizang.json"};
//   r.query.by = pairaid::Dimension::parse_list("donor,year");
//   r.query.condition = pairaid::Condition::parse("type = disbursement");
//   pairaid::TotalsOutcome o = pairaid::run_totals(r);
//   pairaid::write_table(std::cout, o.table, pairaid::TableFormat::csv);
//
// What each source is: io::source_kind. Ledgers (CSV), at most one dataset (JSON, or a store
// holding one: its transactions are added and it gives the context some dimensions need) and
// stores' transactions are read into one columnar Ledger and grouped by run_query; IATI files and
// stores' IATI activities are streamed through iati::TotalsAccumulator, big files on two threads,
// each file merged only once read whole. The two families do not mix in one request.
//
// Exchange rates when the query converts: `fx` when given; else the dataset's own rates when a
// dataset among the sources has some; else the table pairaid ships (io::load_bundled_rates: FRED
// monthly averages against USD). The table says which in its notes and `rates`, with every rate
// it used. A missing rate is a group without an amount, never 1:1 or 0.
#include <pairaid/analysis/query.hpp>
#include <pairaid/analysis/result_table.hpp>
#include <pairaid/iati/totals.hpp>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// Which part of a store holding both IATI activities and a dataset or ledger a request means.
enum class StorePart { automatic, iati, ledger };

struct TotalsRequest {
  std::vector<std::string> sources;
  Query query;  // by, filters, condition, conversion, all_types, distinct_projects
  iati::HierarchyPolicy hierarchy = iati::HierarchyPolicy::leaves;  // IATI sources
  bool strict = false;  // IATI: a transaction the reader would skip is an error instead
  StorePart store_part = StorePart::automatic;
  const FxTable* fx = nullptr;  // rates to convert with; null: the dataset's, else the bundled table
  std::string fx_name;          // how the notes name `fx` ("rates.csv")
  bool names = false;           // `_name` columns in CSV and JSON
  unsigned threads = 0;         // for big files; 0: two, or one on a one-core machine
  // IATI: a file that cannot be read (not well-formed, a strict read that failed) counts for
  // nothing, its diagnostics go to TotalsOutcome::failures and the other files still count.
  // Otherwise (and always for ledgers and datasets, which are all or nothing) it throws
  // (io::load_error with file:line:col diagnostics, or pairaid::error).
  bool keep_going = false;
  // Told what is being read ("reading 2 ledger file(s)"), for a progress line; may be empty.
  std::function<void(std::string_view)> progress;
};

struct TotalsOutcome {
  ResultTable table;
  std::vector<std::string> warnings;  // IATI transactions the reader skipped, FILE:LINE: reason, and their count
  std::vector<std::string> failures;  // keep_going: diagnostics of the files that counted for nothing
  std::uint64_t transactions = 0;     // transactions read (before filters)
};

// The rates a converting query uses when none are given: the dataset's own when they apply —
// it cites some, and they convert each of `currencies` into `target` (on some date; a day
// without a rate in force is still missing_rate) — else the table pairaid ships; `name` says
// which, for the notes, and why the dataset's were not used. Without `target` any cited rates
// apply. errc::io when the bundled table cannot be found.
struct DefaultRates {
  FxTable table;
  std::string name;
};
DefaultRates default_rates(const Dataset* dataset, std::string_view dataset_name,
                           std::span<const Currency> currencies = {}, std::optional<Currency> target = {});

// Throws errc::invalid_argument for a request the sources cannot answer (a dimension or field
// they lack, one that needs a dataset and none is given, two datasets, IATI mixed with ledgers,
// a store holding both without store_part), errc::mixed_types (transaction_types.hpp), and what
// the readers throw.
TotalsOutcome run_totals(const TotalsRequest& request);

PAIRAID_NAMESPACE_END
