// pairaid totals FILE.xml...: exact IATI totals. Each file is read into its own accumulator (one
// per part when the file is large enough to read on both cores) and merged only when the whole
// file was read, so a file that is not well-formed, or fails a strict read, counts for nothing.
#include "totals_iati.hpp"
#include "store_input.hpp"

#include <pairaid/iati/reader.hpp>
#include <pairaid/iati/totals.hpp>
#include <pairaid/io/fx_csv.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <thread>

namespace pairaid_cli {
namespace {

namespace iati = pairaid::iati;

// Below this a file is read on one thread: starting a second costs more than it saves.
constexpr std::uintmax_t parallel_from_bytes = std::uintmax_t{8} << 20;
// Hierarchy conflicts listed one by one before only their count is given.
constexpr std::size_t conflicts_listed = 20;

std::vector<iati::TotalsDimension> dimensions(const std::string& list) {
  std::vector<iati::TotalsDimension> by;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = list.find(',', start);
    const std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const auto d = iati::parse_totals_dimension(name);
    if (!d)
      throw usage_error("--by: '" + name + "' is not a dimension of IATI totals (expected " +
                        iati::totals_dimension_names() + ")");
    if (std::find(by.begin(), by.end(), *d) != by.end()) throw usage_error("--by: '" + name + "' is given twice");
    by.push_back(*d);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return by;
}

// The reader's options for totals: money, dates, shares and links; no narratives, results,
// locations or budgets (still checked for well-formedness, never built).
iati::ReadOptions read_options(bool strict) {
  iati::ReadOptions o;
  o.strict = strict;
  o.parts.narratives = false;
  o.parts.results = false;
  o.parts.locations = false;
  o.parts.budgets = false;
  return o;
}

// Reads one file into `into`; the summary says what was skipped. Throws what the reader throws.
iati::ReadSummary read_file(const std::string& path, const iati::ReadOptions& options, iati::TotalsAccumulator& into) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  const unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
  if (ec || size < parallel_from_bytes || threads < 2)
    return iati::read_activities_file(path, options, [&](iati::Activity&& a) { into.add(a); });
  // One accumulator per part, merged in part order once every part is done. sink_for(i) means
  // "start part i afresh" (the reader may fall back to a sequential re-read), so it resets it.
  std::vector<iati::TotalsAccumulator> parts(threads, iati::TotalsAccumulator(into.options()));
  iati::ReadSummary summary =
      iati::read_activities_file_parallel(path, options, threads, [&](unsigned part) -> iati::ActivityCallback {
        iati::TotalsAccumulator* acc = &parts.at(part);
        *acc = iati::TotalsAccumulator(into.options());
        return [acc](iati::Activity&& a) { acc->add(a); };
      });
  for (auto& p : parts) into.merge(std::move(p));
  return summary;
}

std::string describe(const iati::TotalsRow& row, const std::vector<iati::TotalsDimension>& by) {
  std::string group;
  for (std::size_t k = 0; k < row.keys.size(); ++k)
    group += (k ? "," : "") + std::string(iati::column_name(by[k])) + "=" + row.keys[k];
  return group;
}

TotalsTable as_table(const iati::TotalsResult& r) {
  TotalsTable t;
  bool currency_column = !r.converted;
  for (auto d : r.by) {
    t.header.emplace_back(iati::column_name(d));
    if (d == iati::TotalsDimension::currency) currency_column = false;
  }
  if (currency_column) t.header.emplace_back("currency");
  t.header.emplace_back("amount");
  t.header.emplace_back("transactions");
  for (const auto& row : r.rows) {
    std::vector<std::string> cells = row.keys;
    if (currency_column) cells.push_back(row.currency);
    cells.push_back(row.amount ? row.amount->to_string() : "missing");
    cells.push_back(std::to_string(row.transactions));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// Like the ledgers' JSON: dimension values by column name (null when empty), the currency, the
// amount as exact decimal text (null when a rate is missing) and the missing rates.
void print_json(std::ostream& out, const iati::TotalsResult& r) {
  boost::json::array rows;
  for (const auto& row : r.rows) {
    boost::json::object o;
    for (std::size_t k = 0; k < r.by.size(); ++k) {
      const std::string column(iati::column_name(r.by[k]));
      if (row.keys[k].empty())
        o[column] = nullptr;
      else
        o[column] = row.keys[k];
    }
    // The amount's currency: the native one, or the conversion's target (a `currency` dimension
    // then keeps the currency the transactions were written in).
    if (!o.contains("currency")) o["currency"] = row.currency;
    o["amount_currency"] = row.currency;
    if (row.amount)
      o["amount"] = row.amount->to_string();
    else
      o["amount"] = nullptr;
    o["transactions"] = row.transactions;
    if (!row.missing.empty()) {
      boost::json::array missing;
      for (const auto& m : row.missing) {
        boost::json::object x{{"from", m.from}, {"to", m.to}, {"reason", m.reason}, {"transactions", m.transactions}};
        if (m.first_date)
          x["first_value_date"] = pairaid::to_string(*m.first_date);
        else
          x["first_value_date"] = nullptr;
        missing.push_back(std::move(x));
      }
      o["missing_rates"] = std::move(missing);
    }
    rows.push_back(std::move(o));
  }
  boost::json::array by;
  for (auto d : r.by) by.push_back(boost::json::value(std::string(iati::column_name(d))));
  out << boost::json::serialize(
             boost::json::object{{"by", std::move(by)}, {"converted", r.converted}, {"rows", std::move(rows)}})
      << "\n";
}

// What the totals leave out or had to decide, on stderr, so that nothing is silently dropped.
void report_notes(const iati::TotalsResult& r, iati::HierarchyPolicy policy, std::ostream& err) {
  const auto& n = r.notes;
  if (n.activities_excluded > 0) {
    err << "pairaid totals: --hierarchy " << iati::to_string(policy) << ": " << n.activities_excluded << " activit"
        << (n.activities_excluded == 1 ? "y" : "ies") << " with " << n.transactions_excluded
        << " transaction(s) not counted ("
        << (policy == iati::HierarchyPolicy::leaves ? "they declare children" : "they are children")
        << "; --hierarchy all counts every activity)\n";
  }
  for (std::size_t i = 0; i < n.conflicts.size() && i < conflicts_listed; ++i)
    err << "pairaid totals: warning: " << n.conflicts[i].counted << " is counted under --hierarchy "
        << iati::to_string(policy) << ", but " << n.conflicts[i].named_by << " names it as its "
        << (policy == iati::HierarchyPolicy::leaves ? "parent" : "child")
        << ": both may be counted [hierarchy_conflict]\n";
  if (n.conflicts.size() > conflicts_listed)
    err << "pairaid totals: warning: " << n.conflicts.size() - conflicts_listed << " more hierarchy conflict(s)\n";
  if (n.splits_rescaled > 0)
    err << "pairaid totals: " << n.splits_rescaled
        << " split(s) by percentages that do not add up to 100, used as weights [split_rescaled]\n";
  if (n.splits_unallocated > 0)
    err << "pairaid totals: " << n.splits_unallocated
        << " split(s) with a missing, negative or non-decimal percentage: amount kept as 'unallocated' "
           "[split_unallocated]\n";
}

}  // namespace

bool is_iati_source(std::string_view path) {
  if (path.size() < 4) return false;
  std::string tail(path.substr(path.size() - 4));
  std::transform(tail.begin(), tail.end(), tail.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return tail == ".xml";
}

int run_iati_totals(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.options.contains("where")) throw usage_error("--where is for ledgers; IATI totals do not take it yet");
  static constexpr std::array<std::string_view, 3> formats{"table", "csv", "json"};
  const std::string format = args.choice("format", "table", formats);
  static constexpr std::array<std::string_view, 3> policies{"all", "leaves", "top"};
  const auto policy = *iati::parse_hierarchy_policy(args.choice("hierarchy", "leaves", policies));

  iati::TotalsOptions options;
  options.by = dimensions(args.option("by"));
  options.hierarchy = policy;
  std::optional<pairaid::FxTable> fx;
  if (args.options.contains("currency")) {
    const auto to = pairaid::Currency::find(args.option("currency"));
    if (!to) throw usage_error("--currency: '" + args.option("currency") + "' is not an ISO 4217 code");
    if (!args.options.contains("fx")) throw usage_error("--currency needs --fx RATES.csv for IATI files");
    try {
      fx = pairaid::io::load_fx_csv(args.option("fx"));
    } catch (const pairaid::io::load_error& e) {
      for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
      throw already_reported();
    }
    options.convert = iati::TotalsConversion{*to, &*fx, {}};
  }

  const iati::ReadOptions reading = read_options(args.flag("strict"));
  iati::TotalsAccumulator total(options);
  std::uint64_t skipped = 0;
  int status = exit_ok;
  for (const auto& path : args.positional) {
    iati::TotalsAccumulator file(options);
    if (is_store_path(path)) {  // a store's activities were checked when they were imported
      for (const iati::Activity& a : load_store_activities_reporting(path, err)) file.add(a);
      total.merge(std::move(file));
      continue;
    }
    try {
      const iati::ReadSummary summary = read_file(path, reading, file);
      for (const auto& d : summary.skipped) err << d.file << ":" << d.line << ": " << d.message << "\n";
      skipped += summary.skipped.size();
    } catch (const pairaid::io::load_error& e) {
      for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
      err << "pairaid totals: " << path << ": nothing from this file is counted\n";
      status = exit_bad_input;
      continue;
    } catch (const pairaid::error& e) {
      err << "pairaid totals: " << path << ": " << e.what() << "; nothing from this file is counted\n";
      status = exit_bad_input;
      continue;
    }
    total.merge(std::move(file));
  }
  if (skipped > 0)
    err << "pairaid totals: " << skipped << " transaction(s) skipped (--strict makes the first one an error)\n";

  const iati::TotalsResult result = total.result();
  report_notes(result, policy, err);
  if (format == "json")
    print_json(out, result);
  else if (format == "csv")
    print_totals_csv(out, as_table(result));
  else
    print_totals_table(out, as_table(result));

  for (const auto& row : result.rows)
    for (const auto& m : row.missing) {
      err << "pairaid totals: group [" << describe(row, result.by) << "]: no " << m.from << "/" << m.to << " rate for "
          << m.transactions << " transaction(s)";
      if (m.first_date) err << ", the first on " << pairaid::to_string(*m.first_date);
      err << ": " << m.reason << " [missing_rate]\n";
      status = exit_bad_input;
    }
  return status;
}

}  // namespace pairaid_cli
