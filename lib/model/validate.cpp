// The validator's pass, its index of ids, and the references every entity checks (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

std::vector<Violation> Validator::run() {
  index();
  check_sources();
  check_exchange_rates();
  check_areas();
  check_organisations();
  check_programs();
  check_pairings();
  check_batches();
  check_dispatches();
  check_projects();
  check_transactions();
  check_indicators();
  check_known_disagreements();
  return std::move(out_);
}

void Validator::index() {
  for (std::size_t i = 0; i < d_.sources.size(); ++i) unique_id(sources_, d_.sources[i].id, "sources", i, "source");
  for (std::size_t i = 0; i < d_.areas.size(); ++i) {
    auto [it, fresh] = areas_.emplace(d_.areas[i].code.value(), i);
    if (!fresh)
      add(Rule::duplicate_id, at("areas", i) + "/code",
          "area code " + d_.areas[i].code.to_string() + " is already used by " + at("areas", it->second));
  }
  for (std::size_t i = 0; i < d_.organisations.size(); ++i)
    unique_id(organisations_, d_.organisations[i].id, "organisations", i, "organisation");
  for (std::size_t i = 0; i < d_.programs.size(); ++i)
    unique_id(programs_, d_.programs[i].id, "programs", i, "program");
  for (std::size_t i = 0; i < d_.batches.size(); ++i) unique_id(batches_, d_.batches[i].id, "batches", i, "batch");
  for (std::size_t i = 0; i < d_.projects.size(); ++i)
    unique_id(projects_, d_.projects[i].id, "projects", i, "project");
  IdIndex transactions;
  for (std::size_t i = 0; i < d_.transactions.size(); ++i)
    if (d_.transactions[i].id) unique_id(transactions, *d_.transactions[i].id, "transactions", i, "transaction");
  for (std::size_t i = 0; i < d_.indicators.size(); ++i)
    unique_id(indicators_, d_.indicators[i].id, "indicators", i, "indicator");
  for (std::size_t i = 0; i < d_.dispatches.size(); ++i)
    unique_id(dispatches_, d_.dispatches[i].id, "dispatches", i, "dispatch");
}

void Validator::reports(const std::vector<Report>& rs, QuantityKind kind, const std::string& pointer,
                        const std::optional<Currency>& currency) {
  for (std::size_t k = 0; k < rs.size(); ++k) {
    const Report& r = rs[k];
    const std::string q = pointer + "/reports/" + std::to_string(k);
    if (r.source.empty())
      add(Rule::invalid_value, q + "/source", "a report needs the source that states it");
    else
      source_ref(r.source, q + "/source");
    if (kind_of(r.value) != kind) {
      add(Rule::kind_mismatch, q,
          "the figure counts " + std::string(to_string(kind)) + ", but this report counts " +
              std::string(to_string(kind_of(r.value))));
      continue;
    }
    std::visit([&](const auto& x) { plural_order(x, q); }, r.value);
    if (currency && kind == QuantityKind::money && get<Money>(r.value).value().currency() != *currency)
      add(Rule::invalid_value, q + "/currency",
          "a report of a money figure is in the figure's currency, " + std::string(currency->code()) + ", not " +
              std::string(get<Money>(r.value).value().currency().code()));
  }
}

void Validator::source_ref(const SourceId& id, const std::string& pointer) {
  if (!id.empty() && !sources_.contains(id.str()))
    add(Rule::dangling_reference, pointer, "no source has the id '" + id.str() + "'");
}

void Validator::source_refs(const std::vector<SourceId>& ids, const std::string& pointer) {
  for (std::size_t i = 0; i < ids.size(); ++i) source_ref(ids[i], pointer + "/" + std::to_string(i));
}

const Area* Validator::area_ref(AreaCode code, const std::string& pointer) {
  auto it = areas_.find(code.value());
  if (it == areas_.end()) {
    add(Rule::dangling_reference, pointer, "no area has the code " + code.to_string());
    return nullptr;
  }
  return &d_.areas[it->second];
}

bool Validator::program_ref(const ProgramId& id, const std::string& pointer) {
  if (programs_.contains(id.str())) return true;
  add(Rule::dangling_reference, pointer, "no program has the id '" + id.str() + "'");
  return false;
}

// A reference to an organisation that must be a donor.
void Validator::donor_ref(const OrganisationId& id, const std::string& pointer) {
  const Organisation* o = organisation(id);
  if (!o) {
    add(Rule::dangling_reference, pointer, "no organisation has the id '" + id.str() + "'");
    return;
  }
  if (!o->has_role(OrganisationRole::donor))
    add(Rule::not_a_donor, pointer, "organisation '" + id.str() + "' does not have the donor role");
}

const Organisation* Validator::organisation(const OrganisationId& id) const {
  auto it = organisations_.find(id.str());
  return it == organisations_.end() ? nullptr : &d_.organisations[it->second];
}

bool Validator::within(AreaCode a, AreaCode ancestor) const {
  for (int guard = 0; guard < 8; ++guard) {  // levels are at most three deep; cycles cannot loop forever
    if (a == ancestor) return true;
    auto it = areas_.find(a.value());
    if (it == areas_.end() || !d_.areas[it->second].parent) return false;
    a = *d_.areas[it->second].parent;
  }
  return false;
}

// An empty period cannot be written as first/last days, and covers nothing.
void Validator::non_empty(const std::optional<Period>& period, const std::string& pointer) {
  if (period && period->is_empty())
    add(Rule::reversed_period, pointer, "a period must cover at least one day, got the empty " + period->to_string());
}

// RFC 6901: "~" is written "~0" and "/" is written "~1" inside a pointer's segment.
std::string Validator::pointer_segment(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

}  // namespace detail

std::vector<Violation> find_violations(const DatasetContent& content, const QualifierPolicy& policy) {
  return detail::Validator(content, policy).run();
}

PAIRAID_NAMESPACE_END
