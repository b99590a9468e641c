// pairaid transactions SOURCE...: one row per transaction (or per split part), the rows behind
// `pairaid totals` (analysis/transaction_rows.hpp does the work; docs/queries.md).
#include "cli.hpp"

#include <pairaid/analysis/transaction_rows.hpp>
#include <pairaid/io/source_kind.hpp>

#include <array>
#include <ostream>
#include <sstream>

namespace pairaid_cli {
namespace {

constexpr std::string_view usage =
    "usage: pairaid transactions SOURCE... [--where EXPR] [--split sector,country] [--names]\n"
    "                            [--hierarchy all|leaves|top] [--strict] [--from iati|ledger]\n"
    "                            [--format csv|json]\n\n"
    "One row per transaction, or per part of one when split by sector and recipient country: what an\n"
    "analyst loads into a spreadsheet. SOURCEs are read as `pairaid totals` reads them, and the amounts\n"
    "of the rows add up to its totals for the same --where, --hierarchy and splits.\n\n"
    "columns: activity,date,type,value,currency,value_date,provider,receiver,sector,country,\n"
    "percentage,amount. IATI: iati-identifier, provider-org/@ref, receiver-org/@ref; ledgers, datasets\n"
    "and stores: the project, the donor and the recipient area. value is the whole transaction, amount\n"
    "the part the row stands for (exact; the parts add up to the transaction); percentage is the share\n"
    "as published (the product of both when split both ways), empty when the row is not split.\n\n"
    "options:\n"
    "  --where EXPR         conditions as for totals (a condition on sector or recipient_country\n"
    "                       keeps that part of a transaction)\n"
    "  --split LIST         sector, country, or sector,country: one row per share (IATI files)\n"
    "  --names              type_name, sector_name and country_name columns from the IATI codelists\n"
    "  --hierarchy P        IATI: leaves (default), top or all, as for totals\n"
    "  --strict             IATI: a transaction the reader would skip is an error instead\n"
    "  --from iati|ledger   a store holding both: which part\n"
    "  --format FORMAT      csv (default) or json ({\"rows\": [...]})\n\n"
    "Nothing is printed unless every source was read (exit 2 otherwise, with file:line:col).\n";

OptionSpec options() {
  OptionSpec spec;
  for (const char* o : {"where", "split", "hierarchy", "from", "format"}) spec.with_value.insert(o);
  for (const char* f : {"strict", "names"}) spec.flags.insert(f);
  return spec;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("transactions needs at least one SOURCE");
  static constexpr std::array<std::string_view, 2> formats{"csv", "json"};
  const auto format = *pairaid::parse_table_format(args.choice("format", "csv", formats));
  pairaid::TransactionsRequest request;
  request.sources = args.positional;
  if (args.options.contains("where")) {
    try {
      request.where = pairaid::Condition::parse(args.option("where"));
    } catch (const pairaid::error& e) {
      throw usage_error("--where: " + std::string(e.what()));
    }
  }
  if (args.options.contains("split")) {
    const std::string list = args.option("split");
    std::size_t start = 0;
    for (;;) {
      const std::size_t comma = list.find(',', start);
      const std::string part = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (part == "sector")
        request.split_sector = true;
      else if (part == "country" || part == "recipient_country")
        request.split_country = true;
      else
        throw usage_error("--split takes sector, country or sector,country; got '" + part + "'");
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  static constexpr std::array<std::string_view, 3> policies{"all", "leaves", "top"};
  request.hierarchy = *pairaid::iati::parse_hierarchy_policy(args.choice("hierarchy", "leaves", policies));
  request.strict = args.flag("strict");
  if (args.options.contains("from")) {
    static constexpr std::array<std::string_view, 2> froms{"iati", "ledger"};
    request.store_part =
        args.choice("from", "", froms) == "iati" ? pairaid::StorePart::iati : pairaid::StorePart::ledger;
  }

  // Buffered, so that a source that fails half-way leaves stdout empty rather than half a table.
  std::ostringstream buffer;
  pairaid::TransactionWriter writer(buffer, format, args.flag("names"));
  std::vector<std::string> warnings;
  try {
    warnings = pairaid::for_each_transaction(request, [&](const pairaid::TransactionRow& r) { writer.write(r); });
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  }
  writer.finish();
  for (const std::string& w : warnings) err << w << "\n";
  out << buffer.str();
  return exit_ok;
}

}  // namespace

extern const Command transactions_command{
    "transactions", "one row per transaction (or split part), as totals count them", usage, options(), run};

}  // namespace pairaid_cli
