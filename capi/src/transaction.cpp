// pairaid_transaction: a borrowed view of one of the dataset's transactions. Its value is lent as
// a pairaid_money owned by the dataset; what the source did not state is PAIRAID_ENOTFOUND.
#include "entity_access.hpp"

using pairaid::capi::guard;
using pairaid::capi::lend;
using pairaid::capi::lend_id;

static_assert(pairaid::capi::words_are_c_strings(pairaid::transaction_type_names));

pairaid_transaction::pairaid_transaction(const pairaid::Transaction& t)
    : model(&t),
      area(pairaid::capi::code_text(t.area)),
      sector(pairaid::capi::code_text(t.sector)),
      value_date(pairaid::capi::text_of(t.value_date)),
      date(pairaid::to_string(t.date)),
      value(t.value) {}

namespace {
// "transaction 't-1'" or "the transaction of 2021-03-01"
std::string describe(const pairaid_transaction& t) {
  return t.model->id ? "transaction '" + t.model->id->str() + "'" : "the transaction of " + t.date;
}
}  // namespace

extern "C" {

PAIRAID_DATASET_LIST(transaction, transactions)

PAIRAID_ENTITY_OPTIONAL_TEXT(transaction, id,
                             lend_id(out, transaction->model->id, "the id of " + describe(*transaction)))
PAIRAID_ENTITY_OPTIONAL_TEXT(transaction, project,
                             lend_id(out, transaction->model->project, "the project of " + describe(*transaction)))
PAIRAID_ENTITY_OPTIONAL_TEXT(transaction, donor,
                             lend_id(out, transaction->model->donor, "the donor of " + describe(*transaction)))
PAIRAID_ENTITY_OPTIONAL_TEXT(transaction, area, lend(out, transaction->area, "the area of " + describe(*transaction)))
PAIRAID_ENTITY_OPTIONAL_TEXT(transaction, sector,
                             lend(out, transaction->sector, "the sector of " + describe(*transaction)))
PAIRAID_ENTITY_OPTIONAL_TEXT(transaction, value_date,
                             lend(out, transaction->value_date, "the value date of " + describe(*transaction)))
PAIRAID_ENTITY_TEXT(transaction, date, transaction->date.c_str())
PAIRAID_ENTITY_TEXT(transaction, type,
                    pairaid::capi::word_of(pairaid::transaction_type_names, transaction->model->type))

pairaid_status pairaid_transaction_iati_code(int* out, const pairaid_transaction* transaction) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(transaction);
    *out = pairaid::iati_code(transaction->model->type);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_transaction_value(const pairaid_money** out, const pairaid_transaction* transaction) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(transaction);
    *out = &transaction->value;
    return PAIRAID_OK;
  });
}

}  // extern "C"
