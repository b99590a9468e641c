#pragma once
// Reading a file by blocks, shared by the sequential and the parallel reader. Internal.
#include "iati/reader_builder.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

// Big enough that system calls cost nothing next to parsing, small enough to stay in cache.
constexpr std::size_t kBlockSize = std::size_t{1} << 20;

io::load_error io_error(const std::filesystem::path& file, const std::string& what, int error_number);

class FileDescriptor {
 public:
  explicit FileDescriptor(const std::filesystem::path& file);
  ~FileDescriptor();
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  // Up to `size` bytes at `offset`; fewer only at the end of the file.
  std::size_t read_at(const std::filesystem::path& file, void* into, std::size_t size, std::uint64_t offset) const;
  int get() const { return fd_; }

 private:
  int fd_ = -1;
};

// Feeds bytes [begin, end) of the file to `builder` block by block (end may be past the end of
// the file); `final` says whether the document ends there.
void parse_range(ActivityBuilder& builder, const FileDescriptor& fd, const std::filesystem::path& file,
                 std::uint64_t begin, std::uint64_t end, bool final);

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
