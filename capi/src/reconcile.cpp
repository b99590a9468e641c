// pairaid_reconciliation: the core's reconcile() run on a dataset, its checks copied out for C.
#include "handles.hpp"

#include <pairaid/report/reconcile.hpp>

using pairaid::capi::emit;
using pairaid::capi::guard;

struct pairaid_reconciliation {
  std::vector<pairaid::Check> checks;
  pairaid::Verdict overall;
};

extern "C" {

pairaid_status pairaid_dataset_reconcile(pairaid_reconciliation** out, const pairaid_dataset* dataset,
                                         const pairaid_qualifier_policy* policy, const pairaid_fx_table* rates) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    pairaid::ReconcileOptions options;
    options.policy = pairaid::capi::policy_of(policy);
    // Held for the whole run: a concurrent add to `rates` builds a new table, never changes this one.
    std::shared_ptr<const pairaid::FxTable> table;
    if (rates) {
      table = rates->table();
      options.fx = table.get();
    }
    std::vector<pairaid::Check> checks = pairaid::reconcile(dataset->dataset, options);
    const pairaid::Verdict overall = pairaid::overall_verdict(checks);
    return emit(out, pairaid_reconciliation{std::move(checks), overall});
  });
}

pairaid_status pairaid_reconciliation_count(size_t* out, const pairaid_reconciliation* reconciliation) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(reconciliation);
    *out = reconciliation->checks.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reconciliation_overall(pairaid_verdict* out, const pairaid_reconciliation* reconciliation) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(reconciliation);
    *out = static_cast<pairaid_verdict>(static_cast<int>(reconciliation->overall));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reconciliation_check(const char** id, const char** title, pairaid_verdict* verdict,
                                            const char** reasoning, const pairaid_reconciliation* reconciliation,
                                            size_t index) {
  return guard([&] {
    for (const char** s : {id, title, reasoning})
      if (s) *s = nullptr;
    PAIRAID_REQUIRE(reconciliation);
    const auto& checks = reconciliation->checks;
    if (index >= checks.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("check", index, checks.size(), "checks"));
    const pairaid::Check& c = checks[index];
    if (id) *id = c.id.c_str();
    if (title) *title = c.title.c_str();
    if (verdict) *verdict = static_cast<pairaid_verdict>(static_cast<int>(c.verdict));
    if (reasoning) *reasoning = c.reasoning.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reconciliation_unacknowledged(size_t* out, const pairaid_reconciliation* reconciliation) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(reconciliation);
    *out = pairaid::unacknowledged_contradictions(reconciliation->checks);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reconciliation_check_acknowledged(const char** out, const pairaid_reconciliation* reconciliation,
                                                         size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(reconciliation);
    const auto& checks = reconciliation->checks;
    if (index >= checks.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("check", index, checks.size(), "checks"));
    *out = checks[index].acknowledged.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reconciliation_check_source_count(size_t* out, const pairaid_reconciliation* reconciliation,
                                                         size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(reconciliation);
    const auto& checks = reconciliation->checks;
    if (index >= checks.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("check", index, checks.size(), "checks"));
    *out = checks[index].sources.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reconciliation_check_source(const char** out, const pairaid_reconciliation* reconciliation,
                                                   size_t index, size_t source_index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(reconciliation);
    const auto& checks = reconciliation->checks;
    if (index >= checks.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("check", index, checks.size(), "checks"));
    const auto& sources = checks[index].sources;
    if (source_index >= sources.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("source", source_index, sources.size(), "sources"));
    *out = sources[source_index].c_str();
    return PAIRAID_OK;
  });
}

void pairaid_reconciliation_free(pairaid_reconciliation* reconciliation) { delete reconciliation; }

}  // extern "C"
