#pragma once
// One IATI activity as read from a file of any version (1.0x to 2.03), in the Standard's own terms.
// The reader (reader.hpp) fills it one activity at a time; totals, validation and export work on it;
// mapping to pairaid's model (Project, Organisation, Transaction) is a separate step (to_model.hpp).
//
// Codes are kept as the file wrote them, except where versions differ only in spelling: 1.0x letter
// transaction codes (IF, C, D, E, IR, LR, R, QP, QS, CG) become their 2.0x numbers 1-10, and 1.0x
// activity-date types (start-planned ...) become 1-4. Money values are exact Decimals; a value that
// is not a decimal never becomes 0 (the reader skips that transaction and says why). Anything the
// file leaves out is empty or nullopt, never a made-up default: "no currency" stays "".
#include <pairaid/core/decimal.hpp>
#include <pairaid/core/period.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

// Where an element started in its file: 1-based line and byte column; 0 when built in memory.
struct SourcePosition {
  std::uint64_t line = 0;
  std::uint64_t column = 0;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

// reporting-org, participating-org, provider-org, receiver-org: @ref, @type, the first narrative
// (or, in 1.0x, the element's text), and @provider-activity-id / @receiver-activity-id.
struct OrganisationRef {
  std::string ref;
  std::string type;  // OrganisationType code, e.g. "10" (government)
  std::string name;
  std::string activity_id;  // provider-activity-id or receiver-activity-id
  friend bool operator==(const OrganisationRef&, const OrganisationRef&) = default;
};

// OrganisationRole codelist; 1.0x words (Funding, Extending ...) are mapped to these numbers.
enum class OrganisationRole : std::uint8_t { funding = 1, accountable = 2, extending = 3, implementing = 4 };

struct ParticipatingOrg {
  OrganisationRef organisation;
  std::optional<OrganisationRole> role;  // nullopt when absent or not a known role
  std::string role_text;                 // @role as written, for diagnostics
  friend bool operator==(const ParticipatingOrg&, const ParticipatingOrg&) = default;
};

// A sector, recipient-country or recipient-region with its share. The percentage is exact and
// optional: the Standard allows it to be left out when there is only one.
struct Share {
  std::string vocabulary;  // sector/@vocabulary ("1" = DAC 5-digit when absent in 2.0x), region/@vocabulary
  std::string code;
  std::optional<Decimal> percentage;
  std::string percentage_text;  // as written, when it was not a decimal
  SourcePosition at;
  friend bool operator==(const Share&, const Share&) = default;
};

// activity-date: type 1 planned start, 2 actual start, 3 planned end, 4 actual end.
struct ActivityDate {
  int type = 0;  // 0 when the type is missing or unknown
  std::optional<Date> date;
  std::string iso_date_text;  // @iso-date as written
  SourcePosition at;
  friend bool operator==(const ActivityDate&, const ActivityDate&) = default;
};

// A value element: exact amount, currency as written on the value (empty: the activity's
// default-currency applies), value-date.
struct Value {
  Decimal amount;
  std::string currency;
  std::optional<Date> value_date;
  std::string value_date_text;
  friend bool operator==(const Value&, const Value&) = default;
};

struct Transaction {
  SourcePosition at;
  std::string ref;
  int type = 0;              // TransactionType 1-13 (letter codes mapped); 0 if unknown
  std::string type_text;     // transaction-type/@code as written
  std::optional<Date> date;  // transaction-date/@iso-date, when it is a valid YYYY-MM-DD date
  std::string date_text;
  Value value;
  std::string description;
  OrganisationRef provider;
  OrganisationRef receiver;
  std::vector<Share> sectors;              // transaction-level (2.0x)
  std::vector<Share> recipient_countries;  // transaction-level (2.0x)
  std::vector<Share> recipient_regions;
  std::string flow_type, finance_type, aid_type, tied_status, disbursement_channel;
  friend bool operator==(const Transaction&, const Transaction&) = default;
};

// budget: @type 1 original / 2 revised, @status 1 indicative / 2 committed.
struct Budget {
  SourcePosition at;
  std::string type;
  std::string status;
  std::optional<Date> period_start, period_end;
  Value value;
  friend bool operator==(const Budget&, const Budget&) = default;
};

struct PlannedDisbursement {
  SourcePosition at;
  std::string type;
  std::optional<Date> period_start, period_end;
  Value value;
  OrganisationRef provider;
  OrganisationRef receiver;
  friend bool operator==(const PlannedDisbursement&, const PlannedDisbursement&) = default;
};

struct Location {
  std::string ref;
  std::string name;
  std::string point;  // point/pos: "latitude longitude" as written (never parsed into floating point)
  std::vector<std::string> administrative_codes;  // location/administrative/@code
  friend bool operator==(const Location&, const Location&) = default;
};

// A result indicator's value as written; results carry counts, percentages and words alike, so the
// text is kept and `number` holds it when it is a decimal.
struct IndicatorValue {
  std::string text;
  std::optional<Decimal> number;
  friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

struct IndicatorPeriod {
  std::optional<Date> start, end;
  std::optional<IndicatorValue> target, actual;
  friend bool operator==(const IndicatorPeriod&, const IndicatorPeriod&) = default;
};

struct ResultIndicator {
  std::string measure;    // IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative
  std::string ascending;  // "1"/"0"/"true"/"false" as written, empty when absent
  std::string title;
  std::optional<std::string> baseline_year;
  std::optional<Date> baseline_date;
  std::optional<IndicatorValue> baseline;
  std::vector<IndicatorPeriod> periods;
  friend bool operator==(const ResultIndicator&, const ResultIndicator&) = default;
};

struct Result {
  std::string type;  // ResultType: 1 output, 2 outcome, 3 impact, 9 other
  std::string aggregation_status;
  std::string title;
  std::vector<ResultIndicator> indicators;
  friend bool operator==(const Result&, const Result&) = default;
};

// related-activity/@type: 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party.
struct RelatedActivity {
  std::string ref;
  std::string type;
  friend bool operator==(const RelatedActivity&, const RelatedActivity&) = default;
};

struct Activity {
  SourcePosition at;
  std::string version;  // of the file (iati-activities/@version), or the activity's own when given
  std::string iati_identifier;
  OrganisationRef reporting_org;
  std::string default_currency;
  std::optional<int> hierarchy;  // @hierarchy; the Standard reads absent as 1
  std::string last_updated_datetime;
  std::string language;         // xml:lang
  std::string title;            // first narrative (2.0x) or text (1.0x)
  std::string description;      // first description's first narrative
  std::string activity_status;  // ActivityStatus code
  std::string activity_scope;
  std::string collaboration_type, default_flow_type, default_finance_type, default_aid_type, default_tied_status;
  std::vector<ActivityDate> dates;
  std::vector<ParticipatingOrg> participating_orgs;
  std::vector<Share> recipient_countries;
  std::vector<Share> recipient_regions;
  std::vector<Share> sectors;
  std::vector<Location> locations;
  std::vector<Transaction> transactions;
  std::vector<Budget> budgets;
  std::vector<PlannedDisbursement> planned_disbursements;
  std::vector<Result> results;
  std::vector<RelatedActivity> related_activities;

  int hierarchy_or_default() const { return hierarchy.value_or(1); }
  friend bool operator==(const Activity&, const Activity&) = default;
};

}  // namespace iati
PAIRAID_NAMESPACE_END
