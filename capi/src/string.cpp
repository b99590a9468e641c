// Strings the library hands to the caller: allocated with malloc so that pairaid_string_free can
// release them from any language runtime that links us.
#include "handles.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace pairaid::capi {

char* dup_string(std::string_view s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p == nullptr) throw std::bad_alloc();
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

}  // namespace pairaid::capi

extern "C" void pairaid_string_free(char* str) { std::free(str); }
