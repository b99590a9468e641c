// The one totals engine over files: what a file is (io::source_kind), the --where grammar
// (Condition), one spelling of types, the result table and its writers (names beside codes, one
// amount format, JSON), run_totals over ledgers, a dataset and IATI files with the bundled rates
// named, and the rows of for_each_transaction adding up to the totals.
#include <pairaid/analysis/names.hpp>
#include <pairaid/analysis/transaction_rows.hpp>
#include <pairaid/io/source_kind.hpp>
#include <pairaid/store/store.hpp>

#include "test_support.hpp"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace pairaid;

namespace {

namespace fs = std::filesystem;

const std::string source_dir = PAIRAID_SOURCE_DIR;
const std::string small_ledger = source_dir + "/tests/data/ledger/totals-small.csv";
const std::string xizang = source_dir + "/examples/data/xizang.json";
const std::string small_iati = source_dir + "/tests/c/data/iati-small.xml";

// A fresh file under the temporary directory with `text` in it.
fs::path file_with(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / "pairaid-totals-engine-test";
  fs::create_directories(dir);
  const fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

std::string csv_of(const TotalsOutcome& o) { return format_table(o.table, TableFormat::csv); }

TotalsRequest request(std::vector<std::string> sources, const char* by, const char* where = nullptr) {
  TotalsRequest r;
  r.sources = std::move(sources);
  r.query.by = Dimension::parse_list(by);
  if (where) r.query.condition = Condition::parse(where);
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(totals_engine)

BOOST_AUTO_TEST_CASE(what_a_file_is_is_decided_once) {
  using io::SourceKind;
  BOOST_TEST((io::source_kind(file_with("a.JSON", "date,donor\n")) == SourceKind::dataset));  // the extension decides
  BOOST_TEST((io::source_kind(file_with("b.Xml", "{}")) == SourceKind::iati));
  BOOST_TEST((io::source_kind(file_with("c.CSV", "<x/>")) == SourceKind::ledger));
  BOOST_TEST((io::source_kind(file_with("d", "\xEF\xBB\xBF  \n{\"x\": 1}")) == SourceKind::dataset));  // BOM, space
  BOOST_TEST((io::source_kind(file_with("e.txt", "\n\t<iati-activities/>")) == SourceKind::iati));
  BOOST_TEST((io::source_kind(file_with("f", "date,donor\n")) == SourceKind::ledger));
  BOOST_TEST((io::source_kind(fs::temp_directory_path() / "no-such-pairaid-file") == SourceKind::ledger));
  const fs::path store = fs::temp_directory_path() / "pairaid-totals-engine-test" / "g.json";
  fs::remove(store);
  { Store s(store.string()); }
  BOOST_TEST((io::source_kind(store) == SourceKind::store));  // the header wins over the extension
  BOOST_TEST(io::is_store_file(store));
  BOOST_TEST(io::to_string(SourceKind::iati) == "iati");
  BOOST_TEST((io::parse_source_kind("store") == SourceKind::store));
}

BOOST_AUTO_TEST_CASE(the_where_grammar) {
  // `and` binds tighter than `or`; parentheses group; lists, in and not in.
  const Condition c = Condition::parse("year = 2021 or donor = a and type = 3");
  const auto& root = c.nodes()[c.root()];
  BOOST_TEST((root.kind == Condition::Node::Kind::any));
  BOOST_REQUIRE(root.children.size() == 2u);
  BOOST_TEST((c.nodes()[root.children[1]].kind == Condition::Node::Kind::all));
  auto holds = [&](const Condition& cond, std::vector<bool> outcomes) {
    return cond.holds([&](std::size_t i) { return bool(outcomes[i]); });
  };
  BOOST_TEST(holds(c, {true, false, false}));
  BOOST_TEST(!holds(c, {false, true, false}));
  BOOST_TEST(holds(Condition::parse("(year = 2021 or donor = a) and type = 3"), {false, true, true}));
  const Condition in = Condition::parse("type in (disbursement, 4) and currency not in (USD)");
  BOOST_TEST(in.tests()[0].matches(TransactionType::expenditure));
  BOOST_TEST(!in.tests()[0].matches(TransactionType::commitment));
  BOOST_TEST(!in.tests()[1].matches(std::string_view("USD")));
  BOOST_TEST(in.tests()[1].matches(std::string_view("EUR")));
  BOOST_TEST((in.named_types() == std::vector{TransactionType::disbursement, TransactionType::expenditure}));
  BOOST_TEST(Condition::parse("type != commitment").named_types().empty());
  const Condition years = Condition::parse("year in (2012, 2014) and date < 2014-06-01");
  BOOST_TEST(years.tests()[0].matches(std::optional(Date(2014, 3, 1))));
  BOOST_TEST(!years.tests()[0].matches(std::optional(Date(2013, 3, 1))));
  BOOST_TEST(!years.tests()[1].matches(std::optional(Date(2014, 6, 1))));
  BOOST_TEST(!years.tests()[1].matches(std::optional<Date>()));  // no date: only != matches
  BOOST_TEST(Condition::parse("donor != x").tests()[0].matches(std::string_view()));
  BOOST_TEST((Condition::parse("country = KE").tests()[0].field == Condition::Field::recipient_country));
  BOOST_TEST((Condition::parse("kind = province").tests()[0].field == Condition::Field::donor_kind));
  const Condition both = Condition::both(Condition::parse("year = 2021"), Condition::parse("type = 3 or type = 4"));
  BOOST_TEST(both.tests().size() == 3u);
  BOOST_TEST(holds(both, {true, false, true}));
  BOOST_TEST(!holds(both, {false, true, true}));

  PAIRAID_CHECK_ERROR(Condition::parse(""), errc::parse, "column 1: expected a condition");
  PAIRAID_CHECK_ERROR(Condition::parse("year >"), errc::parse, "column 7: expected a value");
  PAIRAID_CHECK_ERROR(Condition::parse("(year = 2021"), errc::parse, "column 13: expected ')'");
  PAIRAID_CHECK_ERROR(Condition::parse("type = gift"), errc::parse, "column 8: expected a transaction type");
  PAIRAID_CHECK_ERROR(Condition::parse("currency = RMB"), errc::parse, "an ISO 4217 currency code, found 'RMB'");
  PAIRAID_CHECK_ERROR(Condition::parse("donor > a"), errc::parse, "column 7: expected =, != or in after 'donor'");
  PAIRAID_CHECK_ERROR(Condition::parse("year >= 2012, 2013"), errc::parse, "one year after '>='");
  PAIRAID_CHECK_ERROR(Condition::parse("year in (2012"), errc::parse, "',' or ')'");
  PAIRAID_CHECK_ERROR(Condition::parse("colour = red"), errc::parse, "column 1: expected a field", "found 'colour'");
}

BOOST_AUTO_TEST_CASE(one_spelling_of_types_and_their_names) {
  BOOST_TEST((parse_transaction_type("3") == TransactionType::disbursement));
  BOOST_TEST((parse_transaction_type("disbursement") == TransactionType::disbursement));
  BOOST_TEST((parse_transaction_type("13") == TransactionType::incoming_pledge));
  BOOST_TEST(!parse_transaction_type("03").has_value());
  BOOST_TEST(!parse_transaction_type("14").has_value());
  BOOST_TEST(!parse_transaction_type("Disbursement").has_value());
  BOOST_TEST(transaction_type_name(TransactionType::commitment) == "Outgoing Commitment");
  BOOST_TEST(transaction_type_name(TransactionType::investment_attracted) == "Investment attracted");
  BOOST_TEST(name_of(Dimension::sector(), "12220", nullptr) == "Basic health care");
  BOOST_TEST(name_of(Dimension::recipient_country(), "CN", nullptr) == "China");
  BOOST_TEST(name_of(Dimension::recipient_country(), "region:298", nullptr) == "Africa, regional");
  BOOST_TEST(name_of(Dimension::reporting_org_type(), "10", nullptr) == "Government");
  BOOST_TEST(name_of(Dimension::sector(), "99999", nullptr).empty());
  BOOST_TEST(name_of(Dimension::donor(), "shanghai", nullptr).empty());
  BOOST_TEST(!has_names(Dimension::year()));
}

BOOST_AUTO_TEST_CASE(one_amount_format) {
  BOOST_TEST(amount_text(Decimal::parse("1300.5"), "CNY") == "1300.50");
  BOOST_TEST(amount_text(Decimal::parse("0.125"), "USD") == "0.125");  // more than the minor unit: kept
  BOOST_TEST(amount_text(Decimal::parse("-0.5"), "USD") == "-0.50");
  BOOST_TEST(amount_text(Decimal::parse("7"), "JPY") == "7");
  BOOST_TEST(amount_text(Decimal::parse("5"), "XXX") == "5");  // no minor unit: as held
  BOOST_TEST(amount_text(Decimal::parse("5"), "QQQ") == "5");  // not ISO 4217: as held
  BOOST_TEST(amount_text(Decimal(), "EUR") == "0.00");
}

BOOST_AUTO_TEST_CASE(totals_over_a_ledger_and_a_dataset_with_names) {
  TotalsRequest r = request({small_ledger, xizang}, "area:prefecture,type", "currency = CNY");
  r.names = true;
  const TotalsOutcome o = run_totals(r);
  // Names from the dataset (the area) and from the IATI codelists (the type); the CNY rows only.
  BOOST_TEST(csv_of(o) ==
             "area:prefecture,area:prefecture_name,type,type_name,currency,amount,transactions\n"
             "540200,Xigaze City,commitment,Outgoing Commitment,CNY,1000.00,1\n"
             "540200,Xigaze City,disbursement,Disbursement,CNY,300.00,3\n");
  BOOST_TEST(csv_of(run_totals(r)) == csv_of(o));  // deterministic
  BOOST_TEST(o.transactions == 6u);
  // The aligned table shows names without being asked.
  r.names = false;
  const std::string table = format_table(run_totals(r).table, TableFormat::table);
  BOOST_TEST(table.find("type_name") != std::string::npos);
  BOOST_TEST(csv_of(run_totals(r)).find("_name") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_ledger_without_a_type_choice_is_refused_before_anything_is_added) {
  PAIRAID_CHECK_ERROR(run_totals(request({small_ledger}, "donor")), errc::mixed_types,
                      "commitment 1, disbursement 4, expenditure 1");
  PAIRAID_CHECK_ERROR(run_totals(request({small_ledger}, "donor_kind")), errc::invalid_argument,
                      "--by donor_kind needs a dataset JSON");
  PAIRAID_CHECK_ERROR(run_totals(request({small_ledger, small_iati}, "year")), errc::invalid_argument,
                      "cannot be mixed");
  PAIRAID_CHECK_ERROR(run_totals(request({xizang, xizang}, "year")), errc::invalid_argument, "at most one dataset");
  TotalsRequest all = request({small_ledger}, "donor");
  all.query.all_types = true;
  const TotalsOutcome o = run_totals(all);
  BOOST_TEST(o.table.all_types);
  BOOST_REQUIRE(!o.table.notes.empty());
  BOOST_TEST(o.table.notes[0].find("--all-types") != std::string::npos);
  const auto json = boost::json::parse(format_table(o.table, TableFormat::json)).as_object();
  BOOST_TEST(json.at("all_types").as_bool());
  BOOST_TEST(json.at("converted").as_bool() == false);
  BOOST_TEST(json.at("rows").as_array().size() == o.table.rows.size());
}

BOOST_AUTO_TEST_CASE(bundled_rates_are_used_and_named) {
  TotalsRequest r = request({small_ledger}, "year", "type = disbursement");
  r.query.convert = ConvertTo{Currency::of("USD")};
  const TotalsOutcome o = run_totals(r);
  // 100.50 / 6.5109 + 200 / 6.4763 = 15.44 + 30.88; 50 USD - 0.50 / 6.6952 = 49.93.
  BOOST_TEST(csv_of(o) == "year,amount,transactions\n2021,46.32,2\n2022,49.93,2\n");
  BOOST_REQUIRE(o.table.rates.has_value());
  BOOST_TEST(o.table.rates->table.find("FRED monthly averages against USD") != std::string::npos);
  BOOST_REQUIRE(o.table.rates->pairs.size() == 1u);
  const auto& pair = o.table.rates->pairs[0];
  BOOST_TEST(pair.base == "USD");
  BOOST_TEST(pair.quote == "CNY");
  BOOST_TEST(pair.count == 3u);
  BOOST_TEST(to_string(pair.first) == "2021-03-01");
  BOOST_TEST(to_string(pair.last) == "2022-06-01");
  BOOST_REQUIRE(pair.listed.size() == 3u);
  BOOST_TEST(pair.listed[1].second == "6.4763");
  const auto json = boost::json::parse(format_table(o.table, TableFormat::json)).as_object();
  BOOST_TEST(json.at("rates").at("pairs").as_array().at(0).at("count").as_int64() == 3);
  // Rates given: named as given, and no bundled table involved.
  FxTable::Builder b;
  b.add({Date(2021, 1, 1), Currency::of("USD"), Currency::of("CNY"), Decimal::parse("6.5"), "test"});
  const FxTable mine = b.build();
  r.fx = &mine;
  r.fx_name = "mine.csv";
  const TotalsOutcome given = run_totals(r);
  BOOST_TEST(given.table.rates->table == "mine.csv");
  BOOST_TEST(given.table.notes.back().find("converted to USD with mine.csv: USD/CNY 6.5 from 2021-01-01") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(iati_files_through_the_same_engine) {
  PAIRAID_CHECK_ERROR(run_totals(request({small_iati}, "sector")), errc::mixed_types, "commitment 1, disbursement 1");
  TotalsRequest r = request({small_iati}, "sector,type", "year >= 2021");
  r.names = true;
  BOOST_TEST(csv_of(run_totals(r)) ==
             "sector,sector_name,type,type_name,currency,amount,transactions\n"
             ",,commitment,Outgoing Commitment,GBP,50.00,1\n"
             "11110,Education policy and administrative management,disbursement,Disbursement,USD,600.06,1\n"
             "12220,Basic health care,disbursement,Disbursement,USD,400.04,1\n");
  const TotalsOutcome part = run_totals(request({small_iati}, "recipient_country", "sector = 12220"));
  BOOST_TEST(csv_of(part) == "recipient_country,currency,amount,transactions\nCN,USD,400.04,1\n");
  PAIRAID_CHECK_ERROR(run_totals(request({small_iati}, "donor,type")), errc::invalid_argument,
                      "IATI activity files have no 'donor'");
}

BOOST_AUTO_TEST_CASE(transaction_rows_add_up_to_the_totals) {
  // Keyed by currency, sector and country (IATI) or by currency alone (ledgers: their one sector
  // per transaction is not a split).
  auto sums = [](const TransactionsRequest& t, bool split = true) {
    std::map<std::string, Decimal> by_key;
    (void)for_each_transaction(t, [&](const TransactionRow& row) {
      by_key[row.currency + "|" + (split ? row.sector + "|" + row.country : std::string("|"))] += row.amount;
    });
    return by_key;
  };
  // IATI, split both ways.
  TransactionsRequest t;
  t.sources = {small_iati};
  t.split_sector = t.split_country = true;
  std::map<std::string, Decimal> expected;
  TotalsRequest r = request({small_iati}, "currency,sector,recipient_country");
  r.query.all_types = true;
  for (const auto& row : run_totals(r).table.rows)
    expected[row.keys[0].value_or("") + "|" + row.keys[1].value_or("") + "|" + row.keys[2].value_or("")] =
        Decimal::parse(*row.amount);
  BOOST_TEST((sums(t) == expected));
  // A ledger with a condition that an `or` across columns makes row by row.
  TransactionsRequest l;
  l.sources = {small_ledger, xizang};
  l.where = Condition::parse("year = 2022 or donor = shanghai");
  TotalsRequest lr = request({small_ledger, xizang}, "currency", "year = 2022 or donor = shanghai");
  lr.query.all_types = true;
  std::map<std::string, Decimal> ledger_expected;
  for (const auto& row : run_totals(lr).table.rows)
    ledger_expected[row.keys[0].value_or("") + "||"] = Decimal::parse(*row.amount);
  BOOST_TEST((sums(l, false) == ledger_expected));
  std::ostringstream out;
  TransactionWriter w(out, TableFormat::csv, true);
  (void)for_each_transaction(l, [&](const TransactionRow& row) { w.write(row); });
  w.finish();
  BOOST_TEST(out.str().rfind("activity,date,type,type_name,value,currency,value_date,provider,receiver,sector,"
                             "sector_name,country,country_name,percentage,amount\n",
                             0) == 0u);
  l.split_sector = true;
  PAIRAID_CHECK_ERROR(for_each_transaction(l, [](const TransactionRow&) {}), errc::invalid_argument,
                      "--split is for IATI files");
}

BOOST_AUTO_TEST_SUITE_END()
