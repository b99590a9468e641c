#pragma once
// Validation of IATI activity files: well-formedness, the XSD of the declared version, codelists and
// the Standard's rules. Every finding has a stable code (docs/iati.md, "Validation", lists them), a
// severity, FILE:LINE[:COL] and the element's path (/iati-activities/iati-activity[3]/transaction[2]).
//
// Validation reports; it does not throw on bad data. A file that is not well-formed yields exactly one
// finding, code "xml", with line and column, since nothing after the first fault is meaningful.
// Memory stays bounded by the largest activity: the file is read with libxml2's streaming reader,
// the schema checked as it streams, and each activity expanded on its own for codelists and rules.
#include <pairaid/core/period.hpp>
#include <pairaid/iati/activity.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

// info: something the reader should know that is not a fault (e.g. the schema step was skipped).
enum class Severity { info, warning, error };
std::string_view to_string(Severity s) noexcept;

struct Finding {
  std::string code;  // stable, e.g. "schema-content", "sector-percentage-sum", "xml"
  Severity severity = Severity::error;
  std::string file;        // as the caller named it
  std::size_t line = 0;    // 1-based; 0 when not known
  std::size_t column = 0;  // 1-based bytes; 0 when not known
  std::string path;        // element path, e.g. /iati-activities/iati-activity[3]/transaction[2]/value
  std::string message;

  // "FILE:LINE:COL: severity: PATH: message [code]" (":COL" only when known, "PATH: " only when set).
  std::string to_string() const;
  friend bool operator==(const Finding&, const Finding&) = default;
};

struct ValidateOptions {
  // Directory holding iati-activities-schema.xsd (2.03) and sub-directories 2.02, 2.01, 1.05, 1.01.
  // nullopt: the schemas pairaid ships (io::bundled_iati_schema_dir(); errc::io when the data
  // directory cannot be found).
  std::optional<std::filesystem::path> schema_dir;
  // true: the schema step is skipped, and an info finding "schema-skipped" says so.
  bool skip_schema = false;
  // "Today" for the rules that refuse dates in the future. Required: the library never reads the clock.
  Date as_of;
  // Transaction dates before this year are reported as implausible (warning).
  int earliest_plausible_year = 1950;
};

// Validates a file / an in-memory document; `name` is used as FILE in findings. Findings are in
// document order (by line, then column). Throws pairaid::error only for caller mistakes: as_of not a
// real date (errc::invalid_argument), a file that cannot be opened (errc::io), a schema directory
// without the version's schema or with a schema libxml2 cannot compile (errc::io).
std::vector<Finding> validate_file(const std::filesystem::path& file, const ValidateOptions& options);
std::vector<Finding> validate_buffer(std::string_view xml, std::string_view name, const ValidateOptions& options);

// The schema used for a declared version (iati-activities/@version, "" when absent), relative to the
// schema directory: 2.03 -> iati-activities-schema.xsd; 2.02, 2.01, 1.05, 1.01 -> VERSION/...;
// 1.00 (also written "1.0") and absent -> 1.01 (the Standard reads an absent version as 1.01);
// 1.02, 1.03, 1.04 -> 1.05 (1.0x changes were additive, so 1.05 accepts what they allowed);
// any other -> nullopt.
std::optional<std::filesystem::path> schema_for_version(std::string_view version);

// The Standard's rules on one activity, as built by the reader or by hand. `activity_number` is the
// activity's 1-based position among iati-activity elements (for paths); `root` the document element's
// name ("iati-activities", or "iati-activity" for a bare activity). Checks: percentages (sectors per
// vocabulary; recipient countries with regions per region vocabulary) sum to 100, are decimals, and are
// given when there are several; end dates not before start dates (activity, budget and planned
// disbursement periods); actual dates and transaction dates not after options.as_of; transaction
// dates valid and not before options.earliest_plausible_year.
std::vector<Finding> check_activity_rules(const Activity& activity, std::size_t activity_number, std::string_view file,
                                          const ValidateOptions& options, std::string_view root = "iati-activities");

// True when some finding is an error.
bool has_errors(const std::vector<Finding>& findings) noexcept;

}  // namespace iati
PAIRAID_NAMESPACE_END
