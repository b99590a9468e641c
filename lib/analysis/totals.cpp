// run_totals: sources to one ResultTable (totals.hpp). Ledgers, datasets and stores' transactions
// go through the columnar engine; IATI files and stores' activities through the streaming one.
#include "analysis/sources.hpp"

#include <pairaid/analysis/totals.hpp>
#include <pairaid/io/data_files.hpp>
#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/source_kind.hpp>
#include <pairaid/store/store.hpp>

#include <algorithm>
#include <optional>
#include <thread>

PAIRAID_NAMESPACE_BEGIN
namespace {

using namespace sources_detail;

// What needs a dataset, checked before anything is read.
void check_needs_dataset(const Query& q) {
  using K = Dimension::Kind;
  for (const Dimension& d : q.by)
    if (d.kind() == K::donor_kind || d.kind() == K::batch || (d.kind() == K::area && d.area_level()))
      throw error(errc::invalid_argument,
                  "--by " + d.name() + " needs a dataset JSON (or a store holding a dataset) among the sources");
  using F = Condition::Field;
  if (q.condition)
    for (const Condition::Test& t : q.condition->tests())
      if (t.field == F::donor_kind || t.field == F::within || t.field == F::batch)
        throw error(errc::invalid_argument,
                    "--where " + std::string(Condition::name(t.field)) +
                        " needs a dataset JSON (or a store holding a dataset) among the sources");
  const Filter& f = q.where;
  if (f.donor_kinds || f.within || f.batches)
    throw error(
        errc::invalid_argument,
        "a donor-kind, area-subtree or batch filter needs a dataset JSON (or a store holding one) among the sources");
}

// The rates to convert with, and how to name them: the request's, else the defaults.
struct Rates {
  std::optional<FxTable> owned;
  const FxTable* table = nullptr;
  std::string name;
};
Rates rates_for(const TotalsRequest& request, const Dataset* dataset, const std::string& dataset_path,
                std::span<const Currency> currencies = {}) {
  Rates r;
  if (!request.query.convert) return r;
  if (request.fx) {
    r.table = request.fx;
    r.name = request.fx_name.empty() ? "the rates given" : request.fx_name;
    return r;
  }
  DefaultRates d = default_rates(dataset, dataset_path, currencies, request.query.convert->currency);
  r.owned = std::move(d.table);
  r.table = &*r.owned;
  r.name = std::move(d.name);
  return r;
}

TotalsOutcome ledger_totals(const TotalsRequest& request, const std::vector<SourceFile>& sources) {
  LoadedLedger loaded = load_ledgers(sources, thread_count(request.threads), request.progress);
  const Ledger& ledger = loaded.ledger;
  const std::optional<Dataset>& dataset = loaded.dataset;
  const std::string& dataset_path = loaded.dataset_path;
  const Rates rates = rates_for(request, dataset ? &*dataset : nullptr, dataset_path, ledger.currencies());
  const QueryResult result = run_query(ledger, request.query, {dataset ? &*dataset : nullptr, rates.table});
  TotalsOutcome out;
  out.transactions = ledger.size();
  out.table = ResultTable::of(result, {request.names, dataset ? &*dataset : nullptr, rates.name});
  return out;
}

// A Filter (the C API's where_* calls) as a condition IATI totals can test.
std::optional<Condition> iati_condition(const Query& q) {
  const Filter& f = q.where;
  if (f.donors || f.donor_kinds || f.areas || f.within || f.batches)
    throw error(errc::invalid_argument,
                "IATI activities have no donor, area or batch to filter by (ledgers, datasets and stores do)");
  std::string text;
  auto conjoin = [&](const std::string& test) { text += (text.empty() ? "" : " and ") + test; };
  auto list = [](const auto& values, auto spell) {
    std::string s;
    for (const auto& v : values) s += (s.empty() ? "" : ", ") + spell(v);
    return "(" + s + ")";
  };
  if (f.period) {
    conjoin("date >= " + to_string(f.period->begin()));
    conjoin("date < " + to_string(f.period->end()));
  }
  if (f.types) conjoin("type in " + list(*f.types, [](TransactionType t) { return std::string(to_string(t)); }));
  if (f.currencies) conjoin("currency in " + list(*f.currencies, [](Currency c) { return std::string(c.code()); }));
  if (f.sectors) conjoin("sector in " + list(*f.sectors, [](SectorCode c) { return c.to_string(); }));
  std::optional<Condition> c = q.condition;
  if (!text.empty()) {
    const Condition filters = Condition::parse(text);
    c = c ? Condition::both(filters, *c) : filters;
  }
  return c;
}

TotalsOutcome iati_totals(const TotalsRequest& request, const std::vector<SourceFile>& sources) {
  if (request.query.distinct_projects)
    throw error(errc::invalid_argument, "distinct projects are counted for ledgers, datasets and stores, not IATI");
  const Rates rates = rates_for(request, nullptr, "");
  iati::TotalsOptions options;
  options.by = request.query.by;
  options.hierarchy = request.hierarchy;
  options.where = iati_condition(request.query);
  options.all_types = request.query.all_types;
  if (request.query.convert)
    options.convert =
        iati::TotalsConversion{request.query.convert->currency, rates.table, request.query.convert->rounding};
  const iati::ReadOptions reading = iati::totals_read_options(request.strict);
  const unsigned threads = thread_count(request.threads);

  TotalsOutcome out;
  iati::TotalsAccumulator total(options);
  std::uint64_t skipped = 0;
  for (const SourceFile& s : sources) {
    if (request.progress) request.progress("reading " + s.path);
    if (s.kind == io::SourceKind::store) {  // a store's activities were checked when they were imported
      iati::TotalsAccumulator file(options);
      const std::vector<iati::Activity> activities = Store(s.path).iati_activities();
      for (const iati::Activity& a : activities) {
        file.add(a);
        out.transactions += a.transactions.size();
      }
      total.merge(std::move(file));
      continue;
    }
    try {
      const iati::ReadSummary summary = iati::add_file(total, s.path, reading, threads);
      for (const io::Diagnostic& d : summary.skipped)
        out.warnings.push_back(d.file + ":" + std::to_string(d.line) + ": " + d.message);
      skipped += summary.skipped.size();
      out.transactions += summary.transactions;
    } catch (const io::load_error& e) {
      if (!request.keep_going) throw;
      for (const io::Diagnostic& d : e.diagnostics()) out.failures.push_back(d.to_string());
      out.failures.push_back(s.path + ": nothing from this file is counted");
    } catch (const error& e) {
      if (!request.keep_going || e.code() == errc::overflow) throw;
      out.failures.push_back(s.path + ": " + e.what() + "; nothing from this file is counted");
    }
  }
  if (skipped > 0)
    out.warnings.push_back(std::to_string(skipped) + " transaction(s) skipped (--strict makes the first one an error)");
  out.table = ResultTable::of(total.result(), {request.names, nullptr, rates.name});
  return out;
}

}  // namespace

