#pragma once
// IATI activities as pairaid's own model, so the ledger, queries and reports work on published
// data: activity -> Project, reporting-org / participating-org / provider-org -> Organisation,
// transaction -> Transaction. The mapping never invents a figure: a transaction that the model
// cannot hold exactly (no date at all, no currency or one outside ISO 4217, a type with no IATI
// number) is left out and named in `left_out` with its file position, so a caller can count it.
#include <pairaid/iati/activity.hpp>
#include <pairaid/io/diagnostic.hpp>
#include <pairaid/model/dataset_content.hpp>

#include <span>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

struct ToModelOptions {
  std::string file;  // named in `left_out` diagnostics
  // An organisation with no @ref gets the id "name:" + its name; with neither it is not mapped.
};

struct ModelImport {
  DatasetContent content;
  std::vector<io::Diagnostic> left_out;  // transactions and links the model could not hold, why
};

// Organisations are merged by id (their roles united); an activity identifier seen twice keeps
// the first activity and lists the second in `left_out` (code "duplicate_activity").
ModelImport to_model(std::span<const Activity> activities, const ToModelOptions& options = {});

}  // namespace iati
PAIRAID_NAMESPACE_END
