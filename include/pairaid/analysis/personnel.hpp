#pragma once
// Personnel analytics over a program's batches: who was serving on a date, how much service was
// given in a period (by donor, by area), and how batch sizes grew. Counts are People, service is
// PersonTime (person_time.hpp); nothing here is a bare integer, and nothing unknown is dropped.
//
//   auto on = pairaid::headcount_on(dataset, ProgramId("aid-xizang"), parse_date("2020-07-01"));
//   on.total          // Interval<People>: exact only when every batch is placed and sized
//   on.unknown        // the batches that could not be placed (tenure) or sized (headcount)
//   on.within(dataset, shigatse)   // those attributed to Shigatse and the areas below it
//
// The rules (docs/personnel-and-indicators.md):
// - Tenures are half-open: a batch serving [2022-07-01, 2025-07-01) serves on 2025-06-30 and not
//   on 2025-07-01. Overlapping tenures of consecutive batches both count.
// - A batch with unknown headcount adds [parts named by donor, unbounded) to what it overlaps; a
//   batch with unknown tenure may or may not serve, so it adds from zero up to its headcount (over
//   the whole window, for person-time). Both are listed in `unknown`, and `complete()` is false.
// - Qualified figures ("about 600") count as their interval under the caller's QualifierPolicy.
// - By donor: from each batch's by_donor parts; what no part names is `no_donor_part`.
// - By area: a donor part goes to the area of the donor's pairing (same program) valid on each
//   day. Days with no pairing are `no_pairing`; days when the donor is paired with several areas
//   are `several_pairings` (with the candidate areas) rather than a guess or an even split.
// - Parts whose days are unknown (tenure unknown) are `tenure_unknown` in both breakdowns: rows
//   hold only what can be placed in time. Rows plus unattributed shares cover every batch;
//   `total` is computed from whole batch headcounts, so with vague figures the sum of the parts
//   may be wider than `total`, never narrower.
#include <pairaid/analysis/person_time.hpp>
#include <pairaid/analysis/words.hpp>
#include <pairaid/model/dataset.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// What is missing from a batch that could count.
enum class BatchGap { tenure_unknown, headcount_unknown, tenure_and_headcount_unknown };
inline constexpr EnumNames<BatchGap, 3> batch_gap_names{
    {"tenure_unknown", "headcount_unknown", "tenure_and_headcount_unknown"}};
constexpr std::string_view to_string(BatchGap g) noexcept { return batch_gap_names(g); }

struct UnknownBatch {
  BatchId batch;
  int ordinal = 0;
  BatchGap gap = BatchGap::tenure_unknown;
  friend bool operator==(const UnknownBatch&, const UnknownBatch&) = default;
};

// Why a share of a batch is in no row.
enum class Unattributed { tenure_unknown, no_donor_part, no_pairing, several_pairings };
inline constexpr EnumNames<Unattributed, 4> unattributed_names{
    {"tenure_unknown", "no_donor_part", "no_pairing", "several_pairings"}};
constexpr std::string_view to_string(Unattributed u) noexcept { return unattributed_names(u); }

template <class Amount>
struct UnattributedShare {
  BatchId batch;
  std::optional<OrganisationId> donor;  // none: the part of the batch that no by_donor entry names
  Unattributed reason = Unattributed::tenure_unknown;
  std::vector<AreaCode> candidates;  // several_pairings: the donor's areas at the time
  Amount amount;
};

template <class Amount>
struct DonorRow {
  OrganisationId donor;
  Amount amount;
};
template <class Amount>
struct AreaRow {
  AreaCode area;  // the pairing's area, at whatever level the pairing names
  Amount amount;
};

