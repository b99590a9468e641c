#include "io/json_cursor.hpp"

#include <boost/json/object.hpp>

#include <algorithm>
#include <limits>

namespace pairaid::io_detail {

namespace {

std::string quoted(std::string_view s) {
  // Built by append: GCC 12 at -O3 warns falsely (-Wrestrict, GCC PR 105329) on "\"" + std::string.
  constexpr std::size_t limit = 60;
  std::size_t cut = s.size();
  if (cut > limit) {
    cut = limit;  // not inside a UTF-8 sequence
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out;
  out.reserve(cut + 5);
  out.push_back('"');
  out.append(s.substr(0, cut));
  if (cut < s.size()) out.append("...");
  out.push_back('"');
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string list_words(const std::vector<std::string_view>& words) {
  std::string s;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) s += i + 1 == words.size() ? " or " : ", ";
    s += words[i];
  }
  return s;
}

// Strict decimal text as the format writes it: no '+', no leading zeros, no bare '.', no exponent.
bool is_plain_decimal(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  const std::size_t int_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  const std::size_t int_digits = i - int_start;
  if (int_digits == 0 || (int_digits > 1 && s[int_start] == '0')) return false;
  if (i == s.size()) return true;
  if (s[i] != '.') return false;
  const std::size_t frac_start = ++i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i == s.size() && i > frac_start;
}

}  // namespace

std::string closest_word(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string best;
  std::size_t best_distance = 3;  // more than two edits is a different word, not a typo
  for (std::string_view c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance && d < c.size()) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

// --- JsonNode ------------------------------------------------------------------------------------

void JsonNode::fail(std::string code, std::string message, errc category) const {
  throw ShapeError{pointer_, std::move(code), std::move(message), LocateTarget::value, category, false};
}

void JsonNode::fail_expected(std::string_view expected, std::string code) const {
  std::string message = "expected " + std::string(expected) + ", got ";
  bool append_found = false;
  switch (v_->kind()) {
    case boost::json::kind::null:
      message += "null (leave a member out when its value is unknown; null is not accepted)";
      break;
    case boost::json::kind::bool_: message += v_->get_bool() ? "true" : "false"; break;
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: append_found = true; break;  // quote the number as written
    case boost::json::kind::string: message += "the string " + quoted(v_->get_string()); break;
    case boost::json::kind::array: message += "an array"; break;
    case boost::json::kind::object: message += "an object"; break;
  }
  throw ShapeError{pointer_, std::move(code), std::move(message), LocateTarget::value, errc::parse, append_found};
}

void JsonNode::unknown_word(const std::string& found, std::string_view what, const std::string& expected,
                            const std::vector<std::string_view>& words) const {
  std::string message = "expected " + std::string(what) + ": " + expected + "; got " + quoted(found);
  if (std::string hint = closest_word(found, words); !hint.empty()) message += " (did you mean \"" + hint + "\"?)";
  fail("invalid_value", std::move(message));
}

JsonObject JsonNode::object(std::string_view what, std::initializer_list<std::string_view> members,
                            bool check_members) const {
  if (!v_->is_object()) fail_expected(std::string(what) + " (a JSON object)");
  JsonObject o(*this, what, members);
  if (check_members) o.check_members();
  return o;
}

std::vector<JsonNode> JsonNode::array() const {
  if (!v_->is_array()) fail_expected("an array");
  const auto& a = v_->get_array();
  std::vector<JsonNode> out;
  out.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) out.emplace_back(a[i], pointer_ + "/" + std::to_string(i));
  return out;
}

std::string JsonNode::string() const {
  if (!v_->is_string()) fail_expected("a string");
  return std::string(v_->get_string());
}

bool JsonNode::boolean() const {
  if (!v_->is_bool()) fail_expected("true or false");
  return v_->get_bool();
}

std::int64_t JsonNode::integer(std::string_view what, std::int64_t min, std::int64_t max) const {
  const std::string expected =
      std::string(what) + " (a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ")";
  if (v_->is_int64()) {
    const std::int64_t n = v_->get_int64();
    if (n < min || n > max) fail_expected(expected, "invalid_value");
    return n;
  }
  if (v_->is_uint64()) fail_expected(expected, "invalid_value");
  fail_expected(std::string(what) + " (a whole number without fraction or exponent)");
}

