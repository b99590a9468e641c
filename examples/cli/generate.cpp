// pairaid generate --transactions N [--seed S] [--format csv] [--output FILE]: writes a
// deterministic synthetic transaction ledger, for trying queries and for benchmarks.
#include "cli.hpp"
#include "generate_ledger.hpp"

#include <array>
#include <charconv>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <string>

namespace pairaid_cli {
namespace {

constexpr std::string_view usage =
    "usage: pairaid generate --transactions N [--seed S] [--format csv] [--output FILE]\n\n"
    "Writes a synthetic transaction ledger (docs/formats.md, \"Transaction ledger (CSV)\") shaped like\n"
    "the Aid Xizang program: 122 donors (province-01..17, organ-01..78, soe-01..27), Xizang's\n"
    "prefectures and counties by GB/T 2260 code, the years 1995-2024 with more rows in later years,\n"
    "DAC sectors, disbursements, commitments, expenditure and attracted investment, mostly CNY with\n"
    "some USD, heavy-tailed amounts with at most two fraction digits and a few reversals.\n"
    "The same N and S give the same bytes on every platform.\n\n"
    "options:\n"
    "  --transactions N   number of rows (required; at most 10^12)\n"
    "  --seed S           any unsigned 64-bit integer (default 1)\n"
    "  --format FORMAT    csv (the only format, and the default)\n"
    "  --output FILE      write to FILE instead of stdout\n\n"
    "exit status: 0 written, 2 bad usage or the output cannot be written.\n";

OptionSpec options() {
  OptionSpec spec;
  spec.with_value = {"transactions", "seed", "format", "output"};
  return spec;
}

std::uint64_t whole_number(const Args& args, std::string_view name, std::string_view fallback) {
  const std::string text = args.option(name, fallback);
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
    throw usage_error("--" + std::string(name) + " must be a whole number of at most 20 digits, got '" + text + "'");
  return value;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.positional.empty()) throw usage_error("generate takes no FILE (use --output FILE)");
  if (args.option("transactions").empty()) throw usage_error("--transactions N is required");
  static constexpr std::array<std::string_view, 1> formats{"csv"};
  args.choice("format", "csv", formats);
  generate::LedgerOptions opts;
  opts.transactions = whole_number(args, "transactions", "");
  opts.seed = whole_number(args, "seed", "1");
  if (opts.transactions > generate::max_transactions)
    throw usage_error("--transactions must be at most " + std::to_string(generate::max_transactions));

  const std::string path = args.option("output");
  std::ofstream file;
  if (!path.empty()) {
    file.open(path, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "pairaid generate: cannot write " << path << "\n";
      return exit_bad_input;
    }
  }
  std::ostream& sink = path.empty() ? out : file;
  const std::string target = path.empty() ? std::string("stdout") : path;
  generate::generate_ledger_csv(opts, [&](std::string_view piece) {
    // Stop at the first failed write (disk full, closed pipe) rather than generate on for nothing.
    if (!sink.write(piece.data(), static_cast<std::streamsize>(piece.size())))
      throw std::runtime_error("writing " + target + " failed");
  });
  if (!sink.flush()) throw std::runtime_error("writing " + target + " failed");
  return exit_ok;
}

}  // namespace

extern const Command generate_command{"generate", "write a deterministic synthetic transaction ledger (CSV)", usage,
                                      options(), run};

}  // namespace pairaid_cli
