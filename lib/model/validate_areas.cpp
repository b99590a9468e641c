// Areas and their hierarchy (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::check_areas() {
  for (std::size_t i = 0; i < d_.areas.size(); ++i) {
    const Area& a = d_.areas[i];
    const std::string p = at("areas", i);
    if (a.name_en.empty() && a.name_zh.empty()) add(Rule::invalid_value, p + "/name_en", "an area needs a name");
    source_refs(a.sources, p + "/sources");
    if (a.level == AreaLevel::region) {
      if (a.parent) add(Rule::bad_hierarchy, p + "/parent", "a region-level area has no parent");
      continue;
    }
    if (!a.parent) {
      add(Rule::bad_hierarchy, p + "/level",
          std::string("a ") + std::string(to_string(a.level)) + " needs a parent one level up");
      continue;
    }
    const Area* parent = area_ref(*a.parent, p + "/parent");
    if (!parent) continue;
    const AreaLevel expected = a.level == AreaLevel::county ? AreaLevel::prefecture : AreaLevel::region;
    if (parent->level != expected)
      add(Rule::bad_hierarchy, p + "/parent",
          "the parent of a " + std::string(to_string(a.level)) + " must be a " + std::string(to_string(expected)) +
              ", but " + parent->code.to_string() + " is a " + std::string(to_string(parent->level)));
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
