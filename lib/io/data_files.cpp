// Finding the data directory (data_files.hpp). The compiled-in paths come from CMake, on this file
// only: PAIRAID_INSTALL_DATA_DIR (the install prefix's share/pairaid), PAIRAID_BUILD_DATA_DIR (the
// build tree's staged share/pairaid) and PAIRAID_BUILD_DIR (the build tree itself).
#include <pairaid/io/data_files.hpp>
#include <pairaid/io/fx_csv.hpp>

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

PAIRAID_NAMESPACE_BEGIN
namespace io {
namespace {

namespace fs = std::filesystem;

bool holds_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "iati" / "schema" / "iati-activities-schema.xsd", ec);
}

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::string(value) : std::string();
}

// The file of the executable or shared library this function was linked into.
fs::path this_binary() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&this_binary), &info) == 0 || info.dli_fname == nullptr) return {};
  std::error_code ec;
  fs::path path = fs::weakly_canonical(info.dli_fname, ec);
  return ec ? fs::path(info.dli_fname) : path;
}

bool is_within(const fs::path& path, const fs::path& dir) {
  const auto [end, _] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
  return !dir.empty() && end == dir.end();
}

}  // namespace

DataDirSearch search_data_dir() {
  DataDirSearch search;
  auto consider = [&](const fs::path& candidate) {
    if (candidate.empty() || !search.found.empty()) return;
    if (std::find(search.tried.begin(), search.tried.end(), candidate) != search.tried.end()) return;
    search.tried.push_back(candidate);
    if (holds_data(candidate)) search.found = candidate;
  };
  if (const std::string forced = environment("PAIRAID_DATA_DIR"); !forced.empty()) {
    consider(forced);
    return search;
  }
  if (const fs::path binary = this_binary(); !binary.empty()) {
    // bin/ or lib/ of a prefix, and lib/<multiarch>/; in the build tree this also reaches the
    // staged copy from one or two levels down.
    consider(binary.parent_path().parent_path() / "share" / "pairaid");
    consider(binary.parent_path().parent_path().parent_path() / "share" / "pairaid");
    // A binary of the build tree deeper down uses the build tree's data, not an older install.
    std::error_code ec;
    const fs::path build_dir = fs::weakly_canonical(PAIRAID_BUILD_DIR, ec);
    if (!ec && is_within(binary, build_dir)) consider(PAIRAID_BUILD_DATA_DIR);
  }
  consider(PAIRAID_INSTALL_DATA_DIR);
  consider(PAIRAID_BUILD_DATA_DIR);
  return search;
}

fs::path data_dir() {
  DataDirSearch search = search_data_dir();
  if (!search.found.empty()) return search.found;
  std::string places;
  for (const auto& p : search.tried) places += (places.empty() ? "" : ", ") + p.string();
  throw error(errc::io, "pairaid's data directory (IATI schemas, exchange rates) was not found; looked in " + places +
                            " (set PAIRAID_DATA_DIR to the share/pairaid of an install)");
}

fs::path bundled_iati_schema_dir() {
  if (const std::string alias = environment("PAIRAID_IATI_SCHEMAS"); !alias.empty()) return alias;
  return data_dir() / "iati" / "schema";
}

BundledRates load_bundled_rates() {
  const fs::path file = data_dir() / "fx" / "fred-monthly.csv";
  FxTable table = load_fx_csv(file.string(), {.pivot = Currency::of("USD")});
  return {std::move(table), file,
          "FRED monthly averages against USD (data/fx/fred-monthly.csv), each in force from the 1st of its month"};
}

}  // namespace io
PAIRAID_NAMESPACE_END
