#pragma once
// Reconciliation: do a dataset's figures agree with each other? Each Check takes a few figures
// that speak about the same thing (a reported total and the batches it is made of, a money figure
// and the equivalent printed beside it, a breakdown and its total, a figure and its own wording)
// and states a Verdict with the arithmetic that decided it, in words and grouped numbers.
//
//   pairaid::Dataset d = pairaid::io::load_dataset("examples/data/xizang.json");
//   for (const pairaid::Check& c : pairaid::reconcile(d))
//     std::cout << c.title << ": " << to_string(c.verdict) << "\n  " << c.reasoning << "\n";
//
// Verdicts follow assess() (core/reported.hpp): `consistent` when every value the evidence allows
// satisfies the claim (for unknown parts: when everything the claim requires of them is possible),
// `inconsistent` when no value does, `undetermined` when the data cannot decide (a value or a rate
// is missing, or the evidence allows values on both sides). Nothing is guessed: a missing exchange
// rate makes its check undetermined and says so, never 1:1 or 0.
//
// The checks, their ids ("<kind>:<subject>") and what each compares:
//   personnel_vs_batches:<indicator>/<n>  observation n of a personnel_dispatched indicator (whole
//                                    program) against the program's batches: known headcounts
//                                    plus bounds on the unknown ones, and what the total implies
//                                    for the unknown ones
//   batch_count:<indicator>/<n>      a batches_dispatched figure against the batch records
//   batch_growth:<program>           first to latest known headcount as an exact ratio, and
//                                    whether the known sizes change in one direction
//   fx_equivalent:<pointer>          a money figure converted at the cited rate in force on its
//                                    value date (the start of its period) against its equivalent
//   breakdown_vs_total:<pointer>     the parts of an observation's breakdown against its total
//   wording_vs_value:<pointer>       a figure's wording, read by the phrase parser, against the
//                                    stored qualifier and value (catches data-entry slips)
//   reports:<figure>                 the reports of one figure by several sources, under their
//                                    qualifiers: all the same (consistent), overlapping only in
//                                    part (undetermined), or no value satisfies them all
//   dispatch:<dispatch>              a dispatch of several programs' batches: the whole against its
//                                    parts, a part nobody states derived from the rest, and the
//                                    parts by origin against the whole
//   rotation:<program>               the stated terms of the batches against one fixed rotation
//                                    (start of batch n = start of batch 1 + years x (n - 1)); the
//                                    terms it infers are marked inferred (batch_terms)
//   donor_kinds:<program>            the donors by kind designated and sent with each batch over
//                                    time: differences stated, contradictions with the named donors
//   cumulative:<indicator>           a count over a period that contains another's cannot be smaller
//   donor_part:<indicator>/<n>       a donor's count against the whole program's for a period that
//                                    contains the donor's (a part cannot exceed the whole)
//   donor_batches:<indicator>/<n>    a donor's number of batches against the program's batches
//                                    dispatched by the end of the figure's period (by their terms)
//   acknowledgement:<check>          a known disagreement the dataset records that no check finds
// <pointer> is the JSON pointer of the figure (or breakdown) in the dataset's document form;
// <figure> is "<batch id>/headcount", "<dispatch id>/headcount", "<indicator id>/<n>/actual" and so
// on, stable across files read together. Batches whose tenure is known and lies outside an
// observation's period are left out of it, and so are batches whose stated term starts after it.
//
// A check that finds a contradiction the dataset records as a known disagreement
// (dataset.known_disagreements(), by check id) is still inconsistent, with `acknowledged` set to
// the dataset's reason; unacknowledged_contradictions() counts the others.
#include <pairaid/model/dataset.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// What a batch without a stated headcount may be.
enum class UnknownBatchBounds {
  // Between its nearest known neighbours by ordinal (inclusive), as when a source says the sizes
  // "gradually increased"; a batch with a known neighbour on one side only is unbounded.
  between_known_neighbours,
  // Anything from zero up: no assumption at all.
  unbounded,
};
inline constexpr EnumNames<UnknownBatchBounds, 2> unknown_batch_bounds_names{{"between_known_neighbours", "unbounded"}};
constexpr std::string_view to_string(UnknownBatchBounds b) noexcept { return unknown_batch_bounds_names(b); }

