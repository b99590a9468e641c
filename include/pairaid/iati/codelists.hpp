#pragma once
// The IATI codelists, carried by the library: every list the Standard's mapping.xml names, each code
// with its English name (generated from data/iati/codelists by scripts/gen-iati-codelists.py into
// lib/iati/codelists_data.cpp), so validating and printing names beside codes need no files at run
// time. Codes are compared exactly, as bytes.
#include <pairaid/core/error.hpp>

#include <span>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

struct CodelistEntry {
  std::string_view code;
  std::string_view name;   // English, as the codelist names it ("Disbursement"); "" where it has none
  bool withdrawn = false;  // still recognised, but no longer to be used
};

struct Codelist {
  std::string_view name;                   // e.g. "Currency", "Sector"
  std::string_view origin;                 // "embedded" (fixed per version of the Standard) or "non-embedded"
  bool complete = true;                    // false: the list says codes outside it may be valid (Country, Language ...)
  std::span<const CodelistEntry> entries;  // sorted by code, byte order
};

// Every codelist the library carries, sorted by name.
std::span<const Codelist> codelists() noexcept;

// The named list, or nullptr.
const Codelist* find_codelist(std::string_view name) noexcept;

enum class CodeStatus { unknown, active, withdrawn };
CodeStatus code_status(const Codelist& list, std::string_view code) noexcept;

// The entry for `code` in `list`, or nullptr.
const CodelistEntry* find_code(const Codelist& list, std::string_view code) noexcept;

// The name of `code` in the named list ("TransactionType", "3" -> "Disbursement"); "" when the list
// or the code is unknown or the code has no name.
std::string_view code_name(std::string_view list, std::string_view code) noexcept;

}  // namespace iati
PAIRAID_NAMESPACE_END
