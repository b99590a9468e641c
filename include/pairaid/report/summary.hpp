#pragma once
// What a report on a dataset shows, as data: the program and its policy, every figure with its
// qualifier in words, the batches with what is known of them, money converted at cited rates, the
// Five-Year Plan each figure's period falls in, and the reconciliation checks. summarize() builds
// it from any dataset; renderers (report.hpp) print it as text, JSON or CSV, and a caller can
// read it directly instead.
//
//   pairaid::Summary s = pairaid::summarize(pairaid::io::load_dataset("examples/data/xizang.json"));
//   pairaid::render(std::cout, s, pairaid::ReportFormat::text);
#include <pairaid/report/reconcile.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// Where an indicator goes in a report, by what it measures.
// (Named so as not to shadow the count makers beneficiaries, enterprises, projects.)
enum class ReportSection { donors, personnel, people_served, economy, assistance_projects, investment, health, other };
inline constexpr EnumNames<ReportSection, 8> report_section_names{
    {"donors", "personnel", "people_served", "economy", "assistance_projects", "investment", "health", "other"}};
constexpr std::string_view to_string(ReportSection s) noexcept { return report_section_names(s); }
// "Donors by kind", "Dispatched personnel" ...: the heading a report prints.
std::string_view section_title(ReportSection s) noexcept;
ReportSection section_of(Measure m) noexcept;

// Another source's report of a figure, as a report shows it.
struct ReportLine {
  std::string text;         // "2,114 people"
  std::string range;        // what its qualifier allows
  std::string wording;      // the report's own words
  std::string source;       // source id
  std::string attribution;  // the person quoted or the source's title
  std::string date;         // the date it speaks for: the report's own, else its source's; "" when none
};

// One figure as a report shows it.
struct FigureLine {
  std::string label;    // what it counts: the indicator's title or the breakdown item's label
  std::string text;     // qualifier, grouped digits and unit: "nearly 12,000 people"
  std::string range;    // what the qualifier allows: "10,800 to 11,999 people"
  std::string wording;  // the source's own words, "" when none were recorded
  Qualifier qualifier = Qualifier::exact;
  QuantityKind kind = QuantityKind::people;
  std::string value;       // exact and machine-readable: "12000", "25170000000"
  std::string currency;    // money only: "CNY"
  std::string equivalent;  // printed beside a money figure: "about 3,500,000,000.00 USD"
  std::optional<Period> period;
  std::string period_text;  // "2023", "1994-01-01 to 2024-09-03", "no period stated"
  std::string plans;        // "14th Five-Year Plan (2021-2025)", "spans the 8th to 14th ..." or ""
  std::string source;       // source id, "" when none
  std::string attribution;  // the person quoted ("Song Liqiang"; roles are in the sources) or the source's title
  std::string pointer;      // JSON pointer of the figure in the dataset
  std::string date;         // the date of its source, "" when none
  std::vector<ReportLine> reports;  // the other sources' reports of the same figure
  // Whether the sources agree, from the figure's reports check: "agree", "overlap only in part",
  // "disagree", or "disagree (acknowledged: REASON)"; "" for a figure with one source.
  std::string agreement;
};

struct BreakdownSummary {
  std::string dimension;
  bool exhaustive = false;
  std::vector<FigureLine> items;     // the parts with a figure
  std::vector<std::string> unknown;  // labels of the parts without one
  std::string sum;                   // "17 + 78 + 27 = 122 organisations", "" when no part has a figure
  std::string total;                 // "no total stated", or the total's text
};

struct ObservationSummary {
  std::optional<Period> period;
  std::string period_text;
  std::string plans;
  std::optional<FigureLine> actual;
  std::optional<FigureLine> target;
  std::vector<BreakdownSummary> breakdowns;
};

struct IndicatorSummary {
  std::string id;
  ReportSection section = ReportSection::other;
  Measure measure = Measure::other;
  QuantityKind kind = QuantityKind::people;
  std::string title;
  std::string program;
  std::string area;  // the scope's area in words, "" for the whole program
  Aggregation aggregation = Aggregation::sum;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string note;
  std::vector<ObservationSummary> observations;
};

