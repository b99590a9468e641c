#pragma once
// Organisations: the donors (provinces, municipalities, central organs, people's organizations,
// centrally administered state-owned enterprises) and the others a program involves (the
// coordinating department, recipient-side bodies, implementers).
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/ids.hpp>

#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

enum class OrganisationKind {
  province,              // 省, also autonomous regions (自治区) acting as donors
  municipality,          // 直辖市: Beijing, Tianjin, Shanghai, Chongqing
  central_state_organ,   // ministries, commissions and departments of the central authorities
  peoples_organization,  // 人民团体, e.g. the All-China Women's Federation
  central_soe,           // 中央企业, centrally administered state-owned enterprises
  other,
};
inline constexpr EnumNames<OrganisationKind, 6> organisation_kind_names{
    {"province", "municipality", "central_state_organ", "peoples_organization", "central_soe", "other"}};
constexpr std::string_view to_string(OrganisationKind k) noexcept { return organisation_kind_names(k); }

// What an organisation does in a program; pairings may only name donors.
enum class OrganisationRole { donor, recipient, coordinator, implementer };
inline constexpr EnumNames<OrganisationRole, 4> organisation_role_names{
    {"donor", "recipient", "coordinator", "implementer"}};
constexpr std::string_view to_string(OrganisationRole r) noexcept { return organisation_role_names(r); }

// A code the organisation has in another scheme, e.g. {"iati-org-ref", "CN-..."}.
struct ExternalCode {
  std::string scheme;
  std::string code;
  friend bool operator==(const ExternalCode&, const ExternalCode&) = default;
};

struct Organisation {
  OrganisationId id;
  std::string name_en;
  std::string name_zh;  // may be empty
  OrganisationKind kind = OrganisationKind::other;
  std::vector<OrganisationRole> roles;
  std::vector<ExternalCode> codes;
  std::vector<SourceId> sources;

  bool has_role(OrganisationRole r) const noexcept {
    for (auto x : roles)
      if (x == r) return true;
    return false;
  }
  friend bool operator==(const Organisation&, const Organisation&) = default;
};

PAIRAID_NAMESPACE_END
