// pairaid_query: a pairaid::Query (and what running it over sources needs) built up call by call
// from C words, and the runs: pairaid_query_run over a ledger (the core's run_query) and
// pairaid_query_run_sources over files (the core's run_totals, as `pairaid totals` runs it).
#include "query_handles.hpp"

#include <pairaid/model/project.hpp>

#include <algorithm>
#include <span>

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

pairaid_status on_off(bool& flag, int on) {
  if (on != 0 && on != 1) return fail(PAIRAID_EINVALID, "on must be 0 or 1; got " + std::to_string(on));
  flag = on == 1;
  return PAIRAID_OK;
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
    if (std::find(query->query.by.begin(), query->query.by.end(), d) != query->query.by.end())
      return fail(PAIRAID_EINVALID,
                  "dimension '" + std::string(dimension) + "' is already grouped by (" + d.name() + ")");
    query->query.by.push_back(d);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_where(pairaid_query* query, const char* condition) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(condition);
    const pairaid::Condition c = pairaid::Condition::parse(condition);
    query->query.condition = query->query.condition ? pairaid::Condition::both(*query->query.condition, c) : c;
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
    const auto t = pairaid::parse_transaction_type(type);
    if (!t)
      return fail(PAIRAID_EINVALID, "unknown transaction type '" + std::string(type) + "' (expected " +
                                        pairaid::transaction_type_names.expected() + ", or an IATI code 1-13)");
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
    return on_off(query->query.distinct_projects, on);
  });
}

pairaid_status pairaid_query_all_types(pairaid_query* query, int on) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    return on_off(query->query.all_types, on);
  });
}

pairaid_status pairaid_query_names(pairaid_query* query, int on) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    return on_off(query->names, on);
  });
}

pairaid_status pairaid_query_hierarchy(pairaid_query* query, const char* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    PAIRAID_REQUIRE(policy);
    const auto h = pairaid::iati::parse_hierarchy_policy(policy);
    if (!h)
      return fail(PAIRAID_EINVALID,
                  "unknown hierarchy policy '" + std::string(policy) + "' (expected all, leaves or top)");
    query->hierarchy = *h;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_query_strict(pairaid_query* query, int on) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    return on_off(query->strict, on);
  });
}

pairaid_status pairaid_query_store_part(pairaid_query* query, const char* part) {
  return guard([&] {
    PAIRAID_REQUIRE(query);
    if (part == nullptr)
      query->store_part = pairaid::StorePart::automatic;
    else if (std::string_view(part) == "iati")
      query->store_part = pairaid::StorePart::iati;
    else if (std::string_view(part) == "ledger")
      query->store_part = pairaid::StorePart::ledger;
    else
      return fail(PAIRAID_EINVALID, "unknown store part '" + std::string(part) + "' (expected iati, ledger or NULL)");
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
    const pairaid::Dataset* ds = dataset ? &dataset->dataset : nullptr;
    // The built table stays alive for the run even if another thread adds a rate meanwhile.
    std::shared_ptr<const pairaid::FxTable> table;
    std::optional<pairaid::DefaultRates> defaults;
    std::string rates_name = "the rates given";
    if (rates) {
      table = rates->table();
    } else if (query->query.convert) {
      defaults.emplace(pairaid::default_rates(ds, "", ledger->ledger.currencies(), query->query.convert->currency));
      rates_name = defaults->name;
    }
    const pairaid::FxTable* fx = table ? table.get() : defaults ? &defaults->table : nullptr;
    const pairaid::QueryResult result = pairaid::run_query(ledger->ledger, query->query, {ds, fx});
    return emit(out, pairaid::ResultTable::of(result, {query->names, ds, rates_name}));
  });
}

pairaid_status pairaid_query_run_sources(pairaid_result** out, const pairaid_query* query, const char* const* sources,
                                         size_t source_count, const pairaid_fx_table* rates) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(query);
    if (source_count > 0) PAIRAID_REQUIRE(sources);
    pairaid::TotalsRequest request;
    for (const char* s : std::span(sources, source_count)) {
      if (s == nullptr) return fail(PAIRAID_EINVALID, "sources must not hold NULL");
      request.sources.emplace_back(s);
    }
    request.query = query->query;
    request.hierarchy = query->hierarchy;
    request.strict = query->strict;
    request.store_part = query->store_part;
    request.names = query->names;
    std::shared_ptr<const pairaid::FxTable> table;
    if (rates) {
      table = rates->table();
      request.fx = table.get();
      request.fx_name = "the rates given";
    }
    pairaid::TotalsOutcome outcome = pairaid::run_totals(request);
    // What the reader skipped is worth telling beside the numbers, as the CLI does on stderr.
    outcome.table.notes.insert(outcome.table.notes.begin(), outcome.warnings.begin(), outcome.warnings.end());
    return emit(out, std::move(outcome.table));
  });
}

}  // extern "C"
