#pragma once
// Shared between the store's translation units (lib/store/): row <-> model conversions and the
// pieces of an import that more than one kind of import needs.
#include "store/sqlite.hpp"

#include <pairaid/model/dataset.hpp>
#include <pairaid/store/store.hpp>

#include <cstdint>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

// Adds a row to `imports` and returns its id (counts are filled in by finish_import).
std::int64_t begin_import(Connection& db, const std::string& kind, const std::string& source);
void finish_import(Connection& db, std::int64_t import_id, const ImportReport& report);

// Appends one transaction row.
class TransactionWriter {
 public:
  explicit TransactionWriter(Connection& db);
  void append(std::int64_t import_id, std::string_view origin, const Transaction& t);

 private:
  Statement insert_;
};

// Every transaction row (dataset and ledger), in seq order.
std::vector<Transaction> read_transactions(Connection& db);
// The dataset entities without transactions, as the dataset format's JSON text.
std::string read_dataset_document(Connection& db);
// read_dataset_document + read_transactions, validated.
Dataset read_dataset(Connection& db, const QualifierPolicy& policy);
bool holds_dataset(Connection& db);

}  // namespace store_detail
PAIRAID_NAMESPACE_END
