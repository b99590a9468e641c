// The embedded store (docs/store.md): schema and migration, transactional imports, re-import
// rules, and reading back the same dataset, ledger and query results as the files give.
#include <pairaid/analysis/query.hpp>
#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/ledger_csv.hpp>
#include <pairaid/io/source_kind.hpp>
#include <pairaid/store/store.hpp>

#include "store/iati_upsert.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace pairaid;
using pairaid_test::code_is;
namespace fs = std::filesystem;

namespace {

const std::string source_dir = PAIRAID_SOURCE_DIR;
// Small real IATI files the repository carries (tests/data/iati/activities/SOURCES.md).
const std::string iati_dir = PAIRAID_SOURCE_DIR "/tests/data/iati/activities";
const std::string xizang_json = source_dir + "/examples/data/xizang.json";
const std::string complete_json = source_dir + "/tests/data/datasets/valid/complete.json";

// A fresh directory per test, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    static int counter = 0;
    path = fs::temp_directory_path() /
           ("pairaid-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

// Every row of every table, as text, in primary-key order: "the store's content".
std::string dump(const std::string& db_path) {
  store_detail::Connection db(db_path);
  static const std::vector<std::pair<std::string, std::string>> tables{
      {"imports", "id"},         {"dataset_meta", "key"},   {"sources", "seq"},
      {"exchange_rates", "seq"}, {"areas", "seq"},          {"organisations", "seq"},
      {"programs", "seq"},       {"pairings", "seq"},       {"batches", "seq"},
      {"projects", "seq"},       {"indicators", "seq"},     {"indicator_observations", "indicator, position"},
      {"transactions", "seq"},   {"iati_activities", "id"}, {"iati_transactions", "activity_id, position"}};
  std::string out;
  for (const auto& [table, order] : tables) {
    // Fixed table names from this list, no data values in the SQL.
    store_detail::Statement s(db, "SELECT * FROM " + table + " ORDER BY " + order);
    out += "== " + table + "\n";
    while (s.step()) {
      for (int c = 0; c < s.columns(); ++c) out += (s.is_null(c) ? std::string("NULL") : s.text(c)) + "\x1f";
      out += "\n";
    }
  }
  return out;
}

std::vector<std::string> lines(const QueryResult& r) {
  std::vector<std::string> out;
  for (const ResultRow& row : r.rows) {
    std::string s;
    for (std::size_t k = 0; k < row.keys.size(); ++k) s += (k ? "|" : "") + row.keys[k].to_string();
    s += " " + std::string(row.currency.code()) + " ";
    s += row.amount ? row.amount->amount().to_string() : std::string("missing");
    s += " x" + std::to_string(row.transactions);
    out.push_back(s);
  }
  return out;
}

Query by(std::vector<Dimension> dims) {
  Query q;
  q.by = std::move(dims);
  q.all_types = true;  // the same rows either way; which types they add is not what is tested here
  return q;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(store)

BOOST_AUTO_TEST_CASE(opens_memory_and_file_at_the_current_version) {
  Store memory(":memory:");
  BOOST_TEST((memory.counts() == StoreCounts{}));
  BOOST_TEST(memory.integrity_check() == "ok");

  TempDir dir;
  const std::string path = dir.file("new.db");
  {
    Store created(path);
    BOOST_TEST(fs::exists(path));
  }
  BOOST_TEST(io::is_store_file(path));
  BOOST_TEST(!io::is_store_file(xizang_json));
  store_detail::Connection raw(path);
  BOOST_TEST(raw.single_integer("PRAGMA user_version") == Store::schema_version);
  BOOST_TEST(raw.single_text("PRAGMA journal_mode") == "wal");
}

BOOST_AUTO_TEST_CASE(refuses_what_is_not_a_store) {
  TempDir dir;
  const std::string path = dir.file("not-a-store.db");
  std::ofstream(path) << "this is not SQLite, and long enough to be read as a header page........\n";
  BOOST_CHECK_EXCEPTION(Store s(path), error, code_is(errc::parse));
  // A store from a newer pairaid is left alone.
  const std::string newer = dir.file("newer.db");
  {
    store_detail::Connection raw(newer);
    raw.exec("PRAGMA user_version = 99");
  }
  BOOST_CHECK_EXCEPTION(Store s(newer), error, code_is(errc::invalid_data));
}

BOOST_AUTO_TEST_CASE(dataset_round_trips_and_reimport_changes_nothing) {
  for (const std::string& file : {xizang_json, complete_json}) {
    BOOST_TEST_CONTEXT(file) {
      TempDir dir;
      const std::string path = dir.file("s.db");
      const Dataset original = io::load_dataset(file);
      Store store(path);
      const ImportReport first = store.import_dataset_file(file);
      BOOST_TEST(first.added > 0u);
      BOOST_TEST(first.updated == 0u);
      BOOST_TEST((store.load_dataset().content() == original.content()));
      const ImportReport again = store.import_dataset_file(file);
      BOOST_TEST(again.added == 0u);
      BOOST_TEST(again.updated == 0u);
      BOOST_TEST(again.unchanged == first.added);
      // Only the import log grew.
      BOOST_TEST((store.load_dataset().content() == original.content()));
      BOOST_TEST(store.counts().imports == 2u);
    }
  }
}

BOOST_AUTO_TEST_CASE(dataset_reimport_updates_changed_entities) {
  Store store(":memory:");
  const Dataset original = io::load_dataset(xizang_json);
  store.import_dataset(original, "xizang");
  DatasetContent changed = original.content();
  changed.batches.front().note = "corrected after the import";
  changed.title = "renamed";
  const ImportReport r = store.import_dataset(Dataset::build(changed), "xizang-v2");
  BOOST_TEST(r.updated == 1u);
  BOOST_TEST(r.added == 0u);
  BOOST_TEST((store.load_dataset().content() == changed));
}

BOOST_AUTO_TEST_CASE(idless_transactions_match_dataset_rows_not_ledger_rows) {
  TempDir dir;
  Store store(":memory:");
  store.import_dataset_file(complete_json);
  const std::size_t in_dataset = io::load_dataset(complete_json).content().transactions.size();
  // A ledger repeating the dataset's id-less disbursement: a payment of its own, appended.
  const std::string csv = dir.file("repeat.csv");
  std::ofstream(csv) << "date,donor,area,project,sector,type,amount,currency\n"
                        "2015-09-01,,,,,disbursement,-250000.25,CNY\n";
  BOOST_TEST(store.import_ledger_csv(csv).added == 1u);
  BOOST_TEST(store.transactions().size() == in_dataset + 1);
  // Re-importing the dataset matches its own rows only: nothing added, the ledger row stays.
  const ImportReport again = store.import_dataset_file(complete_json);
  BOOST_TEST(again.added == 0u);
  BOOST_TEST(store.transactions().size() == in_dataset + 1);
  // A dataset listing one payment twice keeps both, and re-importing it keeps two.
  DatasetContent twice = io::load_dataset(complete_json).content();
  twice.transactions.push_back(twice.transactions.back());
  BOOST_TEST(store.import_dataset(Dataset::build(twice), "twice").added == 1u);
  BOOST_TEST(store.import_dataset(Dataset::build(twice), "twice again").added == 0u);
  BOOST_TEST(store.transactions().size() == in_dataset + 2);
}

BOOST_AUTO_TEST_CASE(failed_dataset_import_leaves_every_row_as_it_was) {
  TempDir dir;
  const std::string path = dir.file("s.db");
  Store store(path);
  store.import_dataset_file(xizang_json);
  const std::string before = dump(path);
  const auto before_bytes_counts = store.counts();

  // Valid alone, invalid merged: the same dataset with batch-01 renamed. The store keeps batch-01
  // (an import never deletes), so two batches have ordinal 1. Every other row is matched or
  // written before validation fails.
  DatasetContent renamed = io::load_dataset(xizang_json).content();
  renamed.batches.front().id = BatchId("batch-01-again");
  renamed.title = "a new title, written before the failure";
  const Dataset alone = Dataset::build(renamed);
  BOOST_CHECK_EXCEPTION(store.import_dataset(alone, "conflicting"), error, code_is(errc::invalid_data));
  BOOST_TEST(dump(path) == before);
  BOOST_TEST((store.counts() == before_bytes_counts));

  // A ledger whose donor the stored dataset lacks: refused at its file:line:col, nothing kept.
  const std::string csv = dir.file("ledger.csv");
  std::ofstream(csv)
      << "date,donor,area,project,sector,type,amount,currency\n2021-01-01,nobody,,,,disbursement,1,CNY\n";
  BOOST_CHECK_EXCEPTION(store.import_ledger_csv(csv), io::load_error,
                        pairaid_test::code_and_message(errc::invalid_data, "ledger.csv:2:"));
  BOOST_TEST(dump(path) == before);
}

BOOST_AUTO_TEST_CASE(ledger_over_the_store_equals_ledger_over_the_files) {
  const std::vector<std::string> files{source_dir + "/tests/data/ledger/valid.csv",
                                       source_dir + "/tests/data/ledger/totals-small.csv"};
  Store store(":memory:");
  std::uint64_t rows = 0;
  for (const auto& f : files) rows += store.import_ledger_csv(f).added;
  const Ledger from_files = Ledger::load_csv(files);
  const Ledger from_store = store.load_ledger();
  BOOST_TEST(rows == from_files.size());
  BOOST_REQUIRE(from_store.size() == from_files.size());
  for (std::size_t i = 0; i < from_files.size(); ++i)
    BOOST_TEST((from_store.transaction(i) == from_files.transaction(i)));
  for (const auto& dims : std::vector<std::vector<Dimension>>{{Dimension::year()},
                                                              {Dimension::donor()},
                                                              {Dimension::type(), Dimension::currency()},
                                                              {Dimension::area(), Dimension::month()},
                                                              {}}) {
    const auto expected = lines(run_query(from_files, by(dims)));
    BOOST_TEST(!expected.empty());
    BOOST_TEST(lines(run_query(from_store, by(dims))) == expected, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(queries_with_the_dataset_as_context_agree) {
  Store store(":memory:");
  store.import_dataset_file(complete_json);
  const Dataset file = io::load_dataset(complete_json);
  const Dataset stored = store.load_dataset();
  const Ledger a = Ledger::from(file);
  const Ledger b = store.load_ledger();
  BOOST_TEST(a.size() > 0u);
  for (const auto& dims : std::vector<std::vector<Dimension>>{{Dimension::area_at(AreaLevel::prefecture)},
                                                              {Dimension::donor_kind()},
                                                              {Dimension::year(), Dimension::type()}}) {
    BOOST_TEST(lines(run_query(b, by(dims), {&stored, nullptr})) == lines(run_query(a, by(dims), {&file, nullptr})),
               boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(version_1_file_migrates_with_its_data) {
  TempDir dir;
  const std::string path = dir.file("v1.db");
  std::string v1_dump;
  {
    // A store as a version-1 pairaid left it: the v1 DDL, its rows, user_version 1.
    store_detail::Connection raw(path);
    raw.exec("PRAGMA journal_mode = WAL");
    raw.exec(store_detail::schema_v1_ddl());
    raw.exec("PRAGMA user_version = 1");
  }
  // Insert v1 rows by hand, as an old pairaid would have.
  {
    store_detail::Connection raw(path);
    store_detail::Statement imp(raw, "INSERT INTO imports(kind, source, added) VALUES ('ledger', 'old.csv', 1)");
    imp.run();
    store_detail::Statement org(raw, "INSERT INTO organisations (id, seq, doc) VALUES (?, 1, ?)");
    org.bind(1, "shanghai")
        .bind(2, R"({"id":"shanghai","name_en":"Shanghai Municipality","kind":"municipality","roles":["donor"]})")
        .run();
    store_detail::Statement tx(raw,
                               "INSERT INTO transactions (import_id, origin, donor, type, date, amount, currency) "
                               "VALUES (1, 'ledger', 'shanghai', 'disbursement', '2021-03-01', '100.5', 'CNY')");
    tx.run();
    v1_dump = raw.single_text("SELECT group_concat(amount || currency || date) FROM transactions");
    BOOST_TEST(raw.single_integer("PRAGMA user_version") == 1);
  }
  Store store(path);
  store_detail::Connection raw(path);
  BOOST_TEST(raw.single_integer("PRAGMA user_version") == Store::schema_version);
  BOOST_TEST(raw.single_integer("SELECT count(*) FROM dispatches") == 0);
  BOOST_TEST(raw.single_text("SELECT group_concat(amount || currency || date) FROM transactions") == v1_dump);
  BOOST_TEST(raw.single_integer("SELECT count(*) FROM iati_activities") == 0);
  const auto ts = store.transactions();
  BOOST_REQUIRE(ts.size() == 1u);
  BOOST_TEST((ts.front().value == Money::parse("100.5", Currency::of("CNY"))));
  BOOST_TEST((ts.front().donor == OrganisationId("shanghai")));
  const Dataset d = store.load_dataset();
  BOOST_TEST(d.content().organisations.size() == 1u);
  BOOST_TEST(d.content().transactions.size() == 1u);
  BOOST_TEST(store.imports().size() == 1u);
  BOOST_TEST(store.integrity_check() == "ok");
}

BOOST_AUTO_TEST_CASE(last_updated_datetimes_compare_as_times) {
  using store_detail::normalised_utc;
  BOOST_TEST(*normalised_utc("2014-05-13T12:30:00+02:00") == *normalised_utc("2014-05-13T10:30:00Z"));
  BOOST_TEST(*normalised_utc("2014-05-13T23:30:00-01:00") == "2014-05-14T00:30:00.000000000Z");
  BOOST_TEST(*normalised_utc("2014-05-13") == "2014-05-13T00:00:00.000000000Z");
  BOOST_TEST(*normalised_utc("2014-05-13T10:30:00.5Z") > *normalised_utc("2014-05-13T10:30:00Z"));
  BOOST_TEST(!normalised_utc(""));
  BOOST_TEST(!normalised_utc("yesterday"));
  BOOST_TEST(!normalised_utc("2014-02-30T00:00:00Z"));
}

BOOST_AUTO_TEST_CASE(iati_activities_round_trip_exactly) {
  const std::string file = iati_dir + "/netherlands-mfa-XM-DAC-7-v2.03.xml";
  const iati::ActivityFile loaded = iati::load_activities(file);
  BOOST_REQUIRE(!loaded.activities.empty());
  Store store(":memory:");
  const ImportReport r = store.import_iati_file(file);
  BOOST_TEST(r.kind == "iati");
  BOOST_TEST(r.added + r.updated + r.unchanged + r.skipped == loaded.activities.size());
  std::uint64_t transactions = 0;
  for (const auto& a : loaded.activities) transactions += a.transactions.size();
  const StoreCounts c = store.counts();
  BOOST_TEST(c.iati_activities == r.added);
  BOOST_TEST(c.iati_transactions > 0u);
  BOOST_TEST(c.iati_transactions <= transactions);
  // Activities repeated in a file collapse to one by identifier; compare one per identifier (the
  // last of equal-time repeats wins, which the re-import rule says).
  std::map<std::string, iati::Activity> last;
  for (const auto& a : loaded.activities) last[a.iati_identifier] = a;
  const auto back = store.iati_activities();
  BOOST_REQUIRE(back.size() == last.size());
  std::size_t i = 0;
  for (const auto& [id, a] : last) BOOST_TEST((back[i++] == a), id);
}

BOOST_AUTO_TEST_CASE(iati_reimport_updates_by_identifier_and_last_updated) {
  iati::Activity a;
  a.iati_identifier = "XM-TEST-1";
  a.last_updated_datetime = "2020-01-01T00:00:00Z";
  a.title = "first";
  a.default_currency = "USD";
  iati::Transaction t;
  t.type = 3;
  t.value.amount = Decimal::parse("100.25");
  t.date = parse_date("2020-02-01");
  a.transactions.push_back(t);
  iati::Activity b = a;
  b.iati_identifier = "XM-TEST-2";

  Store store(":memory:");
  std::vector<iati::Activity> batch{a, b};
  ImportReport r = store.import_iati(batch, "one");
  BOOST_TEST(r.added == 2u);

  r = store.import_iati(batch, "same again");
  BOOST_TEST(r.added == 0u);
  BOOST_TEST(r.unchanged == 2u);

  iati::Activity newer = a;
  newer.last_updated_datetime = "2020-01-01T01:00:00+00:30";  // 00:30 UTC: newer
  newer.title = "second";
  newer.transactions.push_back(t);
  iati::Activity older = b;
  older.last_updated_datetime = "2019-12-31T23:59:59Z";
  older.title = "stale";
  iati::Activity same_time_changed = b;
  same_time_changed.last_updated_datetime = "2020-01-01T08:00:00+08:00";  // equal instant
  same_time_changed.title = "corrected";
  std::vector<iati::Activity> second{newer, older};
  r = store.import_iati(second, "two");
  BOOST_TEST(r.updated == 1u);
  BOOST_TEST(r.skipped == 1u);
  BOOST_REQUIRE(r.notes.size() == 1u);
  BOOST_TEST(r.notes.front().find("XM-TEST-2") != std::string::npos);
  std::vector<iati::Activity> third{same_time_changed};
  r = store.import_iati(third, "three");
  BOOST_TEST(r.updated == 1u);

  const auto back = store.iati_activities();
  BOOST_REQUIRE(back.size() == 2u);
  BOOST_TEST(back[0].title == "second");
  BOOST_TEST(back[0].transactions.size() == 2u);
  BOOST_TEST(back[1].title == "corrected");
  BOOST_TEST(store.counts().iati_transactions == 3u);  // replaced activities' rows replaced, not added

  iati::Activity no_id = a;
  no_id.iati_identifier.clear();
  std::vector<iati::Activity> fourth{no_id};
  r = store.import_iati(fourth, "four");
  BOOST_TEST(r.skipped == 1u);
}

BOOST_AUTO_TEST_CASE(iati_file_failing_halfway_leaves_the_store_unchanged) {
  TempDir dir;
  const std::string path = dir.file("s.db");
  Store store(path);
  store.import_dataset_file(xizang_json);
  store.import_iati_file(iati_dir + "/netherlands-mfa-XM-DAC-7-v2.03.xml");
  const std::string before = dump(path);

  // A real file cut off two thirds of the way through: the reader hands over activities before
  // it meets the end of the text, and they are inserted; then it throws, and all must go.
  std::ifstream in(iati_dir + "/dportal-foodsecurity-multipublisher-v2.03.xml", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string whole = text.str();
  const std::string cut = dir.file("cut.xml");
  std::ofstream(cut, std::ios::binary) << whole.substr(0, whole.size() * 2 / 3);
  std::uint64_t delivered = 0;
  BOOST_CHECK_THROW(store.import_iati_file(cut, {}, [&](std::uint64_t n) { delivered = n; }), io::load_error);
  BOOST_TEST(delivered > 0u);  // rows were written before the failure
  BOOST_TEST(dump(path) == before);
  BOOST_TEST(store.integrity_check() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()
