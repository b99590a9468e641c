#pragma once
// A second, tiny look at JSON text that Boost.JSON has already accepted. Boost.JSON keeps only the
// last of two members with one name and forgets where values were; this scanner walks the text
// itself to (a) find such duplicate names and (b) turn a JSON pointer back into the line and column
// of the value (or member name) it designates, so every diagnostic can say FILE:LINE:COL.
//
// It never allocates a tree and never recurses, so deep documents cannot exhaust the stack. It is
// meant for well-formed text; given anything else it stops early instead of reading out of bounds.
// Internal to lib/.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pairaid::io_detail {

// 1-based line and 1-based column in bytes; lines end at '\n'.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
  friend bool operator==(const TextPosition&, const TextPosition&) = default;
};
TextPosition position_of(std::string_view text, std::size_t offset);

// Positions of many offsets in one text: the line starts are found once, then each offset costs
// a binary search (position_of scans from the start every time).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  TextPosition at(std::size_t offset) const;

 private:
  std::vector<std::size_t> starts_;  // offset of the first byte of each line
  bool bom_ = false;
};

// RFC 6901: "a/b" -> "a~1b", "m~n" -> "m~0n".
std::string escape_pointer_token(std::string_view name);
// "/a~1b/0" -> {"a/b", "0"}; "" -> {}. Nothing for a malformed pointer (no leading '/', or a '~'
// not followed by 0 or 1).
std::optional<std::vector<std::string>> split_pointer(std::string_view pointer);

struct DuplicateMember {
  std::string pointer;        // of the second occurrence, e.g. "/batches/0/id"
  std::string name;           // the member name as decoded
  std::size_t first_offset;   // byte offset of the first occurrence's opening quote
  std::size_t second_offset;  // and of the second's
};
// The first object (in document order) that names one member twice, comparing names after
// decoding escapes ("a" and "\u0061" are one name).
std::optional<DuplicateMember> find_duplicate_member(std::string_view text);

enum class LocateTarget {
  value,        // the first byte of the value
  member_name,  // the opening quote of the member's name (for the value of an array item: the value)
};
struct Location {
  std::size_t offset = 0;  // into the text
  std::string pointer;     // the part of the asked pointer that exists (all of it when `exact`)
  bool exact = false;
};
// Where `pointer` is in `text`. When part of it does not exist (an omitted member, an index past
// the end), the nearest existing ancestor's value is given, with exact == false. A malformed
// pointer locates the root.
Location locate(std::string_view text, std::string_view pointer, LocateTarget target = LocateTarget::value);
// The values of many pointers, as locate() with LocateTarget::value would give them, in one pass
// over the text: reporting thousands of violations stays linear in the size of the file.
std::vector<Location> locate_all(std::string_view text, const std::vector<std::string>& pointers);

// The JSON token starting at `offset` (a number, literal, or a string with its quotes), at most
// `limit` bytes: to quote in messages what was found.
std::string token_at(std::string_view text, std::size_t offset, std::size_t limit = 40);

}  // namespace pairaid::io_detail
