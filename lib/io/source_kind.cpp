// io::source_kind: what a file holds, by its first bytes and its extension (source_kind.hpp).
#include <pairaid/io/source_kind.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>
#include <string>

PAIRAID_NAMESPACE_BEGIN
namespace io {
namespace {

constexpr std::array<std::string_view, 4> kind_words{"ledger", "dataset", "iati", "store"};

std::string lower_extension(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

}  // namespace

bool is_store_file(const std::filesystem::path& file) {
  static constexpr char header[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
  std::ifstream in(file, std::ios::binary);
  std::array<char, 16> got{};
  if (!in.read(got.data(), got.size())) return false;
  return std::memcmp(got.data(), header, sizeof header) == 0;
}

SourceKind source_kind(const std::filesystem::path& file) {
  if (is_store_file(file)) return SourceKind::store;
  const std::string extension = lower_extension(file);
  if (extension == ".xml") return SourceKind::iati;
  if (extension == ".json") return SourceKind::dataset;
  if (extension == ".csv") return SourceKind::ledger;
  std::ifstream in(file, std::ios::binary);
  char c = 0;
  while (in.get(c)) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u) || u == 0xEF || u == 0xBB || u == 0xBF) continue;  // white space, byte-order mark
    if (c == '<') return SourceKind::iati;
    if (c == '{') return SourceKind::dataset;
    break;
  }
  return SourceKind::ledger;
}

std::string_view to_string(SourceKind kind) noexcept { return kind_words[static_cast<std::size_t>(kind)]; }

std::optional<SourceKind> parse_source_kind(std::string_view word) noexcept {
  for (std::size_t i = 0; i < kind_words.size(); ++i)
    if (kind_words[i] == word) return static_cast<SourceKind>(i);
  return std::nullopt;
}

}  // namespace io
PAIRAID_NAMESPACE_END
