#pragma once
// A thin RAII layer over the SQLite C API, internal to lib/store/. Values only ever reach SQL as
// bound parameters: Statement takes fixed SQL text (written in this library) and binds data with
// bind(); there is no way to splice a value into SQL text.
#include <pairaid/core/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

class Connection;

class Statement {
 public:
  Statement(Connection& db, std::string_view sql);
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, std::int64_t value);
  Statement& bind_null(int index);
  Statement& bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bind_null(index);
  }

  // true while a row is available; false when done. Errors throw.
  bool step();
  // Runs a statement that returns no rows (or ignores them), then resets it for reuse.
  void run();
  void reset();  // clears bindings too

  int columns() const;
  bool is_null(int column) const;
  std::int64_t integer(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;

 private:
  Connection* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Connection {
 public:
  // Opens (creating when absent) `path`, or an in-memory database for ":memory:".
  explicit Connection(const std::string& path);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // Runs fixed SQL text (DDL, pragmas, BEGIN/COMMIT) with no parameters.
  void exec(std::string_view sql);
  std::int64_t single_integer(std::string_view sql);
  std::string single_text(std::string_view sql);
  std::int64_t changes() const;
  std::int64_t last_insert_rowid() const;

  const std::string& path() const noexcept { return path_; }
  sqlite3* handle() noexcept { return db_; }
  // Throws pairaid::error with SQLite's message and `what` when rc is not OK/ROW/DONE.
  [[noreturn]] void fail(int rc, std::string_view what);

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran.
class WriteTransaction {
 public:
  explicit WriteTransaction(Connection& db);
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction();
  void commit();

 private:
  Connection& db_;
  bool open_ = true;
};

// BEGIN (deferred) for a consistent read snapshot across several statements.
class ReadTransaction {
 public:
  explicit ReadTransaction(Connection& db);
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;
  ~ReadTransaction();

 private:
  Connection& db_;
};

}  // namespace store_detail
PAIRAID_NAMESPACE_END
