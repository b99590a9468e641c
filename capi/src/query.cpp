// pairaid_query: a pairaid::Query built up call by call from C words (dimension names, dates,
// ids, type words, codes), and pairaid_query_run, which hands it to the core's run_query.
#include "query_handles.hpp"

#include <pairaid/model/project.hpp>

#include <algorithm>

using pairaid::capi::emit;
using pairaid::capi::fail;
using pairaid::capi::guard;

namespace {

// Appends `value` to the set filter `set`, creating it on first use.
template <class T>
void add_to(std::optional<std::vector<T>>& set, T value) {
  if (!set) set.emplace();
  set->push_back(std::move(value));
}

}  // namespace

extern "C" {

pairaid_status pairaid_query_new(pairaid_query** out) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    return emit(out);
  });
}

pairaid_status pairaid_query_group_by(pairaid_query* query, const char* dimension) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(dimension);
    // The core's one grammar (docs/queries.md); an unknown name throws errc::invalid_argument,
    // which guard turns into PAIRAID_EINVALID with the list of known names.
    const pairaid::Dimension d = pairaid::Dimension::parse(dimension);
    // Everything that can throw first, so that `by` and its names grow together or not at all.
    std::string name(dimension);
    query->query.by.reserve(query->query.by.size() + 1);
    query->dimension_names.reserve(query->dimension_names.size() + 1);
    query->query.by.push_back(d);
    query->dimension_names.push_back(std::move(name));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_where_period(pairaid_query* query, const char* first, const char* last) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(first);
    PAIRAID_REQUIRE(last);
    const pairaid::Date first_day = pairaid::parse_date(first), last_day = pairaid::parse_date(last);
    // Period::inclusive would read last = first - 1 as an empty period; a caller naming days means
    // at least one.
    if (last_day < first_day)
      return fail(PAIRAID_EINVALID,
                  "the period's last day " + std::string(last) + " is before its first day " + std::string(first));
    query->query.where.period = pairaid::Period::inclusive(first_day, last_day);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_where_donor(pairaid_query* query, const char* donor_id) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(donor_id);
    add_to(query->query.where.donors, pairaid::OrganisationId(donor_id));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_where_type(pairaid_query* query, const char* type) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(type);
    const auto t = pairaid::transaction_type_names.parse(type);
    if (!t)
      return fail(PAIRAID_EINVALID, "unknown transaction type '" + std::string(type) + "' (expected " +
                                        pairaid::transaction_type_names.expected() + ")");
    add_to(query->query.where.types, *t);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_where_currency(pairaid_query* query, const char* currency_code) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(currency_code);
    add_to(query->query.where.currencies, pairaid::Currency::of(currency_code));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_where_within(pairaid_query* query, const char* area_code) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(area_code);
    query->query.where.within = pairaid::AreaCode::parse(area_code);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_convert(pairaid_query* query, const char* currency_code, pairaid_rounding_mode mode,
                                     int digits) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(currency_code);
    if (digits < -1 || digits > pairaid::Decimal::scale)
      return fail(PAIRAID_EINVALID,
                  "digits must be 0..9, or -1 for the target's minor unit; got " + std::to_string(digits));
    pairaid::ConvertTo to{pairaid::Currency::of(currency_code), {pairaid::capi::to_core(mode), std::nullopt}};
    if (digits >= 0) to.rounding.digits = digits;
    query->query.convert = to;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_distinct_projects(pairaid_query* query, int on) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    if (on != 0 && on != 1) return fail(PAIRAID_EINVALID, "on must be 0 or 1; got " + std::to_string(on));
    query->query.distinct_projects = on == 1;
    return PAIRAID_OK;
  });
}

void pairaid_query_free(pairaid_query* query) { delete query; }

pairaid_status pairaid_query_run(pairaid_result** out, const pairaid_query* query, const pairaid_ledger* ledger,
                                 const pairaid_dataset* dataset, const pairaid_fx_table* rates) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(ledger);
    // The built table stays alive for the run even if another thread adds a rate meanwhile.
    std::shared_ptr<const pairaid::FxTable> table;
    if (rates) table = rates->table();
    const pairaid::QueryContext context{dataset ? &dataset->dataset : nullptr, table.get()};
    const pairaid::QueryResult result = pairaid::run_query(ledger->ledger, query->query, context);
    return emit(out, result, query->dimension_names, query->query.distinct_projects);
  });
}

}  // extern "C"