// Amount is Interval<People> (headcount on a date) or PersonTime (service over a period).
template <class Amount>
struct PersonnelBreakdown {
  Amount total;
  std::vector<BatchId> placed;             // batches whose known tenure overlaps the date or period, by ordinal
  std::vector<UnknownBatch> unknown;       // batches that may count but lack a tenure or a headcount
  std::vector<DonorRow<Amount>> by_donor;  // by donor id
  std::vector<UnattributedShare<Amount>> not_by_donor;
  std::vector<AreaRow<Amount>> by_area;  // by area code
  std::vector<UnattributedShare<Amount>> not_by_area;

  // Every batch that may count is placed and sized (figures may still be qualified).
  bool complete() const noexcept { return unknown.empty(); }

  const Amount* donor(const OrganisationId& id) const {
    for (const auto& r : by_donor)
      if (r.donor == id) return &r.amount;
    return nullptr;
  }
  const Amount* area(AreaCode code) const {
    for (const auto& r : by_area)
      if (r.area == code) return &r.amount;
    return nullptr;
  }
  // The rows of `root` and every area below it. Each share is in one row, so nothing is counted
  // twice; shares in not_by_area are not in it (check that list before calling the sum complete).
  Amount within(const Dataset& d, AreaCode root) const {
    Amount sum{};
    if constexpr (std::same_as<Amount, Interval<People>>) sum = Interval<People>::exactly(People{});
    for (const auto& r : by_area)
      if (d.within(r.area, root)) sum = sum + r.amount;
    return sum;
  }
};

struct HeadcountOnDate : PersonnelBreakdown<Interval<People>> {
  Date date;
  // The headcount when it is known exactly: complete, and every figure exact.
  std::optional<People> exact() const {
    if (!complete() || !total.lower() || !total.upper() || !(total.lower()->value == total.upper()->value))
      return std::nullopt;
    return total.lower()->value;
  }
};

struct PersonTimeReport : PersonnelBreakdown<PersonTime> {
  Period period{Date(1970, 1, 1), Date(1970, 1, 1)};
};

