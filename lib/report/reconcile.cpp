// reconcile(): every check a dataset's figures allow, in the documented order (reconcile.hpp).
#include "reconcile_internal.hpp"

#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

namespace {

void require_valid(const ReconcileOptions& o) {
  auto bp_ok = [](std::int64_t bp) { return bp >= 0 && bp <= 10000; };
  if (!bp_ok(o.policy.nearly_bp) || !bp_ok(o.policy.about_bp))
    throw error(errc::invalid_argument, "qualifier tolerances must be 0..10000 basis points (0% to 100%)");
  if (o.ratio_digits < 0 || o.ratio_digits > Decimal::scale)
    throw error(errc::invalid_argument, "ratio digits must be 0..9, got " + std::to_string(o.ratio_digits));
  if (o.rounding.digits && (*o.rounding.digits < 0 || *o.rounding.digits > Decimal::scale))
    throw error(errc::invalid_argument, "rounding digits must be 0..9, got " + std::to_string(*o.rounding.digits));
}

}  // namespace

std::vector<Check> reconcile(const Dataset& dataset, const ReconcileOptions& options) {
  require_valid(options);
  std::vector<Check> out;
  for (const Program& p : dataset.programs()) report_detail::check_program_batches(dataset, p, options, out);
  // The dataset's own rates unless the caller passed a table; either way nothing is converted
  // without a cited rate.
  const FxTable own = options.fx ? FxTable() : dataset.fx_table();
  report_detail::check_fx_equivalents(dataset, options.fx ? *options.fx : own, options, out);
  report_detail::check_breakdowns(dataset, options, out);
  report_detail::check_wordings(dataset, out);
  report_detail::check_sources(dataset, options, out);
  report_detail::acknowledge(dataset, out);
  return out;
}

Verdict overall_verdict(const std::vector<Check>& checks) noexcept {
  Verdict worst = Verdict::consistent;
  for (const Check& c : checks) {
    if (c.verdict == Verdict::inconsistent) return Verdict::inconsistent;
    if (c.verdict == Verdict::undetermined) worst = Verdict::undetermined;
  }
  return worst;
}

std::size_t unacknowledged_contradictions(const std::vector<Check>& checks) noexcept {
  std::size_t n = 0;
  for (const Check& c : checks)
    if (c.verdict == Verdict::inconsistent && c.acknowledged.empty()) ++n;
  return n;
}

PAIRAID_NAMESPACE_END
