// The parallel reader. The file is cut into byte ranges that each start at an `<iati-activity`
// tag; part 0 is parsed as the file's own beginning, every other part as a small document made of
// the file's real prologue and root start tag, the range, and a synthesized `</iati-activities>`.
//
// Why this is exact: part i-1 parses without error only if, at the cut, the real document is back
// at the root's content level (not inside a comment, CDATA section, processing instruction or a
// nested element), since otherwise the synthesized end tag could not close the root. So when every
// part succeeds, every cut was a real boundary between activities and each part saw exactly the
// events the sequential parser sees there. The first part (in file order) that fails decides:
// an XML error means the cut or the file is bad, and the whole file is re-read by the sequential
// reader (its diagnostics are the ones reported); any other failure (strict mode, the callback)
// comes from a part whose predecessors all succeeded, so it is exactly the sequential one.
//
// Positions: before parsing, each thread counts the line breaks in its range (as expat counts
// them: LF, CR LF or CR), so part i knows the line and column where its range starts.
#include "iati/reader_file.hpp"
#include "iati/reader_values.hpp"

#include <pairaid/iati/reader.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <latch>
#include <optional>
#include <sys/stat.h>
#include <thread>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

namespace {

using detail::FileDescriptor;
using detail::kBlockSize;

constexpr std::string_view kActivityTag = "<iati-activity";
constexpr std::string_view kRootEnd = "</iati-activities>";

bool tag_name_ends(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/'; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// The end of the root start tag `<iati-activities ...>` when the prologue before it is plain
// (XML declaration in UTF-8, comments, white space); nullopt for anything else (a DOCTYPE, another
// encoding, a byte-order mark, another root), which the sequential reader handles.
std::optional<std::size_t> plain_root_end(std::string_view head) {
  std::size_t i = 0;
  while (true) {
    while (i < head.size() && detail::is_xml_space(head[i])) ++i;
    const std::string_view rest = head.substr(i);
    if (rest.starts_with("<?")) {
      const auto close = rest.find("?>");
      if (close == std::string_view::npos) return std::nullopt;
      const std::string_view pi = rest.substr(0, close);
      if (pi.starts_with("<?xml")) {
        const auto enc = pi.find("encoding");
        if (enc != std::string_view::npos) {
          const auto quote = pi.find_first_of("\"'", enc);
          if (quote == std::string_view::npos) return std::nullopt;
          const auto end = pi.find(pi[quote], quote + 1);
          if (end == std::string_view::npos) return std::nullopt;
          if (!equal_ignoring_case(pi.substr(quote + 1, end - quote - 1), "utf-8")) return std::nullopt;
        }
      }
      i += close + 2;
    } else if (rest.starts_with("<!--")) {
      const auto close = rest.find("-->", 4);
      if (close == std::string_view::npos) return std::nullopt;
      i += close + 3;
    } else if (rest.starts_with("<iati-activities") && rest.size() > 16 && tag_name_ends(rest[16]) && rest[16] != '/') {
      char quote = 0;
      for (std::size_t k = 16; k < rest.size(); ++k) {
        const char c = rest[k];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          if (rest[k - 1] == '/') return std::nullopt;  // an empty root: nothing to split
          return i + k + 1;
        }
      }
      return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
}

// The first `<iati-activity` start tag at or after `from`, or nullopt.
std::optional<std::uint64_t> next_activity_tag(const FileDescriptor& fd, const std::filesystem::path& file,
                                               std::uint64_t from, std::uint64_t size) {
  constexpr std::size_t window = std::size_t{64} * 1024;
  std::string buffer(window, '\0');
  while (from < size) {
    const std::size_t got = fd.read_at(file, buffer.data(), window, from);
    const std::string_view text(buffer.data(), got);
    for (std::size_t at = text.find(kActivityTag); at != std::string_view::npos; at = text.find(kActivityTag, at + 1)) {
      if (at + kActivityTag.size() >= text.size()) break;  // the name's end is in the next window
      if (tag_name_ends(text[at + kActivityTag.size()])) return from + at;
    }
    if (got < window) return std::nullopt;
    from += got - kActivityTag.size();  // overlap, so a tag across windows is found
  }
  return std::nullopt;
}

// Line breaks as expat counts them, and the characters after the last one.
struct LineCount {
  std::uint64_t breaks = 0;
  bool any_break = false;
  std::uint64_t tail_characters = 0;  // UTF-8 characters after the last break
};

void count_lines(std::string_view text, LineCount& count, bool& pending_cr) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (!pending_cr) ++count.breaks;  // CR LF counts once, at the CR
      pending_cr = false;
      count.any_break = true;
      count.tail_characters = 0;
    } else if (c == '\r') {
      ++count.breaks;
      pending_cr = true;
      count.any_break = true;
      count.tail_characters = 0;
    } else {
      pending_cr = false;
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count.tail_characters;
    }
  }
}

