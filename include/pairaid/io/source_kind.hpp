#pragma once
// What a file given to pairaid holds: the one decision every command and the C API use
// (docs/formats.md, "Which kind of file").
//
//   switch (pairaid::io::source_kind("activities.XML")) { case pairaid::io::SourceKind::iati: ... }
//
// The rule, in order:
//   1. a file that starts with SQLite's header ("SQLite format 3\0") is a store (docs/store.md);
//   2. the extension, compared without regard to case: .xml IATI activities, .json a dataset,
//      .csv a transaction ledger;
//   3. the first byte that is not white space or part of a UTF-8 byte-order mark: '<' IATI
//      activities, '{' a dataset;
//   4. anything else (including a file that cannot be read: its reader then says why) a ledger.
#include <pairaid/version.hpp>

#include <filesystem>
#include <optional>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace io {

enum class SourceKind { ledger, dataset, iati, store };

SourceKind source_kind(const std::filesystem::path& file);

// "ledger", "dataset", "iati", "store".
std::string_view to_string(SourceKind kind) noexcept;
std::optional<SourceKind> parse_source_kind(std::string_view word) noexcept;

// True when the file starts with SQLite's header; false when it does not or cannot be read.
bool is_store_file(const std::filesystem::path& file);

}  // namespace io
PAIRAID_NAMESPACE_END
