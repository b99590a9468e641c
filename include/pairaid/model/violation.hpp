#pragma once
// What can be wrong with a dataset that is well-formed but breaks a rule of the model. Each rule
// has a stable name (used in messages, the C API and the CLI), and each violation points at the
// offending value with a JSON pointer into the dataset's document form (docs/dataset-format.md),
// so a reader of a file can turn it into file:line:col.
#include <pairaid/core/error.hpp>
#include <pairaid/model/enum_names.hpp>

#include <string>
#include <utility>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

enum class Rule {
  invalid_id,               // empty, too long, control characters, padded with spaces
  duplicate_id,             // two entities of one type with one id (or two areas with one code)
  dangling_reference,       // a reference to an id or area code the dataset does not hold
  reversed_period,          // an end before its beginning
  not_a_donor,              // a pairing, project or headcount names an organisation without the donor role
  negative_count,           // a count or reported figure below zero
  breakdown_exceeds_total,  // the parts' smallest possible sum is above the largest possible total
  breakdown_misses_total,   // an exhaustive breakdown whose parts can never add up to the total
  kind_mismatch,            // a figure of another kind than its indicator counts (patients as people)
  bad_hierarchy,            // an area whose parent is not one level up, or a region with a parent
  duplicate_ordinal,        // two batches of one program with one ordinal
  overlapping_periods,      // observations of a summed indicator that would count one period twice
  invalid_value,            // any other value outside what the model allows (said in the message)
};
inline constexpr EnumNames<Rule, 13> rule_names{{"invalid_id", "duplicate_id", "dangling_reference", "reversed_period",
                                                 "not_a_donor", "negative_count", "breakdown_exceeds_total",
                                                 "breakdown_misses_total", "kind_mismatch", "bad_hierarchy",
                                                 "duplicate_ordinal", "overlapping_periods", "invalid_value"}};
constexpr std::string_view to_string(Rule r) noexcept { return rule_names(r); }

struct Violation {
  Rule rule;
  std::string pointer;  // e.g. "/batches/3/headcount"
  std::string message;  // what is wrong and what was expected, without the location
  friend bool operator==(const Violation&, const Violation&) = default;
};

// A dataset that breaks the model's rules; the first violation is the message, all are kept.
class validation_error : public error {
 public:
  explicit validation_error(std::vector<Violation> violations, const std::string& where = {})
      : error(errc::invalid_data, describe(violations, where)), violations_(std::move(violations)) {}
  const std::vector<Violation>& violations() const noexcept { return violations_; }
  Rule rule() const noexcept { return violations_.empty() ? Rule::invalid_value : violations_.front().rule; }

 private:
  static std::string describe(const std::vector<Violation>& v, const std::string& where) {
    if (v.empty()) return where + "invalid dataset";
    std::string s =
        where + v.front().pointer + ": " + v.front().message + " [" + std::string(to_string(v.front().rule)) + "]";
    if (v.size() > 1) s += " (and " + std::to_string(v.size() - 1) + " more)";
    return s;
  }
  std::vector<Violation> violations_;
};

PAIRAID_NAMESPACE_END
