// validate_file / validate_buffer: one pass over the document with libxml2's streaming reader.
// Each iati-activity is expanded on its own, checked against the XSD as a tree (so every schema error
// carries its node, hence an exact element path), against the codelists and against the rules, and
// then freed before the next is read: memory is bounded by the largest activity, not the file.
// The document element's own attributes are checked on a shallow copy of it.
//
// libxml2 is used with XML_PARSE_NONET (no network) and without XML_PARSE_NOENT / XML_PARSE_DTDLOAD
// (no entity substitution, no external DTD); a DOCTYPE is refused outright, since IATI files have
// none and entity declarations are how billion-laughs documents blow up.
#include <pairaid/iati/validate.hpp>

#include <pairaid/iati/codelists.hpp>
#include <pairaid/io/data_files.hpp>

#include "iati/validate_detail.hpp"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

std::string_view to_string(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string Finding::to_string() const {
  std::string s = file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  s += ": ";
  s += iati::to_string(severity);
  s += ": ";
  if (!path.empty()) s += path + ": ";
  s += message;
  s += " [" + code + "]";
  return s;
}

bool has_errors(const std::vector<Finding>& findings) noexcept {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::error; });
}

std::optional<std::filesystem::path> schema_for_version(std::string_view version) {
  const std::filesystem::path file = "iati-activities-schema.xsd";
  if (version == "2.03") return file;
  if (version == "2.02" || version == "2.01" || version == "1.05" || version == "1.01") {
    return std::filesystem::path(std::string(version)) / file;
  }
  if (version.empty() || version == "1.00" || version == "1.0") return std::filesystem::path("1.01") / file;
  if (version == "1.02" || version == "1.03" || version == "1.04") return std::filesystem::path("1.05") / file;
  return std::nullopt;
}

