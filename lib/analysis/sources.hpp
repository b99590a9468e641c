#pragma once
// Sources as the totals and transactions commands take them (internal to lib/): what each file is
// (io::source_kind, and what a store holds), and the ledger-side ones loaded into one Ledger.
#include <pairaid/analysis/ledger.hpp>
#include <pairaid/analysis/totals.hpp>
#include <pairaid/io/source_kind.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace sources_detail {

struct SourceFile {
  std::string path;
  io::SourceKind kind;
  bool iati = false;         // counted as IATI activities
  bool has_dataset = false;  // a dataset JSON, or a store holding a dataset's entities
};

// Two, or one on a one-core machine, unless asked.
unsigned thread_count(unsigned asked);

// Every source's kind; errc::invalid_argument when IATI activities are mixed with ledger-side
// sources, when there are two datasets, or for a store holding both kinds without `part`.
std::vector<SourceFile> classify(const std::vector<std::string>& paths, StorePart part);

struct LoadedLedger {
  Ledger ledger;
  std::optional<Dataset> dataset;
  std::string dataset_path;
};
// The ledger-side sources as one Ledger: stores first (in order), then the CSV files (streamed on
// `threads`), then a dataset JSON's transactions; the dataset, if any, beside it.
LoadedLedger load_ledgers(const std::vector<SourceFile>& sources, unsigned threads,
                          const std::function<void(std::string_view)>& progress);

}  // namespace sources_detail
PAIRAID_NAMESPACE_END
