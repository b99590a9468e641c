#pragma once
// Aggregating an indicator's observations by the rule the indicator states, and rolling values of
// one measure up an area hierarchy without counting anything twice.
//
//   auto total = pairaid::aggregate<Patients>(*dataset.find(IndicatorId("patients-treated")));
//   total.known       // Interval<Patients> of what the stated values allow
//   total.complete()  // false when an observation has no value, or the choice is ambiguous
//
// The rules (docs/personnel-and-indicators.md):
// - sum: the interval sum of every observation's actual value (its qualifier's interval under the
//   caller's QualifierPolicy). An observation without an actual makes the result incomplete: the
//   total is then at least the known sum, with no upper bound.
// - latest: the observation whose period ends last. Observations ending on the same day with
//   different values are a tie and give no value; an undated observation cannot be ordered and is
//   named (it alone is "latest" only when it is the only observation with a value); a later
//   observation without a value is named too, since the value chosen may be out of date.
// - ratio_of_sums: the values are ratios or percentages. Summing them is refused with
//   errc::invalid_argument naming the indicator and its rule, and so is aggregate(): the model
//   holds no numerator and denominator to recompute the ratio from.
// - Within a window (AggregateOptions::within): only observations whose period lies inside it;
//   those that straddle its edge or have no period are named, never split or guessed.
// - Roll-up over an area subtree: a value for an area already includes everything below it. So
//   the highest-level value on each branch is used and the values below it are "shadowed" (listed,
//   not added); branches with no value anywhere are "uncovered" and make the result incomplete.
//   A program-wide indicator (no area in its scope) stands for the program's recipient area.
//   Donor-scoped indicators are a donor's share, not an area's total: listed, never added.
#include <pairaid/model/dataset.hpp>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct AggregateOptions {
  QualifierPolicy policy;        // what "nearly" and "about" allow
  std::optional<Period> within;  // only observations whose period lies inside this one
};

// Why an observation could change an aggregate but did not go into it.
enum class ObservationIssue {
  no_actual,             // no value stated (sum: the total may be larger)
  no_period,             // cannot be placed in time (latest: cannot be ordered; within: cannot be placed)
  straddles_window,      // runs over an edge of `within`; a figure is never split
  tied,                  // latest: ends on the same day as another with a different value
  later_without_actual,  // latest: a later observation with no value; the chosen one may be stale
};
inline constexpr EnumNames<ObservationIssue, 5> observation_issue_names{
    {"no_actual", "no_period", "straddles_window", "tied", "later_without_actual"}};
constexpr std::string_view to_string(ObservationIssue i) noexcept { return observation_issue_names(i); }

struct ObservationNote {
  std::size_t observation = 0;  // index in Indicator::observations
  ObservationIssue issue = ObservationIssue::no_actual;
  friend bool operator==(const ObservationNote&, const ObservationNote&) = default;
};

template <class Q>
struct Aggregate {
  IndicatorId indicator;
  Aggregation rule = Aggregation::sum;
  std::optional<Interval<Q>> known;    // sum: of the values used; latest: the chosen value. None: no value
  std::vector<std::size_t> used;       // observation indexes that went into `known`
  std::vector<ObservationNote> notes;  // observations that could change the result, and why

  bool complete() const noexcept { return known.has_value() && notes.empty(); }
  // What the aggregate may be. A sum missing values is at least the known sum, unbounded above;
  // a latest value with notes is only the chosen one (the notes say why it may not be the last).
  std::optional<Interval<Q>> bounds() const {
    if (!known || rule != Aggregation::sum || complete()) return known;
    return Interval<Q>(known->lower(), std::nullopt);
  }
};

namespace detail {

template <class Q>
void require_kind(const Indicator& ind) {
  if (ind.kind != quantity_kind_of<Q>())
    throw error(errc::invalid_argument, "indicator '" + ind.id.str() + "' counts " + std::string(to_string(ind.kind)) +
                                            ", not " + std::string(to_string(quantity_kind_of<Q>())));
}

inline std::string rule_refusal(const Indicator& ind, const char* what) {
  std::string s = std::string("cannot ") + what + " indicator '" + ind.id.str() + "' (" + ind.title +
                  "): its aggregation rule is " + std::string(to_string(ind.aggregation));
  if (ind.aggregation == Aggregation::ratio_of_sums)
    s += "; its values are ratios or percentages, which do not add up: sum their numerators and denominators and "
         "divide";
  else if (ind.aggregation == Aggregation::latest)
    s += "; each value is a level as of its date, so adding periods would count it again: take the latest";
  return s;
}

// Whether observation `o` takes part under `options.within`; notes why not when it matters.
inline bool in_window(const Observation& o, std::size_t index, const AggregateOptions& options,
                      std::vector<ObservationNote>& notes) {
  if (!options.within) return true;
  if (!o.period) {
    notes.push_back({index, ObservationIssue::no_period});
    return false;
  }
  if (options.within->contains(*o.period)) return true;
  if (options.within->overlaps(*o.period)) notes.push_back({index, ObservationIssue::straddles_window});
  return false;
}

}  // namespace detail

