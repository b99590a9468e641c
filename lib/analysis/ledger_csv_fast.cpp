// Ledger CSV straight into columns: the file is mapped (or read) once, records are split on
// their line breaks in place, every field is parsed with integer-only code, and rows go into a
// LedgerBuilder without a Transaction or a std::string per field. Two threads may take halves of
// a file, cut at a line boundary, each with its own dictionaries, merged at the end.
//
// The fast path handles the common shape (no quotes; plain ids, codes, dates and amounts). Any
// record it does not handle - including every malformed one - goes through io::parse_ledger_csv,
// the reference reader, on its own, so the rows accepted and the diagnostics given (code, column,
// message) are exactly the reader's; only the line number is put back. A file with any '"' at all
// is read by the reference reader whole (a quoted field may hold a line break, so the file cannot
// be cut at line boundaries safely).
#include "analysis/ledger_columns.hpp"

#include <pairaid/io/ledger_csv.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

PAIRAID_NAMESPACE_BEGIN
namespace {

using analysis_detail::LedgerBuilder;

constexpr std::string_view kHeader8 = "date,donor,area,project,sector,type,amount,currency";
constexpr std::string_view kHeader9 = "date,donor,area,project,sector,type,amount,currency,value_date";

// A record the reference reader refused: its diagnostic, with the line counted from the record's
// chunk, to be fixed once the record's absolute line is known.
struct Refusal {
  std::size_t offset = 0;  // of the record in the text
  errc code = errc::parse;
  io::Diagnostic diagnostic;
};

inline bool digit(char c) { return c >= '0' && c <= '9'; }

std::optional<DayNumber> parse_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!digit(s[i])) return std::nullopt;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1400 || m < 1 || m > 12 || d < 1) return std::nullopt;  // parse_date's range
  static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > month_days[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
  // days_from_civil (see day_number), inlined on the hot path.
  const int yy = y - (m <= 2);
  const int era = yy / 400;  // yy >= 1399
  const int yoe = yy - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// What id_text_problem accepts: 1..128 bytes, no control bytes, no space at either end. Empty
// means "none" here and is handled by the caller.
bool plain_id(std::string_view s) {
  if (s.size() > 128 || s.front() == ' ' || s.back() == ' ') return false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return false;
  }
  return true;
}

// Six (area) or five (sector) digits, the first not zero; 0 for an empty field; nullopt otherwise.
std::optional<std::uint32_t> parse_code(std::string_view s, std::size_t width) {
  if (s.empty()) return 0u;
  if (s.size() != width || s[0] < '1' || s[0] > '9') return std::nullopt;
  std::uint32_t v = 0;
  for (char c : s) {
    if (!digit(c)) return std::nullopt;
    v = v * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return v;
}

std::optional<std::uint8_t> parse_type(std::string_view s) {
  if (s.size() <= 2) {
    if (s.empty() || s[0] < '1' || s[0] > '9') return std::nullopt;
    int code = s[0] - '0';
    if (s.size() == 2) {
      if (!digit(s[1])) return std::nullopt;
      code = code * 10 + (s[1] - '0');
    }
    if (auto t = transaction_type_from_iati(code)) return static_cast<std::uint8_t>(*t);
    return std::nullopt;
  }
  for (std::size_t i = 0; i < transaction_type_names.words.size(); ++i)
    if (transaction_type_names.words[i] == s) return static_cast<std::uint8_t>(i);
  return std::nullopt;
}

struct Amount {
  std::int64_t units;
  int digits;
};
// Optional sign, digits, optional '.' and digits; at most 18 digits in all and 9 after the point,
// so the value fits int64 as it stands. Anything else is left to the reference reader.
std::optional<Amount> parse_amount(std::string_view s) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  std::int64_t v = 0;
  int total = 0, fraction = -1;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (digit(c)) {
      v = v * 10 + (c - '0');
      if (++total > 18) return std::nullopt;
      if (fraction >= 0) ++fraction;
    } else if (c == '.' && fraction < 0) {
      fraction = 0;
    } else {
      return std::nullopt;
    }
  }
  if (total == 0 || fraction > 9) return std::nullopt;
  return Amount{negative ? -v : v, fraction < 0 ? 0 : fraction};
}

class ChunkParser {
 public:
  ChunkParser(std::string_view header, std::size_t columns, const std::string& name)
      : header_(header), columns_(columns), name_(name), currency_slot_(std::size_t{26} * 26 * 26, -1) {}