namespace detail {

inline Interval<People> people_between(People lo, std::optional<People> hi) {
  return Interval<People>(Bound<People>{lo, true}, hi ? std::optional(Bound<People>{*hi, true}) : std::nullopt);
}

// What is left of `whole` after `parts`: [max(0, whole.lo - parts.hi), whole.hi - parts.lo].
inline Interval<People> remainder_after(const Interval<People>& whole, const Interval<People>& parts) {
  const People zero{};
  People lo = zero;
  if (parts.upper()) lo = std::max(zero, whole.lower()->value - parts.upper()->value);
  std::optional<People> hi;
  if (whole.upper()) hi = std::max(zero, whole.upper()->value - parts.lower()->value);
  return people_between(lo, hi);
}

template <class Amount>
void add_share(std::vector<UnattributedShare<Amount>>& list, UnattributedShare<Amount> share) {
  for (auto& s : list)
    if (s.batch == share.batch && s.donor == share.donor && s.reason == share.reason &&
        s.candidates == share.candidates) {
      s.amount = s.amount + share.amount;
      return;
    }
  list.push_back(std::move(share));
}

// The areas the donor is paired with (in `program`) over each stretch of `time`: consecutive
// stretches with a constant set of valid pairings, and that set's distinct areas.
inline std::vector<std::pair<Period, std::vector<AreaCode>>> pairing_stretches(const Dataset& d,
                                                                               const ProgramId& program,
                                                                               const OrganisationId& donor,
                                                                               const Period& time) {
  std::vector<const Pairing*> pairings;
  std::vector<Date> cuts{time.begin(), time.end()};
  for (const Pairing& p : d.pairings()) {
    if (p.donor != donor || p.program != program) continue;
    pairings.push_back(&p);
    if (time.contains(p.valid_from)) cuts.push_back(p.valid_from);
    if (p.valid_until && time.contains(*p.valid_until)) cuts.push_back(*p.valid_until);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<std::pair<Period, std::vector<AreaCode>>> out;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    std::vector<AreaCode> areas;
    for (const Pairing* p : pairings)
      if (p->valid_on(cuts[i])) areas.push_back(p->area);
    std::sort(areas.begin(), areas.end(), [](AreaCode a, AreaCode b) { return a.value() < b.value(); });
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    out.emplace_back(Period(cuts[i], cuts[i + 1]), std::move(areas));
  }
  return out;
}

// The one engine behind headcount_on and person_time. `measure(headcount, days)` turns people
// over a known stretch of days into an Amount; `measure(headcount, nullopt)` is for a batch whose
// days in the window are unknown.
template <class Amount, class Measure>
PersonnelBreakdown<Amount> attribute_personnel(const Dataset& d, const ProgramId& program, const Period& window,
                                               const QualifierPolicy& policy, Measure measure, Amount zero) {
  if (!d.find(program)) throw error(errc::not_found, "no program has the id '" + program.str() + "'");
  PersonnelBreakdown<Amount> out;
  out.total = zero;
  std::map<std::string, DonorRow<Amount>> donors;
  std::map<std::uint32_t, AreaRow<Amount>> areas;
  auto to_donor = [&](const OrganisationId& id, const Amount& a) {
    auto [it, fresh] = donors.try_emplace(id.str(), DonorRow<Amount>{id, zero});
    it->second.amount = it->second.amount + a;
  };
  auto to_area = [&](AreaCode code, const Amount& a) {
    auto [it, fresh] = areas.try_emplace(code.value(), AreaRow<Amount>{code, zero});
    it->second.amount = it->second.amount + a;
  };
  auto unattributed = [&](const Batch& b, std::optional<OrganisationId> donor, Unattributed why, const Amount& a,
                          bool for_donors, std::vector<AreaCode> candidates = {}) {
    if (for_donors) add_share(out.not_by_donor, UnattributedShare<Amount>{b.id, donor, why, {}, a});
    add_share(out.not_by_area, UnattributedShare<Amount>{b.id, donor, why, std::move(candidates), a});
  };

  for (const Batch* b : d.batches_of(program)) {
    std::optional<Period> time;  // the batch's days within the window; none when unknown
    if (b->tenure) {
      time = b->tenure->intersection(window);
      if (!time) continue;  // served entirely outside the window
      out.placed.push_back(b->id);
    }
    if (!b->tenure || !b->headcount)
      out.unknown.push_back({b->id, b->ordinal,
                             !b->tenure && !b->headcount ? BatchGap::tenure_and_headcount_unknown
                             : !b->tenure                ? BatchGap::tenure_unknown
                                                         : BatchGap::headcount_unknown});

    Interval<People> parts = Interval<People>::exactly(People{});
    for (const DonorHeadcount& part : b->by_donor) parts = parts + part.headcount.value.bounds(policy);
    // An unsized batch holds at least the parts its donors are known to have sent.
    const Interval<People> whole =
        b->headcount ? b->headcount->value.bounds(policy) : people_between(parts.lower()->value, std::nullopt);
    out.total = out.total + measure(whole, time);

    for (const DonorHeadcount& part : b->by_donor) {
      const Interval<People> headcount = part.headcount.value.bounds(policy);
      if (!time) {
        unattributed(*b, part.donor, Unattributed::tenure_unknown, measure(headcount, time), true);
        continue;
      }
      to_donor(part.donor, measure(headcount, time));
      for (auto& [stretch, paired] : pairing_stretches(d, program, part.donor, *time)) {
        const Amount a = measure(headcount, stretch);
        if (paired.size() == 1) {
          to_area(paired.front(), a);
          continue;
        }
        const Unattributed why = paired.empty() ? Unattributed::no_pairing : Unattributed::several_pairings;
        unattributed(*b, part.donor, why, a, false, std::move(paired));
      }
    }
    const Interval<People> rest = remainder_after(whole, parts);
    if (!(rest == Interval<People>::exactly(People{})))
      unattributed(*b, std::nullopt, time ? Unattributed::no_donor_part : Unattributed::tenure_unknown,
                   measure(rest, time), true);
  }
  for (auto& [key, row] : donors) out.by_donor.push_back(std::move(row));
  for (auto& [key, row] : areas) out.by_area.push_back(std::move(row));
  return out;
}

}  // namespace detail

