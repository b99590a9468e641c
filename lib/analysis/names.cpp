// Names beside codes: codelists for IATI codes, the dataset for its own ids (names.hpp).
#include <pairaid/analysis/names.hpp>
#include <pairaid/iati/codelists.hpp>

PAIRAID_NAMESPACE_BEGIN

bool has_names(const Dimension& d) noexcept {
  using K = Dimension::Kind;
  switch (d.kind()) {
    case K::type:
    case K::sector:
    case K::recipient_country:
    case K::reporting_org_type:
    case K::donor_kind:
    case K::donor:
    case K::area: return true;
    default: return false;
  }
}

std::string name_of(const Dimension& d, std::string_view value, const Dataset* dataset) {
  using K = Dimension::Kind;
  if (value.empty()) return {};
  switch (d.kind()) {
    case K::type:
      if (const auto t = parse_transaction_type(value)) return std::string(transaction_type_name(*t));
      return {};
    case K::sector: {
      const std::size_t colon = value.find(':');
      if (colon == std::string_view::npos) return std::string(iati::code_name("Sector", value));
      if (value.substr(0, colon) == "2") return std::string(iati::code_name("SectorCategory", value.substr(colon + 1)));
      return {};  // other vocabularies: no list pairaid carries
    }
    case K::recipient_country:
      if (value.starts_with("region:")) return std::string(iati::code_name("Region", value.substr(7)));
      return std::string(iati::code_name("Country", value));
    case K::reporting_org_type: return std::string(iati::code_name("OrganisationType", value));
    case K::donor_kind: {
      static constexpr std::string_view names[] = {"Province",
                                                   "Municipality",
                                                   "Central state organ",
                                                   "People's organization",
                                                   "Centrally administered state-owned enterprise",
                                                   "Other"};
      if (const auto k = organisation_kind_names.parse(value)) return std::string(names[static_cast<std::size_t>(*k)]);
      return {};
    }
    case K::donor:
      if (dataset)
        if (const Organisation* o = dataset->find(OrganisationId(std::string(value)))) return o->name_en;
      return {};
    case K::area:
      if (dataset) {
        try {
          if (const Area* a = dataset->find(AreaCode::parse(value))) return a->name_en;
        } catch (const error&) {
        }
      }
      return {};
    default: return {};
  }
}

PAIRAID_NAMESPACE_END
