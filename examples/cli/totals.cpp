// pairaid totals SOURCE... --by DIM[,DIM...]: exact totals grouped by dimensions, over ledgers,
// datasets, stores and IATI files alike. A thin shell over the library's one engine
// (analysis/totals.hpp): it reads the options, prints the table the library renders, and puts the
// library's notes on stderr (docs/queries.md).
#include "cli.hpp"

#include <pairaid/analysis/totals.hpp>
#include <pairaid/io/fx_csv.hpp>
#include <pairaid/io/source_kind.hpp>

#include <array>
#include <chrono>
#include <optional>
#include <ostream>
#include <unistd.h>

namespace pairaid_cli {
namespace {

const std::string usage =
    "usage: pairaid totals SOURCE... --by DIM[,DIM...] [--where EXPR] [--all-types] [--names]\n"
    "                      [--currency CCY [--fx RATES.csv]] [--format table|csv|json]\n"
    "                      [--hierarchy all|leaves|top] [--strict] [--from iati|ledger]\n\n"
    "Exact totals of transactions, grouped. A SOURCE is a ledger CSV (date,donor,area,project,sector,\n"
    "type,amount,currency[,value_date]), a dataset JSON (at most one: its transactions are added, and it\n"
    "gives the context some dimensions need), a store (STORE.db) standing for what it holds, or an IATI\n"
    "activity file (FILE.xml); IATI activities are not mixed with the others in one call. What a file\n"
    "is: its first bytes and its extension, in any case (docs/formats.md).\n\n"
    "Transaction types are never added by accident: a total that would add commitments to\n"
    "disbursements (or any two types) is refused with the types found and their counts, unless the\n"
    "rows are grouped by type (--by type), the filter names the types (--where \"type = disbursement\"),\n"
    "or --all-types asks for the sum anyway.\n\n"
    "dimensions (--by, comma-separated, in output order; the columns carry these names):\n"
    "  year quarter month                from the transaction date\n"
    "  five_year_plan (or plan)          China's Five-Year Plans\n"
    "  fiscal_year:M[:end]               fiscal years starting in month M, named by start (or end) year\n"
    "  type (or transaction_type)        the transaction type, as a word (disbursement)\n"
    "  currency sector                   as recorded (IATI sectors split by percentage, exactly)\n"
    "  donor area                        ledgers, datasets, stores: as recorded\n"
    "  donor_kind batch                  the donor's kind, the batch whose tenure holds the date (dataset)\n"
    "  area:region area:prefecture       the area rolled up to that level (dataset; region, prefecture,\n"
    "  area:county                       county are short for these)\n"
    "  activity reporting_org            IATI: iati-identifier, reporting-org/@ref and @type,\n"
    "  reporting_org_type                recipient country or region:CODE (split by percentage)\n"
    "  recipient_country\n\n"
    "options:\n"
    "  --where EXPR      conditions with and, or, parentheses: year >= 2012 and (donor = beijing or\n"
    "                    type in (disbursement, 4)). Operators = != and in (...), not in (...); < <= > >=\n"
    "                    for year and date. Fields: year, date, type, currency, sector; donor, area, and\n"
    "                    with a dataset donor_kind, within (area subtree), batch; IATI: activity,\n"
    "                    reporting_org, reporting_org_type, recipient_country. A type is a word or its\n"
    "                    IATI code; quote a value with '...'\n"
    "  --all-types       add different transaction types in one total (a note says so)\n"
    "  --names           add a NAME_name column after each coded dimension (type, sector,\n"
    "                    recipient_country, reporting_org_type, donor_kind, and donor and area from the\n"
    "                    dataset); the table format always shows them\n"
    "  --currency CCY    convert every transaction on its value date (rounded half-even to CCY's minor\n"
    "                    unit), with --fx RATES.csv (date,base,quote,rate,source), else the dataset's\n"
    "                    own rates when they convert its currencies, else the FRED monthly averages\n"
    "                    pairaid ships; stderr (and JSON) say which table and which of its rates\n"
    "                    were used\n"
    "  --format FORMAT   table (default), csv or json\n"
    "  --hierarchy P     IATI: which activities count: leaves (default: those that declare no child),\n"
    "                    top (no parent and @hierarchy 1), all (may count money twice)\n"
    "  --strict          IATI: a transaction the reader would skip is an error instead (exit 2)\n"
    "  --from iati|ledger  a store holding both IATI activities and a dataset or ledger: which part\n\n"
    "CSV columns: the dimensions (and their _name columns), then `currency` when amounts are native\n"
    "and currency is not a dimension, then `amount` (exact decimal, at least the currency's minor-unit\n"
    "digits, no exponent, no grouping) and `transactions`; rows sorted by the dimensions. A group whose\n"
    "exchange rate is missing shows `missing` and the rate is named on stderr. IATI transactions the\n"
    "reader skips are listed on stderr as FILE:LINE: reason, with a count; an IATI file that is not\n"
    "well-formed is reported with FILE:LINE:COL and counts for nothing.\n\n"
    "exit status: 0 ok, 2 bad input or usage (including a missing exchange rate and a refused mix of\n"
    "transaction types).\n";

OptionSpec options() {
  OptionSpec spec;
  for (const char* o : {"by", "where", "currency", "fx", "format", "hierarchy", "from"}) spec.with_value.insert(o);
  for (const char* f : {"strict", "all-types", "names"}) spec.flags.insert(f);
  return spec;
}

// Everything the command line says, checked before any file is read.
pairaid::TotalsRequest request_of(const Args& args) {
  if (args.positional.empty()) throw usage_error("totals needs at least one SOURCE");
  if (!args.options.contains("by")) throw usage_error("totals needs --by DIM[,DIM...]");
  if (args.options.contains("fx") && !args.options.contains("currency"))
    throw usage_error("--fx is used with --currency CCY");
  pairaid::TotalsRequest r;
  r.sources = args.positional;
  try {
    r.query.by = pairaid::Dimension::parse_list(args.option("by"));
  } catch (const pairaid::error& e) {
    throw usage_error("--by: " + std::string(e.what()));
  }
  if (args.options.contains("where")) {
    try {
      r.query.condition = pairaid::Condition::parse(args.option("where"));
    } catch (const pairaid::error& e) {
      throw usage_error("--where: " + std::string(e.what()));
    }
  }
  if (args.options.contains("currency")) {
    const auto c = pairaid::Currency::find(args.option("currency"));
    if (!c) throw usage_error("--currency: '" + args.option("currency") + "' is not an ISO 4217 code");
    r.query.convert = pairaid::ConvertTo{*c};
  }
  r.query.all_types = args.flag("all-types");
  r.names = args.flag("names");
  const bool iati = std::any_of(r.sources.begin(), r.sources.end(), [](const std::string& p) {
    const auto kind = pairaid::io::source_kind(p);
    return kind == pairaid::io::SourceKind::iati || kind == pairaid::io::SourceKind::store;
  });
  if (!iati && (args.options.contains("hierarchy") || args.flag("strict")))
    throw usage_error("--hierarchy and --strict are for IATI files (and stores' IATI activities)");
  static constexpr std::array<std::string_view, 3> policies{"all", "leaves", "top"};
  r.hierarchy = *pairaid::iati::parse_hierarchy_policy(args.choice("hierarchy", "leaves", policies));
  r.strict = args.flag("strict");
  if (args.options.contains("from")) {
    if (std::none_of(r.sources.begin(), r.sources.end(), [](const std::string& p) {
          return pairaid::io::source_kind(p) == pairaid::io::SourceKind::store;
        }))
      throw usage_error("--from is for stores (STORE.db)");
    static constexpr std::array<std::string_view, 2> froms{"iati", "ledger"};
    r.store_part = args.choice("from", "", froms) == "iati" ? pairaid::StorePart::iati : pairaid::StorePart::ledger;
  }
  r.keep_going = true;  // an IATI file that cannot be read counts for nothing; the others still count
  return r;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  static constexpr std::array<std::string_view, 3> formats{"table", "csv", "json"};
  const auto format = *pairaid::parse_table_format(args.choice("format", "table", formats));
  pairaid::TotalsRequest request = request_of(args);

  const bool progress = ::isatty(STDERR_FILENO) == 1;
  if (progress) request.progress = [&err](std::string_view what) { err << "pairaid totals: " << what << "...\n"; };
  const auto started = std::chrono::steady_clock::now();
  std::optional<pairaid::FxTable> fx;
  pairaid::TotalsOutcome outcome;
  try {
    if (args.options.contains("fx")) {
      fx = pairaid::io::load_fx_csv(args.option("fx"));
      request.fx = &*fx;
      request.fx_name = args.option("fx");
    }
    outcome = pairaid::run_totals(request);
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  }
  for (const std::string& w : outcome.warnings) err << w << "\n";
  for (const std::string& f : outcome.failures) err << f << "\n";
  for (const std::string& n : outcome.table.notes) err << "pairaid totals: " << n << "\n";
  if (progress) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    err << "pairaid totals: " << outcome.transactions << " transactions, " << outcome.table.rows.size() << " groups in "
        << ms.count() << " ms\n";
  }
  pairaid::write_table(out, outcome.table, format);
  return outcome.failures.empty() && !outcome.table.any_missing() ? exit_ok : exit_bad_input;
}

}  // namespace

extern const Command totals_command{"totals", "exact totals of ledgers, datasets, stores and IATI files, grouped",
                                    usage, options(), run};

}  // namespace pairaid_cli
