// to_iati: Projects as IATI activities. The mapping is stated in include/pairaid/iati/to_iati.hpp.
#include <pairaid/iati/to_iati.hpp>

#include <pairaid/core/error.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {
namespace {

// OrganisationType for the kinds of donor the program has; "" where no code fits honestly.
std::string organisation_type(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::central_state_organ: return "10";  // Government
    case OrganisationKind::province:
    case OrganisationKind::municipality: return "11";  // Local Government: sub-national
    case OrganisationKind::peoples_organization:
    case OrganisationKind::central_soe: return "15";  // Other Public Sector
    case OrganisationKind::other: return "";
  }
  return "";
}

OrganisationRef organisation_ref(const Dataset& dataset, const OrganisationId& id) {
  OrganisationRef ref;
  const Organisation* o = dataset.find(id);
  if (!o) {  // validation guarantees references resolve; keep the id rather than nothing
    ref.name = id.str();
    return ref;
  }
  for (const ExternalCode& c : o->codes)
    if (c.scheme == "iati-org-ref") ref.ref = c.code;
  ref.type = organisation_type(o->kind);
  ref.name = o->name_en.empty() ? o->name_zh : o->name_en;
  return ref;
}

bool started(ProjectStatus s) { return s != ProjectStatus::pipeline && s != ProjectStatus::cancelled; }

void add_dates(const Project& p, Activity& a) {
  if (!p.period) return;
  const bool has_started = p.status && started(*p.status);
  const bool closed = p.status == ProjectStatus::closed;
  a.dates.push_back(ActivityDate{has_started ? 2 : 1, p.period->begin(), pairaid::to_string(p.period->begin()), {}});
  if (!p.period->is_empty()) {
    const Date last = p.period->last();
    a.dates.push_back(ActivityDate{closed ? 4 : 3, last, pairaid::to_string(last), {}});
  }
}

void add_funder(const Dataset& dataset, const OrganisationId& id, std::vector<OrganisationId>& seen, Activity& a) {
  if (std::find(seen.begin(), seen.end(), id) != seen.end()) return;
  seen.push_back(id);
  a.participating_orgs.push_back(ParticipatingOrg{organisation_ref(dataset, id), OrganisationRole::funding, "1"});
}

Transaction to_transaction(const Dataset& dataset, const pairaid::Transaction& t) {
  Transaction out;
  if (t.id) out.ref = t.id->str();
  out.type = iati_code(t.type);
  out.type_text = std::to_string(out.type);
  out.date = t.date;
  out.date_text = pairaid::to_string(t.date);
  out.value.amount = t.value.amount();
  out.value.currency = std::string(t.value.currency().code());
  out.value.value_date = t.value_date;
  if (t.value_date) out.value.value_date_text = pairaid::to_string(*t.value_date);
  if (t.donor) out.provider = organisation_ref(dataset, *t.donor);
  return out;
}

}  // namespace

std::vector<Activity> to_iati(const Dataset& dataset, const ToIatiOptions& options) {
  if (options.reporting_org_ref.empty())
    throw error(errc::invalid_argument,
                "to_iati needs the reporting organisation's IATI identifier (reporting_org_ref): "
                "it prefixes every activity identifier");
  // Each project's transactions in dataset order, gathered once.
  std::unordered_map<std::string, std::vector<const pairaid::Transaction*>> by_project;
  for (const pairaid::Transaction& t : dataset.transactions())
    if (t.project && iati_code(t.type) != 0) by_project[t.project->str()].push_back(&t);

  std::vector<Activity> out;
  out.reserve(dataset.projects().size());
  for (const Project& p : dataset.projects()) {
    Activity a;
    a.version = "2.03";
    a.iati_identifier = options.reporting_org_ref + "-" + p.id.str();
    a.reporting_org =
        OrganisationRef{options.reporting_org_ref, options.reporting_org_type, options.reporting_org_name, {}};
    a.language = options.language;
    a.title = p.title_en.empty() ? p.title_zh : p.title_en;
    a.description = p.note;
    if (p.status) a.activity_status = std::to_string(iati_code(*p.status));
    add_dates(p, a);
    std::vector<OrganisationId> funders;
    for (const OrganisationId& d : p.donors) add_funder(dataset, d, funders, a);
    if (p.area) {
      a.recipient_countries.push_back(Share{"", "CN", std::nullopt, "", {}});
      Location l;
      l.ref = p.area->to_string();
      if (const Area* area = dataset.find(*p.area)) l.name = area->name_en;
      l.administrative_codes.push_back(p.area->to_string());
      a.locations.push_back(std::move(l));
    }
    if (p.sector) a.sectors.push_back(Share{"1", p.sector->to_string(), std::nullopt, "", {}});
    if (auto it = by_project.find(p.id.str()); it != by_project.end()) {
      for (const pairaid::Transaction* t : it->second) {
        if (t->donor) add_funder(dataset, *t->donor, funders, a);
        a.transactions.push_back(to_transaction(dataset, *t));
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

NotExported not_exported(const Dataset& dataset) {
  NotExported n;
  for (const pairaid::Transaction& t : dataset.transactions()) {
    if (!t.project || !dataset.find(*t.project))
      ++n.without_project;
    else if (iati_code(t.type) == 0)
      ++n.investment_attracted;
  }
  return n;
}

}  // namespace iati
PAIRAID_NAMESPACE_END
