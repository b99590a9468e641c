#pragma once
// Everything a dataset holds, as plain values in document order. DatasetContent is what readers
// fill and writers print; Dataset (dataset.hpp) is the same content once validated and indexed.
#include <pairaid/core/fx.hpp>
#include <pairaid/model/area.hpp>
#include <pairaid/model/batch.hpp>
#include <pairaid/model/dispatch.hpp>
#include <pairaid/model/indicator.hpp>
#include <pairaid/model/organisation.hpp>
#include <pairaid/model/program.hpp>
#include <pairaid/model/project.hpp>
#include <pairaid/model/source.hpp>

#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct DatasetContent {
  std::string title;
  std::string description;
  std::vector<Source> sources;
  std::vector<FxRate> exchange_rates;  // each cites its source in FxRate::source
  std::vector<Area> areas;
  std::vector<Organisation> organisations;
  std::vector<Program> programs;
  std::vector<Pairing> pairings;
  std::vector<Batch> batches;
  std::vector<Dispatch> dispatches;  // batches of several programs sent together (format version 2)
  std::vector<Project> projects;
  std::vector<Transaction> transactions;
  std::vector<Indicator> indicators;
  std::vector<KnownDisagreement> known_disagreements;  // format version 2
  friend bool operator==(const DatasetContent&, const DatasetContent&) = default;
};

PAIRAID_NAMESPACE_END
