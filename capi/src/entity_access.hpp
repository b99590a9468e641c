#pragma once
// The accessor shapes every borrowed dataset entity shares (count, index, text field), written
// once so that the nouns' .cpp files stay a list of fields.
#include "handles.hpp"

// pairaid_dataset_<noun>_count and pairaid_dataset_<noun>(out, dataset, index).
#define PAIRAID_DATASET_LIST(noun, plural)                                                                          \
  pairaid_status pairaid_dataset_##noun##_count(size_t* out, const pairaid_dataset* dataset) {                      \
    return ::pairaid::capi::guard([&] {                                                                             \
      PAIRAID_REQUIRE(out);                                                                                         \
      PAIRAID_REQUIRE(dataset);                                                                                     \
      *out = dataset->plural.size();                                                                                \
      return PAIRAID_OK;                                                                                            \
    });                                                                                                             \
  }                                                                                                                 \
  pairaid_status pairaid_dataset_##noun(const pairaid_##noun** out, const pairaid_dataset* dataset, size_t index) { \
    return ::pairaid::capi::guard([&] {                                                                             \
      PAIRAID_REQUIRE(out);                                                                                         \
      *out = nullptr;                                                                                               \
      PAIRAID_REQUIRE(dataset);                                                                                     \
      return ::pairaid::capi::borrow_at(out, dataset->plural, index, #noun, #plural);                               \
    });                                                                                                             \
  }

// pairaid_dataset_find_<noun>(out, dataset, id) through the core's index.
#define PAIRAID_DATASET_FIND(noun, IdType)                                                                    \
  pairaid_status pairaid_dataset_find_##noun(const pairaid_##noun** out, const pairaid_dataset* dataset,      \
                                             const char* id) {                                                \
    return ::pairaid::capi::guard([&] {                                                                       \
      PAIRAID_REQUIRE(out);                                                                                   \
      *out = nullptr;                                                                                         \
      PAIRAID_REQUIRE(dataset);                                                                               \
      PAIRAID_REQUIRE(id);                                                                                    \
      const auto* found = dataset->dataset.find(::pairaid::IdType(id));                                       \
      if (!found)                                                                                             \
        return ::pairaid::capi::fail(PAIRAID_ENOTFOUND, "no " #noun " has the id '" + std::string(id) + "'"); \
      *out = &dataset->wrapper(*found);                                                                       \
      return PAIRAID_OK;                                                                                      \
    });                                                                                                       \
  }

// `noun` names the handle parameter too, and a declared name cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
// pairaid_<noun>_<field>(const char** out, handle): `expr` is a C string always present.
#define PAIRAID_ENTITY_TEXT(noun, field, expr)                                            \
  pairaid_status pairaid_##noun##_##field(const char** out, const pairaid_##noun* noun) { \
    return ::pairaid::capi::guard([&] {                                                   \
      PAIRAID_REQUIRE(out);                                                               \
      *out = nullptr;                                                                     \
      PAIRAID_REQUIRE(noun);                                                              \
      *out = (expr);                                                                      \
      return PAIRAID_OK;                                                                  \
    });                                                                                   \
  }

// As PAIRAID_ENTITY_TEXT for a value that may be unknown: `call` is lend(...)/lend_id(...).
#define PAIRAID_ENTITY_OPTIONAL_TEXT(noun, field, call)                                   \
  pairaid_status pairaid_##noun##_##field(const char** out, const pairaid_##noun* noun) { \
    return ::pairaid::capi::guard([&] {                                                   \
      PAIRAID_REQUIRE(out);                                                               \
      *out = nullptr;                                                                     \
      PAIRAID_REQUIRE(noun);                                                              \
      return (call);                                                                      \
    });                                                                                   \
  }
// NOLINTEND(bugprone-macro-parentheses)
