// Names of dimensions, and group values as text and in order.
#include <pairaid/analysis/query.hpp>

PAIRAID_NAMESPACE_BEGIN

std::string Dimension::name() const {
  switch (kind_) {
    case Kind::year: return "year";
    case Kind::quarter: return "quarter";
    case Kind::month: return "month";
    case Kind::fiscal_year: {
      // fiscal_ is always set for this kind (fiscal_year() is its only factory).
      std::string text = "fiscal_year:" + std::to_string(fiscal_->start_month());
      if (fiscal_->naming() == FiscalYearNaming::by_end_year) text += ":end";
      return text;
    }
    case Kind::five_year_plan: return "five_year_plan";
    case Kind::batch: return "batch";
    case Kind::donor: return "donor";
    case Kind::donor_kind: return "donor_kind";
    case Kind::area: return level_ ? "area:" + std::string(to_string(*level_)) : "area";
    case Kind::sector: return "sector";
    case Kind::currency: return "currency";
    case Kind::type: return "type";
    case Kind::activity: return "activity";
    case Kind::reporting_org: return "reporting_org";
    case Kind::reporting_org_type: return "reporting_org_type";
    case Kind::recipient_country: return "recipient_country";
  }
  return "?";
}

std::string GroupValue::to_string() const {
  struct Text {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(int year) const { return std::to_string(year); }
    std::string operator()(const Quarter& q) const { return q.to_string(); }
    std::string operator()(const YearMonth& m) const { return m.to_string(); }
    std::string operator()(const FiscalYearKey& f) const { return "FY" + std::to_string(f.label); }
    std::string operator()(const PlanKey& p) const { return FiveYearPlan::ordinal_name(p.ordinal); }
    std::string operator()(const BatchKey& b) const { return b.id.str(); }
    std::string operator()(const OrganisationId& o) const { return o.str(); }
    std::string operator()(OrganisationKind k) const { return std::string(pairaid::to_string(k)); }
    std::string operator()(AreaCode a) const { return a.to_string(); }
    std::string operator()(SectorCode s) const { return s.to_string(); }
    std::string operator()(Currency c) const { return std::string(c.code()); }
    std::string operator()(TransactionType t) const { return std::string(pairaid::to_string(t)); }
  };
  return std::visit(Text{}, value);
}

std::strong_ordering operator<=>(const GroupValue& a, const GroupValue& b) {
  if (a.value.index() != b.value.index()) return a.value.index() <=> b.value.index();
  return std::visit(
      [&](const auto& x) -> std::strong_ordering {
        using T = std::decay_t<decltype(x)>;
        const T& y = std::get<T>(b.value);
        if constexpr (std::is_same_v<T, std::monostate>)
          return std::strong_ordering::equal;
        else if constexpr (std::is_same_v<T, OrganisationKind>)
          return pairaid::to_string(x) <=> pairaid::to_string(y);
        else if constexpr (std::is_same_v<T, TransactionType>)  // IATI code order, on every source
          return static_cast<int>(x) <=> static_cast<int>(y);
        else
          return x <=> y;
      },
      a.value);
}

PAIRAID_NAMESPACE_END
