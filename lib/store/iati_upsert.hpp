#pragma once
// Internal to lib/store/: the re-import rule for IATI activities (docs/store.md), shared by
// in-memory imports (iati_rows.cpp) and streamed file imports (iati_file_import.cpp).
#include "store/activity_json.hpp"
#include "store/store_internal.hpp"

#include <optional>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

// xsd:dateTime (or a bare YYYY-MM-DD) as UTC text "YYYY-MM-DDTHH:MM:SS.fffffffffZ", which sorts as
// time does. No zone is read as UTC. nullopt when empty or not a date-time.
std::optional<std::string> normalised_utc(std::string_view text);

// Upserts activities one at a time inside the caller's write transaction.
class ActivityUpserter {
 public:
  ActivityUpserter(Connection& db, std::int64_t import_id, std::string source, ImportReport& report)
      : db_(db),
        import_id_(import_id),
        source_(std::move(source)),
        report_(report),
        find_(db, "SELECT id, last_updated_utc, fields FROM iati_activities WHERE iati_identifier = ?"),
        insert_(db,
                "INSERT INTO iati_activities (iati_identifier, last_updated_datetime, last_updated_utc, import_id, "
                "source, version, reporting_org_ref, default_currency, hierarchy, activity_status, title, fields) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        update_(db,
                "UPDATE iati_activities SET last_updated_datetime = ?, last_updated_utc = ?, import_id = ?, "
                "source = ?, version = ?, reporting_org_ref = ?, default_currency = ?, hierarchy = ?, "
                "activity_status = ?, title = ?, fields = ? WHERE id = ?"),
        drop_transactions_(db, "DELETE FROM iati_transactions WHERE activity_id = ?"),
        add_transaction_(db,
                         "INSERT INTO iati_transactions (activity_id, position, type, date, amount, currency, "
                         "value_date) VALUES (?, ?, ?, ?, ?, ?, ?)") {}

  void add(const iati::Activity& a) {
    if (a.iati_identifier.empty()) {
      ++report_.skipped;
      report_.notes.push_back(source_ + ":" + std::to_string(a.at.line) +
                              ": an activity without iati-identifier was skipped");
      return;
    }
    const std::optional<std::string> incoming = normalised_utc(a.last_updated_datetime);
    find_.bind(1, a.iati_identifier);
    std::optional<std::int64_t> id;
    std::optional<std::string> stored_time;
    std::string stored_fields;
    if (find_.step()) {
      id = find_.integer(0);
      stored_time = find_.optional_text(1);
      stored_fields = find_.text(2);
    }
    find_.reset();
    const std::string fields = activity_to_json(a);
    if (!id) {
      write(insert_, a, incoming, fields, 0);
      insert_.run();
      attach_transactions(db_.last_insert_rowid(), a);
      ++report_.added;
      return;
    }
    // nullopt (no or unreadable last-updated-datetime) is older than any time.
    if (incoming < stored_time) {
      ++report_.skipped;
      report_.notes.push_back(a.iati_identifier + ": kept the stored version (last-updated " +
                              stored_time.value_or("none") + "); the incoming one is older (" +
                              (a.last_updated_datetime.empty() ? std::string("none") : a.last_updated_datetime) + ")");
      return;
    }
    // Equal time and identical fields apart from where in which file they were read: unchanged.
    if (incoming == stored_time && same_apart_from_position(stored_fields, a)) {
      ++report_.unchanged;
      return;
    }
    write(update_, a, incoming, fields, 1);
    update_.bind(12, *id).run();
    drop_transactions_.bind(1, *id).run();
    attach_transactions(*id, a);
    ++report_.updated;
  }

 private:
  static bool same_apart_from_position(const std::string& stored_fields, const iati::Activity& a) {
    return strip_positions(activity_from_json(stored_fields)) == strip_positions(a);
  }
  static iati::Activity strip_positions(iati::Activity a) {
    a.at = {};
    auto clear = [](auto& list) {
      for (auto& x : list) x.at = {};
    };
    clear(a.dates), clear(a.recipient_countries), clear(a.recipient_regions), clear(a.sectors);
    clear(a.transactions), clear(a.budgets), clear(a.planned_disbursements);
    for (auto& t : a.transactions) clear(t.sectors), clear(t.recipient_countries), clear(t.recipient_regions);
    return a;
  }

  // Binds the shared columns; `shift` 1 for the UPDATE (no iati_identifier column).
  void write(Statement& s, const iati::Activity& a, const std::optional<std::string>& time, const std::string& fields,
             int shift) {
    int p = 1;
    if (shift == 0) s.bind(p++, a.iati_identifier);
    s.bind(p++, a.last_updated_datetime);
    s.bind(p++, time);
    s.bind(p++, import_id_);
    s.bind(p++, source_);
    s.bind(p++, a.version);
    s.bind(p++, a.reporting_org.ref);
    s.bind(p++, a.default_currency);
    if (a.hierarchy)
      s.bind(p++, std::int64_t{*a.hierarchy});
    else
      s.bind_null(p++);
    s.bind(p++, a.activity_status);
    s.bind(p++, a.title);
    s.bind(p, fields);
  }

  void attach_transactions(std::int64_t activity_id, const iati::Activity& a) {
    std::int64_t position = 0;
    for (const iati::Transaction& t : a.transactions) {
      add_transaction_.bind(1, activity_id).bind(2, position++).bind(3, std::int64_t{t.type});
      add_transaction_.bind(4, t.date ? std::optional<std::string>(to_string(*t.date)) : std::nullopt);
      add_transaction_.bind(5, t.value.amount.to_string()).bind(6, t.value.currency);
      add_transaction_.bind(
          7, t.value.value_date ? std::optional<std::string>(to_string(*t.value.value_date)) : std::nullopt);
      add_transaction_.run();
    }
  }

  Connection& db_;
  std::int64_t import_id_;
  std::string source_;
  ImportReport& report_;
  Statement find_, insert_, update_, drop_transactions_, add_transaction_;
};

}  // namespace store_detail
PAIRAID_NAMESPACE_END
