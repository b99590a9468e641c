#include "guard.hpp"

#include <pairaid/version.hpp>

#include <cstring>

namespace pairaid::capi {
namespace {
// Thread-local: one thread's failure never clobbers another's message.
thread_local std::string last_message;
thread_local pairaid_status last_status = PAIRAID_OK;
}  // namespace

pairaid_status fail(pairaid_status status, const char* message) noexcept {
  try {
    last_message = message ? message : "";
  } catch (...) {
    last_message.clear();  // out of memory while recording: keep the status, drop the text
  }
  last_status = status;
  return status;
}
pairaid_status fail(pairaid_status status, const std::string& message) noexcept {
  return fail(status, message.c_str());
}
void clear() noexcept {
  last_message.clear();
  last_status = PAIRAID_OK;
}

pairaid_status status_of(errc code) noexcept {
  switch (code) {
    case errc::invalid_argument: return PAIRAID_EINVALID;
    case errc::parse: return PAIRAID_EPARSE;
    case errc::overflow: return PAIRAID_EOVERFLOW;
    case errc::inexact: return PAIRAID_EINEXACT;
    case errc::unknown_currency: return PAIRAID_EUNKNOWN_CURRENCY;
    case errc::currency_mismatch: return PAIRAID_ECURRENCY_MISMATCH;
    case errc::missing_rate: return PAIRAID_EMISSING_RATE;
    case errc::not_found: return PAIRAID_ENOTFOUND;
    case errc::io: return PAIRAID_EIO;
    case errc::invalid_data: return PAIRAID_EINVALID_DATA;
    case errc::mixed_types: return PAIRAID_EMIXED_TYPES;
  }
  return PAIRAID_ERROR;
}

}  // namespace pairaid::capi

extern "C" {

const char* pairaid_last_error(void) { return pairaid::capi::last_message.c_str(); }
pairaid_status pairaid_last_status(void) { return pairaid::capi::last_status; }
void pairaid_error_clear(void) { pairaid::capi::clear(); }

const char* pairaid_status_name(int status) {
  switch (status) {
    case PAIRAID_OK: return "PAIRAID_OK";
    case PAIRAID_ERROR: return "PAIRAID_ERROR";
    case PAIRAID_EINVALID: return "PAIRAID_EINVALID";
    case PAIRAID_EPARSE: return "PAIRAID_EPARSE";
    case PAIRAID_EOVERFLOW: return "PAIRAID_EOVERFLOW";
    case PAIRAID_EINEXACT: return "PAIRAID_EINEXACT";
    case PAIRAID_EUNKNOWN_CURRENCY: return "PAIRAID_EUNKNOWN_CURRENCY";
    case PAIRAID_ECURRENCY_MISMATCH: return "PAIRAID_ECURRENCY_MISMATCH";
    case PAIRAID_EMISSING_RATE: return "PAIRAID_EMISSING_RATE";
    case PAIRAID_ENOTFOUND: return "PAIRAID_ENOTFOUND";
    case PAIRAID_EIO: return "PAIRAID_EIO";
    case PAIRAID_EINVALID_DATA: return "PAIRAID_EINVALID_DATA";
    case PAIRAID_ENOMEM: return "PAIRAID_ENOMEM";
    case PAIRAID_EMIXED_TYPES: return "PAIRAID_EMIXED_TYPES";
    default: return "PAIRAID_UNKNOWN_STATUS";
  }
}

void pairaid_version(int* major, int* minor, int* patch) {
  if (major) *major = PAIRAID_VERSION_MAJOR;
  if (minor) *minor = PAIRAID_VERSION_MINOR;
  if (patch) *patch = PAIRAID_VERSION_PATCH;
}
const char* pairaid_version_string(void) { return PAIRAID_VERSION_STRING; }

}  // extern "C"
