#include <pairaid/store/store.hpp>

#include <pairaid/io/source_kind.hpp>

#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "store/store_internal.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <cstring>
#include <fstream>

PAIRAID_NAMESPACE_BEGIN

using namespace store_detail;

Store::Store(const std::string& path, const StoreOptions& options) : db_(std::make_unique<Connection>(path)) {
  // busy_timeout first: switching to WAL and migrating may wait for another process's writer.
  db_->exec("PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms < 0 ? 0 : options.busy_timeout_ms));
  // Reading the schema also tells a SQLite file from anything else (SQLITE_NOTADB -> errc::parse).
  db_->single_integer("PRAGMA user_version");
  if (path != ":memory:") {
    const std::string mode = db_->single_text("PRAGMA journal_mode = WAL");
    if (mode != "wal") throw error(errc::io, path + ": the store could not switch to WAL mode (got " + mode + ")");
  }
  // FULL: a committed import survives power loss, not only a process crash.
  db_->exec("PRAGMA synchronous = FULL");
  db_->exec("PRAGMA foreign_keys = ON");
  if (db_->single_integer("PRAGMA foreign_keys") != 1)
    throw error(errc::io, path + ": this SQLite cannot enforce foreign keys");
  migrate(*db_);
}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::string& Store::path() const noexcept { return db_->path(); }

StoreCounts Store::counts() const {
  ReadTransaction snapshot(*db_);
  auto count = [&](std::string_view sql) { return static_cast<std::uint64_t>(db_->single_integer(sql)); };
  StoreCounts c;
  c.imports = count("SELECT count(*) FROM imports");
  c.sources = count("SELECT count(*) FROM sources");
  c.exchange_rates = count("SELECT count(*) FROM exchange_rates");
  c.areas = count("SELECT count(*) FROM areas");
  c.organisations = count("SELECT count(*) FROM organisations");
  c.programs = count("SELECT count(*) FROM programs");
  c.pairings = count("SELECT count(*) FROM pairings");
  c.batches = count("SELECT count(*) FROM batches");
  c.projects = count("SELECT count(*) FROM projects");
  c.indicators = count("SELECT count(*) FROM indicators");
  c.observations = count("SELECT count(*) FROM indicator_observations");
  c.transactions = count("SELECT count(*) FROM transactions");
  c.iati_activities = count("SELECT count(*) FROM iati_activities");
  c.iati_transactions = count("SELECT count(*) FROM iati_transactions");
  return c;
}

std::vector<ImportReport> Store::imports() const {
  Statement s(*db_, "SELECT source, kind, added, updated, unchanged, skipped FROM imports ORDER BY id");
  std::vector<ImportReport> out;
  while (s.step()) {
    ImportReport r;
    r.source = s.text(0);
    r.kind = s.text(1);
    r.added = static_cast<std::uint64_t>(s.integer(2));
    r.updated = static_cast<std::uint64_t>(s.integer(3));
    r.unchanged = static_cast<std::uint64_t>(s.integer(4));
    r.skipped = static_cast<std::uint64_t>(s.integer(5));
    out.push_back(std::move(r));
  }
  return out;
}

std::string Store::integrity_check() const {
  Statement s(*db_, "PRAGMA integrity_check");
  std::string out;
  while (s.step()) {
    if (!out.empty()) out += '\n';
    out += s.text(0);
  }
  return out;
}

bool Store::has_dataset() const { return holds_dataset(*db_); }

Dataset Store::load_dataset(const QualifierPolicy& policy) const {
  ReadTransaction snapshot(*db_);
  return read_dataset(*db_, policy);
}

std::vector<Transaction> Store::transactions() const {
  ReadTransaction snapshot(*db_);
  return read_transactions(*db_);
}

Ledger Store::load_ledger() const {
  const std::vector<Transaction> rows = transactions();
  return Ledger::from(rows);
}

ImportReport Store::import_file(const std::filesystem::path& file, const iati::ReadOptions& options,
                                const ImportProgress& progress) {
  switch (io::source_kind(file)) {
    case io::SourceKind::dataset: return import_dataset_file(file.string());
    case io::SourceKind::ledger: return import_ledger_csv(file.string());
    case io::SourceKind::iati: return import_iati_file(file, options, progress);
    case io::SourceKind::store: break;
  }
  throw error(errc::invalid_argument,
              file.string() + " is a store: a store is not imported into another (import the files it was built from)");
}

namespace store_detail {

std::int64_t begin_import(Connection& db, const std::string& kind, const std::string& source) {
  Statement s(db, "INSERT INTO imports(kind, source) VALUES (?, ?)");
  s.bind(1, kind).bind(2, source).run();
  return db.last_insert_rowid();
}

void finish_import(Connection& db, std::int64_t import_id, const ImportReport& report) {
  Statement s(db, "UPDATE imports SET added = ?, updated = ?, unchanged = ?, skipped = ? WHERE id = ?");
  s.bind(1, static_cast<std::int64_t>(report.added))
      .bind(2, static_cast<std::int64_t>(report.updated))
      .bind(3, static_cast<std::int64_t>(report.unchanged))
      .bind(4, static_cast<std::int64_t>(report.skipped))
      .bind(5, import_id)
      .run();
}

bool holds_dataset(Connection& db) {
  return db.single_integer(
             "SELECT EXISTS (SELECT 1 FROM areas) OR EXISTS (SELECT 1 FROM organisations) OR "
             "EXISTS (SELECT 1 FROM programs) OR EXISTS (SELECT 1 FROM sources) OR "
             "EXISTS (SELECT 1 FROM projects) OR EXISTS (SELECT 1 FROM indicators) OR "
             "EXISTS (SELECT 1 FROM batches) OR EXISTS (SELECT 1 FROM dataset_meta)") != 0;
}

}  // namespace store_detail
PAIRAID_NAMESPACE_END
