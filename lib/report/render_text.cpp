// The text report: for a person reading a terminal. Every figure carries its qualifier, grouped
// digits and unit, its period and Five-Year Plan, and the words and speaker it came from.
#include <pairaid/report/report.hpp>
#include <pairaid/analysis/words.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

namespace {

void heading(std::ostream& out, std::string_view title) {
  out << "\n" << title << "\n" << std::string(title.size(), '-') << "\n";
}

// "nearly 12,000 people (10,800 to 11,999 people), 1994-01-01 to 2024-09-03 — "nearly 12,000",
// 30 years of support for development"
std::string figure_text(const FigureLine& f, bool with_period = true) {
  std::string s = f.text;
  if (f.qualifier != Qualifier::exact) s += " (" + f.range + ")";
  if (!f.equivalent.empty()) s += ", printed with " + f.equivalent;
  if (with_period) s += ", " + f.period_text;
  std::string from;
  if (!f.wording.empty()) from = "\"" + f.wording + "\"";
  if (!f.attribution.empty()) from += (from.empty() ? "" : ", ") + f.attribution;
  if (!from.empty()) s += " \xE2\x80\x94 " + from;
  return s;
}

// Every other source's report of a figure, and whether they agree.
void reports(std::ostream& out, const FigureLine& f, std::string_view indent) {
  for (const ReportLine& r : f.reports) {
    out << indent << "also reported: " << r.text;
    if (r.text != r.range && r.range != "exactly " + r.text) out << " (" << r.range << ")";
    if (!r.wording.empty()) out << " \xE2\x80\x94 \"" << r.wording << "\"";
    out << ", " << (r.attribution.empty() ? r.source : r.attribution);
    if (!r.date.empty()) out << ", " << r.date;
    out << " [" << r.source << "]\n";
  }
  if (!f.reports.empty())
    out << indent << "the " << f.reports.size() + 1 << " sources " << (f.agreement.empty() ? "?" : f.agreement) << "\n";
}

void breakdown(std::ostream& out, const BreakdownSummary& b) {
  out << "    by " << b.dimension << (b.exhaustive ? " (all of it)" : " (part of it)") << ":\n";
  for (const FigureLine& item : b.items) {
    out << "      " << item.label << ": " << figure_text(item, false) << "\n";
    reports(out, item, "        ");
  }
  for (const std::string& label : b.unknown) out << "      " << label << ": no figure stated\n";
  if (!b.sum.empty())
    out << "      " << b.sum << "; " << b.total << "\n";
  else
    out << "      no part has a figure; " << b.total << "\n";
}

void indicator_block(std::ostream& out, const IndicatorSummary& ind) {
  out << "  " << ind.title;
  if (!ind.area.empty()) out << " [" << ind.area << "]";
  for (const auto& [key, value] : ind.attributes) out << " [" << key << ": " << value << "]";
  out << "\n";
  for (const ObservationSummary& o : ind.observations) {
    if (o.actual) {
      out << "    " << figure_text(*o.actual) << "\n";
      reports(out, *o.actual, "      ");
    }
    if (o.target) out << "    target: " << figure_text(*o.target) << "\n";
    if (!o.actual && !o.target) out << "    no total stated, " << o.period_text << "\n";
    if (!o.plans.empty()) out << "    period: " << o.plans << "\n";
    for (const BreakdownSummary& b : o.breakdowns) breakdown(out, b);
  }
  if (!ind.note.empty()) out << "    note: " << ind.note << "\n";
}

void batch_block(std::ostream& out, const BatchesSummary& b) {
  out << "  Batches of " << b.program_name << ":\n";
  std::vector<int> run;  // consecutive batches without a size, printed as one line
  auto flush = [&] {
    if (run.empty()) return;
    out << "    " << (run.size() == 1 ? "batch " : "batches ") << ordinal_runs(run) << ": size unknown (not stated)\n";
    run.clear();
  };
  for (const BatchLine& line : b.batches) {
    if (!line.headcount && line.leader.empty() && line.tenure.empty() && (line.term.empty() || line.term_inferred)) {
      run.push_back(line.ordinal);
      continue;
    }
    flush();
    out << "    batch " << line.ordinal << ": "
        << (line.headcount ? figure_text(*line.headcount, false) : "size unknown");
    if (!line.tenure.empty()) out << ", " << line.tenure;
    if (!line.term.empty()) out << ", " << line.term;
    if (!line.leader.empty()) out << "; team leader " << line.leader;
    out << "\n";
    if (line.headcount) reports(out, *line.headcount, "      ");
  }
  flush();
  if (!b.first.empty()) out << "    first known: " << b.first << "\n";
  if (!b.latest.empty()) out << "    latest known: " << b.latest << "\n";
  if (!b.growth.empty()) out << "    growth: " << b.growth << "\n";
  for (const std::string& total : b.totals) out << "    in total: " << total << "\n";
  if (!b.unknown.empty())
    out << "    unknown sizes: " << (b.unknown_count == 1 ? "batch " : "batches ") << b.unknown << "\n";
  std::vector<std::string> inferred;
  for (const BatchLine& line : b.batches)
    if (line.term_inferred) inferred.push_back(std::to_string(line.ordinal) + " " + line.term.substr(5, 4));
  if (!inferred.empty())
    out << "    terms inferred from the rotation, not stated: " << joined_list(inferred, ", ") << "\n";
}

void conversion_block(std::ostream& out, const ConversionSummary& c) {
  out << "  In " << c.target_currency << ": " << c.figure.label << ", " << c.figure.text << ", "
      << c.figure.period_text;
  if (!c.missing.empty()) {
    out << ": not converted, " << c.missing << "\n";
  } else {
    out << " = " << c.converted << " at " << c.rates << ", value date " << c.value_date << "\n";
  }
  if (!c.printed.empty()) out << "    the source printed " << c.printed << "\n";
}

}  // namespace

