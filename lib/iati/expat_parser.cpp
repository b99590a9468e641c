#include "iati/expat_parser.hpp"

#include <new>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

ExpatParser::ExpatParser(void* owner) : owner_(owner) {
  // No namespace processing: "dstore:dataset" stays one name, which the reader ignores.
  parser_ = XML_ParserCreate(nullptr);
  if (parser_ == nullptr) throw std::bad_alloc();
  XML_SetUserData(parser_, this);
  // Parameter entities (and with them any external DTD) are never read; no external entity
  // handler is installed, so expat never opens anything but the bytes it is given.
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
  XML_SetEntityDeclHandler(parser_, &ExpatParser::on_entity_declaration);
}

ExpatParser::~ExpatParser() { XML_ParserFree(parser_); }

void XMLCALL ExpatParser::on_entity_declaration(void* user, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                                const XML_Char*, const XML_Char*, const XML_Char*) {
  auto& self = *static_cast<ExpatParser*>(user);
  self.refused_entity_ = true;
  self.entity_line_ = XML_GetCurrentLineNumber(self.parser_);
  self.entity_column_ = XML_GetCurrentColumnNumber(self.parser_);
  XML_StopParser(self.parser_, XML_FALSE);
}

void ExpatParser::position(const PositionShift& shift, std::uint64_t& line, std::uint64_t& column) const {
  line = XML_GetCurrentLineNumber(parser_);
  column = XML_GetCurrentColumnNumber(parser_);
  shift.apply(line, column);
  column += 1;
}

namespace {

// What a reader of the message should look for, beyond expat's own words.
std::string expectation(XML_Error code, std::string_view innermost_name) {
  const std::string innermost(innermost_name);
  switch (code) {
    case XML_ERROR_TAG_MISMATCH: return innermost.empty() ? std::string() : "expected </" + innermost + ">";
    case XML_ERROR_NO_ELEMENTS:
      return innermost.empty() ? "expected a root element"
                               : "expected </" + innermost + "> before the end of the input";
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_PARTIAL_CHAR:
    case XML_ERROR_UNCLOSED_CDATA_SECTION: return "expected the rest of the markup before the end of the input";
    case XML_ERROR_INVALID_TOKEN:
      return "expected a well-formed tag, text or character (a bare '<' or '&' must be written &lt; or &amp;)";
    case XML_ERROR_UNDEFINED_ENTITY: return "expected one of &lt; &gt; &amp; &quot; &apos; or a character reference";
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
      return "expected nothing but comments and white space after the root element";
    case XML_ERROR_DUPLICATE_ATTRIBUTE: return "expected each attribute at most once per element";
    case XML_ERROR_SYNTAX: return "expected a tag, a comment or text";
    case XML_ERROR_UNKNOWN_ENCODING:
    case XML_ERROR_INCORRECT_ENCODING: return "expected UTF-8, UTF-16, ISO-8859-1 or US-ASCII bytes as declared";
    default: return std::string();
  }
}

}  // namespace

io::Diagnostic ExpatParser::error(std::string_view file, const PositionShift& shift, std::string_view innermost) const {
  io::Diagnostic d;
  d.file = std::string(file);
  d.code = "xml";
  std::uint64_t line = 0, column = 0;
  if (refused_entity_) {
    line = entity_line_;
    column = entity_column_;
    shift.apply(line, column);
    d.message =
        "the DOCTYPE declares an entity: expected a document without entity declarations "
        "(refused, so that entity expansion cannot exhaust memory)";
  } else {
    const XML_Error code = XML_GetErrorCode(parser_);
    position(shift, line, column);
    --column;  // position() made it 1-based; done once below
    d.message = XML_ErrorString(code);
    const std::string expected = expectation(code, innermost);
    if (!expected.empty()) d.message += ": " + expected;
  }
  d.line = static_cast<std::size_t>(line);
  d.column = static_cast<std::size_t>(column + 1);
  return d;
}

OpenElementTracker::OpenElementTracker() : parser_(this) {
  XML_SetElementHandler(parser_.get(), &OpenElementTracker::on_start, &OpenElementTracker::on_end);
}

void XMLCALL OpenElementTracker::on_start(void* user, const XML_Char* name, const XML_Char**) {
  ExpatParser::owner_of<OpenElementTracker>(user).open_.push(name);
}

void XMLCALL OpenElementTracker::on_end(void* user, const XML_Char*) {
  ExpatParser::owner_of<OpenElementTracker>(user).open_.pop();
}

bool OpenElementTracker::feed(const char* data, std::size_t size, bool final) {
  if (failed_) return false;
  constexpr std::size_t max_chunk = std::size_t{1} << 30;
  do {
    const std::size_t n = size < max_chunk ? size : max_chunk;
    const bool last = final && n == size;
    if (XML_Parse(parser_.get(), data, static_cast<int>(n), last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
      failed_ = true;
      return false;
    }
    data += n;
    size -= n;
  } while (size > 0);
  return true;
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
