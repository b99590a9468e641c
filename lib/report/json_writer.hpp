#pragma once
// Private to lib/report: a small streaming JSON writer, pretty-printed with two-space indents.
// Strings are written as UTF-8 with the escapes RFC 8259 requires; numbers are integers only
// (exact values travel as strings, as in the dataset format).
#include <pairaid/version.hpp>

#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace report_detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A member name; the value follows with one of the calls below.
  void key(std::string_view name) {
    separate();
    quoted(name);
    out_ << ": ";
    after_key_ = true;
  }
  void value(std::string_view s) {
    separate();
    quoted(s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(std::int64_t n) {
    separate();
    out_ << n;
  }
  void value(bool b) {
    separate();
    out_ << (b ? "true" : "false");
  }
  // key + value in one call.
  template <class T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  void finish() { out_ << "\n"; }

 private:
  void open(char c) {
    separate();
    out_ << c;
    first_.push_back(true);
  }
  void close(char c) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ << c;
  }
  // Before a value: a comma unless it is the first in its container, then a new line, unless the
  // value follows its key.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ << ",";
    first_.back() = false;
    newline();
  }
  void newline() { out_ << "\n" << std::string(2 * first_.size(), ' '); }
  void quoted(std::string_view s) {
    out_ << '"';
    for (char c : s) {
      switch (c) {
        case '"': out_ << "\\\""; break;
        case '\\': out_ << "\\\\"; break;
        case '\n': out_ << "\\n"; break;
        case '\r': out_ << "\\r"; break;
        case '\t': out_ << "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out_ << buf;
          } else {
            out_ << c;
          }
      }
    }
    out_ << '"';
  }

  std::ostream& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace report_detail
PAIRAID_NAMESPACE_END
