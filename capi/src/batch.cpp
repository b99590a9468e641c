// pairaid_batch: a borrowed view of one of the dataset's batches. What the source did not state
// (a headcount, a tenure) is PAIRAID_ENOTFOUND, never a zero.
#include "handles.hpp"

using pairaid::capi::guard;

pairaid_batch::pairaid_batch(const pairaid::Batch& b) : model(&b) {
  if (b.tenure) tenure.emplace(*b.tenure);
}

namespace {
// "batch 'aid-xizang-02' (ordinal 2)"
std::string describe(const pairaid::Batch& b) {
  return "batch '" + b.id.str() + "' (ordinal " + std::to_string(b.ordinal) + ")";
}
}  // namespace

extern "C" {

pairaid_status pairaid_dataset_batch_count(size_t* out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(dataset);
    *out = dataset->batches.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_batch(const pairaid_batch** out, const pairaid_dataset* dataset, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    return pairaid::capi::borrow_at(out, dataset->batches, index, "batch", "batches");
  });
}

pairaid_status pairaid_dataset_find_batch(const pairaid_batch** out, const pairaid_dataset* dataset, const char* id) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    PAIRAID_REQUIRE(id);
    const pairaid::Batch* b = dataset->dataset.find(pairaid::BatchId(id));
    if (!b) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "no batch has the id '" + std::string(id) + "'");
    *out = &dataset->wrapper(*b);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_batch_id(const char** out, const pairaid_batch* batch) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(batch);
    *out = batch->model->id.str().c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_batch_program(const char** out, const pairaid_batch* batch) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(batch);
    *out = batch->model->program.str().c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_batch_ordinal(int* out, const pairaid_batch* batch) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(batch);
    *out = batch->model->ordinal;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_batch_headcount(pairaid_reported** out, const pairaid_batch* batch) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(batch);
    const auto& headcount = batch->model->headcount;
    if (!headcount)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, describe(*batch->model) + ": its headcount is not known");
    return pairaid::capi::emit_figure(out, pairaid::to_any(*headcount));
  });
}

pairaid_status pairaid_batch_tenure(const char** first, const char** last, const pairaid_batch* batch) {
  return guard([&] {
    PAIRAID_REQUIRE(first);
    *first = nullptr;
    PAIRAID_REQUIRE(last);
    *last = nullptr;
    PAIRAID_REQUIRE(batch);
    if (!batch->tenure)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, describe(*batch->model) + ": its tenure is not known");
    *first = batch->tenure->first.c_str();
    *last = batch->tenure->last.c_str();
    return PAIRAID_OK;
  });
}

}  // extern "C"
