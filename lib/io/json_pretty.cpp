#include "io/json_pretty.hpp"

#include <boost/json/serialize.hpp>

namespace pairaid::io_detail {

namespace {

constexpr std::size_t kLineLimit = 100;  // columns a one-line container may reach

bool is_container(const boost::json::value& v) { return v.is_object() || v.is_array(); }

bool holds_only_scalars(const boost::json::value& v) {
  if (v.is_object()) {
    for (const auto& m : v.get_object())
      if (is_container(m.value())) return false;
    return true;
  }
  for (const auto& item : v.get_array())
    if (is_container(item)) return false;
  return true;
}

std::string key_text(boost::json::string_view key) { return boost::json::serialize(boost::json::string(key)); }

// The container on one line: {"a": 1, "b": "x"} or ["a", "b"].
std::string one_line(const boost::json::value& v) {
  std::string s;
  if (v.is_object()) {
    s += '{';
    bool first = true;
    for (const auto& m : v.get_object()) {
      if (!first) s += ", ";
      first = false;
      s += key_text(m.key()) + ": " + boost::json::serialize(m.value());
    }
    s += '}';
  } else {
    s += '[';
    bool first = true;
    for (const auto& item : v.get_array()) {
      if (!first) s += ", ";
      first = false;
      s += boost::json::serialize(item);
    }
    s += ']';
  }
  return s;
}

// Appends `v`, which starts at column `column` (0-based) of a line indented by `indent` spaces.
void print(std::string& out, const boost::json::value& v, std::size_t indent, std::size_t column) {
  if (!is_container(v)) {
    out += boost::json::serialize(v);
    return;
  }
  const bool empty = v.is_object() ? v.get_object().empty() : v.get_array().empty();
  if (empty) {
    out += v.is_object() ? "{}" : "[]";
    return;
  }
  if (holds_only_scalars(v)) {
    std::string line = one_line(v);
    if (column + line.size() + 1 <= kLineLimit) {  // +1 for a following comma
      out += line;
      return;
    }
  }
  const std::string inner(indent + 2, ' ');
  if (v.is_object()) {
    out += "{\n";
    bool first = true;
    for (const auto& m : v.get_object()) {
      if (!first) out += ",\n";
      first = false;
      const std::string key = key_text(m.key()) + ": ";
      out += inner + key;
      print(out, m.value(), indent + 2, inner.size() + key.size());
    }
    out += "\n" + std::string(indent, ' ') + "}";
  } else {
    out += "[\n";
    bool first = true;
    for (const auto& item : v.get_array()) {
      if (!first) out += ",\n";
      first = false;
      out += inner;
      print(out, item, indent + 2, inner.size());
    }
    out += "\n" + std::string(indent, ' ') + "]";
  }
}

}  // namespace

std::string pretty_json(const boost::json::value& value) {
  std::string out;
  print(out, value, 0, 0);
  out += '\n';
  return out;
}

}  // namespace pairaid::io_detail
