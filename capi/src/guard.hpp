#pragma once
// The one place where C++ meets C: every entry point runs its body through guard(), which turns
// any exception into a status and a thread-local message. Nothing C++ crosses the boundary.
#include <pairaid.h>
#include <pairaid/core/error.hpp>

#include <new>
#include <string>

namespace pairaid::capi {

// Records the failure of the current call on this thread and returns its status.
pairaid_status fail(pairaid_status status, const char* message) noexcept;
pairaid_status fail(pairaid_status status, const std::string& message) noexcept;
void clear() noexcept;
pairaid_status status_of(errc code) noexcept;

template <class F>
pairaid_status guard(F&& body) noexcept {
  try {
    clear();
    return body();
  } catch (const error& e) {
    return fail(status_of(e.code()), e.what());
  } catch (const std::bad_alloc&) {
    return fail(PAIRAID_ENOMEM, "out of memory");
  } catch (const std::exception& e) {
    return fail(PAIRAID_ERROR, e.what());
  } catch (...) {
    return fail(PAIRAID_ERROR, "unknown C++ exception");
  }
}

// NULL checks with a message naming the parameter.
#define PAIRAID_REQUIRE(ptr)                                                                        \
  do {                                                                                              \
    if ((ptr) == nullptr) return ::pairaid::capi::fail(PAIRAID_EINVALID, #ptr " must not be NULL"); \
  } while (0)

}  // namespace pairaid::capi
