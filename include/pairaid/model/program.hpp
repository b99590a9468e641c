#pragma once
// A program of paired assistance (Aid Xizang, since the 1994 central decision) and the pairings
// that tie each donor to the area it assists.
#include <pairaid/core/period.hpp>
#include <pairaid/model/ids.hpp>

#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct Program {
  ProgramId id;
  std::string name_en;
  std::string name_zh;
  AreaCode recipient_area;
  int start_year = 0;              // the year of the founding decision (1994 for Aid Xizang)
  std::optional<Date> decided_on;  // the exact date, only when a source gives it
  std::string policy;              // the policy as its sources state it
  std::vector<SourceId> sources;
  friend bool operator==(const Program&, const Program&) = default;
};

// Donor -> area within a program, valid from a date until a date (exclusive) or open-ended.
struct Pairing {
  OrganisationId donor;
  AreaCode area;
  ProgramId program;
  Date valid_from;
  std::optional<Date> valid_until;  // first day no longer valid; none while it continues
  std::vector<SourceId> sources;

  bool valid_on(Date d) const noexcept { return valid_from <= d && (!valid_until || d < *valid_until); }
  friend bool operator==(const Pairing&, const Pairing&) = default;
};

PAIRAID_NAMESPACE_END
