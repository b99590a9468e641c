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

// The kinds of donor a source counts a batch's senders by. Sources count provinces and cities
// together, and central State organs with people's organizations, so these are the kinds of the
// counts, not of single organisations: "17 provinces and cities, 76 central and State organs and
// people's organizations, 1 centrally administered financial enterprise and 27 central enterprises".
enum class DonorGroup {
  provinces_and_cities,                            // 省市
  central_state_organs_and_peoples_organizations,  // 中央和国家机关部委及人民团体
  centrally_administered_financial_enterprises,    // 中管金融企业
  centrally_administered_soes,                     // 中管企业, 中央企业
};
inline constexpr EnumNames<DonorGroup, 4> donor_group_names{
    {"provinces_and_cities", "central_state_organs_and_peoples_organizations",
     "centrally_administered_financial_enterprises", "centrally_administered_soes"}};
constexpr std::string_view to_string(DonorGroup g) noexcept { return donor_group_names(g); }

struct DonorGroupCount {
  DonorGroup group = DonorGroup::provinces_and_cities;
  Figure<Organisations> count;
  friend bool operator==(const DonorGroupCount&, const DonorGroupCount&) = default;
};

// A batch's term as its sources state it: the year it went and how many years it serves ("from
// 2007 for three years"). Sources rarely give days, so this is years, not a Period; a term the
// dataset does not state is inferred by reconciliation and always shown as inferred.
struct Term {
  int start_year = 0;
  std::optional<int> years;  // the length of service, when stated
  std::string wording;       // the source's words, e.g. "2022年7月 ... 为期三年"
  SourceId source;
  friend bool operator==(const Term&, const Term&) = default;
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
  // Format version 2 (appended, so positional initialisers written before keep their meaning):
  std::optional<Term> term = {};                     // the stated start year and length, when known
  std::vector<DonorGroupCount> donors_by_kind = {};  // how many senders of each kind, each kind once
  friend bool operator==(const Batch&, const Batch&) = default;
};

PAIRAID_NAMESPACE_END
