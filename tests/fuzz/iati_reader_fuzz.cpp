// libFuzzer target for the streaming IATI reader: any bytes are read twice from a buffer, lenient
// and strict. The reader may refuse input only with pairaid::error (not-well-formed XML, entity
// declarations, a strict-mode bad transaction); anything else that escapes, and any sanitizer
// report, is a crash. Beyond "no crash" it checks what the reader's header promises:
// - the summary counts exactly the activities and transactions handed to the callback;
// - strict refuses whatever lenient refuses (well-formedness does not depend on the mode);
// - when strict accepts, lenient accepts too, skips nothing and delivers the same activities.
#include <pairaid/core/error.hpp>
#include <pairaid/iati/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

namespace {

namespace iati = pairaid::iati;

struct Outcome {
  iati::ReadSummary summary;
  std::vector<iati::Activity> activities;
};

// nullopt when the reader refused the input with a pairaid::error (the documented way to refuse).
std::optional<Outcome> read(std::string_view xml, bool strict) {
  iati::ReadOptions options;
  options.strict = strict;
  Outcome outcome;
  try {
    outcome.summary = iati::read_activities(xml, "fuzz.xml", options, [&](iati::Activity&& activity) {
      outcome.activities.push_back(std::move(activity));
    });
  } catch (const pairaid::error&) {
    return std::nullopt;
  }
  return outcome;
}

[[noreturn]] void broken(const char* promise) {
  std::fprintf(stderr, "iati_reader_fuzz: broken promise: %s\n", promise);
  std::abort();
}

void check_counts(const Outcome& outcome) {
  if (outcome.summary.activities != outcome.activities.size()) broken("summary.activities == activities delivered");
  std::uint64_t transactions = 0;
  for (const auto& activity : outcome.activities) transactions += activity.transactions.size();
  if (outcome.summary.transactions != transactions) broken("summary.transactions == transactions delivered");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const std::optional<Outcome> lenient = read(xml, false);
  const std::optional<Outcome> strict = read(xml, true);
  if (lenient) check_counts(*lenient);
  if (strict) {
    check_counts(*strict);
    if (!lenient) broken("strict accepts only what lenient accepts");
    if (!lenient->summary.skipped.empty()) broken("strict accepts only input where lenient skips nothing");
    if (lenient->activities != strict->activities) broken("strict and lenient deliver the same activities");
  }
  return 0;
}
