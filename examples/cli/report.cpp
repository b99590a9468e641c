// pairaid report FILE...: the summary a reader of the program's sources wants — the pairing policy
// and donors, the batches with what is known, outcomes, money in its currency and converted at a
// cited rate, the Five-Year Plans, and the reconciliation — as text, JSON or CSV.
#include "cli.hpp"
#include "reconcile_options.hpp"

#include <pairaid/report/report.hpp>

#include <array>
#include <ostream>

namespace pairaid_cli {
namespace {

const std::string usage =
    std::string(
        "usage: pairaid report FILE... [--format text|json|csv] [options]\n\n"
        "Summarises a dataset: the program and its pairing policy, donors by kind, the batches with\n"
        "what is known of them, outcomes, money (with the exchange rate, its date and source), the\n"
        "Five-Year Plan of each figure, and the reconciliation of the figures. Every figure keeps the\n"
        "qualifier its source used (\"nearly 12,000\"), and every other source's report of it.\n"
        "Several FILEs are read as one dataset (ids unique across them).\n\n"
        "options:\n"
        "  --format FORMAT          text (default), json or csv\n") +
    std::string(reconcile_options_help) +
    "\nexit status: 0 the report was written (contradictions are reported, not failed on: see\n"
    "`pairaid check`), 2 bad input or usage.\n";

OptionSpec options() {
  OptionSpec spec;
  spec.with_value.insert("format");
  add_reconcile_options(spec);
  return spec;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("report needs a FILE");
  static constexpr std::array<std::string_view, 3> formats{"text", "json", "csv"};
  const auto format = pairaid::parse_report_format(args.choice("format", "text", formats));
  std::optional<pairaid::FxTable> fx;
  const pairaid::ReconcileOptions opts = reconcile_options(args, fx);
  const pairaid::Dataset dataset = load_datasets_reporting(args.positional, err);
  pairaid::render(out, pairaid::summarize(dataset, opts), *format);
  return exit_ok;
}

}  // namespace

extern const Command report_command{"report", "summarise a dataset: program, donors, batches, outcomes, money", usage,
                                    options(), run};

}  // namespace pairaid_cli
