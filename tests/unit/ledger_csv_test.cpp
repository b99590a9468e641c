// The ledger CSV reader and writer: `date,donor,area,project,sector,type,amount,currency[,value_date]`,
// one Transaction per row, every problem an io::load_error with one Diagnostic at file:line:col, and
// nothing returned when any row fails. The writer's output reads back as equal transactions.
#include <pairaid/io/ledger_csv.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace pairaid;

namespace {

const std::string data_dir = std::string(PAIRAID_SOURCE_DIR) + "/tests/data/ledger/";
const std::string header = "date,donor,area,project,sector,type,amount,currency\n";
const std::string header_vd = "date,donor,area,project,sector,type,amount,currency,value_date\n";

Date d(const char* iso) { return parse_date(iso); }
Money money(const char* amount, const char* currency) { return Money::parse(amount, Currency::of(currency)); }

std::vector<Transaction> parse(const std::string& text) { return io::parse_ledger_csv(text, "t.csv"); }

// The base row below with one field replaced. Its fields start at these columns as long as the
// fields before the replaced one are unchanged.
//   2023-01-01,shanghai,540228,p1,31161,disbursement,100,CNY
//   1          12       21     28 31    37           50  54
std::string row_with(std::size_t index, std::string_view text) {
  std::array<std::string, 8> f = {"2023-01-01", "shanghai", "540228", "p1", "31161", "disbursement", "100", "CNY"};
  f[index] = text;
  std::string row;
  for (std::size_t i = 0; i < f.size(); ++i) row += (i ? "," : "") + f[i];
  return row + "\n";
}
const std::string base_row = row_with(0, "2023-01-01");

// The one diagnostic of a failed load, with the exception's errc and message.
struct Failure {
  errc code = errc::invalid_argument;
  io::Diagnostic diagnostic;
  std::string what;
};
template <class F>
Failure failure_of(F&& load) {
  try {
    load();
  } catch (const io::load_error& e) {
    BOOST_TEST_REQUIRE(e.diagnostics().size() == 1u);
    BOOST_TEST_MESSAGE("load_error (" << errc_name(e.code()) << "): " << e.what());
    return {e.code(), e.diagnostics().front(), e.what()};
  }
  BOOST_FAIL("expected io::load_error");
  return {};
}

// `expr` fails with one diagnostic at t.csv:LINE:COL with `code_`, errc `errc_`, and a message
// holding `part`; the exception's text is the diagnostic's.
#define CHECK_FAILS_AT(expr, line_, column_, code_, errc_, part)                              \
  do {                                                                                        \
    BOOST_TEST_CONTEXT(#expr) {                                                               \
      const Failure f_ = failure_of([&] { (void)(expr); });                                   \
      BOOST_TEST(f_.diagnostic.line == std::size_t{line_});                                   \
      BOOST_TEST(f_.diagnostic.column == std::size_t{column_});                               \
      BOOST_TEST(f_.diagnostic.code == std::string_view(code_));                              \
      BOOST_TEST(f_.code == (errc_));                                                         \
      BOOST_TEST(f_.diagnostic.message.find(std::string_view(part)) != std::string::npos,     \
                 "message '" << f_.diagnostic.message << "' lacks '" << (part) << "'");       \
      BOOST_TEST(f_.what == f_.diagnostic.to_string());                                       \
      BOOST_TEST(f_.what.starts_with(f_.diagnostic.file + ":" + std::to_string(line_) + ":" + \
                                     std::to_string(column_) + ": expected"));                \
    }                                                                                         \
  } while (0)

// A small dataset: Xizang > Xigaze > Bainang, Shanghai as a donor, an office that only
// coordinates, and one project.
Dataset small_dataset() {
  auto area = [](std::uint32_t code, const char* name, AreaLevel level, std::optional<AreaCode> parent) {
    return Area{AreaCode::of(code), name, "", level, parent, {}, {}};
  };
  auto organisation = [](const char* id, const char* name, OrganisationRole role) {
    Organisation o;
    o.id = OrganisationId(id);
    o.name_en = name;
    o.roles = {role};
    return o;
  };
  DatasetContent c;
  c.areas = {area(540000, "Xizang Autonomous Region", AreaLevel::region, std::nullopt),
             area(540200, "Xigaze City", AreaLevel::prefecture, AreaCode::of(540000)),
             area(540228, "Bainang County", AreaLevel::county, AreaCode::of(540200))};
  c.organisations = {organisation("shanghai", "Shanghai Municipality", OrganisationRole::donor),
                     organisation("aid-office", "Aid office", OrganisationRole::coordinator)};
  Project p;
  p.id = ProjectId("p1");
  p.title_en = "Greenhouses";
  p.donors = {OrganisationId("shanghai")};
  p.area = AreaCode::of(540228);
  c.projects = {p};
  return Dataset::build(std::move(c));
}

std::string written(std::span<const Transaction> ts) {
  std::ostringstream out;
  io::write_ledger_csv(out, ts);
  return out.str();
}

}  // namespace

