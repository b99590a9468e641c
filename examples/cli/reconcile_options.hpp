#pragma once
// Options shared by the commands that reconcile figures (check, report): the qualifier
// tolerances, the exchange-rate table, how unknown batch sizes are bounded.
#include "cli.hpp"

#include <pairaid/report/reconcile.hpp>

#include <optional>

namespace pairaid_cli {

// The option names these commands accept, added to a command's OptionSpec.
void add_reconcile_options(OptionSpec& spec);
inline constexpr std::string_view reconcile_options_help =
    "  --fx RATES.csv           exchange rates (docs/formats.md) instead of the dataset's own\n"
    "  --nearly-tolerance PCT   \"nearly N\" means [N - PCT%, N) (default 10)\n"
    "  --about-tolerance PCT    \"about N\" means [N - PCT%, N + PCT%] (default 10)\n"
    "  --unknown-batches MODE   between_known_neighbours (default): an unknown batch size lies\n"
    "                           between its nearest known neighbours; unbounded: anything >= 0\n";

// Reconcile options from the command line; `fx_storage` keeps a loaded --fx table alive.
pairaid::ReconcileOptions reconcile_options(const Args& args, std::optional<pairaid::FxTable>& fx_storage);

}  // namespace pairaid_cli
