// Projects and transactions (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::check_projects() {
  for (std::size_t i = 0; i < d_.projects.size(); ++i) {
    const Project& x = d_.projects[i];
    const std::string p = at("projects", i);
    if (x.title_en.empty() && x.title_zh.empty()) add(Rule::invalid_value, p + "/title_en", "a project needs a title");
    if (x.program) program_ref(*x.program, p + "/program");
    for (std::size_t k = 0; k < x.donors.size(); ++k) donor_ref(x.donors[k], p + "/donors/" + std::to_string(k));
    if (x.area) area_ref(*x.area, p + "/area");
    non_empty(x.period, p + "/period");
    source_refs(x.sources, p + "/sources");
  }
}

void Validator::check_transactions() {
  for (std::size_t i = 0; i < d_.transactions.size(); ++i) {
    const Transaction& t = d_.transactions[i];
    const std::string p = at("transactions", i);
    if (t.project && !projects_.contains(t.project->str()))
      add(Rule::dangling_reference, p + "/project", "no project has the id '" + t.project->str() + "'");
    if (t.donor) donor_ref(*t.donor, p + "/donor");
    if (t.area) area_ref(*t.area, p + "/area");
    if (t.date.is_special()) add(Rule::invalid_value, p + "/date", "a transaction needs a date");
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