namespace pairaid::io {
inline std::ostream& boost_test_print_type(std::ostream& os, const Diagnostic& d) { return os << d.to_string(); }
}  // namespace pairaid::io

BOOST_AUTO_TEST_SUITE(ledger_csv)

// --- valid ledgers -------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_valid_file_gives_every_value_of_every_row) {
  const auto ts = io::load_ledger_csv(data_dir + "valid.csv");
  BOOST_TEST_REQUIRE(ts.size() == 4u);

  BOOST_TEST(ts[0].date == d("2021-03-15"));
  BOOST_TEST(ts[0].donor.value().str() == "shanghai");
  BOOST_TEST(ts[0].area.value().value() == 540228u);
  BOOST_TEST(ts[0].project.value().str() == "bainang-greenhouses");
  BOOST_TEST(ts[0].sector.value().value() == 31161u);
  BOOST_TEST(to_string(ts[0].type) == "disbursement");
  BOOST_TEST(ts[0].value == money("1250000", "CNY"));
  BOOST_TEST(!ts[0].value_date.has_value());  // an empty value_date is none
  BOOST_TEST(!ts[0].id.has_value());

  BOOST_TEST(to_string(ts[1].type) == "disbursement");  // IATI code 3
  BOOST_TEST(ts[1].value == money("-250000.5", "CNY"));
  BOOST_TEST(ts[1].value_date == std::optional(d("2021-07-01")));
  BOOST_TEST(ts[1].fx_date() == d("2021-07-01"));

  BOOST_TEST(!ts[2].donor.has_value());
  BOOST_TEST(!ts[2].project.has_value());
  BOOST_TEST(!ts[2].sector.has_value());
  BOOST_TEST(ts[2].area.value().value() == 540200u);
  BOOST_TEST(to_string(ts[2].type) == "commitment");
  BOOST_TEST(ts[2].value.amount() == Decimal::from_raw(1));  // 10^-9, the smallest step, kept exactly
  BOOST_TEST(ts[2].value.currency() == Currency::of("USD"));

  BOOST_TEST(ts[3].donor.value().str() == "jiangsu, provincial");
  BOOST_TEST(ts[3].project.value().str() == "project \"quoted\"");
  BOOST_TEST(!ts[3].area.has_value());
  BOOST_TEST(to_string(ts[3].type) == "investment_attracted");
  BOOST_TEST(ts[3].value.amount().to_string() == "123456789012345678901234567.123456789");
}

BOOST_AUTO_TEST_CASE(the_value_date_column_is_optional_and_crlf_and_blank_lines_are_read) {
  const auto ts = io::load_ledger_csv(data_dir + "no-value-date.csv");
  BOOST_TEST_REQUIRE(ts.size() == 2u);
  BOOST_TEST(ts[0].value == money("100", "JPY"));
  BOOST_TEST(to_string(ts[0].type) == "expenditure");
  BOOST_TEST(ts[1].value == money("7.5", "EUR"));          // no stray '\r' in the last field
  BOOST_TEST(to_string(ts[1].type) == "incoming_pledge");  // IATI code 13
  BOOST_TEST(!ts[0].value_date.has_value());
  BOOST_TEST(!ts[1].value_date.has_value());
}

