#pragma once
// Writing activities as IATI 2.03 XML that validates against the 2.03 activity schema, whatever
// version or state the activities were read in.
//
//   iati::ExportOptions options;
//   options.generated_datetime = "2026-11-30T00:00:00Z";   // the library never reads the clock
//   iati::ExportReport report = iati::write_iati(std::cout, activities, options);
//
// What the writer does with what it is given (docs/iati.md, "Export", says the same):
// - Elements come out in the order the schema's sequences require, codes as the Activity holds
//   them (1.0x letter codes were already mapped to numbers by the reader), dates as YYYY-MM-DD,
//   amounts as exact decimals (Decimal::to_string: no exponent, no grouping, never rounded).
// - Text and attributes are escaped (& < > "; tab, CR and LF inside attributes as character
//   references). Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF,
//   surrogates) and bytes that are not UTF-8 are dropped and counted in ExportReport.
// - A value without its own currency is written without @currency, so the activity's
//   @default-currency still applies to it, exactly as in the source.
// - Money is never invented: a transaction the schema cannot take (no known type, no date of any
//   kind) is left out and counted; a budget or planned disbursement without its period start is
//   left out and counted. A transaction without a transaction-date but with a value-date gets the
//   value-date as its transaction-date (the totals contract takes the year from either, so totals
//   stay equal). A value without @value-date gets the transaction date (budgets and
//   planned disbursements: the period start), the date the Standard says value-date defaults to;
//   totals by year do not change, since they read the transaction date first.
// - A required element that the source lacked and that the writer cannot derive (reporting-org
//   @type, activity-status, activity-date, any participating-org) comes from the fallbacks below.
//   They have no defaults: when an activity needs one that is not set, write_iati throws
//   errc::invalid_data naming every such activity and the option that would fill it, before it
//   writes anything. Required text the source lacked (title, description, organisation names) is
//   written as an empty narrative, which the schema accepts and which reads back as empty.
// - Optional elements whose required attributes are missing (a sector without a code, a related
//   activity without a type ...) are left out and counted.
#include <pairaid/iati/activity.hpp>

#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

struct ExportOptions {
  // iati-activities/@generated-datetime as an xsd:dateTime ("2026-11-30T00:00:00Z"); empty: the
  // attribute (optional in the schema) is left out. Anything else is errc::invalid_argument.
  std::string generated_datetime;

  // Fallbacks for required parts the source lacked; unset means "refuse rather than guess".
  std::string reporting_org_type_if_missing;  // OrganisationType code, e.g. "90" (Other)
  std::string activity_status_if_missing;     // ActivityStatus code 1-6
  std::optional<Date> start_date_if_missing;  // written as activity-date type 1 (planned start)
  // An activity with no participating-org (with a role) gets its reporting-org in this role.
  std::optional<OrganisationRole> reporting_org_role_if_no_participants;

  // location/administrative requires @vocabulary, which the Activity model does not keep
  // (GeographicVocabulary has no code for GB/T 2260). When set, every administrative code is
  // written with this vocabulary; when empty, administrative elements are left out and counted.
  std::string administrative_vocabulary;
};

// What the writer left out or changed, as counts per reason ("transaction without a known type
// left out"), so that nothing is dropped silently and memory stays bounded.
struct ExportReport {
  std::uint64_t activities = 0;
  std::uint64_t transactions = 0;
  std::map<std::string, std::uint64_t> left_out;  // reason -> how many
  std::map<std::string, std::uint64_t> filled;    // reason -> how many (value-date from the transaction date ...)
};

// Writes one iati-activities document (version 2.03) holding `activities` in order. The schema
// requires at least one activity: an empty span is errc::invalid_argument.
ExportReport write_iati(std::ostream& out, std::span<const Activity> activities, const ExportOptions& options);

// Every activity that needs a fallback `options` does not set, one line each
// ("ID (FILE-LINE): no activity-status; set activity_status_if_missing"); empty when all can be written.
std::vector<std::string> missing_required(std::span<const Activity> activities, const ExportOptions& options);

}  // namespace iati
PAIRAID_NAMESPACE_END