// The sum of the observations' actual values. Refused (errc::invalid_argument, naming the
// indicator and its rule) unless the indicator's rule is sum; errc::invalid_argument also when Q
// is not the indicator's kind, and errc::currency_mismatch for money in two currencies.
template <class Q>
Aggregate<Q> sum_observations(const Indicator& ind, const AggregateOptions& options = {}) {
  detail::require_kind<Q>(ind);
  if (ind.aggregation != Aggregation::sum) throw error(errc::invalid_argument, detail::rule_refusal(ind, "sum"));
  Aggregate<Q> out;
  out.indicator = ind.id;
  out.rule = ind.aggregation;
  for (std::size_t i = 0; i < ind.observations.size(); ++i) {
    const Observation& o = ind.observations[i];
    if (!detail::in_window(o, i, options, out.notes)) continue;
    if (!o.actual) {
      out.notes.push_back({i, ObservationIssue::no_actual});
      continue;
    }
    const Interval<Q> b = get<Q>(o.actual->value).bounds(options.policy);
    out.known = out.known ? *out.known + b : b;
    out.used.push_back(i);
  }
  return out;
}

// The value of the observation whose period ends last (see the rules above). Allowed for any
// rule: the latest ratio is still a ratio. errc::invalid_argument when Q is not the indicator's kind.
template <class Q>
Aggregate<Q> latest_observation(const Indicator& ind, const AggregateOptions& options = {}) {
  detail::require_kind<Q>(ind);
  Aggregate<Q> out;
  out.indicator = ind.id;
  out.rule = Aggregation::latest;
  std::vector<std::size_t> dated, undated, valueless_dated;
  for (std::size_t i = 0; i < ind.observations.size(); ++i) {
    const Observation& o = ind.observations[i];
    if (!detail::in_window(o, i, options, out.notes)) continue;
    if (!o.actual) {
      if (o.period) valueless_dated.push_back(i);
      continue;
    }
    (o.period ? dated : undated).push_back(i);
  }
  auto end_of = [&](std::size_t i) { return ind.observations[i].period->end(); };
  auto by_observation = [](const ObservationNote& a, const ObservationNote& b) {
    return a.observation < b.observation;
  };
  if (dated.empty()) {
    if (undated.size() == 1 && valueless_dated.empty()) {  // the only value there is
      out.used.push_back(undated.front());
      out.known = get<Q>(ind.observations[undated.front()].actual->value).bounds(options.policy);
    } else {
      for (std::size_t i : undated) out.notes.push_back({i, ObservationIssue::no_period});
      for (std::size_t i : valueless_dated) out.notes.push_back({i, ObservationIssue::no_actual});
    }
    std::sort(out.notes.begin(), out.notes.end(), by_observation);
    return out;
  }
  const Date last = end_of(*std::max_element(dated.begin(), dated.end(),
                                             [&](std::size_t a, std::size_t b) { return end_of(a) < end_of(b); }));
  std::vector<std::size_t> at_last;
  for (std::size_t i : dated)
    if (end_of(i) == last) at_last.push_back(i);
  const AnyReported& chosen = ind.observations[at_last.front()].actual->value;
  const bool agree = std::all_of(at_last.begin(), at_last.end(),
                                 [&](std::size_t i) { return ind.observations[i].actual->value == chosen; });
  if (agree) {
    out.used.push_back(at_last.front());
    out.known = get<Q>(chosen).bounds(options.policy);
  } else {
    for (std::size_t i : at_last) out.notes.push_back({i, ObservationIssue::tied});
  }
  for (std::size_t i : undated) out.notes.push_back({i, ObservationIssue::no_period});
  for (std::size_t i : valueless_dated)
    if (last < end_of(i)) out.notes.push_back({i, ObservationIssue::later_without_actual});
  std::sort(out.notes.begin(), out.notes.end(), by_observation);
  return out;
}