// Dispatched personnel serving on `date`: every batch of `program` whose tenure contains it.
// errc::not_found when the program is not in the dataset.
inline HeadcountOnDate headcount_on(const Dataset& d, const ProgramId& program, Date date,
                                    const QualifierPolicy& policy = {}) {
  const Period day(date, date + boost::gregorian::days(1));
  auto measure = [](const Interval<People>& headcount, const std::optional<Period>& days) {
    // A batch of unknown tenure may or may not be serving: from none of it to all of it.
    return days ? headcount
                : detail::people_between(People{},
                                         headcount.upper() ? std::optional(headcount.upper()->value) : std::nullopt);
  };
  HeadcountOnDate out;
  static_cast<PersonnelBreakdown<Interval<People>>&>(out) = detail::attribute_personnel<Interval<People>>(
      d, program, day, policy, measure, Interval<People>::exactly(People{}));
  out.date = date;
  return out;
}

// Service given within `period` (tenures clipped to it): person-days exactly, person-years by the
// actual/actual convention of person_time.hpp. errc::not_found when the program is not in the dataset.
inline PersonTimeReport person_time(const Dataset& d, const ProgramId& program, const Period& period,
                                    const QualifierPolicy& policy = {}) {
  auto measure = [&period](const Interval<People>& headcount, const std::optional<Period>& days) {
    return days ? PersonTime::served(headcount, *days) : PersonTime::at_most(headcount, period);
  };
  PersonTimeReport out;
  static_cast<PersonnelBreakdown<PersonTime>&>(out) =
      detail::attribute_personnel<PersonTime>(d, program, period, policy, measure, PersonTime{});
  out.period = period;
  return out;
}

// person_time for each of `periods`, in the order given (e.g. the years of a Five-Year Plan).
inline std::vector<PersonTimeReport> person_time_by_period(const Dataset& d, const ProgramId& program,
                                                           std::span<const Period> periods,
                                                           const QualifierPolicy& policy = {}) {
  std::vector<PersonTimeReport> out;
  out.reserve(periods.size());
  for (const Period& p : periods) out.push_back(person_time(d, program, p, policy));
  return out;
}

// --- batch-to-batch growth -------------------------------------------------------------------------

// Why a batch is not an end of a growth step.
enum class GrowthGap { no_record, headcount_unknown, headcount_qualified };
inline constexpr EnumNames<GrowthGap, 3> growth_gap_names{{"no_record", "headcount_unknown", "headcount_qualified"}};
constexpr std::string_view to_string(GrowthGap g) noexcept { return growth_gap_names(g); }

struct SkippedBatch {
  int ordinal = 0;
  std::optional<BatchId> batch;  // none when the dataset has no batch with this ordinal
  GrowthGap gap = GrowthGap::headcount_unknown;
  friend bool operator==(const SkippedBatch&, const SkippedBatch&) = default;
};

// From one batch with an exactly stated headcount to the next one.
struct GrowthStep {
  BatchId from, to;
  int from_ordinal = 0, to_ordinal = 0;
  People from_headcount, to_headcount;
  People difference;                  // to - from (negative when the batch shrank)
  std::optional<Ratio> ratio;         // to / from, exact; none when `from` is zero
  std::vector<SkippedBatch> skipped;  // the batches in between, none known exactly

  bool consecutive() const noexcept { return skipped.empty(); }

