// pairaid_organisation: a borrowed view of one of the dataset's organisations.
#include "handles.hpp"

using pairaid::capi::guard;

static_assert(pairaid::capi::words_are_c_strings(pairaid::organisation_kind_names));

extern "C" {

pairaid_status pairaid_dataset_organisation_count(size_t* out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(dataset);
    *out = dataset->organisations.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_organisation(const pairaid_organisation** out, const pairaid_dataset* dataset,
                                            size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    return pairaid::capi::borrow_at(out, dataset->organisations, index, "organisation", "organisations");
  });
}

pairaid_status pairaid_dataset_find_organisation(const pairaid_organisation** out, const pairaid_dataset* dataset,
                                                 const char* id) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    PAIRAID_REQUIRE(id);
    const pairaid::Organisation* o = dataset->dataset.find(pairaid::OrganisationId(id));
    if (!o) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "no organisation has the id '" + std::string(id) + "'");
    *out = &dataset->wrapper(*o);
    return PAIRAID_OK;
  });
}

#define PAIRAID_ORGANISATION_TEXT(name, expr)                                                              \
  pairaid_status pairaid_organisation_##name(const char** out, const pairaid_organisation* organisation) { \
    return guard([&] {                                                                                     \
      PAIRAID_REQUIRE(out);                                                                                \
      PAIRAID_REQUIRE(organisation);                                                                       \
      *out = (expr);                                                                                       \
      return PAIRAID_OK;                                                                                   \
    });                                                                                                    \
  }
PAIRAID_ORGANISATION_TEXT(id, organisation->model->id.str().c_str())
PAIRAID_ORGANISATION_TEXT(name_en, organisation->model->name_en.c_str())
PAIRAID_ORGANISATION_TEXT(name_zh, organisation->model->name_zh.c_str())
PAIRAID_ORGANISATION_TEXT(kind, pairaid::capi::word_of(pairaid::organisation_kind_names, organisation->model->kind))
#undef PAIRAID_ORGANISATION_TEXT

pairaid_status pairaid_organisation_has_role(int* out, const pairaid_organisation* organisation, const char* role) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(organisation);
    PAIRAID_REQUIRE(role);
    const auto r = pairaid::organisation_role_names.parse(role);
    if (!r)
      return pairaid::capi::fail(PAIRAID_EINVALID, "unknown organisation role '" + std::string(role) + "' (expected " +
                                                       pairaid::organisation_role_names.expected() + ")");
    *out = organisation->model->has_role(*r) ? 1 : 0;
    return PAIRAID_OK;
  });
}

}  // extern "C"
