// Currency lookups: plain values out of the core's ISO 4217 table; no handle needed.
#include "handles.hpp"

namespace {
pairaid::Currency currency_of(const char* code) { return pairaid::Currency::of(code); }
}  // namespace

extern "C" {

pairaid_status pairaid_currency_lookup(int* numeric, int* minor_units, int* withdrawn, const char* code) {
  return pairaid::capi::guard([&] {
    PAIRAID_REQUIRE(numeric);
    PAIRAID_REQUIRE(minor_units);
    PAIRAID_REQUIRE(withdrawn);
    PAIRAID_REQUIRE(code);
    pairaid::Currency c = currency_of(code);
    *numeric = c.numeric();
    *minor_units = c.minor_units().value_or(-1);
    *withdrawn = c.is_withdrawn() ? 1 : 0;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_currency_name(const char** out, const char* code) {
  return pairaid::capi::guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(code);
    // name() views the table's string literal from its start: static storage, NUL-terminated.
    *out = currency_of(code).name().data();
    return PAIRAID_OK;
  });
}

size_t pairaid_currency_count(void) { return pairaid::Currency::table().size(); }

pairaid_status pairaid_currency_code_at(const char** out, size_t index) {
  return pairaid::capi::guard([&] {
    PAIRAID_REQUIRE(out);
    auto table = pairaid::Currency::table();
    if (index >= table.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "currency index " + std::to_string(index) +
                                                        " is out of range (the table holds " +
                                                        std::to_string(table.size()) + " codes)");
    *out = table[index].code;  // char[4] in a constant table: static storage, NUL-terminated
    return PAIRAID_OK;
  });
}

}  // extern "C"