BOOST_AUTO_TEST_CASE(every_type_word_and_every_iati_code_is_read) {
  for (std::size_t i = 0; i < transaction_type_names.words.size(); ++i) {
    const auto t = static_cast<TransactionType>(i);
    BOOST_TEST(parse(header + row_with(5, to_string(t))).at(0).type == t);
    if (const int code = iati_code(t); code != 0)
      BOOST_TEST(parse(header + row_with(5, std::to_string(code))).at(0).type == t);
  }
}

BOOST_AUTO_TEST_CASE(a_header_only_file_is_an_empty_ledger) {
  BOOST_TEST(parse(header).empty());
  BOOST_TEST(parse(header_vd).empty());
  BOOST_TEST(parse("date,donor,area,project,sector,type,amount,currency").empty());  // no final newline
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_skipped_and_quoted_fields_are_unquoted) {
  const auto ts = parse("\xEF\xBB\xBF" + header + "\"2023-01-01\",\"a \"\"b\"\"\",,,,\"commitment\",\"-0.5\",\"CNY\"");
  BOOST_TEST_REQUIRE(ts.size() == 1u);
  BOOST_TEST(ts[0].donor.value().str() == "a \"b\"");
  BOOST_TEST(ts[0].value == money("-0.5", "CNY"));
}

// --- writing and reading back ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(writing_gives_the_documented_text) {
  std::vector<Transaction> ts(2);
  ts[0].date = d("2021-03-15");
  ts[0].donor = OrganisationId("shanghai");
  ts[0].area = AreaCode::of(540228);
  ts[0].project = ProjectId("p, \"one\"");
  ts[0].sector = SectorCode::of(31161);
  ts[0].type = TransactionType::disbursement;
  ts[0].value = money("-1250000.5", "CNY");
  ts[0].value_date = d("2021-03-31");
  ts[1].date = d("2022-01-10");
  ts[1].type = TransactionType::investment_attracted;
  ts[1].value = money("12.345", "JPY");  // more digits than the minor unit: kept, never rounded
  BOOST_TEST(written(ts) ==
             "date,donor,area,project,sector,type,amount,currency,value_date\n"
             "2021-03-15,shanghai,540228,\"p, \"\"one\"\"\",31161,disbursement,-1250000.50,CNY,2021-03-31\n"
             "2022-01-10,,,,,investment_attracted,12.345,JPY,\n");
}

BOOST_AUTO_TEST_CASE(a_written_ledger_reads_back_equal) {
  const auto ts = io::load_ledger_csv(data_dir + "valid.csv");
  const std::string text = written(ts);
  BOOST_TEST((io::parse_ledger_csv(text, "again.csv") == ts));
  BOOST_TEST(written(io::parse_ledger_csv(text, "again.csv")) == text);  // and the text is stable
}

BOOST_AUTO_TEST_CASE(a_large_ledger_round_trips_across_the_writers_buffer) {
  std::vector<Transaction> ts(5000);
  for (std::size_t i = 0; i < ts.size(); ++i) {
    ts[i].date = d("2020-01-01") + boost::gregorian::days(static_cast<long>(i % 1000));
    if (i % 3 == 0) ts[i].donor = OrganisationId("donor-" + std::to_string(i % 17));
    if (i % 5 != 0) ts[i].area = AreaCode::of(540200 + static_cast<std::uint32_t>(i % 29));
    ts[i].type = static_cast<TransactionType>(i % 14);
    // amounts with 0 to 9 fraction digits, both signs
    ts[i].value = Money(Decimal::from_raw(static_cast<int128>(i * 7919) * (i % 2 ? -1 : 1) * 1'000'003),
                        Currency::of(i % 4 ? "CNY" : "USD"));
    if (i % 7 == 0) ts[i].value_date = ts[i].date + boost::gregorian::days(30);
  }
  const std::string text = written(ts);
  BOOST_TEST(text.size() > std::size_t{1} << 17);  // several of the writer's 64 KiB flushes
  BOOST_TEST((io::parse_ledger_csv(text, "big.csv") == ts));
}

