// Group-by kernels of the query engine (pairaid::run_query) against a plain scan of the same
// columns, in one run, on a ledger from the synthetic generator (`pairaid generate`).
//
//   pairaid_bench_group_by [--rows=N] [--seed=S] [google-benchmark flags]
//
// Each "group_by/X" benchmark has a "scan/X" partner that reads the columns X's query reads and
// folds them into checksums, with no grouping, no dictionary and no conversion: the floor any
// group-by over these columns could reach. After the runs the ratio group_by/scan of each pair is
// printed, with the ledger's resident bytes per transaction (the ledger's own accounting).
// Not a test: ctest at most runs it once at a tiny size to prove it still works.
#include "generate_ledger.hpp"

#include <pairaid/analysis/ledger.hpp>
#include <pairaid/analysis/query.hpp>
#include <pairaid/io/dataset_json.hpp>
#include <pairaid/io/fx_csv.hpp>

#include <benchmark/benchmark.h>

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>  // isatty

namespace {

struct Setup {
  std::uint64_t rows = 1'000'000;
  std::uint64_t seed = 1;
};

// Takes --rows=N and --seed=S out of argv (Google Benchmark rejects flags it does not know).
Setup take_own_flags(int& argc, char** argv) {
  Setup setup;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::uint64_t* target = arg.starts_with("--rows=")   ? &setup.rows
                            : arg.starts_with("--seed=") ? &setup.seed
                                                         : nullptr;
    if (!target) {
      argv[kept++] = argv[i];
      continue;
    }
    const std::string_view value = arg.substr(arg.find('=') + 1);
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), *target);
    if (value.empty() || ec != std::errc{} || end != value.data() + value.size()) {
      std::fprintf(stderr, "%s: expected a whole number\n", argv[i]);
      std::exit(2);
    }
  }
  argc = kept;
  return setup;
}

struct Data {
  pairaid::Dataset dataset;  // xizang.json: the area hierarchy for roll-ups
  pairaid::FxTable fx;       // USD/CNY annual averages, 1981-2025
  pairaid::Ledger ledger;
  std::size_t csv_bytes = 0;
};

Data load(const Setup& setup) {
  std::string csv;
  pairaid_cli::generate::generate_ledger_csv({setup.rows, setup.seed},
                                             [&csv](std::string_view piece) { csv += piece; });
  return Data{pairaid::io::load_dataset(PAIRAID_SOURCE_DIR "/examples/data/xizang.json"),
              pairaid::io::load_fx_csv(PAIRAID_SOURCE_DIR "/examples/data/fx-usd-cny-annual.csv"),
              pairaid::Ledger::parse_csv(csv, "generated.csv"), csv.size()};
}

// Rows processed, for Google Benchmark's items/s.
std::int64_t items(const benchmark::State& state, std::size_t rows) {
  return state.iterations() * static_cast<std::int64_t>(rows);
}

// Checksums of whole columns. Unsigned, so a sum that passes 2^64 wraps by definition: these are
// only there so the compiler must read every element, never a money result.
template <class T>
std::uint64_t fold(std::span<const T> column) {
  std::uint64_t sum = 0;
  for (T v : column) sum += static_cast<std::uint64_t>(v);
  return sum;
}

// The columns a query reads, scanned together row by row (as the group-by reads them).
template <class... Columns>
void scan(benchmark::State& state, const pairaid::Ledger& ledger, Columns... columns) {
  const std::size_t n = ledger.size();
  for (auto _ : state) {
    std::uint64_t sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += (static_cast<std::uint64_t>(columns[i]) + ...);
    benchmark::DoNotOptimize(sum);
  }
  state.counters["groups"] = 1;  // one total: no grouping
  state.SetItemsProcessed(items(state, n));
}

