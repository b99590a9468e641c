#pragma once
// Conditions on transactions: the `--where` grammar, read once and used by every engine (the
// columnar ledger, IATI files, stores), reachable from C (pairaid_query_where) and Python
// (docs/queries.md, "--where").
//
//   pairaid::Condition c = pairaid::Condition::parse("year >= 2012 and type in (disbursement, 4)");
//
// Grammar (keywords lower case; white space between tokens is free):
//   expr      := term ( "or" term )*
//   term      := factor ( "and" factor )*
//   factor    := "(" expr ")" | test
//   test      := FIELD op VALUE ( "," VALUE )*          = with a list: any of them; != : none of them
//              | FIELD [ "not" ] "in" "(" VALUE ( "," VALUE )* ")"
//   op        := "=" | "!=" | "<" | "<=" | ">" | ">="   (the ordered ones for year and date only)
//   VALUE     := a run of letters, digits, _ - . : / (or any non-ASCII byte) | '...' (any text but ')
// FIELD is one of the names below, or an alias (kind, transaction_type, transaction-type,
// reporting-org, reporting-org-type, recipient-country, country). year and date compare the
// transaction date; a transaction without one matches only !=.
//
// Values are checked when parsed where their form is fixed: a year is 1400..9998, a date is
// YYYY-MM-DD, a type is a word or an IATI code (stored as the type), a currency an ISO 4217 code.
// Errors are errc::parse, "column N: expected ...", N counting bytes from 1.
#include <pairaid/core/period.hpp>
#include <pairaid/model/project.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

class Condition {
 public:
  enum class Field : std::uint8_t {
    year,
    date,
    donor,
    donor_kind,  // the donor's kind (needs a dataset)
    area,        // the recorded area, exactly
    within,      // the area's subtree (needs a dataset)
    batch,       // the date within the batch's tenure (needs a dataset)
    sector,
    type,
    currency,
    activity,            // IATI: iati-identifier
    reporting_org,       // IATI: reporting-org/@ref
    reporting_org_type,  // IATI: reporting-org/@type
    recipient_country,   // IATI: recipient country (or region:CODE) of the transaction's part
  };
  enum class Op : std::uint8_t { equal, not_equal, less, less_equal, greater, greater_equal };

  // One test: FIELD op VALUES.
  struct Test {
    Field field = Field::year;
    Op op = Op::equal;
    std::vector<std::string> values;     // as written
    std::vector<TransactionType> types;  // field type: the values read as types
    std::size_t column = 1;              // where the field starts in the text (1-based)
    std::optional<Period> days;          // year, date: the days the test accepts, [begin, end)

    // The test applied to a text value ("" for none: only != matches it).
    bool matches(std::string_view value) const;
    // year, date: the test applied to a transaction date (none: only != matches).
    bool matches(const std::optional<Date>& day) const;
    bool matches(TransactionType type) const;
  };

  // A node: a test, or all / any of its children.
  struct Node {
    enum class Kind : std::uint8_t { test, all, any } kind = Kind::test;
    std::size_t test = 0;               // Kind::test: index into tests()
    std::vector<std::size_t> children;  // all, any: indexes into nodes()
  };

  static Condition parse(std::string_view text);
  // Both conditions (a query given two --where texts, or two pairaid_query_where calls).
  static Condition both(const Condition& a, const Condition& b);

  const std::string& text() const noexcept { return text_; }
  const std::vector<Test>& tests() const noexcept { return tests_; }
  const std::vector<Node>& nodes() const noexcept { return nodes_; }
  std::size_t root() const noexcept { return root_; }

  // The node as a function of its tests' outcomes: `outcome(test_index)` decides each test.
  template <class Outcome>
  bool holds(std::size_t node, Outcome&& outcome) const {
    const Node& n = nodes_[node];
    switch (n.kind) {
      case Node::Kind::test: return outcome(n.test);
      case Node::Kind::all:
        for (std::size_t c : n.children)
          if (!holds(c, outcome)) return false;
        return true;
      case Node::Kind::any:
        for (std::size_t c : n.children)
          if (holds(c, outcome)) return true;
        return false;
    }
    return false;
  }
  template <class Outcome>
  bool holds(Outcome&& outcome) const {
    return holds(root_, outcome);
  }

  // The fields the node's tests read.
  std::vector<Field> fields(std::size_t node) const;
  bool reads(Field f) const;
  // The types a positive test (type = ..., type in (...)) names anywhere: a total may add those.
  std::vector<TransactionType> named_types() const;

  // "year", "donor_kind", ... (the canonical names), and the field a name or alias stands for.
  static std::string_view name(Field f) noexcept;
  static std::optional<Field> field_named(std::string_view name) noexcept;

 private:
  std::string text_;
  std::vector<Test> tests_;
  std::vector<Node> nodes_;
  std::size_t root_ = 0;
  friend class ConditionParser;
};

PAIRAID_NAMESPACE_END
