// Dataset entities and transactions to and from rows (docs/store.md, "Schema").
#include "store/store_internal.hpp"

#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/ledger_csv.hpp>

#include <boost/json.hpp>

#include <functional>
#include <optional>
#include <deque>
#include <unordered_map>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

namespace json = boost::json;

namespace {

std::optional<std::string> member_text(const json::object& o, std::string_view name) {
  const json::value* v = o.if_contains(name);
  if (!v || !v->is_string()) return std::nullopt;
  return std::string(v->as_string());
}

// One dataset array and its table. Table and column names are this file's constants; values are
// always bound.
struct EntityTable {
  std::string_view member;  // in the dataset document
  std::string_view table;
  std::vector<std::string_view> keys;    // columns that identify an entity (JSON members of the same name)
  std::vector<std::string_view> extras;  // reference columns kept up to date from the document
};

const std::vector<EntityTable>& entity_tables() {
  static const std::vector<EntityTable> tables{
      {"sources", "sources", {"id"}, {}},
      {"exchange_rates", "exchange_rates", {"date", "base", "quote"}, {"source"}},
      {"areas", "areas", {"code"}, {"parent"}},
      {"organisations", "organisations", {"id"}, {}},
      {"programs", "programs", {"id"}, {"recipient_area"}},
      {"pairings", "pairings", {"donor", "area", "program", "valid_from"}, {}},
      {"batches", "batches", {"id"}, {"program"}},
      {"projects", "projects", {"id"}, {"program", "area"}},
      {"indicators", "indicators", {"id"}, {}},
      {"dispatches", "dispatches", {"id"}, {}},                       // schema version 3
      {"known_disagreements", "known_disagreements", {"check"}, {}},  // schema version 3
  };
  return tables;
}

// Column names, each quoted (known_disagreements is keyed by "check", an SQL keyword).
std::string join(const std::vector<std::string_view>& names, std::string_view between, std::string_view after = {}) {
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += between;
    s += '"';
    s += names[i];
    s += '"';
    s += after;
  }
  return s;
}