struct BatchLine {
  int ordinal = 0;
  std::string id;
  std::optional<FigureLine> headcount;  // none: unknown
  std::string leader;                   // "Song Liqiang, team leader ..." or ""
  std::string tenure;                   // "" when unknown
  std::string term;                     // "from 2007 for 3 years", "from 2010 (inferred, not stated)", ""
  bool term_inferred = false;
  std::string note;
};

struct BatchesSummary {
  std::string program;       // id
  std::string program_name;  // "Aid Xizang"
  std::vector<BatchLine> batches;
  std::string first;    // "batch 1: 622 people", "" when no size is known
  std::string latest;   // "batch 10: 2,117 people", "" with fewer than two known sizes
  std::string growth;   // "2,117 / 622 = 3.40x (exact ratio 2117/622, rounded half_even to 2 decimals)"
  std::string unknown;  // ordinals without a size: "2–9", "" when all are known
  std::size_t unknown_count = 0;
  std::vector<std::string>
      totals;  // the program's reported personnel totals: "nearly 12,000 people, 1994-01-01 to ..."
};

// A money figure in another currency, at a cited rate.
struct ConversionSummary {
  FigureLine figure;
  std::string target_currency;
  std::string value_date;  // "2023-01-01", the start of the figure's period
  std::string converted;   // "3,554,632,885.65 USD", "" when no rate
  std::string rates;       // "7.0809 CNY per USD, in force from 2023-01-01 (FRED AEXCHUS ...)"
  std::string printed;     // the equivalent the source printed, "" when none
  std::string missing;     // why there is no conversion, "" when there is one
};

struct ProjectSummary {
  std::string id;
  std::string title;
  std::string area;  // "Bainang County (540228), also called Panam", "" when none
  std::vector<std::string> tags;
  std::string note;
};

struct ProgramSummary {
  std::string id;
  std::string name_en;
  std::string name_zh;
  std::string recipient;      // "Xizang (Tibet) Autonomous Region (540000)"
  std::size_t divisions = 0;  // areas below the recipient in the dataset
  int start_year = 0;
  std::string start_plan;  // the Five-Year Plan of the start year, "" if none
  std::string policy;
  std::vector<std::string> coordinators;
  std::vector<std::string> donors;  // organisations with the donor role, by name
};

// A period and the plans it falls in, for every figure that has one.
struct PlanLine {
  std::string label;
  std::string period_text;
  std::string plans;
};

struct SourceSummary {
  std::string id;
  std::string title;
  std::string publisher;
  std::string date;
  std::string url;
  std::string person;  // "Song Liqiang, deputy head of ..." or ""
  std::string quote;
  std::string note;
};

struct Summary {
  std::string title;
  std::string description;
  std::vector<ProgramSummary> programs;
  std::vector<IndicatorSummary> indicators;  // document order; renderers group them by section
  std::vector<BatchesSummary> batches;       // one per program with batch records
  std::vector<ConversionSummary> conversions;
  std::vector<ProjectSummary> projects;
  std::vector<PlanLine> plans;
  std::vector<Check> checks;
  Verdict overall = Verdict::consistent;
  std::vector<SourceSummary> sources;
};

// The summary of a dataset; `options` drive the reconciliation checks, the conversions (rates,
// rounding) and the ratios shown. Throws what reconcile() throws for options out of range.
Summary summarize(const Dataset& dataset, const ReconcileOptions& options = {});

// "2023" for a calendar year, "2021-2025" for whole years, else "2012-01-01 to 2024-09-03".
std::string period_words(const Period& p);
// The Five-Year Plans a period falls in: "14th Five-Year Plan (2021-2025)", or "spans the 8th to
// 14th Five-Year Plans (1991-2025)", adding when some of its years fall under no plan.
std::string plans_words(const Period& p);

PAIRAID_NAMESPACE_END
