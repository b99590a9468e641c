// The data pairaid ships with (io/data_files.hpp, data/SOURCES.md): found without flags from the
// build tree, moved by PAIRAID_DATA_DIR, and its rate tables equal the FRED series they come from.
// The annual table is checked against the reference copy in tests/data/reference; the monthly one
// against the shared corpus (suite bundled_data_corpus, label corpus).
#include <pairaid/io/data_files.hpp>
#include <pairaid/io/fx_csv.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace pairaid;

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot open " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (c == ',' && !quoted)
      out.emplace_back();
    else if (c != '\r')
      out.back() += c;
  }
  return out;
}

// The ISO 4217 code of each country or area name of datasets/exchange-rates (FRED's naming), as
// ISO and the Federal Reserve's H.10 release name them. Venezuela is deliberately absent.
const std::map<std::string, std::string> iso_of = {
    {"Australia", "AUD"},     {"Austria", "ATS"},     {"Belgium", "BEF"},  {"Brazil", "BRL"},
    {"Canada", "CAD"},        {"China", "CNY"},       {"Denmark", "DKK"},  {"Euro", "EUR"},
    {"Finland", "FIM"},       {"France", "FRF"},      {"Germany", "DEM"},  {"Greece", "GRD"},
    {"Hong Kong", "HKD"},     {"India", "INR"},       {"Ireland", "IEP"},  {"Italy", "ITL"},
    {"Japan", "JPY"},         {"Malaysia", "MYR"},    {"Mexico", "MXN"},   {"Netherlands", "NLG"},
    {"New Zealand", "NZD"},   {"Norway", "NOK"},      {"Portugal", "PTE"}, {"Singapore", "SGD"},
    {"South Africa", "ZAR"},  {"South Korea", "KRW"}, {"Spain", "ESP"},    {"Sri Lanka", "LKR"},
    {"Sweden", "SEK"},        {"Switzerland", "CHF"}, {"Taiwan", "TWD"},   {"Thailand", "THB"},
    {"United Kingdom", "GBP"}};

using Row = std::tuple<std::string, std::string, std::string>;  // date, ISO code, rate as written

// The source file's rows as (date, ISO code, rate); Venezuela's are counted, not kept.
std::set<Row> source_rows(const fs::path& file, std::size_t& venezuela) {
  std::istringstream in(slurp(file));
  std::string line;
  std::getline(in, line);
  std::set<Row> rows;
  venezuela = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line == "\r") continue;
    const auto f = fields(line);
    BOOST_TEST_REQUIRE(f.size() == 3u, line);
    if (f[1] == "Venezuela") {
      ++venezuela;
      continue;
    }
    const auto iso = iso_of.find(f[1]);
    BOOST_TEST_REQUIRE((iso != iso_of.end()), "a country the table does not map: " << f[1]);
    rows.emplace(f[0], iso->second, f[2]);
  }
  return rows;
}

// The bundled table's rows as (date, quote, rate), checking each row's base and citation.
std::set<Row> bundled_rows(const fs::path& file, const std::string& period) {
  std::istringstream in(slurp(file));
  std::string line;
  std::getline(in, line);
  BOOST_TEST_REQUIRE(line == "date,base,quote,rate,source");
  std::set<Row> rows;
  while (std::getline(in, line)) {
    const auto f = fields(line);
    BOOST_TEST_REQUIRE(f.size() == 5u, line);
    BOOST_TEST(f[1] == "USD");
    BOOST_TEST(f[4].starts_with("FRED "), line);
    BOOST_TEST(f[4].find(period + " average") != std::string::npos, line);
    BOOST_TEST(f[4].find("datasets/exchange-rates@") != std::string::npos, line);
    rows.emplace(f[0], f[2], f[3]);
  }
  return rows;
}

