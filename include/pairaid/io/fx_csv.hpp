#pragma once
// Exchange-rate tables from CSV: header `date,base,quote,rate,source`, one rate per row
// (docs/formats.md, "Exchange rates (CSV)"). Compiled in pairaid::pairaid.
//
// Every problem is errc::parse / errc::unknown_currency / errc::invalid_data with
// "file:line:col: what was expected"; a table that fails to load is not returned at all.
#include <pairaid/core/fx.hpp>

#include <optional>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace io {

struct FxCsvOptions {
  std::optional<Currency> pivot;  // see FxTable::Builder::pivot
};

// Reads `path`; errc::io if it cannot be read.
FxTable load_fx_csv(const std::string& path, const FxCsvOptions& options = {});
// Parses CSV text; `name` stands for the file in messages.
FxTable parse_fx_csv(std::string_view text, const std::string& name, const FxCsvOptions& options = {});
// Adds the rows of CSV text to a builder (all or none: the builder is untouched on error).
void add_fx_csv(FxTable::Builder& builder, std::string_view text, const std::string& name);
// Adds the rows of the file at `path` to a builder (all or none); errc::io if it cannot be read.
void add_fx_csv_file(FxTable::Builder& builder, const std::string& path);

}  // namespace io
PAIRAID_NAMESPACE_END
