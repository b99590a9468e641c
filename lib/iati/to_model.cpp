// IATI activities -> pairaid's model. See include/pairaid/iati/to_model.hpp for the contract.
#include <pairaid/iati/to_model.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_set>

PAIRAID_NAMESPACE_BEGIN
namespace iati {
namespace {

std::optional<OrganisationId> organisation_id(const OrganisationRef& org) {
  if (!org.ref.empty() && id_text_problem(org.ref).empty()) return OrganisationId(org.ref);
  if (!org.name.empty()) {
    std::string id = "name:" + org.name;
    if (id.size() <= 128 && id_text_problem(id).empty()) return OrganisationId(std::move(id));
  }
  return std::nullopt;
}

// What a participating organisation does, in the model's terms. Funding organisations are the
// model's donors; extending and accountable ones coordinate; implementing ones implement.
pairaid::OrganisationRole model_role(iati::OrganisationRole role) {
  switch (role) {
    case iati::OrganisationRole::funding: return pairaid::OrganisationRole::donor;
    case iati::OrganisationRole::implementing: return pairaid::OrganisationRole::implementer;
    case iati::OrganisationRole::accountable:
    case iati::OrganisationRole::extending: return pairaid::OrganisationRole::coordinator;
  }
  return pairaid::OrganisationRole::coordinator;
}

// The first date of a type that is present, as a Date.
std::optional<Date> activity_date(const Activity& a, int type) {
  for (const ActivityDate& d : a.dates)
    if (d.type == type && d.date) return d.date;
  return std::nullopt;
}

// The single DAC 5-digit sector of a list, when there is exactly one (a project holds one sector;
// several shares are kept by the totals, which split them, not by the model).
std::optional<SectorCode> single_dac_sector(const std::vector<Share>& shares) {
  std::optional<SectorCode> found;
  for (const Share& s : shares) {
    if (!s.vocabulary.empty() && s.vocabulary != "1" && s.vocabulary != "DAC") continue;
    if (found) return std::nullopt;
    try {
      found = SectorCode::parse(s.code);
    } catch (const error&) {
      return std::nullopt;
    }
  }
  return found;
}

class Mapper {
 public:
  explicit Mapper(const ToModelOptions& options) : options_(options) {}

  void activity(const Activity& a) {
    if (!id_text_problem(a.iati_identifier).empty()) {
      leave_out(a.at, "bad_identifier",
                "activity identifier '" + a.iati_identifier +
                    "' cannot be an id: " + std::string(id_text_problem(a.iati_identifier)));
      return;
    }
    if (!activities_.insert(a.iati_identifier).second) {
      leave_out(a.at, "duplicate_activity", "activity '" + a.iati_identifier + "' appears again; the first is kept");
      return;
    }
    Project p;
    p.id = ProjectId(a.iati_identifier);
    p.title_en = a.title;
    p.sector = single_dac_sector(a.sectors);
    if (!a.activity_status.empty() && a.activity_status.size() == 1 && a.activity_status[0] >= '1' &&
        a.activity_status[0] <= '6')
      p.status = static_cast<ProjectStatus>(a.activity_status[0] - '1');
    auto start = activity_date(a, 2) ? activity_date(a, 2) : activity_date(a, 1);
    auto end = activity_date(a, 4) ? activity_date(a, 4) : activity_date(a, 3);
    if (start && end && *end >= *start) p.period = Period::inclusive(*start, *end);
    p.note = "IATI " + (a.version.empty() ? std::string("(no version)") : a.version) + " activity";

    if (auto id = organisation_id(a.reporting_org)) organisation(*id, a.reporting_org, std::nullopt);
    std::vector<OrganisationId> funders;
    for (const ParticipatingOrg& po : a.participating_orgs) {
      auto id = organisation_id(po.organisation);
      if (!id) continue;
      organisation(*id, po.organisation, po.role ? std::optional(model_role(*po.role)) : std::nullopt);
      if (po.role == iati::OrganisationRole::funding && std::find(funders.begin(), funders.end(), *id) == funders.end())
        funders.push_back(*id);
    }
    p.donors = funders;
    content_.projects.push_back(p);

    for (std::size_t i = 0; i < a.transactions.size(); ++i) transaction(a, p, funders, i);
  }

  ModelImport finish() && {
    for (auto& [id, org] : organisations_) content_.organisations.push_back(std::move(org));
    return ModelImport{std::move(content_), std::move(left_out_)};
  }

 private:
  void transaction(const Activity& a, const Project& p, const std::vector<OrganisationId>& funders, std::size_t i) {
    const iati::Transaction& t = a.transactions[i];
    auto type = transaction_type_from_iati(t.type);
    if (!type)
      return leave_out(t.at, "no_transaction_type", "transaction type '" + t.type_text + "' has no IATI number");
    const std::string& code = t.value.currency.empty() ? a.default_currency : t.value.currency;
    if (code.empty())
      return leave_out(t.at, "no_currency", "transaction has no currency and its activity no default-currency");
    auto currency = Currency::find(code);
    if (!currency) return leave_out(t.at, "unknown_currency", "currency '" + code + "' is not in ISO 4217");
    auto date = t.date ? t.date : t.value.value_date;
    if (!date)
      return leave_out(t.at, "no_date",
                       "transaction has neither a valid transaction-date nor a valid value-date ('" + t.date_text +
                           "', '" + t.value.value_date_text + "')");

    pairaid::Transaction m;
    m.id = TransactionId(a.iati_identifier + "#" + std::to_string(i + 1));
    m.project = p.id;
    m.type = *type;
    m.date = *date;
    m.value = Money(t.value.amount, *currency);
    m.value_date = t.value.value_date;
    m.sector = single_dac_sector(t.sectors);
    if (!m.sector) m.sector = p.sector;
    // The donor: the provider organisation when it is one of the activity's funders (a funder the
    // model knows as a donor); otherwise the activity's only funder; otherwise none (not guessed).
    if (auto provider = organisation_id(t.provider);
        provider && std::find(funders.begin(), funders.end(), *provider) != funders.end())
      m.donor = provider;
    else if (funders.size() == 1)
      m.donor = funders.front();
    content_.transactions.push_back(std::move(m));
  }

  void organisation(const OrganisationId& id, const OrganisationRef& ref,
                    std::optional<pairaid::OrganisationRole> role) {
    auto [it, fresh] = organisations_.try_emplace(id.str());
    Organisation& o = it->second;
    if (fresh) {
      o.id = id;
      o.kind = OrganisationKind::other;
      if (!ref.ref.empty()) o.codes.push_back(ExternalCode{"iati-org-ref", ref.ref});
    }
    if (o.name_en.empty()) o.name_en = ref.name.empty() ? ref.ref : ref.name;
    if (role && !o.has_role(*role)) o.roles.push_back(*role);
  }

  void leave_out(const SourcePosition& at, std::string code, std::string message) {
    left_out_.push_back(io::Diagnostic{options_.file,
                                       static_cast<std::size_t>(at.line),
                                       static_cast<std::size_t>(at.column),
                                       {},
                                       std::move(code),
                                       std::move(message)});
  }

  const ToModelOptions& options_;
  DatasetContent content_;
  std::map<std::string, Organisation> organisations_;  // sorted by id: a stable, readable order
  std::unordered_set<std::string> activities_;
  std::vector<io::Diagnostic> left_out_;
};

}  // namespace

ModelImport to_model(std::span<const Activity> activities, const ToModelOptions& options) {
  Mapper mapper(options);
  for (const Activity& a : activities) mapper.activity(a);
  return std::move(mapper).finish();
}

}  // namespace iati
PAIRAID_NAMESPACE_END
