#pragma once
// pairaid's version and the versioned inline namespace that carries its C++ ABI.
// A program linked against two incompatible builds fails to link instead of misbehaving.

#define PAIRAID_VERSION_MAJOR 0
#define PAIRAID_VERSION_MINOR 1
#define PAIRAID_VERSION_PATCH 0
#define PAIRAID_VERSION_STRING "0.1.0"

#define PAIRAID_ABI_NAMESPACE v0
#define PAIRAID_NAMESPACE_BEGIN \
  namespace pairaid {           \
  inline namespace v0 {
#define PAIRAID_NAMESPACE_END \
  }                           \
  }
