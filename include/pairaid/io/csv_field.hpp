#pragma once
// Writing one CSV field (RFC 4180), shared by every CSV writer: the ledger writer, `pairaid
// totals`, the report's CSV. A field holding a separator, a quote or a line break is quoted, with
// its quotes doubled; any other field is written as it is.
#include <pairaid/version.hpp>

#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace io {

inline void append_csv_field(std::string& line, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    line += text;
    return;
  }
  line += '"';
  for (char c : text) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

}  // namespace io
PAIRAID_NAMESPACE_END
