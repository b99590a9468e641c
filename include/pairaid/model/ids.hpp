#pragma once
// Identifiers of the model's entities. Each entity has its own id type, so a batch id cannot be
// passed where an organisation id is expected; and an area is identified by its GB/T 2260 code,
// which is a value with a format, not a free string.
#include <pairaid/core/error.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

PAIRAID_NAMESPACE_BEGIN

// A string id tagged with the entity it names. Built explicitly: Id<...>("batch-01").
template <class Tag>
class Id {
 public:
  Id() = default;
  explicit Id(std::string value) : value_(std::move(value)) {}

  const std::string& str() const noexcept { return value_; }
  bool empty() const noexcept { return value_.empty(); }

  friend auto operator<=>(const Id&, const Id&) = default;
  friend bool operator==(const Id&, const Id&) = default;

 private:
  std::string value_;
};

using SourceId = Id<struct SourceTag>;
using OrganisationId = Id<struct OrganisationTag>;
using ProgramId = Id<struct ProgramTag>;
using BatchId = Id<struct BatchTag>;
using ProjectId = Id<struct ProjectTag_>;
using TransactionId = Id<struct TransactionTag>;
using IndicatorId = Id<struct IndicatorTag>;
using DispatchId = Id<struct DispatchTag>;

// Why an id text is not acceptable, or nothing: 1 to 128 bytes, no control characters, no
// leading or trailing space (ids are compared byte for byte; invisible differences would split one
// entity into two).
inline std::string_view id_text_problem(std::string_view text) noexcept {
  if (text.empty()) return "an id must not be empty";
  if (text.size() > 128) return "an id is at most 128 bytes";
  if (text.front() == ' ' || text.back() == ' ') return "an id must not start or end with a space";
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "an id must not contain control characters";
  return {};
}

namespace detail {
// `digits` ASCII digits, the first not 0, as a number; nullopt for anything else.
constexpr std::optional<std::uint32_t> fixed_digits(std::string_view text, std::size_t digits) noexcept {
  if (text.size() != digits || text[0] < '1' || text[0] > '9') return std::nullopt;
  std::uint32_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return v;
}
}  // namespace detail

// A six-digit GB/T 2260 administrative division code: 540000 is Xizang, 540228 Bainang county.
class AreaCode {
 public:
  // "540228" -> AreaCode; anything but six ASCII digits with a non-zero first digit is errc::parse.
  static AreaCode parse(std::string_view text) {
    if (auto v = detail::fixed_digits(text, 6)) return AreaCode(*v);
    throw error(errc::parse, "'" + std::string(text) + "' is not a GB/T 2260 code (six digits, e.g. 540228)");
  }
  // 540228 -> AreaCode; a number that is not six digits is errc::invalid_argument.
  static AreaCode of(std::uint32_t code) {
    if (code < 100000 || code > 999999)
      throw error(errc::invalid_argument, std::to_string(code) + " is not a GB/T 2260 code (six digits)");
    return AreaCode(code);
  }
  // The code as a number (540228).
  constexpr std::uint32_t value() const noexcept { return code_; }
  std::string to_string() const { return std::to_string(code_); }

  friend constexpr auto operator<=>(AreaCode, AreaCode) = default;

 private:
  constexpr explicit AreaCode(std::uint32_t code) noexcept : code_(code) {}
  std::uint32_t code_ = 0;
};

// A DAC 5-digit purpose code (OECD CRS), e.g. 31161 food crop production.
class SectorCode {
 public:
  static SectorCode parse(std::string_view text) {
    if (auto v = detail::fixed_digits(text, 5)) return SectorCode(*v);
    throw error(errc::parse, "'" + std::string(text) + "' is not a DAC 5-digit sector code (e.g. 31161)");
  }
  static SectorCode of(std::uint32_t code) {
    if (code < 10000 || code > 99999)
      throw error(errc::invalid_argument, std::to_string(code) + " is not a DAC 5-digit sector code");
    return SectorCode(code);
  }
  constexpr std::uint32_t value() const noexcept { return code_; }
  std::string to_string() const { return std::to_string(code_); }

  friend constexpr auto operator<=>(SectorCode, SectorCode) = default;

 private:
  constexpr explicit SectorCode(std::uint32_t code) noexcept : code_(code) {}
  std::uint32_t code_ = 0;
};

PAIRAID_NAMESPACE_END

template <class Tag>
struct std::hash<pairaid::Id<Tag>> {
  std::size_t operator()(const pairaid::Id<Tag>& id) const noexcept { return std::hash<std::string>{}(id.str()); }
};
template <>
struct std::hash<pairaid::AreaCode> {
  std::size_t operator()(pairaid::AreaCode c) const noexcept { return std::hash<std::uint32_t>{}(c.value()); }
};
