// IATI activities as pairaid's model: what maps where, what is left out and why, and that every
// real file becomes a valid Dataset whose transactions add up to what the reader delivered.
#include <pairaid/iati/reader.hpp>
#include <pairaid/iati/to_model.hpp>
#include <pairaid/model/dataset.hpp>

#include "test_support.hpp"

#include <filesystem>
#include <map>
#include <set>

using namespace pairaid;

namespace {

iati::Activity sample_activity() {
  iati::Activity a;
  a.iati_identifier = "XM-EXAMPLE-1";
  a.version = "2.03";
  a.title = "Water for Nagqu";
  a.default_currency = "EUR";
  a.activity_status = "2";
  a.reporting_org = {"XM-EXAMPLE", "10", "Example Ministry", {}};
  a.participating_orgs.push_back({{"XM-EXAMPLE", "10", "Example Ministry", {}}, iati::OrganisationRole::funding, "1"});
  a.participating_orgs.push_back({{"", "21", "Wells Ltd", {}}, iati::OrganisationRole::implementing, "4"});
  a.dates.push_back({2, parse_date("2020-01-15"), "2020-01-15", {}});
  a.dates.push_back({3, parse_date("2022-12-31"), "2022-12-31", {}});
  a.sectors.push_back({"1", "14030", Decimal::parse("100"), "", {}});
  iati::Transaction t;
  t.type = 3;
  t.type_text = "3";
  t.date = parse_date("2021-03-01");
  t.value.amount = Decimal::parse("1500.25");
  t.at = {12, 5};
  a.transactions.push_back(t);
  t.value.currency = "USD";
  t.value.amount = Decimal::parse("-20");
  a.transactions.push_back(t);
  return a;
}

// Every real file in `dir` becomes a valid Dataset whose per-currency totals equal the reader's,
// each transaction either mapped or named as left out; returns how many files there were.
int check_every_file_becomes_a_dataset(const std::filesystem::path& dir) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".xml") continue;
    ++files;
    BOOST_TEST_CONTEXT(entry.path().filename().string()) {
      auto loaded = iati::load_activities(entry.path());
      auto imported = iati::to_model(loaded.activities, {entry.path().string()});
      std::size_t left_out_transactions = 0;
      for (const auto& d : imported.left_out)
        if (d.code != "duplicate_activity" && d.code != "bad_identifier") ++left_out_transactions;
      std::size_t delivered = 0, in_kept_activities = 0;
      std::map<std::string, Decimal> read_totals, model_totals;
      std::set<std::string> kept;
      for (const auto& p : imported.content.projects) kept.insert(p.id.str());
      for (const auto& a : loaded.activities) {
        delivered += a.transactions.size();
        // Only the first activity with an identifier is kept (the later ones are named left out).
        if (!kept.erase(a.iati_identifier)) continue;
        for (const auto& t : a.transactions) {
          ++in_kept_activities;
          const std::string& code = t.value.currency.empty() ? a.default_currency : t.value.currency;
          if (Currency::find(code) && (t.date || t.value.value_date) && t.type >= 1 && t.type <= 13)
            read_totals[code] += t.value.amount;
        }
      }
      BOOST_TEST(delivered == loaded.summary.transactions);
      // Each transaction of a kept activity is either in the model or named as left out.
      BOOST_TEST(imported.content.transactions.size() + left_out_transactions == in_kept_activities);
      for (const auto& t : imported.content.transactions)
        model_totals[std::string(t.value.currency().code())] += t.value.amount();
      BOOST_TEST(model_totals.size() == read_totals.size());
      for (const auto& [code, total] : read_totals) BOOST_TEST(model_totals[code] == total, code);
      BOOST_CHECK_NO_THROW(Dataset::build(imported.content));
    }
  }
  return files;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(iati_to_model)

