// The CSV report: one row per figure (indicator values, breakdown parts, batch sizes) and one per
// reconciliation check, under one header, so a spreadsheet can filter on `record`. RFC 4180
// quoting; LF line endings.
#include <pairaid/report/report.hpp>
#include <pairaid/analysis/words.hpp>
#include <pairaid/io/csv_field.hpp>

#include <array>
#include <string>

PAIRAID_NAMESPACE_BEGIN

namespace {

constexpr std::array<std::string_view, 20> columns = {
    "record",      "id",      "section",    "label",        "text",        "qualifier", "value",           "unit",
    "range",       "wording", "equivalent", "period_first", "period_last", "period",    "five_year_plans", "source",
    "attribution", "pointer", "verdict",    "reasoning"};
using Row = std::array<std::string, columns.size()>;

std::string field(const std::string& s) {
  std::string q;
  io::append_csv_field(q, s);
  return q;
}

void write(std::ostream& out, const Row& row) {
  for (std::size_t k = 0; k < row.size(); ++k) out << (k ? "," : "") << field(row[k]);
  out << "\n";
}

std::string qualifier_word(Qualifier q) {
  std::string s(to_string(q));
  for (char& c : s)
    if (c == ' ') c = '_';
  return s;
}

Row figure_row(const std::string& id, std::string_view section, const FigureLine& f) {
  Row r;
  r[0] = "figure";
  r[1] = id;
  r[2] = section;
  r[3] = f.label;
  r[4] = f.text;
  r[5] = qualifier_word(f.qualifier);
  r[6] = f.value;
  r[7] = f.currency.empty() ? std::string(unit_noun(f.kind)) : f.currency;
  r[8] = f.range;
  r[9] = f.wording;
  r[10] = f.equivalent;
  if (f.period) {
    r[11] = to_string(f.period->begin());
    r[12] = to_string(f.period->last());
  }
  r[13] = f.period_text;
  r[14] = f.plans;
  r[15] = f.source;
  r[16] = f.attribution;
  r[17] = f.pointer;
  return r;
}

}  // namespace

void render_csv(std::ostream& out, const Summary& s) {
  Row header;
  for (std::size_t k = 0; k < columns.size(); ++k) header[k] = columns[k];
  write(out, header);
  for (const IndicatorSummary& i : s.indicators) {
    const std::string_view section = to_string(i.section);
    for (const ObservationSummary& o : i.observations) {
      if (o.actual) write(out, figure_row(i.id, section, *o.actual));
      if (o.target) write(out, figure_row(i.id, section, *o.target));
      for (const BreakdownSummary& b : o.breakdowns)
        for (const FigureLine& item : b.items) write(out, figure_row(i.id, section, item));
    }
  }
  for (const BatchesSummary& b : s.batches)
    for (const BatchLine& line : b.batches)
      if (line.headcount) write(out, figure_row(line.id, to_string(ReportSection::personnel), *line.headcount));
  for (const Check& c : s.checks) {
    Row r;
    r[0] = "check";
    r[1] = c.id;
    r[2] = to_string(c.kind);
    r[3] = c.title;
    r[17] = c.pointer;
    r[18] = to_string(c.verdict);
    r[19] = c.reasoning;
    write(out, r);
  }
}

PAIRAID_NAMESPACE_END
