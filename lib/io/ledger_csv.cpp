#include <pairaid/io/ledger_csv.hpp>

#include <pairaid/io/csv_field.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <utility>

// Ledgers run to tens of millions of rows, so this reader does not go through io_detail::CsvReader
// (one std::string per field, errors as flat messages): it scans records into string_views over
// the input, copying only quoted fields that hold a doubled quote, and fails with a structured
// Diagnostic. Its CSV dialect is the FX reader's (RFC 4180, BOM skipped, blank lines ignored, LF
// or CRLF), and errors are located the same way.

PAIRAID_NAMESPACE_BEGIN
namespace io {

namespace {

constexpr std::array<std::string_view, 9> kColumns = {"date", "donor",  "area",     "project",   "sector",
                                                      "type", "amount", "currency", "value_date"};
constexpr std::size_t kRequiredColumns = 8;  // value_date is optional
enum Column : std::size_t { c_date, c_donor, c_area, c_project, c_sector, c_type, c_amount, c_currency, c_value_date };

// A found text as messages show it: quoted, control bytes escaped, long texts cut (at a UTF-8
// character boundary) so that one bad field cannot make a megabyte message.
std::string shown(std::string_view text) {
  constexpr std::size_t kMax = 64;
  bool cut = false;
  if (text.size() > kMax) {
    std::size_t end = kMax;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
    cut = true;
  }
  std::string s = "'";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      constexpr char hex[] = "0123456789abcdef";
      s += "\\x";
      s += hex[u >> 4];
      s += hex[u & 0xF];
    } else {
      s += c;
    }
  }
  s += cut ? "...'" : "'";
  return s;
}

std::string found(std::string_view text) { return text.empty() ? "found nothing" : "found " + shown(text); }

[[noreturn]] void fail(const std::string& file, std::size_t line, std::size_t column, std::string_view code, errc ec,
                       std::string message) {
  throw load_error(ec, {Diagnostic{file, line, column, {}, std::string(code), std::move(message)}});
}

// One field of a record: its text and where it starts (its opening quote, if quoted).
struct Field {
  std::string_view text;
  std::size_t line = 0;
  std::size_t column = 0;
  bool quoted = false;
  bool unescaped = false;  // text was rebuilt from doubled quotes, so offsets in it are not the file's
};

class RecordScanner {
 public:
  RecordScanner(std::string_view data, const std::string& file) : data_(data), file_(file) {
    if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
  }

  // Reads the next record; false at end of input. Blank lines are skipped. The fields' texts stay
  // valid until the next call.
  bool next(std::vector<Field>& fields) {
    fields.clear();
    buffers_used_ = 0;
    while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
      if (data_[pos_] == '\n') new_line(pos_ + 1);
      ++pos_;
    }
    if (pos_ >= data_.size()) return false;
    for (;;) {
      Field f;
      f.line = line_;
      f.column = column();
      if (pos_ < data_.size() && data_[pos_] == '"')
        quoted(f);
      else
        unquoted(f);
      fields.push_back(f);
      if (pos_ < data_.size() && data_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
      if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
      new_line(pos_);
      return true;
    }
  }

 private:
  std::size_t column() const { return pos_ - line_start_ + 1; }
  void new_line(std::size_t start) {
    ++line_;
    line_start_ = start;
  }
  static bool ends_field(char c) { return c == ',' || c == '\n' || c == '\r'; }

  void unquoted(Field& f) {
    const std::size_t begin = pos_;
    while (pos_ < data_.size() && !ends_field(data_[pos_])) {
      if (data_[pos_] == '"')
        fail(file_, line_, column(), "syntax", errc::parse,
             "expected no '\"' inside an unquoted field (quote the whole field and double the quote)");
      ++pos_;
    }
    f.text = data_.substr(begin, pos_ - begin);
  }