BOOST_AUTO_TEST_CASE(the_writer_refuses_what_the_reader_could_not_give_back_and_writes_nothing) {
  std::vector<Transaction> ts(2);
  ts[0].date = d("2021-03-15");
  ts[0].value = money("1", "CNY");
  ts[1] = ts[0];
  ts[1].id = TransactionId("t-2");
  std::ostringstream out;
  PAIRAID_CHECK_ERROR(io::write_ledger_csv(out, ts), errc::invalid_argument, "transaction 1", "id");
  BOOST_TEST(out.str().empty());

  ts[1].id.reset();
  ts[1].date = Date();  // not a date
  PAIRAID_CHECK_ERROR(io::write_ledger_csv(out, ts), errc::invalid_argument, "transaction 1", "no date");
  ts[1].date = d("2021-03-15");
  ts[1].donor = OrganisationId(" padded");
  PAIRAID_CHECK_ERROR(io::write_ledger_csv(out, ts), errc::invalid_argument, "donor id");
  ts[1].donor = OrganisationId("");
  PAIRAID_CHECK_ERROR(io::write_ledger_csv(out, ts), errc::invalid_argument, "donor id");  // would read back as none
  BOOST_TEST(out.str().empty());
}

// --- errors, each at file:line:col with its code ----------------------------------------------------------

BOOST_AUTO_TEST_CASE(an_empty_file_is_missing_its_header) {
  CHECK_FAILS_AT(parse(""), 1, 1, "syntax", errc::parse, "expected the header 'date,donor,");
  CHECK_FAILS_AT(parse("\n\r\n"), 1, 1, "syntax", errc::parse, "empty file");
}

BOOST_AUTO_TEST_CASE(a_wrong_header_is_reported_at_the_column_that_differs) {
  CHECK_FAILS_AT(parse("date,donnor,area,project,sector,type,amount,currency\n"), 1, 6, "syntax", errc::parse,
                 "expected header column 'donor', found 'donnor'");
  CHECK_FAILS_AT(parse("Date,donor,area,project,sector,type,amount,currency\n"), 1, 1, "syntax", errc::parse, "'date'");
  CHECK_FAILS_AT(parse("date,donor,area,project,sector,type,amount\n"), 1, 37, "syntax", errc::parse,
                 "expected header column 'currency' after 'amount'");
  CHECK_FAILS_AT(parse("date,donor,area,project,sector,type,amount,currency,valuedate\n"), 1, 53, "syntax", errc::parse,
                 "expected header column 'value_date' or the end of the header, found 'valuedate'");
  CHECK_FAILS_AT(parse("date,donor,area,project,sector,type,amount,currency,value_date,id\n"), 1, 64, "syntax",
                 errc::parse, "end of the header");
  CHECK_FAILS_AT(parse("date,donor,area,project,sector,type,amount,currency,\n"), 1, 53, "syntax", errc::parse,
                 "found nothing");
  CHECK_FAILS_AT(parse("\xEF\xBB\xBF"
                       "date,donor,area,project,sector,kind,amount,currency\n"),
                 1, 32, "syntax", errc::parse, "'type'");  // columns counted after the byte order mark
}

