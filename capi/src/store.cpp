// pairaid_store and pairaid_import_report: the SQLite store (include/pairaid/store/store.hpp).
// Each import is the core's one transaction; this file only picks which import a file is for
// (by extension, else by its first character, as `pairaid import` does) and copies the report out.
#include "query_handles.hpp"

#include <pairaid/store/store.hpp>

using pairaid::capi::emit;
using pairaid::capi::guard;

struct pairaid_store {
  pairaid::Store store;
};

struct pairaid_import_report {
  explicit pairaid_import_report(pairaid::ImportReport r) : report(std::move(r)) {
    messages = report.notes;
    messages.insert(messages.end(), report.reader_warnings.begin(), report.reader_warnings.end());
  }
  pairaid::ImportReport report;
  std::vector<std::string> messages;  // notes, then the IATI reader's warnings
};

extern "C" {

pairaid_status pairaid_store_open(pairaid_store** out, const char* path) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(path);
    return emit(out, pairaid::Store(path));
  });
}

void pairaid_store_free(pairaid_store* store) { delete store; }

pairaid_status pairaid_store_import_file(pairaid_import_report** out, pairaid_store* store, const char* path) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(store);
    PAIRAID_REQUIRE(path);
    return emit(out, store->store.import_file(path));
  });
}

pairaid_status pairaid_store_import_dataset(pairaid_import_report** out, pairaid_store* store,
                                            const pairaid_dataset* dataset, const char* name) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(store);
    PAIRAID_REQUIRE(dataset);
    return emit(out, store->store.import_dataset(dataset->dataset, name ? name : "<dataset>"));
  });
}

pairaid_status pairaid_store_dataset(pairaid_dataset** out, const pairaid_store* store) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(store);
    return emit(out, store->store.load_dataset());
  });
}

pairaid_status pairaid_store_ledger(pairaid_ledger** out, const pairaid_store* store) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(store);
    return emit(out, store->store.load_ledger());
  });
}

pairaid_status pairaid_store_integrity_check(char** out, const pairaid_store* store) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(store);
    *out = pairaid::capi::dup_string(store->store.integrity_check());
    return PAIRAID_OK;
  });
}

#define PAIRAID_REPORT_TEXT(field)                                                                      \
  pairaid_status pairaid_import_report_##field(const char** out, const pairaid_import_report* report) { \
    return guard([&] {                                                                                  \
      PAIRAID_REQUIRE(out);                                                                             \
      *out = nullptr;                                                                                   \
      PAIRAID_REQUIRE(report);                                                                          \
      *out = report->report.field.c_str();                                                              \
      return PAIRAID_OK;                                                                                \
    });                                                                                                 \
  }
PAIRAID_REPORT_TEXT(source)
PAIRAID_REPORT_TEXT(kind)
#undef PAIRAID_REPORT_TEXT

#define PAIRAID_REPORT_COUNT(field)                                                                  \
  pairaid_status pairaid_import_report_##field(uint64_t* out, const pairaid_import_report* report) { \
    return guard([&] {                                                                               \
      PAIRAID_REQUIRE(out);                                                                          \
      PAIRAID_REQUIRE(report);                                                                       \
      *out = report->report.field;                                                                   \
      return PAIRAID_OK;                                                                             \
    });                                                                                              \
  }
PAIRAID_REPORT_COUNT(added)
PAIRAID_REPORT_COUNT(updated)
PAIRAID_REPORT_COUNT(unchanged)
PAIRAID_REPORT_COUNT(skipped)
#undef PAIRAID_REPORT_COUNT

pairaid_status pairaid_import_report_message_count(size_t* out, const pairaid_import_report* report) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(report);
    *out = report->messages.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_import_report_message(const char** out, const pairaid_import_report* report, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(report);
    const auto& messages = report->messages;
    if (index >= messages.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("message", index, messages.size(), "messages"));
    *out = messages[index].c_str();
    return PAIRAID_OK;
  });
}

void pairaid_import_report_free(pairaid_import_report* report) { delete report; }

}  // extern "C"
