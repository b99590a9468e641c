#include "store_input.hpp"

#include <pairaid/io/diagnostic.hpp>
#include <pairaid/io/source_kind.hpp>
#include <pairaid/store/store.hpp>

#include <ostream>

namespace pairaid_cli {
namespace {

// Runs `read` over the store at `path`, printing any failure as the other loaders do.
template <class Read>
auto reporting(const std::string& path, std::ostream& err, Read read) {
  try {
    const pairaid::Store store(path);
    return read(store);
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  } catch (const pairaid::error& e) {
    err << path << ": " << e.what() << "\n";
    throw already_reported();
  }
}

}  // namespace

bool is_store_path(const std::string& path) { return pairaid::io::is_store_file(path); }

pairaid::Dataset load_store_dataset_reporting(const std::string& path, std::ostream& err) {
  return reporting(path, err, [](const pairaid::Store& s) { return s.load_dataset(); });
}

StoreHolds store_holds_reporting(const std::string& path, std::ostream& err) {
  return reporting(path, err, [](const pairaid::Store& s) {
    const pairaid::StoreCounts c = s.counts();
    return StoreHolds{s.has_dataset(), c.transactions > 0, c.iati_activities > 0};
  });
}

std::vector<pairaid::iati::Activity> load_store_activities_reporting(const std::string& path, std::ostream& err) {
  return reporting(path, err, [](const pairaid::Store& s) { return s.iati_activities(); });
}

}  // namespace pairaid_cli
