// pairaid_ledger: the core's columnar Ledger, loaded from CSV (all or nothing, errors located at
// file:line:col by the core's reader) or from a dataset's transactions.
#include "query_handles.hpp"

using pairaid::capi::emit;
using pairaid::capi::guard;

extern "C" {

pairaid_status pairaid_ledger_load_csv(pairaid_ledger** out, const char* path) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(path);
    return emit(out, pairaid::Ledger::load_csv(std::string(path)));
  });
}

pairaid_status pairaid_ledger_parse_csv(pairaid_ledger** out, const char* data, size_t size, const char* name) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(data);
    return emit(out, pairaid::Ledger::parse_csv(std::string_view(data, size), name ? name : "<buffer>"));
  });
}

pairaid_status pairaid_ledger_from_dataset(pairaid_ledger** out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    return emit(out, pairaid::Ledger::from(dataset->dataset));
  });
}

pairaid_status pairaid_ledger_size(size_t* out, const pairaid_ledger* ledger) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(ledger);
    *out = ledger->ledger.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_ledger_bytes_per_transaction(size_t* out, const pairaid_ledger* ledger) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(ledger);
    *out = ledger->ledger.bytes_per_transaction();
    return PAIRAID_OK;
  });
}

void pairaid_ledger_free(pairaid_ledger* ledger) { delete ledger; }

}  // extern "C"
