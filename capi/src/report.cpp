// A figure's further reports: the same quantity as other sources state it (model/source.hpp,
// Report). Each is lent out as a pairaid_reported of its own, with its words, source and date.
#include "handles.hpp"

using pairaid::capi::guard;

extern "C" {

pairaid_status pairaid_reported_report_count(size_t* out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(figure);
    *out = figure->reports.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_report(pairaid_reported** out, const pairaid_reported* figure, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    if (index >= figure->reports.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("report", index, figure->reports.size(), "reports"));
    const pairaid::Report& r = figure->reports[index];
    auto made = std::make_unique<pairaid_reported>(r.value, std::nullopt);
    made->wording = r.wording;
    made->source = r.source.str();
    if (r.date) made->date = pairaid::to_string(*r.date);
    *out = made.release();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_date(const char** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    *out = figure->date.c_str();
    return PAIRAID_OK;
  });
}

}  // extern "C"