namespace {

using detail::Generation;

constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;

std::string without_trailing_newline(const char* text) {
  std::string s = text != nullptr ? text : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

struct ReaderDeleter {
  void operator()(xmlTextReader* r) const noexcept { xmlFreeTextReader(r); }
};
struct SchemaDeleter {
  void operator()(xmlSchema* s) const noexcept { xmlSchemaFree(s); }
};
struct ValidCtxtDeleter {
  void operator()(xmlSchemaValidCtxt* c) const noexcept { xmlSchemaFreeValidCtxt(c); }
};
struct NodeDeleter {
  void operator()(xmlNode* n) const noexcept { xmlFreeNode(n); }
};

// Collects the schema compiler's complaints for the exception thrown when a schema does not compile.
void collect_schema_parse_error(void* user, xmlErrorPtr e) {
  auto* text = static_cast<std::string*>(user);
  if (text->empty() && e != nullptr) *text = without_trailing_newline(e->message);
}

class DocumentValidator {
 public:
  DocumentValidator(std::string_view name, const ValidateOptions& options) : file_(name), options_(options) {}

  std::vector<Finding> run(xmlTextReader* reader) {
    reader_ = reader;
    xmlTextReaderSetStructuredErrorHandler(reader_, &DocumentValidator::on_parse_error, this);
    int status = xmlTextReaderRead(reader_);
    while (status == 1 && !fatal_) {
      status = step();
    }
    if (!fatal_ && status < 0) fatal("the document is not well-formed XML", 0, 0);
    if (fatal_) return {*fatal_};
    if (!fatal_ && !root_seen_) fatal("the document has no root element", 0, 0);
    if (fatal_) return {*fatal_};
    if (root_name_ == "iati-activities" && activities_ == 0) {
      add("schema-content", Severity::error, root_line_, "/iati-activities", "no iati-activity element");
    }
    std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return std::move(findings_);
  }

 private:
  // Handles the node the reader is on; returns the next read status.
  int step() {
    const int type = xmlTextReaderNodeType(reader_);
    if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
      fatal("a DOCTYPE declaration is not accepted (IATI files have none; entities are not expanded)",
            static_cast<std::size_t>(xmlTextReaderGetParserLineNumber(reader_)), 0);
      return 0;
    }
    if (type != XML_READER_TYPE_ELEMENT) return xmlTextReaderRead(reader_);
    const int depth = xmlTextReaderDepth(reader_);
    const std::string name = reinterpret_cast<const char*>(xmlTextReaderConstLocalName(reader_));
    if (depth == 0) return on_root(name);
    if (depth == 1 && name == "iati-activity" && xmlTextReaderConstNamespaceUri(reader_) == nullptr) {
      ++activities_;
      on_activity("/iati-activities/iati-activity[" + std::to_string(activities_) + "]");
      return fatal_ ? 0 : xmlTextReaderNext(reader_);
    }
    if (depth == 1 && xmlTextReaderConstNamespaceUri(reader_) == nullptr && schema_) {
      // Elements of other namespaces are allowed here (xsd:any ##other); ours are not.
      const xmlNode* node = xmlTextReaderCurrentNode(reader_);
      add("schema-content", Severity::error, line_of(node), "/iati-activities/" + name,
          "Element '" + name + "': This element is not expected. Expected is ( iati-activity ).");
    }
    return xmlTextReaderNext(reader_);
  }

  int on_root(const std::string& name) {
    root_seen_ = true;
    root_name_ = name;
    xmlNode* root = xmlTextReaderCurrentNode(reader_);
    root_line_ = line_of(root);
    if (name != "iati-activities" && name != "iati-activity") {
      add("not-iati", Severity::error, root_line_, "/" + name,
          "the document element is '" + name + "', expected iati-activities");
      return xmlTextReaderNext(reader_);  // still read to the end: well-formedness is reported first
    }
    version_ = detail::attribute(*root, "version");
    const bool has_version = detail::has_attribute(*root, "version");
    generation_ = detail::generation_of(version_);
    check_version(has_version);
    load_schema();
    if (name == "iati-activity") {
      activities_ = 1;
      on_activity("/iati-activity");
      return fatal_ ? 0 : xmlTextReaderNext(reader_);
    }
    if (schema_) validate_root_attributes(*root);
    return xmlTextReaderRead(reader_);
  }

  void check_version(bool has_version) {
    const std::string path = "/" + root_name_;
    if (!has_version) {
      add("version-missing", Severity::warning, root_line_, path,
          "no @version: read as 1.01, as the Standard says; declare the version");
      return;
    }
    const Codelist* versions = find_codelist("Version");
    if (versions == nullptr || code_status(*versions, version_) == CodeStatus::unknown) {
      add("codelist-unknown", Severity::error, root_line_, path + "/@version",
          "'" + version_ + "' is not a code of the Version codelist");
      return;
    }
    if (generation_ == Generation::v1) {
      add("version-unsupported", Severity::error, root_line_, path + "/@version",
          "version " + version_ + " of the Standard is no longer supported (1.0x were retired); publish 2.03");
    }
  }

  void load_schema() {
    if (options_.skip_schema) {
      add("schema-skipped", Severity::info, 0, "", "the XSD step was skipped, as asked");
      return;
    }
    const auto relative = schema_for_version(version_);
    if (!relative) {
      add("schema-skipped", Severity::info, 0, "",
          "no schema for version '" + version_ + "': the XSD step was skipped");
      return;
    }
    const std::filesystem::path xsd =
        (options_.schema_dir ? *options_.schema_dir : io::bundled_iati_schema_dir()) / *relative;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(xsd, ec)) {
      throw error(errc::io, xsd.string() + ": no such schema (the schema directory needs " + relative->string() + ")");
    }
    xmlSchemaParserCtxt* parser = xmlSchemaNewParserCtxt(xsd.string().c_str());
    if (parser == nullptr) throw error(errc::io, xsd.string() + ": cannot read the schema");
    std::string problem;
    xmlSchemaSetParserStructuredErrors(parser, &collect_schema_parse_error, &problem);
    schema_.reset(xmlSchemaParse(parser));
    xmlSchemaFreeParserCtxt(parser);
    if (!schema_) throw error(errc::io, xsd.string() + ": the schema does not compile: " + problem);
    valid_.reset(xmlSchemaNewValidCtxt(schema_.get()));
    if (!valid_) throw error(errc::io, xsd.string() + ": cannot set up schema validation");
    xmlSchemaSetValidStructuredErrors(valid_.get(), &DocumentValidator::on_schema_error, this);
    schema_file_ = relative->generic_string();
  }

