#pragma once
// Typed, located reads from a Boost.JSON value tree. A JsonNode is a value together with its JSON
// pointer; every read says what it expected, and a value that is not that throws ShapeError
// carrying the pointer, a stable code and the message. The reader turns the pointer into
// FILE:LINE:COL only then (json_locator.hpp), so the normal path pays nothing for positions.
// Internal to lib/.
#include "io/json_locator.hpp"

#include <pairaid/core/decimal.hpp>
#include <pairaid/core/currency.hpp>
#include <pairaid/core/error.hpp>
#include <pairaid/core/period.hpp>
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/ids.hpp>

#include <boost/json/value.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pairaid::io_detail {

// A value of the wrong shape: located and reported by the caller.
struct ShapeError {
  std::string pointer;
  std::string code;     // "type", "unknown_member", "missing_member", "invalid_value", ...
  std::string message;  // what was expected and what was found
  LocateTarget target = LocateTarget::value;
  errc category = errc::parse;
  bool append_found = false;  // the message ends with "got " and wants the source text of the value
};

// The closest of `candidates` to `word` within two edits, for "did you mean" hints; empty if none.
std::string closest_word(std::string_view word, const std::vector<std::string_view>& candidates);

class JsonObject;

class JsonNode {
 public:
  JsonNode(const boost::json::value& value, std::string pointer) : v_(&value), pointer_(std::move(pointer)) {}

  const boost::json::value& value() const noexcept { return *v_; }
  const std::string& pointer() const noexcept { return pointer_; }

  [[noreturn]] void fail(std::string code, std::string message, errc category = errc::parse) const;
  // "expected <expected>, got <what this is>"
  [[noreturn]] void fail_expected(std::string_view expected, std::string code = "type") const;

  // An object whose members must all be among `members` (in the documented order, for messages).
  // `what` names it in messages ("a batch"). With check_members false the caller calls
  // JsonObject::check_members itself (to read a version before judging the rest).
  JsonObject object(std::string_view what, std::initializer_list<std::string_view> members,
                    bool check_members = true) const;
  std::vector<JsonNode> array() const;

  std::string string() const;
  bool boolean() const;
  // A JSON integer (no fraction, no exponent) within [min, max]; `what` says what it counts.
  std::int64_t integer(std::string_view what, std::int64_t min, std::int64_t max) const;
  // A whole number >= 0 counting something; a negative one is negative_count.
  std::int64_t count() const;
  template <class E, std::size_t N>
  E word(const EnumNames<E, N>& names, std::string_view what) const {
    const std::string s = string();
    if (auto e = names.parse(s)) return *e;
    std::vector<std::string_view> words(names.words.begin(), names.words.end());
    unknown_word(s, what, names.expected(), words);
  }
  Date date() const;
  // A decimal written as a string: -?(0|[1-9][0-9]*)(.[0-9]+)?, at most 9 fraction digits.
  Decimal decimal(std::string_view what) const;
  Currency currency() const;
  AreaCode area_code() const;
  SectorCode sector_code() const;
  template <class IdT>
  IdT id() const {
    return IdT(string());
  }

 private:
  [[noreturn]] void unknown_word(const std::string& found, std::string_view what, const std::string& expected,
                                 const std::vector<std::string_view>& words) const;
  const boost::json::value* v_;
  std::string pointer_;
};

class JsonObject {
 public:
  JsonObject(const JsonNode& node, std::string_view what, std::initializer_list<std::string_view> members);

  const JsonNode& node() const noexcept { return node_; }
  // Throws unknown_member for the first member (in document order) not in the list.
  void check_members() const;

  std::optional<JsonNode> optional(std::string_view name) const;
  JsonNode required(std::string_view name) const;

  // Shorthands for the common optional members. An absent string reads as "", an absent array
  // as no items.
  std::string string(std::string_view name) const;
  std::optional<Date> date(std::string_view name) const;
  std::vector<JsonNode> array(std::string_view name) const;
  template <class IdT>
  std::vector<IdT> ids(std::string_view name) const {
    std::vector<IdT> out;
    for (const JsonNode& item : array(name)) out.push_back(item.id<IdT>());
    return out;
  }

 private:
  JsonNode node_;
  const boost::json::object* object_;
  std::string what_;
  std::vector<std::string_view> members_;
};

}  // namespace pairaid::io_detail
