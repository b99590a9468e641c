#pragma once
// A hardened expat parser: created without namespace processing (so prefixed extension names such
// as dstore:dataset are plain names), never loading external entities, and refusing any DOCTYPE
// that declares an entity (the billion-laughs defence, on top of expat 2.5's own amplification
// limit). Errors come back as an io::Diagnostic with code "xml" and what was expected.
#include <pairaid/io/diagnostic.hpp>

#include <expat.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

// Maps a position in the bytes expat was fed to a position in the real file: the parallel reader
// feeds a synthesized root start tag and then a byte range from the middle of the file.
struct PositionShift {
  std::uint64_t first_line = 1;          // line, as expat counts it, where the file's bytes start
  std::uint64_t real_first_line = 1;     // the file's line number of that line
  std::uint64_t first_line_columns = 0;  // characters before the range on its first line
  // 1-based line and column in the real file from expat's 1-based line and 0-based column.
  void apply(std::uint64_t& line, std::uint64_t& column0) const {
    if (line < first_line) return;  // inside the synthesized prefix
    if (line == first_line) column0 += first_line_columns;
    line = line - first_line + real_first_line;
  }
};

// The names of the open elements, so a mismatched end tag can say which one was expected.
class OpenElements {
 public:
  void push(const char* name) {
    starts_.push_back(names_.size());
    names_.append(name);
  }
  void pop() {
    if (starts_.empty()) return;
    names_.resize(starts_.back());
    starts_.pop_back();
  }
  bool empty() const { return starts_.empty(); }
  std::string_view innermost() const {
    return starts_.empty() ? std::string_view() : std::string_view(names_).substr(starts_.back());
  }

 private:
  std::string names_;
  std::vector<std::size_t> starts_;
};

// expat's user data is always the ExpatParser; `owner` is whoever installed the element handlers.
class ExpatParser {
 public:
  explicit ExpatParser(void* owner);
  ~ExpatParser();
  ExpatParser(const ExpatParser&) = delete;
  ExpatParser& operator=(const ExpatParser&) = delete;

  XML_Parser get() const { return parser_; }
  template <class Owner>
  static Owner& owner_of(void* user_data) {
    return *static_cast<Owner*>(static_cast<ExpatParser*>(user_data)->owner_);
  }

  // True when the document declared an entity (parsing was stopped there).
  bool refused_entity() const { return refused_entity_; }

  // The position of the current event, mapped to the real file.
  void position(const PositionShift& shift, std::uint64_t& line, std::uint64_t& column) const;

  // The diagnostic for a failed XML_Parse/XML_ParseBuffer call; `innermost` is the element open
  // at the error ("" when unknown), for "expected </NAME>".
  io::Diagnostic error(std::string_view file, const PositionShift& shift, std::string_view innermost) const;

 private:
  static void XMLCALL on_entity_declaration(void* user, const XML_Char* name, int is_parameter_entity,
                                            const XML_Char* value, int value_length, const XML_Char* base,
                                            const XML_Char* system_id, const XML_Char* public_id,
                                            const XML_Char* notation_name);

  XML_Parser parser_ = nullptr;
  void* owner_ = nullptr;
  bool refused_entity_ = false;
  std::uint64_t entity_line_ = 0, entity_column_ = 0;
};

// Finds the innermost open element at the point where a document stops being well-formed. The
// reader does not keep element names on its hot path; when an error needs one, the same bytes are
// parsed again with this (errors are rare, files are re-readable, and parsing is deterministic).
class OpenElementTracker {
 public:
  OpenElementTracker();
  // False once the document failed (the names are then those open at the failure).
  bool feed(const char* data, std::size_t size, bool final);
  std::string_view innermost() const { return open_.innermost(); }

 private:
  static void XMLCALL on_start(void* user, const XML_Char* name, const XML_Char**);
  static void XMLCALL on_end(void* user, const XML_Char*);
  ExpatParser parser_;
  OpenElements open_;
  bool failed_ = false;
};

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
