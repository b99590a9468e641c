#pragma once
// A problem found in an input file, located precisely enough for a person to fix it:
// "FILE:LINE:COL: POINTER: message [code]". Loaders that reject a file throw load_error carrying
// every diagnostic they found (the first is the exception's message); nothing is half-loaded.
#include <pairaid/core/error.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace io {

struct Diagnostic {
  std::string file;        // as the caller named it (a path, or e.g. "<buffer>")
  std::size_t line = 0;    // 1-based; 0 when not known
  std::size_t column = 0;  // 1-based, in bytes
  std::string pointer;     // RFC 6901 JSON pointer for JSON inputs, empty otherwise
  std::string code;        // stable: a model Rule name or a format error such as "syntax"
  std::string message;     // what is wrong and what was expected

  // "bad.json:12:21: /batches/0/headcount: expected ... [negative_count]"
  std::string to_string() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
    s += ": ";
    if (!pointer.empty()) s += pointer + ": ";
    s += message;
    if (!code.empty()) s += " [" + code + "]";
    return s;
  }
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

class load_error : public error {
 public:
  load_error(errc code, std::vector<Diagnostic> diagnostics)
      : error(code, describe(diagnostics)), diagnostics_(std::move(diagnostics)) {}
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  static std::string describe(const std::vector<Diagnostic>& d) {
    if (d.empty()) return "the input could not be loaded";
    std::string s = d.front().to_string();
    if (d.size() > 1) s += " (and " + std::to_string(d.size() - 1) + " more)";
    return s;
  }
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace io
PAIRAID_NAMESPACE_END
