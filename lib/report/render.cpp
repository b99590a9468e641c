// render(): one entry point over the three formats, for callers that take the format as data
// (the CLI's --format).
#include <pairaid/report/report.hpp>

PAIRAID_NAMESPACE_BEGIN

void render(std::ostream& out, const Summary& summary, ReportFormat format) {
  switch (format) {
    case ReportFormat::text: render_text(out, summary); return;
    case ReportFormat::json: render_json(out, summary); return;
    case ReportFormat::csv: render_csv(out, summary); return;
  }
  throw error(errc::invalid_argument, "unknown report format");
}

PAIRAID_NAMESPACE_END
