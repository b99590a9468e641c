#include "iati/export_checks.hpp"

#include <pairaid/core/period.hpp>

#include <cstddef>
#include <string>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// `n` digits at `at` as a number, or -1.
int digits_at(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

bool is_xsd_datetime(std::string_view s) {
  if (!s.empty() && s.front() == '-') return false;  // years before 1 CE are not dates anyone exports
  if (s.size() < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
  try {
    (void)parse_date(s.substr(0, 10));
  } catch (const error&) {
    return false;
  }
  const int hour = digits_at(s, 11, 2), minute = digits_at(s, 14, 2), second = digits_at(s, 17, 2);
  if (hour < 0 || minute < 0 || second < 0 || minute > 59 || second > 59) return false;
  if (hour > 24 || (hour == 24 && (minute != 0 || second != 0))) return false;
  std::size_t i = 19;
  if (i < s.size() && s[i] == '.') {
    const std::size_t first = ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == first) return false;
    if (hour == 24)
      for (std::size_t k = first; k < i; ++k)
        if (s[k] != '0') return false;
  }
  if (i == s.size()) return true;
  if (s[i] == 'Z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  if (s.size() != i + 6 || s[i + 3] != ':') return false;
  const int zone_hours = digits_at(s, i + 1, 2), zone_minutes = digits_at(s, i + 4, 2);
  if (zone_hours < 0 || zone_minutes < 0 || zone_minutes > 59) return false;
  return zone_hours < 14 || (zone_hours == 14 && zone_minutes == 0);
}

bool is_xsd_boolean(std::string_view s) { return s == "true" || s == "false" || s == "1" || s == "0"; }

bool is_positive_integer(std::string_view s) {
  if (s.empty() || s.size() > 18) return false;
  bool non_zero = false;
  for (char c : s) {
    if (!is_digit(c)) return false;
    non_zero = non_zero || c != '0';
  }
  return non_zero;
}

bool is_xml_lang(std::string_view s) {
  if (s.empty()) return true;
  std::size_t part = 0, length = 0;
  for (char c : s) {
    if (c == '-') {
      if (length == 0) return false;
      ++part;
      length = 0;
      continue;
    }
    if (!(is_alpha(c) || (part > 0 && is_digit(c)))) return false;
    if (++length > 8) return false;
  }
  return length > 0;
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
