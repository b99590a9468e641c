#include "cli.hpp"
#include "store_input.hpp"

#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/source_kind.hpp>

#include <algorithm>
#include <ostream>

namespace pairaid_cli {

std::string Args::choice(std::string_view name, std::string_view fallback,
                         std::span<const std::string_view> allowed) const {
  std::string v = option(name, fallback);
  if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) return v;
  std::string list;
  for (std::size_t i = 0; i < allowed.size(); ++i) list += (i ? ", " : "") + std::string(allowed[i]);
  throw usage_error("--" + std::string(name) + " must be one of " + list + ", got '" + v + "'");
}

pairaid::Dataset load_dataset_reporting(const std::string& path, std::ostream& err) {
  // What the file is, decided as everywhere (io::source_kind). A store stands for the dataset it
  // holds (docs/store.md), so report and check read either.
  switch (pairaid::io::source_kind(path)) {
    case pairaid::io::SourceKind::store: return load_store_dataset_reporting(path, err);
    case pairaid::io::SourceKind::iati:
      err << path << ": an IATI activity file, not a dataset (this command takes a dataset JSON or a store)\n";
      throw already_reported();
    case pairaid::io::SourceKind::ledger:
    case pairaid::io::SourceKind::dataset: break;  // a ledger's name may hide a dataset: the reader says
  }
  try {
    return pairaid::io::load_dataset(path);
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  }
}

pairaid::Dataset load_datasets_reporting(std::span<const std::string> paths, std::ostream& err) {
  if (paths.size() == 1) return load_dataset_reporting(paths.front(), err);
  for (const std::string& path : paths)
    if (is_store_path(path)) throw usage_error("a store cannot be read together with other files: " + path);
  try {
    return pairaid::io::load_datasets(paths);
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  }
}

Args parse_args(std::span<const std::string> words, const OptionSpec& spec) {
  Args a;
  bool options_ended = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (options_ended || w.size() < 2 || w.compare(0, 2, "--") != 0) {
      if (!options_ended && w.size() > 1 && w[0] == '-' && w != "-") throw usage_error("unknown option '" + w + "'");
      a.positional.push_back(w);
      continue;
    }
    if (w == "--") {
      options_ended = true;
      continue;
    }
    std::string name = w.substr(2), value;
    const auto eq = name.find('=');
    const bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = name.substr(eq + 1);
      name.resize(eq);
    }
    if (name == "help" || spec.flags.contains(name)) {
      if (inline_value) throw usage_error("--" + name + " takes no value");
      a.flags.insert(name);
    } else if (spec.with_value.contains(name)) {
      if (!inline_value) {
        if (i + 1 >= words.size()) throw usage_error("--" + name + " needs a value");
        value = words[++i];
      }
      if (!a.options.emplace(name, value).second) throw usage_error("--" + name + " is given twice");
    } else {
      throw usage_error("unknown option '--" + name + "'");
    }
  }
  return a;
}

}  // namespace pairaid_cli
