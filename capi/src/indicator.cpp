// pairaid_indicator: a borrowed view of one of the dataset's indicators and its observations.
// Values come out as pairaid_reported handles (the model's figures hold the same variant).
#include "handles.hpp"

using pairaid::capi::guard;

static_assert(pairaid::capi::words_are_c_strings(pairaid::measure_names));

pairaid_indicator::pairaid_indicator(const pairaid::Indicator& i) : model(&i) {
  periods.reserve(i.observations.size());
  for (const auto& o : i.observations) {
    if (o.period)
      periods.emplace_back(std::in_place, *o.period);
    else
      periods.emplace_back(std::nullopt);
  }
}

namespace {

// The observation at `index`; out of range: errc::not_found (PAIRAID_ENOTFOUND).
const pairaid::Observation& observation_at(const pairaid_indicator& indicator, std::size_t index) {
  const auto& all = indicator.model->observations;
  if (index >= all.size())
    throw pairaid::error(pairaid::errc::not_found,
                         "indicator '" + indicator.model->id.str() +
                             "': " + pairaid::capi::out_of_range("observation", index, all.size(), "observations"));
  return all[index];
}

// A new handle for one of an observation's figures (`which` names it in the message).
template <class Member>
pairaid_status emit_value(pairaid_reported** out, const pairaid_indicator* indicator, std::size_t index, Member member,
                          const char* which) {
  PAIRAID_REQUIRE(out);
  *out = nullptr;
  PAIRAID_REQUIRE(indicator);
  const std::optional<pairaid::AnyFigure>& figure = observation_at(*indicator, index).*member;
  if (!figure)
    return pairaid::capi::fail(PAIRAID_ENOTFOUND, "indicator '" + indicator->model->id.str() + "', observation " +
                                                      std::to_string(index) + ": no " + which + " value is stated");
  return pairaid::capi::emit_figure(out, *figure);
}

}  // namespace

extern "C" {

pairaid_status pairaid_dataset_indicator_count(size_t* out, const pairaid_dataset* dataset) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(dataset);
    *out = dataset->indicators.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_dataset_indicator(const pairaid_indicator** out, const pairaid_dataset* dataset, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    return pairaid::capi::borrow_at(out, dataset->indicators, index, "indicator", "indicators");
  });
}

pairaid_status pairaid_dataset_find_indicator(const pairaid_indicator** out, const pairaid_dataset* dataset,
                                              const char* id) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(dataset);
    PAIRAID_REQUIRE(id);
    const pairaid::Indicator* i = dataset->dataset.find(pairaid::IndicatorId(id));
    if (!i) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "no indicator has the id '" + std::string(id) + "'");
    *out = &dataset->wrapper(*i);
    return PAIRAID_OK;
  });
}

#define PAIRAID_INDICATOR_TEXT(name, expr)                                                        \
  pairaid_status pairaid_indicator_##name(const char** out, const pairaid_indicator* indicator) { \
    return guard([&] {                                                                            \
      PAIRAID_REQUIRE(out);                                                                       \
      PAIRAID_REQUIRE(indicator);                                                                 \
      *out = (expr);                                                                              \
      return PAIRAID_OK;                                                                          \
    });                                                                                           \
  }
PAIRAID_INDICATOR_TEXT(id, indicator->model->id.str().c_str())
PAIRAID_INDICATOR_TEXT(title, indicator->model->title.c_str())
PAIRAID_INDICATOR_TEXT(measure, pairaid::capi::word_of(pairaid::measure_names, indicator->model->measure))
PAIRAID_INDICATOR_TEXT(kind, pairaid::capi::kind_name(indicator->model->kind))
#undef PAIRAID_INDICATOR_TEXT

pairaid_status pairaid_indicator_observation_count(size_t* out, const pairaid_indicator* indicator) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(indicator);
    *out = indicator->model->observations.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_indicator_observation_actual(pairaid_reported** out, const pairaid_indicator* indicator,
                                                    size_t index) {
  return guard([&] { return emit_value(out, indicator, index, &pairaid::Observation::actual, "actual"); });
}

pairaid_status pairaid_indicator_observation_target(pairaid_reported** out, const pairaid_indicator* indicator,
                                                    size_t index) {
  return guard([&] { return emit_value(out, indicator, index, &pairaid::Observation::target, "target"); });
}

pairaid_status pairaid_indicator_observation_period(const char** first, const char** last,
                                                    const pairaid_indicator* indicator, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(first);
    *first = nullptr;
    PAIRAID_REQUIRE(last);
    *last = nullptr;
    PAIRAID_REQUIRE(indicator);
    (void)observation_at(*indicator, index);
    const auto& period = indicator->periods[index];
    if (!period)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "indicator '" + indicator->model->id.str() + "', observation " +
                                                        std::to_string(index) + ": its period is not known");
    *first = period->first.c_str();
    *last = period->last.c_str();
    return PAIRAID_OK;
  });
}

}  // extern "C"
