// Sources and exchange rates (validator.hpp).
#include "model/validator.hpp"

PAIRAID_NAMESPACE_BEGIN
namespace detail {

void Validator::check_sources() {
  for (std::size_t i = 0; i < d_.sources.size(); ++i)
    if (d_.sources[i].title.empty()) add(Rule::invalid_value, at("sources", i) + "/title", "a source needs a title");
}

void Validator::check_exchange_rates() {
  FxTable::Builder b;
  for (std::size_t i = 0; i < d_.exchange_rates.size(); ++i) {
    const FxRate& r = d_.exchange_rates[i];
    if (r.source.empty())
      add(Rule::invalid_value, at("exchange_rates", i) + "/source", "an exchange rate must cite its source");
    try {
      b.add(r);
    } catch (const error& e) {
      add(Rule::invalid_value, at("exchange_rates", i), e.what());
    }
  }
}

}  // namespace detail

PAIRAID_NAMESPACE_END
