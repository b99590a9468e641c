// The checks across sources: the reports of one figure against each other, a dispatch of several
// programs' batches against its parts, the batches' terms against one rotation, donors by kind over
// time, counts over nested periods, and a donor's own figures against the program's.
#include "reconcile_internal.hpp"

#include <pairaid/report/summary.hpp>  // period_words

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace report_detail {
namespace {

const std::string minus = " \xE2\x88\x92 ";

std::string program_name(const Program& p) { return p.name_en.empty() ? "program '" + p.id.str() + "'" : p.name_en; }
std::string indicator_name(const Indicator& i) { return i.title.empty() ? "indicator '" + i.id.str() + "'" : i.title; }

void add_source(std::vector<std::string>& to, const SourceId& id) {
  if (!id.empty() && std::find(to.begin(), to.end(), id.str()) == to.end()) to.push_back(id.str());
}

// "Song Liqiang in seed-song-batch-sizes, 2024-09-03"
std::string cited(const Dataset& d, const SourceId& id, const std::optional<Date>& as_of = std::nullopt) {
  if (id.empty()) return "no source";
  const Source* s = d.find(id);
  std::string who = s && s->person ? s->person->name + " in " + id.str() : id.str();
  const std::optional<Date> when = as_of ? as_of : (s ? s->date : std::nullopt);
  return when ? who + ", " + to_string(*when) : who;
}

// One report as the reports check lists it: the primary figure first, then its further reports.
struct Said {
  AnyReported value;
  std::string wording;
  SourceId source;
  std::optional<Date> date;
};

template <class Q>
std::string said_words(const Said& s) {
  return s.wording.empty() ? figure_words(get<Q>(s.value)) : "\"" + s.wording + "\"";
}

template <class Q>
Check reports_check(const Dataset& d, const std::vector<Said>& said, const std::string& subject,
                    const std::string& what, const std::string& pointer, const ReconcileOptions& o) {
  Check c;
  c.kind = CheckKind::reports;
  c.id = "reports:" + subject;
  c.pointer = pointer;
  c.title = "Reports of one figure: " + what + ", from " + std::to_string(said.size()) + " sources";
  std::vector<Interval<Q>> bounds;
  std::string r;
  for (std::size_t i = 0; i < said.size(); ++i) {
    const Reported<Q>& v = get<Q>(said[i].value);
    bounds.push_back(v.bounds(o.policy));
    add_source(c.sources, said[i].source);
    r += (i ? "; " : "") + said_words<Q>(said[i]) + " (" + cited(d, said[i].source, said[i].date) + ") means " +
         interval_words(bounds.back()) + " (" + qualifier_rule(v.qualifier(), o.policy) + ")";
  }
  r += ". ";
  Interval<Q> common = bounds.front();
  for (const auto& b : bounds) common = common.intersection(b);
  if (common.is_empty()) {
    // Name the pairs that cannot both be true.
    std::vector<std::string> pairs;
    for (std::size_t i = 0; i < said.size(); ++i)
      for (std::size_t j = i + 1; j < said.size(); ++j)
        if (!bounds[i].intersects(bounds[j]))
          pairs.push_back(said_words<Q>(said[i]) + " and " + said_words<Q>(said[j]));
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + "No value satisfies them all: " + joined_list(pairs, "; and ") + " cannot both be true" +
                  (pairs.size() > 1 ? ", in each pair." : ".");
    return c;
  }
  // The narrowest report lies within every other: the sources say the same at different precision.
  const bool nested = std::any_of(bounds.begin(), bounds.end(), [&](const auto& x) { return x == common; });
  if (nested) {
    c.verdict = Verdict::consistent;
    c.reasoning = r + "They agree: " + interval_words(common) + " satisfies every one of them, and the narrowest of " +
                  "them lies within all the others.";
  } else {
    c.verdict = Verdict::undetermined;
    c.reasoning =
        r + "They overlap only in part: all of them are true only if the value is " + interval_words(common) + ".";
  }
  return c;
}

template <class F>
std::vector<Said> said_of(const F& f) {
  std::vector<Said> out{Said{AnyReported(f.value), f.wording, f.source, std::nullopt}};
  for (const Report& r : f.reports) out.push_back(Said{r.value, r.wording, r.source, r.date});
  return out;
}
std::vector<Said> said_of(const AnyFigure& f) {
  std::vector<Said> out{Said{f.value, f.wording, f.source, std::nullopt}};
  for (const Report& r : f.reports) out.push_back(Said{r.value, r.wording, r.source, r.date});
  return out;
}

void any_reports_check(const Dataset& d, const AnyFigure& f, const std::string& subject, const std::string& what,
                       const std::string& pointer, const ReconcileOptions& o, std::vector<Check>& out) {
  if (f.reports.empty()) return;
  with_quantity_type(f.kind(), [&](auto type) {
    using Q = typename decltype(type)::type;
    out.push_back(reports_check<Q>(d, said_of(f), subject, what, pointer, o));
  });
}

template <class Q>
void typed_reports_check(const Dataset& d, const Figure<Q>& f, const std::string& subject, const std::string& what,
                         const std::string& pointer, const ReconcileOptions& o, std::vector<Check>& out) {
  if (f.reports.empty()) return;
  out.push_back(reports_check<Q>(d, said_of(f), subject, what, pointer, o));
}

// --- terms --------------------------------------------------------------------------------------

struct Rotation {
  std::optional<int> step;  // years per batch, when the stated terms give one
  int first_start = 0;      // start of batch 1 by the rotation
  std::vector<const Batch*> stated;
  std::vector<std::string> misfits;  // stated terms that break the rotation
  std::string arithmetic;
};

Rotation rotation_of(const Dataset& d, const Program& p) {
  Rotation rot;
  for (const Batch* b : d.batches_of(p.id))
    if (b->term) rot.stated.push_back(b);
  if (rot.stated.size() < 2) return rot;
  const Batch& a = *rot.stated.front();
  const Batch& b = *rot.stated[1];
  const int years = b.term->start_year - a.term->start_year, batches = b.ordinal - a.ordinal;
  rot.arithmetic = "batch " + std::to_string(a.ordinal) + " from " + std::to_string(a.term->start_year) +
                   " and batch " + std::to_string(b.ordinal) + " from " + std::to_string(b.term->start_year) + ": (" +
                   std::to_string(b.term->start_year) + minus + std::to_string(a.term->start_year) + ") / (" +
                   std::to_string(b.ordinal) + minus + std::to_string(a.ordinal) + ") = " + std::to_string(years) +
                   " / " + std::to_string(batches);
  if (batches <= 0 || years <= 0 || years % batches != 0) {
    rot.misfits.push_back(rot.arithmetic + ", not a whole number of years per batch");
    return rot;
  }
  rot.step = years / batches;
  rot.arithmetic += " = " + std::to_string(*rot.step) + " years per batch";
  rot.first_start = a.term->start_year - *rot.step * (a.ordinal - 1);
  for (const Batch* x : rot.stated) {
    const int expected = rot.first_start + *rot.step * (x->ordinal - 1);
    if (x->term->start_year != expected)
      rot.misfits.push_back("batch " + std::to_string(x->ordinal) + " is stated to start in " +
                            std::to_string(x->term->start_year) + ", the rotation gives " +
                            std::to_string(rot.first_start) + " + " + std::to_string(*rot.step) + " \xC3\x97 (" +
                            std::to_string(x->ordinal) + minus + "1) = " + std::to_string(expected));
    if (x->term->years && *x->term->years != *rot.step)
      rot.misfits.push_back("batch " + std::to_string(x->ordinal) + " is stated to serve " +
                            std::to_string(*x->term->years) + " years, but the batches follow each other every " +
                            std::to_string(*rot.step));
  }
  return rot;
}

std::optional<Check> rotation_check(const Dataset& d, const Program& p) {
  const Rotation rot = rotation_of(d, p);
  if (rot.stated.size() < 2) return std::nullopt;
  Check c;
  c.kind = CheckKind::rotation;
  c.id = "rotation:" + p.id.str();
  c.title = "Terms: the stated terms of " + program_name(p) + "'s batches against one fixed rotation";
  std::vector<std::string> stated;
  for (const Batch* b : rot.stated) {
    stated.push_back("batch " + std::to_string(b->ordinal) + " from " + std::to_string(b->term->start_year) +
                     (b->term->years ? " for " + std::to_string(*b->term->years) + " years" : std::string()) + " (" +
                     cited(d, b->term->source) + ")");
    add_source(c.sources, b->term->source);
  }
  std::string r = "Stated: " + joined_list(stated, "; ") + ". ";
  if (!rot.misfits.empty() || !rot.step) {
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + (rot.step ? "From " + rot.arithmetic + ", but " : std::string()) +
                  joined_list(rot.misfits, "; ") + ": no fixed rotation fits every stated term.";
    return c;
  }
  r += "From " + rot.arithmetic + "; so batch n starts in " + std::to_string(rot.first_start) + " + " +
       std::to_string(*rot.step) + " \xC3\x97 (n" + minus + "1), and every stated term fits it. ";
  std::vector<int> inferred;
  for (const Batch* b : d.batches_of(p.id))
    if (!b->term) inferred.push_back(b->ordinal);
  if (!inferred.empty()) {
    std::vector<std::string> years;
    years.reserve(inferred.size());
    for (int n : inferred)
      years.push_back(std::to_string(n) + ": " + std::to_string(rot.first_start + *rot.step * (n - 1)));
    r += "Inferred, not stated, for " + std::string(inferred.size() == 1 ? "batch " : "batches ") +
         ordinal_runs(inferred) + " (" + joined_list(years, ", ") + "). ";
  }
  if (rot.first_start < p.start_year) {
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + "That puts batch 1 in " + std::to_string(rot.first_start) + ", before the program began in " +
                  std::to_string(p.start_year) + ".";
    return c;
  }
  c.verdict = Verdict::consistent;
  c.reasoning =
      r + "Batch 1 then went in " + std::to_string(rot.first_start) +
      (rot.first_start == p.start_year
           ? ", the year of the decision."
           : ", " + std::to_string(rot.first_start - p.start_year) + " year" +
                 (rot.first_start - p.start_year == 1 ? "" : "s") + " after the " + std::to_string(p.start_year) +
                 " decision: a count \"since " + std::to_string(p.start_year) + "\" (the decision) and one \"since " +
                 std::to_string(rot.first_start) + "\" (the first dispatch) speak of the same batches.");
  return c;
}

// --- dispatches ---------------------------------------------------------------------------------

std::string batch_name(const Dataset& d, const Batch& b) {
  const Program* p = d.find(b.program);
  return "batch " + std::to_string(b.ordinal) + " of " + (p ? program_name(*p) : b.program.str());
}

Check dispatch_check(const Dataset& d, const Dispatch& x, std::size_t index, const ReconcileOptions& o) {
  Check c;
  c.kind = CheckKind::dispatch;
  c.id = "dispatch:" + x.id.str();
  c.pointer = pointer_to("dispatches", index);
  std::vector<const Batch*> batches;
  std::vector<std::string> names;
  for (const BatchId& id : x.batches)
    if (const Batch* b = d.find(id)) {
      batches.push_back(b);
      names.push_back(batch_name(d, *b));
    }
  c.title = "Dispatch " + x.id.str() + ": " + joined_list(names) + " sent together";
  for (const SourceId& s : x.sources) add_source(c.sources, s);
  if (!x.headcount) {
    c.verdict = Verdict::undetermined;
    c.reasoning = "No source states the dispatch's headcount, so its parts have nothing to add up to.";
    return c;
  }
  add_source(c.sources, x.headcount->source);
  const Interval<People> W = x.headcount->value.bounds(o.policy);
  std::string r = "The dispatch (" + joined_list(names) + "): " + quoted_figure(*x.headcount) + " (" +
                  cited(d, x.headcount->source) + ") means " + interval_words(W) + ". ";
  Verdict verdict = Verdict::consistent;

  // By origin: the parts the source gives of the whole.
  if (!x.by_origin.empty()) {
    std::vector<Reported<People>> parts;
    std::string terms;
    for (const OriginHeadcount& h : x.by_origin) {
      parts.push_back(h.headcount.value);
      terms += (terms.empty() ? "" : " + ") + grouped(h.headcount.value.value().count()) + " (" +
               (h.label.empty() ? h.key : h.label) + ")";
    }
    const Interval<People> S = sum_bounds<People>(parts, o.policy);
    const Assessment a = x.by_origin_exhaustive ? assess(W, S) : assess(Interval<People>(std::nullopt, W.upper()), S);
    r += "By origin" + std::string(x.by_origin_exhaustive ? " (all of it)" : " (part of it)") + ": " + terms + " = " +
         interval_words(S) +
         (a.verdict == Verdict::consistent     ? ", which fits the whole. "
          : a.verdict == Verdict::inconsistent ? ", which the whole does not allow. "
                                               : ", which fits the whole only in part. ");
    if (a.verdict == Verdict::inconsistent)
      verdict = Verdict::inconsistent;
    else if (a.verdict == Verdict::undetermined && verdict == Verdict::consistent)
      verdict = Verdict::undetermined;
  }

  // By program: the batches with a stated size, and what is left for the one without.
  Interval<People> K = Interval<People>::exactly(People{});
  std::vector<const Batch*> unknown;
  std::string known_terms;
  for (const Batch* b : batches) {
    if (!b->headcount) {
      unknown.push_back(b);
      continue;
    }
    K = K + b->headcount->value.bounds(o.policy);
    add_source(c.sources, b->headcount->source);
    known_terms += (known_terms.empty() ? "" : " + ") + grouped(b->headcount->value.value().count()) + " (" +
                   batch_name(d, *b) + ", " + cited(d, b->headcount->source) + ")";
  }
  if (unknown.empty()) {
    const Assessment a = assess(W, K);
    r += "By program: " + known_terms + " = " + interval_words(K) +
         (a.verdict == Verdict::consistent ? ": it makes up the whole." : ": it does not make up the whole.");
    if (a.verdict == Verdict::inconsistent)
      verdict = Verdict::inconsistent;
    else if (a.verdict == Verdict::undetermined && verdict == Verdict::consistent)
      verdict = Verdict::undetermined;
  } else if (unknown.size() == 1 && W.lower() && W.upper() && K.lower() && K.upper()) {
    const Batch& u = *unknown.front();
    const std::int64_t lo = W.lower()->value.count() - K.upper()->value.count();
    const std::int64_t hi = W.upper()->value.count() - K.lower()->value.count();
    r += "By program: " + batch_name(d, u) + " has no stated size, so it holds " + grouped(W.upper()->value.count()) +
         minus + (known_terms.empty() ? "0" : known_terms) + " = " +
         (lo == hi ? grouped(hi) : grouped(std::max<std::int64_t>(lo, 0)) + " to " + grouped(hi)) + " people";
    // Other reports of a known part give other values for it (with one exact part and one unknown).
    if (lo == hi && known_terms.find(" + ") == std::string::npos)
      for (const Batch* b : batches)
        if (b->headcount && b->headcount->value.qualifier() == Qualifier::exact) {
          std::map<std::int64_t, std::vector<std::string>> others;  // value -> who reports it
          for (const Report& rep : b->headcount->reports)
            if (const auto* v = std::get_if<Reported<People>>(&rep.value);
                v && v->qualifier() == Qualifier::exact && v->value() != b->headcount->value.value()) {
              others[v->value().count()].push_back(cited(d, rep.source, rep.date));
              add_source(c.sources, rep.source);
            }
          for (const auto& [value, who] : others)
            r += "; with " + batch_name(d, *b) + " as " + grouped(value) + ", as " + joined_list(who) + " report it, " +
                 grouped(W.upper()->value.count()) + minus + grouped(value) + " = " +
                 grouped(W.upper()->value.count() - value);
        }
    r += ". ";
    if (hi < 0) {
      r += "That is below zero: the known parts alone exceed the whole.";
      verdict = Verdict::inconsistent;
    } else {
      r += "It is at least 0 and within the whole: feasible. Nothing else in the data states the size of " +
           batch_name(d, u) + " to compare it with.";
    }
  } else {
    r += "By program: " + std::to_string(unknown.size()) +
         " batches have no stated size, so the whole does not fix any one of them.";
    if (verdict == Verdict::consistent) verdict = Verdict::undetermined;
  }
  c.verdict = verdict;
  c.reasoning = std::move(r);
  return c;
}

// --- donors by kind -----------------------------------------------------------------------------

std::optional<DonorGroup> group_of(OrganisationKind k) {
  switch (k) {
    case OrganisationKind::province:
    case OrganisationKind::municipality: return DonorGroup::provinces_and_cities;
    case OrganisationKind::central_state_organ:
    case OrganisationKind::peoples_organization: return DonorGroup::central_state_organs_and_peoples_organizations;
    case OrganisationKind::central_soe: return DonorGroup::centrally_administered_soes;
    case OrganisationKind::other: return std::nullopt;
  }
  return std::nullopt;
}

std::string group_words(DonorGroup g) {
  switch (g) {
    case DonorGroup::provinces_and_cities: return "provinces and cities";
    case DonorGroup::central_state_organs_and_peoples_organizations:
      return "central State organs and people's organizations";
    case DonorGroup::centrally_administered_financial_enterprises:
      return "centrally administered financial enterprises";
    case DonorGroup::centrally_administered_soes: return "centrally administered State-owned enterprises";
  }
  return "?";
}

struct KindStatement {
  std::string who;  // "the 1994 designation", "batch 11"
  std::map<DonorGroup, Reported<Organisations>> counts;
  std::vector<std::string> sources;
};

std::string count_words(const Reported<Organisations>& r) {
  return r.qualifier() == Qualifier::exact ? grouped(r.value().count()) : figure_words(r);
}

std::string counts_words(const KindStatement& s) {
  std::vector<std::string> v;
  for (const auto& [g, r] : s.counts) v.push_back(count_words(r) + " " + group_words(g));
  return joined_list(v, ", ");
}

std::optional<Check> donor_kinds_check(const Dataset& d, const Program& p, const ReconcileOptions& o) {
  std::vector<KindStatement> statements;
  for (const Indicator& ind : d.indicators()) {
    if (ind.measure != Measure::donors_designated || ind.scope.program != p.id || ind.scope.donor) continue;
    for (const Observation& obs : ind.observations)
      for (const Breakdown& b : obs.breakdowns) {
        if (b.dimension != "donor_kind") continue;
        KindStatement s;
        s.who = "the designation" + (obs.period ? " of " + std::to_string(obs.period->begin().year()) : std::string());
        for (const BreakdownItem& item : b.items)
          if (auto g = donor_group_names.parse(item.key);
              g && item.value && item.value->kind() == QuantityKind::organisations) {
            s.counts.emplace(*g, get<Organisations>(item.value->value));
            if (std::find(s.sources.begin(), s.sources.end(), item.value->source.str()) == s.sources.end())
              s.sources.push_back(item.value->source.str());
          }
        if (!s.counts.empty()) statements.push_back(std::move(s));
      }
  }
  std::vector<std::string> named_conflicts;
  for (const Batch* b : d.batches_of(p.id)) {
    if (b->donors_by_kind.empty()) continue;
    KindStatement s;
    s.who = "batch " + std::to_string(b->ordinal);
    std::map<DonorGroup, std::int64_t> named;
    for (const DonorHeadcount& h : b->by_donor)
      if (const Organisation* org = d.find(h.donor))
        if (auto g = group_of(org->kind)) ++named[*g];
    for (const DonorGroupCount& g : b->donors_by_kind) {
      s.counts.emplace(g.group, g.count.value);
      if (!g.count.source.empty() &&
          std::find(s.sources.begin(), s.sources.end(), g.count.source.str()) == s.sources.end())
        s.sources.push_back(g.count.source.str());
      const Interval<Organisations> allowed = g.count.value.bounds(o.policy);
      if (auto it = named.find(g.group);
          it != named.end() && allowed.upper() && allowed.upper()->value.count() < it->second)
        named_conflicts.push_back("batch " + std::to_string(b->ordinal) + " names " + std::to_string(it->second) + " " +
                                  group_words(g.group) + " among its donors, but counts " +
                                  figure_words(g.count.value));
    }
    statements.push_back(std::move(s));
  }
  if (statements.size() < 2 && named_conflicts.empty()) return std::nullopt;

  Check c;
  c.kind = CheckKind::donor_kinds;
  c.id = "donor_kinds:" + p.id.str();
  c.title = "Donors by kind over time: " + program_name(p);
  for (const KindStatement& s : statements)
    for (const std::string& src : s.sources) add_source(c.sources, SourceId(src));
  std::string r;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    r += (i ? "; " : "") + statements[i].who + ": " + counts_words(statements[i]);
    if (!statements[i].sources.empty()) r += " (" + joined_list(statements[i].sources, ", ") + ")";
  }
  r += ". ";
  for (std::size_t i = 1; i < statements.size(); ++i) {
    const KindStatement &a = statements[i - 1], &b = statements[i];
    std::vector<std::string> diff;
    for (const auto& [g, rb] : b.counts) {
      auto it = a.counts.find(g);
      if (it == a.counts.end()) {
        diff.push_back("a kind " + a.who + " does not count: " + count_words(rb) + " " + group_words(g));
      } else if (rb.qualifier() == Qualifier::exact && it->second.qualifier() == Qualifier::exact) {
        const std::int64_t x = it->second.value().count(), y = rb.value().count();
        if (x != y)
          diff.push_back(group_words(g) + " " + grouped(x) + " \xE2\x86\x92 " + grouped(y) + " (" +
                         grouped(y > x ? y - x : x - y) + (y > x ? " more" : " fewer") + ")");
      }
    }
    for (const auto& [g, ra] : a.counts)
      if (!b.counts.contains(g)) diff.push_back(group_words(g) + " not counted for " + b.who);
    r += "From " + a.who + " to " + b.who + ": " + (diff.empty() ? "the same counts" : joined_list(diff, "; ")) + ". ";
  }
  if (!named_conflicts.empty()) {
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + joined_list(named_conflicts, "; ") + ": a count cannot be smaller than the donors it names.";
    return c;
  }
  c.verdict = Verdict::consistent;
  c.reasoning = r + "The kinds are those of the designation and the memberships change between statements; that is " +
                "a difference over time, not a contradiction: each count describes its own date.";
  return c;
}

// --- counts over nested periods -----------------------------------------------------------------

bool accumulates(Measure m) {
  return m != Measure::hospitals_accredited && m != Measure::donors_designated && m != Measure::other;
}

template <class Q>
std::optional<Check> cumulative_check(const Dataset& d, const Indicator& ind, std::size_t index,
                                      const ReconcileOptions& o) {
  std::vector<std::size_t> with;
  for (std::size_t k = 0; k < ind.observations.size(); ++k)
    if (ind.observations[k].period && ind.observations[k].actual && ind.observations[k].actual->kind() == ind.kind)
      with.push_back(k);
  std::vector<std::pair<std::size_t, std::size_t>> nested;  // (inner, outer)
  for (std::size_t i : with)
    for (std::size_t j : with)
      if (i != j && ind.observations[j].period->contains(*ind.observations[i].period) &&
          !(ind.observations[i].period == ind.observations[j].period && j < i))
        nested.emplace_back(i, j);
  if (nested.empty()) return std::nullopt;
  Check c;
  c.kind = CheckKind::cumulative;
  c.id = "cumulative:" + ind.id.str();
  c.pointer = pointer_to("indicators", index);
  c.title = indicator_name(ind) + ": counts over periods that contain each other";
  Verdict verdict = Verdict::consistent;
  std::vector<std::string> lines;
  for (auto [i, j] : nested) {
    const Observation &in = ind.observations[i], &out = ind.observations[j];
    add_source(c.sources, in.actual->source);
    add_source(c.sources, out.actual->source);
    const Interval<Q> a = get<Q>(in.actual->value).bounds(o.policy), b = get<Q>(out.actual->value).bounds(o.policy);
    std::string line = quoted_figure(*out.actual) + " for " + period_words(*out.period) + " (" +
                       cited(d, out.actual->source) + ") against " + quoted_figure(*in.actual) + " for " +
                       period_words(*in.period) + " (" + cited(d, in.actual->source) + "): ";
    // The larger period's count cannot be smaller: some b >= a must exist, and every b >= every a for "consistent".
    if (a.lower() && b.upper() && b.upper()->value < a.lower()->value) {
      verdict = Verdict::inconsistent;
      line += interval_words(b) + " is below " + interval_words(a) + ", though it counts a period that contains it";
    } else if (a.upper() && b.lower() && !(b.lower()->value < a.upper()->value)) {
      line += interval_words(b) + " is at least " + interval_words(a) + ": it can only have grown";
    } else {
      if (verdict == Verdict::consistent) verdict = Verdict::undetermined;
      line += interval_words(b) + " and " + interval_words(a) + " overlap: both hold only if the count grew";
    }
    lines.push_back(line);
  }
  c.verdict = verdict;
  std::string all;
  for (const std::string& line : lines) all += (all.empty() ? "" : "; ") + line;
  c.reasoning = "A count over a period that contains another's cannot be smaller. " + all + ".";
  return c;
}

// --- a donor's own figures ----------------------------------------------------------------------

// The program's batches dispatched by the end of `period`, by their stated or inferred terms. The
// batches go in order, so a batch that went before the period's last year means every lower one
// went too, and one that went after it means no higher one had gone; a batch starting in that
// year may have gone before or after the period's end.
struct Dispatched {
  int certain = 0, possible = 0;
  std::string words;
};

Dispatched dispatched_by(const Dataset& d, const Program& p, const Period& period) {
  const int year = period.last().year();
  Dispatched x;
  const auto records = d.batches_of(p.id);
  x.possible = records.empty() ? 0 : records.back()->ordinal;
  std::vector<std::string> notes;
  for (const BatchTerm& t : batch_terms(d, p)) {
    const std::string how = t.inferred ? " (inferred)" : " (stated)";
    if (t.start_year < year) {
      x.certain = std::max(x.certain, t.ordinal);
    } else if (t.start_year > year) {
      if (t.ordinal - 1 < x.possible) {
        x.possible = t.ordinal - 1;
        notes.push_back("batch " + std::to_string(t.ordinal) + " went in " + std::to_string(t.start_year) + how +
                        ", after it");
      }
    } else {
      notes.push_back("batch " + std::to_string(t.ordinal) + " went in " + std::to_string(year) + how +
                      ", before or after the period's end");
    }
  }
  x.possible = std::max(x.possible, x.certain);
  // Keep only the note about the first batch after the period.
  std::vector<std::string> kept;
  bool after_seen = false;
  for (const std::string& n : notes) {
    if (n.ends_with(", after it")) {
      if (after_seen) continue;
      after_seen = true;
    }
    kept.push_back(n);
  }
  x.words = kept.empty() ? "" : " (" + joined_list(kept, "; ") + ")";
  return x;
}

void donor_checks(const Dataset& d, const Indicator& ind, std::size_t index, const ReconcileOptions& o,
                  std::vector<Check>& out) {
  const Program* p = d.find(ind.scope.program);
  const Organisation* donor = d.find(*ind.scope.donor);
  if (!p || !donor) return;
  const std::string donor_name = donor->name_en.empty() ? donor->name_zh : donor->name_en;
  for (std::size_t k = 0; k < ind.observations.size(); ++k) {
    const Observation& obs = ind.observations[k];
    if (!obs.actual || !obs.period) continue;
    const std::string pointer = pointer_to("indicators", index) + "/observations/" + std::to_string(k) + "/actual";
    if (ind.measure == Measure::batches_dispatched && obs.actual->kind() == QuantityKind::batches) {
      Check c;
      c.kind = CheckKind::donor_batches;
      c.id = "donor_batches:" + ind.id.str() + "/" + std::to_string(k);
      c.pointer = pointer;
      c.title = donor_name + "'s batches: " + quoted_figure(*obs.actual) + " against the batches of " +
                program_name(*p) + " by " + to_string(obs.period->last());
      add_source(c.sources, obs.actual->source);
      const Interval<Batches> C = get<Batches>(obs.actual->value).bounds(o.policy);
      const Dispatched x = dispatched_by(d, *p, *obs.period);
      if (x.possible == 0) {
        c.verdict = Verdict::undetermined;
        c.reasoning = program_name(*p) + " has no batch records, so how many batches had gone by " +
                      to_string(obs.period->last()) + " is unknown.";
        out.push_back(std::move(c));
        continue;
      }
      const Interval<Batches> E(Bound<Batches>{Batches::of(x.certain), true},
                                Bound<Batches>{Batches::of(x.possible), true});
      const Assessment a = assess(C, E);
      c.verdict = a.verdict;
      c.reasoning = donor_name + "'s batches are " + program_name(*p) + "'s batches. " + quoted_figure(*obs.actual) +
                    " (" + cited(d, obs.actual->source) + ", for " + period_words(*obs.period) + ") means " +
                    interval_words(C) + ". By the batches' terms, " +
                    (x.certain == x.possible ? grouped(x.certain) : grouped(x.certain) + " to " + grouped(x.possible)) +
                    " batches had gone by " + to_string(obs.period->last()) + x.words + ": " +
                    (a.verdict == Verdict::consistent     ? "they agree."
                     : a.verdict == Verdict::inconsistent ? "the donor counts more batches than the program had sent."
                                                          : "they agree only in part.");
      out.push_back(std::move(c));
    }
    if (ind.measure == Measure::personnel_dispatched && obs.actual->kind() == QuantityKind::people) {
      // The whole program's figures for periods that contain this one.
      for (std::size_t w = 0; w < d.indicators().size(); ++w) {
        const Indicator& whole = d.indicators()[w];
        if (whole.measure != Measure::personnel_dispatched || whole.scope.program != p->id || whole.scope.donor ||
            whole.scope.area || whole.scope.series)
          continue;
        for (std::size_t m = 0; m < whole.observations.size(); ++m) {
          const Observation& wo = whole.observations[m];
          if (!wo.actual || !wo.period || wo.actual->kind() != QuantityKind::people ||
              !wo.period->contains(*obs.period))
            continue;
          Check c;
          c.kind = CheckKind::donor_part;
          c.id = "donor_part:" + ind.id.str() + "/" + std::to_string(k);
          c.pointer = pointer;
          c.title = donor_name + "'s " + quoted_figure(*obs.actual) + " as part of " + program_name(*p) + "'s " +
                    quoted_figure(*wo.actual);
          add_source(c.sources, obs.actual->source);
          add_source(c.sources, wo.actual->source);
          const Interval<People> part = get<People>(obs.actual->value).bounds(o.policy);
          const Interval<People> all = get<People>(wo.actual->value).bounds(o.policy);
          std::string r = quoted_figure(*obs.actual) + " (" + cited(d, obs.actual->source) + ", " +
                          period_words(*obs.period) + ") means " + interval_words(part) + "; " +
                          quoted_figure(*wo.actual) + " (" + cited(d, wo.actual->source) + ", " +
                          period_words(*wo.period) + ", a period containing it) means " + interval_words(all) + ". ";
          if (part.lower() && all.upper() && all.upper()->value < part.lower()->value) {
            c.verdict = Verdict::inconsistent;
            r += "The part is larger than the whole can be.";
          } else if (part.upper() && all.lower() && !(all.lower()->value < part.upper()->value)) {
            c.verdict = Verdict::consistent;
            r += "The part fits within the whole whatever the exact values.";
          } else {
            c.verdict = Verdict::undetermined;
            r += "The part fits within the whole for some of their values only.";
          }
          c.reasoning = std::move(r);
          out.push_back(std::move(c));
        }
      }
    }
  }
}

}  // namespace

