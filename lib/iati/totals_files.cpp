// IATI totals of a file: read whole before anything from it counts; big files on several threads,
// one accumulator per part (totals.hpp).
#include <pairaid/iati/totals.hpp>

#include <filesystem>

PAIRAID_NAMESPACE_BEGIN
namespace iati {
namespace {

// Below this a file is read on one thread: starting a second costs more than it saves.
constexpr std::uintmax_t parallel_from_bytes = std::uintmax_t{8} << 20;

}  // namespace

ReadOptions totals_read_options(bool strict) {
  ReadOptions o;
  o.strict = strict;
  o.parts.narratives = false;
  o.parts.results = false;
  o.parts.locations = false;
  o.parts.budgets = false;
  return o;
}

ReadSummary add_file(TotalsAccumulator& into, const std::filesystem::path& file, const ReadOptions& options,
                     unsigned threads) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (ec || size < parallel_from_bytes || threads < 2) {
    TotalsAccumulator whole(into.options());
    ReadSummary summary = read_activities_file(file, options, [&](Activity&& a) { whole.add(a); });
    into.merge(std::move(whole));
    return summary;
  }
  // sink_for(i) means "start part i afresh" (the reader may fall back to a sequential re-read), so
  // it resets that part's accumulator.
  std::vector<TotalsAccumulator> parts(threads, TotalsAccumulator(into.options()));
  ReadSummary summary = read_activities_file_parallel(file, options, threads, [&](unsigned part) -> ActivityCallback {
    TotalsAccumulator* acc = &parts.at(part);
    *acc = TotalsAccumulator(into.options());
    return [acc](Activity&& a) { acc->add(a); };
  });
  for (TotalsAccumulator& p : parts) into.merge(std::move(p));
  return summary;
}

}  // namespace iati
PAIRAID_NAMESPACE_END
