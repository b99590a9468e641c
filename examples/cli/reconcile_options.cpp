#include "reconcile_options.hpp"

#include <pairaid/core/decimal.hpp>
#include <pairaid/io/fx_csv.hpp>

namespace pairaid_cli {
namespace {

// "10" or "7.5" (percent) -> basis points, exactly; anything else is a usage error.
std::int64_t percent_to_bp(const std::string& option, const std::string& text) {
  pairaid::Decimal d;
  const auto parsed = pairaid::Decimal::parse(text, d);
  if (!parsed || d.sign() < 0)
    throw usage_error("--" + option + " expects a percentage such as 10 or 7.5, got '" + text + "'");
  const pairaid::Decimal bp = d * 100;
  if (!bp.has_at_most_fraction_digits(0) || bp > pairaid::Decimal::from_integer(10000))
    throw usage_error("--" + option + " must be between 0 and 100 with at most two decimals, got '" + text + "'");
  return bp.to_int64_exact();
}

}  // namespace

void add_reconcile_options(OptionSpec& spec) {
  for (const char* name : {"fx", "nearly-tolerance", "about-tolerance", "unknown-batches"})
    spec.with_value.insert(name);
}

pairaid::ReconcileOptions reconcile_options(const Args& args, std::optional<pairaid::FxTable>& fx_storage) {
  pairaid::ReconcileOptions o;
  if (auto v = args.option("nearly-tolerance"); !v.empty()) o.policy.nearly_bp = percent_to_bp("nearly-tolerance", v);
  if (auto v = args.option("about-tolerance"); !v.empty()) o.policy.about_bp = percent_to_bp("about-tolerance", v);
  if (auto v = args.option("unknown-batches"); !v.empty()) {
    auto mode = pairaid::unknown_batch_bounds_names.parse(v);
    if (!mode)
      throw usage_error("--unknown-batches must be " + pairaid::unknown_batch_bounds_names.expected() + ", got '" + v +
                        "'");
    o.unknown_batches = *mode;
  }
  if (auto path = args.option("fx"); !path.empty()) {
    fx_storage = pairaid::io::load_fx_csv(path);
    o.fx = &*fx_storage;
  }
  return o;
}

}  // namespace pairaid_cli
