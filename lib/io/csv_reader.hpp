#pragma once
// A small RFC 4180 reader that remembers where every field started, so that each error can say
// file:line:col. Internal to lib/: public loaders wrap it.
#include <pairaid/core/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pairaid::io_detail {

struct CsvField {
  std::string value;
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in bytes
};

class CsvReader {
 public:
  // `data` must outlive the reader; `file` is only used in messages. A UTF-8 BOM is skipped.
  CsvReader(std::string_view data, std::string file);

  // Reads the next record into `fields`; false at end of input. Blank lines are skipped.
  // Unterminated quotes and stray quotes are errc::parse with their location.
  bool next(std::vector<CsvField>& fields);

  // "file:line:col: message" errors, used by loaders for what the fields mean.
  [[noreturn]] void fail(const CsvField& at, const std::string& message, errc code = errc::parse) const;
  [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& message,
                         errc code = errc::parse) const;
  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }

 private:
  std::string_view data_;
  std::string file_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
};

// Reads a whole file, or errc::io naming it.
std::string read_file(const std::string& path);

}  // namespace pairaid::io_detail
