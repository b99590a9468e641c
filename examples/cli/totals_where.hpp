#pragma once
// The `--where` language of `pairaid totals` (docs/queries.md, "--where"):
//   year>=2012 and donor=beijing,shanghai and type=disbursement
// Conditions joined by `and`; each is FIELD OP VALUE. Problems are usage errors naming the column
// (1-based, in the expression) and what was expected there.
#include "cli.hpp"

#include <pairaid/analysis/query.hpp>

#include <string_view>

namespace pairaid_cli {

// `have_dataset`: whether fields that need a dataset (kind, within, batch) may be used.
pairaid::Filter parse_where(std::string_view expression, bool have_dataset);

}  // namespace pairaid_cli
