// pairaid — validate, report on and check paired-assistance datasets. `pairaid --help` lists the
// commands; `pairaid COMMAND --help` explains one. Exit codes: 0 ok, 1 contradictions found,
// 2 bad input or usage.
#include "cli.hpp"

#include <pairaid/core/error.hpp>
#include <pairaid/version.hpp>

#include <algorithm>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

void print_overview(std::ostream& os) {
  os << "usage: pairaid COMMAND [ARGS...]\n\n"
        "Paired development assistance: datasets, reports and reconciliation of published figures.\n\n"
        "commands:\n";
  std::size_t width = 0;
  for (const auto* c : pairaid_cli::commands()) width = std::max(width, c->name.size());
  for (const auto* c : pairaid_cli::commands()) {
    std::string name(c->name);
    name.resize(width + 2, ' ');
    os << "  " << name << c->summary << "\n";
  }
  os << "\n`pairaid COMMAND --help` explains a command. Exit status: 0 ok, 1 contradictions found,\n"
        "2 bad input or usage. Results go to stdout, diagnostics to stderr.\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pairaid_cli;
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) {
    print_overview(std::cerr);
    return exit_bad_input;
  }
  if (words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    print_overview(std::cout);
    return exit_ok;
  }
  if (words[0] == "--man" && words.size() == 2) {  // for the build: the manual pages, into a directory
    try {
      return write_man_pages(words[1]);
    } catch (const std::exception& e) {
      std::cerr << "pairaid --man: " << e.what() << "\n";
      return exit_bad_input;
    }
  }
  if (words[0] == "--version") {
    std::cout << "pairaid " << PAIRAID_VERSION_STRING << "\n";
    return exit_ok;
  }
  const Command* command = nullptr;
  for (const auto* c : commands())
    if (c->name == words[0]) command = c;
  if (!command) {
    std::cerr << "pairaid: unknown command '" << words[0] << "'\n\n";
    print_overview(std::cerr);
    return exit_bad_input;
  }
  try {
    const Args args = parse_args(std::span<const std::string>(words).subspan(1), command->options);
    if (args.flag("help")) {
      std::cout << command->usage;
      return exit_ok;
    }
    return command->run(args, std::cout, std::cerr);
  } catch (const already_reported&) {
    return exit_bad_input;
  } catch (const usage_error& e) {
    std::cerr << "pairaid " << command->name << ": " << e.what() << "\n\n" << command->usage;
    return exit_bad_input;
  } catch (const pairaid::error& e) {
    std::cerr << "pairaid " << command->name << ": " << e.what() << "\n";
    return exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "pairaid " << command->name << ": " << e.what() << "\n";
    return exit_bad_input;
  }
}
