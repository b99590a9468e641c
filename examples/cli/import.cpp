// pairaid import SOURCE... --into STORE.db: datasets, CSV ledgers and IATI files into a store
// (docs/store.md), each source in its own transaction.
#include "cli.hpp"

#include <pairaid/io/diagnostic.hpp>
#include <pairaid/io/source_kind.hpp>
#include <pairaid/store/store.hpp>

#include <iostream>
#include <ostream>

#include <unistd.h>

namespace pairaid_cli {
namespace {

constexpr std::string_view usage =
    "usage: pairaid import SOURCE... --into STORE.db [--strict]\n\n"
    "Imports each SOURCE into the store (created when absent; docs/store.md), in the order given:\n"
    "  a dataset (FILE.json, or a file starting with '{'): entities merged by id, transactions added;\n"
    "    the merged content must still be a valid dataset\n"
    "  an IATI activity file (FILE.xml, or a file starting with '<'): activities added, or updated by\n"
    "    iati-identifier when the file's last-updated-datetime is newer or equal; older ones skipped\n"
    "  anything else is read as a transaction ledger (CSV, docs/formats.md); when the store holds a\n"
    "    dataset, its donors, projects and areas must be the dataset's\n\n"
    "Each source is one transaction: a source that fails leaves the store exactly as it was, and the\n"
    "import stops there (earlier sources stay imported). One summary line per source goes to stdout\n"
    "(SOURCE: KIND: N added, N updated, N unchanged, N skipped); why each record was skipped, and the\n"
    "IATI transactions the reader left out, go to stderr, as does progress when stderr is a terminal.\n\n"
    "options:\n"
    "  --into STORE.db   the store (required)\n"
    "  --strict          IATI: refuse a file with an unusable transaction instead of skipping it\n\n"
    "exit status: 0 every source imported, 2 a source could not be read or imported (reported on\n"
    "stderr), or a usage error.\n";

// "\rFILE: N activities" on a terminal, throttled to every 256 records.
pairaid::ImportProgress progress_for(const std::string& path, std::ostream& err) {
  if (&err != &std::cerr || ::isatty(STDERR_FILENO) == 0) return {};
  return [&err, path](std::uint64_t n) {
    if (n % 256 == 0) err << "\r" << path << ": " << n << " activities read" << std::flush;
  };
}

pairaid::ImportReport import_one(pairaid::Store& store, const std::string& path, const Args& args, std::ostream& err) {
  pairaid::iati::ReadOptions options;
  options.strict = args.flag("strict");
  // Progress only means something for IATI files, the ones that can be hundreds of megabytes.
  const bool iati = pairaid::io::source_kind(path) == pairaid::io::SourceKind::iati;
  const auto progress = iati ? progress_for(path, err) : pairaid::ImportProgress{};
  pairaid::ImportReport r = store.import_file(path, options, progress);
  if (progress) err << "\r\033[K" << std::flush;  // clear the progress line
  return r;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("import needs at least one SOURCE");
  const std::string into = args.option("into");
  if (into.empty()) throw usage_error("import needs --into STORE.db");
  try {
    pairaid::Store store(into);
    for (const std::string& path : args.positional) {
      try {
        const pairaid::ImportReport r = import_one(store, path, args, err);
        for (const std::string& w : r.reader_warnings) err << w << "\n";
        for (const std::string& n : r.notes) err << path << ": skipped: " << n << "\n";
        out << path << ": " << r.kind << ": " << r.added << " added, " << r.updated << " updated, " << r.unchanged
            << " unchanged, " << r.skipped << " skipped\n";
      } catch (const pairaid::io::load_error& e) {
        for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
        err << path << ": not imported; the store is as it was before it\n";
        return exit_bad_input;
      } catch (const pairaid::error& e) {
        err << path << ": " << e.what() << "\n" << path << ": not imported; the store is as it was before it\n";
        return exit_bad_input;
      }
    }
  } catch (const pairaid::error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  return exit_ok;
}

OptionSpec options() {
  OptionSpec spec;
  spec.with_value.insert("into");
  spec.flags.insert("strict");
  return spec;
}

}  // namespace

extern const Command import_command{"import", "add datasets, ledgers and IATI files to a store (SQLite)", usage,
                                    options(), run};

}  // namespace pairaid_cli
