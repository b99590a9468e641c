// pairaid_dataset: opens a JSON dataset through the core's loader (all or nothing) and wraps the
// validated Dataset with the borrowed handles the nouns' .cpp files lend out.
#include "handles.hpp"

#include <pairaid/io/dataset_json.hpp>

using pairaid::capi::emit;
using pairaid::capi::guard;

namespace pairaid::capi {

std::string out_of_range(const char* what, std::size_t index, std::size_t size, const char* plural) {
  return std::string(what) + " " + std::to_string(index) + " is out of range (" + std::to_string(size) + " " + plural +
         ")";
}

}  // namespace pairaid::capi

pairaid_dataset::pairaid_dataset(pairaid::Dataset d) : dataset(std::move(d)) {
  sources.reserve(dataset.sources().size());
  for (const auto& s : dataset.sources()) sources.emplace_back(s);
  programs.reserve(dataset.programs().size());
  for (const auto& p : dataset.programs()) programs.emplace_back(p);
  pairings.reserve(dataset.pairings().size());
  for (const auto& p : dataset.pairings()) pairings.emplace_back(p);
  projects.reserve(dataset.projects().size());
  for (const auto& p : dataset.projects()) projects.emplace_back(p);
  transactions.reserve(dataset.transactions().size());
  for (const auto& t : dataset.transactions()) transactions.emplace_back(t);
  organisations.reserve(dataset.organisations().size());
  for (const auto& o : dataset.organisations()) organisations.push_back(pairaid_organisation{&o});
  areas.reserve(dataset.areas().size());
  for (const auto& a : dataset.areas()) areas.emplace_back(*this, a);
  batches.reserve(dataset.batches().size());
  for (const auto& b : dataset.batches()) batches.emplace_back(b);
  indicators.reserve(dataset.indicators().size());
  for (const auto& i : dataset.indicators()) indicators.emplace_back(i);
}

extern "C" {

pairaid_status pairaid_dataset_open_file(pairaid_dataset** out, const char* path,
                                         const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(path);
    return emit(out, pairaid::io::load_dataset(path, pairaid::capi::policy_of(policy)));
  });
}

pairaid_status pairaid_dataset_open_buffer(pairaid_dataset** out, const char* data, size_t size, const char* name,
                                           const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(data);
    return emit(out, pairaid::io::parse_dataset(std::string_view(data, size), name ? name : "<buffer>",
                                                pairaid::capi::policy_of(policy)));
  });
}

pairaid_status pairaid_dataset_open_files(pairaid_dataset** out, const char* const* paths, size_t count,
                                          const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(paths);
    if (count == 0) return pairaid::capi::fail(PAIRAID_EINVALID, "no dataset file to read (count is 0)");
    std::vector<std::string> list;
    for (size_t i = 0; i < count; ++i) {
      if (!paths[i]) return pairaid::capi::fail(PAIRAID_EINVALID, "path " + std::to_string(i) + " is NULL");
      list.emplace_back(paths[i]);
    }
    return emit(out, pairaid::io::load_datasets(list, pairaid::capi::policy_of(policy)));
  });
}

pairaid_status pairaid_dataset_title(const char** out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(dataset);
    *out = dataset->dataset.content().title.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_write_json(char** out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    *out = pairaid::capi::dup_string(pairaid::io::write_dataset(dataset->dataset));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_write_json_file(const pairaid_dataset* dataset, const char* path) {
  return guard([&] {
    PAIRAID_REQUIRE(dataset);
    PAIRAID_REQUIRE(path);
    pairaid::io::save_dataset(dataset->dataset, path);
    return PAIRAID_OK;
  });
}

void pairaid_dataset_free(pairaid_dataset* dataset) { delete dataset; }

}  // extern "C"
