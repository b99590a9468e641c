#pragma once
// A batch: one dispatch of cadres and skilled workers to the program's area for a tenure. What a
// source does not state stays unknown (an empty optional), never zero: nine of Aid Xizang's ten
// batch sizes are not in the seed article, and the model must be able to say so.
#include <pairaid/core/period.hpp>
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/ids.hpp>
#include <pairaid/model/source.hpp>

#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

enum class PersonnelCategory {
  party_government_cadres,  // 党政干部
  professional_technical,   // 专业技术人才: doctors, teachers, engineers ...
  skilled_workers,          // 技能人才
  other,
};
inline constexpr EnumNames<PersonnelCategory, 4> personnel_category_names{
    {"party_government_cadres", "professional_technical", "skilled_workers", "other"}};
constexpr std::string_view to_string(PersonnelCategory c) noexcept { return personnel_category_names(c); }

struct DonorHeadcount {
  OrganisationId donor;
  Figure<People> headcount;
  friend bool operator==(const DonorHeadcount&, const DonorHeadcount&) = default;
};

struct CategoryHeadcount {
  PersonnelCategory category = PersonnelCategory::other;
  Figure<People> headcount;
  friend bool operator==(const CategoryHeadcount&, const CategoryHeadcount&) = default;
};

struct TeamLeader {
  Person person;
  SourceId source;
  friend bool operator==(const TeamLeader&, const TeamLeader&) = default;
};

struct Batch {
  BatchId id;
  ProgramId program;
  int ordinal = 0;                          // 1 for the first batch
  std::optional<Period> tenure;             // when known
  std::optional<Figure<People>> headcount;  // when known
  std::vector<DonorHeadcount> by_donor;     // parts of the headcount, possibly incomplete
  std::vector<CategoryHeadcount> by_category;
  std::optional<TeamLeader> leader;
  std::vector<SourceId> sources;
  std::string note;
  friend bool operator==(const Batch&, const Batch&) = default;
};

PAIRAID_NAMESPACE_END
