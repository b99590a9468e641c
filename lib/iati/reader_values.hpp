#pragma once
// Small text helpers of the IATI reader: XML white space, dates that may not be dates, and the
// 1.0x spellings of codes that 2.0x writes as numbers. Internal to lib/iati.
#include <pairaid/iati/activity.hpp>

#include <optional>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

constexpr bool is_xml_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr std::string_view trim_xml_space(std::string_view s) noexcept {
  while (!s.empty() && is_xml_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_xml_space(s.back())) s.remove_suffix(1);
  return s;
}

// The date when `text` is exactly a valid YYYY-MM-DD date (pairaid::parse_date's rules), else
// nullopt: real files write "2010", "5000000" or "" where a date belongs, and that is not an error.
std::optional<Date> parse_iso_date(std::string_view text);

// 1.0x activity-date types (start-planned ...) and 2.0x numbers 1-4; 0 when unknown.
int activity_date_type(std::string_view written) noexcept;

// 2.0x role numbers 1-4 and 1.0x words (Funding, Accountable, Extending, Implementing, any case).
std::optional<OrganisationRole> organisation_role(std::string_view written) noexcept;

// A whole number of at most 9 digits (hierarchy), else nullopt.
std::optional<int> small_integer(std::string_view written) noexcept;

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
