#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <limits>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

namespace {
int text_size(std::string_view text, Connection& db) {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw error(errc::overflow,
                db.path() + ": a text value of " + std::to_string(text.size()) + " bytes is too large for the store");
  return static_cast<int>(text.size());
}
}  // namespace

Connection::Connection(const std::string& path) : path_(path) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw error(errc::io, path + ": cannot open the store: " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::fail(int rc, std::string_view what) {
  std::string message = path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_) + " (" + sqlite3_errstr(rc) + ")";
  const int primary = rc & 0xff;
  const errc code = primary == SQLITE_CONSTRAINT                            ? errc::invalid_data
                    : primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT ? errc::parse
                                                                            : errc::io;
  throw error(code, message);
}

void Connection::exec(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    sqlite3_free(message);
    fail(rc, "cannot run " + text.substr(0, 60));
  }
}

std::int64_t Connection::single_integer(std::string_view sql) {
  Statement s(*this, sql);
  if (!s.step()) fail(SQLITE_ERROR, "no row from " + std::string(sql));
  return s.integer(0);
}

std::string Connection::single_text(std::string_view sql) {
  Statement s(*this, sql);
  if (!s.step()) fail(SQLITE_ERROR, "no row from " + std::string(sql));
  return s.text(0);
}

std::int64_t Connection::changes() const { return sqlite3_changes64(db_); }

std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(Connection& db, std::string_view sql) : db_(&db) {
  const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), text_size(sql, db), &stmt_, nullptr);
  if (rc != SQLITE_OK) db.fail(rc, "cannot prepare " + std::string(sql.substr(0, 60)));
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
  const int rc = sqlite3_bind_text(stmt_, index, text.data(), text_size(text, *db_), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) db_->fail(rc, "cannot bind a parameter");
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) db_->fail(rc, "cannot bind a parameter");
  return *this;
}

Statement& Statement::bind_null(int index) {
  const int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) db_->fail(rc, "cannot bind a parameter");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string sql = sqlite3_sql(stmt_);
  sqlite3_reset(stmt_);
  db_->fail(rc, "cannot run " + sql.substr(0, 60));
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int Statement::columns() const { return sqlite3_column_count(stmt_); }

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

WriteTransaction::WriteTransaction(Connection& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

WriteTransaction::~WriteTransaction() {
  if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void WriteTransaction::commit() {
  // Deferred foreign keys are checked at COMMIT, which says only "constraint failed"; name the rows.
  Statement check(db_, "PRAGMA foreign_key_check");
  std::string dangling;
  int found = 0;
  while (check.step() && found < 5) {
    ++found;
    dangling += (dangling.empty() ? "" : "; ") + check.text(0) + " row " + check.text(1) + " refers to a missing " +
                check.text(2);
  }
  if (found > 0)
    throw error(errc::invalid_data, db_.path() + ": the import would leave dangling references: " + dangling);
  db_.exec("COMMIT");
  open_ = false;
}

ReadTransaction::ReadTransaction(Connection& db) : db_(db) { db_.exec("BEGIN"); }

ReadTransaction::~ReadTransaction() { sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr); }

}  // namespace store_detail
PAIRAID_NAMESPACE_END