struct ReconcileOptions {
  QualifierPolicy policy;       // what "nearly" and "about" allow
  const FxTable* fx = nullptr;  // nullptr: the dataset's own exchange_rates
  Rounding rounding;            // converted amounts (to the target's minor unit unless digits say
                                // otherwise); its mode also rounds the ratios and means shown
  UnknownBatchBounds unknown_batches = UnknownBatchBounds::between_known_neighbours;
  int ratio_digits = 2;  // fraction digits of ratios shown in words (3.40x); 0..9
};

enum class CheckKind {
  personnel_vs_batches,
  batch_count,
  batch_growth,
  fx_equivalent,
  breakdown_vs_total,
  wording_vs_value,
  reports,
  dispatch,
  rotation,
  donor_kinds,
  cumulative,
  donor_part,
  donor_batches,
  acknowledgement,
};
inline constexpr EnumNames<CheckKind, 14> check_kind_names{
    {"personnel_vs_batches", "batch_count", "batch_growth", "fx_equivalent", "breakdown_vs_total", "wording_vs_value",
     "reports", "dispatch", "rotation", "donor_kinds", "cumulative", "donor_part", "donor_batches", "acknowledgement"}};
constexpr std::string_view to_string(CheckKind k) noexcept { return check_kind_names(k); }

struct Check {
  std::string id;     // stable: "<kind>:<subject>", e.g. "batch_growth:aid-xizang"
  std::string title;  // one line, e.g. "Personnel: \"nearly 12,000\" against the 10 batches"
  Verdict verdict = Verdict::undetermined;
  std::string reasoning;  // the arithmetic that decided the verdict, numbers grouped
  CheckKind kind = CheckKind::wording_vs_value;
  std::string pointer;                    // JSON pointer of the figure the check is about ("" for batch_growth)
  std::vector<std::string> sources = {};  // ids of the sources whose figures the check compares, when it
                                          // compares sources (reports, dispatch, donor checks)
  std::string acknowledged = {};          // the dataset's reason, when it records this contradiction
  friend bool operator==(const Check&, const Check&) = default;
};

// A batch's term as reconciliation knows it: stated by a source, or inferred from a fixed rotation
// that every stated term fits (never shown as stated).
struct BatchTerm {
  int ordinal = 0;
  int start_year = 0;
  std::optional<int> years;
  bool inferred = false;
};

// The terms of a program's batches, by ordinal: the stated ones, and for the others the start year
// the rotation gives when at least two stated terms agree on one fixed number of years per batch.
// Batches neither stated nor inferable are left out.
std::vector<BatchTerm> batch_terms(const Dataset& dataset, const Program& program);

// Every check the dataset's figures allow, in a fixed order: per program (document order) its
// personnel, batch-count and growth checks; then the money equivalents, then the breakdowns, then
// the wording of every figure, each in document order; then across sources: the reports of each
// figure (document order), the dispatches, per program its rotation and donors by kind, the
// nested-period counts, the donors' own figures; last, an acknowledgement check for each known
// disagreement that no check finds. errc::invalid_argument for options out of range (tolerances
// outside 0..10000 bp, digits outside 0..9).
std::vector<Check> reconcile(const Dataset& dataset, const ReconcileOptions& options = {});

// The worst verdict: inconsistent if any check is, else undetermined if any is, else consistent
// (also for no checks).
Verdict overall_verdict(const std::vector<Check>& checks) noexcept;

// Inconsistent checks the dataset does not acknowledge: what `pairaid check` fails on.
std::size_t unacknowledged_contradictions(const std::vector<Check>& checks) noexcept;

PAIRAID_NAMESPACE_END