LineCount count_range(const FileDescriptor& fd, const std::filesystem::path& file, std::uint64_t begin,
                      std::uint64_t end) {
  LineCount count;
  bool pending_cr = false;
  std::string buffer(kBlockSize, '\0');
  for (std::uint64_t at = begin; at < end;) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kBlockSize, end - at));
    const std::size_t got = fd.read_at(file, buffer.data(), want, at);
    if (got == 0) break;
    const std::string_view block(buffer.data(), got);
    // Fast path: a block without CR only needs its LFs counted and its tail measured.
    if (block.find('\r') == std::string_view::npos && !pending_cr) {
      std::size_t last = std::string_view::npos;
      for (const char* p = block.data();
           (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(block.data() + got - p)))) !=
           nullptr;
           ++p) {
        ++count.breaks;
        last = static_cast<std::size_t>(p - block.data());
      }
      if (last != std::string_view::npos) {
        count.any_break = true;
        count.tail_characters = 0;
      }
      const std::string_view tail = last == std::string_view::npos ? block : block.substr(last + 1);
      for (char c : tail)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count.tail_characters;
    } else {
      count_lines(block, count, pending_cr);
    }
    at += got;
  }
  return count;
}

struct Part {
  std::uint64_t begin = 0, end = 0;
  LineCount lines;
  ReadSummary summary;
  std::exception_ptr failure;
  bool xml_failure = false;
};

void record_failure(Part& part) {
  part.failure = std::current_exception();
  try {
    throw;
  } catch (const io::load_error& e) {
    part.xml_failure = !e.diagnostics().empty() && e.diagnostics().front().code == "xml";
  } catch (...) {
  }
}

}  // namespace

ReadSummary read_activities_file_parallel(const std::filesystem::path& file, const ReadOptions& options, unsigned parts,
                                          const std::function<ActivityCallback(unsigned part)>& sink_for) {
  auto sequential = [&] { return read_activities_file(file, options, sink_for(0)); };
  if (parts <= 1) return sequential();

  const FileDescriptor fd(file);
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) throw detail::io_error(file, "cannot read the file", errno);
  const auto size = static_cast<std::uint64_t>(st.st_size);

  std::string head(static_cast<std::size_t>(std::min<std::uint64_t>(size, kBlockSize)), '\0');
  head.resize(fd.read_at(file, head.data(), head.size(), 0));
  const std::optional<std::size_t> root_end = plain_root_end(head);
  if (!root_end) return sequential();
  // Parts after the first see the file's prologue and root start tag, then a line break so that
  // their range starts a line (and its columns need only the first line's shift).
  const std::string prologue = head.substr(0, *root_end) + "\n";
  LineCount prologue_lines;
  bool pending_cr = false;
  count_lines(prologue, prologue_lines, pending_cr);

  std::vector<Part> cut;
  cut.push_back(Part{});
  for (unsigned k = 1; k < parts; ++k) {
    const std::uint64_t target = std::max<std::uint64_t>(*root_end, size / parts * k);
    const auto at = next_activity_tag(fd, file, std::max(target, cut.back().begin + 1), size);
    if (!at) break;
    cut.back().end = *at;
    Part next;
    next.begin = *at;
    cut.push_back(std::move(next));
  }
  cut.back().end = size;
  if (cut.size() == 1) return sequential();

  std::vector<ActivityCallback> sinks;
  for (unsigned i = 0; i < cut.size(); ++i) sinks.push_back(sink_for(i));

  std::latch counted(static_cast<std::ptrdiff_t>(cut.size()));
  auto run = [&](std::size_t i) {
    Part& part = cut[i];
    try {
      part.lines = count_range(fd, file, part.begin, part.end);
    } catch (...) {
      record_failure(part);
    }
    counted.arrive_and_wait();
    if (part.failure) return;
    for (std::size_t k = 0; k < i; ++k)
      if (cut[k].failure) return;  // a line count failed: the sequential reader will say why
    try {
      const bool last = i + 1 == cut.size();
      if (i == 0) {
        detail::ActivityBuilder builder(file.string(), options, sinks[i], part.summary);
        detail::parse_range(builder, fd, file, part.begin, part.end, last);
        builder.feed(kRootEnd.data(), kRootEnd.size(), true);
        return;
      }
      detail::PositionShift shift;
      shift.first_line = prologue_lines.breaks + 1;
      shift.real_first_line = 1;
      for (std::size_t k = 0; k < i; ++k) {
        shift.real_first_line += cut[k].lines.breaks;
        shift.first_line_columns = cut[k].lines.any_break ? cut[k].lines.tail_characters
                                                          : shift.first_line_columns + cut[k].lines.tail_characters;
      }
      detail::ActivityBuilder builder(file.string(), options, sinks[i], part.summary, shift);
      builder.feed(prologue.data(), prologue.size(), false);
      detail::parse_range(builder, fd, file, part.begin, last ? UINT64_MAX : part.end, last);
      if (!last) builder.feed(kRootEnd.data(), kRootEnd.size(), true);
    } catch (...) {
      record_failure(part);
    }
  };
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 1; i < cut.size(); ++i) threads.emplace_back(run, i);
    run(0);
  }

  ReadSummary merged;
  merged.version = cut.front().summary.version;
  for (unsigned i = 0; i < cut.size(); ++i) {
    Part& part = cut[i];
    if (part.failure) {
      if (!part.xml_failure) std::rethrow_exception(part.failure);
      // Start every part afresh: the sequential re-read sends all activities to part 0.
      for (unsigned k = 1; k < cut.size(); ++k) sink_for(k);
      return sequential();
    }
    merged.activities += part.summary.activities;
    merged.transactions += part.summary.transactions;
    merged.budgets += part.summary.budgets;
    merged.planned_disbursements += part.summary.planned_disbursements;
    for (auto& d : part.summary.skipped) merged.skipped.push_back(std::move(d));
  }
  return merged;
}

}  // namespace iati
PAIRAID_NAMESPACE_END
