#include "io/json_locator.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace pairaid::io_detail {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// A cursor over JSON text. Every read is bounds-checked; a false return means the text is not
// what well-formed JSON would have here, and callers give up.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : t_(text) {
    if (t_.starts_with(kBom)) pos_ = kBom.size();
  }

  std::size_t pos() const noexcept { return pos_; }
  char peek() const noexcept { return pos_ < t_.size() ? t_[pos_] : '\0'; }
  void advance() noexcept { ++pos_; }
  bool consume(char c) noexcept {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }

  void skip_whitespace() noexcept {
    while (pos_ < t_.size() && (t_[pos_] == ' ' || t_[pos_] == '\t' || t_[pos_] == '\n' || t_[pos_] == '\r')) ++pos_;
  }

  // At a '"': reads the string, decoding escapes into `out` when given.
  bool string(std::string* out) {
    if (!consume('"')) return false;
    while (pos_ < t_.size()) {
      const char c = t_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        if (out) out->push_back(c);
        continue;
      }
      if (pos_ >= t_.size()) return false;
      const char e = t_[pos_++];
      char plain = 0;
      switch (e) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          // A high surrogate followed by an escaped low one is one code point.
          if (cp >= 0xD800 && cp <= 0xDBFF && t_.substr(pos_, 2) == "\\u") {
            const std::size_t save = pos_;
            pos_ += 2;
            std::uint32_t low = 0;
            if (hex4(low) && low >= 0xDC00 && low <= 0xDFFF)
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else
              pos_ = save;
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a lone surrogate names no character
          if (out) append_utf8(*out, cp);
          continue;
        }
        default: return false;
      }
      if (out) out->push_back(plain);
    }
    return false;
  }

  // Numbers and the literals true, false, null.
  bool scalar() noexcept {
    const std::size_t start = pos_;
    while (pos_ < t_.size() && is_scalar_char(t_[pos_])) ++pos_;
    return pos_ > start;
  }

  // Any value, without recursion: containers are skipped by counting brackets outside strings.
  bool skip_value() {
    skip_whitespace();
    const char c = peek();
    if (c == '"') return string(nullptr);
    if (c != '{' && c != '[') return scalar();
    std::size_t depth = 0;
    while (pos_ < t_.size()) {
      const char d = t_[pos_];
      if (d == '"') {
        if (!string(nullptr)) return false;
        continue;
      }
      ++pos_;
      if (d == '{' || d == '[')
        ++depth;
      else if ((d == '}' || d == ']') && --depth == 0)
        return true;
    }
    return false;
  }

 private:
  static bool is_scalar_char(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+' ||
           c == '.';
  }
  bool hex4(std::uint32_t& v) noexcept {
    if (pos_ + 4 > t_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = t_[pos_++];
      v <<= 4;
      if (h >= '0' && h <= '9')
        v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f')
        v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F')
        v |= static_cast<std::uint32_t>(h - 'A' + 10);
      else
        return false;
    }
    return true;
  }
  static void append_utf8(std::string& out, std::uint32_t cp) {
    auto byte = [&](std::uint32_t b) { out.push_back(static_cast<char>(static_cast<unsigned char>(b))); };
    if (cp < 0x80) {
      byte(cp);
    } else if (cp < 0x800) {
      byte(0xC0 | (cp >> 6));
      byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      byte(0xE0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 0x3F));
      byte(0x80 | (cp & 0x3F));
    } else {
      byte(0xF0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 0x3F));
      byte(0x80 | ((cp >> 6) & 0x3F));
      byte(0x80 | (cp & 0x3F));
    }
  }

  std::string_view t_;
  std::size_t pos_ = 0;
};

// "0", "12": an array index as RFC 6901 spells it (no sign, no leading zero).
std::optional<std::size_t> array_index(std::string_view token) {
  if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  std::size_t v = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  return v;
}

}  // namespace

TextPosition position_of(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  TextPosition p;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  p.column = offset - line_start + 1;
  // Editors do not count a byte-order mark as a column.
  if (p.line == 1 && text.starts_with(kBom) && p.column > kBom.size()) p.column -= kBom.size();
  return p;
}

LineIndex::LineIndex(std::string_view text) : bom_(text.starts_with(kBom)) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

TextPosition LineIndex::at(std::size_t offset) const {
  // The last line starting at or before `offset`.
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
  TextPosition p{static_cast<std::size_t>(it - starts_.begin()) + 1, offset - *it + 1};
  if (p.line == 1 && bom_ && p.column > kBom.size()) p.column -= kBom.size();
  return p;
}

