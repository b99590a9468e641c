#pragma once
// Recipient areas: GB/T 2260 administrative divisions in their hierarchy (region -> prefecture-level
// division -> county-level division). Subtree queries live on Dataset, which owns the hierarchy.
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/ids.hpp>

#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// Province-level regions (Xizang is an autonomous region), prefecture-level divisions (cities and
// prefectures), county-level divisions (counties, districts, county-level cities).
enum class AreaLevel { region, prefecture, county };
inline constexpr EnumNames<AreaLevel, 3> area_level_names{{"region", "prefecture", "county"}};
constexpr std::string_view to_string(AreaLevel l) noexcept { return area_level_names(l); }

struct Area {
  AreaCode code;
  std::string name_en;  // official romanisation, e.g. "Bainang County"
  std::string name_zh;  // official name, e.g. "白朗县"
  AreaLevel level = AreaLevel::region;
  std::optional<AreaCode> parent;    // none only for a region
  std::vector<std::string> aliases;  // conventional names sources use, e.g. "Panam", "Shigatse"
  std::vector<SourceId> sources;
  friend bool operator==(const Area&, const Area&) = default;
};

PAIRAID_NAMESPACE_END