  // The root's attributes on a copy holding one empty activity; only errors about the copy itself count.
  void validate_root_attributes(xmlNode& root) {
    std::unique_ptr<xmlNode, NodeDeleter> shell(xmlDocCopyNode(&root, root.doc, 2));
    if (!shell) return;
    xmlNewChild(shell.get(), nullptr, reinterpret_cast<const xmlChar*>("iati-activity"), nullptr);
    scope_ = Scope{shell.get(), "/iati-activities", true};
    xmlSchemaValidateOneElement(valid_.get(), shell.get());
    scope_ = Scope{};
  }

  void on_activity(const std::string& path) {
    xmlNode* node = xmlTextReaderExpand(reader_);
    if (node == nullptr) {
      if (!fatal_) fatal("the document is not well-formed XML", 0, 0);
      return;
    }
    if (valid_) {
      scope_ = Scope{node, path, false};
      xmlSchemaValidateOneElement(valid_.get(), node);
      scope_ = Scope{};
    }
    detail::check_codelists(*node, path, generation_, file_, findings_);
    const Activity activity = detail::extract_for_rules(*node, generation_);
    auto rules = check_activity_rules(activity, activities_, file_, options_, root_name_);
    findings_.insert(findings_.end(), std::make_move_iterator(rules.begin()), std::make_move_iterator(rules.end()));
  }

  // The element path of a node inside the scope being validated, counting same-named siblings.
  std::string path_of(const xmlNode* node) const {
    if (node == nullptr || scope_.top == nullptr) return scope_.path;
    std::string attribute;
    if (node->type == XML_ATTRIBUTE_NODE) {
      attribute = "/@" + std::string(reinterpret_cast<const char*>(node->name));
      node = node->parent;
    }
    std::string below;
    while (node != nullptr && node != scope_.top) {
      if (node->type != XML_ELEMENT_NODE) return scope_.path;
      std::size_t index = 1;
      for (const xmlNode* s = node->prev; s != nullptr; s = s->prev) {
        if (s->type == XML_ELEMENT_NODE && xmlStrEqual(s->name, node->name) != 0) ++index;
      }
      std::string step = "/";
      step += reinterpret_cast<const char*>(node->name);
      step += "[" + std::to_string(index) + "]";
      below.insert(0, step);
      node = node->parent;
    }
    if (node == nullptr) return scope_.path;  // not inside the scope: should not happen
    return scope_.path + below + attribute;
  }

  static void on_schema_error(void* user, xmlErrorPtr e) {
    auto* self = static_cast<DocumentValidator*>(user);
    if (e == nullptr) return;
    const auto* node = static_cast<const xmlNode*>(e->node);
    if (self->scope_.root_only) {
      const xmlNode* element = node != nullptr && node->type == XML_ATTRIBUTE_NODE ? node->parent : node;
      if (element != self->scope_.top) return;  // about the placeholder activity
    }
    const std::size_t line = node != nullptr ? line_of(node->type == XML_ATTRIBUTE_NODE ? node->parent : node)
                                             : static_cast<std::size_t>(std::max(e->line, 0));
    std::string message = without_trailing_newline(e->message);
    self->add(std::string(detail::schema_error_code(e->code)),
              e->level == XML_ERR_WARNING ? Severity::warning : Severity::error, line,
              self->path_of(node) + attribute_named_in(message, node), message + " (" + self->schema_file_ + ")");
  }

