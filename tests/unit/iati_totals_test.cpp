// The IATI totals engine on hand-built activities: the currency and year fallbacks, exact splits
// (parts add up to the whole), the hierarchy policies and their cross-check, conversion with a
// missing rate (no amount, never 0), and merging parts.
#include <pairaid/iati/totals.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace pairaid;
using namespace pairaid::iati;

namespace {

Decimal dec(const char* s) { return Decimal::parse(s); }

iati::Transaction tx(int type, const char* amount, std::string currency = "", std::optional<Date> date = std::nullopt,
                     std::optional<Date> value_date = std::nullopt) {
  iati::Transaction t;
  t.type = type;
  t.value.amount = dec(amount);
  t.value.currency = std::move(currency);
  t.date = date;
  t.value.value_date = value_date;
  return t;
}

Share share(std::string code, std::optional<const char*> pct, std::string vocabulary = "") {
  Share s;
  s.code = std::move(code);
  s.vocabulary = std::move(vocabulary);
  if (pct) s.percentage = dec(*pct);
  return s;
}

Activity activity(std::string id, std::string default_currency = "") {
  Activity a;
  a.iati_identifier = std::move(id);
  a.default_currency = std::move(default_currency);
  a.reporting_org.ref = "XM-TEST";
  return a;
}

// all_types: most cases here are about other things; the rule against adding types has its own.
TotalsOptions by(std::vector<Dimension> dims, HierarchyPolicy h = HierarchyPolicy::leaves) {
  TotalsOptions o;
  o.by = std::move(dims);
  o.hierarchy = h;
  o.all_types = true;
  return o;
}

// "k1|k2|currency=amount/transactions" for compact comparisons.
std::vector<std::string> lines(const TotalsResult& r) {
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    std::string s;
    for (const auto& k : row.keys) s += k + "|";
    s += row.currency + "=" + (row.amount ? row.amount->to_string() : "missing") + "/" +
         std::to_string(row.transactions);
    out.push_back(s);
  }
  return out;
}

const Date d2010{2010, 3, 31};
const Date d2011{2011, 6, 30};

}  // namespace

BOOST_AUTO_TEST_SUITE(iati_totals)