std::int64_t JsonNode::count() const {
  constexpr std::string_view expected = "a count (a whole number \u2265 0, no fraction or exponent)";
  if (v_->is_int64()) {
    if (v_->get_int64() < 0) {
      try {
        fail_expected(expected, "negative_count");
      } catch (ShapeError& e) {
        e.category = errc::invalid_data;  // well-formed, but no count is below zero
        throw;
      }
    }
    return v_->get_int64();
  }
  if (v_->is_uint64()) fail_expected("a count no larger than 9223372036854775807", "invalid_value");
  fail_expected(expected);
}

Date JsonNode::date() const {
  const std::string s = string();
  try {
    return parse_date(s);
  } catch (const error&) {
    fail("invalid_value", "expected a date as YYYY-MM-DD (a real calendar day), got " + quoted(s));
  }
}

Decimal JsonNode::decimal(std::string_view what) const {
  if (!v_->is_string())
    fail_expected(std::string(what) +
                  " as a decimal string such as \"1234.56\" (JSON numbers are not accepted: "
                  "many tools would turn them into binary floating point)");
  const std::string s(v_->get_string());
  const std::string expected = std::string(what) +
                               " as a decimal string such as \"1234.56\" (digits, an optional "
                               "'-', '.' and fraction digits; no exponent, '+' or grouping)";
  if (!is_plain_decimal(s)) fail("invalid_value", "expected " + expected + ", got " + quoted(s));
  Decimal d;
  if (auto r = Decimal::parse(s, d); !r)
    fail("invalid_value", "expected " + std::string(what) + " that a decimal can hold exactly, got " + quoted(s) +
                              ": " + std::string(to_string(r.status)));
  return d;
}

Currency JsonNode::currency() const {
  const std::string s = string();
  if (auto c = Currency::find(s)) return *c;
  fail("unknown_currency", "expected an ISO 4217 currency code such as \"CNY\" or \"USD\", got " + quoted(s),
       errc::unknown_currency);
}

AreaCode JsonNode::area_code() const {
  if (!v_->is_string()) fail_expected("a GB/T 2260 area code as a string of six digits, such as \"540228\"");
  const std::string s(v_->get_string());
  try {
    return AreaCode::parse(s);
  } catch (const error&) {
    fail("invalid_value",
         "expected a GB/T 2260 area code (six digits, the first not 0, such as \"540228\"), got " + quoted(s));
  }
}

SectorCode JsonNode::sector_code() const {
  if (!v_->is_string()) fail_expected("a DAC 5-digit sector code as a string, such as \"31161\"");
  const std::string s(v_->get_string());
  try {
    return SectorCode::parse(s);
  } catch (const error&) {
    fail("invalid_value", "expected a DAC 5-digit sector code (five digits, such as \"31161\"), got " + quoted(s));
  }
}

// --- JsonObject ----------------------------------------------------------------------------------

JsonObject::JsonObject(const JsonNode& node, std::string_view what, std::initializer_list<std::string_view> members)
    : node_(node), object_(&node.value().get_object()), what_(what), members_(members) {}

void JsonObject::check_members() const {
  for (const auto& member : *object_) {
    const std::string_view key = member.key();
    if (std::find(members_.begin(), members_.end(), key) != members_.end()) continue;
    std::string message = "unknown member " + quoted(key) + " in " + what_;
    if (std::string hint = closest_word(key, members_); !hint.empty()) message += "; did you mean \"" + hint + "\"?";
    message += " (" + what_ + " has " + list_words(members_) + ")";
    throw ShapeError{node_.pointer() + "/" + escape_pointer_token(key),
                     "unknown_member",
                     std::move(message),
                     LocateTarget::member_name,
                     errc::parse,
                     false};
  }
}

std::optional<JsonNode> JsonObject::optional(std::string_view name) const {
  if (const boost::json::value* v = object_->if_contains(name))
    return JsonNode(*v, node_.pointer() + "/" + escape_pointer_token(name));
  return std::nullopt;
}

JsonNode JsonObject::required(std::string_view name) const {
  if (auto n = optional(name)) return std::move(*n);
  node_.fail("missing_member", what_ + " needs the member \"" + std::string(name) + "\"");
}

std::string JsonObject::string(std::string_view name) const {
  auto n = optional(name);
  return n ? n->string() : std::string();
}

std::optional<Date> JsonObject::date(std::string_view name) const {
  auto n = optional(name);
  if (!n) return std::nullopt;
  return n->date();
}

std::vector<JsonNode> JsonObject::array(std::string_view name) const {
  auto n = optional(name);
  if (!n) return {};
  return n->array();
}

}  // namespace pairaid::io_detail