BOOST_AUTO_TEST_CASE(an_activity_maps_to_a_project_its_organisations_and_transactions) {
  const iati::Activity a = sample_activity();
  auto imported = iati::to_model(std::span(&a, 1), {"sample.xml"});
  BOOST_TEST(imported.left_out.empty());
  const DatasetContent& c = imported.content;
  BOOST_TEST_REQUIRE(c.projects.size() == 1u);
  const Project& p = c.projects[0];
  BOOST_TEST(p.id.str() == "XM-EXAMPLE-1");
  BOOST_TEST(p.title_en == "Water for Nagqu");
  BOOST_TEST((p.status == ProjectStatus::implementation));
  BOOST_TEST(p.sector->value() == 14030u);
  BOOST_TEST(p.period->to_string() ==
             Period::inclusive(parse_date("2020-01-15"), parse_date("2022-12-31")).to_string());
  BOOST_TEST_REQUIRE(p.donors.size() == 1u);
  BOOST_TEST(p.donors[0].str() == "XM-EXAMPLE");

  // The ministry (reporting and funding: one organisation) and the unnamed-ref implementer.
  BOOST_TEST_REQUIRE(c.organisations.size() == 2u);
  BOOST_TEST(c.organisations[0].id.str() == "XM-EXAMPLE");
  BOOST_TEST(c.organisations[0].has_role(OrganisationRole::donor));
  BOOST_TEST(c.organisations[1].id.str() == "name:Wells Ltd");
  BOOST_TEST(c.organisations[1].has_role(OrganisationRole::implementer));

  BOOST_TEST_REQUIRE(c.transactions.size() == 2u);
  BOOST_TEST(c.transactions[0].value == Money(Decimal::parse("1500.25"), Currency::of("EUR")));  // default currency
  BOOST_TEST(c.transactions[1].value == Money(Decimal::parse("-20"), Currency::of("USD")));      // its own currency
  BOOST_TEST((c.transactions[0].type == TransactionType::disbursement));
  BOOST_TEST(c.transactions[0].donor->str() == "XM-EXAMPLE");
  BOOST_TEST(c.transactions[0].sector->value() == 14030u);

  BOOST_CHECK_NO_THROW(Dataset::build(c));
}

BOOST_AUTO_TEST_CASE(what_the_model_cannot_hold_is_left_out_and_named) {
  iati::Activity a = sample_activity();
  a.default_currency.clear();  // first transaction: no currency at all
  a.transactions[1].value.currency = "ZZZ";
  iati::Transaction undated = a.transactions[1];
  undated.value.currency = "USD";
  undated.date.reset();
  undated.date_text = "5000000";
  a.transactions.push_back(undated);
  iati::Transaction untyped = undated;
  untyped.date = parse_date("2021-01-01");
  untyped.type = 0;
  untyped.type_text = "Disbursement";
  a.transactions.push_back(untyped);

  const iati::Activity twice[] = {a, a};
  auto imported = iati::to_model(twice, {"messy.xml"});
  BOOST_TEST(imported.content.transactions.empty());
  std::vector<std::string> codes;
  for (const auto& d : imported.left_out) codes.push_back(d.code);
  const std::vector<std::string> expected{"no_currency", "unknown_currency", "no_date", "no_transaction_type",
                                          "duplicate_activity"};
  BOOST_TEST(codes == expected, boost::test_tools::per_element());
  BOOST_TEST(imported.left_out[0].file == "messy.xml");
  BOOST_TEST(imported.left_out[0].line == 12u);
  BOOST_TEST(imported.left_out[2].message.find("5000000") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_bundled_real_file_becomes_a_valid_dataset_and_no_money_goes_missing) {
  BOOST_TEST(check_every_file_becomes_a_dataset(std::filesystem::path(PAIRAID_SOURCE_DIR) /
                                                "tests/data/iati/activities") == 7);
}

BOOST_AUTO_TEST_SUITE_END()

// The shared corpus (label corpus: skipped when it is absent).
BOOST_AUTO_TEST_SUITE(iati_to_model_corpus)

BOOST_AUTO_TEST_CASE(every_real_file_becomes_a_valid_dataset_and_no_money_goes_missing) {
  BOOST_TEST(check_every_file_becomes_a_dataset(std::filesystem::path(PAIRAID_SHARED_DIR) / "data/iati/activities") ==
             17);
}

BOOST_AUTO_TEST_SUITE_END()
