// Currency: the ISO 4217 table the library carries, looked up by code, and checked row by row
// against the source CSV in shared/ with the generator's own de-duplication rule.
#include <pairaid/core/currency.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace pairaid;

namespace {

// RFC 4180 fields of one record: quoted fields may hold commas and doubled quotes.
std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

std::string trim(std::string s) {
  auto space = [](unsigned char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && space(static_cast<unsigned char>(s[b]))) ++b;
  return s.substr(b);
}

struct Expected {
  int numeric = 0;
  int minor = -1;
  std::string withdrawn;
  std::string name;
};

// The source, reduced to one row per code exactly as scripts/gen-currency-table.py does: a current
// row wins over withdrawn ones (the first current row is kept); among withdrawn-only rows the
// latest withdrawal wins.
std::map<std::string, Expected> expected_table(std::size_t& data_rows) {
  const std::string path = PAIRAID_SOURCE_DIR "/tests/data/reference/iso4217-codes-all.csv";
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot open " << path);
  std::string line;
  std::getline(in, line);
  const auto header = split_csv_line(line);
  BOOST_TEST_REQUIRE(header.size() == 6u);
  BOOST_TEST_REQUIRE(header[2] == "AlphabeticCode");
  BOOST_TEST_REQUIRE(trim(header[5]) == "WithdrawalDate");
  std::map<std::string, Expected> codes;
  data_rows = 0;
  while (std::getline(in, line)) {
    if (trim(line).empty()) continue;
    const auto f = split_csv_line(line);
    BOOST_TEST_REQUIRE(f.size() == 6u, "row: " << line);
    ++data_rows;
    const std::string code = trim(f[2]);
    if (code.empty()) continue;
    const std::string withdrawn = trim(f[5]);
    const bool current = withdrawn.empty();
    const std::string minor = trim(f[4]);
    const bool minor_is_digits =
        !minor.empty() && std::all_of(minor.begin(), minor.end(), [](char c) { return c >= '0' && c <= '9'; });
    Expected e{trim(f[3]).empty() ? 0 : std::stoi(trim(f[3])), minor_is_digits ? std::stoi(minor) : -1, withdrawn,
               trim(f[1])};
    auto it = codes.find(code);
    if (it == codes.end() || (current && !it->second.withdrawn.empty()) ||
        (!current && !it->second.withdrawn.empty() && e.withdrawn > it->second.withdrawn))
      codes[code] = e;
  }
  return codes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(currency)

BOOST_AUTO_TEST_CASE(the_table_matches_the_iso_source_code_by_code) {
  std::size_t rows = 0;
  const auto expected = expected_table(rows);
  BOOST_TEST(rows > 400u);  // the source really was read
  const auto table = Currency::table();
  BOOST_TEST(table.size() == expected.size());
  for (const auto& info : table) {
    const std::string code(info.code, 3);
    BOOST_TEST_CONTEXT("code " << code) {
      auto it = expected.find(code);
      BOOST_TEST_REQUIRE((it != expected.end()), "not in the source");
      BOOST_TEST(static_cast<int>(info.numeric) == it->second.numeric);
      BOOST_TEST(static_cast<int>(info.minor_units) == it->second.minor);
      BOOST_TEST(std::string(info.withdrawn) == it->second.withdrawn);
      BOOST_TEST(std::string(info.name) == it->second.name);
    }
  }
  for (const auto& [code, e] : expected)
    BOOST_TEST(Currency::find(code).has_value(), "source code " << code << " missing from the table");
}

BOOST_AUTO_TEST_CASE(the_table_is_sorted_by_code_with_no_duplicates) {
  const auto table = Currency::table();
  for (std::size_t i = 1; i < table.size(); ++i)
    BOOST_TEST(std::string_view(table[i - 1].code, 3) < std::string_view(table[i].code, 3), "at " << table[i].code);
}

BOOST_AUTO_TEST_CASE(every_code_in_the_table_is_found_by_lookup) {
  for (const auto& info : Currency::table()) {
    Currency c = Currency::of(std::string_view(info.code, 3));
    BOOST_TEST(c.code() == std::string_view(info.code, 3));
    BOOST_TEST(c.numeric() == info.numeric);
  }
}

BOOST_AUTO_TEST_CASE(current_codes_carry_their_minor_units) {
  BOOST_TEST(Currency::of("CNY").minor_units().value_or(-1) == 2);
  BOOST_TEST(Currency::of("CNY").numeric() == 156);
  BOOST_TEST(Currency::of("USD").numeric() == 840);
  BOOST_TEST(Currency::of("JPY").minor_units().value_or(-1) == 0);
  BOOST_TEST(Currency::of("KWD").minor_units().value_or(-1) == 3);
  BOOST_TEST(Currency::of("CLF").minor_units().value_or(-1) == 4);
  BOOST_TEST(Currency::of("CLF").numeric() == 990);
  BOOST_TEST(!Currency::of("CNY").is_withdrawn());
  BOOST_TEST(Currency::of("CNY").withdrawn_on().empty());
  BOOST_TEST(Currency::of("KWD").name() == "Kuwaiti Dinar");
}

BOOST_AUTO_TEST_CASE(withdrawn_codes_still_load_with_their_withdrawal_month_and_no_minor_unit) {
  Currency fim = Currency::of("FIM"), dem = Currency::of("DEM");
  BOOST_TEST(fim.is_withdrawn());
  BOOST_TEST(fim.withdrawn_on() == "2002-03");
  BOOST_TEST(fim.numeric() == 246);
  BOOST_TEST(!fim.minor_units().has_value());
  BOOST_TEST(dem.is_withdrawn());
  BOOST_TEST(dem.withdrawn_on() == "2002-03");
  BOOST_TEST(dem.numeric() == 276);
  BOOST_TEST(dem.name() == "Deutsche Mark");
}

BOOST_AUTO_TEST_CASE(a_code_both_current_and_withdrawn_is_current) {
  // TRY and RON each have a withdrawn row (TURKEY 2009-01, ROMANIA 2015-06) and a current one.
  BOOST_TEST(!Currency::of("TRY").is_withdrawn());
  BOOST_TEST(Currency::of("TRY").minor_units().value_or(-1) == 2);
  BOOST_TEST(Currency::of("TRY").name() == "Turkish Lira");
  BOOST_TEST(!Currency::of("RON").is_withdrawn());
  BOOST_TEST(Currency::of("RON").name() == "Romanian Leu");
}

BOOST_AUTO_TEST_CASE(a_code_withdrawn_several_times_keeps_its_latest_withdrawal) {
  BOOST_TEST(Currency::of("RUR").withdrawn_on() == "2004-01");  // Russia, after the other republics
  BOOST_TEST(Currency::of("HRK").withdrawn_on() == "2023-01");  // not the 2015-06 row
  BOOST_TEST(Currency::of("HRK").name() == "Kuna");
}

BOOST_AUTO_TEST_CASE(xxx_is_no_currency_and_the_default) {
  Currency xxx = Currency::of("XXX");
  BOOST_TEST(Currency() == xxx);
  BOOST_TEST(xxx.numeric() == 999);
  BOOST_TEST(!xxx.minor_units().has_value());
  BOOST_TEST(!xxx.is_withdrawn());
  BOOST_TEST(!Currency::of("XAU").minor_units().has_value());
}

BOOST_AUTO_TEST_CASE(unknown_codes_are_an_error_naming_the_code) {
  PAIRAID_CHECK_ERROR(Currency::of("ABC"), errc::unknown_currency, "'ABC'");
  PAIRAID_CHECK_ERROR(Currency::of("cny"), errc::unknown_currency, "'cny'");  // codes are upper case
  PAIRAID_CHECK_ERRC(Currency::of("CNYX"), errc::unknown_currency);
  PAIRAID_CHECK_ERRC(Currency::of(""), errc::unknown_currency);
  PAIRAID_CHECK_ERRC(Currency::of("CN"), errc::unknown_currency);
  BOOST_TEST(!Currency::find("ZZZ").has_value());
  BOOST_TEST(!Currency::find("AAA").has_value());  // before the first code
  BOOST_TEST(Currency::find("ADP").has_value());   // the first code
  BOOST_TEST(Currency::find("ZWR").has_value());   // the last code
}

BOOST_AUTO_TEST_CASE(currencies_compare_by_identity_and_sort_by_code) {
  BOOST_TEST(Currency::of("CNY") == Currency::of("CNY"));
  BOOST_TEST(Currency::of("CNY") != Currency::of("USD"));
  BOOST_TEST(Currency::of("CNY") < Currency::of("USD"));
  BOOST_TEST(Currency::of("EUR") > Currency::of("DEM"));
}

BOOST_AUTO_TEST_CASE(lookups_work_at_compile_time) {
  static_assert(Currency::of("JPY").minor_units().value_or(-1) == 0);
  static_assert(Currency::of("KWD").numeric() == 414);
  static_assert(!Currency::find("QQQ").has_value());
  BOOST_TEST(Currency::table().front().code == std::string_view("ADP"));
}

BOOST_AUTO_TEST_SUITE_END()
