// The sequential reader: one expat parser fed from a file descriptor in fixed blocks, straight
// into expat's own buffer, so memory stays at one block plus the activity being built.
#include "iati/reader_file.hpp"

#include <pairaid/iati/reader.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

PAIRAID_NAMESPACE_BEGIN
namespace iati {

namespace detail {

io::load_error io_error(const std::filesystem::path& file, const std::string& what, int error_number) {
  io::Diagnostic d;
  d.file = file.string();
  d.code = "io";
  d.message = what + ": " + std::strerror(error_number);
  return io::load_error(errc::io, {std::move(d)});
}

FileDescriptor::FileDescriptor(const std::filesystem::path& file) {
  fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw io_error(file, "cannot open the file", errno);
}

FileDescriptor::~FileDescriptor() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t FileDescriptor::read_at(const std::filesystem::path& file, void* into, std::size_t size,
                                    std::uint64_t offset) const {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(fd_, static_cast<char*>(into) + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error(file, "cannot read the file", errno);
    }
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  return done;
}

void parse_range(ActivityBuilder& builder, const FileDescriptor& fd, const std::filesystem::path& file,
                 std::uint64_t begin, std::uint64_t end, bool final) {
  std::uint64_t at = begin;
  while (true) {
    const std::uint64_t left = end - at;
    const std::size_t want = left < kBlockSize ? static_cast<std::size_t>(left) : kBlockSize;
    void* buffer = builder.buffer(want > 0 ? want : 1);
    const std::size_t got = want > 0 ? fd.read_at(file, buffer, want, at) : 0;
    at += got;
    const bool last = got == 0 || at >= end;
    builder.parse_buffer(got, last && final);
    if (last) return;
  }
}

}  // namespace detail

ReadSummary read_activities(std::string_view xml, std::string_view name, const ReadOptions& options,
                            const ActivityCallback& on_activity) {
  ReadSummary summary;
  auto lookup = [xml] {
    detail::OpenElementTracker tracker;
    tracker.feed(xml.data(), xml.size(), true);
    return std::string(tracker.innermost());
  };
  detail::ActivityBuilder builder(std::string(name), options, on_activity, summary, {}, lookup);
  builder.feed(xml.data(), xml.size(), true);
  return summary;
}

ReadSummary read_activities_file(const std::filesystem::path& file, const ReadOptions& options,
                                 const ActivityCallback& on_activity) {
  const detail::FileDescriptor fd(file);
  ReadSummary summary;
  auto lookup = [&] {
    detail::OpenElementTracker tracker;
    std::string block(detail::kBlockSize, '\0');
    for (std::uint64_t at = 0;;) {
      const std::size_t got = fd.read_at(file, block.data(), block.size(), at);
      at += got;
      if (!tracker.feed(block.data(), got, got == 0) || got == 0) break;
    }
    return std::string(tracker.innermost());
  };
  detail::ActivityBuilder builder(file.string(), options, on_activity, summary, {}, lookup);
  detail::parse_range(builder, fd, file, 0, UINT64_MAX, true);
  return summary;
}

ActivityFile load_activities(const std::filesystem::path& file, const ReadOptions& options) {
  ActivityFile loaded;
  loaded.summary =
      read_activities_file(file, options, [&](Activity&& a) { loaded.activities.push_back(std::move(a)); });
  return loaded;
}

}  // namespace iati
PAIRAID_NAMESPACE_END