// Upserts the entities of one array; counts into `report`.
void merge_entities(Connection& db, const EntityTable& t, const json::array& items, ImportReport& report) {
  const std::string where = join(t.keys, " AND ", " IS ?");
  Statement find(db, "SELECT seq, doc FROM " + std::string(t.table) + " WHERE " + where);
  std::vector<std::string_view> columns = t.keys;
  columns.insert(columns.end(), t.extras.begin(), t.extras.end());
  std::string placeholders;
  for (std::size_t i = 0; i < columns.size(); ++i) placeholders += "?, ";
  Statement insert(db, "INSERT INTO " + std::string(t.table) + " (" + join(columns, ", ") + ", doc, seq) VALUES (" +
                           placeholders + "?, (SELECT coalesce(max(seq), 0) + 1 FROM " + std::string(t.table) + "))");
  std::string set_extras;
  for (auto c : t.extras) set_extras += "\"" + std::string(c) + "\" = ?, ";
  Statement update(db, "UPDATE " + std::string(t.table) + " SET " + set_extras + "doc = ? WHERE seq = ?");
  Statement drop_observations(db, "DELETE FROM indicator_observations WHERE indicator = ?");
  Statement add_observation(db,
                            "INSERT INTO indicator_observations (indicator, position, period_first, period_last, doc) "
                            "VALUES (?, ?, ?, ?, ?)");
  const bool is_indicator = t.table == "indicators";

  for (const json::value& item : items) {
    json::object doc = item.as_object();
    json::array observations;
    if (is_indicator) {
      if (json::value* o = doc.if_contains("observations")) observations = o->as_array();
      doc.erase("observations");
    }
    const std::string doc_text = json::serialize(doc);
    std::vector<std::optional<std::string>> key_values;
    for (auto k : t.keys) key_values.push_back(member_text(doc, k));
    for (std::size_t i = 0; i < key_values.size(); ++i) find.bind(static_cast<int>(i + 1), key_values[i]);
    std::optional<std::int64_t> seq;
    std::string stored;
    if (find.step()) {
      seq = find.integer(0);
      stored = find.text(1);
    }
    find.reset();

    bool observations_same = true;
    const std::optional<std::string> id = is_indicator ? member_text(doc, "id") : std::nullopt;
    if (is_indicator && seq) {
      Statement old(db, "SELECT doc FROM indicator_observations WHERE indicator = ? ORDER BY position");
      old.bind(1, *id);
      std::size_t n = 0;
      while (old.step()) {
        if (n >= observations.size() || old.text(0) != json::serialize(observations[n])) observations_same = false;
        ++n;
      }
      if (n != observations.size()) observations_same = false;
    }

    int p = 1;
    if (!seq) {
      for (auto k : t.keys) insert.bind(p++, member_text(doc, k));
      for (auto e : t.extras) insert.bind(p++, member_text(doc, e));
      insert.bind(p, doc_text).run();
      ++report.added;
    } else if (stored == doc_text && observations_same) {
      ++report.unchanged;
      continue;
    } else {
      for (auto e : t.extras) update.bind(p++, member_text(doc, e));
      update.bind(p++, doc_text);
      update.bind(p, *seq).run();
      ++report.updated;
    }
    if (is_indicator) {
      drop_observations.bind(1, *id).run();
      std::int64_t position = 0;
      for (const json::value& o : observations) {
        const json::object* period = nullptr;
        if (const json::value* v = o.as_object().if_contains("period"); v && v->is_object()) period = &v->as_object();
        add_observation.bind(1, *id).bind(2, position++);
        add_observation.bind(3, period ? member_text(*period, "first") : std::nullopt);
        add_observation.bind(4, period ? member_text(*period, "last") : std::nullopt);
        add_observation.bind(5, json::serialize(o)).run();
      }
    }
  }
}

std::optional<std::string> text_of(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(to_string(*d)) : std::nullopt;
}

template <class IdT>
std::optional<std::string> text_of(const std::optional<IdT>& id) {
  return id ? std::optional<std::string>(id->str()) : std::nullopt;
}

// Merges dataset transactions: by id when they have one; id-less ones are unchanged when an equal
// id-less row from an earlier dataset import is not yet matched, else added (so re-importing a
// dataset does not double its transactions, and a dataset listing one payment twice keeps both).
// Ledger rows are never matched: a ledger's payments are not the dataset's.
void merge_transactions(Connection& db, std::int64_t import_id, const std::vector<Transaction>& incoming,
                        ImportReport& report) {
  const std::vector<Transaction> stored = read_transactions(db);
  std::vector<std::int64_t> stored_seq;
  std::vector<bool> from_dataset;
  {
    Statement s(db, "SELECT seq, origin FROM transactions ORDER BY seq");
    while (s.step()) {
      stored_seq.push_back(s.integer(0));
      from_dataset.push_back(s.text(1) == "dataset");
    }
  }
  // Candidates by key, in seq order: "i" + id, or "=" + every field for id-less dataset rows.
  auto key_of = [](const Transaction& t) {
    if (t.id) return "i" + t.id->str();
    std::string k = "=";
    for (const auto& part :
         {text_of(t.project).value_or("\x1e"), text_of(t.donor).value_or("\x1e"),
          t.area ? t.area->to_string() : std::string("\x1e"), t.sector ? t.sector->to_string() : std::string("\x1e"),
          std::string(to_string(t.type)), to_string(t.date), t.value.amount().to_string(),
          std::string(t.value.currency().code()), text_of(t.value_date).value_or("\x1e")})
      k += part + "\x1f";
    return k;
  };
  std::unordered_map<std::string, std::deque<std::size_t>> candidates;
  for (std::size_t i = 0; i < stored.size(); ++i)
    if (stored[i].id || from_dataset[i]) candidates[key_of(stored[i])].push_back(i);

  TransactionWriter writer(db);
  Statement replace(db,
                    "UPDATE transactions SET project = ?, donor = ?, area = ?, sector = ?, type = ?, date = ?, "
                    "amount = ?, currency = ?, value_date = ?, import_id = ? WHERE seq = ?");
  for (const Transaction& t : incoming) {
    auto found = candidates.find(key_of(t));
    if (found == candidates.end() || found->second.empty()) {
      writer.append(import_id, "dataset", t);
      ++report.added;
      continue;
    }
    const std::size_t match = found->second.front();
    found->second.pop_front();
    if (stored[match] == t) {
      ++report.unchanged;
      continue;
    }
    replace.bind(1, text_of(t.project)).bind(2, text_of(t.donor));
    replace.bind(3, t.area ? std::optional<std::string>(t.area->to_string()) : std::nullopt);
    replace.bind(4, t.sector ? std::optional<std::string>(t.sector->to_string()) : std::nullopt);
    replace.bind(5, to_string(t.type)).bind(6, to_string(t.date)).bind(7, t.value.amount().to_string());
    replace.bind(8, t.value.currency().code()).bind(9, text_of(t.value_date)).bind(10, import_id);
    replace.bind(11, stored_seq[match]).run();
    ++report.updated;
  }
}

}  // namespace

