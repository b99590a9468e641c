// Organisations, programs and pairings (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::check_organisations() {
  for (std::size_t i = 0; i < d_.organisations.size(); ++i) {
    const Organisation& o = d_.organisations[i];
    const std::string p = at("organisations", i);
    if (o.name_en.empty() && o.name_zh.empty())
      add(Rule::invalid_value, p + "/name_en", "an organisation needs a name");
    source_refs(o.sources, p + "/sources");
  }
}

void Validator::check_programs() {
  for (std::size_t i = 0; i < d_.programs.size(); ++i) {
    const Program& g = d_.programs[i];
    const std::string p = at("programs", i);
    area_ref(g.recipient_area, p + "/recipient_area");
    if (g.start_year < 1900 || g.start_year > 2200)
      add(Rule::invalid_value, p + "/start_year",
          "a start year between 1900 and 2200, got " + std::to_string(g.start_year));
    if (g.decided_on && g.decided_on->year() != g.start_year)
      add(Rule::invalid_value, p + "/decided_on",
          "the decision date must fall in the start year " + std::to_string(g.start_year));
    source_refs(g.sources, p + "/sources");
  }
}

void Validator::check_pairings() {
  for (std::size_t i = 0; i < d_.pairings.size(); ++i) {
    const Pairing& x = d_.pairings[i];
    const std::string p = at("pairings", i);
    donor_ref(x.donor, p + "/donor");
    const Area* area = area_ref(x.area, p + "/area");
    if (program_ref(x.program, p + "/program") && area) {
      const Program& g = program(x.program);
      if (!within(x.area, g.recipient_area))
        add(Rule::invalid_value, p + "/area",
            "area " + x.area.to_string() + " is outside the program's recipient area " + g.recipient_area.to_string());
    }
    if (x.valid_until && !(x.valid_from < *x.valid_until))
      add(Rule::reversed_period, p + "/valid_until",
          "a pairing must end (" + pairaid::to_string(*x.valid_until) + ") after it begins (" +
              pairaid::to_string(x.valid_from) + ")");
    source_refs(x.sources, p + "/sources");
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
