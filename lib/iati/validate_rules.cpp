// The IATI Standard's rules that a schema cannot express, checked on one Activity: percentages that
// must add up, dates that must be ordered, and dates that cannot lie in the future. "Today" is
// options.as_of, never the clock, so a result is reproducible.
//
// Paths count elements by their position in the Activity's vectors (transactions[1] is
// transaction[2]); activities built by the validator's own extraction hold every element in order.
#include <pairaid/iati/validate.hpp>

#include <map>
#include <string>
#include <utility>

PAIRAID_NAMESPACE_BEGIN
namespace iati {
namespace {

const Decimal hundred = Decimal::from_integer(100);

// iati::to_string(Severity) hides the core's to_string(Date) inside this namespace.
std::string iso(const Date& d) { return pairaid::to_string(d); }

class RuleChecker {
 public:
  RuleChecker(const Activity& a, std::size_t number, std::string_view file, const ValidateOptions& options,
              std::string_view root)
      : activity_(a), file_(file), options_(options) {
    activity_path_ = root == "iati-activity"
                         ? "/iati-activity"
                         : "/" + std::string(root) + "/iati-activity[" + std::to_string(number) + "]";
  }

  std::vector<Finding> run() {
    check_sectors();
    check_countries_and_regions();
    check_activity_dates();
    check_transactions();
    check_periods();
    return std::move(findings_);
  }

 private:
  std::string element(std::string_view name, std::size_t index) const {
    return activity_path_ + "/" + std::string(name) + "[" + std::to_string(index + 1) + "]";
  }

  void add(std::string code, Severity severity, const SourcePosition& at, std::string path, std::string message) {
    const SourcePosition& where = at.line > 0 ? at : activity_.at;
    findings_.push_back(Finding{std::move(code), severity, std::string(file_), static_cast<std::size_t>(where.line),
                                static_cast<std::size_t>(where.column), std::move(path), std::move(message)});
  }

  struct Member {
    const Share* share;
    std::string path;
  };

  // One group of shares that together must make 100%: a single share may leave its percentage out
  // (it is then the whole); with several, every one needs a percentage and the sum must be exactly 100.
  void check_group(const std::vector<Member>& group, std::string_view what, std::string_view code_prefix) {
    if (group.empty()) return;
    bool all_given = true;
    for (const Member& m : group) {
      const Share& s = *m.share;
      if (!s.percentage && !s.percentage_text.empty()) {
        add("percentage-invalid", Severity::error, s.at, m.path + "/@percentage",
            "percentage '" + s.percentage_text + "' is not a decimal number");
        return;  // the sum cannot be judged
      }
      if (s.percentage && (*s.percentage < Decimal{} || *s.percentage > hundred)) {
        add("percentage-range", Severity::error, s.at, m.path + "/@percentage",
            "percentage " + s.percentage->to_string() + " is outside 0-100");
      }
      if (!s.percentage) all_given = false;
    }
    if (group.size() == 1 && !group.front().share->percentage) return;
    if (!all_given) {
      for (const Member& m : group) {
        if (!m.share->percentage) {
          add(std::string(code_prefix) + "-percentage-missing", Severity::error, m.share->at, m.path,
              "with several " + std::string(what) + ", each needs a percentage");
        }
      }
      return;
    }
    Decimal sum;
    try {
      for (const Member& m : group) sum += *m.share->percentage;
    } catch (const error&) {
      add(std::string(code_prefix) + "-percentage-sum", Severity::error, group.front().share->at, group.front().path,
          "percentages of " + std::string(what) + " are too large to add");
      return;
    }
    if (sum != hundred) {
      add(std::string(code_prefix) + "-percentage-sum", Severity::error, group.front().share->at, group.front().path,
          "percentages of " + std::string(what) + " sum to " + sum.to_string() + ", expected 100");
    }
  }

  static std::string vocabulary_or_default(const Share& s) { return s.vocabulary.empty() ? "1" : s.vocabulary; }

  void check_sectors() {
    std::map<std::string, std::vector<Member>> by_vocabulary;
    for (std::size_t i = 0; i < activity_.sectors.size(); ++i) {
      const Share& s = activity_.sectors[i];
      by_vocabulary[vocabulary_or_default(s)].push_back({&s, element("sector", i)});
    }
    for (const auto& [vocabulary, group] : by_vocabulary) {
      check_group(group, "sectors of vocabulary " + vocabulary, "sector");
    }
  }

