// The seed report: the Aid Xizang program as the article "30 years of support for development"
// describes it, loaded from examples/data/xizang.json, summarised and reconciled, printed as text.
//
// Usage: xizang_report [DATASET.json]   (default: the bundled examples/data/xizang.json)
// Exit status: 0 when the report was printed (whatever the checks found), 2 when the dataset
// cannot be loaded (the error says file:line:col and what was expected).
#include <pairaid/report/report.hpp>
#include <pairaid/io/dataset_json.hpp>

#include <iostream>
#include <string>

#ifndef PAIRAID_EXAMPLES_DATA
#define PAIRAID_EXAMPLES_DATA "examples/data"
#endif

int main(int argc, char** argv) try {
  const std::string path = argc > 1 ? argv[1] : PAIRAID_EXAMPLES_DATA "/xizang.json";
  const pairaid::Dataset dataset = pairaid::io::load_dataset(path);
  // The defaults, spelt out: "nearly"/"about" within 10%, converted amounts rounded half-even to
  // the cent, unknown batches bounded by their known neighbours, the dataset's own cited rates.
  pairaid::ReconcileOptions options;
  options.rounding = pairaid::Rounding{pairaid::RoundingMode::half_even, {}};
  options.unknown_batches = pairaid::UnknownBatchBounds::between_known_neighbours;
  pairaid::render(std::cout, pairaid::summarize(dataset, options), pairaid::ReportFormat::text);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "xizang_report: " << e.what() << "\n";
  return 2;
}
