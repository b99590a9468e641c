// Batches of dispatched personnel (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::check_batches() {
  std::set<std::pair<std::string, int>> ordinals;
  for (std::size_t i = 0; i < d_.batches.size(); ++i) {
    const Batch& b = d_.batches[i];
    const std::string p = at("batches", i);
    program_ref(b.program, p + "/program");
    non_empty(b.tenure, p + "/tenure");
    if (b.ordinal < 1)
      add(Rule::invalid_value, p + "/ordinal", "a batch ordinal starts at 1, got " + std::to_string(b.ordinal));
    else if (!ordinals.emplace(b.program.str(), b.ordinal).second)
      add(Rule::duplicate_ordinal, p + "/ordinal",
          "program '" + b.program.str() + "' already has a batch number " + std::to_string(b.ordinal));
    if (b.headcount) figure_sources(*b.headcount, p + "/headcount");
    std::vector<Reported<People>> donors, categories;
    std::set<std::string> donor_seen;
    for (std::size_t k = 0; k < b.by_donor.size(); ++k) {
      const std::string q = p + "/by_donor/" + std::to_string(k);
      donor_ref(b.by_donor[k].donor, q + "/donor");
      if (!donor_seen.insert(b.by_donor[k].donor.str()).second)
        add(Rule::duplicate_id, q + "/donor",
            "donor '" + b.by_donor[k].donor.str() + "' is listed twice in this batch");
      figure_sources(b.by_donor[k].headcount, q + "/headcount");
      donors.push_back(b.by_donor[k].headcount.value);
    }
    std::set<PersonnelCategory> category_seen;
    for (std::size_t k = 0; k < b.by_category.size(); ++k) {
      const std::string q = p + "/by_category/" + std::to_string(k);
      if (!category_seen.insert(b.by_category[k].category).second)
        add(Rule::duplicate_id, q + "/category",
            "category '" + std::string(to_string(b.by_category[k].category)) + "' is listed twice in this batch");
      figure_sources(b.by_category[k].headcount, q + "/headcount");
      categories.push_back(b.by_category[k].headcount.value);
    }
    if (b.headcount) {
      parts_within_total(donors, false, b.headcount->value, p + "/by_donor", "headcount by donor");
      parts_within_total(categories, false, b.headcount->value, p + "/by_category", "headcount by category");
    }
    if (b.leader) source_ref(b.leader->source, p + "/leader/source");
    if (b.term) {
      if (b.term->start_year < 1900 || b.term->start_year > 2200)
        add(Rule::invalid_value, p + "/term/start_year",
            "a term starts in 1900-2200, got " + std::to_string(b.term->start_year));
      if (b.term->years && *b.term->years < 1)
        add(Rule::invalid_value, p + "/term/years", "a term lasts at least one year");
      source_ref(b.term->source, p + "/term/source");
    }
    std::set<DonorGroup> groups;
    for (std::size_t k = 0; k < b.donors_by_kind.size(); ++k) {
      const std::string q = p + "/donors_by_kind/" + std::to_string(k);
      if (!groups.insert(b.donors_by_kind[k].group).second)
        add(Rule::duplicate_id, q + "/kind",
            "donor kind '" + std::string(to_string(b.donors_by_kind[k].group)) + "' is listed twice in this batch");
      figure_sources(b.donors_by_kind[k].count, q + "/count");
    }
    source_refs(b.sources, p + "/sources");
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
