#include "io/csv_reader.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace pairaid::io_detail {

CsvReader::CsvReader(std::string_view data, std::string file) : data_(data), file_(std::move(file)) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
}

void CsvReader::fail(std::size_t line, std::size_t column, const std::string& message, errc code) const {
  throw error(code, file_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
}

void CsvReader::fail(const CsvField& at, const std::string& message, errc code) const {
  fail(at.line, at.column, message, code);
}

bool CsvReader::next(std::vector<CsvField>& fields) {
  fields.clear();
  // Skip blank lines (a trailing newline at end of file is the common case).
  while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\n') {
      ++line_;
      line_start_ = pos_ + 1;
    }
    ++pos_;
  }
  if (pos_ >= data_.size()) return false;
  for (;;) {
    CsvField f;
    f.line = line_;
    f.column = pos_ - line_start_ + 1;
    if (pos_ < data_.size() && data_[pos_] == '"') {
      ++pos_;
      for (;;) {
        if (pos_ >= data_.size()) fail(f, "expected a closing '\"' for the quoted field that starts here");
        char c = data_[pos_++];
        if (c == '"') {
          if (pos_ < data_.size() && data_[pos_] == '"') {
            f.value += '"';
            ++pos_;
          } else {
            break;
          }
        } else {
          if (c == '\n') {
            ++line_;
            line_start_ = pos_;
          }
          f.value += c;
        }
      }
      if (pos_ < data_.size() && data_[pos_] != ',' && data_[pos_] != '\n' && data_[pos_] != '\r')
        fail(line_, pos_ - line_start_ + 1, "expected ',' or end of line after a quoted field");
    } else {
      std::size_t b = pos_;
      while (pos_ < data_.size() && data_[pos_] != ',' && data_[pos_] != '\n' && data_[pos_] != '\r') {
        if (data_[pos_] == '"') fail(line_, pos_ - line_start_ + 1, "expected no '\"' inside an unquoted field");
        ++pos_;
      }
      f.value.assign(data_.substr(b, pos_ - b));
    }
    fields.push_back(std::move(f));
    if (pos_ < data_.size() && data_[pos_] == ',') {
      ++pos_;
      continue;
    }
    // End of record: consume one line ending (CRLF or LF).
    if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
    if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
    ++line_;
    line_start_ = pos_;
    return true;
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(errc::io, path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw error(errc::io, path + ": read failed");
  return std::move(ss).str();
}

}  // namespace pairaid::io_detail