BOOST_AUTO_TEST_CASE(a_row_with_the_wrong_number_of_fields_is_reported_where_it_goes_wrong) {
  // too few: at the row's start; too many: at the first field too many
  CHECK_FAILS_AT(parse(header + base_row + "2023-01-01,shanghai,540228\n"), 3, 1, "syntax", errc::parse,
                 "expected 8 fields (date,donor,area,project,sector,type,amount,currency), found 3");
  CHECK_FAILS_AT(parse(header + "2023-01-01,shanghai,540228,p1,31161,disbursement,100,CNY,2023-01-02\n"), 2, 58,
                 "syntax", errc::parse, "found 9");
  CHECK_FAILS_AT(parse(header_vd + base_row), 2, 1, "syntax", errc::parse, "expected 9 fields");
  // an unquoted grouped amount splits into two fields
  CHECK_FAILS_AT(parse(header + row_with(6, "1,000")), 2, 56, "syntax", errc::parse, "found 9");
}

BOOST_AUTO_TEST_CASE(a_bad_date_is_an_invalid_value_at_its_field) {
  CHECK_FAILS_AT(parse(header + row_with(0, "2023-02-30")), 2, 1, "invalid_value", errc::parse,
                 "expected the transaction's date as YYYY-MM-DD (a real calendar day), found '2023-02-30'");
  CHECK_FAILS_AT(parse(header + base_row + row_with(0, "15/03/2023")), 3, 1, "invalid_value", errc::parse,
                 "'15/03/2023'");
  CHECK_FAILS_AT(parse(header + row_with(0, "")), 2, 1, "invalid_value", errc::parse, "found nothing");
  CHECK_FAILS_AT(parse(header_vd + "2023-01-01,shanghai,540228,p1,31161,disbursement,100,CNY,2023-13-01\n"), 2, 58,
                 "invalid_value", errc::parse, "expected the value date as YYYY-MM-DD");
}

BOOST_AUTO_TEST_CASE(an_unknown_type_says_which_words_are_allowed) {
  const auto f = failure_of([] { parse(header + row_with(5, "grant")); });
  BOOST_TEST(f.diagnostic ==
             (io::Diagnostic{"t.csv", 2, 37, "", "invalid_value",
                             "expected a transaction type, one of " + transaction_type_names.expected() +
                                 ", or an IATI code 1-13; found 'grant'"}));
  BOOST_TEST(f.code == errc::parse);
  BOOST_TEST(f.diagnostic.message.find("\"incoming_funds\"") != std::string::npos);
  BOOST_TEST(f.diagnostic.message.find("\"investment_attracted\"") != std::string::npos);
  // codes as IATI writes them, 1 to 13 and nothing else; words exactly as spelt
  for (const char* bad : {"0", "14", "03", "+3", "3.0", "", "Disbursement", " disbursement"})
    CHECK_FAILS_AT(parse(header + row_with(5, bad)), 2, 37, "invalid_value", errc::parse, "transaction type");
}

BOOST_AUTO_TEST_CASE(a_bad_amount_is_reported_at_the_offending_character) {
  CHECK_FAILS_AT(parse(header + row_with(6, "1e3")), 2, 51, "invalid_value", errc::parse,
                 "expected an amount as an exact decimal (optional sign, digits, one '.'; no exponent, no grouping), "
                 "found '1e3'");
  CHECK_FAILS_AT(parse(header + row_with(6, "\"1,000\"")), 2, 52, "invalid_value", errc::parse, "found '1,000'");
  CHECK_FAILS_AT(parse(header + row_with(6, "")), 2, 50, "invalid_value", errc::parse, "found nothing");
  CHECK_FAILS_AT(parse(header + row_with(6, "\"\"")), 2, 50, "invalid_value", errc::parse, "found nothing");
  CHECK_FAILS_AT(parse(header + row_with(6, "1.5.2")), 2, 53, "invalid_value", errc::parse, "'1.5.2'");
  CHECK_FAILS_AT(parse(header + row_with(6, "-")), 2, 50, "invalid_value", errc::parse, "found '-'");
  CHECK_FAILS_AT(parse(header + row_with(6, " 100")), 2, 50, "invalid_value", errc::parse, "found ' 100'");
  CHECK_FAILS_AT(parse(header + row_with(6, "0.1234567891")), 2, 61, "invalid_value", errc::inexact,
                 "at most 9 fraction digits");
  CHECK_FAILS_AT(parse(header + row_with(6, "1" + std::string(30, '0'))), 2, 50 + 30, "invalid_value", errc::overflow,
                 "128-bit");
}

