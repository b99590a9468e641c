#pragma once
// Indicators: what a program reports as its outcomes (patients treated, students supported,
// enterprises attracted ...). Each measure counts one kind of thing, so its values are Reported
// figures of that kind; values are observed per period, with breakdowns (e.g. by condition), and
// the indicator says how its values may be combined.
#include <pairaid/core/period.hpp>
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/ids.hpp>
#include <pairaid/model/source.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

enum class Measure {
  personnel_dispatched,   // people
  batches_dispatched,     // batches
  donors_designated,      // organisations
  students_supported,     // students
  patients_treated,       // patients
  enterprises_attracted,  // enterprises
  brands_created,         // brands
  projects_implemented,   // projects
  investment_attracted,   // money
  talents_introduced,     // talents
  hospitals_accredited,   // hospitals
  other,                  // any kind; say what in the title
};
inline constexpr EnumNames<Measure, 12> measure_names{
    {"personnel_dispatched", "batches_dispatched", "donors_designated", "students_supported", "patients_treated",
     "enterprises_attracted", "brands_created", "projects_implemented", "investment_attracted", "talents_introduced",
     "hospitals_accredited", "other"}};
constexpr std::string_view to_string(Measure m) noexcept { return measure_names(m); }

// The kind each measure counts; Measure::other has none fixed.
constexpr std::optional<QuantityKind> expected_kind(Measure m) noexcept {
  switch (m) {
    case Measure::personnel_dispatched: return QuantityKind::people;
    case Measure::batches_dispatched: return QuantityKind::batches;
    case Measure::donors_designated: return QuantityKind::organisations;
    case Measure::students_supported: return QuantityKind::students;
    case Measure::patients_treated: return QuantityKind::patients;
    case Measure::enterprises_attracted: return QuantityKind::enterprises;
    case Measure::brands_created: return QuantityKind::brands;
    case Measure::projects_implemented: return QuantityKind::projects;
    case Measure::investment_attracted: return QuantityKind::money;
    case Measure::talents_introduced: return QuantityKind::talents;
    case Measure::hospitals_accredited: return QuantityKind::hospitals;
    case Measure::other: return std::nullopt;
  }
  return std::nullopt;
}

// How values of different periods or scopes combine: added up (patients treated), the latest
// one stands (hospitals accredited at a grade), or a ratio recomputed from summed parts.
enum class Aggregation { sum, latest, ratio_of_sums };
inline constexpr EnumNames<Aggregation, 3> aggregation_names{{"sum", "latest", "ratio_of_sums"}};
constexpr std::string_view to_string(Aggregation a) noexcept { return aggregation_names(a); }

// Personnel sent outside the program's batches of cadres: the "group" (组团式) aid of doctors and
// teachers, dispatched in batches of their own. An indicator with a series counts that series
// only, so it is never compared with the program's cadre batches.
enum class PersonnelSeries { medical_group_aid, education_group_aid };
inline constexpr EnumNames<PersonnelSeries, 2> personnel_series_names{{"medical_group_aid", "education_group_aid"}};
constexpr std::string_view to_string(PersonnelSeries s) noexcept { return personnel_series_names(s); }

// What a value is about: the program, and optionally one area (with its subtree) or one donor,
// or one personnel series.
struct Scope {
  ProgramId program;
  std::optional<AreaCode> area;
  std::optional<OrganisationId> donor;
  std::optional<PersonnelSeries> series = {};
  friend bool operator==(const Scope&, const Scope&) = default;
};

struct BreakdownItem {
  std::string key;                 // stable, e.g. "cataract"
  std::string label;               // as the source words it, e.g. "cataracts"
  std::optional<AnyFigure> value;  // unknown when the source names the part but gives no figure
  friend bool operator==(const BreakdownItem&, const BreakdownItem&) = default;
};

// The parts of an observation's actual value along one dimension. `exhaustive` says the items
// cover the whole (then their sum must be able to equal the total); otherwise they are some of it
// (then their sum must not exceed it).
struct Breakdown {
  std::string dimension;  // e.g. "condition", "donor_kind"
  bool exhaustive = false;
  std::vector<BreakdownItem> items;
  friend bool operator==(const Breakdown&, const Breakdown&) = default;
};

struct Observation {
  std::optional<Period> period;  // the period the value covers, when known
  std::optional<AnyFigure> target;
  std::optional<AnyFigure> actual;
  std::vector<Breakdown> breakdowns;  // of the actual value
  friend bool operator==(const Observation&, const Observation&) = default;
};

struct Indicator {
  IndicatorId id;
  Measure measure = Measure::other;
  QuantityKind kind = QuantityKind::people;  // every value and breakdown item has this kind
  std::string title;
  Scope scope;
  Aggregation aggregation = Aggregation::sum;
  std::optional<AnyFigure> baseline;
  std::optional<Date> baseline_date;
  std::vector<Observation> observations;
  // Qualifying facts that are not dimensions, e.g. {"grade", "triple A"}; keys unique, in order.
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string note;
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

PAIRAID_NAMESPACE_END
