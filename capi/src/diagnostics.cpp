// pairaid_diagnostics: every problem the loader found, kept instead of thrown. The loader reports
// all of them in one io::load_error; this only copies them out for C.
#include "handles.hpp"

#include <pairaid/io/dataset_json.hpp>

using pairaid::capi::emit;
using pairaid::capi::guard;

pairaid_diagnostics::pairaid_diagnostics(pairaid_status s, std::vector<pairaid::io::Diagnostic> d)
    : status(s), items(std::move(d)) {
  texts.reserve(items.size());
  for (const auto& item : items) texts.push_back(item.to_string());
  severities.assign(items.size(), "error");  // every dataset diagnostic stops the load
}

pairaid_diagnostics::pairaid_diagnostics(pairaid_status s, std::vector<pairaid::io::Diagnostic> d,
                                         std::vector<std::string> t, std::vector<const char*> sev)
    : status(s), items(std::move(d)), texts(std::move(t)), severities(std::move(sev)) {}

namespace {

// Runs `load`; a dataset that does not load becomes its diagnostics, anything else propagates.
template <class Load>
pairaid_status check(pairaid_diagnostics** out, Load&& load) {
  try {
    (void)load();
  } catch (const pairaid::io::load_error& e) {
    return emit(out, pairaid::capi::status_of(e.code()), e.diagnostics());
  }
  return emit(out, PAIRAID_OK, std::vector<pairaid::io::Diagnostic>{});
}

}  // namespace

extern "C" {

pairaid_status pairaid_dataset_check_file(pairaid_diagnostics** out, const char* path,
                                          const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(path);
    return check(out, [&] { return pairaid::io::load_dataset(path, pairaid::capi::policy_of(policy)); });
  });
}

pairaid_status pairaid_dataset_check_buffer(pairaid_diagnostics** out, const char* data, size_t size, const char* name,
                                            const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(data);
    return check(out, [&] {
      return pairaid::io::parse_dataset(std::string_view(data, size), name ? name : "<buffer>",
                                        pairaid::capi::policy_of(policy));
    });
  });
}

pairaid_status pairaid_diagnostics_status(pairaid_status* out, const pairaid_diagnostics* diagnostics) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(diagnostics);
    *out = diagnostics->status;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_diagnostics_count(size_t* out, const pairaid_diagnostics* diagnostics) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(diagnostics);
    *out = diagnostics->items.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_diagnostics_entry(const char** text, const char** message, const char** code,
                                         const char** pointer, size_t* line, size_t* column,
                                         const pairaid_diagnostics* diagnostics, size_t index) {
  return guard([&] {
    for (const char** s : {text, message, code, pointer})
      if (s) *s = nullptr;
    PAIRAID_REQUIRE(diagnostics);
    const auto& items = diagnostics->items;
    if (index >= items.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("diagnostic", index, items.size(), "diagnostics"));
    const pairaid::io::Diagnostic& d = items[index];
    if (text) *text = diagnostics->texts[index].c_str();
    if (message) *message = d.message.c_str();
    if (code) *code = d.code.c_str();
    if (pointer) *pointer = d.pointer.c_str();
    if (line) *line = d.line;
    if (column) *column = d.column;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_diagnostics_location(const char** file, const char** severity,
                                            const pairaid_diagnostics* diagnostics, size_t index) {
  return guard([&] {
    for (const char** s : {file, severity})
      if (s) *s = nullptr;
    PAIRAID_REQUIRE(diagnostics);
    if (index >= diagnostics->items.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range(
                                                        "diagnostic", index, diagnostics->items.size(), "diagnostics"));
    if (file) *file = diagnostics->items[index].file.c_str();
    if (severity) *severity = diagnostics->severities[index];
    return PAIRAID_OK;
  });
}

void pairaid_diagnostics_free(pairaid_diagnostics* diagnostics) { delete diagnostics; }

}  // extern "C"