DefaultRates default_rates(const Dataset* dataset, std::string_view dataset_name, std::span<const Currency> currencies,
                           std::optional<Currency> target) {
  std::string unused;  // why the dataset's rates do not apply
  if (dataset && !dataset->exchange_rates().empty()) {
    const std::string cited =
        "the exchange rates " + std::string(dataset_name.empty() ? "the dataset" : dataset_name) + " cites";
    FxTable own = dataset->fx_table();
    std::string lacking;
    if (target)
      for (const Currency c : currencies)
        if (!own.converts(c, *target))
          lacking += (lacking.empty() ? "" : ", ") + std::string(c.code()) + "/" + std::string(target->code());
    if (lacking.empty()) return {std::move(own), cited};
    unused = " (" + cited + " have no " + lacking + ")";
  }
  io::BundledRates bundled = io::load_bundled_rates();
  return {std::move(bundled.table), bundled.description + unused};
}

TotalsOutcome run_totals(const TotalsRequest& request) {
  if (request.sources.empty()) throw error(errc::invalid_argument, "totals need at least one source");
  const std::vector<SourceFile> sources = classify(request.sources, request.store_part);
  if (sources.front().iati) return iati_totals(request, sources);
  if (std::none_of(sources.begin(), sources.end(), [](const SourceFile& s) { return s.has_dataset; }))
    check_needs_dataset(request.query);
  return ledger_totals(request, sources);
}

PAIRAID_NAMESPACE_END