TransactionWriter::TransactionWriter(Connection& db)
    : insert_(db,
              "INSERT INTO transactions (import_id, origin, id, project, donor, area, sector, type, date, amount, "
              "currency, value_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

void TransactionWriter::append(std::int64_t import_id, std::string_view origin, const Transaction& t) {
  insert_.bind(1, import_id).bind(2, origin).bind(3, text_of(t.id)).bind(4, text_of(t.project));
  insert_.bind(5, text_of(t.donor));
  insert_.bind(6, t.area ? std::optional<std::string>(t.area->to_string()) : std::nullopt);
  insert_.bind(7, t.sector ? std::optional<std::string>(t.sector->to_string()) : std::nullopt);
  insert_.bind(8, to_string(t.type)).bind(9, to_string(t.date)).bind(10, t.value.amount().to_string());
  insert_.bind(11, t.value.currency().code()).bind(12, text_of(t.value_date));
  insert_.run();
}

std::vector<Transaction> read_transactions(Connection& db) {
  Statement s(db,
              "SELECT id, project, donor, area, sector, type, date, amount, currency, value_date, seq "
              "FROM transactions ORDER BY seq");
  std::vector<Transaction> out;
  while (s.step()) {
    // The store wrote these values itself; a value that does not parse means the file was edited
    // outside pairaid, which is reported with the row rather than guessed around.
    try {
      Transaction t;
      if (auto v = s.optional_text(0)) t.id = TransactionId(*v);
      if (auto v = s.optional_text(1)) t.project = ProjectId(*v);
      if (auto v = s.optional_text(2)) t.donor = OrganisationId(*v);
      if (auto v = s.optional_text(3)) t.area = AreaCode::parse(*v);
      if (auto v = s.optional_text(4)) t.sector = SectorCode::parse(*v);
      const std::string type = s.text(5);
      const auto parsed = transaction_type_names.parse(type);
      if (!parsed) throw error(errc::parse, "unknown transaction type '" + type + "'");
      t.type = *parsed;
      t.date = parse_date(s.text(6));
      t.value = Money(Decimal::parse(s.text(7)), Currency::of(s.text(8)));
      if (auto v = s.optional_text(9)) t.value_date = parse_date(*v);
      out.push_back(std::move(t));
    } catch (const error& e) {
      throw error(errc::invalid_data,
                  db.path() + ": transactions row seq " + std::to_string(s.integer(10)) + ": " + e.what());
    }
  }
  return out;
}

std::string read_dataset_document(Connection& db) {
  json::object doc;
  doc["format"] = "pairaid-dataset";
  doc["version"] = 2;  // the reader takes version 1 content as version 2; the entities may use either
  {
    Statement meta(db, "SELECT key, value FROM dataset_meta ORDER BY key DESC");  // title, description
    while (meta.step()) doc[meta.text(0)] = meta.text(1);
  }
  for (const EntityTable& t : entity_tables()) {
    json::array items;
    Statement s(db, "SELECT doc FROM " + std::string(t.table) + " ORDER BY seq");
    Statement observations(db, "SELECT doc FROM indicator_observations WHERE indicator = ? ORDER BY position");
    while (s.step()) {
      json::value item = json::parse(s.text(0));
      if (t.table == "indicators") {
        json::array list;
        observations.bind(1, std::string(item.as_object().at("id").as_string()));
        while (observations.step()) list.push_back(json::parse(observations.text(0)));
        observations.reset();
        if (!list.empty()) item.as_object()["observations"] = std::move(list);
      }
      items.push_back(std::move(item));
    }
    if (!items.empty()) doc[t.member] = std::move(items);
  }
  return json::serialize(doc);
}

Dataset read_dataset(Connection& db, const QualifierPolicy& policy) {
  Dataset entities = io::parse_dataset(read_dataset_document(db), db.path(), policy);
  return io::with_transactions(entities, read_transactions(db), policy);
}

}  // namespace store_detail

