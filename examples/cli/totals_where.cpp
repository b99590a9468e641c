// A small hand-written scanner and parser for `--where`; see totals_where.hpp.
#include "totals_where.hpp"

#include <pairaid/model/enum_names.hpp>

#include <algorithm>
#include <set>

namespace pairaid_cli {
namespace {

using pairaid::Date;

struct Token {
  std::string text;
  std::size_t column = 0;  // 1-based
};

class Parser {
 public:
  Parser(std::string_view s, bool have_dataset) : s_(s), have_dataset_(have_dataset) {}

  pairaid::Filter parse() {
    skip_space();
    if (at_end()) fail(pos_, "a condition such as year>=2012");
    for (;;) {
      condition();
      skip_space();
      if (at_end()) break;
      const Token word = bare_word();
      if (word.text != "and") fail(word.column - 1, "'and' or the end of the expression, found '" + word.text + "'");
      skip_space();
    }
    if (lo_ || hi_) {
      const Date lo = lo_.value_or(Date(1400, 1, 1)), hi = hi_.value_or(Date(9999, 12, 31));
      if (hi < lo) throw usage_error("--where: the date conditions leave no day");
      filter_.period = pairaid::Period(lo, hi);
    }
    return filter_;
  }

 private:
  [[noreturn]] void fail(std::size_t at, const std::string& expected) const {
    throw usage_error("--where: column " + std::to_string(at + 1) + ": expected " + expected);
  }
  bool at_end() const { return pos_ >= s_.size(); }
  void skip_space() {
    while (!at_end() && s_[pos_] == ' ') ++pos_;
  }
  static bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':' || c == '/' || static_cast<unsigned char>(c) >= 0x80;
  }
  Token bare_word() {
    Token t{{}, pos_ + 1};
    while (!at_end() && word_char(s_[pos_])) t.text += s_[pos_++];
    return t;
  }
  // A value: a bare word, or '...' for one with spaces or commas.
  Token value() {
    if (!at_end() && s_[pos_] == '\'') {
      Token t{{}, pos_ + 1};
      const std::size_t close = s_.find('\'', pos_ + 1);
      if (close == std::string_view::npos) fail(pos_, "a closing ' for the value that starts here");
      t.text = std::string(s_.substr(pos_ + 1, close - pos_ - 1));
      pos_ = close + 1;
      return t;
    }
    Token t = bare_word();
    if (t.text.empty()) fail(pos_, "a value" + found());
    return t;
  }
  std::string found() const {
    return at_end() ? ", found the end of the expression" : ", found '" + std::string(1, s_[pos_]) + "'";
  }

  void condition() {
    const Token field = bare_word();
    static const std::set<std::string, std::less<>> fields = {"year",   "date",   "donor", "kind",     "area",
                                                              "within", "sector", "type",  "currency", "batch"};
    if (!fields.contains(field.text))
      fail(field.column - 1, "a field (year, date, donor, kind, area, within, sector, type, currency, batch)" +
                                 (field.text.empty() ? found() : ", found '" + field.text + "'"));
    if ((field.text == "kind" || field.text == "within" || field.text == "batch") && !have_dataset_)
      fail(field.column - 1,
           "a field that needs no dataset: '" + field.text + "' needs a dataset JSON among the sources");
    skip_space();
    const std::size_t op_at = pos_;
    std::string op;
    while (!at_end() && (s_[pos_] == '=' || s_[pos_] == '<' || s_[pos_] == '>' || s_[pos_] == '!')) op += s_[pos_++];
    const bool ordered = field.text == "year" || field.text == "date";
    if (op != "=" && !(ordered && (op == "<" || op == "<=" || op == ">" || op == ">=")))
      fail(op_at, std::string(ordered ? "=, <, <=, > or >=" : "=") + " after '" + field.text + "'" +
                      (op.empty() ? found() : ", found '" + op + "'"));
    skip_space();
    std::vector<Token> values{value()};
    while (!at_end() && s_[pos_] == ',') {
      ++pos_;
      values.push_back(value());
    }
    if (ordered) {
      if (values.size() != 1) fail(values[1].column - 2, "one " + field.text + " after '" + op + "'");
      bound(field.text, op, values[0]);
    } else {
      if (!seen_.insert(field.text).second)
        fail(field.column - 1, "each field once ('" + field.text + "' again; list values as " + field.text + "=a,b)");
      set(field.text, values);
    }
  }

