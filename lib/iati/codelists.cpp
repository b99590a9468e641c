// Lookups over the generated tables (codelists_data.cpp); both are sorted, so binary search.
#include <pairaid/iati/codelists.hpp>

#include <algorithm>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

const Codelist* find_codelist(std::string_view name) noexcept {
  const auto lists = codelists();
  const auto it = std::lower_bound(lists.begin(), lists.end(), name,
                                   [](const Codelist& l, std::string_view n) { return l.name < n; });
  return it != lists.end() && it->name == name ? &*it : nullptr;
}

const CodelistEntry* find_code(const Codelist& list, std::string_view code) noexcept {
  const auto it = std::lower_bound(list.entries.begin(), list.entries.end(), code,
                                   [](const CodelistEntry& e, std::string_view c) { return e.code < c; });
  return it != list.entries.end() && it->code == code ? &*it : nullptr;
}

CodeStatus code_status(const Codelist& list, std::string_view code) noexcept {
  const CodelistEntry* entry = find_code(list, code);
  if (entry == nullptr) return CodeStatus::unknown;
  return entry->withdrawn ? CodeStatus::withdrawn : CodeStatus::active;
}

std::string_view code_name(std::string_view list, std::string_view code) noexcept {
  const Codelist* found = find_codelist(list);
  const CodelistEntry* entry = found != nullptr ? find_code(*found, code) : nullptr;
  return entry != nullptr ? entry->name : std::string_view{};
}

}  // namespace iati
PAIRAID_NAMESPACE_END
