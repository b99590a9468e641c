// pairaid validate FILE...: loads each dataset and reports every problem with its location.
#include "cli.hpp"

#include <ostream>

namespace pairaid_cli {
namespace {

constexpr std::string_view usage =
    "usage: pairaid validate FILE...\n\n"
    "Loads each dataset (docs/dataset-format.md) and checks the model's rules: ids unique, references\n"
    "resolve, periods ordered, pairings name donors, figures of the right kind, breakdowns within\n"
    "their totals. Each problem is printed to stderr as FILE:LINE:COL: POINTER: message [code].\n\n"
    "exit status: 0 every file is valid, 2 a file is not (or cannot be read).\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("validate needs at least one FILE");
  int status = exit_ok;
  for (const std::string& path : args.positional) {
    try {
      const pairaid::Dataset d = load_dataset_reporting(path, err);
      out << path << ": valid: " << d.sources().size() << " sources, " << d.areas().size() << " areas, "
          << d.organisations().size() << " organisations, " << d.programs().size() << " programs, "
          << d.pairings().size() << " pairings, " << d.batches().size() << " batches, " << d.projects().size()
          << " projects, " << d.transactions().size() << " transactions, " << d.indicators().size()
          << " indicators\n";
    } catch (const already_reported&) {
      status = exit_bad_input;
    }
  }
  return status;
}

}  // namespace

extern const Command validate_command{"validate", "check datasets against the format and the model's rules", usage,
                                      OptionSpec{}, run};

}  // namespace pairaid_cli
