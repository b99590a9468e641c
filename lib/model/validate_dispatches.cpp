// Dispatches, and the contradictions between sources a dataset acknowledges (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::check_dispatches() {
  for (std::size_t i = 0; i < d_.dispatches.size(); ++i) {
    const Dispatch& x = d_.dispatches[i];
    const std::string p = at("dispatches", i);
    if (x.batches.size() < 2) add(Rule::invalid_value, p + "/batches", "a dispatch joins two or more batches");
    std::set<std::string> seen;
    for (std::size_t k = 0; k < x.batches.size(); ++k) {
      const std::string q = p + "/batches/" + std::to_string(k);
      if (!batches_.contains(x.batches[k].str()))
        add(Rule::dangling_reference, q, "no batch has the id '" + x.batches[k].str() + "'");
      else if (!seen.insert(x.batches[k].str()).second)
        add(Rule::duplicate_id, q, "batch '" + x.batches[k].str() + "' is listed twice in this dispatch");
    }
    if (x.headcount) figure_sources(*x.headcount, p + "/headcount");
    std::vector<Reported<People>> parts;
    std::set<std::string> keys;
    for (std::size_t k = 0; k < x.by_origin.size(); ++k) {
      const std::string q = p + "/by_origin/" + std::to_string(k);
      if (x.by_origin[k].key.empty() || !keys.insert(x.by_origin[k].key).second)
        add(Rule::invalid_value, q + "/key", "origin keys are not empty and unique within a dispatch");
      figure_sources(x.by_origin[k].headcount, q + "/headcount");
      parts.push_back(x.by_origin[k].headcount.value);
    }
    if (x.headcount)
      parts_within_total(parts, x.by_origin_exhaustive, x.headcount->value, p + "/by_origin", "headcount by origin");
    source_refs(x.sources, p + "/sources");
  }
}

void Validator::check_known_disagreements() {
  std::set<std::string> checks;
  for (std::size_t i = 0; i < d_.known_disagreements.size(); ++i) {
    const KnownDisagreement& k = d_.known_disagreements[i];
    const std::string p = at("known_disagreements", i);
    if (k.check.empty())
      add(Rule::invalid_value, p + "/check", "a known disagreement names the id of the check that finds it");
    else if (!checks.insert(k.check).second)
      add(Rule::duplicate_id, p + "/check", "check '" + k.check + "' is acknowledged twice");
    if (k.reason.empty()) add(Rule::invalid_value, p + "/reason", "a known disagreement says why the sources differ");
    source_refs(k.sources, p + "/sources");
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
