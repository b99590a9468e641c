// Queries over a ledger, against expectations computed by hand from seven transactions:
//   t1 2020-03-15 shanghai 540228 (Bainang, county of Xigaze)  p1 disbursement   100.50 CNY
//   t2 2020-11-02 shanghai 540200 (Xigaze itself)              p1 disbursement   200    CNY
//   t3 2021-02-10 jiangsu  540221 (Namling, county of Xigaze)  p2 commitment    1000    CNY
//   t4 2021-05-05 jiangsu  540102 (Chengguan, Lhasa)            p3 disbursement    50    USD  value date 2021-06-30
//   t5 2022-08-01 sinopec  540000 (the region)                  p4 disbursement   300    CNY
//   t6 2022-12-31 shanghai 540228                               p1 disbursement    -0.50 CNY
//   t7 2023-01-01 (none)   540228                               -  expenditure      10    USD
// Rates: USD/CNY 6.5 from 2021-01-01, 6.4 from 2021-06-01; nothing before 2021.
// Batches: b1 [2019-07-01, 2022-07-01), b2 [2022-07-01, 2025-07-01).
#include <pairaid/analysis/query.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <string>
#include <vector>

using namespace pairaid;
using pairaid_test::code_and_message;
using pairaid_test::code_is;

namespace {

Currency cny() { return Currency::of("CNY"); }
Currency usd() { return Currency::of("USD"); }
Money m(const char* amount, Currency c) { return Money::parse(amount, c); }

Dataset context() {
  auto area = [](std::uint32_t code, const char* name, AreaLevel level, std::optional<std::uint32_t> parent) {
    return Area{
        AreaCode::of(code), name, "", level, parent ? std::optional(AreaCode::of(*parent)) : std::nullopt, {}, {}};
  };
  auto donor = [](const char* id, OrganisationKind kind) {
    Organisation o;
    o.id = OrganisationId(id);
    o.name_en = id;
    o.kind = kind;
    o.roles = {OrganisationRole::donor};
    return o;
  };
  DatasetContent c;
  c.areas = {area(540000, "Xizang Autonomous Region", AreaLevel::region, std::nullopt),
             area(540100, "Lhasa City", AreaLevel::prefecture, 540000),
             area(540102, "Chengguan District", AreaLevel::county, 540100),
             area(540200, "Xigaze City", AreaLevel::prefecture, 540000),
             area(540221, "Namling County", AreaLevel::county, 540200),
             area(540228, "Bainang County", AreaLevel::county, 540200)};
  c.organisations = {donor("shanghai", OrganisationKind::municipality), donor("jiangsu", OrganisationKind::province),
                     donor("sinopec", OrganisationKind::central_soe)};
  Program p{.id = ProgramId("aid-xizang"),
            .name_en = "Aid Xizang",
            .name_zh = "",
            .recipient_area = AreaCode::of(540000),
            .start_year = 1994,
            .decided_on = {},
            .policy = "",
            .sources = {}};
  c.programs = {p};
  for (int k = 1; k <= 2; ++k) {
    Batch b;
    b.id = BatchId("b" + std::to_string(k));
    b.program = p.id;
    b.ordinal = k;
    b.tenure = Period::tenure(parse_date(k == 1 ? "2019-07-01" : "2022-07-01"), 3);
    c.batches.push_back(b);
  }
  return Dataset::build(std::move(c));
}

std::vector<Transaction> transactions() {
  auto t = [](const char* date, const char* donor, std::uint32_t area, const char* project, TransactionType type,
              const char* amount, Currency c) {
    Transaction x;
    x.date = parse_date(date);
    if (*donor) x.donor = OrganisationId(donor);
    x.area = AreaCode::of(area);
    if (*project) x.project = ProjectId(project);
    x.sector = SectorCode::of(31161);
    x.type = type;
    x.value = Money::parse(amount, c);
    return x;
  };
  using T = TransactionType;
  std::vector<Transaction> ts = {t("2020-03-15", "shanghai", 540228, "p1", T::disbursement, "100.50", cny()),
                                 t("2020-11-02", "shanghai", 540200, "p1", T::disbursement, "200", cny()),
                                 t("2021-02-10", "jiangsu", 540221, "p2", T::commitment, "1000", cny()),
                                 t("2021-05-05", "jiangsu", 540102, "p3", T::disbursement, "50", usd()),
                                 t("2022-08-01", "sinopec", 540000, "p4", T::disbursement, "300", cny()),
                                 t("2022-12-31", "shanghai", 540228, "p1", T::disbursement, "-0.50", cny()),
                                 t("2023-01-01", "", 540228, "", T::expenditure, "10", usd())};
  ts[3].value_date = parse_date("2021-06-30");
  return ts;
}

FxTable rates() {
  FxTable::Builder b;
  b.add(FxRate{parse_date("2021-01-01"), usd(), cny(), Decimal::parse("6.5"), "test"});
  b.add(FxRate{parse_date("2021-06-01"), usd(), cny(), Decimal::parse("6.4"), "test"});
  return b.build();
}

struct Fixture {
  Dataset ds = context();
  Ledger ledger = Ledger::from(transactions());
  FxTable fx = rates();
  QueryResult run(Query q) { return run_query(ledger, q, {&ds, &fx}); }
};

// "key1|key2 CUR amount xN" for each row: compact to compare whole results.
std::vector<std::string> lines(const QueryResult& r) {
  std::vector<std::string> out;
  for (const ResultRow& row : r.rows) {
    std::string s;
    for (std::size_t k = 0; k < row.keys.size(); ++k) s += (k ? "|" : "") + row.keys[k].to_string();
    s += " " + std::string(row.currency.code()) + " ";
    s += row.amount ? row.amount->amount().to_string() : std::string("missing");
    s += " x" + std::to_string(row.transactions);
    if (row.distinct_projects) s += " p" + std::to_string(*row.distinct_projects);
    out.push_back(s);
  }
  return out;
}
using Lines = std::vector<std::string>;

// all_types: the seven transactions mix types, and most cases here are about other things; the
// rule against adding types has its own cases below.
Query by(std::vector<Dimension> dims) {
  Query q;
  q.by = std::move(dims);
  q.all_types = true;
  return q;
}
Query where(const char* condition, std::vector<Dimension> dims = {}) {
  Query q;
  q.by = std::move(dims);
  q.condition = Condition::parse(condition);
  return q;
}
Query converted(std::vector<Dimension> dims, Currency to) {
  Query q = by(std::move(dims));
  q.convert = ConvertTo{to};
  return q;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(query)

BOOST_FIXTURE_TEST_CASE(no_dimensions_sums_per_currency, Fixture) {
  BOOST_TEST(lines(run(by({}))) == (Lines{" CNY 1600 x5", " USD 60 x2"}), boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(by_year_in_native_currencies, Fixture) {
  BOOST_TEST(lines(run(by({Dimension::year()}))) == (Lines{"2020 CNY 300.5 x2", "2021 CNY 1000 x1", "2021 USD 50 x1",
                                                           "2022 CNY 299.5 x2", "2023 USD 10 x1"}),
             boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(roll_up_to_prefectures_counts_each_transaction_once, Fixture) {
  // t1, t3, t6 roll up to Xigaze; t2 is recorded at Xigaze and stays; t5 is at the region, above
  // the level, and stays there; t4 rolls up to Lhasa.
  const auto r = run(by({Dimension::area_at(AreaLevel::prefecture)}));
  BOOST_TEST(lines(r) == (Lines{"540000 CNY 300 x1", "540100 USD 50 x1", "540200 CNY 1300 x4", "540200 USD 10 x1"}),
             boost::test_tools::per_element());
  std::uint64_t n = 0;
  for (const auto& row : r.rows) n += row.transactions;
  BOOST_TEST(n == 7u);
  // At county level, the prefecture's own transaction stays at the prefecture.
  BOOST_TEST(lines(run(converted({Dimension::area_at(AreaLevel::county)}, cny()))) ==
                 (Lines{"540000 CNY 300 x1", "540102 CNY 320 x1", "540200 CNY 200 x1", "540221 CNY 1000 x1",
                        "540228 CNY 164 x3"}),
             boost::test_tools::per_element());
  // At region level everything is under Xizang.
  BOOST_TEST(
      lines(run(by({Dimension::area_at(AreaLevel::region)}))) == (Lines{"540000 CNY 1600 x5", "540000 USD 60 x2"}),
      boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(conversion_uses_each_transactions_value_date, Fixture) {
  // 2021: t3 1000 CNY + t4 50 USD at 6.4 (value date 2021-06-30; its date 2021-05-05 would give 6.5).
  BOOST_TEST(lines(run(converted({Dimension::year()}, cny()))) ==
                 (Lines{"2020 CNY 300.5 x2", "2021 CNY 1320 x2", "2022 CNY 299.5 x2", "2023 CNY 64 x1"}),
             boost::test_tools::per_element());
  // The same as converting every transaction on its own and adding up.
  Decimal total;
  for (const Transaction& t : transactions()) total += fx.convert(t.value, cny(), t.fx_date()).amount.amount();
  const auto all = run(converted({}, cny()));
  BOOST_TEST(all.rows.at(0).amount->amount() == total);
}

BOOST_FIXTURE_TEST_CASE(a_missing_rate_makes_the_group_missing_never_zero, Fixture) {
  const auto r = run(converted({Dimension::year()}, usd()));
  BOOST_TEST_REQUIRE(r.rows.size() == 4u);
  // 2020: CNY->USD has no rate before 2021.
  BOOST_TEST(!r.rows[0].amount.has_value());
  BOOST_TEST_REQUIRE(r.rows[0].missing.size() == 1u);
  BOOST_TEST((r.rows[0].missing[0] == MissingRate{cny(), usd(), parse_date("2020-03-15"), 2}));
  // 2021: 1000 CNY / 6.5 = 153.846.. -> 153.85, plus 50 USD.
  BOOST_TEST(r.rows[1].amount == m("203.85", usd()));
  BOOST_TEST(r.rows[1].missing.empty());
}

BOOST_FIXTURE_TEST_CASE(filters, Fixture) {
  Query q = by({});
  q.where.donor_kinds = std::vector{OrganisationKind::municipality};
  BOOST_TEST(lines(run(q)) == (Lines{" CNY 300 x3"}), boost::test_tools::per_element());
  q = by({});
  q.where.within = AreaCode::of(540200);
  BOOST_TEST(lines(run(q)) == (Lines{" CNY 1300 x4", " USD 10 x1"}), boost::test_tools::per_element());
  q = by({});
  q.where.period = Period::years(2021, 2021);
  BOOST_TEST(lines(run(q)) == (Lines{" CNY 1000 x1", " USD 50 x1"}), boost::test_tools::per_element());
  q = by({});
  q.where.types = std::vector{TransactionType::disbursement};
  q.where.currencies = std::vector{cny()};
  BOOST_TEST(lines(run(q)) == (Lines{" CNY 600 x4"}), boost::test_tools::per_element());
  q = by({});
  q.where.batches = std::vector{BatchId("b1")};
  BOOST_TEST(lines(run(q)) == (Lines{" CNY 1300.5 x3", " USD 50 x1"}), boost::test_tools::per_element());
  q = by({});
  q.where.donors = std::vector{OrganisationId("jiangsu"), OrganisationId("nobody")};
  q.where.areas = std::vector{AreaCode::of(540102)};
  BOOST_TEST(lines(run(q)) == (Lines{" USD 50 x1"}), boost::test_tools::per_element());
  q = by({});
  q.where.sectors = std::vector{SectorCode::of(11110)};
  BOOST_TEST(run(q).rows.empty());
}

BOOST_FIXTURE_TEST_CASE(calendars_plans_fiscal_years_batches_and_kinds, Fixture) {
  BOOST_TEST(lines(run(by({Dimension::five_year_plan()}))) ==
                 (Lines{"13th CNY 300.5 x2", "14th CNY 1299.5 x3", "14th USD 60 x2"}),
             boost::test_tools::per_element());
  // April-March fiscal years named by their end year.
  BOOST_TEST(lines(run(by({Dimension::fiscal_year(FiscalCalendar(4, FiscalYearNaming::by_end_year))}))) ==
                 (Lines{"FY2020 CNY 100.5 x1", "FY2021 CNY 1200 x2", "FY2022 USD 50 x1", "FY2023 CNY 299.5 x2",
                        "FY2023 USD 10 x1"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines(run(converted({Dimension::batch()}, cny()))) == (Lines{"b1 CNY 1620.5 x4", "b2 CNY 363.5 x3"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines(run(by({Dimension::quarter()}))).front() == "2020-Q1 CNY 100.5 x1");
  BOOST_TEST(lines(run(by({Dimension::month()}))).back() == "2023-01 USD 10 x1");
  // Kinds sort by their words; the transaction without a donor is "none", first.
  BOOST_TEST(lines(run(by({Dimension::donor_kind()}))) ==
                 (Lines{" USD 10 x1", "central_soe CNY 300 x1", "municipality CNY 300 x3", "province CNY 1000 x1",
                        "province USD 50 x1"}),
             boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(several_dimensions_and_distinct_projects, Fixture) {
  Query q = converted({Dimension::donor(), Dimension::type()}, cny());
  q.distinct_projects = true;
  BOOST_TEST(lines(run(q)) == (Lines{"|expenditure CNY 64 x1 p0", "jiangsu|commitment CNY 1000 x1 p1",
                                     "jiangsu|disbursement CNY 320 x1 p1", "shanghai|disbursement CNY 300 x3 p1",
                                     "sinopec|disbursement CNY 300 x1 p1"}),
             boost::test_tools::per_element());
  q = converted({Dimension::donor()}, cny());
  q.distinct_projects = true;
  BOOST_TEST(lines(run(q))[1] == "jiangsu CNY 1320 x2 p2");
}

BOOST_FIXTURE_TEST_CASE(cumulative_and_year_on_year_growth, Fixture) {
  const auto s = time_series(run(converted({Dimension::year()}, cny())), 0);
  BOOST_TEST_REQUIRE(s.size() == 4u);
  BOOST_TEST(s[0].cumulative == m("300.50", cny()));
  BOOST_TEST(s[1].cumulative == m("1620.50", cny()));
  BOOST_TEST(s[2].cumulative == m("1920.00", cny()));
  BOOST_TEST(s[3].cumulative == m("1984.00", cny()));
  BOOST_TEST(!s[0].growth.has_value());
  BOOST_TEST(s[1].growth == Decimal::parse("3.3927"));   // 1019.5 / 300.5 = 2039/601
  BOOST_TEST(s[2].growth == Decimal::parse("-0.7731"));  // -1020.5 / 1320
  BOOST_TEST(s[3].growth == Decimal::parse("-0.7863"));  // -235.5 / 299.5
  // Rounding is the caller's: floor at 2 digits.
  BOOST_TEST(time_series(run(converted({Dimension::year()}, cny())), 0, {2, RoundingMode::floor})[1].growth ==
             Decimal::parse("3.39"));
  // Native: separate series per currency; USD 2021 -> 2023 is not consecutive, so no growth.
  const auto n = time_series(run(by({Dimension::year()})), 0);
  BOOST_TEST_REQUIRE(n.size() == 5u);
  BOOST_TEST(n[3].row.currency == usd());
  BOOST_TEST(n[4].cumulative == m("60", usd()));
  BOOST_TEST(!n[4].growth.has_value());
  // A missing amount stops the cumulative sum.
  const auto u = time_series(run(converted({Dimension::year()}, usd())), 0);
  BOOST_TEST(!u[0].cumulative.has_value());
  BOOST_TEST(!u[1].cumulative.has_value());
  BOOST_CHECK_EXCEPTION(time_series(run(by({Dimension::donor()})), 0), error, code_is(errc::invalid_argument));
}

BOOST_FIXTURE_TEST_CASE(context_is_required_and_checked, Fixture) {
  BOOST_CHECK_EXCEPTION(run_query(ledger, by({Dimension::donor_kind()})), error,
                        code_and_message(errc::invalid_argument, "donor kind", "dataset"));
  BOOST_CHECK_EXCEPTION(run_query(ledger, by({Dimension::area_at(AreaLevel::prefecture)})), error,
                        code_is(errc::invalid_argument));
  BOOST_CHECK_EXCEPTION(run_query(ledger, converted({}, cny()), {&ds, nullptr}), error,
                        code_and_message(errc::invalid_argument, "exchange-rate table"));
  auto ts = transactions();
  ts[0].area = AreaCode::of(540300);
  const Ledger unknown = Ledger::from(ts);
  BOOST_CHECK_EXCEPTION(run_query(unknown, by({Dimension::area_at(AreaLevel::prefecture)}), {&ds, &fx}), error,
                        code_and_message(errc::not_found, "540300"));
  Query q = by({});
  q.where.batches = std::vector{BatchId("b9")};
  BOOST_CHECK_EXCEPTION(run(q), error, code_and_message(errc::not_found, "b9"));
  // Dimensions that need no dataset work without one.
  BOOST_TEST(run_query(ledger, by({Dimension::donor(), Dimension::area()})).rows.size() ==
             6u);  // t1 and t6 share a group
}

BOOST_AUTO_TEST_CASE(a_large_group_space_is_hashed_not_allocated) {
  // Months x quarters over six centuries: about 18 million cells, two of them used.
  std::vector<Transaction> ts(2);
  ts[0].date = parse_date("1500-01-01");
  ts[0].value = Money::parse("1", Currency::of("CNY"));
  ts[1].date = parse_date("2020-12-31");
  ts[1].value = Money::parse("2", Currency::of("CNY"));
  const auto r = run_query(Ledger::from(ts), by({Dimension::month(), Dimension::quarter()}));
  BOOST_TEST(lines(r) == (Lines{"1500-01|1500-Q1 CNY 1 x1", "2020-12|2020-Q4 CNY 2 x1"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sums_include_the_side_table_exactly) {
  std::vector<Transaction> ts(3);
  for (auto& t : ts) t.date = parse_date("2021-01-01");
  ts[0].value = Money::parse("123456789012345678901234567.5", Currency::of("CNY"));
  ts[1].value = Money::parse("0.5", Currency::of("CNY"));
  ts[2].value = Money::parse("-0.000000001", Currency::of("CNY"));
  BOOST_TEST(lines(run_query(Ledger::from(ts), by({}))) == (Lines{" CNY 123456789012345678901234567.999999999 x3"}),
             boost::test_tools::per_element());
}

// The kernel converts with 64-bit arithmetic from a per-(currency, day) table of reduced rates;
// every row must still round exactly as FxTable::convert rounds it, in every mode, including
// value dates outside the ledger's date range and chains through a pivot.
BOOST_AUTO_TEST_CASE(fast_conversion_rounds_every_row_as_fx_table_convert) {
  const Currency eur = Currency::of("EUR");
  FxTable::Builder b;
  b.add(FxRate{parse_date("2020-01-01"), usd(), cny(), Decimal::parse("6.8731"), "test"});
  b.add(FxRate{parse_date("2020-07-01"), cny(), usd(), Decimal::parse("0.1455"), "test"});  // now inverted
  b.add(FxRate{parse_date("2020-03-01"), eur, usd(), Decimal::parse("1.123456789"), "test"});
  b.pivot(usd());
  const FxTable fx = b.build();
  std::vector<Transaction> ts;
  const char* amounts[] = {"0.01",  "0.05",     "-0.05",    "1.15", "-1.15", "2.25",
                           "-2.25", "12345.67", "-9999.99", "0.5",  "7"};
  const char* days[] = {"2020-02-15", "2020-06-30", "2020-07-01", "2020-12-31"};
  for (const Currency c : {cny(), usd(), eur})
    for (const char* d : days)
      for (const char* a : amounts) {
        Transaction t;
        t.date = parse_date(d);
        t.value = Money::parse(a, c);
        ts.push_back(t);
      }
  // Value dates before the first and long after the last transaction date.
  ts[44].value_date = parse_date("2019-06-01");  // USD before any rate: missing
  ts[45].value_date = parse_date("2024-01-01");
  const Ledger ledger = Ledger::from(ts);
  for (const RoundingMode mode :
       {RoundingMode::half_even, RoundingMode::half_up, RoundingMode::half_down, RoundingMode::toward_zero,
        RoundingMode::away_from_zero, RoundingMode::floor, RoundingMode::ceiling}) {
    for (const int digits : {0, 2, 5}) {
      Query q;
      q.by = {Dimension::month()};
      q.convert = ConvertTo{cny(), Rounding{mode, digits}};
      const QueryResult r = run_query(ledger, q, {nullptr, &fx});
      std::map<std::string, Decimal> expected;
      std::map<std::string, std::uint64_t> missing;
      for (const Transaction& t : ts) {
        const std::string month = GroupValue{month_of(t.date)}.to_string();
        try {
          expected[month] += fx.convert(t.value, cny(), t.fx_date(), Rounding{mode, digits}).amount.amount();
        } catch (const error& e) {
          if (e.code() != errc::missing_rate) throw;
          ++missing[month];
        }
      }
      BOOST_TEST_REQUIRE(r.rows.size() == 4u);
      for (const ResultRow& row : r.rows) {
        const std::string month = row.keys[0].to_string();
        BOOST_TEST_CONTEXT(to_string(mode) << " digits " << digits << " " << month) {
          if (missing.count(month)) {
            BOOST_TEST(!row.amount);
            std::uint64_t n = 0;
            for (const MissingRate& x : row.missing) n += x.transactions;
            BOOST_TEST(n == missing[month]);
          } else {
            BOOST_TEST_REQUIRE(row.amount.has_value());
            BOOST_TEST(row.amount->amount() == expected[month]);
          }
        }
      }
    }
  }
  Query exact;
  exact.convert = ConvertTo{usd(), Rounding{RoundingMode::unnecessary, 2}};
  exact.where.currencies = std::vector{cny()};
  BOOST_CHECK_EXCEPTION(run_query(ledger, exact, {nullptr, &fx}), error, code_is(errc::inexact));
}

// Sums are kept in int64 while they fit and moved into 128 bits when they would not: no wrap.
BOOST_AUTO_TEST_CASE(sums_past_int64_are_exact_not_wrapped) {
  std::vector<Transaction> ts(5);
  const char* amounts[] = {"9000000000000000000", "9000000000000000000", "-1", "9000000000000000000", "-5"};
  for (std::size_t i = 0; i < ts.size(); ++i) {
    ts[i].date = parse_date("2021-01-01");
    ts[i].value = Money::parse(amounts[i], cny());
  }
  const Ledger ledger = Ledger::from(ts);
  BOOST_TEST(lines(run_query(ledger, by({}))) == (Lines{" CNY 26999999999999999994 x5"}),
             boost::test_tools::per_element());
  for (auto& t : ts) t.value = Money(Decimal() - t.value.amount(), cny());
  BOOST_TEST(lines(run_query(Ledger::from(ts), by({}))) == (Lines{" CNY -26999999999999999994 x5"}),
             boost::test_tools::per_element());
  // Converted (to its own currency at 2 digits: each row is 10^20 steps and more).
  const FxTable none;
  BOOST_TEST(
      lines(run_query(ledger, converted({}, cny()), {nullptr, &none})) == (Lines{" CNY 26999999999999999994 x5"}),
      boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(different_types_are_never_added_unless_asked, Fixture) {
  Query q = by({Dimension::year()});
  q.all_types = false;
  PAIRAID_CHECK_ERROR(run(q), errc::mixed_types, "3 transaction types: commitment 1, disbursement 5, expenditure 1",
                      "--by type", "--where \"type = disbursement\"", "--all-types");
  // Grouped by type, or filtered to the types named, they are not added together.
  q.by.push_back(Dimension::type());
  BOOST_TEST(lines(run(q)) ==
                 (Lines{"2020|disbursement CNY 300.5 x2", "2021|commitment CNY 1000 x1", "2021|disbursement USD 50 x1",
                        "2022|disbursement CNY 299.5 x2", "2023|expenditure USD 10 x1"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines(run(where("type in (disbursement, 4)"))) == (Lines{" CNY 600 x4", " USD 60 x2"}),
             boost::test_tools::per_element());
  Query typed;
  typed.where.types = std::vector{TransactionType::disbursement, TransactionType::commitment};
  BOOST_TEST(lines(run(typed)) == (Lines{" CNY 1600 x5", " USD 50 x1"}), boost::test_tools::per_element());
  // Excluding one type still adds two that were not named.
  PAIRAID_CHECK_ERROR(run(where("type != commitment")), errc::mixed_types, "disbursement 5, expenditure 1");
  // One type left by any filter is one type: nothing to refuse.
  BOOST_TEST(lines(run(where("year >= 2021 and (donor = shanghai or area = 540102)"))) ==
                 (Lines{" CNY -0.5 x1", " USD 50 x1"}),
             boost::test_tools::per_element());
  BOOST_TEST(run(by({})).all_types);
}

BOOST_FIXTURE_TEST_CASE(conditions_with_or_not_equal_and_lists, Fixture) {
  Query q = where("donor != shanghai");
  q.all_types = true;  // the one without a donor is not shanghai's: kept
  BOOST_TEST(lines(run(q)) == (Lines{" CNY 1300 x2", " USD 60 x2"}), boost::test_tools::per_element());
  q = where("date < 2020-12-01 or year = 2023", {Dimension::year()});
  q.all_types = true;
  BOOST_TEST(lines(run(q)) == (Lines{"2020 CNY 300.5 x2", "2023 USD 10 x1"}), boost::test_tools::per_element());
  BOOST_TEST(lines(run(where("kind = municipality"))) == (Lines{" CNY 300 x3"}), boost::test_tools::per_element());
  BOOST_TEST(lines(run(where("within = 540200 and type = 3 and sector in (31161, 11110)"))) == (Lines{" CNY 300 x3"}),
             boost::test_tools::per_element());
  PAIRAID_CHECK_ERROR(run(where("area = 5402")), errc::parse, "six digits");
  PAIRAID_CHECK_ERROR(run_query(ledger, where("kind = province")), errc::invalid_argument, "dataset");
}

BOOST_FIXTURE_TEST_CASE(iati_dimensions_are_not_answered_by_a_ledger, Fixture) {
  PAIRAID_CHECK_ERROR(run(by({Dimension::recipient_country()})), errc::invalid_argument, "have no 'recipient_country'");
  PAIRAID_CHECK_ERROR(run(where("reporting_org = XM-1")), errc::invalid_argument, "have no 'reporting_org'");
}

BOOST_FIXTURE_TEST_CASE(conversion_records_the_rates_it_used, Fixture) {
  const auto r = run(converted({Dimension::year()}, cny()));
  const auto pairs = r.rates.pairs();
  BOOST_REQUIRE(pairs.size() == 1u);
  BOOST_TEST(pairs[0].base == usd());
  BOOST_TEST(pairs[0].quote == cny());
  // t4 (value date 2021-06-30) and t7 (2023-01-01) both convert at the rate of 2021-06-01; the
  // rate of 2021-01-01 converts nothing that is counted.
  BOOST_REQUIRE(pairs[0].rates.size() == 1u);
  BOOST_TEST(pairaid::to_string(pairs[0].rates[0].date) == "2021-06-01");
  Query only_2020 = converted({}, cny());
  only_2020.where.period = Period::years(2020, 2020);
  BOOST_TEST(run(only_2020).rates.empty());
  // The sparse kernel (a group space too large for one slot each) records them the same way.
  std::vector<Transaction> ts = transactions();
  ts[0].date = parse_date("1500-01-01");  // months x quarters over five centuries: millions of cells
  Query wide = converted({Dimension::month(), Dimension::quarter()}, cny());
  wide.where.period = Period::years(2021, 2023);
  const auto sparse = run_query(Ledger::from(ts), wide, {&ds, &fx});
  BOOST_REQUIRE(sparse.rates.pairs().size() == 1u);
  BOOST_TEST(sparse.rates.pairs()[0].rates.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