std::vector<BatchTerm> terms_of(const Dataset& d, const Program& p) {
  const Rotation rot = rotation_of(d, p);
  const bool usable = rot.step && rot.misfits.empty() && rot.first_start >= p.start_year;
  std::vector<BatchTerm> out;
  for (const Batch* b : d.batches_of(p.id)) {
    if (b->term)
      out.push_back(BatchTerm{b->ordinal, b->term->start_year, b->term->years, false});
    else if (usable)
      out.push_back(BatchTerm{b->ordinal, rot.first_start + *rot.step * (b->ordinal - 1), rot.step, true});
  }
  return out;
}

void check_sources(const Dataset& d, const ReconcileOptions& o, std::vector<Check>& out) {
  // Reports of one figure, in document order.
  const auto& batches = d.batches();
  for (const Batch& b : batches) {
    const std::string at = pointer_to("batches", static_cast<std::size_t>(&b - batches.data()));
    const std::string name = batch_name(d, b);
    if (b.headcount)
      typed_reports_check(d, *b.headcount, b.id.str() + "/headcount", name + ", headcount", at + "/headcount", o, out);
    for (std::size_t k = 0; k < b.donors_by_kind.size(); ++k)
      typed_reports_check(d, b.donors_by_kind[k].count,
                          b.id.str() + "/donors_by_kind/" + std::string(to_string(b.donors_by_kind[k].group)),
                          name + ", " + group_words(b.donors_by_kind[k].group),
                          at + "/donors_by_kind/" + std::to_string(k) + "/count", o, out);
  }
  for (std::size_t i = 0; i < d.dispatches().size(); ++i) {
    const Dispatch& x = d.dispatches()[i];
    if (x.headcount)
      typed_reports_check(d, *x.headcount, x.id.str() + "/headcount", "dispatch " + x.id.str() + ", headcount",
                          pointer_to("dispatches", i) + "/headcount", o, out);
  }
  const auto& indicators = d.indicators();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    const std::string at = pointer_to("indicators", i);
    const std::string title = indicator_name(ind);
    if (ind.baseline) any_reports_check(d, *ind.baseline, ind.id.str() + "/baseline", title, at + "/baseline", o, out);
    for (std::size_t k = 0; k < ind.observations.size(); ++k) {
      const Observation& obs = ind.observations[k];
      const std::string q = at + "/observations/" + std::to_string(k);
      const std::string s = ind.id.str() + "/" + std::to_string(k);
      if (obs.actual) any_reports_check(d, *obs.actual, s + "/actual", title, q + "/actual", o, out);
      if (obs.target) any_reports_check(d, *obs.target, s + "/target", title + " (target)", q + "/target", o, out);
      for (std::size_t m = 0; m < obs.breakdowns.size(); ++m)
        for (std::size_t n = 0; n < obs.breakdowns[m].items.size(); ++n)
          if (const auto& item = obs.breakdowns[m].items[n]; item.value)
            any_reports_check(d, *item.value, s + "/breakdowns/" + std::to_string(m) + "/" + item.key,
                              title + ", " + (item.label.empty() ? item.key : item.label),
                              q + "/breakdowns/" + std::to_string(m) + "/items/" + std::to_string(n) + "/value", o,
                              out);
    }
  }
  // Dispatches across programs.
  for (std::size_t i = 0; i < d.dispatches().size(); ++i) out.push_back(dispatch_check(d, d.dispatches()[i], i, o));
  // Per program: rotation, donors by kind.
  for (const Program& p : d.programs()) {
    if (auto c = rotation_check(d, p)) out.push_back(std::move(*c));
    if (auto c = donor_kinds_check(d, p, o)) out.push_back(std::move(*c));
  }
  // Counts over nested periods, then the donors' own figures.
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    if (!accumulates(ind.measure)) continue;
    with_quantity_type(ind.kind, [&](auto type) {
      using Q = typename decltype(type)::type;
      if (auto c = cumulative_check<Q>(d, ind, i, o)) out.push_back(std::move(*c));
    });
  }
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].scope.donor) donor_checks(d, indicators[i], i, o, out);
}

