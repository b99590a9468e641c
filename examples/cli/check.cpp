// pairaid check FILE...: reconciles a dataset's published figures with each other (several files
// are read as one dataset) and prints every check with the arithmetic that decided it. Exit 1 when
// a check finds a contradiction the dataset does not acknowledge.
#include "cli.hpp"
#include "reconcile_options.hpp"

#include <boost/json.hpp>

#include <array>
#include <ostream>

namespace pairaid_cli {
namespace {

const std::string usage =
    std::string(
        "usage: pairaid check FILE... [--format text|json] [options]\n\n"
        "Reconciles the dataset's published figures: batch sizes against the reported total, the\n"
        "growth from the first batch to the latest, money equivalents against a cited exchange rate,\n"
        "breakdowns against totals, each figure's wording against its value, and across sources: the\n"
        "reports of one figure by several sources, dispatches shared by programs, the batches' terms,\n"
        "donors by kind over time, and donors' own figures against the program's. Every check says\n"
        "consistent, inconsistent or undetermined, with the arithmetic that decided it and the\n"
        "sources it compared. Several FILEs are read as one dataset (ids unique across them).\n\n"
        "options:\n"
        "  --format FORMAT          text (default) or json\n") +
    std::string(reconcile_options_help) +
    "\nexit status: 0 no contradiction the dataset does not acknowledge (a known disagreement it\n"
    "records is reported as acknowledged), 1 a check is inconsistent and not acknowledged, 2 bad\n"
    "input or usage.\n";

OptionSpec options() {
  OptionSpec spec;
  spec.with_value.insert("format");
  add_reconcile_options(spec);
  return spec;
}

void print_text(std::ostream& out, const std::vector<pairaid::Check>& checks) {
  std::array<std::size_t, 3> tally{};
  std::size_t acknowledged = 0;
  for (const auto& c : checks) {
    ++tally[static_cast<std::size_t>(c.verdict)];
    const bool ack = c.verdict == pairaid::Verdict::inconsistent && !c.acknowledged.empty();
    if (ack) ++acknowledged;
    out << "[" << pairaid::to_string(c.verdict) << (ack ? ", acknowledged" : "") << "] " << c.title << "\n    "
        << c.reasoning << "\n";
    if (!c.sources.empty()) {
      out << "    sources:";
      for (const auto& s : c.sources) out << " " << s;
      out << "\n";
    }
    if (!c.acknowledged.empty()) out << "    acknowledged in the dataset: " << c.acknowledged << "\n";
  }
  out << checks.size() << " checks: " << tally[0] << " consistent, " << tally[2] << " undetermined, " << tally[1]
      << " inconsistent (" << acknowledged << " of them acknowledged)\n";
}

void print_json(std::ostream& out, const std::vector<pairaid::Check>& checks) {
  boost::json::array list;
  for (const auto& c : checks)
    list.push_back({{"id", c.id},
                    {"kind", std::string(pairaid::to_string(c.kind))},
                    {"title", c.title},
                    {"verdict", std::string(pairaid::to_string(c.verdict))},
                    {"reasoning", c.reasoning},
                    {"pointer", c.pointer},
                    {"sources", boost::json::value_from(c.sources)},
                    {"acknowledged", c.acknowledged}});
  boost::json::object doc{{"verdict", std::string(pairaid::to_string(pairaid::overall_verdict(checks)))},
                          {"unacknowledged_contradictions", pairaid::unacknowledged_contradictions(checks)},
                          {"checks", std::move(list)}};
  out << boost::json::serialize(doc) << "\n";
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.empty()) throw usage_error("check needs a FILE");
  static constexpr std::array<std::string_view, 2> formats{"text", "json"};
  const std::string format = args.choice("format", "text", formats);
  std::optional<pairaid::FxTable> fx;
  const pairaid::ReconcileOptions opts = reconcile_options(args, fx);
  const pairaid::Dataset dataset = load_datasets_reporting(args.positional, err);
  const auto checks = pairaid::reconcile(dataset, opts);
  if (format == "json")
    print_json(out, checks);
  else
    print_text(out, checks);
  return pairaid::unacknowledged_contradictions(checks) > 0 ? exit_findings : exit_ok;
}

}  // namespace

extern const Command check_command{"check", "reconcile a dataset's published figures, with the arithmetic", usage,
                                   options(), run};

}  // namespace pairaid_cli
