#pragma once
// A dispatch: several programs' batches sent together and counted together, as when the 10th Aid
// Xizang batch and the 5th Aid Qinghai batch left in July 2022 as one group of 2,558 cadres. The
// dispatch holds what the sources state of the whole (its headcount, its parts by origin); each
// batch stays in its own program. Reconciliation derives a part nobody states from the whole.
#include <pairaid/core/period.hpp>
#include <pairaid/model/ids.hpp>
#include <pairaid/model/source.hpp>

#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// Part of a dispatch's headcount by where the people came from ("from central units: 460").
struct OriginHeadcount {
  std::string key;    // stable, e.g. "central_units"
  std::string label;  // as the source words it, e.g. "中央单位"
  Figure<People> headcount;
  friend bool operator==(const OriginHeadcount&, const OriginHeadcount&) = default;
};

struct Dispatch {
  DispatchId id;
  std::optional<Date> date;                 // when it left, as precisely as a source states it
  std::vector<BatchId> batches;             // two or more, of different programs
  std::optional<Figure<People>> headcount;  // the whole dispatch, when stated
  std::vector<OriginHeadcount> by_origin;   // parts of the headcount; exhaustive when `by_origin_exhaustive`
  bool by_origin_exhaustive = false;
  std::vector<SourceId> sources;
  std::string note;
  friend bool operator==(const Dispatch&, const Dispatch&) = default;
};

// A contradiction between sources that the dataset keeps and explains: the reconciliation check
// `check` (its id, reconcile.hpp) still reports it, as acknowledged, and `pairaid check` does not
// fail on it. A real contradiction is a finding; acknowledging it says it was seen, not that it
// was resolved.
struct KnownDisagreement {
  std::string check;   // the id of the check that finds it, e.g. "reports:batch-10/headcount"
  std::string reason;  // why the sources differ, as far as anyone can tell
  std::vector<SourceId> sources;
  friend bool operator==(const KnownDisagreement&, const KnownDisagreement&) = default;
};

PAIRAID_NAMESPACE_END
