#pragma once
// The model's rules as one pass over a DatasetContent (model/validate.hpp declares find_violations).
// The class lives here, internal to lib/; its checks are in one file per entity
// (validate_sources.cpp, validate_areas.cpp, validate_organisations.cpp, validate_batches.cpp,
// validate_dispatches.cpp, validate_projects.cpp, validate_indicators.cpp), the shared index, the
// references and a figure's further reports in validate.cpp.
#include <pairaid/model/validate.hpp>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

namespace detail {

class Validator {
 public:
  Validator(const DatasetContent& d, const QualifierPolicy& policy) : d_(d), policy_(policy) {}

  std::vector<Violation> run();

 private:
  static std::string at(const char* array, std::size_t i) { return std::string("/") + array + "/" + std::to_string(i); }

  void add(Rule r, std::string pointer, std::string message) {
    out_.push_back(Violation{r, std::move(pointer), std::move(message)});
  }

  using IdIndex = std::unordered_map<std::string, std::size_t>;  // id -> index in its array

  template <class IdT>
  void unique_id(IdIndex& seen, const IdT& id, const char* array, std::size_t i, const char* what) {
    const std::string pointer = at(array, i);
    if (auto problem = id_text_problem(id.str()); !problem.empty()) {
      add(Rule::invalid_id, pointer + "/id", std::string(problem));
      return;
    }
    auto [it, fresh] = seen.emplace(id.str(), i);
    if (!fresh)
      add(Rule::duplicate_id, pointer + "/id",
          std::string(what) + " id '" + id.str() + "' is already used by " + at(array, it->second));
  }

  void index();

  // --- references -----------------------------------------------------------------------------
  void source_ref(const SourceId& id, const std::string& pointer);
  void source_refs(const std::vector<SourceId>& ids, const std::string& pointer);
  const Area* area_ref(AreaCode code, const std::string& pointer);
  bool program_ref(const ProgramId& id, const std::string& pointer);
  // A reference to an organisation that must be a donor.
  void donor_ref(const OrganisationId& id, const std::string& pointer);
  const Organisation* organisation(const OrganisationId& id) const;
  bool within(AreaCode a, AreaCode ancestor) const;

  // --- entities -------------------------------------------------------------------------------
  void check_sources();

  void check_exchange_rates();

  void check_areas();

  void check_organisations();

  void check_programs();

  void check_pairings();

  const Program& program(const ProgramId& id) const { return d_.programs[programs_.at(id.str())]; }

  template <class Q>
  void figure_sources(const Figure<Q>& f, const std::string& pointer) {
    plural_order(f.value, pointer);
    source_ref(f.source, pointer + "/source");
    reports(f.reports, quantity_kind_of<Q>(), pointer);
  }

  // Further reports of a figure: of the figure's kind (money: its currency), each with a source.
  void reports(const std::vector<Report>& rs, QuantityKind kind, const std::string& pointer,
               const std::optional<Currency>& currency = std::nullopt);

  // "hundreds of" states an order of magnitude, held as the order itself (100); any other value
  // would silently change what the qualifier means.
  template <class Q>
  void plural_order(const Reported<Q>& r, const std::string& pointer) {
    if (!is_plural_order(r.qualifier())) return;
    const std::int64_t order = r.qualifier() == Qualifier::dozens_of     ? 12
                               : r.qualifier() == Qualifier::hundreds_of ? 100
                                                                         : 1000;
    bool ok = false;
    if constexpr (AnyCount<Q>)
      ok = r.value().count() == order;
    else
      ok = r.value().amount() == Decimal::from_integer(order);
    if (!ok)
      add(Rule::invalid_value, pointer + "/value",
          "a \"" + std::string(to_string(r.qualifier())) + "\" figure holds the order itself (" +
              std::to_string(order) + "), got " + detail::quantity_text(r.value()));
  }

  // An empty period cannot be written as first/last days, and covers nothing.
  void non_empty(const std::optional<Period>& period, const std::string& pointer);

  // RFC 6901: "~" is written "~0" and "/" is written "~1" inside a pointer's segment.
  static std::string pointer_segment(std::string_view key);

  // Parts against a total, on intervals. `parts` are the known parts; `complete` says they are
  // all of the parts (an exhaustive breakdown with every value known).
  template <class Q>
  void parts_within_total(const std::vector<Reported<Q>>& parts, bool complete, const Reported<Q>& total,
                          const std::string& pointer, const std::string& what) {
    if (parts.empty()) return;
    Interval<Q> sum;
    try {
      sum = sum_bounds<Q>(parts, policy_);
    } catch (const error& e) {
      add(Rule::invalid_value, pointer, what + ": " + e.what());
      return;
    }
    const Interval<Q> t = total.bounds(policy_);
    try {
      if (sum.lower() && t.upper()) {
        const Interval<Q> at_least_sum(sum.lower(), std::nullopt);
        if (!at_least_sum.intersects(t)) {
          add(Rule::breakdown_exceeds_total, pointer,
              what + ": the parts add up to at least " + sum.to_string() + ", more than \"" + total.to_string() +
                  "\" allows " + t.to_string());
          return;
        }
      }
      if (complete && !sum.intersects(t))
        add(Rule::breakdown_misses_total, pointer,
            what + ": the parts are all of the total but add up to " + sum.to_string() + ", which \"" +
                total.to_string() + "\" " + t.to_string() + " does not allow");
    } catch (const error& e) {
      add(Rule::invalid_value, pointer, what + ": " + e.what());
    }
  }

  void check_batches();

  // Dispatches: batches of several programs sent together, and their parts by origin.
  void check_dispatches();

  // Contradictions between sources that the dataset acknowledges, each with its reason.
  void check_known_disagreements();

  void check_projects();

  void check_transactions();

  void figure_kind(const AnyFigure& f, QuantityKind kind, const std::string& pointer);

  void check_breakdown(const Indicator& ind, const Observation& obs, const Breakdown& b, const std::string& p);

  void check_indicators();

  const DatasetContent& d_;
  const QualifierPolicy& policy_;
  std::vector<Violation> out_;
  IdIndex sources_, organisations_, programs_, batches_, projects_, indicators_, dispatches_;
  std::unordered_map<std::uint32_t, std::size_t> areas_;  // code -> index
};

}  // namespace detail

PAIRAID_NAMESPACE_END
