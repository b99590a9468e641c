// pairaid totals SOURCE... --by DIM[,DIM...]: exact totals of ledgers grouped by dimensions, in
// native currencies or converted by value date. Ledger CSVs are streamed into a columnar Ledger
// (both cores, no Transaction per row) and grouped by the query engine (docs/queries.md).
#include "cli.hpp"
#include "totals_iati.hpp"
#include "store_input.hpp"
#include "totals_where.hpp"

#include <pairaid/analysis/query.hpp>
#include <pairaid/io/csv_field.hpp>
#include <pairaid/io/fx_csv.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <ostream>
#include <thread>
#include <unistd.h>

namespace pairaid_cli {
namespace {

const std::string usage =
    "usage: pairaid totals SOURCE... --by DIM[,DIM...] [--where EXPR] [--currency CCY [--fx RATES.csv]]\n"
    "                      [--format table|csv|json]\n"
    "       pairaid totals FILE.xml... --by DIM[,DIM...] [--hierarchy all|leaves|top] [--strict]\n"
    "                      [--currency CCY --fx RATES.csv] [--format table|csv|json]\n\n"
    "Exact totals of transaction ledgers, grouped. SOURCE is a ledger CSV (date,donor,area,project,\n"
    "sector,type,amount,currency[,value_date]) or a dataset JSON (at most one: its transactions are\n"
    "added, and it gives the context some dimensions and conditions need).\n\n"
    "dimensions (--by, comma-separated, in output order):\n"
    "  year quarter month                from the transaction date\n"
    "  five_year_plan (or plan)          China's Five-Year Plans\n"
    "  fiscal_year:M[:end]               fiscal years starting in month M, named by start (or end) year\n"
    "  donor area sector type currency   as recorded\n"
    "  donor_kind                        the donor's kind (needs a dataset)\n"
    "  area:region area:prefecture       the area rolled up to that level (needs a dataset; region,\n"
    "  area:county                       prefecture, county are short for these); a transaction\n"
    "                                    recorded above the level stays where it is\n"
    "  batch                             the batch whose tenure holds the date (needs a dataset)\n\n"
    "options:\n"
    "  --where EXPR      conditions joined by 'and': year>=2012 and donor=beijing,shanghai and\n"
    "                    type=disbursement. Fields: year, date (=, <, <=, >, >=), donor, area, sector,\n"
    "                    type, currency, and with a dataset kind, within (area subtree), batch (=, with\n"
    "                    comma-separated alternatives; quote a value with '...')\n"
    "  --currency CCY    convert every transaction on its value date (rounded half-even to CCY's minor\n"
    "                    unit), using --fx RATES.csv (date,base,quote,rate,source) or the dataset's rates\n"
    "  --format FORMAT   table (default), csv or json\n\n"
    "CSV columns: the dimensions as given, then `currency` when amounts are native and currency is not\n"
    "a dimension, then `amount` (exact decimal, no exponent, no grouping) and `transactions`; rows\n"
    "sorted by the dimensions. A group whose exchange rate is missing shows `missing` and the rate is\n"
    "named on stderr.\n\n"
    "IATI activity files (*.xml; not mixed with ledgers or datasets in one call, docs/iati.md):\n"
    "  dimensions        currency, transaction-type, year, activity, reporting-org, sector,\n"
    "                    recipient-country (sector and country split by percentage, exactly)\n"
    "  --hierarchy P     which activities count: leaves (default: those that declare no child),\n"
    "                    top (no parent and @hierarchy 1), all (may count money twice)\n"
    "  --strict          a transaction the reader would skip is an error instead (exit 2)\n"
    "  Skipped transactions are listed on stderr as FILE:LINE: reason, with a count. A file that is\n"
    "  not well-formed is reported with FILE:LINE:COL and counts for nothing (exit 2).\n\n"
    "A store (STORE.db, docs/store.md) stands for what it holds: its dataset and ledgers are totalled\n"
    "as those files are, its IATI activities as IATI files are. A store holding both needs\n"
    "  --from iati|ledger\n\n"
    "exit status: 0 ok, 2 bad input or usage (including a missing exchange rate).\n";

OptionSpec options() {
  OptionSpec spec;
  for (const char* o : {"by", "where", "currency", "fx", "format", "hierarchy", "from"}) spec.with_value.insert(o);
  spec.flags.insert("strict");
  return spec;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// --by NAME through the core's one grammar (Dimension::parse, docs/queries.md), which also takes
// this command's historical aliases (plan, region, prefecture, county). The dataset check stays
// here: without a dataset JSON the failure is a usage error, caught before any file is read.
pairaid::Dimension dimension(const std::string& name, bool have_dataset) {
  using pairaid::Dimension;
  const Dimension d = [&] {
    try {
      return Dimension::parse(name);
    } catch (const pairaid::error& e) {
      throw usage_error("--by: " + std::string(e.what()));
    }
  }();
  const bool needs_dataset = d.kind() == Dimension::Kind::donor_kind || d.kind() == Dimension::Kind::batch ||
                             (d.kind() == Dimension::Kind::area && d.area_level());
  if (needs_dataset && !have_dataset) throw usage_error("--by " + name + " needs a dataset JSON among the sources");
  return d;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = s.find(',', start);
    out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::string amount_text(const pairaid::ResultRow& row) {
  if (!row.amount) return "missing";
  return row.amount->amount().to_string(row.currency.minor_units().value_or(0));
}

TotalsTable as_table(const pairaid::QueryResult& r, const std::vector<std::string>& names, bool currency_column) {
  TotalsTable t;
  t.header = names;
  if (currency_column) t.header.push_back("currency");
  t.header.push_back("amount");
  t.header.push_back("transactions");
  for (const auto& row : r.rows) {
    std::vector<std::string> cells;
    for (const auto& k : row.keys) cells.push_back(k.to_string());
    if (currency_column) cells.emplace_back(row.currency.code());
    cells.push_back(amount_text(row));
    cells.push_back(std::to_string(row.transactions));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

}  // namespace

void print_totals_csv(std::ostream& out, const TotalsTable& t) {
  std::string buffer;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) buffer += ',';
      pairaid::io::append_csv_field(buffer, cells[i]);
    }
    buffer += '\n';
  };
  line(t.header);
  for (const auto& r : t.rows) line(r);
  out << buffer;
}

void print_totals_table(std::ostream& out, const TotalsTable& t) {
  std::vector<std::size_t> width(t.header.size());
  for (std::size_t i = 0; i < width.size(); ++i) {
    width[i] = t.header[i].size();
    for (const auto& r : t.rows) width[i] = std::max(width[i], r[i].size());
  }
  const std::size_t numeric_from = t.header.size() - 2;  // amount and transactions align right
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) s += "  ";
      const std::string pad(width[i] - cells[i].size(), ' ');
      s += i >= numeric_from ? pad + cells[i] : cells[i] + (i + 1 < cells.size() ? pad : "");
    }
    out << s << "\n";
  };
  line(t.header);
  for (const auto& r : t.rows) line(r);
}