BOOST_AUTO_TEST_CASE(currency_falls_back_to_default_then_xxx) {
  Activity with_default = activity("A", "GBP");
  with_default.transactions = {tx(2, "100.50", "EUR", d2010), tx(2, "7", "", d2010)};
  Activity without = activity("B");
  without.transactions = {tx(3, "1.25", "", d2010)};
  const auto r = compute_totals({with_default, without}, by({Dimension::currency()}));
  BOOST_TEST(lines(r) == (std::vector<std::string>{"EUR|EUR=100.5/1", "GBP|GBP=7/1", "XXX|XXX=1.25/1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(year_from_transaction_date_else_value_date_else_empty) {
  Activity a = activity("A", "USD");
  a.transactions = {tx(3, "1", "", d2010, d2011),                 // transaction date wins
                    tx(3, "2", "", std::nullopt, d2011),          // value date
                    tx(3, "4", "", std::nullopt, std::nullopt)};  // neither: empty year, still counted
  const auto r = compute_totals({a}, by({Dimension::year()}));
  // No currency dimension: the currency is still part of every group (amounts never mix).
  BOOST_TEST(lines(r) == (std::vector<std::string>{"|USD=4/1", "2010|USD=1/1", "2011|USD=2/1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(transaction_types_are_words_in_code_order) {
  Activity a = activity("A", "USD");
  a.transactions = {tx(10, "1"), tx(2, "2"), tx(2, "3.5"), tx(11, "-1")};
  const auto r = compute_totals({a}, by({Dimension::type()}));
  // 2 commitment, 10 credit_guarantee, 11 incoming_commitment: code order, not the words' order.
  BOOST_TEST(lines(r) == (std::vector<std::string>{"commitment|USD=5.5/2", "credit_guarantee|USD=1/1",
                                                   "incoming_commitment|USD=-1/1"}),
             boost::test_tools::per_element());
  BOOST_TEST(r.notes.transactions_counted == 4u);
}

BOOST_AUTO_TEST_CASE(sector_split_parts_add_up_exactly) {
  Activity a = activity("A", "EUR");
  a.sectors = {share("11110", "33.33"), share("12220", "33.33"), share("15110", "33.34"), share("111", "100", "2")};
  a.transactions = {tx(3, "100.01")};
  const auto r = compute_totals({a}, by({Dimension::sector()}));
  // DAC 5-digit only (the DAC 3-digit share would count the money twice); largest remainder at
  // two digits: 33.33, 33.33, 33.34 plus one cent to the largest remainder (the third share).
  BOOST_TEST(lines(r) == (std::vector<std::string>{"11110|EUR=33.33/1", "12220|EUR=33.33/1", "15110|EUR=33.35/1"}),
             boost::test_tools::per_element());
  Decimal total;
  for (const auto& row : r.rows) total += *row.amount;
  BOOST_TEST(total == dec("100.01"));
  BOOST_TEST(r.notes.splits_rescaled == 0u);
}

BOOST_AUTO_TEST_CASE(transaction_sectors_override_activity_sectors) {
  Activity a = activity("A", "EUR");
  a.sectors = {share("11110", "50"), share("12220", "50")};
  iati::Transaction own = tx(3, "9");
  own.sectors = {share("15110", std::nullopt)};  // a single share without percentage: 100 %
  a.transactions = {own, tx(3, "3")};
  const auto r = compute_totals({a}, by({Dimension::sector()}));
  BOOST_TEST(lines(r) == (std::vector<std::string>{"11110|EUR=1.5/1", "12220|EUR=1.5/1", "15110|EUR=9/1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(percentages_not_100_are_weights_and_missing_ones_leave_it_unallocated) {
  Activity rescaled = activity("A", "EUR");
  rescaled.sectors = {share("11110", "60"), share("12220", "20")};  // 80 %: weights 3:1
  rescaled.transactions = {tx(3, "10")};
  Activity unknown = activity("B", "EUR");
  unknown.sectors = {share("11110", "60"), share("12220", std::nullopt)};
  unknown.transactions = {tx(3, "5")};
  Activity none = activity("C", "EUR");
  none.transactions = {tx(3, "1")};
  Activity other_vocabulary = activity("D", "EUR");
  other_vocabulary.sectors = {share("A1", "100", "99")};
  other_vocabulary.transactions = {tx(3, "2")};
  const auto r = compute_totals({rescaled, unknown, none, other_vocabulary}, by({Dimension::sector()}));
  BOOST_TEST(lines(r) == (std::vector<std::string>{"|EUR=1/1", "11110|EUR=7.5/1", "12220|EUR=2.5/1", "99:A1|EUR=2/1",
                                                   "unallocated|EUR=5/1"}),
             boost::test_tools::per_element());
  BOOST_TEST(r.notes.splits_rescaled == 1u);
  BOOST_TEST(r.notes.splits_unallocated == 1u);
}

BOOST_AUTO_TEST_CASE(country_and_region_share_one_hundred_and_nest_under_sectors) {
  Activity a = activity("A", "USD");
  a.sectors = {share("11110", "50"), share("12220", "50")};
  a.recipient_countries = {share("CD", "70")};
  a.recipient_regions = {share("289", "30")};
  a.transactions = {tx(3, "0.03")};
  const auto r = compute_totals({a}, by({Dimension::sector(), Dimension::recipient_country()}));
  // 0.03 -> sectors 0.02 / 0.01 (tie to the first); 0.02 -> CD 0.01 + region 0.01 (0.014/0.006:
  // the region's remainder is larger); 0.01 -> CD 0.01 (0.007 vs 0.003).
  BOOST_TEST(lines(r) == (std::vector<std::string>{"11110|CD|USD=0.01/1", "11110|region:289|USD=0.01/1",
                                                   "12220|CD|USD=0.01/1", "12220|region:289|USD=0/1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(duplicate_share_counts_the_transaction_once) {
  Activity a = activity("A", "USD");
  a.recipient_countries = {share("CD", "50"), share("CD", "50")};
  a.transactions = {tx(3, "3")};
  const auto r = compute_totals({a}, by({Dimension::recipient_country()}));
  BOOST_TEST(lines(r) == std::vector<std::string>{"CD|USD=3/1"}, boost::test_tools::per_element());
}

namespace {
// A parent (hierarchy 1) with a child link, and its child (hierarchy 2) with a parent link.
std::vector<Activity> family(bool parent_links_child) {
  Activity parent = activity("P", "GBP");
  parent.hierarchy = 1;
  if (parent_links_child) parent.related_activities = {{"C", "2"}};
  parent.transactions = {tx(1, "100")};
  Activity child = activity("C", "GBP");
  child.hierarchy = 2;
  child.related_activities = {{"P", "1"}, {"X", "3"}};
  child.transactions = {tx(3, "60"), tx(3, "40")};
  Activity single = activity("S", "GBP");  // no @hierarchy: level 1
  single.transactions = {tx(3, "5")};
  return {parent, child, single};
}
}  // namespace

BOOST_AUTO_TEST_CASE(hierarchy_policies) {
  const auto acts = family(true);
  auto total = [&](HierarchyPolicy h) { return lines(compute_totals(acts, by({Dimension::activity()}, h))); };
  BOOST_TEST(total(HierarchyPolicy::all) == (std::vector<std::string>{"C|GBP=100/2", "P|GBP=100/1", "S|GBP=5/1"}),
             boost::test_tools::per_element());
  BOOST_TEST(total(HierarchyPolicy::leaves) == (std::vector<std::string>{"C|GBP=100/2", "S|GBP=5/1"}),
             boost::test_tools::per_element());
  BOOST_TEST(total(HierarchyPolicy::top) == (std::vector<std::string>{"P|GBP=100/1", "S|GBP=5/1"}),
             boost::test_tools::per_element());
  const auto leaves = compute_totals(acts, by({Dimension::activity()}, HierarchyPolicy::leaves));
  BOOST_TEST(leaves.notes.activities_excluded == 1u);
  BOOST_TEST(leaves.notes.transactions_excluded == 1u);
  BOOST_TEST(leaves.notes.conflicts.empty());
}

BOOST_AUTO_TEST_CASE(a_parent_that_does_not_name_its_child_is_a_conflict_under_leaves) {
  const auto acts = family(false);
  const auto r = compute_totals(acts, by({Dimension::activity()}, HierarchyPolicy::leaves));
  BOOST_TEST(lines(r) == (std::vector<std::string>{"C|GBP=100/2", "P|GBP=100/1", "S|GBP=5/1"}),
             boost::test_tools::per_element());
  BOOST_REQUIRE(r.notes.conflicts.size() == 1u);
  BOOST_TEST(r.notes.conflicts[0].counted == "P");
  BOOST_TEST(r.notes.conflicts[0].named_by == "C");
  // `top` leaves the child out by its @hierarchy, so there is nothing to report there.
  BOOST_TEST(compute_totals(acts, by({Dimension::activity()}, HierarchyPolicy::top)).notes.conflicts.empty());
}

BOOST_AUTO_TEST_CASE(conversion_names_missing_rates_and_never_sums_zero) {
  FxTable::Builder b;
  b.add({Date(2010, 1, 1), Currency::of("GBP"), Currency::of("USD"), dec("1.5"), "test"});
  const FxTable fx = b.build();
  Activity a = activity("A", "GBP");
  a.transactions = {tx(3, "10.01", "", d2011),        // GBP: 15.015 -> 15.02 (half even)
                    tx(3, "7", "USD", std::nullopt),  // already USD: no date needed
                    tx(4, "3", "EUR", d2011, d2010),  // no EUR rate: missing on the value date
                    tx(4, "1", "EUR", d2011),         // and again, later
                    tx(4, "2", "GBP")};               // no date at all
  TotalsOptions o = by({Dimension::type()});
  o.convert = TotalsConversion{Currency::of("USD"), &fx, {}};
  const auto r = compute_totals({a}, o);
  BOOST_REQUIRE(r.rows.size() == 2u);
  BOOST_TEST(r.converted);
  BOOST_TEST(r.rows[0].keys[0] == "disbursement");
  BOOST_TEST(r.rows[0].currency == "USD");
  BOOST_REQUIRE(r.rows[0].amount.has_value());
  BOOST_TEST(*r.rows[0].amount == dec("22.02"));
  BOOST_TEST(r.rows[1].keys[0] == "expenditure");
  BOOST_TEST(!r.rows[1].amount.has_value());  // never 0
  BOOST_TEST(r.rows[1].transactions == 3u);
  BOOST_REQUIRE(r.rows[1].missing.size() == 2u);
  const auto& eur = r.rows[1].missing[0];
  BOOST_TEST(eur.from == "EUR");
  BOOST_TEST(eur.to == "USD");
  BOOST_TEST(eur.transactions == 2u);
  BOOST_REQUIRE(eur.first_date.has_value());
  BOOST_TEST(pairaid::to_string(*eur.first_date) == "2010-03-31");
  const auto& undated = r.rows[1].missing[1];
  BOOST_TEST(undated.from == "GBP");
  BOOST_TEST(undated.transactions == 1u);
  BOOST_TEST(!undated.first_date.has_value());
}

BOOST_AUTO_TEST_CASE(unknown_currency_code_is_a_missing_rate_when_converting) {
  const FxTable fx;
  Activity a = activity("A");  // no default currency: XXX
  a.transactions = {tx(3, "1", "", d2010), tx(3, "2", "ZZZ", d2010)};
  TotalsOptions o = by({Dimension::currency()});
  o.convert = TotalsConversion{Currency::of("USD"), &fx, {}};
  const auto r = compute_totals({a}, o);
  BOOST_REQUIRE(r.rows.size() == 2u);
  BOOST_TEST(r.rows[0].keys[0] == "XXX");
  BOOST_TEST(!r.rows[0].amount.has_value());
  BOOST_TEST(r.rows[1].keys[0] == "ZZZ");
  BOOST_REQUIRE(r.rows[1].missing.size() == 1u);
  BOOST_TEST(r.rows[1].missing[0].reason.find("ISO 4217") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(merging_parts_equals_one_pass) {
  auto acts = family(true);
  acts[0].sectors = {share("11110", "33.3"), share("12220", "66.7")};
  TotalsOptions o = by({Dimension::year(), Dimension::sector()}, HierarchyPolicy::all);
  TotalsAccumulator first(o), second(o);
  first.add(acts[0]);
  second.add(acts[1]);
  second.add(acts[2]);
  first.merge(std::move(second));
  const auto merged = first.result();
  const auto whole = compute_totals(acts, o);
  BOOST_TEST(lines(merged) == lines(whole), boost::test_tools::per_element());
  BOOST_TEST(merged.notes.transactions_counted == 4u);
  BOOST_TEST(second.result().rows.empty());
}

BOOST_AUTO_TEST_CASE(dimension_and_policy_names) {
  BOOST_TEST(answers(Dimension::parse("transaction-type")));
  BOOST_TEST(Dimension::parse("recipient-country").name() == "recipient_country");
  BOOST_TEST(!answers(Dimension::donor()));
  PAIRAID_CHECK_ERROR(TotalsAccumulator(by({Dimension::donor()})), errc::invalid_argument,
                      "IATI activity files have no 'donor'");
  PAIRAID_CHECK_ERROR(
      [] {
        TotalsOptions o = by({Dimension::year()});
        o.where = Condition::parse("within = 540000");
        return TotalsAccumulator(o);
      }(),
      errc::invalid_argument, "IATI activity files have no 'within'");
  BOOST_TEST((parse_hierarchy_policy("top") == HierarchyPolicy::top));
  BOOST_TEST(!parse_hierarchy_policy("parents").has_value());
}

BOOST_AUTO_TEST_CASE(different_types_are_refused_unless_asked) {
  Activity a = activity("A", "USD");
  a.transactions = {tx(2, "100", "", d2010), tx(3, "60", "", d2010), tx(3, "40", "", d2011)};
  TotalsOptions o = by({Dimension::year()});
  o.all_types = false;
  // 100 committed and 100 disbursed are not 200 of anything.
  PAIRAID_CHECK_ERROR(compute_totals({a}, o), errc::mixed_types, "2 transaction types: commitment 1, disbursement 2",
                      "--by type", "--all-types");
  // Asked for: by type, a condition naming the types, or all_types.
  TotalsOptions typed = o;
  typed.by.push_back(Dimension::type());
  BOOST_TEST(compute_totals({a}, typed).rows.size() == 3u);
  TotalsOptions named = o;
  named.where = Condition::parse("type in (2, disbursement)");
  BOOST_TEST(lines(compute_totals({a}, named)) == (std::vector<std::string>{"2010|USD=160/2", "2011|USD=40/1"}),
             boost::test_tools::per_element());
  TotalsOptions one = o;
  one.where = Condition::parse("type = disbursement");
  BOOST_TEST(lines(compute_totals({a}, one)) == (std::vector<std::string>{"2010|USD=60/1", "2011|USD=40/1"}),
             boost::test_tools::per_element());
  TotalsOptions all = o;
  all.all_types = true;
  const auto r = compute_totals({a}, all);
  BOOST_TEST(r.all_types);
  BOOST_TEST(r.notes.types[static_cast<std::size_t>(TransactionType::commitment)] == 1u);
  // A condition excluding one type still leaves two unnamed ones.
  Activity b = a;
  b.transactions.push_back(tx(4, "1", "", d2011));
  TotalsOptions not_commitments = o;
  not_commitments.where = Condition::parse("type != commitment");
  PAIRAID_CHECK_ERROR(compute_totals({b}, not_commitments), errc::mixed_types, "disbursement 2, expenditure 1");
}

BOOST_AUTO_TEST_CASE(conditions_are_tested_on_each_part) {
  Activity a = activity("A", "EUR");
  a.reporting_org.type = "10";
  a.sectors = {share("11110", "25"), share("12220", "75")};
  a.transactions = {tx(3, "100", "", d2010), tx(3, "8", "", d2011)};
  TotalsOptions o = by({Dimension::year()});
  o.where = Condition::parse("sector = 12220 and reporting_org_type = 10");
  BOOST_TEST(lines(compute_totals({a}, o)) == (std::vector<std::string>{"2010|EUR=75/1", "2011|EUR=6/1"}),
             boost::test_tools::per_element());
  o.where = Condition::parse("(year = 2011 or sector != 12220) and currency in (EUR, USD)");
  BOOST_TEST(lines(compute_totals({a}, o)) == (std::vector<std::string>{"2010|EUR=25/1", "2011|EUR=8/1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(time_dimensions_from_the_transaction_date) {
  Activity a = activity("A", "USD");
  a.transactions = {tx(3, "1", "", Date(2021, 2, 3)), tx(3, "2", "", Date(2015, 12, 31)), tx(3, "4")};
  const auto r = compute_totals({a}, by({Dimension::five_year_plan(), Dimension::quarter(), Dimension::month(),
                                         Dimension::fiscal_year(FiscalCalendar(4))}));
  BOOST_TEST(lines(r) == (std::vector<std::string>{"||||USD=4/1", "12th|2015-Q4|2015-12|FY2015|USD=2/1",
                                                   "14th|2021-Q1|2021-02|FY2020|USD=1/1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(conversion_records_the_rates_it_used) {
  FxTable::Builder b;
  b.add({Date(2010, 1, 1), Currency::of("USD"), Currency::of("GBP"), dec("0.5"), "test"});
  b.add({Date(2011, 1, 1), Currency::of("USD"), Currency::of("GBP"), dec("0.6"), "test"});
  b.add({Date(2012, 1, 1), Currency::of("USD"), Currency::of("GBP"), dec("0.7"), "test"});
  const FxTable fx = b.build();
  Activity a = activity("A", "GBP");
  a.transactions = {tx(3, "1", "", d2010), tx(3, "2", "", d2011), tx(3, "3", "", Date(2011, 9, 1))};
  TotalsOptions o = by({Dimension::year()});
  o.convert = TotalsConversion{Currency::of("USD"), &fx, {}};
  const auto r = compute_totals({a}, o);
  const auto pairs = r.rates.pairs();
  BOOST_REQUIRE(pairs.size() == 1u);
  BOOST_TEST(pairs[0].base.code() == "USD");
  BOOST_TEST(pairs[0].quote.code() == "GBP");
  BOOST_REQUIRE(pairs[0].rates.size() == 2u);  // 2010's and 2011's, not 2012's
  BOOST_TEST(pairaid::to_string(pairs[0].rates[1].date) == "2011-01-01");
}

BOOST_AUTO_TEST_SUITE_END()