  void quoted(Field& f) {
    f.quoted = true;
    ++pos_;
    const std::size_t begin = pos_;
    std::string* rebuilt = nullptr;  // only for a field with a doubled quote
    for (;;) {
      const std::size_t q = data_.find('"', pos_);
      if (q == std::string_view::npos)
        fail(file_, f.line, f.column, "syntax", errc::parse,
             "expected a closing '\"' for the quoted field that starts here");
      for (std::size_t i = pos_; i < q; ++i)
        if (data_[i] == '\n') new_line(i + 1);
      if (q + 1 < data_.size() && data_[q + 1] == '"') {  // "" stands for one quote
        if (!rebuilt) {
          rebuilt = &buffer();
          rebuilt->assign(data_.substr(begin, q + 1 - begin));
        } else {
          rebuilt->append(data_.substr(pos_, q + 1 - pos_));
        }
        pos_ = q + 2;
        continue;
      }
      if (rebuilt) {
        rebuilt->append(data_.substr(pos_, q - pos_));
        f.text = *rebuilt;
        f.unescaped = true;
      } else {
        f.text = data_.substr(begin, q - begin);
      }
      pos_ = q + 1;
      break;
    }
    if (pos_ < data_.size() && !ends_field(data_[pos_]))
      fail(file_, line_, column(), "syntax", errc::parse, "expected ',' or end of line after a quoted field");
  }

  // A string for one rebuilt field, reused from record to record; a deque, so that growing it
  // never moves the strings earlier fields of the record point into.
  std::string& buffer() {
    if (buffers_used_ == buffers_.size()) buffers_.emplace_back();
    return buffers_[buffers_used_++];
  }

  std::string_view data_;
  const std::string& file_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
  std::deque<std::string> buffers_;
  std::size_t buffers_used_ = 0;
};

// Turns records into transactions, failing at the first problem with its field's location.
class RowReader {
 public:
  RowReader(const std::string& file, const Dataset* resolve) : file_(file), resolve_(resolve) {}

  [[noreturn]] void fail_at(const Field& f, std::string_view code, errc ec, std::string message) const {
    fail(file_, f.line, f.column, code, ec, std::move(message));
  }

  // Checks the header; returns how many columns each row must have.
  std::size_t header(const std::vector<Field>& row) const {
    for (std::size_t i = 0; i < kRequiredColumns; ++i) {
      if (i >= row.size())
        fail_at(row.back(), "syntax", errc::parse,
                "expected header column '" + std::string(kColumns[i]) + "' after '" + std::string(row.back().text) +
                    "' (the header is " + header_text() + ")");
      if (row[i].text != kColumns[i])
        fail_at(row[i], "syntax", errc::parse,
                "expected header column '" + std::string(kColumns[i]) + "', " + found(row[i].text));
    }
    if (row.size() == kRequiredColumns) return kRequiredColumns;
    if (row[c_value_date].text != kColumns[c_value_date])
      fail_at(row[c_value_date], "syntax", errc::parse,
              "expected header column 'value_date' or the end of the header, " + found(row[c_value_date].text));
    if (row.size() > kColumns.size())
      fail_at(row[kColumns.size()], "syntax", errc::parse,
              "expected the end of the header after 'value_date', found more columns");
    return kColumns.size();
  }

  Transaction transaction(const std::vector<Field>& row, std::size_t columns) const {
    if (row.size() != columns) {
      std::string message = "expected " + std::to_string(columns) + " fields (" + header_text(columns) + "), found " +
                            std::to_string(row.size());
      fail_at(row.size() > columns ? row[columns] : row.front(), "syntax", errc::parse, std::move(message));
    }
    Transaction t;
    t.date = date(row[c_date], "the transaction's date");
    t.donor = donor(row[c_donor]);
    t.area = area(row[c_area]);
    t.project = project(row[c_project]);
    t.sector = sector(row[c_sector]);
    t.type = type(row[c_type]);
    const Decimal value = amount(row[c_amount]);
    t.value = Money(value, currency(row[c_currency]));
    if (columns > c_value_date && !row[c_value_date].text.empty())
      t.value_date = date(row[c_value_date], "the value date");
    return t;
  }

  static std::string header_text(std::size_t columns = kRequiredColumns) {
    std::string s;
    for (std::size_t i = 0; i < columns; ++i) {
      if (i > 0) s += ',';
      s += kColumns[i];
    }
    return s;
  }

 private:
  Date date(const Field& f, const char* what) const {
    if (f.text.empty())
      fail_at(f, "invalid_value", errc::parse, std::string("expected ") + what + " as YYYY-MM-DD, found nothing");
    try {
      return parse_date(f.text);
    } catch (const error&) {
      fail_at(f, "invalid_value", errc::parse,
              std::string("expected ") + what + " as YYYY-MM-DD (a real calendar day), " + found(f.text));
    }
  }

