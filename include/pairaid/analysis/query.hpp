#pragma once
// Queries over a Ledger: filter, group, measure (docs/queries.md).
//
//   pairaid::Query q;
//   q.where.period = pairaid::FiveYearPlan::number(14).period();
//   q.by = {pairaid::Dimension::donor_kind(), pairaid::Dimension::year()};
//   q.convert = pairaid::ConvertTo{pairaid::Currency::of("USD")};
//   pairaid::QueryResult r = pairaid::run_query(ledger, q, {.dataset = &dataset, .fx = &rates});
//   for (const pairaid::ResultRow& row : r.rows) ... row.keys[0].to_string(), row.amount ...
//
// Semantics, in short:
//  * Filters are conjunctive; a set-valued filter keeps rows whose value is one of the set.
//    `period` is on the transaction date (not the value date).
//  * Each group-by dimension maps a row to one value, possibly "none" (no donor, a date outside
//    every Five-Year Plan or batch tenure). Groups with no rows are not reported.
//  * area_at(level) rolls a transaction up to its ancestor at `level` (a county's transaction is
//    counted under its prefecture). A transaction recorded above `level` (at the prefecture when
//    grouping by county) stays under the area it was recorded at, once. Nothing is counted twice.
//  * Sums are exact. Without `convert`, the sum is in each row's own currency and the currency is
//    part of every group (ResultRow::currency). With `convert`, each transaction is converted on
//    its value date (its date when it has none) by FxTable::convert with the query's Rounding, and
//    the group's amount is the exact sum of those conversions - so any grouping of the same rows
//    adds up to the same total. A group with a transaction whose rate is missing has no amount:
//    it lists the missing rates instead (never 0, never 1:1).
//  * donor_kind, area_at, batch, area subtree and batch filters need the dataset the ledger's
//    ids refer to (QueryContext::dataset); without one, or with an id the dataset lacks, the query
//    fails with errc::invalid_argument / errc::not_found naming what is needed.
//  * Different transaction types are never added by accident (transaction_types.hpp): without a
//    `type` dimension, a query whose rows hold more than one type that its filters did not name
//    fails with errc::mixed_types, unless Query::all_types.
//  * One vocabulary of dimensions for every source: a ledger cannot answer the IATI-only ones
//    (activity, reporting_org, reporting_org_type, recipient_country): errc::invalid_argument.
#include <pairaid/analysis/condition.hpp>
#include <pairaid/analysis/ledger.hpp>
#include <pairaid/analysis/transaction_types.hpp>
#include <pairaid/core/calendar.hpp>
#include <pairaid/core/fx.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct Filter {
  std::optional<Period> period;                              // transaction date in [begin, end)
  std::optional<std::vector<OrganisationId>> donors;         // donor is one of these
  std::optional<std::vector<OrganisationKind>> donor_kinds;  // donor's kind (dataset)
  std::optional<std::vector<AreaCode>> areas;                // recorded area is exactly one of these
  std::optional<AreaCode> within;                            // area in this subtree (dataset)
  std::optional<std::vector<SectorCode>> sectors;
  std::optional<std::vector<TransactionType>> types;
  std::optional<std::vector<Currency>> currencies;
  std::optional<std::vector<BatchId>> batches;  // date within one of these batches' tenures (dataset)
};