std::string escape_pointer_token(std::string_view name) {
  std::string s;
  s.reserve(name.size());
  for (char c : name) {
    if (c == '~')
      s += "~0";
    else if (c == '/')
      s += "~1";
    else
      s += c;
  }
  return s;
}

std::optional<std::vector<std::string>> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer.front() != '/') return std::nullopt;
  std::string token;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(std::move(token));
      token.clear();
    } else if (pointer[i] == '~') {
      if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return std::nullopt;
      token += pointer[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      token += pointer[i];
    }
  }
  return tokens;
}

std::optional<DuplicateMember> find_duplicate_member(std::string_view text) {
  // One frame per open container: the names an object has shown (with where), or an array's index.
  struct Frame {
    bool object = false;
    std::unordered_map<std::string, std::size_t> names;
    std::string key;  // the member being read
    std::size_t index = 0;
  };
  std::vector<Frame> stack;
  Scanner s(text);
  enum class Next { value, member, after_value } next = Next::value;
  for (;;) {
    s.skip_whitespace();
    if (next == Next::value) {
      const char c = s.peek();
      if (c == '{' || c == '[') {
        s.advance();
        stack.push_back(Frame{c == '{', {}, {}, 0});
        s.skip_whitespace();
        if (s.consume(c == '{' ? '}' : ']')) {
          stack.pop_back();
          next = Next::after_value;
        } else {
          next = c == '{' ? Next::member : Next::value;
        }
        continue;
      }
      if (!(c == '"' ? s.string(nullptr) : s.scalar())) return std::nullopt;
      next = Next::after_value;
    } else if (next == Next::member) {
      const std::size_t at = s.pos();
      std::string name;
      if (!s.string(&name)) return std::nullopt;
      Frame& f = stack.back();
      auto [it, fresh] = f.names.emplace(name, at);
      if (!fresh) {
        std::string pointer;
        for (std::size_t i = 0; i + 1 < stack.size(); ++i)
          pointer += "/" + (stack[i].object ? escape_pointer_token(stack[i].key) : std::to_string(stack[i].index));
        pointer += "/" + escape_pointer_token(name);
        return DuplicateMember{std::move(pointer), std::move(name), it->second, at};
      }
      f.key = std::move(name);
      s.skip_whitespace();
      if (!s.consume(':')) return std::nullopt;
      next = Next::value;
    } else {  // after a value: a separator, the end of its container, or the end of the text
      if (stack.empty()) return std::nullopt;
      Frame& f = stack.back();
      if (s.consume(',')) {
        if (f.object)
          next = Next::member;
        else {
          ++f.index;
          next = Next::value;
        }
      } else if (s.consume(f.object ? '}' : ']')) {
        stack.pop_back();
      } else {
        return std::nullopt;
      }
    }
  }
}

Location locate(std::string_view text, std::string_view pointer, LocateTarget target) {
  Scanner s(text);
  s.skip_whitespace();
  Location here{s.pos(), "", true};
  // Of the last step's member name; npos when the last step was an array index.
  std::size_t name_offset = std::string_view::npos;
  const auto tokens = split_pointer(pointer);
  if (!tokens) {
    here.exact = false;
    return here;
  }
  auto not_found = [&] {
    here.exact = false;
    return here;
  };
  for (const std::string& token : *tokens) {
    const char c = s.peek();
    if (c == '{') {
      s.advance();
      bool found = false;
      for (;;) {
        s.skip_whitespace();
        if (s.peek() != '"') return not_found();  // '}' (no such member) or not JSON
        const std::size_t at = s.pos();
        std::string name;
        if (!s.string(&name)) return not_found();
        s.skip_whitespace();
        if (!s.consume(':')) return not_found();
        s.skip_whitespace();
        if (name == token) {
          name_offset = at;
          found = true;
          break;
        }
        if (!s.skip_value()) return not_found();
        s.skip_whitespace();
        if (!s.consume(',')) return not_found();
      }
      if (!found) return not_found();
    } else if (c == '[') {
      const auto index = array_index(token);
      if (!index) return not_found();
      s.advance();
      s.skip_whitespace();
      if (s.peek() == ']') return not_found();
      for (std::size_t i = 0; i < *index; ++i) {
        if (!s.skip_value()) return not_found();
        s.skip_whitespace();
        if (!s.consume(',')) return not_found();
        s.skip_whitespace();
      }
      name_offset = std::string_view::npos;
    } else {
      return not_found();  // a scalar has no members
    }
    here.offset = s.pos();
    here.pointer += "/" + escape_pointer_token(token);
  }
  if (target == LocateTarget::member_name && name_offset != std::string_view::npos) here.offset = name_offset;
  return here;
}

