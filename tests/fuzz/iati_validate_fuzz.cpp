// libFuzzer target for IATI validation (pairaid::iati::validate_buffer). Validation reports; it must
// not throw on any document, so nothing is caught here: an exception, a sanitizer report or a
// broken promise below is a crash. Checked beyond "no crash", as validate.hpp promises:
// - a document that is not well-formed yields exactly one finding, code "xml";
// - findings are in document order (line, then column) and each names the file, a code and a message.
//
// The XSD step compiles the schema on every call (tens of milliseconds), which would starve the
// fuzzer, so it runs only for inputs whose length is a multiple of 8 and only when
// PAIRAID_IATI_SCHEMAS names the schema directory (scripts/run-fuzz sets it to the shared copy).
// The choice depends on the input alone, so a crashing input reproduces.
#include <pairaid/core/period.hpp>
#include <pairaid/iati/validate.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace {

namespace iati = pairaid::iati;

constexpr std::string_view file_name = "fuzz.xml";

std::optional<std::filesystem::path> schema_dir_from_environment() {
  const char* dir = std::getenv("PAIRAID_IATI_SCHEMAS");
  if (dir == nullptr || *dir == '\0') return std::nullopt;
  return std::filesystem::path(dir);
}

[[noreturn]] void broken(const char* promise) {
  std::fprintf(stderr, "iati_validate_fuzz: broken promise: %s\n", promise);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::optional<std::filesystem::path> schemas = schema_dir_from_environment();
  iati::ValidateOptions options;
  options.as_of = pairaid::parse_date("2026-01-01");  // fixed: a fuzz run must not depend on the clock
  // The XSD step on a deterministic eighth of inputs (from $PAIRAID_IATI_SCHEMAS, else the bundled
  // schemas); the rest skip it, which keeps the run fast.
  if (size % 8 == 0)
    options.schema_dir = schemas;
  else
    options.skip_schema = true;

  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const std::vector<iati::Finding> findings = iati::validate_buffer(xml, file_name, options);

  for (std::size_t i = 0; i < findings.size(); ++i) {
    const iati::Finding& f = findings[i];
    if (f.code == "xml" && findings.size() != 1) broken("a not-well-formed document has exactly one finding");
    if (f.file != file_name) broken("every finding names the file");
    if (f.code.empty() || f.message.empty()) broken("every finding has a code and a message");
    if (i > 0) {
      const iati::Finding& p = findings[i - 1];
      if (p.line > f.line || (p.line == f.line && p.column > f.column)) broken("findings are in document order");
    }
    if (f.to_string().empty()) broken("a finding prints");
  }
  return 0;
}