BOOST_AUTO_TEST_CASE(an_unknown_currency_is_reported_at_its_field) {
  CHECK_FAILS_AT(parse(header + row_with(7, "RMB")), 2, 54, "unknown_currency", errc::unknown_currency,
                 "expected an ISO 4217 currency code (three capital letters, e.g. CNY), found 'RMB'");
  CHECK_FAILS_AT(parse(header + row_with(7, "cny")), 2, 54, "unknown_currency", errc::unknown_currency, "'cny'");
  CHECK_FAILS_AT(parse(header + row_with(7, "")), 2, 54, "unknown_currency", errc::unknown_currency, "found nothing");
  CHECK_FAILS_AT(io::load_ledger_csv(data_dir + "bad-currency.csv"), 3, 46, "unknown_currency", errc::unknown_currency,
                 "'RMB'");
}

BOOST_AUTO_TEST_CASE(bad_codes_and_ids_are_reported_at_their_fields) {
  CHECK_FAILS_AT(parse(header + row_with(2, "54022")), 2, 21, "invalid_value", errc::parse,
                 "expected a GB/T 2260 area code (six digits, e.g. 540228) or nothing, found '54022'");
  CHECK_FAILS_AT(parse(header + row_with(4, "311610")), 2, 31, "invalid_value", errc::parse, "DAC 5-digit sector code");
  CHECK_FAILS_AT(parse(header + row_with(1, " shanghai")), 2, 12, "invalid_id", errc::invalid_data,
                 "must not start or end with a space");
  CHECK_FAILS_AT(parse(header + row_with(3, "\"p\t1\"")), 2, 28, "invalid_id", errc::invalid_data, "found 'p\\x091'");
}

BOOST_AUTO_TEST_CASE(quoting_errors_are_syntax_errors_where_they_are) {
  CHECK_FAILS_AT(parse(header + base_row + row_with(3, "\"p1,31161,disbursement,100,CNY")), 3, 28, "syntax",
                 errc::parse, "expected a closing '\"' for the quoted field that starts here");
  CHECK_FAILS_AT(parse(header + row_with(3, "p\"1")), 2, 29, "syntax", errc::parse, "no '\"' inside an unquoted");
  CHECK_FAILS_AT(parse(header + row_with(3, "\"p1\"x")), 2, 32, "syntax", errc::parse,
                 "expected ',' or end of line after a quoted field");
}

BOOST_AUTO_TEST_CASE(line_numbers_count_blank_lines_crlf_and_newlines_inside_quotes) {
  CHECK_FAILS_AT(parse(header + "\n\n" + row_with(7, "XYZ")), 4, 54, "unknown_currency", errc::unknown_currency,
                 "'XYZ'");
  CHECK_FAILS_AT(
      parse("date,donor,area,project,sector,type,amount,currency\r\n" + base_row + "\r\n" + row_with(7, "XYZ")), 4, 54,
      "unknown_currency", errc::unknown_currency, "'XYZ'");
  // an id with a line break is refused, and the next field is counted from the line it is on
  CHECK_FAILS_AT(parse(header + row_with(3, "\"p\n1\"")), 2, 28, "invalid_id", errc::invalid_data, "'p\\x0a1'");
  CHECK_FAILS_AT(parse(header + "2023-01-01,shanghai,540228,\"p\n1\"x,31161,disbursement,100,CNY\n"), 3, 3, "syntax",
                 errc::parse, "after a quoted field");
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_io_error_naming_it) {
  const std::string path = data_dir + "no-such-ledger.csv";
  const auto f = failure_of([&] { io::load_ledger_csv(path); });
  BOOST_TEST(f.code == errc::io);
  BOOST_TEST(f.diagnostic.file == path);
  BOOST_TEST(f.diagnostic.code == "io");
  BOOST_TEST(f.diagnostic.message.find("cannot open") != std::string::npos);
}