  template <class IdType>
  std::optional<IdType> id(const Field& f, const char* what) const {
    if (f.text.empty()) return std::nullopt;
    if (std::string_view problem = id_text_problem(f.text); !problem.empty())
      fail_at(f, "invalid_id", errc::invalid_data,
              std::string("expected ") + what + " id or nothing, " + found(f.text) + ": " + std::string(problem));
    return IdType(std::string(f.text));
  }

  std::optional<OrganisationId> donor(const Field& f) const {
    auto donor = id<OrganisationId>(f, "a donor");
    if (donor && resolve_) {
      const Organisation* o = resolve_->find(*donor);
      if (!o)
        fail_at(f, "dangling_reference", errc::invalid_data,
                "expected a donor the dataset holds, " + found(f.text) + " (no organisation has that id)");
      if (!o->has_role(OrganisationRole::donor))
        fail_at(f, "not_a_donor", errc::invalid_data,
                "expected an organisation with the donor role, found " + shown(f.text) + ", which does not have it");
    }
    return donor;
  }

  std::optional<ProjectId> project(const Field& f) const {
    auto project = id<ProjectId>(f, "a project");
    if (project && resolve_ && !resolve_->find(*project))
      fail_at(f, "dangling_reference", errc::invalid_data,
              "expected a project the dataset holds, " + found(f.text) + " (no project has that id)");
    return project;
  }

  std::optional<AreaCode> area(const Field& f) const {
    if (f.text.empty()) return std::nullopt;
    std::optional<AreaCode> code;
    try {
      code = AreaCode::parse(f.text);
    } catch (const error&) {
      fail_at(f, "invalid_value", errc::parse,
              "expected a GB/T 2260 area code (six digits, e.g. 540228) or nothing, " + found(f.text));
    }
    if (resolve_ && !resolve_->find(*code))
      fail_at(f, "dangling_reference", errc::invalid_data,
              "expected an area the dataset holds, " + found(f.text) + " (no area has that code)");
    return code;
  }

  std::optional<SectorCode> sector(const Field& f) const {
    if (f.text.empty()) return std::nullopt;
    try {
      return SectorCode::parse(f.text);
    } catch (const error&) {
      fail_at(f, "invalid_value", errc::parse,
              "expected a DAC 5-digit sector code (e.g. 31161) or nothing, " + found(f.text));
    }
  }

  TransactionType type(const Field& f) const {
    if (auto t = transaction_type_names.parse(f.text)) return *t;
    // An IATI code as IATI writes it: 1 to 13, no sign, no leading zero.
    const std::string_view s = f.text;
    if (!s.empty() && s.size() <= 2 && s[0] >= '1' && s[0] <= '9' && (s.size() == 1 || (s[1] >= '0' && s[1] <= '9'))) {
      const int code = s.size() == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
      if (auto t = transaction_type_from_iati(code)) return *t;
    }
    fail_at(f, "invalid_value", errc::parse,
            "expected a transaction type, one of " + transaction_type_names.expected() + ", or an IATI code 1-13; " +
                found(f.text));
  }

  Decimal amount(const Field& f) const {
    Decimal value;
    const DecimalParseResult r = Decimal::parse(f.text, value);
    if (r) return value;
    using S = DecimalParseStatus;
    // Point at the offending character when the file holds the text as parsed. (A line break in
    // the field would itself be the offending character, so the offset stays on the field's line.)
    Field at = f;
    if (r.status != S::empty && !f.unescaped)
      at.column = f.column + (f.quoted ? 1 : 0) + std::min(r.position, f.text.size() - 1);  // "-" ends early
    switch (r.status) {
      case S::too_precise:
        fail_at(at, "invalid_value", errc::inexact,
                "expected at most 9 fraction digits (amounts are never rounded), " + found(f.text));
      case S::overflow:
        fail_at(at, "invalid_value", errc::overflow,
                "expected an amount within a 128-bit decimal (about 1.7e29 units), " + found(f.text));
      default:
        fail_at(at, "invalid_value", errc::parse,
                "expected an amount as an exact decimal (optional sign, digits, one '.'; no exponent, no grouping), " +
                    found(f.text));
    }
  }

  Currency currency(const Field& f) const {
    if (auto c = Currency::find(f.text)) return *c;
    fail_at(f, "unknown_currency", errc::unknown_currency,
            "expected an ISO 4217 currency code (three capital letters, e.g. CNY), " + found(f.text));
  }

  const std::string& file_;
  const Dataset* resolve_;
};