void group_by(benchmark::State& state, const Data& d, const pairaid::Query& query) {
  const pairaid::QueryContext context{&d.dataset, &d.fx};
  std::size_t groups = 0;
  for (auto _ : state) {
    pairaid::QueryResult result = pairaid::run_query(d.ledger, query, context);
    groups = result.rows.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["groups"] = static_cast<double>(groups);
  state.SetItemsProcessed(items(state, d.ledger.size()));
}

// Prints as usual, and remembers each run's seconds per iteration for the ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  // Colour only on a terminal: a custom reporter does not get --benchmark_color applied.
  explicit RatioReporter(const Data& d) : ConsoleReporter(isatty(STDOUT_FILENO) ? OO_Defaults : OO_Tabular), d_(d) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Iteration && !r.error_occurred && r.iterations > 0)
        seconds_[r.benchmark_name()] = r.real_accumulated_time / static_cast<double>(r.iterations);
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::ostream& out = GetOutputStream();  // the stream the table went to, so the order holds
    char line[160];
    std::snprintf(line, sizeof line,
                  "\nledger: %zu transactions from %zu bytes of CSV; resident %zu bytes = %zu bytes/transaction\n",
                  d_.ledger.size(), d_.csv_bytes, d_.ledger.resident_bytes(), d_.ledger.bytes_per_transaction());
    out << line;
    std::snprintf(line, sizeof line, "%-32s %12s %12s %8s\n", "group-by vs plain scan", "group-by ms", "scan ms",
                  "ratio");
    out << line;
    for (const auto& [name, seconds] : seconds_) {
      if (!name.starts_with("group_by/")) continue;
      const auto scan_it = seconds_.find("scan/" + name.substr(std::strlen("group_by/")));
      if (scan_it == seconds_.end()) continue;
      std::snprintf(line, sizeof line, "%-32s %12.3f %12.3f %8.2f\n", name.c_str(), seconds * 1e3,
                    scan_it->second * 1e3, seconds / scan_it->second);
      out << line;
    }
    out.flush();
  }

 private:
  const Data& d_;
  std::map<std::string, double> seconds_;
};

}  // namespace

int main(int argc, char** argv) {
  const Setup setup = take_own_flags(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  const Data d = load(setup);
  benchmark::AddCustomContext("ledger_rows", std::to_string(d.ledger.size()));
  benchmark::AddCustomContext("ledger_bytes_per_transaction", std::to_string(d.ledger.bytes_per_transaction()));
  const pairaid::Ledger& l = d.ledger;
  using pairaid::Dimension;

  // all_types: the generated ledger mixes types, and these measure the kernels over every row, as
  // they always have (a query that is refused costs nothing to measure).
  pairaid::Query by_donor;
  by_donor.by = {Dimension::donor()};
  by_donor.all_types = true;
  pairaid::Query by_donor_year;
  by_donor_year.by = {Dimension::donor(), Dimension::year()};
  by_donor_year.all_types = true;
  pairaid::Query by_prefecture;
  by_prefecture.by = {Dimension::area_at(pairaid::AreaLevel::prefecture)};
  by_prefecture.all_types = true;
  pairaid::Query by_donor_year_cny = by_donor_year;
  by_donor_year_cny.convert = pairaid::ConvertTo{pairaid::Currency::of("CNY")};

  // Native-currency sums group by currency too, so the scans read the currency column as well.
  benchmark::RegisterBenchmark(
      "scan/donor", [&](benchmark::State& s) { scan(s, l, l.donor_codes(), l.currency_codes(), l.amount_units()); });
  benchmark::RegisterBenchmark("group_by/donor", [&](benchmark::State& s) { group_by(s, d, by_donor); });
  benchmark::RegisterBenchmark("scan/donor,year", [&](benchmark::State& s) {
    scan(s, l, l.donor_codes(), l.days(), l.currency_codes(), l.amount_units());
  });
  benchmark::RegisterBenchmark("group_by/donor,year", [&](benchmark::State& s) { group_by(s, d, by_donor_year); });
  benchmark::RegisterBenchmark("scan/area@prefecture", [&](benchmark::State& s) {
    scan(s, l, l.area_codes(), l.currency_codes(), l.amount_units());
  });
  benchmark::RegisterBenchmark("group_by/area@prefecture", [&](benchmark::State& s) { group_by(s, d, by_prefecture); });
  // Converting reads the value date as well (the rate's date).
  benchmark::RegisterBenchmark("scan/donor,year->CNY", [&](benchmark::State& s) {
    scan(s, l, l.donor_codes(), l.days(), l.value_days(), l.currency_codes(), l.amount_units());
  });
  benchmark::RegisterBenchmark("group_by/donor,year->CNY",
                               [&](benchmark::State& s) { group_by(s, d, by_donor_year_cny); });
  benchmark::RegisterBenchmark("scan/amount only", [&](benchmark::State& s) {
    for (auto _ : s) benchmark::DoNotOptimize(fold(l.amount_units()));
    s.counters["groups"] = 1;
    s.SetItemsProcessed(items(s, l.size()));
  });

  RatioReporter reporter(d);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
