// Sources for totals and transactions (sources.hpp).
#include "analysis/sources.hpp"

#include <pairaid/io/dataset_json.hpp>
#include <pairaid/store/store.hpp>

#include <algorithm>
#include <thread>

PAIRAID_NAMESPACE_BEGIN
namespace sources_detail {

unsigned thread_count(unsigned asked) {
  if (asked > 0) return asked;
  return std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
}

std::vector<SourceFile> classify(const std::vector<std::string>& paths, StorePart part) {
  std::vector<SourceFile> sources;
  for (const std::string& path : paths) {
    SourceFile s{path, io::source_kind(path)};
    if (s.kind == io::SourceKind::iati) s.iati = true;
    if (s.kind == io::SourceKind::dataset) s.has_dataset = true;
    if (s.kind == io::SourceKind::store) {
      const Store store(path);
      const StoreCounts counts = store.counts();
      const bool iati = counts.iati_activities > 0, own = store.has_dataset() || counts.transactions > 0;
      if (part == StorePart::automatic && iati && own)
        throw error(errc::invalid_argument, path +
                                                " holds IATI activities and a dataset or ledger: choose which to use "
                                                "(--from iati or --from ledger)");
      s.iati = part == StorePart::iati || (part == StorePart::automatic && iati);
      s.has_dataset = !s.iati && store.has_dataset();
    }
    sources.push_back(std::move(s));
  }
  const auto iati = std::count_if(sources.begin(), sources.end(), [](const SourceFile& s) { return s.iati; });
  if (iati > 0 && static_cast<std::size_t>(iati) != sources.size())
    throw error(errc::invalid_argument,
                "IATI activities (IATI files, a store's activities) cannot be mixed with ledgers, datasets or a "
                "store's transactions in one query");
  if (std::count_if(sources.begin(), sources.end(), [](const SourceFile& s) { return s.has_dataset; }) > 1)
    throw error(errc::invalid_argument,
                "at most one dataset (a dataset JSON or a store holding one) among the sources");
  return sources;
}

LoadedLedger load_ledgers(const std::vector<SourceFile>& sources, unsigned threads,
                          const std::function<void(std::string_view)>& progress) {
  LoadedLedger out;
  std::vector<Ledger> parts;
  std::vector<std::string> csv;
  for (const SourceFile& s : sources) {
    if (s.kind == io::SourceKind::ledger) {
      csv.push_back(s.path);
    } else if (s.kind == io::SourceKind::dataset) {
      out.dataset.emplace(io::load_dataset(s.path));
      out.dataset_path = s.path;
    } else if (s.kind == io::SourceKind::store) {
      const Store store(s.path);
      if (store.has_dataset()) {
        out.dataset.emplace(store.load_dataset());
        out.dataset_path = s.path;
        parts.push_back(Ledger::from(*out.dataset));
      } else {
        parts.push_back(store.load_ledger());
      }
    }
  }
  if (progress && !csv.empty()) progress("reading " + std::to_string(csv.size()) + " ledger file(s)");
  if (!csv.empty()) parts.push_back(Ledger::load_csv(csv, {threads}));
  for (const SourceFile& s : sources)
    if (s.kind == io::SourceKind::dataset) parts.push_back(Ledger::from(*out.dataset));
  out.ledger = Ledger::concatenate(std::move(parts));
  return out;
}

}  // namespace sources_detail
PAIRAID_NAMESPACE_END
