// The JSON report: the Summary member for member, for programs. Exact values are strings
// ("value": "25170000000"), as in the dataset format; the words a person reads come beside them.
#include <pairaid/report/report.hpp>

#include "json_writer.hpp"

#include <string>

PAIRAID_NAMESPACE_BEGIN

namespace {

using report_detail::JsonWriter;

// The dataset format's words: "more_than", not "more than".
std::string qualifier_word(Qualifier q) {
  std::string s(to_string(q));
  for (char& c : s)
    if (c == ' ') c = '_';
  return s;
}

void period(JsonWriter& w, const std::optional<Period>& p) {
  if (!p) return;
  w.key("period");
  w.begin_object();
  w.member("first", to_string(p->begin()));
  w.member("last", to_string(p->last()));
  w.end_object();
}

void figure(JsonWriter& w, const FigureLine& f) {
  w.begin_object();
  w.member("label", f.label);
  w.member("text", f.text);
  w.member("range", f.range);
  w.member("wording", f.wording);
  w.member("qualifier", qualifier_word(f.qualifier));
  w.member("kind", to_string(f.kind));
  w.member("value", f.value);
  if (!f.currency.empty()) w.member("currency", f.currency);
  if (!f.equivalent.empty()) w.member("equivalent", f.equivalent);
  period(w, f.period);
  w.member("period_text", f.period_text);
  w.member("plans", f.plans);
  w.member("source", f.source);
  w.member("attribution", f.attribution);
  w.member("pointer", f.pointer);
  if (!f.date.empty()) w.member("date", f.date);
  if (!f.reports.empty()) {
    w.key("reports");
    w.begin_array();
    for (const ReportLine& r : f.reports) {
      w.begin_object();
      w.member("text", r.text);
      w.member("range", r.range);
      w.member("wording", r.wording);
      w.member("source", r.source);
      w.member("attribution", r.attribution);
      w.member("date", r.date);
      w.end_object();
    }
    w.end_array();
    w.member("agreement", f.agreement);
  }
  w.end_object();
}

void strings(JsonWriter& w, std::string_view name, const std::vector<std::string>& v) {
  w.key(name);
  w.begin_array();
  for (const std::string& s : v) w.value(s);
  w.end_array();
}

void indicator(JsonWriter& w, const IndicatorSummary& i) {
  w.begin_object();
  w.member("id", i.id);
  w.member("section", to_string(i.section));
  w.member("measure", to_string(i.measure));
  w.member("kind", to_string(i.kind));
  w.member("title", i.title);
  w.member("program", i.program);
  w.member("area", i.area);
  w.member("aggregation", to_string(i.aggregation));
  w.key("attributes");
  w.begin_object();
  for (const auto& [k, v] : i.attributes) w.member(k, v);
  w.end_object();
  w.member("note", i.note);
  w.key("observations");
  w.begin_array();
  for (const ObservationSummary& o : i.observations) {
    w.begin_object();
    period(w, o.period);
    w.member("period_text", o.period_text);
    w.member("plans", o.plans);
    if (o.actual) {
      w.key("actual");
      figure(w, *o.actual);
    }
    if (o.target) {
      w.key("target");
      figure(w, *o.target);
    }
    w.key("breakdowns");
    w.begin_array();
    for (const BreakdownSummary& b : o.breakdowns) {
      w.begin_object();
      w.member("dimension", b.dimension);
      w.member("exhaustive", b.exhaustive);
      w.key("items");
      w.begin_array();
      for (const FigureLine& item : b.items) figure(w, item);
      w.end_array();
      strings(w, "unknown", b.unknown);
      w.member("sum", b.sum);
      w.member("total", b.total);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void render_json(std::ostream& out, const Summary& s) {
  JsonWriter w(out);
  w.begin_object();
  w.member("format", "pairaid-report");
  w.member("version", std::int64_t{1});
  w.member("title", s.title);
  w.member("description", s.description);

  w.key("programs");
  w.begin_array();
  for (const ProgramSummary& p : s.programs) {
    w.begin_object();
    w.member("id", p.id);
    w.member("name_en", p.name_en);
    w.member("name_zh", p.name_zh);
    w.member("recipient", p.recipient);
    w.member("divisions", static_cast<std::int64_t>(p.divisions));
    w.member("start_year", std::int64_t{p.start_year});
    w.member("start_plan", p.start_plan);
    w.member("policy", p.policy);
    strings(w, "coordinators", p.coordinators);
    strings(w, "donors", p.donors);
    w.end_object();
  }
  w.end_array();

  w.key("indicators");
  w.begin_array();
  for (const IndicatorSummary& i : s.indicators) indicator(w, i);
  w.end_array();

  w.key("batches");
  w.begin_array();
  for (const BatchesSummary& b : s.batches) {
    w.begin_object();
    w.member("program", b.program);
    w.member("program_name", b.program_name);
    w.key("batches");
    w.begin_array();
    for (const BatchLine& line : b.batches) {
      w.begin_object();
      w.member("ordinal", std::int64_t{line.ordinal});
      w.member("id", line.id);
      if (line.headcount) {
        w.key("headcount");
        figure(w, *line.headcount);
      }
      w.member("leader", line.leader);
      w.member("tenure", line.tenure);
      w.member("term", line.term);
      w.member("term_inferred", line.term_inferred);
      w.member("note", line.note);
      w.end_object();
    }
    w.end_array();
    w.member("first", b.first);
    w.member("latest", b.latest);
    w.member("growth", b.growth);
    w.member("unknown", b.unknown);
    w.member("unknown_count", static_cast<std::int64_t>(b.unknown_count));
    strings(w, "totals", b.totals);
    w.end_object();
  }
  w.end_array();

  w.key("conversions");
  w.begin_array();
  for (const ConversionSummary& c : s.conversions) {
    w.begin_object();
    w.key("figure");
    figure(w, c.figure);
    w.member("target_currency", c.target_currency);
    w.member("value_date", c.value_date);
    w.member("converted", c.converted);
    w.member("rates", c.rates);
    w.member("printed", c.printed);
    w.member("missing", c.missing);
    w.end_object();
  }
  w.end_array();

  w.key("projects");
  w.begin_array();
  for (const ProjectSummary& p : s.projects) {
    w.begin_object();
    w.member("id", p.id);
    w.member("title", p.title);
    w.member("area", p.area);
    strings(w, "tags", p.tags);
    w.member("note", p.note);
    w.end_object();
  }
  w.end_array();

  w.key("plans");
  w.begin_array();
  for (const PlanLine& p : s.plans) {
    w.begin_object();
    w.member("label", p.label);
    w.member("period_text", p.period_text);
    w.member("plans", p.plans);
    w.end_object();
  }
  w.end_array();

  w.key("reconciliation");
  w.begin_object();
  w.member("overall", to_string(s.overall));
  w.key("checks");
  w.begin_array();
  for (const Check& c : s.checks) {
    w.begin_object();
    w.member("id", c.id);
    w.member("kind", to_string(c.kind));
    w.member("title", c.title);
    w.member("verdict", to_string(c.verdict));
    w.member("reasoning", c.reasoning);
    w.member("pointer", c.pointer);
    strings(w, "sources", c.sources);
    w.member("acknowledged", c.acknowledged);
    w.end_object();
  }
  w.end_array();
  w.end_object();

  w.key("sources");
  w.begin_array();
  for (const SourceSummary& src : s.sources) {
    w.begin_object();
    w.member("id", src.id);
    w.member("title", src.title);
    w.member("publisher", src.publisher);
    w.member("date", src.date);
    w.member("url", src.url);
    w.member("person", src.person);
    w.member("quote", src.quote);
    w.member("note", src.note);
    w.end_object();
  }
  w.end_array();

  w.end_object();
  w.finish();
}

PAIRAID_NAMESPACE_END
