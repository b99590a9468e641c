#pragma once
// A small streaming XML writer for the IATI export: elements opened and closed in order, attributes
// and text escaped, two-space indentation. It knows nothing of IATI; export.cpp decides the order.
//
// Escaping keeps the output well-formed XML 1.0 whatever the strings hold: & < > always, " in
// attributes, tab/LF/CR in attributes as character references (a parser would turn them into
// spaces otherwise), and it drops what XML 1.0 cannot carry at all (C0 controls but tab/LF/CR,
// U+FFFE, U+FFFF, surrogates, bytes that are not UTF-8), counting what it dropped.
#include <pairaid/version.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

// Appends `text` escaped for element content (attribute == false) or a double-quoted attribute
// value; returns how many characters or stray bytes were dropped.
std::uint64_t append_escaped(std::string& out, std::string_view text, bool attribute);

class XmlWriter {
 public:
  explicit XmlWriter(std::ostream& out);

  void declaration();                // <?xml version="1.0" encoding="UTF-8"?>
  void open(std::string_view name);  // starts <name ...
  void attribute(std::string_view name, std::string_view value);
  void attribute_if(std::string_view name, std::string_view value) {  // left out when empty
    if (!value.empty()) attribute(name, value);
  }
  void text(std::string_view text);  // content of the innermost element
  void close();                      // "/>" or "</name>"
  void text_element(std::string_view name, std::string_view text) {
    open(name);
    this->text(text);
    close();
  }
  // Flushes the buffer to the stream (also done as the buffer grows and by finish()).
  void flush();
  void finish();  // closes nothing: checks every element was closed, then flushes

  std::uint64_t dropped_characters() const noexcept { return dropped_; }

 private:
  void end_start_tag();
  void indent();

  std::ostream& out_;
  std::string buffer_;
  struct Open {
    std::string name;
    bool has_children = false;  // closing tag goes on its own line
  };
  std::vector<Open> open_;
  bool in_start_tag_ = false;
  std::uint64_t dropped_ = 0;
};

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
