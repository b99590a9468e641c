#pragma once
// Streaming IATI reader: parses an iati-activities file with expat, one activity at a time, and
// hands each finished Activity to a callback. Memory is bounded by the largest single activity,
// not by the file. Versions 1.0x to 2.03.
//
// Error discipline:
// - Not-well-formed XML (and any DOCTYPE that declares entities: billion-laughs defence) throws
//   io::load_error with FILE:LINE:COL, code "xml". Activities already handed to the callback came
//   from a file that failed; callers that must not count them collect per file (read_activities_file
//   does) and discard on error.
// - A transaction that is present but unusable (value empty or not a decimal, unknown type code,
//   ...) is, when lenient (the default), skipped and recorded in ReadSummary::skipped as a warning
//   with FILE:LINE and the reason; with `strict`, the first such problem throws io::load_error
//   (code "bad_transaction").
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
  std::string version;              // iati-activities/@version ("" when absent)
  std::uint64_t activities = 0;
  std::uint64_t transactions = 0;   // transactions delivered
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
// by one thread per part. `sink_for(i)` is called once per part before parsing starts; part i's
// activities go only to its callback, from one thread, in file order, so a caller that merges the
// parts' results in index order sees file order. Diagnostics and errors are exactly those of
// read_activities_file (a part that meets anything unusual is re-read by the sequential reader).
ReadSummary read_activities_file_parallel(const std::filesystem::path& file, const ReadOptions& options,
                                          unsigned parts,
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
