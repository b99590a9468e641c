// Rows of transactions (transaction_rows.hpp): the ledger side through the query plan's own
// filters, the IATI side through the totals engine's own splits, so rows and totals agree.
#include "analysis/query_internal.hpp"
#include "analysis/sources.hpp"

#include <pairaid/analysis/names.hpp>
#include <pairaid/analysis/transaction_rows.hpp>
#include <pairaid/io/csv_field.hpp>
#include <pairaid/store/store.hpp>

#include <boost/json.hpp>

#include <ostream>

PAIRAID_NAMESPACE_BEGIN
namespace {

using namespace sources_detail;

void ledger_rows(const TransactionsRequest& request, const std::vector<SourceFile>& sources,
                 const std::function<void(const TransactionRow&)>& emit) {
  if (request.split_sector || request.split_country)
    throw error(errc::invalid_argument,
                "ledgers, datasets and stores record one sector and no recipient country per transaction: "
                "--split is for IATI files");
  const LoadedLedger loaded = load_ledgers(sources, thread_count(request.threads), {});
  Query query;
  query.condition = request.where;
  const QueryContext context{loaded.dataset ? &*loaded.dataset : nullptr, nullptr};
  const query_detail::Accept accept = query_detail::accept_for(query, loaded.ledger, context);
  const query_detail::ColumnView v(loaded.ledger);
  for (std::size_t i = 0; i < v.n; ++i) {
    if (accept.any() && !v.accepts(accept, i)) continue;
    const Transaction t = loaded.ledger.transaction(i);
    TransactionRow r;
    r.activity = t.project ? t.project->str() : std::string();
    r.date = t.date;
    r.type = to_string(t.type);
    r.value = t.value.amount();
    r.currency = t.value.currency().code();
    r.value_date = t.value_date;
    r.provider = t.donor ? t.donor->str() : std::string();
    r.receiver = t.area ? t.area->to_string() : std::string();
    r.sector = t.sector ? t.sector->to_string() : std::string();
    r.amount = r.value;
    emit(r);
  }
}

std::vector<std::string> iati_rows(const TransactionsRequest& request, const std::vector<SourceFile>& sources,
                                   const std::function<void(const TransactionRow&)>& emit) {
  using F = Condition::Field;
  if (request.where)
    for (const Condition::Test& t : request.where->tests())
      if (t.field == F::donor || t.field == F::donor_kind || t.field == F::area || t.field == F::within ||
          t.field == F::batch)
        throw error(errc::invalid_argument, "IATI activity files have no '" + std::string(Condition::name(t.field)) +
                                                "' (ledgers, datasets and stores do)");
  const bool by_sector = request.split_sector || (request.where && request.where->reads(F::sector));
  const bool by_country = request.split_country || (request.where && request.where->reads(F::recipient_country));
  auto add = [&](const iati::Activity& a) {
    if (!iati::counts_under(a, request.hierarchy)) return;
    for (const iati::Transaction& t : a.transactions) {
      const auto type = transaction_type_from_iati(t.type);
      std::vector<iati::TransactionPart> parts = iati::split_transaction(a, t, t.value.amount, by_sector, by_country);
      // Not split: the sector or country a transaction has when it names exactly one.
      std::string only_sector, only_country;
      if (!by_sector || !by_country) {
        const auto single = iati::split_transaction(a, t, t.value.amount, !by_sector, !by_country);
        if (single.size() == 1) {
          if (!by_sector && single[0].sector != "unallocated") only_sector = single[0].sector;
          if (!by_country && single[0].country != "unallocated") only_country = single[0].country;
        }
      }
      for (const iati::TransactionPart& part : parts) {
        if (request.where && !iati::part_matches(*request.where, a, t, part)) continue;
        TransactionRow r;
        r.activity = a.iati_identifier;
        r.date = iati::transaction_day(t);
        r.type = type ? std::string(to_string(*type)) : std::to_string(t.type);
        r.value = t.value.amount;
        r.currency = iati::transaction_currency(a, t);
        r.value_date = t.value.value_date;
        r.provider = t.provider.ref;
        r.receiver = t.receiver.ref;
        r.sector = by_sector ? part.sector : only_sector;
        r.country = by_country ? part.country : only_country;
        if (by_sector || by_country) r.percentage = part.percentage;
        r.amount = part.amount;
        emit(r);
      }
    }
  };
  std::vector<std::string> warnings;
  const iati::ReadOptions reading = iati::totals_read_options(request.strict);
  for (const SourceFile& s : sources) {
    if (s.kind == io::SourceKind::store) {
      for (const iati::Activity& a : Store(s.path).iati_activities()) add(a);
      continue;
    }
    const iati::ReadSummary summary = iati::read_activities_file(s.path, reading, [&](iati::Activity&& a) { add(a); });
    for (const io::Diagnostic& d : summary.skipped)
      warnings.push_back(d.file + ":" + std::to_string(d.line) + ": " + d.message);
    if (!summary.skipped.empty())
      warnings.push_back(s.path + ": " + std::to_string(summary.skipped.size()) + " transaction(s) skipped");
  }
  return warnings;
}

std::string day_text(const std::optional<Date>& d) { return d ? to_string(*d) : std::string(); }

}  // namespace

