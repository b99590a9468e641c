// pairaid_interval: an Interval<Q> for any count kind or money. Bound texts are computed once at
// creation, so the accessors only read (safe to share read-only across threads).
#include "handles.hpp"

using pairaid::capi::guard;

namespace {
template <pairaid::AnyCount C>
std::string bound_text(const C& c) {
  return std::to_string(c.count());
}
std::string bound_text(const pairaid::Money& m) { return m.amount().to_string(); }
}  // namespace

pairaid_interval::pairaid_interval(pairaid::capi::AnyInterval iv, std::string currency_code)
    : interval(iv), currency(std::move(currency_code)) {
  std::visit(
      [&]<class Q>(const pairaid::Interval<Q>& i) {
        kind = pairaid::capi::quantity_kind_name<Q>();
        if (i.lower()) {
          lower = bound_text(i.lower()->value);
          lower_inclusive = i.lower()->inclusive;
        }
        if (i.upper()) {
          upper = bound_text(i.upper()->value);
          upper_inclusive = i.upper()->inclusive;
        }
      },
      interval);
}

extern "C" {

pairaid_status pairaid_interval_kind(const char** out, const pairaid_interval* interval) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(interval);
    *out = interval->kind;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_interval_currency(const char** out, const pairaid_interval* interval) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(interval);
    if (interval->currency.empty())
      return pairaid::capi::fail(PAIRAID_EINVALID,
                                 std::string("interval is of ") + interval->kind + ", not money: it has no currency");
    *out = interval->currency.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_interval_lower(const char** value, int* inclusive, const pairaid_interval* interval) {
  return guard([&] {
    PAIRAID_REQUIRE(value);
    PAIRAID_REQUIRE(inclusive);
    PAIRAID_REQUIRE(interval);
    *value = interval->lower ? interval->lower->c_str() : nullptr;
    *inclusive = interval->lower_inclusive ? 1 : 0;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_interval_upper(const char** value, int* inclusive, const pairaid_interval* interval) {
  return guard([&] {
    PAIRAID_REQUIRE(value);
    PAIRAID_REQUIRE(inclusive);
    PAIRAID_REQUIRE(interval);
    *value = interval->upper ? interval->upper->c_str() : nullptr;
    *inclusive = interval->upper_inclusive ? 1 : 0;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_interval_to_string(char** out, const pairaid_interval* interval) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(interval);
    *out = pairaid::capi::dup_string(std::visit([](const auto& i) { return i.to_string(); }, interval->interval));
    return PAIRAID_OK;
  });
}

void pairaid_interval_free(pairaid_interval* interval) { delete interval; }

}  // extern "C"
