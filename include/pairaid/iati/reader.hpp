#pragma once
// Streaming IATI reader: parses an iati-activities file with expat, one activity at a time, and
// hands each finished Activity to a callback. Memory is bounded by the largest single activity,
// not by the file. Versions 1.0x to 2.03.
//
// Error discipline:
// - Not-well-formed XML (and any DOCTYPE that declares entities: billion-laughs defence) throws
//   io::load_error (errc::parse) with FILE:LINE:COL, code "xml", expat's words and what was
//   expected. Activities already handed to the callback came from a file that failed; callers that
//   must not count them collect per file (load_activities does) and discard on error. A file that
//   cannot be opened or read: io::load_error (errc::io), code "io".
// - A transaction, budget or planned disbursement that is present but unusable is, when lenient
//   (the default), skipped and recorded in ReadSummary::skipped with FILE:LINE:COL and the reason;
//   with `strict`, the first such problem throws io::load_error (errc::parse) with that diagnostic.
//   Codes: "bad_transaction_type" (no transaction-type, no @code - e.g. the code written as the
//   element's text -, or not 1-13 / a 1.0x letter code), "bad_value" (transaction value missing,
//   repeated, empty, not a decimal, or more than 9 fraction digits), "bad_budget_value",
//   "bad_planned_disbursement_value". A date that is not YYYY-MM-DD (e.g. "5000000") is not a
//   problem: the optional<Date> stays empty and the text is kept.
// - What the callback throws stops the read and propagates unchanged.
//
// Versions: Activity::version is the activity's own (d-portal's iati-activities:version), else the
// root's @version, else "1.01" (a file that declares none; see SOURCES.md). Mappings do not depend
// on the declared version (files mislabel it): 1.0x letter transaction codes, activity-date words
// and participating-org role words are mapped wherever they appear, and a name is the first
// narrative or, without narratives (1.0x), the element's own text, trimmed of XML white space.
#include <pairaid/iati/activity.hpp>
#include <pairaid/io/diagnostic.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

// Which parts of an activity to build. Totals need only the money; skipping narratives, results and
// locations makes reading faster. Elements not collected are still checked for well-formedness.
struct ReadParts {
  bool narratives = true;  // title, description, organisation names
  bool results = true;
  bool locations = true;
  bool budgets = true;  // budgets and planned disbursements
};

struct ReadOptions {
  bool strict = false;
  ReadParts parts{};
};

struct ReadSummary {
  std::string version;  // iati-activities/@version ("" when absent)
  std::uint64_t activities = 0;
  std::uint64_t transactions = 0;  // transactions delivered
  std::uint64_t budgets = 0;       // budgets delivered (0 when ReadParts::budgets is off)
  std::uint64_t planned_disbursements = 0;
  std::vector<io::Diagnostic> skipped;  // one per skipped transaction, in file order
};

using ActivityCallback = std::function<void(Activity&&)>;

// Reads `xml` (the whole document). `name` is used in diagnostics.
ReadSummary read_activities(std::string_view xml, std::string_view name, const ReadOptions& options,
                            const ActivityCallback& on_activity);

// Streams a file in fixed-size blocks (never mapping or loading it whole), in file order.
ReadSummary read_activities_file(const std::filesystem::path& file, const ReadOptions& options,
                                 const ActivityCallback& on_activity);

// The same file split into `parts` consecutive byte ranges that each start at an activity, parsed
// by one thread per part (the calling thread takes part 0). `sink_for(i)` is called (on the calling
// thread) before parsing starts and means "start part i afresh"; part i's activities go only to its
// callback, from one thread, in file order, so a caller that merges the parts' results in index
// order sees file order. Diagnostics, errors and the returned summary are exactly those of
// read_activities_file. If the split turns out unusable (an XML error in a part - a real one, or a
// cut that was not between activities), sink_for(i) is called again for every i >= 1 and then for
// 0, and the file is re-read sequentially into part 0's new callback: a sink_for that clears part
// i's results is therefore always right. parts <= 1, a file whose prologue is not plain (DOCTYPE,
// an encoding other than UTF-8, a byte-order mark) or a file with too few activities to cut is read
// sequentially into sink_for(0).
ReadSummary read_activities_file_parallel(const std::filesystem::path& file, const ReadOptions& options, unsigned parts,
                                          const std::function<ActivityCallback(unsigned part)>& sink_for);

// All activities of a file, or io::load_error and nothing.
struct ActivityFile {
  std::vector<Activity> activities;
  ReadSummary summary;
};
ActivityFile load_activities(const std::filesystem::path& file, const ReadOptions& options = {});

// 1.0x transaction codes and their 2.0x numbers: "IF"->1 ... "CG"->10; "3" -> 3; unknown -> 0.
int transaction_type_code(std::string_view written) noexcept;

}  // namespace iati
PAIRAID_NAMESPACE_END
