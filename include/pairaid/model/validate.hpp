#pragma once
// The model's invariants, checked on a whole DatasetContent: ids unique and well-formed,
// references resolve, periods ordered, pairings' donors are donors, figures of the right kind,
// breakdowns that cannot exceed (or, when exhaustive, cannot miss) their totals — judged on the
// qualifiers' intervals under an explicit QualifierPolicy. Every violation is reported, in
// document order, each with its rule and JSON pointer (violation.hpp).
#include <pairaid/model/dataset_content.hpp>
#include <pairaid/model/violation.hpp>

#include <vector>

PAIRAID_NAMESPACE_BEGIN

// Every violation of the model's rules, in document order; empty when the content is valid.
// (The rules are in lib/model/, one file per entity.)
std::vector<Violation> find_violations(const DatasetContent& content, const QualifierPolicy& policy = {});

PAIRAID_NAMESPACE_END
