// pairaid validate FILE...: loads each dataset or ledger, or checks each IATI activity file against
// the Standard, and reports every problem with its location. What a FILE is: io::source_kind.
#include "cli.hpp"

#include <pairaid/iati/validate.hpp>
#include <pairaid/io/ledger_csv.hpp>
#include <pairaid/io/source_kind.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <ostream>

namespace pairaid_cli {
namespace {

constexpr std::string_view usage =
    "usage: pairaid validate [--schemas DIR | --no-schemas] [--as-of YYYY-MM-DD] FILE...\n\n"
    "A dataset (docs/dataset-format.md) is loaded and checked against the model's rules: ids unique,\n"
    "references resolve, periods ordered, pairings name donors, figures of the right kind, breakdowns\n"
    "within their totals. A store is checked as the dataset it holds; a transaction ledger (FILE.csv)\n"
    "is read as `totals` reads it (docs/formats.md).\n\n"
    "An IATI activity file (FILE.xml in any case, or any file starting with '<') is checked against\n"
    "the IATI Standard (docs/iati.md, \"Validation\"): well-formedness, the XSD of its declared version,\n"
    "codelists, and rules (percentages sum to 100, end dates not before start dates, no actual or\n"
    "transaction dates in the future). Each finding is printed as\n"
    "FILE:LINE[:COL]: severity: PATH: message [code].\n\n"
    "Problems go to stderr, one summary line per file to stdout.\n\n"
    "options:\n"
    "  --schemas DIR        the IATI schemas: iati-activities-schema.xsd (2.03) and sub-directories\n"
    "                       2.02, 2.01, 1.05, 1.01. Default: $PAIRAID_IATI_SCHEMAS if set, else the\n"
    "                       schemas pairaid ships (share/pairaid/iati/schema; $PAIRAID_DATA_DIR moves it)\n"
    "  --no-schemas         skip the XSD step (an info finding says so)\n"
    "  --as-of YYYY-MM-DD   the date dates may not be after (default: today, UTC)\n\n"
    "exit status: 0 every file is valid (IATI warnings allowed), 1 an IATI file breaks the Standard\n"
    "(schema, codelist or rule errors), 2 a file cannot be read, is not well-formed XML, or is a\n"
    "dataset that is not valid.\n";

pairaid::iati::ValidateOptions iati_options(const Args& args) {
  pairaid::iati::ValidateOptions options;
  if (args.flag("no-schemas")) {
    if (args.options.contains("schemas")) throw usage_error("--schemas and --no-schemas exclude each other");
    options.skip_schema = true;
  } else if (const std::string schemas = args.option("schemas"); !schemas.empty()) {
    options.schema_dir = std::filesystem::path(schemas);
  }
  const std::string as_of = args.option("as-of");
  if (as_of.empty()) {
    options.as_of = boost::gregorian::day_clock::universal_day();
  } else {
    try {
      options.as_of = pairaid::parse_date(as_of);
    } catch (const pairaid::error& e) {
      throw usage_error(std::string("--as-of: ") + e.what());
    }
  }
  return options;
}

int validate_iati(const std::string& path, const pairaid::iati::ValidateOptions& options, std::ostream& out,
                  std::ostream& err) {
  using pairaid::iati::Severity;
  std::vector<pairaid::iati::Finding> findings;
  try {
    findings = pairaid::iati::validate_file(path, options);
  } catch (const pairaid::error& e) {
    err << e.what() << '\n';
    return exit_bad_input;
  }
  std::size_t errors = 0, warnings = 0;
  bool not_well_formed = false;
  for (const auto& f : findings) {
    err << f.to_string() << '\n';
    if (f.severity == Severity::error) ++errors;
    if (f.severity == Severity::warning) ++warnings;
    if (f.code == "xml") not_well_formed = true;
  }
  if (not_well_formed) return exit_bad_input;  // bad input: stderr only, as for datasets
  out << path << ": " << (errors == 0 ? "valid IATI" : "invalid IATI") << ": " << errors << " errors, " << warnings
      << " warnings\n";
  return errors == 0 ? exit_ok : exit_findings;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("validate needs at least one FILE");
  const pairaid::iati::ValidateOptions options = iati_options(args);
  int status = exit_ok;
  for (const std::string& path : args.positional) {
    const pairaid::io::SourceKind kind = pairaid::io::source_kind(path);
    if (kind == pairaid::io::SourceKind::iati) {
      status = std::max(status, validate_iati(path, options, out, err));
      continue;
    }
    if (kind == pairaid::io::SourceKind::ledger) {
      try {
        const auto rows = pairaid::io::load_ledger_csv(path);
        out << path << ": valid ledger: " << rows.size() << " transactions\n";
      } catch (const pairaid::io::load_error& e) {
        for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
        status = exit_bad_input;
      }
      continue;
    }
    try {
      const pairaid::Dataset d = load_dataset_reporting(path, err);
      out << path << ": valid: " << d.sources().size() << " sources, " << d.areas().size() << " areas, "
          << d.organisations().size() << " organisations, " << d.programs().size() << " programs, "
          << d.pairings().size() << " pairings, " << d.batches().size() << " batches, " << d.projects().size()
          << " projects, " << d.transactions().size() << " transactions, " << d.indicators().size() << " indicators\n";
    } catch (const already_reported&) {
      status = exit_bad_input;
    }
  }
  return status;
}

OptionSpec options() {
  OptionSpec spec;
  spec.with_value.insert("schemas");
  spec.with_value.insert("as-of");
  spec.flags.insert("no-schemas");
  return spec;
}

}  // namespace

extern const Command validate_command{"validate", "check datasets, or IATI files against the Standard", usage,
                                      options(), run};

}  // namespace pairaid_cli
