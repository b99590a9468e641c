// The writers of ResultTable: an aligned table for people, CSV and JSON for programs
// (result_table.hpp). One writer, so the CLI, C and Python give the same bytes.
#include <pairaid/analysis/result_table.hpp>
#include <pairaid/io/csv_field.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <ostream>
#include <sstream>

PAIRAID_NAMESPACE_BEGIN
namespace {

void write_csv(std::ostream& out, const ResultTable& t) {
  std::string buffer;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) buffer += ',';
      io::append_csv_field(buffer, cells[i]);
    }
    buffer += '\n';
  };
  line(t.header(t.names));
  for (std::size_t i = 0; i < t.rows.size(); ++i) line(t.cells(i, t.names));
  out << buffer;
}

// Widths in characters of UTF-8 text (names such as "Côte d'Ivoire" must not shift columns).
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void write_text(std::ostream& out, const ResultTable& t) {
  const std::vector<std::string> header = t.header(true);
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < t.rows.size(); ++i) rows.push_back(t.cells(i, true));
  std::vector<std::size_t> widths(header.size());
  std::vector<bool> numeric(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    widths[c] = width(header[c]);
    for (const auto& r : rows) widths[c] = std::max(widths[c], width(r[c]));
    numeric[c] = header[c] == "amount" || header[c] == "transactions" || header[c] == "distinct_projects";
  }
  std::string buffer;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c) buffer += "  ";
      const std::string pad(widths[c] - width(cells[c]), ' ');
      if (numeric[c])
        buffer += pad + cells[c];
      else
        buffer += cells[c] + (c + 1 < cells.size() ? pad : "");
    }
    buffer += '\n';
  };
  line(header);
  for (const auto& r : rows) line(r);
  out << buffer;
}

boost::json::value text_or_null(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return boost::json::value(*s);
}

void write_json(std::ostream& out, const ResultTable& t) {
  boost::json::array rows;
  for (const ResultTable::Row& row : t.rows) {
    boost::json::object o;
    for (std::size_t k = 0; k < t.by.size(); ++k) {
      const std::string name = t.by[k].name();
      o[name] = text_or_null(row.keys[k]);
      if (t.names && t.named[k]) o[name + "_name"] = row.names.empty() ? std::string() : row.names[k];
    }
    if (t.currency_column) o["currency"] = row.currency;
    o["amount_currency"] = row.currency;
    o["amount"] = text_or_null(row.amount);
    o["transactions"] = row.transactions;
    if (t.distinct_projects) {
      if (row.distinct_projects)
        o["distinct_projects"] = *row.distinct_projects;
      else
        o["distinct_projects"] = nullptr;
    }
    if (!row.missing.empty()) {
      boost::json::array missing;
      for (const ResultTable::MissingRate& m : row.missing) {
        boost::json::object x{{"from", m.from}, {"to", m.to}, {"reason", m.reason}, {"transactions", m.transactions}};
        if (m.first_date)
          x["first_value_date"] = to_string(*m.first_date);
        else
          x["first_value_date"] = nullptr;
        missing.push_back(std::move(x));
      }
      o["missing_rates"] = std::move(missing);
    }
    rows.push_back(std::move(o));
  }
  boost::json::array by;
  for (const Dimension& d : t.by) by.push_back(boost::json::value(d.name()));
  boost::json::object doc;
  doc["by"] = std::move(by);
  doc["converted"] = t.converted;
  if (t.converted)
    doc["currency"] = t.target;
  else
    doc["currency"] = nullptr;
  doc["all_types"] = t.all_types;
  doc["rows"] = std::move(rows);
  if (t.rates) {
    boost::json::array pairs;
    for (const ResultTable::RatePair& p : t.rates->pairs) {
      boost::json::object x{{"base", p.base},
                            {"quote", p.quote},
                            {"first", to_string(p.first)},
                            {"last", to_string(p.last)},
                            {"count", p.count}};
      if (!p.listed.empty()) {
        boost::json::array listed;
        for (const auto& [date, rate] : p.listed) listed.push_back({{"date", to_string(date)}, {"rate", rate}});
        x["rates"] = std::move(listed);
      }
      pairs.push_back(std::move(x));
    }
    doc["rates"] = boost::json::object{{"table", t.rates->table}, {"pairs", std::move(pairs)}};
  }
  boost::json::array notes;
  for (const std::string& n : t.notes) notes.push_back(boost::json::value(n));
  doc["notes"] = std::move(notes);
  out << boost::json::serialize(doc) << "\n";
}

}  // namespace

std::optional<TableFormat> parse_table_format(std::string_view word) noexcept {
  if (word == "table") return TableFormat::table;
  if (word == "csv") return TableFormat::csv;
  if (word == "json") return TableFormat::json;
  return std::nullopt;
}

void write_table(std::ostream& out, const ResultTable& table, TableFormat format) {
  switch (format) {
    case TableFormat::table: return write_text(out, table);
    case TableFormat::csv: return write_csv(out, table);
    case TableFormat::json: return write_json(out, table);
  }
}

std::string format_table(const ResultTable& table, TableFormat format) {
  std::ostringstream out;
  write_table(out, table, format);
  return out.str();
}

PAIRAID_NAMESPACE_END