  // Countries share the whole with the regions of each region vocabulary in turn.
  void check_countries_and_regions() {
    std::vector<Member> countries;
    for (std::size_t i = 0; i < activity_.recipient_countries.size(); ++i) {
      countries.push_back({&activity_.recipient_countries[i], element("recipient-country", i)});
    }
    std::map<std::string, std::vector<Member>> regions;
    for (std::size_t i = 0; i < activity_.recipient_regions.size(); ++i) {
      const Share& s = activity_.recipient_regions[i];
      regions[vocabulary_or_default(s)].push_back({&s, element("recipient-region", i)});
    }
    if (regions.empty()) {
      check_group(countries, "recipient countries", "country-region");
      return;
    }
    for (const auto& [vocabulary, group] : regions) {
      std::vector<Member> all = countries;
      all.insert(all.end(), group.begin(), group.end());
      check_group(all, "recipient countries and regions of vocabulary " + vocabulary, "country-region");
    }
  }

  void check_date_text(const std::optional<Date>& date, const std::string& text, const SourcePosition& at,
                       const std::string& path) {
    if (!date && !text.empty()) {
      add("date-invalid", Severity::error, at, path, "'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  void check_activity_dates() {
    std::optional<Date> first[5];  // first date of each type 1-4
    std::size_t index_of[5] = {};
    for (std::size_t i = 0; i < activity_.dates.size(); ++i) {
      const ActivityDate& d = activity_.dates[i];
      const std::string path = element("activity-date", i);
      check_date_text(d.date, d.iso_date_text, d.at, path + "/@iso-date");
      if (!d.date || d.type < 1 || d.type > 4) continue;
      if ((d.type == 2 || d.type == 4) && *d.date > options_.as_of) {
        add("actual-date-in-future", Severity::error, d.at, path,
            std::string(d.type == 2 ? "actual start" : "actual end") + " date " + iso(*d.date) + " is after " +
                iso(options_.as_of));
      }
      if (!first[d.type]) {
        first[d.type] = d.date;
        index_of[d.type] = i;
      }
    }
    const auto order = [&](int start, int end, std::string_view what) {
      if (first[start] && first[end] && *first[end] < *first[start]) {
        const ActivityDate& e = activity_.dates[index_of[end]];
        add("date-order", Severity::error, e.at, element("activity-date", index_of[end]),
            std::string(what) + " end " + iso(*first[end]) + " is before its start " + iso(*first[start]));
      }
    };
    order(1, 3, "planned");
    order(2, 4, "actual");
  }

  void check_transactions() {
    for (std::size_t i = 0; i < activity_.transactions.size(); ++i) {
      const Transaction& t = activity_.transactions[i];
      const std::string path = element("transaction", i) + "/transaction-date[1]";
      check_date_text(t.date, t.date_text, t.at, path + "/@iso-date");
      if (!t.date) continue;
      if (*t.date > options_.as_of) {
        add("transaction-date-in-future", Severity::error, t.at, path,
            "transaction date " + iso(*t.date) + " is after " + iso(options_.as_of));
      } else if (t.date->year() < options_.earliest_plausible_year) {
        add("transaction-date-implausible", Severity::warning, t.at, path,
            "transaction date " + iso(*t.date) + " is before " + std::to_string(options_.earliest_plausible_year));
      }
    }
  }

  void check_period(const std::optional<Date>& start, const std::optional<Date>& end, const SourcePosition& at,
                    const std::string& path) {
    if (start && end && *end < *start) {
      add("period-order", Severity::error, at, path,
          "period-end " + iso(*end) + " is before period-start " + iso(*start));
    }
  }

  void check_periods() {
    for (std::size_t i = 0; i < activity_.budgets.size(); ++i) {
      const Budget& b = activity_.budgets[i];
      check_period(b.period_start, b.period_end, b.at, element("budget", i));
    }
    for (std::size_t i = 0; i < activity_.planned_disbursements.size(); ++i) {
      const PlannedDisbursement& p = activity_.planned_disbursements[i];
      check_period(p.period_start, p.period_end, p.at, element("planned-disbursement", i));
    }
  }

  const Activity& activity_;
  std::string_view file_;
  const ValidateOptions& options_;
  std::string activity_path_;
  std::vector<Finding> findings_;
};

}  // namespace

std::vector<Finding> check_activity_rules(const Activity& activity, std::size_t activity_number, std::string_view file,
                                          const ValidateOptions& options, std::string_view root) {
  if (options.as_of.is_special()) {
    throw error(errc::invalid_argument, "IATI validation needs an 'as of' date (ValidateOptions::as_of)");
  }
  return RuleChecker(activity, activity_number, file, options, root).run();
}

}  // namespace iati
PAIRAID_NAMESPACE_END