  // Parses records in text[begin, end) (end at a line boundary); stops at the first refused one.
  void run(std::string_view text, std::size_t begin, std::size_t end) {
    // One row per line is the common case: reserving for it keeps the columns from moving.
    // The estimate comes from the first lines' length (a full count would be another pass).
    const std::size_t sample_end = std::min(end, begin + (std::size_t{1} << 16));
    const auto sample_lines =
        static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                            text.begin() + static_cast<std::ptrdiff_t>(sample_end), '\n'));
    if (sample_lines > 0) builder.reserve((end - begin) / ((sample_end - begin) / sample_lines) * 11 / 10 + 16);
    std::array<std::string_view, 10> f;
    const char* data = text.data();
    std::size_t p = begin;
    while (p < end && !refusal) {
      // Split the line at commas in one pass; up to 10 fields are kept, more only counted.
      std::size_t n = 0, start = p, q = p, carriage_returns = 0;
      for (;; ++q) {
        const char c = q < end ? data[q] : '\n';
        carriage_returns += c == '\r';
        if (c == ',' || c == '\n') {
          if (n < f.size()) f[n] = std::string_view(data + start, q - start);
          ++n;
          start = q + 1;
          if (c == '\n') break;
        }
      }
      const std::size_t line_end = std::min(q, end);
      if (n <= f.size() && !f[n - 1].empty() && f[n - 1].back() == '\r') f[n - 1].remove_suffix(1), --carriage_returns;
      // A CR anywhere but before the line break ends a field for the reader: leave such lines to it.
      if (!blank(text.substr(p, line_end - p)) && !(n == columns_ && carriage_returns == 0 && fast_row(f)))
        slow_row(text, p, line_end);
      p = line_end + 1;
    }
  }

  LedgerBuilder builder;
  std::optional<Refusal> refusal;

 private:
  // Blank lines (only CR/LF) are skipped, as the reference reader does.
  static bool blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(), [](char c) { return c == '\r'; });
  }

  // The fields of a record with the right number of fields; false to leave it to the reader.
  bool fast_row(const std::array<std::string_view, 10>& f) {
    const auto day = parse_day(f[0]);
    if (!day) return false;
    DayNumber value_day = Ledger::no_value_date;
    if (columns_ == 9 && !f[8].empty()) {
      const auto v = parse_day(f[8]);
      if (!v) return false;
      value_day = *v;
    }
    if ((!f[1].empty() && !plain_id(f[1])) || (!f[3].empty() && !plain_id(f[3]))) return false;
    const auto area = parse_code(f[2], 6);
    const auto sector = parse_code(f[4], 5);
    const auto type = parse_type(f[5]);
    const auto amount = parse_amount(f[6]);
    const int currency = currency_code(f[7]);
    if (!area || !sector || !type || !amount || currency < 0) return false;
    builder.add(*day, value_day, builder.donor(f[1]), builder.project(f[3]), builder.area(*area),
                builder.sector(*sector), *type, static_cast<std::uint8_t>(currency), amount->units, amount->digits);
    return true;
  }

  // The builder's code for a currency, or -1 (not three capitals, or not an ISO 4217 code).
  int currency_code(std::string_view s) {
    if (s.size() != 3) return -1;
    int index = 0;
    for (char c : s) {
      if (c < 'A' || c > 'Z') return -1;
      index = index * 26 + (c - 'A');
    }
    std::int16_t& slot = currency_slot_[static_cast<std::size_t>(index)];
    if (slot == -1) {
      const auto c = Currency::find(s);
      slot = c ? static_cast<std::int16_t>(builder.currency(*c)) : std::int16_t{-2};
    }
    return slot;
  }

  // The record through the reference reader: as the only row under the file's header, on line 2.
  void slow_row(std::string_view text, std::size_t begin, std::size_t end) {
    std::string one(header_);
    one += '\n';
    one.append(text.substr(begin, end - begin));
    try {
      for (const Transaction& t : io::parse_ledger_csv(one, name_)) builder.add(t);
    } catch (const io::load_error& e) {
      refusal = Refusal{begin, e.code(), e.diagnostics().front()};
    }
  }

  std::string_view header_;
  std::size_t columns_;
  const std::string& name_;
  std::vector<std::int16_t> currency_slot_;  // by code index: builder code, -1 unseen, -2 unknown
};

