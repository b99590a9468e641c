// summarize(): a dataset as the report shows it (report/summary.hpp).
#include <pairaid/report/summary.hpp>
#include <pairaid/analysis/words.hpp>

#include <pairaid/core/calendar.hpp>

#include <set>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

std::string_view section_title(ReportSection s) noexcept {
  switch (s) {
    case ReportSection::donors: return "Donors";
    case ReportSection::personnel: return "Dispatched personnel";
    case ReportSection::people_served: return "People served";
    case ReportSection::economy: return "Enterprises and brands";
    case ReportSection::assistance_projects: return "Projects";
    case ReportSection::investment: return "Investment and talent";
    case ReportSection::health: return "Health";
    case ReportSection::other: return "Other figures";
  }
  return "?";
}

ReportSection section_of(Measure m) noexcept {
  switch (m) {
    case Measure::donors_designated: return ReportSection::donors;
    case Measure::personnel_dispatched:
    case Measure::batches_dispatched: return ReportSection::personnel;
    case Measure::students_supported:
    case Measure::patients_treated: return ReportSection::people_served;
    case Measure::enterprises_attracted:
    case Measure::brands_created: return ReportSection::economy;
    case Measure::projects_implemented: return ReportSection::assistance_projects;
    case Measure::investment_attracted:
    case Measure::talents_introduced: return ReportSection::investment;
    case Measure::hospitals_accredited: return ReportSection::health;
    case Measure::other: return ReportSection::other;
  }
  return ReportSection::other;
}

std::string period_words(const Period& p) {
  if (p.is_empty()) return "an empty period";
  const Date first = p.begin(), last = p.last();
  const bool whole_years = first.month() == 1 && first.day() == 1 && last.month() == 12 && last.day() == 31;
  if (whole_years)
    return first.year() == last.year() ? std::to_string(first.year())
                                       : std::to_string(first.year()) + "-" + std::to_string(last.year());
  if (first == last) return to_string(first);
  return to_string(first) + " to " + to_string(last);
}

std::string plans_words(const Period& p) {
  if (p.is_empty()) return "";
  std::vector<FiveYearPlan> plans;
  bool some_under_none = false;
  for (int y = p.begin().year(); y <= p.last().year(); ++y) {
    const auto plan = plan_of(Date(static_cast<unsigned short>(y), 1, 1));
    if (!plan)
      some_under_none = true;
    else if (plans.empty() || plans.back().ordinal != plan->ordinal)
      plans.push_back(*plan);
  }
  const std::string gap = some_under_none ? "; some of its years fall under no plan" : "";
  if (plans.empty()) return "under no Five-Year Plan";
  if (plans.size() == 1) return plans.front().name() + gap;
  return "spans the " + FiveYearPlan::ordinal_name(plans.front().ordinal) + " to " +
         FiveYearPlan::ordinal_name(plans.back().ordinal) + " Five-Year Plans (" +
         std::to_string(plans.front().first_year) + "-" + std::to_string(plans.back().last_year) + ")" + gap;
}

