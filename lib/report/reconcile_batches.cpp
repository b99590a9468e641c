// The batch checks: a program's reported personnel total and batch count against its batch records,
// and the growth from the first known batch size to the latest.
#include "reconcile_internal.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace report_detail {
namespace {

std::string program_name(const Program& p) { return p.name_en.empty() ? "program '" + p.id.str() + "'" : p.name_en; }

// The program's own figures: not one area's, one donor's or a group-aid series' (which are not
// the cadre batches).
bool whole_program(const Indicator& i, const Program& p) {
  return i.scope.program == p.id && !i.scope.area && !i.scope.donor && !i.scope.series;
}

// Whether a batch can be part of a figure for `period`: not when its known tenure lies outside it,
// nor when its stated term starts after the period's last year (a figure cannot count a batch
// that had not gone yet).
bool within_period(const Batch& b, const Period& period) {
  if (b.tenure && !b.tenure->overlaps(period)) return false;
  if (b.term && b.term->start_year > period.last().year()) return false;
  return true;
}

// The program's batches an observation speaks of: all of them, except those outside its period.
std::vector<const Batch*> batches_in(const Dataset& d, const Program& p, const std::optional<Period>& period) {
  std::vector<const Batch*> out;
  for (const Batch* b : d.batches_of(p.id))
    if (!period || within_period(*b, *period)) out.push_back(b);
  return out;
}

std::string left_out_note(const Dataset& d, const Program& p, std::size_t included,
                          const std::optional<Period>& period = std::nullopt) {
  const auto all = d.batches_of(p.id);
  if (all.size() == included) return "";
  std::vector<std::string> later;
  if (period)
    for (const Batch* b : all)
      if (b->term && b->term->start_year > period->last().year())
        later.push_back("batch " + std::to_string(b->ordinal) + ", whose stated term starts in " +
                        std::to_string(b->term->start_year) + ", after the figure's period, cannot be part of it");
  std::string s = " (" + std::to_string(all.size() - included) + " more outside the figure's period are left out";
  if (!later.empty()) s += ": " + joined_list(later, "; ");
  return s + ")";
}

std::string verdict_clause(Verdict v, const std::string& evidence, const std::string& claim) {
  switch (v) {
    case Verdict::consistent: return evidence + " lies within " + claim;
    case Verdict::inconsistent: return evidence + " lies outside " + claim;
    case Verdict::undetermined: return evidence + " overlaps " + claim + " only in part";
  }
  return evidence + " ? " + claim;
}

// "622", or "about 600" for a qualified figure: a term of a written-out sum.
std::string term_words(const Reported<People>& r) {
  if (r.qualifier() == Qualifier::exact) return grouped(r.value().count());
  return figure_words(r);
}

Interval<People> negated(const Interval<People>& i) {
  auto flip = [](const std::optional<Bound<People>>& b) -> std::optional<Bound<People>> {
    if (!b) return std::nullopt;
    return Bound<People>{-b->value, b->inclusive};
  };
  return Interval<People>(flip(i.upper()), flip(i.lower()));
}

const Interval<People> zero_or_more{Bound<People>{People{}, true}, std::nullopt};

// "batch 4" / "batches 2–9"
std::string batches_label(const std::vector<int>& ordinals) {
  return (ordinals.size() == 1 ? "batch " : "batches ") + ordinal_runs(ordinals);
}

// A run of consecutive batches without a stated size, between known neighbours (or an end).
struct UnknownRun {
  std::vector<int> ordinals;
  const Batch* before = nullptr;  // nearest batch with a stated size before the run
  const Batch* after = nullptr;   // ... and after it
};

std::vector<UnknownRun> unknown_runs(const std::vector<const Batch*>& batches) {
  std::vector<UnknownRun> runs;
  const Batch* last_known = nullptr;
  bool open = false;  // the previous batch had no stated size: runs.back() is still growing
  for (const Batch* b : batches) {
    if (b->headcount) {
      if (open) runs.back().after = b;
      open = false;
      last_known = b;
    } else {
      if (!open) runs.push_back({{}, last_known, nullptr});
      open = true;
      runs.back().ordinals.push_back(b->ordinal);
    }
  }
  return runs;
}

struct Bounded {
  Interval<People> each;
  std::string words;
};

// What each batch of a run may hold, and why.
Bounded run_bounds(const UnknownRun& run, const ReconcileOptions& o) {
  const std::string who = batches_label(run.ordinals);
  if (o.unknown_batches == UnknownBatchBounds::unbounded)
    return {zero_or_more, who + ": no size stated and no bound assumed, so at least 0 people each"};
  if (!run.before || !run.after)
    return {zero_or_more, who + ": no size stated and a known neighbour on one side only, so at least 0 people each"};
  const Interval<People> a = run.before->headcount->value.bounds(o.policy);
  const Interval<People> b = run.after->headcount->value.bounds(o.policy);
  // Between two known batches a gradually changing size lies between them, whichever is larger.
  const People lo = std::min(a.lower()->value, b.lower()->value);
  std::optional<Bound<People>> hi;
  if (a.upper() && b.upper()) hi = Bound<People>{std::max(a.upper()->value, b.upper()->value), true};
  const Interval<People> each(Bound<People>{lo, true}, hi);
  return {each, who + ": no size stated; each lies between its nearest known neighbours, batch " +
                    std::to_string(run.before->ordinal) + " (" + term_words(run.before->headcount->value) +
                    ") and batch " + std::to_string(run.after->ordinal) + " (" +
                    term_words(run.after->headcount->value) + "), so " + interval_words(each) + " each"};
}

std::string mean_words(std::int64_t total, std::size_t n, RoundingMode mode) {
  return grouped(Ratio(total, static_cast<std::int64_t>(n)).to_decimal(1, mode), 1);
}

Check personnel_check(const Dataset& d, const Program& p, const Indicator& ind, std::size_t ind_index, std::size_t k,
                      const ReconcileOptions& o) {
  const Observation& obs = ind.observations[k];
  const Figure<People> claim = obs.actual->as<People>();
  const std::vector<const Batch*> batches = batches_in(d, p, obs.period);

  Check c;
  c.kind = CheckKind::personnel_vs_batches;
  c.id = "personnel_vs_batches:" + ind.id.str() + "/" + std::to_string(k);
  c.pointer = pointer_to("indicators", ind_index) + "/observations/" + std::to_string(k) + "/actual";
  c.title = "Personnel: " + quoted_figure(claim) + " against the " + std::to_string(batches.size()) + " batches of " +
            program_name(p);

  const Interval<People> C = claim.value.bounds(o.policy);
  std::string r = quoted_figure(claim) + " means " + interval_words(C) + " (" +
                  qualifier_rule(claim.value.qualifier(), o.policy) + "). ";
  if (batches.empty()) {
    c.verdict = Verdict::undetermined;
    c.reasoning = r + program_name(p) + " has no batch records" + left_out_note(d, p, 0) + " to add up.";
    return c;
  }

  // The batches with a stated size, written out as a sum.
  Interval<People> K = Interval<People>::exactly(People{});
  std::vector<std::string> terms;
  std::vector<int> known;
  for (const Batch* b : batches)
    if (b->headcount) {
      K = K + b->headcount->value.bounds(o.policy);
      terms.push_back(term_words(b->headcount->value));
      known.push_back(b->ordinal);
    }
  std::string sum_text;
  for (std::size_t t = 0; t < terms.size(); ++t) sum_text += (t ? " + " : "") + terms[t];
  if (known.empty())
    r += "No batch of " + program_name(p) + " has a stated size" + left_out_note(d, p, batches.size()) + ". ";
  else
    r += "The batches with a stated size (" + joined_list([&] {
           std::vector<std::string> v;
           v.reserve(known.size());
           for (int ord : known) v.push_back(std::to_string(ord));
           return v;
         }()) +
         ") total " + sum_text + " = " +
         (K.lower() && K.upper() && K.lower()->value == K.upper()->value ? quantity_words(K.lower()->value)
                                                                         : interval_words(K)) +
         left_out_note(d, p, batches.size(), obs.period) + ". ";

  const std::vector<UnknownRun> runs = unknown_runs(batches);
  if (runs.empty()) {
    const Assessment a = assess(C, K);
    c.verdict = a.verdict;
    c.reasoning = r + "Every batch has a stated size: " +
                  verdict_clause(a.verdict, interval_words(K), "the claimed " + interval_words(C)) + ".";
    return c;
  }

  // The unknown batches: what each may hold, and together.
  Interval<People> F = Interval<People>::exactly(People{});
  std::size_t n_unknown = 0;
  std::vector<std::string> run_words;
  for (const UnknownRun& run : runs) {
    const Bounded b = run_bounds(run, o);
    for (std::size_t m = 0; m < run.ordinals.size(); ++m) F = F + b.each;
    n_unknown += run.ordinals.size();
    run_words.push_back(b.words);
  }
  r += "For the " + std::to_string(n_unknown) + " without one: " + joined_list(run_words, "; ") + "; together " +
       interval_words(F) + ". ";

  // What the claim requires of the unknown batches: the claim less the known ones, at least zero.
  const Interval<People> R = (C + negated(K)).intersection(zero_or_more);
  if (R.is_empty()) {
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + "The batches with a stated size alone total at least " + quantity_words(K.lower()->value) +
                  ", more than the " + quantity_words(C.upper()->value) + " the claim allows: it cannot hold.";
    return c;
  }
  // Written out: "10,800 − 2,739 = 8,061 to 11,999 − 2,739 = 9,260 people".
  const std::string minus = " \xE2\x88\x92 ";
  std::string req = "So the " + std::to_string(n_unknown) + " must total ";
  if (C.lower() && K.upper()) {
    const std::int64_t raw = C.lower()->value.count() - K.upper()->value.count();
    req += grouped(C.lower()->value.count()) + minus + grouped(K.upper()->value.count()) + " = " + grouped(raw);
    if (raw < 0) req += ", that is 0,";
  } else {
    req += "0";
  }
  if (R.upper()) {
    req += " to " + grouped(C.upper()->value.count()) + minus + grouped(K.lower()->value.count()) + " = " +
           grouped(R.upper()->value.count()) + " people, a mean of " +
           mean_words(R.lower()->value.count(), n_unknown, o.rounding.mode) + " to " +
           mean_words(R.upper()->value.count(), n_unknown, o.rounding.mode);
  } else {
    req += " people or more, a mean of at least " + mean_words(R.lower()->value.count(), n_unknown, o.rounding.mode);
  }
  req += " each (rounded " + std::string(to_string(o.rounding.mode)) + " to 1 decimal). ";
  r += req;

  // Consistent when everything the claim requires of them is possible, and so on (reconcile.hpp).
  const Assessment a = assess(F, R);
  c.verdict = a.verdict;
  switch (a.verdict) {
    case Verdict::consistent:
      r += "That lies within the " + interval_words(F) + " they can hold: the claim is feasible.";
      break;
    case Verdict::inconsistent:
      r += "That lies outside the " + interval_words(F) + " they can hold: the claim cannot be met.";
      break;
    case Verdict::undetermined:
      r += "Only " + interval_words(F.intersection(R)) + " of it is within what they can hold (" + interval_words(F) +
           "): the claim holds only if the total is at that end.";
      break;
  }
  r += " All " + std::to_string(batches.size()) + " batches together: " + interval_words(K + F) + ".";
  c.reasoning = std::move(r);
  return c;
}

Check batch_count_check(const Dataset& d, const Program& p, const Indicator& ind, std::size_t ind_index, std::size_t k,
                        const ReconcileOptions& o) {
  const Observation& obs = ind.observations[k];
  const Figure<Batches> claim = obs.actual->as<Batches>();
  const std::vector<const Batch*> batches = batches_in(d, p, obs.period);

  Check c;
  c.kind = CheckKind::batch_count;
  c.id = "batch_count:" + ind.id.str() + "/" + std::to_string(k);
  c.pointer = pointer_to("indicators", ind_index) + "/observations/" + std::to_string(k) + "/actual";
  c.title = "Batch count: " + quoted_figure(claim) + " against the batch records of " + program_name(p);

  const Interval<Batches> C = claim.value.bounds(o.policy);
  std::string r = quoted_figure(claim) + " means " + interval_words(C) + ". ";
  if (batches.empty()) {
    c.verdict = Verdict::undetermined;
    c.reasoning = r + program_name(p) + " has no batch records" + left_out_note(d, p, 0) + " to count.";
    return c;
  }
  // Ordinals are unique and start at 1 (validation), so they are 1..n exactly when the largest is n.
  const int n = static_cast<int>(batches.size());
  const int largest = batches.back()->ordinal;
  Interval<Batches> E;
  std::string evidence;
  if (largest == n) {
    E = Interval<Batches>::exactly(Batches::of(n));
    evidence = "The dataset holds " + std::to_string(n) + " batch records of " + program_name(p) +
               left_out_note(d, p, batches.size()) + ", numbered 1 to " + std::to_string(n) + " with none missing";
  } else {
    std::vector<int> missing;
    for (int ord = 1, at = 0; ord <= largest; ++ord) {
      if (batches[static_cast<std::size_t>(at)]->ordinal == ord)
        ++at;
      else
        missing.push_back(ord);
    }
    E = Interval<Batches>(Bound<Batches>{Batches::of(largest), true}, std::nullopt);
    evidence = "The dataset holds " + std::to_string(n) + " batch records of " + program_name(p) +
               left_out_note(d, p, batches.size()) + ", numbered up to " + std::to_string(largest) + " with " +
               batches_label(missing) + " missing, so at least " + std::to_string(largest) + " batches were sent";
  }
  const Assessment a = assess(C, E);
  c.verdict = a.verdict;
  c.reasoning =
      r + evidence + ": " + verdict_clause(a.verdict, interval_words(E), "the claimed " + interval_words(C)) + ".";
  return c;
}

std::optional<Check> growth_check(const Dataset& d, const Program& p, const ReconcileOptions& o) {
  std::vector<const Batch*> known;
  for (const Batch* b : d.batches_of(p.id))
    if (b->headcount) known.push_back(b);
  if (known.size() < 2) return std::nullopt;
  const Batch& first = *known.front();
  const Batch& latest = *known.back();

  Check c;
  c.kind = CheckKind::batch_growth;
  c.id = "batch_growth:" + p.id.str();
  c.title = "Batch sizes: batch " + std::to_string(first.ordinal) + " to batch " + std::to_string(latest.ordinal) +
            " of " + program_name(p);
  const People a = first.headcount->value.value(), b = latest.headcount->value.value();
  std::string r = "Batch " + std::to_string(first.ordinal) + " had " + term_words(first.headcount->value) +
                  " and batch " + std::to_string(latest.ordinal) + " " + term_words(latest.headcount->value) + ". ";
  if (a == People{}) {
    c.verdict = Verdict::undetermined;
    c.reasoning = r + "The first known size is zero, so there is no growth ratio to state.";
    return c;
  }
  const Ratio growth = b / a;
  r += grouped(b.count()) + " / " + grouped(a.count()) + " = " +
       growth.to_decimal(o.ratio_digits, o.rounding.mode).to_string(o.ratio_digits) + "\xC3\x97 (the exact ratio " +
       growth.to_string() + ", shown to " + std::to_string(o.ratio_digits) + " decimals, rounded " +
       std::string(to_string(o.rounding.mode)) + "). ";

  // Do the known sizes move in one direction? Bounding unknown batches by their neighbours assumes so.
  std::vector<std::string> rises, falls;
  for (std::size_t m = 1; m < known.size(); ++m) {
    const People x = known[m - 1]->headcount->value.value(), y = known[m]->headcount->value.value();
    const std::string step = "batch " + std::to_string(known[m]->ordinal) + " (" + grouped(y.count()) + ") " +
                             (y < x ? "is smaller than" : "is larger than") + " batch " +
                             std::to_string(known[m - 1]->ordinal) + " (" + grouped(x.count()) + ")";
    if (x < y) rises.push_back(step);
    if (y < x) falls.push_back(step);
  }
  std::vector<std::string> sizes;
  sizes.reserve(known.size());
  for (const Batch* k : known) sizes.push_back(grouped(k->headcount->value.value().count()));
  const std::string in_order = "(" + joined_list(sizes, ", then ") + ")";
  if (!rises.empty() && !falls.empty()) {
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + "The known sizes " + in_order + " do not change in one direction: " + joined_list(falls) +
                  ", but " + joined_list(rises) +
                  ". Bounds between known neighbours assume a gradual change, which this is not.";
  } else {
    c.verdict = Verdict::consistent;
    c.reasoning =
        r + "The known sizes " + in_order + " " +
        (falls.empty() ? (rises.empty() ? "stay level" : "rise with the batch number") : "fall with the batch number") +
        ": consistent with a gradual change, which bounds between known neighbours assume.";
  }
  return c;
}

}  // namespace

void check_program_batches(const Dataset& d, const Program& p, const ReconcileOptions& o, std::vector<Check>& out) {
  const auto& indicators = d.indicators();
  for (Measure m : {Measure::personnel_dispatched, Measure::batches_dispatched})
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      const Indicator& ind = indicators[i];
      if (ind.measure != m || !whole_program(ind, p)) continue;
      for (std::size_t k = 0; k < ind.observations.size(); ++k) {
        const auto& actual = ind.observations[k].actual;
        if (m == Measure::personnel_dispatched && actual && actual->kind() == QuantityKind::people)
          out.push_back(personnel_check(d, p, ind, i, k, o));
        if (m == Measure::batches_dispatched && actual && actual->kind() == QuantityKind::batches)
          out.push_back(batch_count_check(d, p, ind, i, k, o));
      }
    }
  if (auto g = growth_check(d, p, o)) out.push_back(std::move(*g));
}

}  // namespace report_detail
PAIRAID_NAMESPACE_END
