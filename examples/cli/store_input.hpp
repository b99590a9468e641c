#pragma once
// A store (docs/store.md) wherever a command accepts a dataset or ledger file: a file that starts
// with SQLite's header is opened as a pairaid::Store and read back as the files it was built from.
#include "cli.hpp"

#include <pairaid/iati/activity.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pairaid_cli {

// True when `path` is a store (starts with "SQLite format 3\0").
bool is_store_path(const std::string& path);

// The store's dataset (entities and every transaction), validated; on failure prints the error to
// `err` and throws already_reported.
pairaid::Dataset load_store_dataset_reporting(const std::string& path, std::ostream& err);

// What a store holds, so that commands can treat it as the files it was built from.
struct StoreHolds {
  bool dataset = false;       // a dataset's entities
  bool transactions = false;  // dataset or ledger transactions
  bool iati = false;          // IATI activities
};
StoreHolds store_holds_reporting(const std::string& path, std::ostream& err);

// The store's IATI activities, by iati-identifier (for IATI totals and export).
std::vector<pairaid::iati::Activity> load_store_activities_reporting(const std::string& path, std::ostream& err);

}  // namespace pairaid_cli