std::vector<Transaction> parse(std::string_view text, const std::string& name, const Dataset* resolve) {
  RecordScanner scanner(text, name);
  RowReader reader(name, resolve);
  std::vector<Field> fields;
  fields.reserve(kColumns.size() + 1);
  if (!scanner.next(fields))
    fail(name, 1, 1, "syntax", errc::parse,
         "expected the header '" + RowReader::header_text() + "' (optionally ',value_date'), found an empty file");
  const std::size_t columns = reader.header(fields);
  std::vector<Transaction> out;
  // One row per line is the common case; reserving for it avoids moving every transaction as the
  // vector grows.
  out.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  while (scanner.next(fields)) out.push_back(reader.transaction(fields, columns));
  return out;
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, 0, 0, "io", errc::io, std::string("cannot open: ") + std::strerror(errno));
  std::string text;
  in.seekg(0, std::ios::end);
  if (const auto size = in.tellg(); size > 0) text.reserve(static_cast<std::size_t>(size));
  in.seekg(0, std::ios::beg);
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) fail(path, 0, 0, "io", errc::io, "read failed");
  return text;
}

// --- writing -----------------------------------------------------------------------------------

void refuse(std::size_t index, const std::string& why) {
  throw error(errc::invalid_argument,
              "transaction " + std::to_string(index) + " cannot be written as a ledger row: " + why);
}

// What the reader would refuse, so that a written ledger always reads back as the same rows.
void check_writable(std::size_t index, const Transaction& t) {
  if (t.id) refuse(index, "it has an id ('" + t.id->str() + "'), and the ledger has no id column");
  if (t.date.is_special()) refuse(index, "it has no date");
  if (t.value_date && t.value_date->is_special()) refuse(index, "its value date is not a date");
  if (t.donor)
    if (auto problem = id_text_problem(t.donor->str()); !problem.empty())
      refuse(index, "donor id: " + std::string(problem));
  if (t.project)
    if (auto problem = id_text_problem(t.project->str()); !problem.empty())
      refuse(index, "project id: " + std::string(problem));
  if (to_string(t.type) == "?") refuse(index, "its type is not a TransactionType");
}

}  // namespace

std::vector<Transaction> parse_ledger_csv(std::string_view text, const std::string& name) {
  return parse(text, name, nullptr);
}

std::vector<Transaction> parse_ledger_csv(std::string_view text, const std::string& name,
                                          const Dataset& resolve_against) {
  return parse(text, name, &resolve_against);
}

std::vector<Transaction> load_ledger_csv(const std::string& path) {
  const std::string text = read_whole_file(path);
  return parse(text, path, nullptr);
}

std::vector<Transaction> load_ledger_csv(const std::string& path, const Dataset& resolve_against) {
  const std::string text = read_whole_file(path);
  return parse(text, path, &resolve_against);
}

Dataset with_transactions(const Dataset& dataset, std::vector<Transaction> transactions,
                          const QualifierPolicy& policy) {
  DatasetContent content = dataset.content();
  content.transactions.reserve(content.transactions.size() + transactions.size());
  std::move(transactions.begin(), transactions.end(), std::back_inserter(content.transactions));
  return Dataset::build(std::move(content), policy);
}

void write_ledger_csv(std::ostream& out, std::span<const Transaction> transactions) {
  for (std::size_t i = 0; i < transactions.size(); ++i) check_writable(i, transactions[i]);

  // Rows are gathered in a buffer and handed to the stream in large pieces.
  constexpr std::size_t kFlushAt = 1 << 16;
  std::string buffer = RowReader::header_text(kColumns.size()) + "\n";
  for (const Transaction& t : transactions) {
    buffer += to_string(t.date);
    buffer += ',';
    if (t.donor) append_csv_field(buffer, t.donor->str());
    buffer += ',';
    if (t.area) buffer += t.area->to_string();
    buffer += ',';
    if (t.project) append_csv_field(buffer, t.project->str());
    buffer += ',';
    if (t.sector) buffer += t.sector->to_string();
    buffer += ',';
    buffer += to_string(t.type);
    buffer += ',';
    buffer += t.value.amount().to_string(t.value.currency().minor_units().value_or(0));
    buffer += ',';
    buffer += t.value.currency().code();
    buffer += ',';
    if (t.value_date) buffer += to_string(*t.value_date);
    buffer += '\n';
    if (buffer.size() >= kFlushAt) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  if (!out) throw error(errc::io, "writing the ledger failed");
}

}  // namespace io
PAIRAID_NAMESPACE_END
