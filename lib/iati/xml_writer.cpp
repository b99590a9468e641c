#include "iati/xml_writer.hpp"

#include <pairaid/core/error.hpp>

#include <ostream>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {
namespace {

// Length of the UTF-8 sequence starting at s[i] and its code point, or 0 when the bytes there are
// not a well-formed sequence (overlong forms, surrogates and values above U+10FFFF included).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  std::size_t n = 0;
  char32_t min = 0;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// The XML 1.0 Char production.
bool is_xml_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

std::uint64_t append_escaped(std::string& out, std::string_view text, bool attribute) {
  std::uint64_t dropped = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(text, i, cp);
    if (n == 0) {  // a stray byte: drop it and resynchronise on the next one
      ++dropped;
      ++i;
      continue;
    }
    if (!is_xml_char(cp)) {
      ++dropped;
    } else if (cp == '&') {
      out += "&amp;";
    } else if (cp == '<') {
      out += "&lt;";
    } else if (cp == '>') {
      out += "&gt;";
    } else if (attribute && cp == '"') {
      out += "&quot;";
    } else if (cp == '\r') {
      out += "&#13;";  // a literal CR would be normalised away by any parser, in text too
    } else if (attribute && cp == '\t') {
      out += "&#9;";
    } else if (attribute && cp == '\n') {
      out += "&#10;";
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return dropped;
}

XmlWriter::XmlWriter(std::ostream& out) : out_(out) {}

void XmlWriter::declaration() { buffer_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlWriter::indent() {
  buffer_ += '\n';
  buffer_.append(2 * open_.size(), ' ');
}

void XmlWriter::end_start_tag() {
  if (in_start_tag_) {
    buffer_ += '>';
    in_start_tag_ = false;
  }
}

void XmlWriter::open(std::string_view name) {
  end_start_tag();
  if (!open_.empty()) {
    open_.back().has_children = true;
    indent();
  }
  buffer_ += '<';
  buffer_ += name;
  open_.push_back(Open{std::string(name), false});
  in_start_tag_ = true;
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  if (!in_start_tag_)
    throw error(errc::invalid_argument, "XmlWriter: attribute '" + std::string(name) + "' after content");
  buffer_ += ' ';
  buffer_ += name;
  buffer_ += "=\"";
  dropped_ += append_escaped(buffer_, value, true);
  buffer_ += '"';
}

void XmlWriter::text(std::string_view text) {
  if (open_.empty()) throw error(errc::invalid_argument, "XmlWriter: text outside any element");
  end_start_tag();
  dropped_ += append_escaped(buffer_, text, false);
}

void XmlWriter::close() {
  if (open_.empty()) throw error(errc::invalid_argument, "XmlWriter: close() with no open element");
  Open element = std::move(open_.back());
  open_.pop_back();
  if (in_start_tag_) {
    buffer_ += "/>";
    in_start_tag_ = false;
  } else {
    if (element.has_children) indent();
    buffer_ += "</";
    buffer_ += element.name;
    buffer_ += '>';
  }
  if (buffer_.size() >= (1u << 16)) flush();
}

void XmlWriter::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  if (!out_) throw error(errc::io, "the XML output could not be written");
}

void XmlWriter::finish() {
  if (!open_.empty()) throw error(errc::invalid_argument, "XmlWriter: <" + open_.back().name + "> left open");
  buffer_ += '\n';
  flush();
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
