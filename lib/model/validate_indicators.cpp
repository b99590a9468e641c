// Indicators, their figures and breakdowns (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::figure_kind(const AnyFigure& f, QuantityKind kind, const std::string& pointer) {
  reports(
      f.reports, kind, pointer,
      f.kind() == QuantityKind::money ? std::optional<Currency>(get<Money>(f.value).value().currency()) : std::nullopt);
  std::visit([&](const auto& r) { plural_order(r, pointer); }, f.value);
  if (f.kind() != kind)
    add(Rule::kind_mismatch, pointer,
        "this indicator counts " + std::string(to_string(kind)) + ", but the figure counts " +
            std::string(to_string(f.kind())));
  if (f.equivalent && f.kind() != QuantityKind::money)
    add(Rule::invalid_value, pointer + "/equivalent", "only a money figure can have a money equivalent");
  source_ref(f.source, pointer + "/source");
}

void Validator::check_breakdown(const Indicator& ind, const Observation& obs, const Breakdown& b,
                                const std::string& p) {
  std::set<std::string> keys;
  bool all_known = true;
  for (std::size_t k = 0; k < b.items.size(); ++k) {
    const BreakdownItem& item = b.items[k];
    const std::string q = p + "/items/" + std::to_string(k);
    if (item.key.empty())
      add(Rule::invalid_value, q + "/key", "a breakdown item needs a key");
    else if (!keys.insert(item.key).second)
      add(Rule::duplicate_id, q + "/key", "key '" + item.key + "' is listed twice");
    if (item.value)
      figure_kind(*item.value, ind.kind, q + "/value");
    else
      all_known = false;
  }
  if (!obs.actual || obs.actual->kind() != ind.kind) return;
  std::visit(
      [&](const auto& total) {
        using R = std::decay_t<decltype(total)>;
        std::vector<R> parts;
        for (const auto& item : b.items)
          if (item.value && item.value->kind() == ind.kind) parts.push_back(std::get<R>(item.value->value));
        parts_within_total(parts, b.exhaustive && all_known, total, p,
                           "breakdown by " + (b.dimension.empty() ? std::string("?") : b.dimension));
      },
      obs.actual->value);
}

void Validator::check_indicators() {
  for (std::size_t i = 0; i < d_.indicators.size(); ++i) {
    const Indicator& ind = d_.indicators[i];
    const std::string p = at("indicators", i);
    if (auto expected = expected_kind(ind.measure); expected && *expected != ind.kind)
      add(Rule::kind_mismatch, p + "/kind",
          "measure '" + std::string(to_string(ind.measure)) + "' counts " + std::string(to_string(*expected)) +
              ", not " + std::string(to_string(ind.kind)));
    program_ref(ind.scope.program, p + "/scope/program");
    if (ind.scope.area) area_ref(*ind.scope.area, p + "/scope/area");
    if (ind.scope.donor && !organisation(*ind.scope.donor))
      add(Rule::dangling_reference, p + "/scope/donor", "no organisation has the id '" + ind.scope.donor->str() + "'");
    if (ind.baseline) figure_kind(*ind.baseline, ind.kind, p + "/baseline");
    std::set<std::string> attribute_keys;
    for (std::size_t k = 0; k < ind.attributes.size(); ++k)
      if (!attribute_keys.insert(ind.attributes[k].first).second)
        add(Rule::duplicate_id, p + "/attributes/" + pointer_segment(ind.attributes[k].first),
            "attribute listed twice");
    for (std::size_t k = 0; k < ind.observations.size(); ++k) {
      const Observation& obs = ind.observations[k];
      const std::string q = p + "/observations/" + std::to_string(k);
      non_empty(obs.period, q + "/period");
      if (obs.target) figure_kind(*obs.target, ind.kind, q + "/target");
      if (obs.actual) figure_kind(*obs.actual, ind.kind, q + "/actual");
      for (std::size_t m = 0; m < obs.breakdowns.size(); ++m)
        check_breakdown(ind, obs, obs.breakdowns[m], q + "/breakdowns/" + std::to_string(m));
      // Summed values of overlapping periods would count the overlap twice.
      if (ind.aggregation == Aggregation::sum && obs.period)
        for (std::size_t j = 0; j < k; ++j)
          if (ind.observations[j].period && ind.observations[j].period->overlaps(*obs.period)) {
            add(Rule::overlapping_periods, q + "/period",
                "the indicator is summed over periods, and " + obs.period->to_string() + " overlaps " +
                    ind.observations[j].period->to_string() + " of observation " + std::to_string(j));
            break;
          }
    }
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
