// generate_ledger_check LEDGER.csv DATASET.json ROWS: checks that a ledger written by
// `pairaid generate --transactions ROWS` loads with the ledger reader and has the promised shape:
// ROWS transactions; the 122 donors of three kinds; areas that are all areas of DATASET (at county,
// prefecture and region level); every year 1995-2024 with more rows late than early; the four
// transaction types; CNY and some USD; at most two fraction digits, some reversals, amounts below
// 10^9; each project always in one area and sector and named after its donor; value dates only on
// USD rows and after the transaction date. Prints each failed property; exit 1 if any failed.
#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/ledger_csv.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace {

int failures = 0;

void expect(bool ok, const std::string& what) {
  if (ok) return;
  std::cerr << "FAILED: " << what << "\n";
  ++failures;
}

bool is_donor_id(const std::string& id) {
  for (auto [prefix, count] : {std::pair<std::string, int>{"province-", 17}, {"organ-", 78}, {"soe-", 27}}) {
    if (id.rfind(prefix, 0) != 0 || id.size() != prefix.size() + 2) continue;
    const int n = std::stoi(id.substr(prefix.size()));
    return n >= 1 && n <= count;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: generate_ledger_check LEDGER.csv DATASET.json ROWS\n";
    return 2;
  }
  const std::string ledger_path = argv[1];
  const std::size_t rows = std::stoul(argv[3]);
  std::vector<pairaid::Transaction> ledger;
  std::optional<pairaid::Dataset> dataset;
  try {
    ledger = pairaid::io::load_ledger_csv(ledger_path);
    dataset.emplace(pairaid::io::load_dataset(argv[2]));
  } catch (const pairaid::io::load_error& e) {
    for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << "\n";
    return 1;
  }
  expect(ledger.size() == rows, "row count " + std::to_string(ledger.size()) + " != " + std::to_string(rows));

  std::map<pairaid::AreaCode, pairaid::AreaLevel> areas;
  for (const auto& a : dataset->areas()) areas.emplace(a.code, a.level);

  std::set<std::string> donors, types, currencies;
  std::set<pairaid::AreaLevel> levels;
  std::map<int, std::size_t> per_year;
  std::map<std::string, std::pair<std::optional<pairaid::AreaCode>, std::optional<pairaid::SectorCode>>> projects;
  std::size_t usd = 0, negative = 0, without_project = 0;
  const auto limit = pairaid::Decimal::from_integer(1'000'000'000);
  for (const auto& t : ledger) {
    const std::string where = "row on " + boost::gregorian::to_iso_extended_string(t.date) + ": ";
    expect(t.donor && is_donor_id(t.donor->str()), where + "donor is not province-01..17, organ-01..78 or soe-01..27");
    if (t.donor) donors.insert(t.donor->str());
    expect(t.area.has_value(), where + "no area");
    if (t.area) {
      const auto it = areas.find(*t.area);
      expect(it != areas.end(), where + "area " + t.area->to_string() + " is not an area of the dataset");
      if (it != areas.end()) levels.insert(it->second);
    }
    ++per_year[t.date.year()];
    types.insert(std::string(pairaid::to_string(t.type)));
    const std::string ccy(t.value.currency().code());
    currencies.insert(ccy);
    if (ccy == "USD") ++usd;
    expect(t.value.amount().has_at_most_fraction_digits(2), where + "more than two fraction digits");
    if (t.value.is_negative()) ++negative;
    const auto magnitude = t.value.is_negative() ? -t.value.amount() : t.value.amount();
    expect(magnitude < limit && !t.value.is_zero(), where + "amount is zero or not below 10^9");
    if (t.project) {
      expect(t.donor && t.project->str().rfind(t.donor->str() + "-p", 0) == 0,
             where + "project " + t.project->str() + " is not named after its donor");
      const auto [it, first] = projects.try_emplace(t.project->str(), t.area, t.sector);
      expect(first || (it->second.first == t.area && it->second.second == t.sector),
             where + "project " + t.project->str() + " changes its area or sector");
    } else {
      ++without_project;
    }
    if (t.value_date) {
      expect(ccy == "USD", where + "a value date on a non-USD row");
      expect(*t.value_date > t.date, where + "value date not after the transaction date");
    }
  }

  expect(donors.size() == 122, std::to_string(donors.size()) + " distinct donors, expected all 122");
  expect(levels.size() == 3, "areas do not cover county, prefecture and region level");
  expect(per_year.size() == 30 && per_year.begin()->first == 1995 && per_year.rbegin()->first == 2024,
         "years are not exactly 1995-2024");
  expect(per_year[2024] > 3 * per_year[1995], "2024 should have several times the rows of 1995");
  expect(types == std::set<std::string>{"commitment", "disbursement", "expenditure", "investment_attracted"},
         "transaction types are not exactly the four expected");
  expect(currencies == std::set<std::string>{"CNY", "USD"}, "currencies are not exactly CNY and USD");
  expect(usd * 100 > rows * 3 && usd * 100 < rows * 12, "USD rows are not 3-12% of the ledger");
  expect(negative > 0 && negative * 100 < rows, "reversals are not present and rare");
  expect(without_project > 0 && without_project * 4 < rows, "rows without a project are not 0-25%");
  if (failures == 0) std::cout << ledger_path << ": " << ledger.size() << " transactions, shape as promised\n";
  return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