  void bound(const std::string& field, const std::string& op, const Token& v) {
    Date first, after;  // the value as the days [first, after)
    if (field == "year") {
      const bool digits = !v.text.empty() && v.text.size() <= 4 &&
                          std::all_of(v.text.begin(), v.text.end(), [](char c) { return c >= '0' && c <= '9'; });
      const int y = digits ? std::stoi(v.text) : 0;
      if (y < 1400 || y > 9998) fail(v.column - 1, "a year (1400-9998), found '" + v.text + "'");
      first = Date(static_cast<unsigned short>(y), 1, 1);
      after = Date(static_cast<unsigned short>(y + 1), 1, 1);
    } else {
      try {
        first = pairaid::parse_date(v.text);
      } catch (const pairaid::error&) {
        fail(v.column - 1, "a date as YYYY-MM-DD, found '" + v.text + "'");
      }
      after = first + boost::gregorian::days(1);
    }
    auto raise_lo = [&](Date d) { lo_ = lo_ ? std::max(*lo_, d) : d; };
    auto lower_hi = [&](Date d) { hi_ = hi_ ? std::min(*hi_, d) : d; };
    if (op == "=")
      raise_lo(first), lower_hi(after);
    else if (op == ">=")
      raise_lo(first);
    else if (op == ">")
      raise_lo(after);
    else if (op == "<")
      lower_hi(first);
    else
      lower_hi(after);  // <=
  }

  template <class T, class F>
  std::vector<T> each(const std::vector<Token>& values, F convert) {
    std::vector<T> out;
    out.reserve(values.size());
    for (const Token& v : values) out.push_back(convert(v));
    return out;
  }

  void set(const std::string& field, const std::vector<Token>& values) {
    using namespace pairaid;
    if (field == "donor") {
      filter_.donors = each<OrganisationId>(values, [](const Token& v) { return OrganisationId(v.text); });
    } else if (field == "kind") {
      filter_.donor_kinds = each<OrganisationKind>(values, [&](const Token& v) {
        if (auto k = organisation_kind_names.parse(v.text)) return *k;
        fail(v.column - 1, "a donor kind (" + organisation_kind_names.expected() + "), found '" + v.text + "'");
      });
    } else if (field == "area" || field == "within") {
      auto areas = each<AreaCode>(values, [&](const Token& v) {
        try {
          return AreaCode::parse(v.text);
        } catch (const error&) {
          fail(v.column - 1, "a GB/T 2260 area code (six digits), found '" + v.text + "'");
        }
      });
      if (field == "area")
        filter_.areas = areas;
      else if (areas.size() != 1)
        fail(values[1].column - 2, "one area after 'within='");
      else
        filter_.within = areas[0];
    } else if (field == "sector") {
      filter_.sectors = each<SectorCode>(values, [&](const Token& v) {
        try {
          return SectorCode::parse(v.text);
        } catch (const error&) {
          fail(v.column - 1, "a DAC 5-digit sector code, found '" + v.text + "'");
        }
      });
    } else if (field == "type") {
      filter_.types = each<TransactionType>(values, [&](const Token& v) {
        if (auto t = transaction_type_names.parse(v.text)) return *t;
        fail(v.column - 1, "a transaction type (" + transaction_type_names.expected() + "), found '" + v.text + "'");
      });
    } else if (field == "currency") {
      filter_.currencies = each<Currency>(values, [&](const Token& v) {
        if (auto c = Currency::find(v.text)) return *c;
        fail(v.column - 1, "an ISO 4217 currency code, found '" + v.text + "'");
      });
    } else {  // batch
      filter_.batches = each<BatchId>(values, [](const Token& v) { return BatchId(v.text); });
    }
  }

  std::string_view s_;
  bool have_dataset_;
  std::size_t pos_ = 0;
  pairaid::Filter filter_;
  std::optional<Date> lo_, hi_;
  std::set<std::string, std::less<>> seen_;
};

}  // namespace

pairaid::Filter parse_where(std::string_view expression, bool have_dataset) {
  return Parser(expression, have_dataset).parse();
}

}  // namespace pairaid_cli
