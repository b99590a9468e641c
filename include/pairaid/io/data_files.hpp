#pragma once
// The data pairaid ships with and finds without flags (data/SOURCES.md cites each file): the IATI
// XSDs 1.01-2.03, the IATI codelists (also compiled in, see iati/codelists.hpp), FRED's monthly and
// annual average exchange rates, and the example datasets. Compiled in pairaid::pairaid.
//
// Layout of the data directory (`share/pairaid` of an install; the build tree stages the same):
//   iati/schema/          the 2.03 XSDs, older versions in 2.02/ 2.01/ 1.05/ 1.01/
//   iati/codelists/       embedded/ non-embedded/ mapping.xml
//   fx/fred-monthly.csv   the default rate table: monthly averages, each in force from the 1st
//   fx/fred-annual.csv    annual averages, each in force from 1 January
//   examples/             xizang.json and the rates it cites
//   SOURCES.md            origin, commit and licence of everything above
#include <pairaid/core/fx.hpp>

#include <filesystem>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace io {

// Where the data directory was looked for, in order, and which one was taken.
struct DataDirSearch {
  std::vector<std::filesystem::path> tried;  // every candidate, in the order looked at
  std::filesystem::path found;               // empty when none holds the data
};

// The candidates, in order: $PAIRAID_DATA_DIR when set (then nothing else: a wrong override is an
// error, not a reason to fall back); the share/pairaid beside the binary that holds this code, found
// with dladdr (<dir>/../share/pairaid, <dir>/../../share/pairaid), so an install can be moved; the
// build tree's staged copy when that binary is in the build tree; the install prefix's share/pairaid
// compiled in; the build tree's staged copy compiled in. A candidate counts when it holds
// iati/schema/iati-activities-schema.xsd.
DataDirSearch search_data_dir();

// The data directory; errc::io naming every place looked at when none holds the data.
std::filesystem::path data_dir();

// data_dir()/iati/schema, unless $PAIRAID_IATI_SCHEMAS (the older name, kept as an alias) is set
// and not empty, which wins.
std::filesystem::path bundled_iati_schema_dir();

// The bundled rate table and what it is, for saying so beside converted numbers.
struct BundledRates {
  FxTable table;
  std::filesystem::path file;  // data_dir()/fx/fred-monthly.csv
  std::string description;     // what the table is and where each rate is in force, for notes beside results
};
// Loads data_dir()/fx/fred-monthly.csv with USD as the pivot (every rate is against USD, so any two
// currencies it holds convert through USD, each leg at its own month's average). errc::io when the
// data directory cannot be found; a damaged file gives the CSV reader's file:line:col errors.
BundledRates load_bundled_rates();

}  // namespace io
PAIRAID_NAMESPACE_END
