#pragma once
// Rendering a Summary (summary.hpp): plain text for people, JSON and CSV for programs.
//
//   pairaid::render(std::cout, pairaid::summarize(dataset), pairaid::ReportFormat::text);
//
// Text numbers carry their qualifiers and grouping ("nearly 12,000 people"); JSON keeps both the
// words and the exact machine values ("value": "12000"); CSV has one row per figure and one per
// check (docs/formats.md has no CSV report format yet: the header row names the columns).
#include <pairaid/report/summary.hpp>

#include <optional>
#include <ostream>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

enum class ReportFormat { text, json, csv };
inline constexpr EnumNames<ReportFormat, 3> report_format_names{{"text", "json", "csv"}};
constexpr std::string_view to_string(ReportFormat f) noexcept { return report_format_names(f); }
// "text", "json" or "csv"; nothing for anything else.
constexpr std::optional<ReportFormat> parse_report_format(std::string_view word) noexcept {
  return report_format_names.parse(word);
}

void render(std::ostream& out, const Summary& summary, ReportFormat format);
void render_text(std::ostream& out, const Summary& summary);
void render_json(std::ostream& out, const Summary& summary);
void render_csv(std::ostream& out, const Summary& summary);

PAIRAID_NAMESPACE_END