  // "batch 1 -> batch 10: 622 -> 2,117 people, +1,495 people, x3.40 (2117/622, half_even to 2
  // digits); skipped: batches 2-9 (headcount_unknown)"
  std::string describe(int digits, RoundingMode mode) const {
    std::string s = "batch " + std::to_string(from_ordinal) + " -> batch " + std::to_string(to_ordinal) + ": " +
                    grouped(from_headcount.count()) + " -> " + grouped(to_headcount.count()) + " people, " +
                    (difference.count() >= 0 ? "+" : "") + grouped(difference.count()) + " people, ";
    if (ratio)
      s += "x" + grouped(ratio->to_decimal(digits, mode), digits) + " (" + ratio->to_string() + ", " +
           std::string(to_string(mode)) + " to " + std::to_string(digits) + " digits)";
    else
      s += "no ratio (the first is zero)";
    if (!skipped.empty()) {
      s += "; skipped:";
      // Runs of consecutive ordinals with the same gap: "batches 2-9 (headcount_unknown)".
      for (std::size_t i = 0; i < skipped.size();) {
        std::size_t j = i;
        while (j + 1 < skipped.size() && skipped[j + 1].ordinal == skipped[j].ordinal + 1 &&
               skipped[j + 1].gap == skipped[i].gap)
          ++j;
        s += i == 0 ? " " : ", ";
        s += i == j ? "batch " + std::to_string(skipped[i].ordinal)
                    : "batches " + std::to_string(skipped[i].ordinal) + "-" + std::to_string(skipped[j].ordinal);
        s += " (" + std::string(to_string(skipped[i].gap)) + ")";
        i = j + 1;
      }
    }
    return s;
  }
};

struct BatchGrowth {
  std::vector<GrowthStep> steps;        // between neighbouring exactly known batches, by ordinal
  std::optional<GrowthStep> overall;    // first exactly known to last exactly known
  std::vector<SkippedBatch> not_known;  // every ordinal 1..last without an exact headcount
};

// Growth between the batches of `program` whose headcount is stated exactly. Batches with no
// headcount, a qualified one ("about 600"), or no record for an ordinal below the highest are gaps,
// named in each step they fall in and in `not_known`; they are never interpolated.
// errc::not_found when the program is not in the dataset.
inline BatchGrowth batch_growth(const Dataset& d, const ProgramId& program) {
  if (!d.find(program)) throw error(errc::not_found, "no program has the id '" + program.str() + "'");
  const std::vector<const Batch*> list = d.batches_of(program);
  BatchGrowth out;
  const Batch* previous = nullptr;
  const Batch* first = nullptr;
  std::vector<SkippedBatch> pending, since_first;
  auto make_step = [](const Batch& a, const Batch& b, std::vector<SkippedBatch> skipped) {
    GrowthStep s;
    s.from = a.id;
    s.to = b.id;
    s.from_ordinal = a.ordinal;
    s.to_ordinal = b.ordinal;
    s.from_headcount = a.headcount->value.value();
    s.to_headcount = b.headcount->value.value();
    s.difference = s.to_headcount - s.from_headcount;
    if (s.from_headcount.count() != 0) s.ratio = s.to_headcount / s.from_headcount;
    s.skipped = std::move(skipped);
    return s;
  };
  int expected = 1;
  for (const Batch* b : list) {
    for (; expected < b->ordinal; ++expected) pending.push_back({expected, std::nullopt, GrowthGap::no_record});
    expected = b->ordinal + 1;
    if (!b->headcount || b->headcount->value.qualifier() != Qualifier::exact) {
      pending.push_back(
          {b->ordinal, b->id, b->headcount ? GrowthGap::headcount_qualified : GrowthGap::headcount_unknown});
      continue;
    }
    out.not_known.insert(out.not_known.end(), pending.begin(), pending.end());
    if (previous) {
      since_first.insert(since_first.end(), pending.begin(), pending.end());
      out.steps.push_back(make_step(*previous, *b, pending));
    } else {
      first = b;
    }
    pending.clear();
    previous = b;
  }
  out.not_known.insert(out.not_known.end(), pending.begin(), pending.end());
  if (first && previous != first) out.overall = make_step(*first, *previous, since_first);
  return out;
}

PAIRAID_NAMESPACE_END
