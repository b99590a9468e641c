// The --where grammar: a small hand-written scanner and recursive-descent parser (condition.hpp).
#include <pairaid/analysis/condition.hpp>
#include <pairaid/analysis/transaction_types.hpp>
#include <pairaid/core/currency.hpp>

#include <algorithm>
#include <array>
#include <utility>

PAIRAID_NAMESPACE_BEGIN

namespace {

using Field = Condition::Field;
using Op = Condition::Op;

struct FieldName {
  std::string_view name;
  Field field;
};
// Canonical names first (name() returns the first entry of each field), then aliases.
constexpr std::array<FieldName, 21> field_names{{
    {"year", Field::year},
    {"date", Field::date},
    {"donor", Field::donor},
    {"donor_kind", Field::donor_kind},
    {"area", Field::area},
    {"within", Field::within},
    {"batch", Field::batch},
    {"sector", Field::sector},
    {"type", Field::type},
    {"currency", Field::currency},
    {"activity", Field::activity},
    {"reporting_org", Field::reporting_org},
    {"reporting_org_type", Field::reporting_org_type},
    {"recipient_country", Field::recipient_country},
    {"kind", Field::donor_kind},
    {"transaction_type", Field::type},
    {"transaction-type", Field::type},
    {"reporting-org", Field::reporting_org},
    {"reporting-org-type", Field::reporting_org_type},
    {"recipient-country", Field::recipient_country},
    {"country", Field::recipient_country},
}};

constexpr std::string_view known_fields =
    "year, date, donor, donor_kind, area, within, batch, sector, type, currency, activity, reporting_org, "
    "reporting_org_type, recipient_country";

bool ordered(Field f) { return f == Field::year || f == Field::date; }

}  // namespace

class ConditionParser {
 public:
  explicit ConditionParser(std::string_view s) : s_(s) {}

  Condition parse() {
    c_.text_ = std::string(s_);
    skip_space();
    if (at_end()) fail(pos_, "a condition such as year>=2012");
    c_.root_ = expr();
    skip_space();
    if (!at_end()) {
      const std::size_t at = pos_;
      const std::string word = bare_word();
      fail(at,
           "'and', 'or' or the end of the expression, found '" + (word.empty() ? std::string(1, s_[at]) : word) + "'");
    }
    return std::move(c_);
  }