  // libxml2 reports attribute errors on the element ("Element 'x', attribute 'y': ...", "Element 'x':
  // The attribute 'y' is required but missing."); the path then names the attribute too.
  static std::string attribute_named_in(const std::string& message, const xmlNode* node) {
    if (node != nullptr && node->type == XML_ATTRIBUTE_NODE) return {};
    if (!message.starts_with("Element '")) return {};
    std::string marker = "', attribute '";
    auto at = message.find(marker);
    if (at == std::string::npos) {
      marker = "The attribute '";  // "... The attribute 'x' is required but missing."
      at = message.find(marker);
    }
    if (at == std::string::npos) return {};
    const auto begin = at + marker.size();
    const auto end = message.find('\'', begin);
    if (end == std::string::npos) return {};
    return "/@" + message.substr(begin, end - begin);
  }

  static void on_parse_error(void* user, xmlErrorPtr e) {
    auto* self = static_cast<DocumentValidator*>(user);
    if (e == nullptr || e->level < XML_ERR_ERROR || self->fatal_) return;
    self->fatal(without_trailing_newline(e->message), static_cast<std::size_t>(std::max(e->line, 0)),
                static_cast<std::size_t>(std::max(e->int2, 0)));
  }

  static std::size_t line_of(const xmlNode* node) {
    const long line = node != nullptr ? xmlGetLineNo(node) : -1;
    return line > 0 ? static_cast<std::size_t>(line) : 0U;
  }

  void add(std::string code, Severity severity, std::size_t line, std::string path, std::string message) {
    findings_.push_back(
        Finding{std::move(code), severity, std::string(file_), line, 0, std::move(path), std::move(message)});
  }

  void fatal(std::string message, std::size_t line, std::size_t column) {
    if (fatal_) return;
    fatal_ = Finding{"xml", Severity::error, std::string(file_), line, column, "", std::move(message)};
  }

  struct Scope {
    const xmlNode* top = nullptr;  // the element being validated
    std::string path;              // its path
    bool root_only = false;        // report errors about `top` itself only
  };

  std::string_view file_;
  const ValidateOptions& options_;
  xmlTextReader* reader_ = nullptr;
  std::vector<Finding> findings_;
  std::optional<Finding> fatal_;
  bool root_seen_ = false;
  std::string root_name_;
  std::size_t root_line_ = 0;
  std::string version_;
  Generation generation_ = Generation::v2;
  std::size_t activities_ = 0;
  std::unique_ptr<xmlSchema, SchemaDeleter> schema_;
  std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtDeleter> valid_;
  std::string schema_file_;
  Scope scope_;
};

// libxml2 2.9 initialises its global tables on first use, which is not thread-safe; doing it once,
// before any reader exists, lets validations start on several threads at once (the C API allows it).
void init_libxml2_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

void require_as_of(const ValidateOptions& options) {
  init_libxml2_once();
  if (options.as_of.is_special()) {
    throw error(errc::invalid_argument, "IATI validation needs an 'as of' date (ValidateOptions::as_of)");
  }
}

}  // namespace

std::vector<Finding> validate_buffer(std::string_view xml, std::string_view name, const ValidateOptions& options) {
  require_as_of(options);
  const std::string url(name);
  if (xml.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw error(errc::invalid_argument, url + ": a buffer over 2 GiB cannot be validated in memory; use validate_file");
  }
  std::unique_ptr<xmlTextReader, ReaderDeleter> reader(
      xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), url.c_str(), nullptr, parse_options));
  if (!reader) throw error(errc::io, url + ": cannot set up the XML reader");
  return DocumentValidator(name, options).run(reader.get());
}

std::vector<Finding> validate_file(const std::filesystem::path& file, const ValidateOptions& options) {
  require_as_of(options);
  const std::string name = file.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw error(errc::io, name + ": cannot open the file");
  std::unique_ptr<xmlTextReader, ReaderDeleter> reader(xmlReaderForFile(name.c_str(), nullptr, parse_options));
  if (!reader) throw error(errc::io, name + ": cannot open the file");
  return DocumentValidator(name, options).run(reader.get());
}

}  // namespace iati
PAIRAID_NAMESPACE_END
