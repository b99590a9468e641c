// The FX CSV loader: `date,base,quote,rate,source`, every problem reported as file:line:col, and a
// table that fails to load is not returned (add_fx_csv leaves the builder as it was).
#include <pairaid/io/fx_csv.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace pairaid;

namespace {
using M = RoundingMode;
Date d(const char* iso) { return parse_date(iso); }
Currency cur(const char* code) { return Currency::of(code); }
const std::string header = "date,base,quote,rate,source\n";

FxTable parse(const std::string& text) { return io::parse_fx_csv(text, "t.csv"); }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot open " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep)
      out.emplace_back();
    else if (c != '\r')
      out.back() += c;
  }
  return out;
}

// A file in the system temp directory, removed when the test ends.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& text) {
    path = std::filesystem::temp_directory_path() /
           ("pairaid-fx-csv-test-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".csv");
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};
}  // namespace

BOOST_AUTO_TEST_SUITE(fx_csv)

// --- valid files ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_valid_file_loads_every_rate_with_its_source) {
  FxTable t = parse(header +
                    "2023-01-01,USD,CNY,7.0809,\"FRED AEXCHUS, annual average\"\n"
                    "2024-01-01,USD,CNY,7.1957,FRED\n"
                    "2023-01-01,EUR,USD,1.0813,\"ECB \"\"reference\"\" rate\"\n");
  BOOST_TEST(t.size() == 3u);
  auto leg = t.leg(cur("USD"), cur("CNY"), d("2023-06-30"));
  BOOST_TEST_REQUIRE(leg.has_value());
  BOOST_TEST(leg->rate.rate == Decimal::parse("7.0809"));
  BOOST_TEST(leg->rate.source == "FRED AEXCHUS, annual average");
  BOOST_TEST(t.leg(cur("EUR"), cur("USD"), d("2023-06-30"))->rate.source == "ECB \"reference\" rate");
  BOOST_TEST(t.convert(Money::parse("100", cur("USD")), cur("CNY"), d("2024-02-01")).amount ==
             Money::parse("719.57", cur("CNY")));
}

BOOST_AUTO_TEST_CASE(a_header_only_file_is_an_empty_table) {
  BOOST_TEST(parse(header).size() == 0u);
  BOOST_TEST(parse("date,base,quote,rate,source").size() == 0u);  // no final newline
}

BOOST_AUTO_TEST_CASE(crlf_line_endings_are_read_like_lf) {
  FxTable t =
      parse("date,base,quote,rate,source\r\n2023-01-01,USD,CNY,7.0809,FRED\r\n2024-01-01,USD,CNY,7.1957,FRED\r\n");
  BOOST_TEST(t.size() == 2u);
  BOOST_TEST(t.rates().at(0).source == "FRED");  // no stray '\r'
  BOOST_TEST(t.rates().at(1).rate == Decimal::parse("7.1957"));
}

BOOST_AUTO_TEST_CASE(a_utf8_byte_order_mark_is_skipped) {
  FxTable t = parse("\xEF\xBB\xBF" + header + "2023-01-01,USD,CNY,7.0809,FRED\n");
  BOOST_TEST(t.size() == 1u);
}

BOOST_AUTO_TEST_CASE(blank_lines_are_skipped) {
  BOOST_TEST(parse(header + "\n2023-01-01,USD,CNY,7.0809,FRED\n\n\n").size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_pivot_option_sets_the_tables_pivot) {
  FxTable t = io::parse_fx_csv(header + "2023-01-01,USD,EUR,0.9,x\n2023-01-01,USD,CNY,7,x\n", "t.csv",
                               io::FxCsvOptions{cur("USD")});
  BOOST_TEST(t.pivot() == std::optional<Currency>(cur("USD")));
  BOOST_TEST(t.convert(Money::parse("90", cur("EUR")), cur("CNY"), d("2023-02-01")).legs.size() == 2u);
}

// --- errors, each at file:line:col ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(an_empty_file_is_missing_its_header_at_1_1) {
  PAIRAID_CHECK_ERROR(parse(""), errc::parse, "t.csv:1:1:", "empty file");
  PAIRAID_CHECK_ERROR(parse("\n\n"), errc::parse, "t.csv:1:1:");
}

BOOST_AUTO_TEST_CASE(a_wrong_header_column_is_reported_where_it_starts) {
  PAIRAID_CHECK_ERROR(parse("date,base,quote,rate,sauce\n"), errc::parse,
                      "t.csv:1:22:", "expected header column 'source', found 'sauce'");
  PAIRAID_CHECK_ERROR(parse("Date,base,quote,rate,source\n"), errc::parse, "t.csv:1:1:", "'date'");
  PAIRAID_CHECK_ERROR(parse("date,base,quote\n"), errc::parse, "t.csv:1:11:", "'rate'");
  PAIRAID_CHECK_ERROR(parse("date,base,quote,rate,source,extra\n"), errc::parse, "t.csv:1:29:", "5 header columns");
}