// --- all or nothing ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_bad_last_row_returns_nothing_and_leaves_the_callers_ledger_alone) {
  std::vector<Transaction> ledger = parse(header + base_row);
  BOOST_TEST_REQUIRE(ledger.size() == 1u);
  const std::vector<Transaction> before = ledger;
  std::string text = header;
  for (int i = 0; i < 100; ++i) text += base_row;
  text += row_with(6, "1e3");
  BOOST_CHECK_THROW(ledger = parse(text), io::load_error);
  BOOST_TEST((ledger == before));
  CHECK_FAILS_AT(parse(text), 102, 51, "invalid_value", errc::parse, "'1e3'");
}

// --- resolving against a dataset ------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(references_the_dataset_holds_resolve) {
  const Dataset ds = small_dataset();
  const std::string text = header + base_row + row_with(1, "") + row_with(2, "540200");
  BOOST_TEST((io::parse_ledger_csv(text, "t.csv", ds) == parse(text)));
  BOOST_TEST(io::parse_ledger_csv(text, "t.csv", ds).size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_dangling_donor_is_reported_at_its_field) {
  const Dataset ds = small_dataset();
  const std::string text = header + base_row + row_with(1, "tianjin");
  BOOST_TEST(parse(text).size() == 2u);  // without a dataset, any well-formed id is accepted
  CHECK_FAILS_AT(io::parse_ledger_csv(text, "t.csv", ds), 3, 12, "dangling_reference", errc::invalid_data,
                 "expected a donor the dataset holds, found 'tianjin' (no organisation has that id)");
}

BOOST_AUTO_TEST_CASE(an_organisation_without_the_donor_role_is_not_a_donor) {
  CHECK_FAILS_AT(io::parse_ledger_csv(header + row_with(1, "aid-office"), "t.csv", small_dataset()), 2, 12,
                 "not_a_donor", errc::invalid_data, "expected an organisation with the donor role, found 'aid-office'");
}

BOOST_AUTO_TEST_CASE(dangling_projects_and_areas_are_reported_at_their_fields) {
  const Dataset ds = small_dataset();
  CHECK_FAILS_AT(io::parse_ledger_csv(header + row_with(3, "p2"), "t.csv", ds), 2, 28, "dangling_reference",
                 errc::invalid_data, "expected a project the dataset holds, found 'p2'");
  CHECK_FAILS_AT(io::parse_ledger_csv(header + row_with(2, "540221"), "t.csv", ds), 2, 21, "dangling_reference",
                 errc::invalid_data, "expected an area the dataset holds, found '540221'");
}

BOOST_AUTO_TEST_CASE(with_transactions_appends_and_validates_again) {
  const Dataset ds = small_dataset();
  const auto ts = io::parse_ledger_csv(header + base_row + row_with(6, "-40.25"), "t.csv", ds);
  const Dataset grown = io::with_transactions(ds, ts);
  BOOST_TEST((grown.transactions() == ts));
  BOOST_TEST((grown.areas() == ds.areas()));
  BOOST_TEST(io::with_transactions(grown, ts).transactions().size() == 4u);  // appended after its own

  // read without resolving, a dangling donor is caught when the dataset is rebuilt
  const auto loose = parse(header + base_row + row_with(1, "tianjin"));
  try {
    (void)io::with_transactions(ds, loose);
    BOOST_FAIL("expected validation_error");
  } catch (const validation_error& e) {
    BOOST_TEST(e.violations().size() == 1u);
    BOOST_TEST(e.rule() == Rule::dangling_reference);
    BOOST_TEST(e.violations().front().pointer == "/transactions/1/donor");
  }
}

BOOST_AUTO_TEST_SUITE_END()
