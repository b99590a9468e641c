// pairaid_rounding_mode <-> pairaid::RoundingMode. The C enum mirrors the C++ one; the names come
// from the core so that the two cannot drift.
#include "handles.hpp"

namespace pairaid::capi {
namespace {
constexpr RoundingMode modes[] = {RoundingMode::half_even,   RoundingMode::half_up,        RoundingMode::half_down,
                                  RoundingMode::toward_zero, RoundingMode::away_from_zero, RoundingMode::floor,
                                  RoundingMode::ceiling,     RoundingMode::unnecessary};
constexpr int mode_count = static_cast<int>(std::size(modes));
static_assert(PAIRAID_ROUND_HALF_EVEN == 0 && PAIRAID_ROUND_UNNECESSARY == mode_count - 1);
// Names are NUL-terminated literals in the core's to_string; keep our own static copies anyway.
constexpr const char* mode_names[] = {"half_even",      "half_up", "half_down", "toward_zero",
                                      "away_from_zero", "floor",   "ceiling",   "unnecessary"};
}  // namespace

RoundingMode to_core(pairaid_rounding_mode mode) {
  const int m = static_cast<int>(mode);
  if (m < 0 || m >= mode_count)
    throw error(errc::invalid_argument, "rounding mode " + std::to_string(m) + " is not a pairaid_rounding_mode");
  return modes[m];
}

}  // namespace pairaid::capi

extern "C" {

const char* pairaid_rounding_mode_name(int mode) {
  using namespace pairaid::capi;
  if (mode < 0 || mode >= mode_count) return nullptr;
  return mode_names[mode];
}

pairaid_status pairaid_rounding_mode_from_name(pairaid_rounding_mode* out, const char* name) {
  return pairaid::capi::guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(name);
    auto mode = pairaid::rounding_mode_from_string(name);
    if (!mode)
      return pairaid::capi::fail(PAIRAID_EINVALID, "unknown rounding mode '" + std::string(name) +
                                                       "' (known: half_even, half_up, half_down, toward_zero, "
                                                       "away_from_zero, floor, ceiling, unnecessary)");
    for (int i = 0; i < pairaid::capi::mode_count; ++i)
      if (pairaid::capi::modes[i] == *mode) *out = static_cast<pairaid_rounding_mode>(i);
    return PAIRAID_OK;
  });
}

}  // extern "C"
