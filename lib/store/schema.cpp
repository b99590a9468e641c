#include "store/schema.hpp"

#include <string>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

// Each model entity keeps its document form (`doc`, the JSON object io::write_dataset writes for
// it, so every member round-trips exactly) beside the columns that identify it and that other
// rows refer to. Transactions are fully normalised instead: they are the bulk of a store, the
// ledger is built from their columns, and a CSV ledger has no document form. `seq` keeps document
// order. References between entities are deferred foreign keys: an import may add a pairing
// before its donor, and the whole import is validated (Dataset::build) before it commits.
std::string_view schema_v1_ddl() noexcept {
  return R"sql(
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('dataset', 'ledger', 'iati')),
  source TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE dataset_meta (
  key TEXT PRIMARY KEY CHECK (key IN ('title', 'description')),
  value TEXT NOT NULL
);
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE TABLE exchange_rates (
  seq INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  base TEXT NOT NULL,
  quote TEXT NOT NULL,
  source TEXT,  -- the rate's citation text (FxRate::source), not a sources row
  doc TEXT NOT NULL,
  UNIQUE (date, base, quote)
);
CREATE TABLE areas (
  code TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  parent TEXT REFERENCES areas(code) DEFERRABLE INITIALLY DEFERRED,
  doc TEXT NOT NULL
);
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE TABLE programs (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  recipient_area TEXT REFERENCES areas(code) DEFERRABLE INITIALLY DEFERRED,
  doc TEXT NOT NULL
);
CREATE TABLE pairings (
  seq INTEGER PRIMARY KEY,
  donor TEXT NOT NULL REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED,
  area TEXT NOT NULL REFERENCES areas(code) DEFERRABLE INITIALLY DEFERRED,
  program TEXT REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  valid_from TEXT,
  doc TEXT NOT NULL,
  UNIQUE (donor, area, program, valid_from)
);
CREATE TABLE batches (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  program TEXT REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  doc TEXT NOT NULL
);
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  program TEXT REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  area TEXT REFERENCES areas(code) DEFERRABLE INITIALLY DEFERRED,
  doc TEXT NOT NULL
);
CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL  -- without "observations": those are rows of indicator_observations
);
CREATE TABLE indicator_observations (
  indicator TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  period_first TEXT,
  period_last TEXT,
  doc TEXT NOT NULL,
  PRIMARY KEY (indicator, position)
);
-- Amounts are exact decimal text (Decimal::to_string), never REAL; dates are YYYY-MM-DD.
CREATE TABLE transactions (
  seq INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  origin TEXT NOT NULL CHECK (origin IN ('dataset', 'ledger')),
  id TEXT UNIQUE,
  project TEXT,
  donor TEXT,
  area TEXT,
  sector TEXT,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  amount TEXT NOT NULL,
  currency TEXT NOT NULL,
  value_date TEXT
);
CREATE INDEX transactions_by_import ON transactions(import_id);
)sql";
}

// IATI activities: the identifying and most-queried fields as columns, every parsed field in
// `fields` (JSON of the whole iati::Activity, lib/store/activity_json.cpp, so reading back gives an
// equal Activity for totals and re-export), and the transactions normalised as rows so SQL can
// count and sum them without parsing JSON. Re-import replaces an activity and its transaction rows.
std::string_view schema_v2_ddl() noexcept {
  return R"sql(
CREATE TABLE iati_activities (
  id INTEGER PRIMARY KEY,
  iati_identifier TEXT NOT NULL UNIQUE,
  last_updated_datetime TEXT NOT NULL,  -- as written ('' when absent)
  last_updated_utc TEXT,                -- normalised for comparison; NULL when absent or unreadable
  import_id INTEGER NOT NULL REFERENCES imports(id),
  source TEXT NOT NULL,
  version TEXT NOT NULL,
  reporting_org_ref TEXT NOT NULL,
  default_currency TEXT NOT NULL,
  hierarchy INTEGER,
  activity_status TEXT NOT NULL,
  title TEXT NOT NULL,
  fields TEXT NOT NULL
);
CREATE TABLE iati_transactions (
  activity_id INTEGER NOT NULL REFERENCES iati_activities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  type INTEGER NOT NULL,
  date TEXT,
  amount TEXT NOT NULL,
  currency TEXT NOT NULL,  -- as written on the value; '' means the activity's default applies
  value_date TEXT,
  PRIMARY KEY (activity_id, position)
);
CREATE INDEX iati_activities_by_reporting_org ON iati_activities(reporting_org_ref);
)sql";
}

// Dataset format version 2: dispatches (batches of several programs sent together) and the known
// disagreements a dataset acknowledges, each in its document form like the other entities.
std::string_view schema_v3_ddl() noexcept {
  return R"sql(
CREATE TABLE dispatches (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE TABLE known_disagreements (
  "check" TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
)sql";
}

void migrate(Connection& db) {
  const std::int64_t found = db.single_integer("PRAGMA user_version");
  if (found > current_schema_version)
    throw error(errc::invalid_data, db.path() + ": the store has schema version " + std::to_string(found) +
                                        "; this pairaid reads versions up to " +
                                        std::to_string(current_schema_version));
  if (found == current_schema_version) return;
  // One transaction for all steps: a crash mid-migration leaves the earlier version intact.
  WriteTransaction tx(db);
  // Re-read inside the lock: another process may have migrated meanwhile.
  std::int64_t version = db.single_integer("PRAGMA user_version");
  if (version < 1) {
    db.exec(schema_v1_ddl());
    version = 1;
  }
  if (version < 2) {
    db.exec(schema_v2_ddl());
    version = 2;
  }
  if (version < 3) {
    db.exec(schema_v3_ddl());
    version = 3;
  }
  // user_version takes no bound parameter; the value is this library's own constant.
  db.exec("PRAGMA user_version = " + std::to_string(version));
  tx.commit();
}

}  // namespace store_detail
PAIRAID_NAMESPACE_END
