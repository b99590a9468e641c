// Counts in C: an int64 and a kind name. Arithmetic goes through the core's Count<Kind> so that
// overflow is the core's errc::overflow, never a wrapped number.
#include "handles.hpp"

using pairaid::capi::guard;

namespace pairaid::capi {
std::string known_kinds() {
  std::string s;
  for (const char* k : kind_names) {
    if (!s.empty()) s += ", ";
    s += k;
  }
  return s;
}
}  // namespace pairaid::capi

extern "C" {

size_t pairaid_count_kind_count(void) { return pairaid::capi::kind_count; }

pairaid_status pairaid_count_kind_name(const char** out, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    if (index >= pairaid::capi::kind_count)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "count kind index " + std::to_string(index) + " is out of range (" +
                                                        std::to_string(pairaid::capi::kind_count) + " kinds)");
    *out = pairaid::capi::kind_names[index];
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_count_add(int64_t* out, const char* kind, int64_t a, int64_t b) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(kind);
    pairaid::capi::with_kind(kind, [&]<class C>(std::type_identity<C>) { *out = (C::of(a) + C::of(b)).count(); });
    return PAIRAID_OK;
  });
}

}  // extern "C"
