// pairaid_area: a borrowed view of one of the dataset's areas; the hierarchy questions go to the
// core's Dataset (parent, within), which owns it.
#include "handles.hpp"

using pairaid::capi::guard;

static_assert(pairaid::capi::words_are_c_strings(pairaid::area_level_names));

pairaid_area::pairaid_area(const pairaid_dataset& o, const pairaid::Area& a)
    : owner(&o), model(&a), code(a.code.to_string()) {}

extern "C" {

pairaid_status pairaid_dataset_area_count(size_t* out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(dataset);
    *out = dataset->areas.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_area(const pairaid_area** out, const pairaid_dataset* dataset, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    return pairaid::capi::borrow_at(out, dataset->areas, index, "area", "areas");
  });
}

pairaid_status pairaid_dataset_find_area(const pairaid_area** out, const pairaid_dataset* dataset, const char* code) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    PAIRAID_REQUIRE(code);
    const pairaid::Area* a = dataset->dataset.find(pairaid::AreaCode::parse(code));
    if (!a) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "no area has the code " + std::string(code));
    *out = &dataset->wrapper(*a);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_find_area_named(const pairaid_area** out, const pairaid_dataset* dataset,
                                               const char* name) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    PAIRAID_REQUIRE(name);
    const pairaid::Area* a = dataset->dataset.find_area_named(name);
    if (!a) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "no area is called '" + std::string(name) + "'");
    *out = &dataset->wrapper(*a);
    return PAIRAID_OK;
  });
}

#define PAIRAID_AREA_TEXT(name, expr)                                              \
  pairaid_status pairaid_area_##name(const char** out, const pairaid_area* area) { \
    return guard([&] {                                                             \
      PAIRAID_REQUIRE(out);                                                        \
      PAIRAID_REQUIRE(area);                                                       \
      *out = (expr);                                                               \
      return PAIRAID_OK;                                                           \
    });                                                                            \
  }
PAIRAID_AREA_TEXT(code, area->code.c_str())
PAIRAID_AREA_TEXT(name_en, area->model->name_en.c_str())
PAIRAID_AREA_TEXT(name_zh, area->model->name_zh.c_str())
PAIRAID_AREA_TEXT(level, pairaid::capi::word_of(pairaid::area_level_names, area->model->level))
#undef PAIRAID_AREA_TEXT

pairaid_status pairaid_area_parent(const pairaid_area** out, const pairaid_area* area) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(area);
    if (!area->model->parent)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "area " + area->code + " is a region: it has no parent");
    // Validation guarantees that every parent is in the dataset.
    const pairaid::Area* parent = area->owner->dataset.find(*area->model->parent);
    if (!parent)
      return pairaid::capi::fail(PAIRAID_ERROR, "area " + area->code + ": parent missing from a validated dataset");
    *out = &area->owner->wrapper(*parent);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_area_within(int* out, const pairaid_area* area, const pairaid_area* ancestor) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(area);
    PAIRAID_REQUIRE(ancestor);
    if (area->owner != ancestor->owner)
      return pairaid::capi::fail(
          PAIRAID_EINVALID, "area " + area->code + " and ancestor " + ancestor->code + " belong to different datasets");
    *out = area->owner->dataset.within(area->model->code, ancestor->model->code) ? 1 : 0;
    return PAIRAID_OK;
  });
}

}  // extern "C"