// Where the header ends (after its line break), and its column count; nullopt when the header is
// anything but exactly one of the two headers (the reference reader then says what is wrong).
struct HeaderInfo {
  std::size_t body = 0;
  std::size_t columns = 0;
  std::string_view text;
};
std::optional<HeaderInfo> read_header(std::string_view text) {
  std::size_t p = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (p < text.size() && (text[p] == '\n' || text[p] == '\r')) ++p;
  const std::size_t nl = text.find('\n', p);
  std::size_t e = nl == std::string_view::npos ? text.size() : nl;
  if (e > p && text[e - 1] == '\r') --e;
  const std::string_view h = text.substr(p, e - p);
  if (h != kHeader8 && h != kHeader9) return std::nullopt;
  return HeaderInfo{nl == std::string_view::npos ? text.size() : nl + 1, h == kHeader8 ? 8u : 9u, h};
}

LedgerBuilder parse_text(std::string_view text, const std::string& name, const LedgerCsvOptions& options) {
  const auto header = read_header(text);
  if (!header || std::memchr(text.data(), '"', text.size())) {
    LedgerBuilder b;
    for (const Transaction& t : io::parse_ledger_csv(text, name)) b.add(t);
    return b;
  }
  // Cut points at line boundaries; small inputs are not worth a thread.
  constexpr std::size_t kMinPerThread = 1 << 20;
  const std::size_t body = text.size() - header->body;
  const std::size_t parts =
      std::max<std::size_t>(1, std::min<std::size_t>(std::max(options.threads, 1u), body / kMinPerThread));
  std::vector<std::size_t> cuts{header->body};
  for (std::size_t k = 1; k < parts; ++k) {
    std::size_t at = header->body + body * k / parts;
    const auto* nl = static_cast<const char*>(std::memchr(text.data() + at, '\n', text.size() - at));
    at = nl ? static_cast<std::size_t>(nl - text.data()) + 1 : text.size();
    cuts.push_back(std::max(at, cuts.back()));
  }
  cuts.push_back(text.size());

  std::vector<ChunkParser> chunks;
  chunks.reserve(parts);
  for (std::size_t k = 0; k < parts; ++k) chunks.emplace_back(header->text, header->columns, name);
  std::vector<std::exception_ptr> failures(parts);
  auto work = [&](std::size_t k) {
    try {
      chunks[k].run(text, cuts[k], cuts[k + 1]);
    } catch (...) {
      failures[k] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t k = 1; k < parts; ++k) threads.emplace_back(work, k);
  work(0);
  for (auto& t : threads) t.join();

  for (std::size_t k = 0; k < parts; ++k) {
    if (failures[k]) std::rethrow_exception(failures[k]);
    if (const auto& r = chunks[k].refusal) {
      io::Diagnostic d = r->diagnostic;
      d.line = 1 + static_cast<std::size_t>(
                       std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(r->offset), '\n'));
      throw io::load_error(r->code, {d});
    }
  }
  LedgerBuilder all = std::move(chunks[0].builder);
  for (std::size_t k = 1; k < parts; ++k) all.append(std::move(chunks[k].builder));
  return all;
}

// The file's bytes, mapped when possible (no copy), read otherwise.
class FileText {
 public:
  explicit FileText(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      size_ = static_cast<std::size_t>(st.st_size);
      void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p != MAP_FAILED) {
        map_ = p;
        ::madvise(p, size_, MADV_SEQUENTIAL);
        ::close(fd);
        return;
      }
    }
    char buf[1 << 16];
    for (;;) {
      const ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        const int e = errno;
        ::close(fd);
        fail(path, std::string("read failed: ") + std::strerror(e));
      }
      if (n == 0) break;
      copy_.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
  }
  ~FileText() {
    if (map_) ::munmap(map_, size_);
  }
  FileText(const FileText&) = delete;
  FileText& operator=(const FileText&) = delete;
  std::string_view text() const {
    return map_ ? std::string_view(static_cast<const char*>(map_), size_) : std::string_view(copy_);
  }

 private:
  [[noreturn]] static void fail(const std::string& path, std::string message) {
    throw io::load_error(errc::io, {io::Diagnostic{path, 0, 0, {}, "io", std::move(message)}});
  }
  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string copy_;
};

}  // namespace

Ledger Ledger::parse_csv(std::string_view text, const std::string& name, const LedgerCsvOptions& options) {
  return parse_text(text, name, options).finish();
}

Ledger Ledger::load_csv(const std::string& path, const LedgerCsvOptions& options) {
  const FileText file(path);
  return parse_text(file.text(), path, options).finish();
}

Ledger Ledger::load_csv(std::span<const std::string> paths, const LedgerCsvOptions& options) {
  LedgerBuilder all;
  for (const std::string& path : paths) {
    const FileText file(path);
    all.append(parse_text(file.text(), path, options));
  }
  return all.finish();
}

PAIRAID_NAMESPACE_END
