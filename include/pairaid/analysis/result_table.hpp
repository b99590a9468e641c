#pragma once
// One result table for every totals query, whatever its source (a ledger's QueryResult, IATI
// TotalsResult), rendered by one library writer as an aligned table, CSV or JSON — the same bytes
// from the CLI, the C API (pairaid_result_write) and Python (Result.csv()). docs/queries.md,
// "Output", names the columns and JSON fields.
//
//   pairaid::ResultTable t = pairaid::ResultTable::of(pairaid::run_query(ledger, q, ctx), {.names = true});
//   pairaid::write_table(std::cout, t, pairaid::TableFormat::csv);
//
// Columns, in order: each dimension under its canonical name (Dimension::name()), followed by
// `<name>_name` for a coded dimension when names are asked for (always in the aligned table);
// `currency` when the amounts are in their own currencies and currency is not a dimension;
// `amount`; `transactions`; `distinct_projects` when it was asked for. Amounts are exact decimals
// with at least the currency's ISO 4217 minor-unit digits (1300.50; more when held, never
// rounded), no exponent, no grouping; a group whose exchange rate is missing has none ("missing"
// in CSV and the table, null in JSON).
#include <pairaid/analysis/query.hpp>
#include <pairaid/iati/totals.hpp>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct TableOptions {
  bool names = false;                // `_name` columns in CSV and JSON (the aligned table always has them)
  const Dataset* dataset = nullptr;  // for donor and area names
  std::string rates_table;           // converted: what the exchange-rate table is, for the notes
};

struct ResultTable {
  struct MissingRate {
    std::string from;
    std::string to;
    std::optional<Date> first_date;  // the earliest value date that needed it
    std::string reason;              // "no rate in force", an unknown code, no date
    std::uint64_t transactions = 0;
  };
  struct Row {
    std::vector<std::optional<std::string>> keys;  // one per dimension; nullopt: none
    std::vector<std::string> names;                // one per dimension ("" when not named or unknown)
    std::string currency;                          // the amount's currency
    std::optional<std::string> amount;             // exact decimal text; none when a rate is missing
    std::vector<MissingRate> missing;
    std::uint64_t transactions = 0;
    std::optional<std::uint64_t> distinct_projects;
  };
  // The rates a converted table rests on, per pair as the table holds it.
  struct RatePair {
    std::string base;
    std::string quote;
    Date first;                                        // the earliest rate used (its date)
    Date last;                                         // the latest
    std::size_t count = 0;                             // distinct rates used
    std::vector<std::pair<Date, std::string>> listed;  // the rates themselves, when count <= 3
  };
  struct Rates {
    std::string table;  // what the table is ("FRED monthly averages ...", "rates.csv", a dataset's rates)
    std::vector<RatePair> pairs;
  };

  std::vector<Dimension> by;
  std::vector<bool> named;  // per dimension: has_names
  bool names = false;       // TableOptions::names
  bool converted = false;
  std::string target;            // converted: the currency
  bool currency_column = false;  // native amounts and no currency dimension
  bool all_types = false;        // the rows may add transaction types (asked for)
  bool distinct_projects = false;
  std::vector<Row> rows;
  std::optional<Rates> rates;  // converted
  // What a reader must know beside the numbers: types added, rates used, names missing, activities
  // the hierarchy policy left out, splits, missing rates. The CLI prints them on stderr; JSON has
  // them as "notes".
  std::vector<std::string> notes;

  static ResultTable of(const QueryResult& result, const TableOptions& options = {});
  static ResultTable of(const iati::TotalsResult& result, const TableOptions& options = {});

  // The header CSV writes (with_names) or the aligned table shows (always with names).
  std::vector<std::string> header(bool with_names) const;
  // Row `i`'s cells in header(with_names) order.
  std::vector<std::string> cells(std::size_t i, bool with_names) const;
  bool any_missing() const;
};

// "1300.50": at least `currency`'s minor-unit digits, more when held; an unknown code: as held.
std::string amount_text(const Decimal& amount, std::string_view currency);

enum class TableFormat { table, csv, json };
// "table", "csv" or "json"; nothing for anything else.
std::optional<TableFormat> parse_table_format(std::string_view word) noexcept;
void write_table(std::ostream& out, const ResultTable& table, TableFormat format);
std::string format_table(const ResultTable& table, TableFormat format);

PAIRAID_NAMESPACE_END