std::vector<Location> locate_all(std::string_view text, const std::vector<std::string>& pointers) {
  // Pointers in one spelling (a token escaped the same way whoever wrote it), and every ancestor
  // of each, since a pointer that does not exist falls back to its nearest existing ancestor.
  std::vector<std::string> canonical(pointers.size());
  std::unordered_map<std::string, std::size_t> found;  // wanted pointer -> offset, npos until seen
  constexpr std::size_t unseen = std::string_view::npos;
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    const auto tokens = split_pointer(pointers[i]);
    if (!tokens) continue;  // malformed: locates the root, as locate() does
    std::string p;
    found.emplace(p, unseen);
    for (const std::string& t : *tokens) {
      p += "/" + escape_pointer_token(t);
      found.emplace(p, unseen);
    }
    canonical[i] = std::move(p);
  }

  // One walk over the text, keeping the pointer of the value at hand.
  struct Frame {
    bool object = false;
    std::size_t index = 0;
    std::size_t pointer_length = 0;  // of the container itself
  };
  std::vector<Frame> stack;
  std::string path;
  Scanner s(text);
  s.skip_whitespace();
  const std::size_t root = s.pos();
  enum class Next { value, member, after_value } next = Next::value;
  bool well_formed = true;
  while (well_formed) {
    s.skip_whitespace();
    if (next == Next::value) {
      if (auto it = found.find(path); it != found.end() && it->second == unseen) it->second = s.pos();
      const char c = s.peek();
      if (c == '{' || c == '[') {
        s.advance();
        stack.push_back(Frame{c == '{', 0, path.size()});
        s.skip_whitespace();
        if (s.consume(c == '{' ? '}' : ']')) {
          stack.pop_back();
          next = Next::after_value;
        } else if (c == '{') {
          next = Next::member;
        } else {
          path += "/0";
        }
        continue;
      }
      well_formed = c == '"' ? s.string(nullptr) : s.scalar();
      next = Next::after_value;
    } else if (next == Next::member) {
      std::string name;
      well_formed = s.string(&name);
      path.resize(stack.back().pointer_length);
      path += "/" + escape_pointer_token(name);
      s.skip_whitespace();
      well_formed = well_formed && s.consume(':');
      next = Next::value;
    } else {
      if (stack.empty()) break;
      Frame& f = stack.back();
      if (s.consume(',')) {
        if (f.object) {
          next = Next::member;
        } else {
          path.resize(f.pointer_length);
          path += "/" + std::to_string(++f.index);
          next = Next::value;
        }
      } else if (s.consume(f.object ? '}' : ']')) {
        path.resize(f.pointer_length);
        stack.pop_back();
      } else {
        well_formed = false;
      }
    }
  }

  std::vector<Location> out;
  out.reserve(pointers.size());
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    std::string p = canonical[i];
    bool exact = !p.empty() || pointers[i].empty();
    for (;;) {
      auto it = found.find(p);
      if (it != found.end() && it->second != unseen) {
        out.push_back(Location{it->second, p, exact});
        break;
      }
      if (p.empty()) {
        out.push_back(Location{root, "", false});
        break;
      }
      p.resize(p.rfind('/'));
      exact = false;
    }
  }
  return out;
}

std::string token_at(std::string_view text, std::size_t offset, std::size_t limit) {
  if (offset >= text.size()) return {};
  std::size_t end = offset;
  if (text[offset] == '"') {
    Scanner s(text.substr(offset));
    end = s.string(nullptr) ? offset + s.pos() : text.size();
  } else {
    while (end < text.size() && text[end] != ',' && text[end] != ']' && text[end] != '}' && text[end] != ' ' &&
           text[end] != '\t' && text[end] != '\r' && text[end] != '\n')
      ++end;
  }
  if (end - offset > limit) {
    std::size_t cut = offset + limit;  // not inside a UTF-8 sequence
    while (cut > offset && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(offset, cut - offset)) + "...";
  }
  return std::string(text.substr(offset, end - offset));
}

}  // namespace pairaid::io_detail