void acknowledge(const Dataset& d, std::vector<Check>& out) {
  for (Check& c : out)
    if (const KnownDisagreement* k = d.known_disagreement(c.id)) c.acknowledged = k->reason;
  for (std::size_t i = 0; i < d.known_disagreements().size(); ++i) {
    const KnownDisagreement& k = d.known_disagreements()[i];
    const auto it = std::find_if(out.begin(), out.end(), [&](const Check& c) { return c.id == k.check; });
    if (it != out.end() && it->verdict == Verdict::inconsistent) continue;
    Check c;
    c.kind = CheckKind::acknowledgement;
    c.id = "acknowledgement:" + k.check;
    c.pointer = pointer_to("known_disagreements", i);
    c.title = "Known disagreement: " + k.check;
    c.verdict = Verdict::undetermined;
    c.reasoning = it == out.end()
                      ? "The dataset acknowledges a disagreement in check " + k.check +
                            ", but no check has that id: the acknowledgement is stale or misspelt."
                      : "The dataset acknowledges a disagreement in check " + k.check + ", which finds it " +
                            std::string(to_string(it->verdict)) + ": the acknowledgement may be stale.";
    for (const SourceId& s : k.sources) add_source(c.sources, s);
    out.push_back(std::move(c));
  }
}

}  // namespace report_detail

std::vector<BatchTerm> batch_terms(const Dataset& dataset, const Program& program) {
  return report_detail::terms_of(dataset, program);
}

PAIRAID_NAMESPACE_END