// One group-by dimension.
class Dimension {
 public:
  enum class Kind {
    year,
    quarter,
    month,
    fiscal_year,
    five_year_plan,
    batch,  // from the transaction date
    donor,
    donor_kind,
    area,
    sector,
    currency,
    type,
    // IATI activities only (iati/totals.hpp): a ledger has no such column.
    activity,            // iati-identifier
    reporting_org,       // reporting-org/@ref
    reporting_org_type,  // reporting-org/@type (OrganisationType codelist)
    recipient_country,   // recipient country, or region:CODE (split by percentage)
  };
  static Dimension year() { return Dimension(Kind::year); }
  static Dimension quarter() { return Dimension(Kind::quarter); }
  static Dimension month() { return Dimension(Kind::month); }
  static Dimension fiscal_year(FiscalCalendar calendar) {
    Dimension d(Kind::fiscal_year);
    d.fiscal_ = calendar;
    return d;
  }
  static Dimension five_year_plan() { return Dimension(Kind::five_year_plan); }
  // Which batch's tenure the date falls in (all the dataset's batches with a known tenure; they
  // must not overlap, or the query names the two that do).
  static Dimension batch() { return Dimension(Kind::batch); }
  static Dimension donor() { return Dimension(Kind::donor); }
  static Dimension donor_kind() { return Dimension(Kind::donor_kind); }
  // The area as recorded (no dataset needed).
  static Dimension area() { return Dimension(Kind::area); }
  // Rolled up to `level` (see above; needs the dataset).
  static Dimension area_at(AreaLevel level) {
    Dimension d(Kind::area);
    d.level_ = level;
    return d;
  }
  static Dimension sector() { return Dimension(Kind::sector); }
  static Dimension currency() { return Dimension(Kind::currency); }
  static Dimension type() { return Dimension(Kind::type); }
  static Dimension activity() { return Dimension(Kind::activity); }
  static Dimension reporting_org() { return Dimension(Kind::reporting_org); }
  static Dimension reporting_org_type() { return Dimension(Kind::reporting_org_type); }
  static Dimension recipient_country() { return Dimension(Kind::recipient_country); }

  Kind kind() const noexcept { return kind_; }
  const std::optional<FiscalCalendar>& fiscal_calendar() const noexcept { return fiscal_; }
  std::optional<AreaLevel> area_level() const noexcept { return level_; }
  bool is_time() const noexcept { return kind_ <= Kind::batch; }
  // The canonical name, one Dimension::parse reads back to an equal dimension: "year", "quarter",
  // "month", "fiscal_year:M" or "fiscal_year:M:end", "five_year_plan", "batch", "donor",
  // "donor_kind", "area", "area:region|prefecture|county", "sector", "currency", "type",
  // "activity", "reporting_org", "reporting_org_type", "recipient_country". It heads the
  // dimension's column in every output, whatever alias was typed.
  std::string name() const;
  // Reads a canonical name (above) or an alias: "plan" for five_year_plan, "region",
  // "prefecture", "county" for area:LEVEL, "fiscal_year:M:start" for fiscal_year:M,
  // "transaction_type" and "transaction-type" for type, "reporting-org", "reporting-org-type",
  // "recipient-country" (and "country") for the IATI ones. Case-sensitive; M is 1..12 without
  // leading zeros. Anything else: errc::invalid_argument, "unknown dimension 'NAME' (known: ...)".
  static Dimension parse(std::string_view name);
  // A comma-separated list ("donor,year"); a name given twice is errc::invalid_argument.
  static std::vector<Dimension> parse_list(std::string_view names);
  // Equal when they name the same dimension (name() is a one-to-one spelling).
  friend bool operator==(const Dimension& a, const Dimension& b) { return a.name() == b.name(); }

 private:
  explicit Dimension(Kind k) : kind_(k) {}
  Kind kind_;
  std::optional<FiscalCalendar> fiscal_;
  std::optional<AreaLevel> level_;
};

struct BatchKey {
  int ordinal = 0;
  BatchId id;
  friend auto operator<=>(const BatchKey&, const BatchKey&) = default;
};
struct FiscalYearKey {
  int label = 0;
  friend auto operator<=>(const FiscalYearKey&, const FiscalYearKey&) = default;
};
struct PlanKey {
  int ordinal = 0;
  friend auto operator<=>(const PlanKey&, const PlanKey&) = default;
};

// A group's value on one dimension. monostate is "none".
struct GroupValue {
  std::variant<std::monostate, int /*year*/, Quarter, YearMonth, FiscalYearKey, PlanKey, BatchKey, OrganisationId,
               OrganisationKind, AreaCode, SectorCode, Currency, TransactionType>
      value;