void render_text(std::ostream& out, const Summary& s) {
  const std::string title = s.title.empty() ? "pairaid report" : s.title;
  out << title << "\n" << std::string(title.size(), '=') << "\n";
  if (!s.description.empty()) out << s.description << "\n";

  for (const ProgramSummary& p : s.programs) {
    heading(out, "Program");
    out << "  " << p.name_en;
    if (!p.name_zh.empty()) out << " (" << p.name_zh << ")";
    out << ", since " << p.start_year;
    if (!p.start_plan.empty()) out << " (" << p.start_plan << ")";
    out << ", for " << p.recipient;
    if (p.divisions > 0) out << " and the " << p.divisions << " divisions below it";
    out << "\n";
    if (!p.policy.empty()) out << "  Pairing policy: " << p.policy << "\n";
    if (!p.coordinators.empty()) out << "  Coordinated by: " << joined_list(p.coordinators) << "\n";
    out << "  Donors named individually: " << (p.donors.empty() ? std::string("none") : joined_list(p.donors)) << "\n";
  }

  for (ReportSection section :
       {ReportSection::donors, ReportSection::personnel, ReportSection::people_served, ReportSection::economy,
        ReportSection::assistance_projects, ReportSection::investment, ReportSection::health, ReportSection::other}) {
    const bool any = std::any_of(s.indicators.begin(), s.indicators.end(),
                                 [&](const IndicatorSummary& i) { return i.section == section; });
    const bool extra = (section == ReportSection::personnel && !s.batches.empty()) ||
                       (section == ReportSection::assistance_projects && !s.projects.empty()) ||
                       (section == ReportSection::investment && !s.conversions.empty());
    if (!any && !extra) continue;
    heading(out, section_title(section));
    for (const IndicatorSummary& i : s.indicators)
      if (i.section == section) indicator_block(out, i);
    if (section == ReportSection::personnel)
      for (const BatchesSummary& b : s.batches) batch_block(out, b);
    if (section == ReportSection::assistance_projects && !s.projects.empty()) {
      out << "  Named projects:\n";
      for (const ProjectSummary& p : s.projects) {
        out << "    " << p.title;
        if (!p.tags.empty()) out << " [" << joined_list(p.tags, ", ") << "]";
        if (!p.area.empty()) out << " in " << p.area;
        out << "\n";
        if (!p.note.empty()) out << "      note: " << p.note << "\n";
      }
    }
    if (section == ReportSection::investment)
      for (const ConversionSummary& c : s.conversions) conversion_block(out, c);
  }

  if (!s.plans.empty()) {
    heading(out, "Five-Year Plans");
    for (const PlanLine& p : s.plans) out << "  " << p.label << ", " << p.period_text << ": " << p.plans << "\n";
  }

  heading(out, "Reconciliation");
  std::size_t counts[3] = {0, 0, 0};
  for (const Check& c : s.checks) ++counts[static_cast<std::size_t>(c.verdict)];
  out << "  overall: " << to_string(s.overall) << " (" << counts[0] << " consistent, " << counts[1] << " inconsistent, "
      << counts[2] << " undetermined)\n";
  for (const Check& c : s.checks) {
    const bool ack = c.verdict == Verdict::inconsistent && !c.acknowledged.empty();
    out << "  [" << to_string(c.verdict) << (ack ? ", acknowledged" : "") << "] " << c.title << "\n      "
        << c.reasoning << "\n";
    if (!c.sources.empty()) out << "      sources: " << joined_list(c.sources, ", ") << "\n";
    if (!c.acknowledged.empty()) out << "      acknowledged in the dataset: " << c.acknowledged << "\n";
  }

  if (!s.sources.empty()) {
    heading(out, "Sources");
    for (const SourceSummary& src : s.sources) {
      out << "  [" << src.id << "] " << src.title;
      if (!src.publisher.empty()) out << ", " << src.publisher;
      if (!src.date.empty()) out << ", " << src.date;
      if (!src.url.empty()) out << ", " << src.url;
      out << "\n";
      if (!src.person.empty()) out << "      speaker: " << src.person << "\n";
      if (!src.quote.empty()) out << "      words: \"" << src.quote << "\"\n";
      if (!src.note.empty()) out << "      note: " << src.note << "\n";
    }
  }
}

PAIRAID_NAMESPACE_END