ImportReport Store::import_dataset(const Dataset& dataset, const std::string& source_name,
                                   const QualifierPolicy& policy) {
  using namespace store_detail;
  ImportReport report;
  report.source = source_name;
  report.kind = "dataset";
  WriteTransaction tx(*db_);
  const std::int64_t import_id = begin_import(*db_, "dataset", source_name);
  const json::object doc = json::parse(io::write_dataset(dataset)).as_object();
  {
    Statement meta(*db_,
                   "INSERT INTO dataset_meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (std::string_view key : {"title", "description"})
      if (auto v = member_text(doc, key)) meta.bind(1, key).bind(2, *v).run();
  }
  for (const EntityTable& t : entity_tables())
    if (const json::value* items = doc.if_contains(t.member)) merge_entities(*db_, t, items->as_array(), report);
  merge_transactions(*db_, import_id, dataset.content().transactions, report);
  // The merged content must still be a valid dataset; if not, the transaction rolls back.
  read_dataset(*db_, policy);
  finish_import(*db_, import_id, report);
  tx.commit();
  return report;
}

ImportReport Store::import_dataset_file(const std::string& path, const QualifierPolicy& policy) {
  return import_dataset(io::load_dataset(path, policy), path, policy);
}

ImportReport Store::import_ledger(std::span<const Transaction> transactions, const std::string& source_name,
                                  const QualifierPolicy& policy) {
  using namespace store_detail;
  ImportReport report;
  report.source = source_name;
  report.kind = "ledger";
  WriteTransaction tx(*db_);
  const std::int64_t import_id = begin_import(*db_, "ledger", source_name);
  TransactionWriter writer(*db_);
  for (const Transaction& t : transactions) {
    writer.append(import_id, "ledger", t);
    ++report.added;
  }
  if (holds_dataset(*db_)) read_dataset(*db_, policy);  // references must resolve
  finish_import(*db_, import_id, report);
  tx.commit();
  return report;
}

ImportReport Store::import_ledger_csv(const std::string& path, const QualifierPolicy& policy) {
  using namespace store_detail;
  std::vector<Transaction> rows;
  if (holds_dataset(*db_)) {
    // Resolve against what the store holds so a bad reference is reported at its file:line:col.
    const Dataset stored = load_dataset(policy);
    rows = io::load_ledger_csv(path, stored);
  } else {
    rows = io::load_ledger_csv(path);
  }
  return import_ledger(rows, path, policy);
}

PAIRAID_NAMESPACE_END
