// Five-Year Plans from an ISO date, through the core's plan_of / FiveYearPlan.
#include "handles.hpp"

using pairaid::capi::guard;

extern "C" {

pairaid_status pairaid_five_year_plan_of(int* ordinal, int* first_year, int* last_year, const char* date) {
  return guard([&] {
    PAIRAID_REQUIRE(ordinal);
    PAIRAID_REQUIRE(first_year);
    PAIRAID_REQUIRE(last_year);
    PAIRAID_REQUIRE(date);
    auto plan = pairaid::plan_of(pairaid::parse_date(date));
    if (!plan)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, std::string("no Five-Year Plan was in force on ") + date +
                                                        " (plans cover 1953-1962 and 1966-2030)");
    *ordinal = plan->ordinal;
    *first_year = plan->first_year;
    *last_year = plan->last_year;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_five_year_plan_name(char** out, int ordinal) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    *out = pairaid::capi::dup_string(pairaid::FiveYearPlan::number(ordinal).name());
    return PAIRAID_OK;
  });
}

}  // extern "C"
