// Dimension::parse: the one reading of group-by dimension names, shared by the CLI (--by) and the
// C API (pairaid_query_group_by). Dimension::name() (query_values.cpp) writes the canonical form.
#include <pairaid/analysis/query.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

PAIRAID_NAMESPACE_BEGIN

namespace {

// The message of every unknown name: canonical names first, then the aliases.
constexpr std::string_view known_dimensions =
    "year, quarter, month, five_year_plan, fiscal_year:M (M = 1..12, optionally :end), batch, donor, "
    "donor_kind, area, area:region, area:prefecture, area:county, sector, currency, type, activity, "
    "reporting_org, reporting_org_type, recipient_country; aliases: plan, region, prefecture, county, "
    "fiscal_year:M:start, transaction_type, transaction-type, reporting-org, reporting-org-type, "
    "recipient-country, country";

// Names that stand for one dimension each, canonical ones and the command line's aliases.
std::optional<Dimension> simple_dimension(std::string_view name) {
  using Entry = std::pair<std::string_view, Dimension>;
  const std::array<Entry, 25> table{{
      {"year", Dimension::year()},
      {"quarter", Dimension::quarter()},
      {"month", Dimension::month()},
      {"five_year_plan", Dimension::five_year_plan()},
      {"plan", Dimension::five_year_plan()},  // alias: the CLI's word since its first version
      {"batch", Dimension::batch()},
      {"donor", Dimension::donor()},
      {"donor_kind", Dimension::donor_kind()},
      {"area", Dimension::area()},
      {"region", Dimension::area_at(AreaLevel::region)},  // aliases of area:LEVEL, from the CLI
      {"prefecture", Dimension::area_at(AreaLevel::prefecture)},
      {"county", Dimension::area_at(AreaLevel::county)},
      {"sector", Dimension::sector()},
      {"currency", Dimension::currency()},
      {"type", Dimension::type()},
      {"transaction_type", Dimension::type()},  // aliases: the IATI side's words since its first version
      {"transaction-type", Dimension::type()},
      {"activity", Dimension::activity()},
      {"reporting_org", Dimension::reporting_org()},
      {"reporting-org", Dimension::reporting_org()},
      {"reporting_org_type", Dimension::reporting_org_type()},
      {"reporting-org-type", Dimension::reporting_org_type()},
      {"recipient_country", Dimension::recipient_country()},
      {"recipient-country", Dimension::recipient_country()},
      {"country", Dimension::recipient_country()},
  }};
  const auto it = std::find_if(table.begin(), table.end(), [&](const Entry& e) { return e.first == name; });
  if (it == table.end()) return std::nullopt;
  return it->second;
}

// "4" or "12" -> 4 or 12; anything else (empty, signs, leading zeros, outside 1..12) -> nullopt.
// Leading zeros are refused so that each month has one spelling.
std::optional<int> month_number(std::string_view text) {
  if (text.empty() || text.size() > 2 || text[0] == '0') return std::nullopt;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  const int month = text.size() == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
  if (month > 12) return std::nullopt;
  return month;
}

// The part after "fiscal_year:": M, M:end, or M:start (alias of M).
std::optional<Dimension> fiscal_year_named(std::string_view rest) {
  auto naming = FiscalYearNaming::by_start_year;
  const std::size_t colon = rest.find(':');
  if (colon != std::string_view::npos) {
    const std::string_view suffix = rest.substr(colon + 1);
    if (suffix == "end")
      naming = FiscalYearNaming::by_end_year;
    else if (suffix != "start")
      return std::nullopt;
    rest = rest.substr(0, colon);
  }
  const auto month = month_number(rest);
  if (!month) return std::nullopt;
  return Dimension::fiscal_year(FiscalCalendar(*month, naming));
}

std::optional<Dimension> dimension_named(std::string_view name) {
  if (auto d = simple_dimension(name)) return d;
  constexpr std::string_view area_prefix = "area:", fiscal_prefix = "fiscal_year:";
  if (name.starts_with(area_prefix)) {
    if (const auto level = area_level_names.parse(name.substr(area_prefix.size()))) return Dimension::area_at(*level);
    return std::nullopt;
  }
  if (name.starts_with(fiscal_prefix)) return fiscal_year_named(name.substr(fiscal_prefix.size()));
  return std::nullopt;
}

}  // namespace

Dimension Dimension::parse(std::string_view name) {
  if (auto d = dimension_named(name)) return *d;
  throw error(errc::invalid_argument,
              "unknown dimension '" + std::string(name) + "' (known: " + std::string(known_dimensions) + ")");
}

std::vector<Dimension> Dimension::parse_list(std::string_view names) {
  std::vector<Dimension> out;
  std::vector<std::string> seen;
  while (true) {
    const std::size_t comma = names.find(',');
    const std::string_view name = names.substr(0, comma);
    const Dimension d = parse(name);
    const std::string canonical = d.name();
    if (std::find(seen.begin(), seen.end(), canonical) != seen.end())
      throw error(errc::invalid_argument, "dimension '" + std::string(name) + "' is given twice" +
                                              (name == canonical ? "" : " (it is " + canonical + ")"));
    seen.push_back(canonical);
    out.push_back(d);
    if (comma == std::string_view::npos) break;
    names.remove_prefix(comma + 1);
  }
  return out;
}

PAIRAID_NAMESPACE_END
