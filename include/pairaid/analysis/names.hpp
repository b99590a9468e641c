#pragma once
// Names beside codes (docs/queries.md, "Names beside codes"): what a coded dimension's values are
// called, from the IATI codelists pairaid carries (iati/codelists.hpp) and from the dataset.
//
//   type                "disbursement" -> "Disbursement"          (TransactionType codelist)
//   sector              "12220" -> "Basic health care"             (Sector; VOCABULARY:CODE with
//                                                                   vocabulary 2: SectorCategory)
//   recipient_country   "KE" -> "Kenya"; "region:298" -> "Africa, regional"   (Country, Region)
//   reporting_org_type  "10" -> "Government"                       (OrganisationType)
//   donor_kind          "central_soe" -> "Centrally administered state-owned enterprise" (pairaid's)
//   donor, area, area:LEVEL  the dataset's English name of the organisation or area
// A value the list (or the dataset) does not hold has the name "" — never a guess.
#include <pairaid/analysis/query.hpp>

#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

// True for the dimensions above: the ones with a `<column>_name` column when names are asked for.
bool has_names(const Dimension& d) noexcept;

// The name of `value` (as the dimension's column prints it); "" when unknown or not named.
// `dataset` may be null (donor and area names are then unknown).
std::string name_of(const Dimension& d, std::string_view value, const Dataset* dataset);

PAIRAID_NAMESPACE_END