namespace {

void print_json(std::ostream& out, const pairaid::QueryResult& r, const std::vector<std::string>& names) {
  boost::json::array rows;
  for (const auto& row : r.rows) {
    boost::json::object o;
    for (std::size_t k = 0; k < names.size(); ++k) {
      if (row.keys[k].is_none())
        o[names[k]] = nullptr;
      else
        o[names[k]] = row.keys[k].to_string();
    }
    o["currency"] = std::string(row.currency.code());
    if (row.amount)
      o["amount"] = amount_text(row);
    else
      o["amount"] = nullptr;
    o["transactions"] = row.transactions;
    if (!row.missing.empty()) {
      boost::json::array missing;
      for (const auto& m : row.missing)
        missing.push_back({{"from", std::string(m.from.code())},
                           {"to", std::string(m.to.code())},
                           {"first_value_date", pairaid::to_string(m.first_date)},
                           {"transactions", m.transactions}});
      o["missing_rates"] = std::move(missing);
    }
    rows.push_back(std::move(o));
  }
  boost::json::array by;
  for (const auto& n : names) by.push_back(boost::json::value(n));
  out << boost::json::serialize(
             boost::json::object{{"by", std::move(by)}, {"converted", r.converted}, {"rows", std::move(rows)}})
      << "\n";
}

// Whether SOURCE is totalled as IATI: an .xml file, or a store whose IATI activities are meant.
bool counts_as_iati(const std::string& path, const Args& args, std::ostream& err) {
  if (is_iati_source(path)) return true;
  if (!is_store_path(path)) return false;
  static constexpr std::array<std::string_view, 2> froms{"iati", "ledger"};
  if (args.options.contains("from")) return args.choice("from", "", froms) == "iati";
  const StoreHolds holds = store_holds_reporting(path, err);
  if (holds.iati && (holds.transactions || holds.dataset))
    throw usage_error(path +
                      " holds IATI activities and a dataset or ledger: choose with --from iati or --from ledger");
  return holds.iati;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("totals needs at least one SOURCE");
  if (!args.options.contains("by")) throw usage_error("totals needs --by DIM[,DIM...]");
  if (args.options.contains("from") && std::none_of(args.positional.begin(), args.positional.end(),
                                                    [](const std::string& p) { return is_store_path(p); }))
    throw usage_error("--from is for stores (STORE.db)");
  const auto iati_sources = std::count_if(args.positional.begin(), args.positional.end(),
                                          [&](const std::string& p) { return counts_as_iati(p, args, err); });
  if (iati_sources > 0 && static_cast<std::size_t>(iati_sources) != args.positional.size())
    throw usage_error("IATI files (.xml) cannot be mixed with ledgers or datasets in one call");
  if (iati_sources > 0) return run_iati_totals(args, out, err);
  if (args.options.contains("hierarchy") || args.flag("strict"))
    throw usage_error("--hierarchy and --strict are for IATI files (.xml)");
  static constexpr std::array<std::string_view, 3> formats{"table", "csv", "json"};
  const std::string format = args.choice("format", "table", formats);
  if (args.options.contains("fx") && !args.options.contains("currency"))
    throw usage_error("--fx is used with --currency CCY");

  std::vector<std::string> csv_paths, json_paths, store_paths;
  std::size_t datasets = 0;
  for (const auto& p : args.positional) {
    if (is_store_path(p)) {
      store_paths.push_back(p);
      if (store_holds_reporting(p, err).dataset) ++datasets;
    } else if (ends_with(p, ".json")) {
      json_paths.push_back(p);
      ++datasets;
    } else {
      csv_paths.push_back(p);
    }
  }
  if (datasets > 1) throw usage_error("at most one dataset (a dataset JSON or a store holding one) among the sources");
  const bool have_dataset = datasets == 1;

  // Everything the command line says is checked before any file is read.
  std::vector<std::string> names = split_list(args.option("by"));
  pairaid::Query query;
  for (const auto& n : names) query.by.push_back(dimension(n, have_dataset));
  if (args.options.contains("where")) query.where = parse_where(args.option("where"), have_dataset);
  if (args.options.contains("currency")) {
    const auto c = pairaid::Currency::find(args.option("currency"));
    if (!c) throw usage_error("--currency: '" + args.option("currency") + "' is not an ISO 4217 code");
    query.convert = pairaid::ConvertTo{*c};
    if (!args.options.contains("fx") && !have_dataset)
      throw usage_error("--currency needs --fx RATES.csv (or a dataset JSON with exchange rates)");
  }

  const bool progress = ::isatty(STDERR_FILENO) == 1;
  const auto started = std::chrono::steady_clock::now();
  std::optional<pairaid::Dataset> dataset;
  if (!json_paths.empty()) dataset.emplace(load_dataset_reporting(json_paths[0], err));
  std::vector<pairaid::Ledger> parts;
  for (const auto& p : store_paths) {
    StoreInput in = load_store_input_reporting(p, err);
    if (in.dataset) dataset.emplace(std::move(*in.dataset));
    parts.push_back(std::move(in.ledger));
  }
  std::optional<pairaid::FxTable> fx;
  pairaid::Ledger ledger;
  try {
    if (args.options.contains("fx"))
      fx = pairaid::io::load_fx_csv(args.option("fx"));
    else if (query.convert)
      fx = dataset->fx_table();
    if (progress) err << "pairaid totals: reading " << csv_paths.size() << " ledger file(s)...\n" << std::flush;
    const unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    parts.push_back(pairaid::Ledger::load_csv(csv_paths, {threads}));
    if (!json_paths.empty()) parts.push_back(pairaid::Ledger::from(*dataset));
    ledger = pairaid::Ledger::concatenate(std::move(parts));
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  }
  const pairaid::QueryResult result =
      pairaid::run_query(ledger, query, {dataset ? &*dataset : nullptr, fx ? &*fx : nullptr});
  if (progress) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    err << "pairaid totals: " << ledger.size() << " transactions, " << result.rows.size() << " groups in " << ms.count()
        << " ms\n";
  }

  bool currency_column = !query.convert;
  for (const auto& d : query.by)
    if (d.kind() == pairaid::Dimension::Kind::currency) currency_column = false;
  if (format == "json")
    print_json(out, result, names);
  else if (format == "csv")
    print_totals_csv(out, as_table(result, names, currency_column));
  else
    print_totals_table(out, as_table(result, names, currency_column));

  int status = exit_ok;
  for (const auto& row : result.rows)
    for (const auto& m : row.missing) {
      std::string group;
      for (std::size_t k = 0; k < row.keys.size(); ++k) group += (k ? "," : "") + row.keys[k].to_string();
      err << "pairaid totals: group [" << group << "]: no " << m.from.code() << "/" << m.to.code()
          << " rate in force for " << m.transactions << " transaction(s), the first on "
          << pairaid::to_string(m.first_date) << " [missing_rate]\n";
      status = exit_bad_input;
    }
  return status;
}

}  // namespace

extern const Command totals_command{"totals", "exact totals of ledgers grouped by year, donor, area ...", usage,
                                    options(), run};

}  // namespace pairaid_cli
