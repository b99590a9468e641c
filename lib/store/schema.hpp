#pragma once
// The store's schema, one DDL script per PRAGMA user_version step (docs/store.md, "Schema").
#include "store/sqlite.hpp"

#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

// Version 1: datasets and transaction ledgers. Version 2: IATI activities. Version 3: the dataset
// format's version 2 entities (dispatches, known disagreements).
std::string_view schema_v1_ddl() noexcept;
std::string_view schema_v2_ddl() noexcept;
std::string_view schema_v3_ddl() noexcept;
inline constexpr int current_schema_version = 3;

// Brings the database to current_schema_version, each step in its own write transaction. A
// database newer than this library is errc::invalid_data (never touched).
void migrate(Connection& db);

}  // namespace store_detail
PAIRAID_NAMESPACE_END