// The indicator's observations combined by its own rule: sum_observations or latest_observation.
// ratio_of_sums is refused (errc::invalid_argument naming the indicator and its rule).
template <class Q>
Aggregate<Q> aggregate(const Indicator& ind, const AggregateOptions& options = {}) {
  switch (ind.aggregation) {
    case Aggregation::sum: return sum_observations<Q>(ind, options);
    case Aggregation::latest: return latest_observation<Q>(ind, options);
    case Aggregation::ratio_of_sums: break;
  }
  detail::require_kind<Q>(ind);
  throw error(errc::invalid_argument, detail::rule_refusal(ind, "aggregate"));
}

// --- roll-up over an area subtree ------------------------------------------------------------------

template <class Q>
struct RollUp {
  AreaCode root;
  std::optional<Interval<Q>> known;       // the sum of the used indicators' aggregates
  std::vector<IndicatorId> used;          // one per covering area, parents before children
  std::vector<IndicatorId> shadowed;      // below a used one: already inside its value, not added
  std::vector<IndicatorId> outside;       // scoped to an area outside the subtree (or above it)
  std::vector<IndicatorId> donor_scoped;  // a donor's share, not an area's total: not added
  std::vector<AreaCode> uncovered;        // highest areas of the subtree with no value at or below them
  std::vector<IndicatorId> incomplete;    // used, but their own aggregate is incomplete

  bool complete() const noexcept { return known.has_value() && uncovered.empty() && incomplete.empty(); }
  // What the subtree's total may be: `known` when complete, else at least it, unbounded above.
  std::optional<Interval<Q>> bounds() const {
    if (!known || complete()) return known;
    return Interval<Q>(known->lower(), std::nullopt);
  }
};

// Values of one measure for `root` and the areas below it, each area counted once (see the rules
// above). errc::invalid_argument when the indicators differ in measure or program, when two of them
// are about the same area (which one would count?), or when a used one's rule is ratio_of_sums;
// errc::not_found when `root` or an indicator's program is not in the dataset.
template <class Q>
RollUp<Q> roll_up(const Dataset& d, std::span<const Indicator* const> indicators, AreaCode root,
                  const AggregateOptions& options = {}) {
  if (!d.find(root)) throw error(errc::not_found, "no area has the code " + root.to_string());
  RollUp<Q> out{root, std::nullopt, {}, {}, {}, {}, {}, {}};
  struct Placed {
    const Indicator* indicator;
    AreaCode area;
  };
  std::vector<Placed> placed;
  for (const Indicator* ind : indicators) {
    const Indicator& first = *indicators.front();
    if (ind->measure != first.measure || ind->scope.program != first.scope.program)
      throw error(errc::invalid_argument,
                  "indicators '" + first.id.str() + "' and '" + ind->id.str() +
                      "' differ in measure or program; a roll-up adds one measure of one program");
    detail::require_kind<Q>(*ind);
    if (ind->scope.donor) {
      out.donor_scoped.push_back(ind->id);
      continue;
    }
    const Program* program = d.find(ind->scope.program);
    if (!program) throw error(errc::not_found, "no program has the id '" + ind->scope.program.str() + "'");
    const AreaCode area = ind->scope.area ? *ind->scope.area : program->recipient_area;
    if (!d.within(area, root)) {
      out.outside.push_back(ind->id);
      continue;
    }
    for (const Placed& p : placed)
      if (p.area == area)
        throw error(errc::invalid_argument, "indicators '" + p.indicator->id.str() + "' and '" + ind->id.str() +
                                                "' are both about area " + area.to_string() +
                                                "; a roll-up needs one value per area");
    placed.push_back({ind, area});
  }

  auto at = [&](AreaCode a) -> const Indicator* {
    for (const Placed& p : placed)
      if (p.area == a) return p.indicator;
    return nullptr;
  };
  auto any_below = [&](AreaCode a) {
    return std::any_of(placed.begin(), placed.end(), [&](const Placed& p) { return d.within(p.area, a); });
  };
  // Top-down: the first value met on each branch covers it.
  std::vector<AreaCode> pending{root};
  while (!pending.empty()) {
    const AreaCode a = pending.front();
    pending.erase(pending.begin());
    if (const Indicator* ind = at(a)) {
      out.used.push_back(ind->id);
      const Aggregate<Q> agg = aggregate<Q>(*ind, options);
      if (!agg.complete()) out.incomplete.push_back(ind->id);
      if (const auto b = agg.bounds()) out.known = out.known ? *out.known + *b : *b;
      for (const Placed& p : placed)
        if (p.area != a && d.within(p.area, a)) out.shadowed.push_back(p.indicator->id);
    } else if (!any_below(a)) {
      out.uncovered.push_back(a);
    } else {
      for (AreaCode child : d.children(a)) pending.push_back(child);
    }
  }
  return out;
}

PAIRAID_NAMESPACE_END
