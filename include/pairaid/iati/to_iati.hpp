#pragma once
// pairaid's model as IATI activities: one Activity per Project, ready for write_iati (export.hpp).
//
// What maps to what (docs/iati.md, "Export"):
// - iati-identifier: "<reporting_org_ref>-<project id>"; the reporting-org is the options' (the
//   dataset does not say who publishes it).
// - title: title_en (title_zh when there is no English title); description: the project's note.
// - activity-status: iati_code(status); absent when the project has none.
// - activity-date: the project's period: begin as 2 (actual start) when the status says the work
//   started (implementation, finalisation, closed, suspended), else 1 (planned start); the last
//   day as 4 (actual end) when closed, else 3 (planned end).
// - participating-org role 1 (funding): each donor of the project, then each other donor named on
//   its transactions; @ref is the organisation's "iati-org-ref" code when it has one, @type follows
//   its kind (central organ 10 government; province, municipality 11 local government; people's
//   organisation and central SOE 15 other public sector; other: none), the name is name_en.
// - recipient-country CN, and a location whose @ref and administrative code are the area's GB/T
//   2260 code and whose name is the area's English name.
// - sector: the DAC 5-digit code, vocabulary 1.
// - transactions of the project, in dataset order: type iati_code(type), date, value with its
//   currency always explicit, value-date when the dataset gives one, provider-org = the donor, ref
//   = the transaction id. investment_attracted (outside money that did not pass through the
//   project) has no IATI TransactionType and is NOT exported; neither is a transaction that names
//   no project. `not_exported` counts both so callers can say so.
#include <pairaid/iati/activity.hpp>
#include <pairaid/model/dataset.hpp>

#include <cstddef>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

struct ToIatiOptions {
  // The publisher: its IATI organisation identifier (e.g. "CN-XXX-1") prefixes every activity
  // identifier. Required: an empty ref is errc::invalid_argument.
  std::string reporting_org_ref;
  std::string reporting_org_type;  // OrganisationType code, empty when not known
  std::string reporting_org_name;
  std::string language = "en";  // xml:lang of the activities (titles are English)
};

std::vector<Activity> to_iati(const Dataset& dataset, const ToIatiOptions& options);

// Transactions to_iati leaves out, by reason.
struct NotExported {
  std::size_t investment_attracted = 0;  // no IATI TransactionType
  std::size_t without_project = 0;       // no activity to put them in
};
NotExported not_exported(const Dataset& dataset);

}  // namespace iati
PAIRAID_NAMESPACE_END
