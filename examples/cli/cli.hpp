#pragma once
// The `pairaid` command line: one Command per subcommand (one file each), a small argument parser,
// and the exit-code contract every command keeps: 0 ok, 1 the data contradicts itself (a check
// found an inconsistency), 2 bad input or usage. Results go to stdout, diagnostics to stderr.
#include <pairaid/model/dataset.hpp>

#include <filesystem>
#include <iosfwd>
#include <map>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pairaid_cli {

enum ExitCode : int { exit_ok = 0, exit_findings = 1, exit_bad_input = 2 };

// A mistake in how the command was called; main prints it with the command's usage, exit 2.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Bad input whose diagnostics are already on stderr; main only sets the exit status (2).
class already_reported : public std::exception {
 public:
  const char* what() const noexcept override { return "bad input (reported above)"; }
};

struct OptionSpec {
  std::set<std::string, std::less<>> with_value;  // "--format text" or "--format=text"
  std::set<std::string, std::less<>> flags;       // "--strict"
};

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;
  std::set<std::string, std::less<>> flags;

  bool flag(std::string_view name) const { return flags.contains(name); }
  // The option's value, or `fallback` when it was not given.
  std::string option(std::string_view name, std::string_view fallback = {}) const {
    auto it = options.find(name);
    return it == options.end() ? std::string(fallback) : it->second;
  }
  // The option's value, which must be one of `allowed` (usage_error otherwise).
  std::string choice(std::string_view name, std::string_view fallback, std::span<const std::string_view> allowed) const;
};

// Writes pairaid.1 and pairaid-COMMAND.1 for every command into `dir`, made from the help texts
// (man_page.cpp); `pairaid --man DIR` runs it for the build.
int write_man_pages(const std::filesystem::path& dir);

// "--help" is always accepted as a flag. Unknown options, missing values and repeated options are
// usage errors; "--" ends the options.
Args parse_args(std::span<const std::string> words, const OptionSpec& spec);

struct Command {
  std::string_view name;
  std::string_view summary;  // one line, for `pairaid --help`
  std::string_view usage;    // the full help text of `pairaid NAME --help`
  OptionSpec options;
  int (*run)(const Args& args, std::ostream& out, std::ostream& err);
};

// Loads a dataset; on failure prints every diagnostic to `err` and throws already_reported.
pairaid::Dataset load_dataset_reporting(const std::string& path, std::ostream& err);

// Several dataset files read as one (io::load_datasets); one path is load_dataset_reporting.
pairaid::Dataset load_datasets_reporting(std::span<const std::string> paths, std::ostream& err);

// The commands, in the order `pairaid --help` lists them.
std::span<const Command* const> commands();

}  // namespace pairaid_cli
