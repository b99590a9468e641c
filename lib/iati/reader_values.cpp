#include "iati/reader_values.hpp"

#include <pairaid/iati/reader.hpp>

#include <array>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// "1".."max" -> the number; anything else 0.
int code_number(std::string_view s, int max) noexcept {
  if (s.empty() || s.size() > 2 || s[0] == '0') return 0;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v <= max ? v : 0;
}

}  // namespace

int transaction_type_code(std::string_view written) noexcept {
  // The 1.0x TransactionType codes in the order of their 2.0x numbers.
  static constexpr std::array<std::string_view, 10> letters{"IF", "C", "D", "E", "IR", "LR", "R", "QP", "QS", "CG"};
  for (std::size_t i = 0; i < letters.size(); ++i)
    if (written == letters[i]) return static_cast<int>(i) + 1;
  return code_number(written, 13);
}

namespace detail {

std::optional<Date> parse_iso_date(std::string_view text) {
  // The shape is checked first so that the common non-dates cost no exception.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  try {
    return parse_date(text);
  } catch (const error&) {
    return std::nullopt;  // e.g. 2023-02-30
  }
}

int activity_date_type(std::string_view written) noexcept {
  static constexpr std::array<std::string_view, 4> words{"start-planned", "start-actual", "end-planned", "end-actual"};
  for (std::size_t i = 0; i < words.size(); ++i)
    if (written == words[i]) return static_cast<int>(i) + 1;
  return code_number(written, 4);
}

std::optional<OrganisationRole> organisation_role(std::string_view written) noexcept {
  static constexpr std::array<std::string_view, 4> words{"funding", "accountable", "extending", "implementing"};
  int n = code_number(written, 4);
  for (std::size_t i = 0; n == 0 && i < words.size(); ++i)
    if (equal_ignoring_case(written, words[i])) n = static_cast<int>(i) + 1;
  if (n == 0) return std::nullopt;
  return static_cast<OrganisationRole>(n);
}

std::optional<int> small_integer(std::string_view written) noexcept {
  written = trim_xml_space(written);
  if (written.empty() || written.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : written) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace detail
}  // namespace iati
PAIRAID_NAMESPACE_END