  bool is_none() const noexcept { return value.index() == 0; }
  // As the CLI prints it: 2021, 2021-Q3, 2021-07, FY2021, 14th, the batch id, the donor id, the
  // kind's word, 540200, 31161, CNY, disbursement; "" for none.
  std::string to_string() const;
  // None first; then years, quarters, months, plans, batches and codes in their natural order;
  // types in IATI code order (investment_attracted last); ids, currencies and kinds by their text.
  friend std::strong_ordering operator<=>(const GroupValue& a, const GroupValue& b);
  friend bool operator==(const GroupValue& a, const GroupValue& b) { return (a <=> b) == 0; }
};

// Converting to one currency; the FxTable comes with the QueryContext.
struct ConvertTo {
  Currency currency;
  Rounding rounding{};  // per transaction, as FxTable::convert; digits default to the minor unit
};

struct Query {
  Filter where;
  std::optional<Condition> condition;  // --where: rows must also satisfy it (condition.hpp)
  std::vector<Dimension> by;
  std::optional<ConvertTo> convert;
  bool distinct_projects = false;  // also count distinct projects per group (rows without one aside)
  bool all_types = false;          // add different transaction types without a `type` dimension
  // The types the query's filters name (Filter::types and the condition's positive type tests):
  // a query may add those without all_types.
  std::vector<TransactionType> named_types() const;
  bool groups_by(Dimension::Kind kind) const;
};

struct QueryContext {
  const Dataset* dataset = nullptr;  // for donor kinds, the area hierarchy, batches
  const FxTable* fx = nullptr;       // for Query::convert
};

// A rate a converted group needed and the table does not have.
struct MissingRate {
  Currency from;
  Currency to;
  Date first_date;                 // the earliest value date that needed it
  std::uint64_t transactions = 0;  // how many of the group's transactions needed it
  friend bool operator==(const MissingRate&, const MissingRate&) = default;
};

struct ResultRow {
  std::vector<GroupValue> keys;  // one per Query::by
  Currency currency;             // the group's currency (native) or the target (converted)
  std::optional<Money> amount;   // none when `missing` is not empty
  std::vector<MissingRate> missing;
  std::uint64_t transactions = 0;
  std::optional<std::uint64_t> distinct_projects;
};

struct QueryResult {
  std::vector<Dimension> by;
  bool converted = false;
  std::optional<Currency> target;  // converted: the currency
  bool all_types = false;          // Query::all_types was set (the rows may add types)
  std::vector<ResultRow> rows;     // sorted by keys, then currency
  RatesUsed rates;                 // converted: every rate a counted transaction was converted with
};

// Runs `query`; errc::invalid_argument for a query that needs context it was not given
// (a dataset, an FxTable) or a dimension a ledger cannot answer, errc::not_found for an id the
// dataset lacks, errc::mixed_types for a total that would add transaction types (above),
// errc::overflow for a group space beyond 2^64 cells or a sum beyond 128 bits.
QueryResult run_query(const Ledger& ledger, const Query& query, const QueryContext& context = {});

// --- series over a time dimension ----------------------------------------------------------

// How growth is shown: (this - previous) / previous, rounded once to `digits` by `mode`.
struct GrowthOptions {
  int digits = 4;
  RoundingMode mode = RoundingMode::half_even;
};

struct SeriesRow {
  ResultRow row;
  // Sum of this and every earlier period of the same series (other keys and currency equal);
  // none once a period in the series has no amount.
  std::optional<Money> cumulative;
  // Against the immediately preceding period (the previous year for years; previous quarter,
  // month, fiscal year, plan, batch ordinal): none when that period has no row, no amount, or 0.
  std::optional<Decimal> growth;
};

// Rows of `result` as series along the time dimension `by[time_index]` (year, quarter, month,
// fiscal year, plan or batch; errc::invalid_argument otherwise): ordered by the other keys, then
// currency, then time. Rows with no time value (none) are left out of the series.
std::vector<SeriesRow> time_series(const QueryResult& result, std::size_t time_index, GrowthOptions growth = {});

PAIRAID_NAMESPACE_END
