#pragma once
// pairaid::Store: a program's records kept in one SQLite file (docs/store.md).
//
//   pairaid::Store store("aid.db");                     // created when absent; ":memory:" works
//   store.import_dataset_file("xizang.json");           // one transaction each: all or nothing
//   store.import_ledger_csv("ledger.csv");
//   store.import_iati_file("activities.xml");           // re-import updates by iati-identifier
//   pairaid::Dataset d = store.load_dataset();
//   pairaid::Ledger l = store.load_ledger();            // run_query over it as over the files
//
// Every import is one SQLite write transaction (BEGIN IMMEDIATE ... COMMIT): an import that fails
// for any reason (bad input, a model rule the merged content breaks, a crash, SIGKILL, power loss
// with the file system honouring fsync) leaves the store exactly as it was. Readers, in this
// process or another, each see the store as of one committed import (WAL mode).
//
// One Store object is one SQLite connection: use it from one thread at a time; open one Store per
// thread for concurrent readers.
#include <pairaid/analysis/ledger.hpp>
#include <pairaid/iati/activity.hpp>
#include <pairaid/iati/reader.hpp>
#include <pairaid/model/dataset.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

namespace store_detail {
class Connection;
}

// What one import did. Counts are of the source's records: entities and transactions for a
// dataset, transactions for a ledger, activities for IATI.
struct ImportReport {
  std::string source;  // the path (or name) imported
  std::string kind;    // "dataset", "ledger" or "iati"
  std::uint64_t added = 0;
  std::uint64_t updated = 0;    // replaced a stored record with the same key
  std::uint64_t unchanged = 0;  // already stored, identical
  std::uint64_t skipped = 0;    // not stored; `notes` says why, one line each
  std::vector<std::string> notes;
  // IATI: transactions the reader skipped (lenient mode), as file:line diagnostics.
  std::vector<std::string> reader_warnings;
};

struct StoreOptions {
  // How long a writer waits for another writer's transaction before errc::io ("database is locked").
  int busy_timeout_ms = 10'000;
};

// Called during long imports with the records read so far (for a progress display).
using ImportProgress = std::function<void(std::uint64_t records_read)>;

// Row counts of the main tables, for summaries and tests.
struct StoreCounts {
  std::uint64_t imports = 0, sources = 0, exchange_rates = 0, areas = 0, organisations = 0, programs = 0, pairings = 0,
                batches = 0, projects = 0, indicators = 0, observations = 0, transactions = 0, iati_activities = 0,
                iati_transactions = 0;
  friend bool operator==(const StoreCounts&, const StoreCounts&) = default;
};

class Store {
 public:
  static constexpr int schema_version = 3;

  // Opens `path` (created when absent) or an in-memory store for ":memory:", sets WAL mode,
  // foreign keys and the busy timeout, and migrates an older schema to `schema_version` in one
  // transaction. errc::io when the file cannot be opened, errc::parse when it is not a SQLite
  // database, errc::invalid_data when its schema is newer than this library.
  explicit Store(const std::string& path, const StoreOptions& options = {});
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& path() const noexcept;

  // --- imports: each is one transaction --------------------------------------------------------
  // Merges a dataset: entities are matched by id (areas by code, pairings by donor, area, program
  // and valid_from; rates by date and pair; transactions by id, or by all fields when they have
  // none): new ones are added, different ones replace the stored one, identical ones are
  // unchanged. The merged content must pass Dataset::build (else errc::invalid_data, nothing kept).
  ImportReport import_dataset(const Dataset& dataset, const std::string& source_name,
                              const QualifierPolicy& policy = {});
  ImportReport import_dataset_file(const std::string& path, const QualifierPolicy& policy = {});
  // Appends transactions. When the store holds a dataset (any organisation or area), every donor,
  // project and area must resolve against it, as io::load_ledger_csv(path, dataset) checks.
  ImportReport import_ledger(std::span<const Transaction> transactions, const std::string& source_name,
                             const QualifierPolicy& policy = {});
  ImportReport import_ledger_csv(const std::string& path, const QualifierPolicy& policy = {});
  // Upserts activities by iati-identifier (docs/store.md, "Re-importing IATI"): the incoming one
  // replaces the stored one when its last-updated-datetime is newer or equal (equal and identical:
  // unchanged); older is skipped and noted. A file is streamed into the transaction; a reader
  // error (not well-formed XML) rolls everything back.
  ImportReport import_iati(std::span<const iati::Activity> activities, const std::string& source_name);
  ImportReport import_iati_file(const std::filesystem::path& file, const iati::ReadOptions& options = {},
                                const ImportProgress& progress = {});
  // Any file, by what io::source_kind says it holds (a dataset, a ledger or IATI activities): what
  // `pairaid import` and the C API do. A store is errc::invalid_argument (stores are not imported
  // into stores). `options` and `progress` are for IATI files.
  ImportReport import_file(const std::filesystem::path& file, const iati::ReadOptions& options = {},
                           const ImportProgress& progress = {});

  // --- reading back (each a consistent snapshot) ------------------------------------------------
  // The dataset entities and every transaction (dataset and ledger), validated by Dataset::build.
  Dataset load_dataset(const QualifierPolicy& policy = {}) const;
  std::vector<Transaction> transactions() const;        // in import order
  Ledger load_ledger() const;                           // the same rows, as columns
  std::vector<iati::Activity> iati_activities() const;  // by iati-identifier
  bool has_dataset() const;                             // any dataset entity stored
  StoreCounts counts() const;
  std::vector<ImportReport> imports() const;  // the log, oldest first (no notes)
  // PRAGMA integrity_check's answer: "ok" for a sound file.
  std::string integrity_check() const;

 private:
  std::unique_ptr<store_detail::Connection> db_;
};

PAIRAID_NAMESPACE_END
