// The data directory pairaid ships with (io/data_files.hpp), for C callers and bindings that need the
// bundled files themselves (the example dataset, the rate tables).
#include "guard.hpp"
#include "handles.hpp"

#include <pairaid/io/data_files.hpp>

extern "C" pairaid_status pairaid_data_dir(char** out) {
  return pairaid::capi::guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    *out = pairaid::capi::dup_string(pairaid::io::data_dir().string());
    return PAIRAID_OK;
  });
}