 private:
  [[noreturn]] void fail(std::size_t at, const std::string& expected) const {
    throw error(errc::parse, "column " + std::to_string(at + 1) + ": expected " + expected);
  }
  bool at_end() const { return pos_ >= s_.size(); }
  void skip_space() {
    while (!at_end() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  static bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':' || c == '/' || static_cast<unsigned char>(c) >= 0x80;
  }
  std::string bare_word() {
    std::string w;
    while (!at_end() && word_char(s_[pos_])) w += s_[pos_++];
    return w;
  }
  // The next bare word, without consuming it.
  std::string peek_word() {
    const std::size_t keep = pos_;
    std::string w = bare_word();
    pos_ = keep;
    return w;
  }
  bool take_keyword(std::string_view k) {
    skip_space();
    const std::size_t keep = pos_;
    if (bare_word() == k) return true;
    pos_ = keep;
    return false;
  }
  std::string found() const {
    return at_end() ? ", found the end of the expression" : ", found '" + std::string(1, s_[pos_]) + "'";
  }

  std::size_t add(Condition::Node n) {
    c_.nodes_.push_back(std::move(n));
    return c_.nodes_.size() - 1;
  }
  // a or b or c -> one `any` node (and likewise `all`), so that evaluation stays shallow.
  std::size_t join(Condition::Node::Kind kind, std::vector<std::size_t> parts) {
    if (parts.size() == 1) return parts[0];
    Condition::Node n;
    n.kind = kind;
    for (std::size_t p : parts) {
      if (c_.nodes_[p].kind == kind)
        n.children.insert(n.children.end(), c_.nodes_[p].children.begin(), c_.nodes_[p].children.end());
      else
        n.children.push_back(p);
    }
    return add(std::move(n));
  }

  std::size_t expr() {
    std::vector<std::size_t> parts{term()};
    while (take_keyword("or")) parts.push_back(term());
    return join(Condition::Node::Kind::any, std::move(parts));
  }
  std::size_t term() {
    std::vector<std::size_t> parts{factor()};
    while (take_keyword("and")) parts.push_back(factor());
    return join(Condition::Node::Kind::all, std::move(parts));
  }
  std::size_t factor() {
    skip_space();
    if (!at_end() && s_[pos_] == '(') {
      ++pos_;
      const std::size_t inner = expr();
      skip_space();
      if (at_end() || s_[pos_] != ')') fail(pos_, "')' closing the '(' before" + found());
      ++pos_;
      return inner;
    }
    return test();
  }

  // A value: a bare word, or '...' for one with spaces, commas or parentheses.
  std::pair<std::string, std::size_t> value() {
    skip_space();
    const std::size_t at = pos_;
    if (!at_end() && s_[pos_] == '\'') {
      const std::size_t close = s_.find('\'', pos_ + 1);
      if (close == std::string_view::npos) fail(pos_, "a closing ' for the value that starts here");
      std::string v(s_.substr(pos_ + 1, close - pos_ - 1));
      pos_ = close + 1;
      return {std::move(v), at};
    }
    std::string v = bare_word();
    if (v.empty()) fail(pos_, "a value" + found());
    return {std::move(v), at};
  }

  std::size_t test() {
    skip_space();
    Condition::Test t;
    t.column = pos_ + 1;
    const std::size_t field_at = pos_;
    const std::string name = bare_word();
    const auto field = Condition::field_named(name);
    if (!field)
      fail(field_at,
           "a field (" + std::string(known_fields) + ")" + (name.empty() ? found() : ", found '" + name + "'"));
    t.field = *field;
    skip_space();
    const std::size_t op_at = pos_;
    std::string op;
    while (!at_end() && (s_[pos_] == '=' || s_[pos_] == '<' || s_[pos_] == '>' || s_[pos_] == '!')) op += s_[pos_++];
    std::vector<std::pair<std::string, std::size_t>> values;
    if (op.empty()) {
      // FIELD [not] in (a, b)
      bool negated = false;
      if (peek_word() == "not") {
        bare_word();
        skip_space();
        negated = true;
      }
      if (peek_word() != "in")
        fail(op_at,
             std::string(ordered(t.field) ? "=, !=, <, <=, >, >=" : "=, !=") + " or in after '" + name + "'" + found());
      bare_word();
      skip_space();
      if (at_end() || s_[pos_] != '(') fail(pos_, "'(' after 'in'" + found());
      ++pos_;
      values.push_back(value());
      for (skip_space(); !at_end() && s_[pos_] == ','; skip_space()) {
        ++pos_;
        values.push_back(value());
      }
      if (at_end() || s_[pos_] != ')') fail(pos_, "',' or ')' in the list after 'in'" + found());
      ++pos_;
      t.op = negated ? Op::not_equal : Op::equal;
    } else {
      static constexpr std::array<std::pair<std::string_view, Op>, 6> ops{{{"=", Op::equal},
                                                                           {"!=", Op::not_equal},
                                                                           {"<", Op::less},
                                                                           {"<=", Op::less_equal},
                                                                           {">", Op::greater},
                                                                           {">=", Op::greater_equal}}};
      const auto it = std::find_if(ops.begin(), ops.end(), [&](const auto& o) { return o.first == op; });
      const bool equality = it != ops.end() && (it->second == Op::equal || it->second == Op::not_equal);
      if (it == ops.end() || (!equality && !ordered(t.field)))
        fail(op_at, std::string(ordered(t.field) ? "=, !=, <, <=, >, >=" : "=, !=") + " or in after '" + name +
                        "', found '" + op + "'");
      t.op = it->second;
      values.push_back(value());
      for (skip_space(); !at_end() && s_[pos_] == ','; skip_space()) {
        ++pos_;
        values.push_back(value());
      }
      if (!equality && values.size() > 1)
        fail(values[1].second - 1, "one " + std::string(Condition::name(t.field)) + " after '" + op + "'");
    }
    for (auto& [v, at] : values) check_value(t, v, at);
    if (ordered(t.field)) t.days = days(t, values);
    for (auto& [v, at] : values) t.values.push_back(std::move(v));
    c_.tests_.push_back(std::move(t));
    Condition::Node n;
    n.kind = Condition::Node::Kind::test;
    n.test = c_.tests_.size() - 1;
    return add(std::move(n));
  }

  void check_value(Condition::Test& t, const std::string& v, std::size_t at) {
    switch (t.field) {
      case Field::year: {
        const bool digits =
            !v.empty() && v.size() <= 4 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
        const int y = digits ? std::stoi(v) : 0;
        if (y < 1400 || y > 9998) fail(at, "a year (1400-9998), found '" + v + "'");
        break;
      }
      case Field::date: try { (void)parse_date(v);
        } catch (const error&) {
          fail(at, "a date as YYYY-MM-DD, found '" + v + "'");
        }
        break;
      case Field::type:
        if (auto type = parse_transaction_type(v))
          t.types.push_back(*type);
        else
          fail(at, "a transaction type (a word such as disbursement, or an IATI code 1-13), found '" + v + "'");
        break;
      case Field::currency:
        if (!Currency::find(v)) fail(at, "an ISO 4217 currency code, found '" + v + "'");
        break;
      default: break;
    }
  }

  // year and date tests as the days they accept: = is [first, after), the ordered ones a half-line;
  // != is kept as the days of = (Test::matches negates).
  Period days(const Condition::Test& t, const std::vector<std::pair<std::string, std::size_t>>& values) {
    auto bounds = [&](const std::string& v) {
      if (t.field == Field::year) {
        const auto y = static_cast<unsigned short>(std::stoi(v));
        return std::pair(Date(y, 1, 1), Date(static_cast<unsigned short>(y + 1), 1, 1));
      }
      const Date d = parse_date(v);
      return std::pair(d, d + boost::gregorian::days(1));
    };
    const Date min(1400, 1, 1), max(9999, 12, 31);
    const auto [first, after] = bounds(values[0].first);
    switch (t.op) {
      case Op::equal:
      case Op::not_equal:
        if (values.size() > 1) return Period(min, min);  // a list of days: matches() checks each value
        return Period(first, after);
      case Op::less: return Period(min, first);
      case Op::less_equal: return Period(min, after);
      case Op::greater: return Period(after, max);
      case Op::greater_equal: return Period(first, max);
    }
    return Period(min, max);
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  Condition c_;
};

Condition Condition::parse(std::string_view text) { return ConditionParser(text).parse(); }

Condition Condition::both(const Condition& a, const Condition& b) {
  Condition c;
  c.text_ = "(" + a.text_ + ") and (" + b.text_ + ")";
  c.tests_ = a.tests_;
  c.nodes_ = a.nodes_;
  const std::size_t test_offset = a.tests_.size(), node_offset = a.nodes_.size();
  c.tests_.insert(c.tests_.end(), b.tests_.begin(), b.tests_.end());
  for (Node n : b.nodes_) {
    if (n.kind == Node::Kind::test) n.test += test_offset;
    for (std::size_t& child : n.children) child += node_offset;
    c.nodes_.push_back(std::move(n));
  }
  Node root;
  root.kind = Node::Kind::all;
  root.children = {a.root_, b.root_ + node_offset};
  c.nodes_.push_back(std::move(root));
  c.root_ = c.nodes_.size() - 1;
  return c;
}

bool Condition::Test::matches(std::string_view value) const {
  bool any = false;
  if (!value.empty())
    for (const std::string& v : values)
      if (v == value) any = true;
  return op == Op::not_equal ? !any : any;
}

bool Condition::Test::matches(const std::optional<Date>& day) const {
  if (!day) return op == Op::not_equal;
  bool in = false;
  if (values.size() > 1) {  // year = 2012, 2014 / date in (...)
    for (const std::string& v : values)
      in = in || (field == Field::year ? std::to_string(static_cast<int>(day->year())) == v : to_string(*day) == v);
  } else {
    in = days->contains(*day);
  }
  return op == Op::not_equal ? !in : in;
}

bool Condition::Test::matches(TransactionType type) const {
  const bool any = std::find(types.begin(), types.end(), type) != types.end();
  return op == Op::not_equal ? !any : any;
}

std::vector<Condition::Field> Condition::fields(std::size_t node) const {
  std::vector<Field> out;
  const Node& n = nodes_[node];
  if (n.kind == Node::Kind::test) {
    out.push_back(tests_[n.test].field);
  } else {
    for (std::size_t c : n.children)
      for (Field f : fields(c))
        if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  }
  return out;
}

bool Condition::reads(Field f) const {
  return std::any_of(tests_.begin(), tests_.end(), [&](const Test& t) { return t.field == f; });
}

std::vector<TransactionType> Condition::named_types() const {
  std::vector<TransactionType> out;
  for (const Test& t : tests_)
    if (t.field == Field::type && t.op == Op::equal)
      for (TransactionType type : t.types)
        if (std::find(out.begin(), out.end(), type) == out.end()) out.push_back(type);
  return out;
}

std::string_view Condition::name(Field f) noexcept {
  for (const FieldName& n : field_names)
    if (n.field == f) return n.name;
  return "?";
}

std::optional<Condition::Field> Condition::field_named(std::string_view name) noexcept {
  for (const FieldName& n : field_names)
    if (n.name == name) return n.field;
  return std::nullopt;
}

PAIRAID_NAMESPACE_END