namespace {

std::string person_words(const Person& p) { return p.role.empty() ? p.name : p.name + ", " + p.role; }

// Who said it (the name; the role is in the source list), or the document when nobody did.
std::string attribution(const Dataset& d, const SourceId& id) {
  if (id.empty()) return "";
  const Source* s = d.find(id);
  if (!s) return id.str();
  return s->person ? s->person->name : s->title;
}

enum class Aliases { omit, show };

std::string area_words(const Dataset& d, AreaCode code, Aliases aliases = Aliases::omit) {
  const Area* a = d.find(code);
  if (!a) return code.to_string();
  std::string s = (a->name_en.empty() ? a->name_zh : a->name_en) + " (" + code.to_string() + ")";
  if (aliases == Aliases::show && !a->aliases.empty()) s += ", also called " + joined_list(a->aliases, " or ");
  return s;
}

FigureLine figure_line(const Dataset& d, const AnyFigure& f, std::string label, const std::optional<Period>& period,
                       std::string pointer, const QualifierPolicy& policy) {
  FigureLine line;
  line.label = std::move(label);
  line.text = figure_words(f.value);
  line.wording = f.wording;
  line.kind = f.kind();
  std::visit(
      [&](const auto& r) {
        line.qualifier = r.qualifier();
        line.range = interval_words(r.bounds(policy));
        if constexpr (std::same_as<std::decay_t<decltype(r.value())>, Money>) {
          line.value = r.value().amount().to_string();
          line.currency = std::string(r.value().currency().code());
        } else {
          line.value = std::to_string(r.value().count());
        }
      },
      f.value);
  if (f.equivalent) line.equivalent = figure_words(*f.equivalent);
  line.period = period;
  line.period_text = period ? period_words(*period) : "no period stated";
  line.plans = period ? plans_words(*period) : "";
  line.source = f.source.str();
  line.attribution = attribution(d, f.source);
  line.pointer = std::move(pointer);
  if (const Source* src = f.source.empty() ? nullptr : d.find(f.source); src && src->date)
    line.date = to_string(*src->date);
  for (const Report& r : f.reports) {
    ReportLine x;
    x.text = figure_words(r.value);
    std::visit([&](const auto& v) { x.range = interval_words(v.bounds(policy)); }, r.value);
    x.wording = r.wording;
    x.source = r.source.str();
    x.attribution = attribution(d, r.source);
    if (r.date)
      x.date = to_string(*r.date);
    else if (const Source* src = d.find(r.source); src && src->date)
      x.date = to_string(*src->date);
    line.reports.push_back(std::move(x));
  }
  return line;
}

BreakdownSummary breakdown_summary(const Dataset& d, const Indicator& ind, const Observation& obs, const Breakdown& b,
                                   const std::string& pointer, const QualifierPolicy& policy) {
  BreakdownSummary s;
  s.dimension = b.dimension;
  s.exhaustive = b.exhaustive;
  std::vector<AnyReported> parts;
  for (std::size_t n = 0; n < b.items.size(); ++n) {
    const BreakdownItem& item = b.items[n];
    const std::string label = item.label.empty() ? item.key : item.label;
    if (!item.value) {
      s.unknown.push_back(label);
      continue;
    }
    s.items.push_back(
        figure_line(d, *item.value, label, obs.period, pointer + "/items/" + std::to_string(n) + "/value", policy));
    parts.push_back(item.value->value);
  }
  s.total = obs.actual ? "total: " + figure_words(obs.actual->value) : "no total stated";
  if (parts.empty() || parts.front().index() != static_cast<std::size_t>(ind.kind)) return s;
  // "17 + 78 + 27 = 122 organisations": exact parts as numbers, qualified ones in words.
  try {
    std::visit(
        [&](const auto& first) {
          using R = std::decay_t<decltype(first)>;
          std::vector<R> typed;
          std::string terms;
          for (const AnyReported& p : parts) {
            const R& r = std::get<R>(p);
            typed.push_back(r);
            terms += (terms.empty() ? "" : " + ") +
                     (r.qualifier() == Qualifier::exact ? number_words(r.value()) : figure_words(r));
          }
          const auto sum = sum_bounds<typename std::decay_t<decltype(first.value())>>(typed, policy);
          const bool exact = sum.lower() && sum.upper() && sum.lower()->value == sum.upper()->value;
          s.sum = terms + " = " + (exact ? quantity_words(sum.lower()->value) : interval_words(sum));
        },
        parts.front());
  } catch (const error& e) {
    s.sum = std::string("the parts cannot be added: ") + e.what();
  }
  return s;
}

IndicatorSummary indicator_summary(const Dataset& d, const Indicator& ind, std::size_t index,
                                   const QualifierPolicy& policy) {
  IndicatorSummary s;
  s.id = ind.id.str();
  s.section = section_of(ind.measure);
  s.measure = ind.measure;
  s.kind = ind.kind;
  s.title = ind.title.empty() ? std::string(to_string(ind.measure)) : ind.title;
  s.program = ind.scope.program.str();
  if (ind.scope.area) s.area = area_words(d, *ind.scope.area);
  s.aggregation = ind.aggregation;
  s.attributes = ind.attributes;
  s.note = ind.note;
  const std::string at = "/indicators/" + std::to_string(index);
  for (std::size_t k = 0; k < ind.observations.size(); ++k) {
    const Observation& obs = ind.observations[k];
    const std::string q = at + "/observations/" + std::to_string(k);
    ObservationSummary o;
    o.period = obs.period;
    o.period_text = obs.period ? period_words(*obs.period) : "no period stated";
    o.plans = obs.period ? plans_words(*obs.period) : "";
    if (obs.actual) o.actual = figure_line(d, *obs.actual, s.title, obs.period, q + "/actual", policy);
    if (obs.target) o.target = figure_line(d, *obs.target, s.title + " (target)", obs.period, q + "/target", policy);
    for (std::size_t m = 0; m < obs.breakdowns.size(); ++m)
      o.breakdowns.push_back(
          breakdown_summary(d, ind, obs, obs.breakdowns[m], q + "/breakdowns/" + std::to_string(m), policy));
    s.observations.push_back(std::move(o));
  }
  return s;
}

std::optional<BatchesSummary> batches_summary(const Dataset& d, const Program& p, const ReconcileOptions& o) {
  const auto batches = d.batches_of(p.id);
  if (batches.empty()) return std::nullopt;
  BatchesSummary s;
  s.program = p.id.str();
  s.program_name = p.name_en.empty() ? p.id.str() : p.name_en;
  std::vector<const Batch*> known;
  std::vector<int> unknown;
  const std::vector<BatchTerm> terms = batch_terms(d, p);
  for (const Batch* b : batches) {
    BatchLine line;
    line.ordinal = b->ordinal;
    line.id = b->id.str();
    if (b->headcount) {
      std::size_t index = static_cast<std::size_t>(b - d.batches().data());
      line.headcount = figure_line(d, to_any(*b->headcount), "batch " + std::to_string(b->ordinal), b->tenure,
                                   "/batches/" + std::to_string(index) + "/headcount", o.policy);
      known.push_back(b);
    } else {
      unknown.push_back(b->ordinal);
    }
    if (b->leader) line.leader = person_words(b->leader->person);
    if (b->tenure) line.tenure = period_words(*b->tenure);
    for (const BatchTerm& t : terms)
      if (t.ordinal == b->ordinal) {
        line.term = "from " + std::to_string(t.start_year) +
                    (t.years ? " for " + std::to_string(*t.years) + " years" : std::string()) +
                    (t.inferred ? " (inferred from the rotation, not stated)" : "");
        line.term_inferred = t.inferred;
      }
    line.note = b->note;
    s.batches.push_back(std::move(line));
  }
  s.unknown = ordinal_runs(unknown);
  s.unknown_count = unknown.size();
  for (const Indicator& ind : d.indicators())
    if (ind.measure == Measure::personnel_dispatched && ind.scope.program == p.id && !ind.scope.area &&
        !ind.scope.donor && !ind.scope.series)
      for (const Observation& obs : ind.observations)
        if (obs.actual)
          s.totals.push_back(figure_words(obs.actual->value) + ", " +
                             (obs.period ? period_words(*obs.period) : std::string("no period stated")));
  if (!known.empty())
    s.first = "batch " + std::to_string(known.front()->ordinal) + ": " + figure_words(known.front()->headcount->value);
  if (known.size() >= 2) {
    const Batch& first = *known.front();
    const Batch& latest = *known.back();
    s.latest = "batch " + std::to_string(latest.ordinal) + ": " + figure_words(latest.headcount->value);
    const People a = first.headcount->value.value(), b = latest.headcount->value.value();
    if (a != People{}) {
      const Ratio growth = b / a;
      s.growth = grouped(b.count()) + " / " + grouped(a.count()) + " = " +
                 growth.to_decimal(o.ratio_digits, o.rounding.mode).to_string(o.ratio_digits) +
                 "\xC3\x97 (exact ratio " + growth.to_string() + ", rounded " +
                 std::string(to_string(o.rounding.mode)) + " to " + std::to_string(o.ratio_digits) + " decimals)";
    }
  }
  return s;
}

std::string rate_words(const FxLeg& leg) {
  return leg.rate.rate.to_string() + " " + std::string(leg.rate.quote.code()) + " per " +
         std::string(leg.rate.base.code()) + ", in force from " + to_string(leg.rate.date) + " (" + leg.rate.source +
         ")";
}

void add_conversion(const Dataset& d, const AnyFigure& f, const std::string& label, const std::optional<Period>& period,
                    const std::string& pointer, const FxTable& fx, const ReconcileOptions& o,
                    std::vector<ConversionSummary>& out) {
  if (f.kind() != QuantityKind::money || !f.equivalent) return;
  ConversionSummary c;
  c.figure = figure_line(d, f, label, period, pointer, o.policy);
  c.target_currency = std::string(f.equivalent->value().currency().code());
  c.printed = figure_words(*f.equivalent);
  if (!period) {
    c.missing = "no period, so no value date to look up a rate for";
    out.push_back(std::move(c));
    return;
  }
  c.value_date = to_string(period->begin());
  try {
    const Conversion conv =
        fx.convert(get<Money>(f.value).value(), f.equivalent->value().currency(), period->begin(), o.rounding);
    c.converted = quantity_words(conv.amount);
    std::vector<std::string> legs;
    for (const FxLeg& leg : conv.legs) legs.push_back(rate_words(leg));
    c.rates = joined_list(legs, ", then ");
  } catch (const error& e) {
    if (e.code() != errc::missing_rate) throw;
    c.missing = e.what();
  }
  out.push_back(std::move(c));
}

}  // namespace