BOOST_AUTO_TEST_CASE(a_row_with_the_wrong_number_of_fields_is_reported_at_its_line) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,x\n2024-01-01,USD,CNY,7\n"), errc::parse,
                      "t.csv:3:1:", "expected 5 fields", "found 4");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,x,y\n"), errc::parse, "t.csv:2:1:", "found 6");
}

BOOST_AUTO_TEST_CASE(an_impossible_date_is_a_parse_error_at_column_1) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-02-29,USD,CNY,7,x\n"), errc::parse, "t.csv:2:1:", "'2023-02-29'");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,x\n01/02/2023,USD,CNY,7,x\n"), errc::parse, "t.csv:3:1:");
}

BOOST_AUTO_TEST_CASE(an_unknown_currency_is_reported_at_its_field) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,ABC,7,x\n"), errc::unknown_currency, "t.csv:2:16:", "'ABC'");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,usd,CNY,7,x\n"), errc::unknown_currency, "t.csv:2:12:");
}

BOOST_AUTO_TEST_CASE(a_malformed_rate_is_reported_at_the_rate_field) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7.0.8,x\n"), errc::parse, "t.csv:2:20:", "'7.0.8'");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,,x\n"), errc::parse, "t.csv:2:20:");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7.12345678901,x\n"), errc::inexact, "t.csv:2:20:");
}

BOOST_AUTO_TEST_CASE(a_non_positive_rate_is_invalid_data_at_the_rate_field) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,0,x\n"), errc::invalid_data, "t.csv:2:20:", "positive");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,-7.08,x\n"), errc::invalid_data, "t.csv:2:20:");
}

BOOST_AUTO_TEST_CASE(a_rate_between_one_currency_and_itself_is_invalid_data_at_the_quote_field) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,USD,1,x\n"), errc::invalid_data, "t.csv:2:16:", "USD/USD");
}

BOOST_AUTO_TEST_CASE(an_empty_source_is_reported_at_the_source_field) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,\n"), errc::parse, "t.csv:2:22:", "source");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,\"\"\n"), errc::parse, "t.csv:2:22:");
}

BOOST_AUTO_TEST_CASE(a_duplicate_rate_is_invalid_data_at_the_second_row) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7.0809,a\n2023-01-01,USD,CNY,7.1,b\n"), errc::invalid_data,
                      "t.csv:3:1:", "two rates", "USD/CNY", "2023-01-01");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7.0809,a\n2023-01-01,CNY,USD,0.14,b\n"), errc::invalid_data,
                      "t.csv:3:1:");
}

BOOST_AUTO_TEST_CASE(an_unterminated_quote_is_reported_where_the_quote_opens) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,\"FRED\n"), errc::parse, "t.csv:2:22:", "closing");
}

BOOST_AUTO_TEST_CASE(stray_quotes_are_reported_where_they_are) {
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,FR\"ED\n"), errc::parse, "t.csv:2:24:", "'\"'");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,\"FRED\"x\n"), errc::parse,
                      "t.csv:2:28:", "after a quoted field");
}

BOOST_AUTO_TEST_CASE(line_numbers_count_blank_lines_and_newlines_inside_quotes) {
  PAIRAID_CHECK_ERROR(parse(header + "\n\n2023-02-30,USD,CNY,7,x\n"), errc::parse, "t.csv:4:1:");
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,\"two\nlines\"\n2023-01-01,USD,CNY,8,x\n"),
                      errc::invalid_data, "t.csv:4:1:");
  // a field on the second physical line of a record counts its column from that line
  PAIRAID_CHECK_ERROR(parse(header + "2023-01-01,USD,CNY,7,\"two\nlines\"x\n"), errc::parse, "t.csv:3:7:");
}

BOOST_AUTO_TEST_CASE(with_crlf_lines_and_columns_are_the_same_as_with_lf) {
  PAIRAID_CHECK_ERROR(parse("date,base,quote,rate,source\r\n2023-01-01,USD,CNY,7,x\r\n2023-01-01,USD,ABC,7,x\r\n"),
                      errc::unknown_currency, "t.csv:3:16:");
  PAIRAID_CHECK_ERROR(parse("date,base,quote,rate,source\r\n2023-01-01,USD,CNY,7,\r\n"), errc::parse, "t.csv:2:22:");
}

BOOST_AUTO_TEST_CASE(with_a_byte_order_mark_columns_are_counted_after_it) {
  PAIRAID_CHECK_ERROR(parse("\xEF\xBB\xBF"
                            "date,base,quote,rate,sauce\n"),
                      errc::parse, "t.csv:1:22:");
  PAIRAID_CHECK_ERROR(parse("\xEF\xBB\xBF"
                            "Date,base,quote,rate,source\n"),
                      errc::parse, "t.csv:1:1:");
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_only_skipped_at_the_start) {
  PAIRAID_CHECK_ERROR(parse(header + "\xEF\xBB\xBF"
                                     "2023-01-01,USD,CNY,7,x\n"),
                      errc::parse, "t.csv:2:1:");
}

