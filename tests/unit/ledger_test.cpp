// The columnar ledger: the same rows as the model's transactions (round trip through the
// columns), amounts at the ledger-wide scale with an exact side table, CSV streamed in one or two
// threads with the reference reader's diagnostics at the right line, and its size per row.
#include <pairaid/analysis/ledger.hpp>
#include <pairaid/io/ledger_csv.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace pairaid;

namespace {

const std::string data_dir = std::string(PAIRAID_SOURCE_DIR) + "/tests/data/ledger/";
const std::string header = "date,donor,area,project,sector,type,amount,currency,value_date\n";

Transaction txn(const char* date, const char* donor, std::uint32_t area, const char* amount, const char* currency) {
  Transaction t;
  t.date = parse_date(date);
  if (*donor) t.donor = OrganisationId(donor);
  if (area) t.area = AreaCode::of(area);
  t.value = Money::parse(amount, Currency::of(currency));
  return t;
}

// A deterministic unquoted ledger of `rows` rows (about 70 bytes each).
std::string generated(std::size_t rows) {
  static const char* donors[] = {"beijing", "jiangsu", "shanghai", "sinopec", ""};
  static const char* currencies[] = {"CNY", "CNY", "CNY", "USD"};
  std::string text = header;
  for (std::size_t i = 0; i < rows; ++i) {
    const std::size_t y = 1995 + i % 30, m = 1 + i % 12, d = 1 + i % 28;
    char line[160];
    std::snprintf(line, sizeof line, "%zu-%02zu-%02zu,%s,5402%02zu,p%zu,%s,%s,%zu.%02zu,%s,%s\n", y, m, d,
                  donors[i % 5], 20 + i % 9, i % 50, i % 3 ? "31161" : "", i % 4 ? "disbursement" : "2",
                  (i * 7919) % 100000, i % 100, currencies[i % 4], i % 10 ? "" : "2024-01-01");
    text += line;
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ledger)

BOOST_AUTO_TEST_CASE(day_numbers_count_from_1970) {
  BOOST_TEST(day_number(parse_date("1970-01-01")) == 0);
  BOOST_TEST(day_number(parse_date("1969-12-31")) == -1);
  BOOST_TEST(day_number(parse_date("2000-03-01")) == 11017);  // 30 years (7 leap) + Jan + 29 Feb
  BOOST_TEST(date_of_day(11017) == parse_date("2000-03-01"));
  BOOST_TEST(date_of_day(day_number(parse_date("1400-01-01"))) == parse_date("1400-01-01"));
}

BOOST_AUTO_TEST_CASE(rows_round_trip_through_the_columns) {
  std::vector<Transaction> ts = {txn("2021-03-15", "shanghai", 540228, "1250000.00", "CNY"),
                                 txn("2021-06-30", "shanghai", 540228, "-250000.5", "CNY"),
                                 txn("2022-01-10", "", 0, "0.000000001", "USD"),
                                 txn("2022-12-31", "jiangsu", 540200, "123456789012345678901234567.123456789", "CNY")};
  ts[1].value_date = parse_date("2021-07-01");
  ts[1].type = TransactionType::expenditure;
  ts[1].project = ProjectId("bainang-greenhouses");
  ts[1].sector = SectorCode::of(31161);
  const Ledger l = Ledger::from(ts);
  BOOST_TEST_REQUIRE(l.size() == 4u);
  for (std::size_t i = 0; i < ts.size(); ++i) BOOST_TEST((l.transaction(i) == ts[i]), "row " << i);
  BOOST_TEST(l.fx_date(1) == parse_date("2021-07-01"));
  BOOST_TEST(l.fx_date(0) == parse_date("2021-03-15"));
  // Dictionaries: code 0 is none; equal ids share a code.
  BOOST_TEST(l.donor_ids().size() == 3u);
  BOOST_TEST(l.donor_codes()[0] == l.donor_codes()[1]);
  BOOST_TEST(l.donor_codes()[2] == 0u);
  BOOST_TEST(l.donor_code("jiangsu").value() == l.donor_codes()[3]);
  BOOST_TEST(!l.donor_code("beijing").has_value());
  BOOST_TEST(l.first_day() == day_number(parse_date("2021-03-15")));
  BOOST_TEST(l.last_day() == day_number(parse_date("2022-12-31")));
}

BOOST_AUTO_TEST_CASE(amounts_are_held_at_the_largest_scale_with_an_exact_side_table) {
  const Ledger l = Ledger::from(std::vector<Transaction>{txn("2021-01-01", "a", 0, "1250000.00", "CNY"),
                                                         txn("2021-01-01", "a", 0, "-250000.5", "CNY"),
                                                         txn("2021-01-01", "a", 0, "0.25", "CNY")});
  BOOST_TEST(l.amount_scale() == 2);  // rows 1 and 2 were rescaled when the row with 2 digits came
  BOOST_TEST(l.amount_units()[0] == 125000000);
  BOOST_TEST(l.amount_units()[1] == -25000050);
  BOOST_TEST(l.amount_units()[2] == 25);
  BOOST_TEST(l.side_amounts().empty());

  // 9 digits make 10^10 units too large for int64 at that scale: it goes to the side table.
  const Ledger big = Ledger::from(std::vector<Transaction>{txn("2021-01-01", "a", 0, "20000000000", "CNY"),
                                                           txn("2021-01-01", "a", 0, "0.000000001", "CNY")});
  BOOST_TEST(big.amount_scale() == 9);
  BOOST_TEST(big.amount_units()[0] == Ledger::amount_in_side_table);
  BOOST_TEST_REQUIRE(big.side_amounts().size() == 1u);
  BOOST_TEST(big.side_amounts()[0].first == 0u);
  BOOST_TEST(big.amount(0) == Money::parse("20000000000", Currency::of("CNY")));
  BOOST_TEST(big.amount(1) == Money::parse("0.000000001", Currency::of("CNY")));
}

BOOST_AUTO_TEST_CASE(csv_with_quotes_reads_like_the_reference_reader) {
  const auto expected = io::load_ledger_csv(data_dir + "valid.csv");
  const Ledger l = Ledger::load_csv(data_dir + "valid.csv");
  BOOST_TEST_REQUIRE(l.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) BOOST_TEST((l.transaction(i) == expected[i]), "row " << i);
  const Ledger crlf = Ledger::load_csv(data_dir + "no-value-date.csv");
  const auto expected_crlf = io::load_ledger_csv(data_dir + "no-value-date.csv");
  BOOST_TEST_REQUIRE(crlf.size() == expected_crlf.size());
  for (std::size_t i = 0; i < expected_crlf.size(); ++i) BOOST_TEST((crlf.transaction(i) == expected_crlf[i]));
}

BOOST_AUTO_TEST_CASE(csv_in_two_threads_reads_every_row_in_order) {
  const std::string text = generated(40000);  // > 2 MB: two parts
  const auto expected = io::parse_ledger_csv(text, "g.csv");
  for (unsigned threads : {1u, 2u}) {
    const Ledger l = Ledger::parse_csv(text, "g.csv", {threads});
    BOOST_TEST_REQUIRE(l.size() == expected.size());
    bool all_equal = true;
    for (std::size_t i = 0; i < expected.size(); ++i) all_equal = all_equal && l.transaction(i) == expected[i];
    BOOST_TEST(all_equal, "threads " << threads);
    BOOST_TEST(l.amount_scale() == 2);
    BOOST_TEST(l.bytes_per_transaction() <= 32u, "bytes per transaction: " << l.bytes_per_transaction());
  }
}

BOOST_AUTO_TEST_CASE(rows_the_fast_path_does_not_parse_itself_still_load) {
  // An amount beyond 18 digits, a '+' sign, "5.", an IATI code, CRLF: all as the reference reader.
  const std::string text = header + "2021-01-01,a,,,,3,1234567890123456789012.5,CNY,\r\n" +
                           "2021-01-02,a,,,,1,+5,CNY,\n2021-01-03,a,,,,disbursement,5.,USD,2021-02-01\n";
  const auto expected = io::parse_ledger_csv(text, "t.csv");
  const Ledger l = Ledger::parse_csv(text, "t.csv");
  BOOST_TEST_REQUIRE(l.size() == 3u);
  for (std::size_t i = 0; i < 3; ++i) BOOST_TEST((l.transaction(i) == expected[i]));
}

BOOST_AUTO_TEST_CASE(a_bad_row_is_reported_at_its_line_and_column_with_the_readers_diagnostic) {
  std::string text = generated(40000);
  // Break row 30001 (line 30002, in the second part): its currency.
  std::size_t pos = 0;
  for (int line = 1; line < 30002; ++line) pos = text.find('\n', pos) + 1;
  const std::size_t end = text.find('\n', pos);
  const std::size_t comma = text.rfind(',', text.rfind(',', end - 1) - 1);  // before currency
  text.replace(comma + 1, 3, "RMB");
  io::Diagnostic reference;
  try {
    io::parse_ledger_csv(text, "g.csv");
  } catch (const io::load_error& e) {
    reference = e.diagnostics().front();
  }
  BOOST_TEST(reference.line == 30002u);
  for (unsigned threads : {1u, 2u}) {
    try {
      Ledger::parse_csv(text, "g.csv", {threads});
      BOOST_FAIL("expected a load_error");
    } catch (const io::load_error& e) {
      BOOST_TEST_REQUIRE(e.diagnostics().size() == 1u);
      BOOST_TEST((e.diagnostics().front() == reference), e.what());
      BOOST_TEST(e.code() == errc::unknown_currency);
      BOOST_TEST(std::string(e.what()).find("g.csv:30002:") == 0u);
    }
  }
}

BOOST_AUTO_TEST_CASE(bad_headers_and_missing_files_are_load_errors) {
  BOOST_CHECK_EXCEPTION(Ledger::parse_csv("date,donor\n", "h.csv"), io::load_error,
                        pairaid_test::code_and_message(errc::parse, "h.csv:1:", "header"));
  BOOST_CHECK_EXCEPTION(Ledger::load_csv(data_dir + "no-such.csv"), io::load_error, pairaid_test::code_is(errc::io));
  BOOST_CHECK_EXCEPTION(Ledger::load_csv(data_dir + "bad-currency.csv"), io::load_error,
                        pairaid_test::code_and_message(errc::unknown_currency, "bad-currency.csv:3:46:"));
}

BOOST_AUTO_TEST_CASE(several_files_concatenate) {
  const std::vector<std::string> paths = {data_dir + "no-value-date.csv", data_dir + "valid.csv"};
  const Ledger l = Ledger::load_csv(paths);
  const auto a = io::load_ledger_csv(paths[0]);
  const auto b = io::load_ledger_csv(paths[1]);
  BOOST_TEST_REQUIRE(l.size() == a.size() + b.size());
  BOOST_TEST((l.transaction(0) == a[0]));
  BOOST_TEST((l.transaction(a.size()) == b[0]));
  BOOST_TEST((l.transaction(l.size() - 1) == b.back()));
}

BOOST_AUTO_TEST_SUITE_END()