Summary summarize(const Dataset& d, const ReconcileOptions& o) {
  Summary s;
  s.checks = reconcile(d, o);  // first: it refuses options out of range
  s.overall = overall_verdict(s.checks);
  s.title = d.content().title;
  s.description = d.content().description;

  for (const Program& p : d.programs()) {
    ProgramSummary g;
    g.id = p.id.str();
    g.name_en = p.name_en;
    g.name_zh = p.name_zh;
    g.recipient = area_words(d, p.recipient_area);
    const auto below = d.subtree(p.recipient_area);
    g.divisions = below.empty() ? 0 : below.size() - 1;
    g.start_year = p.start_year;
    if (auto plan = plan_of(Date(static_cast<unsigned short>(p.start_year), 1, 1))) g.start_plan = plan->name();
    g.policy = p.policy;
    for (const Organisation& org : d.organisations()) {
      const std::string name = org.name_en.empty() ? org.name_zh : org.name_en;
      if (org.has_role(OrganisationRole::coordinator)) g.coordinators.push_back(name);
      if (org.has_role(OrganisationRole::donor)) g.donors.push_back(name);
    }
    s.programs.push_back(std::move(g));
    s.plans.push_back(PlanLine{(p.name_en.empty() ? p.id.str() : p.name_en) + ": the founding decision",
                               std::to_string(p.start_year), plans_words(Period::years(p.start_year, p.start_year))});
    if (auto b = batches_summary(d, p, o)) s.batches.push_back(std::move(*b));
  }

  const FxTable own = o.fx ? FxTable() : d.fx_table();
  const FxTable& fx = o.fx ? *o.fx : own;
  const auto& indicators = d.indicators();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    IndicatorSummary summary = indicator_summary(d, ind, i, o.policy);
    for (std::size_t k = 0; k < ind.observations.size(); ++k) {
      const Observation& obs = ind.observations[k];
      const std::string q = "/indicators/" + std::to_string(i) + "/observations/" + std::to_string(k);
      if (obs.actual) add_conversion(d, *obs.actual, summary.title, obs.period, q + "/actual", fx, o, s.conversions);
      if (obs.target)
        add_conversion(d, *obs.target, summary.title + " (target)", obs.period, q + "/target", fx, o, s.conversions);
      if (obs.period) s.plans.push_back(PlanLine{summary.title, period_words(*obs.period), plans_words(*obs.period)});
    }
    s.indicators.push_back(std::move(summary));
  }

  for (const Project& p : d.projects()) {
    ProjectSummary x;
    x.id = p.id.str();
    x.title = p.title_en.empty() ? p.title_zh : p.title_en;
    if (p.area) x.area = area_words(d, *p.area, Aliases::show);
    for (ProjectTag t : p.tags) x.tags.emplace_back(to_string(t));
    x.note = p.note;
    s.projects.push_back(std::move(x));
  }

  // Whether each figure's sources agree, from its reports check (same pointer).
  auto agreement = [&](FigureLine& f) {
    if (f.reports.empty()) return;
    for (const Check& c : s.checks)
      if (c.kind == CheckKind::reports && c.pointer == f.pointer) {
        f.agreement = c.verdict == Verdict::consistent     ? "agree"
                      : c.verdict == Verdict::undetermined ? "overlap only in part"
                      : c.acknowledged.empty()             ? "disagree"
                                                           : "disagree (acknowledged: " + c.acknowledged + ")";
      }
  };
  for (IndicatorSummary& ind : s.indicators)
    for (ObservationSummary& obs : ind.observations) {
      if (obs.actual) agreement(*obs.actual);
      if (obs.target) agreement(*obs.target);
      for (BreakdownSummary& b : obs.breakdowns)
        for (FigureLine& item : b.items) agreement(item);
    }
  for (BatchesSummary& b : s.batches)
    for (BatchLine& line : b.batches)
      if (line.headcount) agreement(*line.headcount);

  for (const Source& src : d.sources()) {
    SourceSummary x;
    x.id = src.id.str();
    x.title = src.title;
    x.publisher = src.publisher;
    if (src.date) x.date = to_string(*src.date);
    x.url = src.url;
    if (src.person) x.person = person_words(*src.person);
    x.quote = src.quote;
    x.note = src.note;
    s.sources.push_back(std::move(x));
  }
  return s;
}

PAIRAID_NAMESPACE_END