// --- all or nothing ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(add_fx_csv_leaves_the_builder_unchanged_when_any_row_fails) {
  FxTable::Builder b;
  b.add(FxRate{d("2022-01-01"), cur("USD"), cur("CNY"), Decimal::parse("6.729"), "before"});
  PAIRAID_CHECK_ERRC(io::add_fx_csv(b, header + "2023-01-01,USD,CNY,7.0809,a\n2023-01-01,USD,ABC,1,b\n", "t.csv"),
                     errc::unknown_currency);
  FxTable t = b.build();
  BOOST_TEST(t.size() == 1u);
  BOOST_TEST(t.leg(cur("USD"), cur("CNY"), d("2023-06-01"))->rate.source == "before");
}

BOOST_AUTO_TEST_CASE(add_fx_csv_rejects_a_row_that_duplicates_a_rate_already_in_the_builder) {
  FxTable::Builder b;
  b.add(FxRate{d("2023-01-01"), cur("USD"), cur("CNY"), Decimal::parse("7.0809"), "before"});
  PAIRAID_CHECK_ERROR(io::add_fx_csv(b, header + "2023-01-01,CNY,USD,0.14,a\n", "more.csv"), errc::invalid_data,
                      "more.csv:2:1:");
  BOOST_TEST(b.build().size() == 1u);
}

BOOST_AUTO_TEST_CASE(add_fx_csv_adds_every_row_when_all_are_good) {
  FxTable::Builder b;
  b.add(FxRate{d("2022-01-01"), cur("USD"), cur("CNY"), Decimal::parse("6.729"), "before"});
  io::add_fx_csv(b, header + "2023-01-01,USD,CNY,7.0809,a\n2024-01-01,USD,CNY,7.1957,b\n", "t.csv");
  BOOST_TEST(b.build().size() == 3u);
}

// --- files ---------------------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(load_fx_csv_names_the_file_in_its_errors) {
  TempFile f(header + "2023-01-01,USD,CNY,7.0809,a\n2023-01-01,USD,CNY,7.1,b\n");
  PAIRAID_CHECK_ERROR(io::load_fx_csv(f.path.string()), errc::invalid_data, f.path.string() + ":3:1:");
}

BOOST_AUTO_TEST_CASE(load_fx_csv_reads_a_file) {
  TempFile f(header + "2023-01-01,USD,CNY,7.0809,a\n");
  BOOST_TEST(io::load_fx_csv(f.path.string()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_read_is_an_io_error_naming_it) {
  const std::string missing = (std::filesystem::temp_directory_path() / "pairaid-no-such-file.csv").string();
  PAIRAID_CHECK_ERROR(io::load_fx_csv(missing), errc::io, missing);
}

// --- the bundled rates against their source --------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_bundled_usd_cny_rates_are_exactly_the_china_rows_of_the_fred_annual_series) {
  // Source: tests/data/reference/exchange-rates-annual.csv (datasets/exchange-rates, CNY per USD, CRLF).
  std::vector<std::pair<std::string, std::string>> source;
  {
    std::istringstream in(slurp(PAIRAID_SOURCE_DIR "/tests/data/reference/exchange-rates-annual.csv"));
    std::string line;
    std::getline(in, line);
    BOOST_TEST_REQUIRE(split(line, ',').at(1) == "Country");
    while (std::getline(in, line)) {
      auto f = split(line, ',');
      if (f.size() == 3 && f[1] == "China") source.emplace_back(f[0], f[2]);
    }
  }
  BOOST_TEST_REQUIRE(source.size() >= 40u);  // 1981 .. 2025

  // The bundled file, as text: same dates, same digits (no reformatting of the rates).
  const std::string bundled_path = PAIRAID_SOURCE_DIR "/examples/data/fx-usd-cny-annual.csv";
  std::vector<std::pair<std::string, std::string>> bundled;
  {
    std::istringstream in(slurp(bundled_path));
    std::string line;
    std::getline(in, line);
    BOOST_TEST_REQUIRE(line == "date,base,quote,rate,source");
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto f = split(line, ',');
      BOOST_TEST_REQUIRE(f.size() >= 5u);
      BOOST_TEST(f[1] == "USD");
      BOOST_TEST(f[2] == "CNY");
      bundled.emplace_back(f[0], f[3]);
    }
  }
  BOOST_TEST_REQUIRE(bundled.size() == source.size());
  for (std::size_t i = 0; i < bundled.size(); ++i) {
    BOOST_TEST(bundled[i].first == source[i].first, "row " << i + 2);
    BOOST_TEST(bundled[i].second == source[i].second, "row " << i + 2 << " (" << source[i].first << ")");
  }

  // And through the loader: one USD/CNY rate per source row, equal as decimals.
  FxTable t = io::load_fx_csv(bundled_path);
  auto rates = t.rates();
  BOOST_TEST_REQUIRE(rates.size() == source.size());
  for (std::size_t i = 0; i < rates.size(); ++i) {
    BOOST_TEST(to_string(rates[i].date) == source[i].first);
    BOOST_TEST(rates[i].rate == Decimal::parse(source[i].second));
    BOOST_TEST(rates[i].base == cur("USD"));
    BOOST_TEST(rates[i].quote == cur("CNY"));
  }
}

BOOST_AUTO_TEST_SUITE_END()
