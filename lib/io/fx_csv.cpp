#include <pairaid/io/fx_csv.hpp>

#include "io/csv_reader.hpp"

#include <array>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace io {

namespace {
constexpr std::array<std::string_view, 5> kColumns = {"date", "base", "quote", "rate", "source"};
}

void add_fx_csv(FxTable::Builder& builder, std::string_view text, const std::string& name) {
  io_detail::CsvReader csv(text, name);
  std::vector<io_detail::CsvField> row;
  if (!csv.next(row)) csv.fail(1, 1, "expected the header 'date,base,quote,rate,source', found an empty file");
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (i >= row.size())
      csv.fail(row.back().line, row.back().column, "expected header column '" + std::string(kColumns[i]) + "'");
    if (row[i].value != kColumns[i])
      csv.fail(row[i], "expected header column '" + std::string(kColumns[i]) + "', found '" + row[i].value + "'");
  }
  if (row.size() > kColumns.size()) csv.fail(row[kColumns.size()], "expected 5 header columns, found more");

  // Work on a copy so that a failure leaves the caller's builder as it was.
  FxTable::Builder staged = builder;
  while (csv.next(row)) {
    if (row.size() != kColumns.size())
      csv.fail(row.front().line, row.front().column,
               "expected 5 fields (date,base,quote,rate,source), found " + std::to_string(row.size()));
    auto at = [&](std::size_t i, auto&& parse) {
      try {
        return parse(row[i].value);
      } catch (const error& e) {
        csv.fail(row[i], e.what(), e.code());
      }
    };
    FxRate r{at(0, [](const std::string& s) { return parse_date(s); }),
             at(1, [](const std::string& s) { return Currency::of(s); }),
             at(2, [](const std::string& s) { return Currency::of(s); }),
             at(3,
                [](const std::string& s) {
                  Decimal rate = Decimal::parse(s);
                  if (rate.sign() <= 0) throw error(errc::invalid_data, "expected a positive rate, found '" + s + "'");
                  return rate;
                }),
             row[4].value};
    if (r.base == r.quote)
      csv.fail(row[2],
               "expected a currency other than the base, found " + std::string(r.base.code()) + "/" +
                   std::string(r.quote.code()),
               errc::invalid_data);
    if (r.source.empty()) csv.fail(row[4], "expected the rate's source (who published it), found nothing");
    try {
      staged.add(std::move(r));
    } catch (const error& e) {
      csv.fail(row[0], e.what(), e.code());
    }
  }
  builder = std::move(staged);
}

FxTable parse_fx_csv(std::string_view text, const std::string& name, const FxCsvOptions& options) {
  FxTable::Builder b;
  if (options.pivot) b.pivot(*options.pivot);
  add_fx_csv(b, text, name);
  return b.build();
}

void add_fx_csv_file(FxTable::Builder& builder, const std::string& path) {
  std::string text = io_detail::read_file(path);
  add_fx_csv(builder, text, path);
}

FxTable load_fx_csv(const std::string& path, const FxCsvOptions& options) {
  std::string text = io_detail::read_file(path);
  return parse_fx_csv(text, path, options);
}

}  // namespace io
PAIRAID_NAMESPACE_END
