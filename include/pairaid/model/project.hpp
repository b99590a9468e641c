#pragma once
// Projects and the money that flows through them.
#include <pairaid/core/money.hpp>
#include <pairaid/core/period.hpp>
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/ids.hpp>

#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// The program's own categories (the seed names industrial parks, scenic projects, culture,
// ecology, border development, urbanization, logistics, mineral resources, clean energy, health,
// education); a project may carry several, beside its DAC sector.
enum class ProjectTag {
  industrial_park,
  tourism,
  culture,
  agriculture,
  ecology,
  border_development,
  urbanization,
  logistics,
  mineral_resources,
  clean_energy,
  healthcare,
  education,
};
inline constexpr EnumNames<ProjectTag, 12> project_tag_names{
    {"industrial_park", "tourism", "culture", "agriculture", "ecology", "border_development", "urbanization",
     "logistics", "mineral_resources", "clean_energy", "healthcare", "education"}};
constexpr std::string_view to_string(ProjectTag t) noexcept { return project_tag_names(t); }

// IATI ActivityStatus 1-6, in that order.
enum class ProjectStatus { pipeline, implementation, finalisation, closed, cancelled, suspended };
inline constexpr EnumNames<ProjectStatus, 6> project_status_names{
    {"pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"}};
constexpr std::string_view to_string(ProjectStatus s) noexcept { return project_status_names(s); }
constexpr int iati_code(ProjectStatus s) noexcept { return static_cast<int>(s) + 1; }

struct Project {
  ProjectId id;
  std::string title_en;
  std::string title_zh;
  std::optional<ProgramId> program;
  std::vector<OrganisationId> donors;
  std::optional<AreaCode> area;
  std::optional<SectorCode> sector;
  std::vector<ProjectTag> tags;
  std::optional<Period> period;
  std::optional<ProjectStatus> status;
  std::vector<SourceId> sources;
  std::string note;
  friend bool operator==(const Project&, const Project&) = default;
};

// IATI TransactionType 1-13 in code order, then the program's own kinds (no IATI code).
enum class TransactionType {
  incoming_funds,
  commitment,
  disbursement,
  expenditure,
  interest_payment,
  loan_repayment,
  reimbursement,
  purchase_of_equity,
  sale_of_equity,
  credit_guarantee,
  incoming_commitment,
  outgoing_pledge,
  incoming_pledge,
  investment_attracted,  // outside investment a project brought in; money that did not pass through it
};
inline constexpr EnumNames<TransactionType, 14> transaction_type_names{
    {"incoming_funds", "commitment", "disbursement", "expenditure", "interest_payment", "loan_repayment",
     "reimbursement", "purchase_of_equity", "sale_of_equity", "credit_guarantee", "incoming_commitment",
     "outgoing_pledge", "incoming_pledge", "investment_attracted"}};
constexpr std::string_view to_string(TransactionType t) noexcept { return transaction_type_names(t); }
// The IATI code (1-13), or 0 for the program's own kinds.
constexpr int iati_code(TransactionType t) noexcept {
  return t <= TransactionType::incoming_pledge ? static_cast<int>(t) + 1 : 0;
}
inline std::optional<TransactionType> transaction_type_from_iati(int code) noexcept {
  if (code < 1 || code > 13) return std::nullopt;
  return static_cast<TransactionType>(code - 1);
}

struct Transaction {
  std::optional<TransactionId> id;
  std::optional<ProjectId> project;
  std::optional<OrganisationId> donor;
  std::optional<AreaCode> area;
  std::optional<SectorCode> sector;
  TransactionType type = TransactionType::disbursement;
  Date date;
  Money value;                     // may be negative (a reversal), never converted
  std::optional<Date> value_date;  // the date for exchange rates; the transaction date when absent

  Date fx_date() const { return value_date ? *value_date : date; }
  friend bool operator==(const Transaction&, const Transaction&) = default;
};

PAIRAID_NAMESPACE_END