// Sets an environment variable for one scope, restoring what was there.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> before;
  ScopedEnv(const char* n, const std::string& value) : name(n) {
    if (const char* v = std::getenv(n)) before = v;
    ::setenv(n, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (before)
      ::setenv(name.c_str(), before->c_str(), 1);
    else
      ::unsetenv(name.c_str());
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(bundled_data)

BOOST_AUTO_TEST_CASE(the_data_directory_is_found_without_flags) {
  const io::DataDirSearch search = io::search_data_dir();
  BOOST_TEST_REQUIRE(!search.found.empty());
  BOOST_TEST(fs::is_regular_file(search.found / "iati" / "schema" / "2.01" / "iati-activities-schema.xsd"));
  BOOST_TEST(fs::is_regular_file(search.found / "iati" / "codelists" / "mapping.xml"));
  BOOST_TEST(fs::is_regular_file(search.found / "fx" / "fred-monthly.csv"));
  BOOST_TEST(fs::is_regular_file(search.found / "examples" / "xizang.json"));
  BOOST_TEST(fs::is_regular_file(search.found / "SOURCES.md"));
  BOOST_TEST(io::data_dir() == search.found);
  BOOST_TEST(io::bundled_iati_schema_dir() == search.found / "iati" / "schema");
}

BOOST_AUTO_TEST_CASE(pairaid_data_dir_moves_it_and_a_wrong_one_is_an_error_naming_it) {
  const fs::path real = io::data_dir();
  {
    ScopedEnv env("PAIRAID_DATA_DIR", real.string());
    BOOST_TEST(io::data_dir() == real);
  }
  {
    ScopedEnv env("PAIRAID_DATA_DIR", "/nonexistent/pairaid-data");
    const io::DataDirSearch search = io::search_data_dir();
    BOOST_TEST(search.found.empty());
    BOOST_TEST(search.tried.size() == 1u);  // an override is not a hint: nothing else is tried
    BOOST_CHECK_EXCEPTION(io::data_dir(), error,
                          pairaid_test::code_and_message(errc::io, "/nonexistent/pairaid-data", "PAIRAID_DATA_DIR"));
  }
  {
    ScopedEnv schemas("PAIRAID_IATI_SCHEMAS", "/elsewhere/schemas");  // the older name, kept as an alias
    BOOST_TEST(io::bundled_iati_schema_dir() == fs::path("/elsewhere/schemas"));
  }
}

BOOST_AUTO_TEST_CASE(the_annual_table_is_every_row_of_the_fred_annual_series_but_venezuelas) {
  std::size_t venezuela = 0;
  const auto source =
      source_rows(fs::path(PAIRAID_SOURCE_DIR) / "tests/data/reference/exchange-rates-annual.csv", venezuela);
  const auto bundled = bundled_rows(io::data_dir() / "fx" / "fred-annual.csv", "annual");
  BOOST_TEST(venezuela > 0u);
  BOOST_TEST(bundled.size() == source.size());
  BOOST_TEST((bundled == source));
}

BOOST_AUTO_TEST_CASE(the_monthly_table_converts_at_the_month_in_force_and_through_usd) {
  const io::BundledRates rates = io::load_bundled_rates();
  BOOST_TEST(rates.file.filename() == "fred-monthly.csv");
  BOOST_TEST(rates.description.find("FRED monthly averages") != std::string::npos);
  const Rounding cents{RoundingMode::half_even, {}};
  // 2023-12-15 falls in December 2023, whose average is 7.1402 CNY per USD (FRED EXCHUS).
  const Conversion usd = rates.table.convert(Money::parse("7140.20", Currency::of("CNY")), Currency::of("USD"),
                                             parse_date("2023-12-15"), cents);
  BOOST_TEST(usd.amount.to_string() == "1000.00 USD");
  BOOST_TEST_REQUIRE(usd.legs.size() == 1u);
  BOOST_TEST(usd.legs[0].rate.date == parse_date("2023-12-01"));
  BOOST_TEST(usd.legs[0].rate.source.find("EXCHUS") != std::string::npos);
  // EUR to CNY has no direct rate: through USD, each leg at its own December 2023 average.
  const Conversion cny = rates.table.convert(Money::parse("0.9167", Currency::of("EUR")), Currency::of("CNY"),
                                             parse_date("2023-12-31"), cents);
  BOOST_TEST(cny.legs.size() == 2u);
  BOOST_TEST(cny.amount.to_string() == "7.14 CNY");  // 0.9167 EUR / 0.9167 EUR per USD x 7.1402
  // Before the series begins there is no rate: an error, never 1:1.
  BOOST_CHECK_EXCEPTION(
      rates.table.convert(Money::parse("1", Currency::of("CNY")), Currency::of("USD"), parse_date("1980-12-31"), cents),
      error, pairaid_test::code_is(errc::missing_rate));
}

BOOST_AUTO_TEST_SUITE_END()

// Against the shared corpus (label corpus): the monthly table is every row of FRED's monthly series.
BOOST_AUTO_TEST_SUITE(bundled_data_corpus)

BOOST_AUTO_TEST_CASE(the_monthly_table_is_every_row_of_the_fred_monthly_series_but_venezuelas) {
  std::size_t venezuela = 0;
  const auto source = source_rows(fs::path(PAIRAID_SHARED_DIR) / "data/fx/monthly.csv", venezuela);
  const auto bundled = bundled_rows(io::data_dir() / "fx" / "fred-monthly.csv", "monthly");
  BOOST_TEST(venezuela > 0u);
  BOOST_TEST(bundled.size() == source.size());
  BOOST_TEST((bundled == source));
}

BOOST_AUTO_TEST_SUITE_END()
