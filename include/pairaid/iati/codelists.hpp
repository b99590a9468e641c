#pragma once
// The IATI codelists validation checks codes against, carried by the library (generated from the
// Standard's codelist XML by scripts/gen-iati-codelists.py into lib/iati/codelists_data.cpp), so
// validating needs no files at run time. Codes are compared exactly, as bytes.
#include <pairaid/core/error.hpp>

#include <span>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

struct CodelistEntry {
  std::string_view code;
  bool withdrawn = false;  // still recognised, but no longer to be used
};

struct Codelist {
  std::string_view name;                   // e.g. "Currency", "Sector"
  std::string_view origin;                 // "embedded" (fixed per version of the Standard) or "non-embedded"
  std::span<const CodelistEntry> entries;  // sorted by code, byte order
};

// Every codelist the library carries, sorted by name.
std::span<const Codelist> codelists() noexcept;

// The named list, or nullptr.
const Codelist* find_codelist(std::string_view name) noexcept;

enum class CodeStatus { unknown, active, withdrawn };
CodeStatus code_status(const Codelist& list, std::string_view code) noexcept;

}  // namespace iati
PAIRAID_NAMESPACE_END