std::vector<std::string> for_each_transaction(const TransactionsRequest& request,
                                              const std::function<void(const TransactionRow&)>& row) {
  if (request.sources.empty()) throw error(errc::invalid_argument, "transactions need at least one source");
  const std::vector<SourceFile> sources = classify(request.sources, request.store_part);
  if (sources.front().iati) return iati_rows(request, sources, row);
  ledger_rows(request, sources, row);
  return {};
}

TransactionWriter::TransactionWriter(std::ostream& out, TableFormat format, bool names)
    : out_(out), format_(format), names_(names) {
  if (format_ == TableFormat::table) throw error(errc::invalid_argument, "transactions are written as csv or json");
}

void TransactionWriter::write(const TransactionRow& r) {
  const Dimension type = Dimension::type(), sector = Dimension::sector(), country = Dimension::recipient_country();
  struct Cell {
    const char* name;
    std::string text;
    bool is_null;
  };
  std::vector<Cell> cells;
  auto add = [&](const char* name, std::string text, bool is_null = false) {
    cells.push_back({name, std::move(text), is_null});
  };
  add("activity", r.activity);
  add("date", day_text(r.date), !r.date);
  add("type", r.type);
  if (names_) add("type_name", name_of(type, r.type, nullptr));
  add("value", amount_text(r.value, r.currency));
  add("currency", r.currency);
  add("value_date", day_text(r.value_date), !r.value_date);
  add("provider", r.provider);
  add("receiver", r.receiver);
  add("sector", r.sector);
  if (names_) add("sector_name", name_of(sector, r.sector, nullptr));
  add("country", r.country);
  if (names_) add("country_name", name_of(country, r.country, nullptr));
  add("percentage", r.percentage ? r.percentage->to_string() : std::string(), !r.percentage);
  add("amount", amount_text(r.amount, r.currency));

  std::string line;
  if (format_ == TableFormat::csv) {
    if (first_) {
      for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + std::string(cells[i].name);
      line += '\n';
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += ',';
      io::append_csv_field(line, cells[i].text);
    }
    line += '\n';
  } else {
    boost::json::object o;
    for (const Cell& c : cells) {
      if (c.is_null)
        o[c.name] = nullptr;
      else
        o[c.name] = c.text;
    }
    line = (first_ ? "{\"rows\":[" : ",") + boost::json::serialize(o);
  }
  first_ = false;
  out_ << line;
}

void TransactionWriter::finish() {
  if (format_ == TableFormat::csv) {
    if (first_) {
      out_ << "activity,date,type," << (names_ ? "type_name," : "")
           << "value,currency,value_date,provider,receiver,sector," << (names_ ? "sector_name," : "") << "country,"
           << (names_ ? "country_name," : "") << "percentage,amount\n";
    }
  } else {
    out_ << (first_ ? "{\"rows\":[" : "") << "]}\n";
  }
  first_ = false;
}

PAIRAID_NAMESPACE_END
