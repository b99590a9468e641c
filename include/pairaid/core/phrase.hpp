#pragma once
// Reading figures the way reports write them:
//   parse_reported<People>("nearly 12,000")        -> nearly 12000 people
//   parse_reported<Brands>("hundreds of")          -> hundreds of brands  ([200, 999])
//   parse_reported<Organisations>("Seventeen")     -> 17 organisations
//   parse_money("25.17 billion yuan")              -> 25170000000 CNY
//   parse_money_claim("25.17 billion yuan ($3.5 billion)")
//       -> 25170000000 CNY, with the stated equivalent "about 3500000000 USD"
// Grammar and word lists: docs/quantities.md, "Reading figures from text". Matching ignores ASCII
// case and collapses spaces; anything not in the grammar is errc::parse naming the offset and
// what was expected. Nothing is guessed: "¥" (yuan or yen?) is refused.
#include <pairaid/core/reported.hpp>

#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

PAIRAID_NAMESPACE_BEGIN

// A money figure with the equivalent a source gave beside it, e.g. "25.17 billion yuan ($3.5 billion)".
struct MoneyClaim {
  Reported<Money> figure;
  // An unqualified equivalent in parentheses is read as "about": it is a rounded conversion.
  std::optional<Reported<Money>> equivalent;
};

namespace detail {

class PhraseCursor {
 public:
  explicit PhraseCursor(std::string_view text) : text_(text) {}

  std::size_t offset() const noexcept { return pos_; }
  bool at_end() {
    skip_space();
    return pos_ >= text_.size();
  }
  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n')) ++pos_;
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  // Case-insensitive match of `w` at the cursor, ending at a word boundary; words inside `w` may
  // be separated by any run of spaces in the text.
  bool word(std::string_view w) {
    skip_space();
    std::size_t p = pos_;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (w[i] == ' ') {
        if (p >= text_.size() || text_[p] != ' ') return false;
        while (p < text_.size() && text_[p] == ' ') ++p;
        continue;
      }
      if (p >= text_.size() || lower(text_[p]) != w[i]) return false;
      ++p;
    }
    if (p < text_.size() && is_word_char(text_[p])) return false;
    pos_ = p;
    return true;
  }
  // Exact match of a symbol (may be multi-byte UTF-8), no boundary needed.
  bool symbol(std::string_view s) {
    skip_space();
    if (text_.substr(pos_, s.size()) != s) return false;
    pos_ += s.size();
    return true;
  }
  // The longest run of [0-9,.] at the cursor.
  std::string_view digits() {
    skip_space();
    std::size_t b = pos_;
    while (pos_ < text_.size() &&
           (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == ',' || text_[pos_] == '.'))
      ++pos_;
    // A trailing '.' or ',' is not part of the number; the caller then finds it where the figure
    // should end and reports it ("over 1,140." is refused: pass the figure, not the sentence).
    while (pos_ > b && (text_[pos_ - 1] == '.' || text_[pos_ - 1] == ',')) --pos_;
    return text_.substr(b, pos_ - b);
  }
  [[noreturn]] void fail(const std::string& expected) const {
    throw error(errc::parse,
                "'" + std::string(text_) + "' at offset " + std::to_string(pos_) + ": expected " + expected);
  }

 private:
  static char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
  static bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
  std::string_view text_;
  std::size_t pos_ = 0;
};

inline std::optional<Qualifier> read_qualifier(PhraseCursor& c) {
  static constexpr std::pair<std::string_view, Qualifier> words[] = {
      {"approximately", Qualifier::about},
      {"about", Qualifier::about},
      {"around", Qualifier::about},
      {"roughly", Qualifier::about},
      {"some", Qualifier::about},
      {"nearly", Qualifier::nearly},
      {"almost", Qualifier::nearly},
      {"close to", Qualifier::nearly},
      {"more than", Qualifier::more_than},
      {"over", Qualifier::more_than},
      {"above", Qualifier::more_than},
      {"in excess of", Qualifier::more_than},
      {"at least", Qualifier::at_least},
      {"no less than", Qualifier::at_least},
      {"not less than", Qualifier::at_least},
      {"at most", Qualifier::at_most},
      {"up to", Qualifier::at_most},
      {"no more than", Qualifier::at_most},
      {"not more than", Qualifier::at_most},
      {"less than", Qualifier::less_than},
      {"fewer than", Qualifier::less_than},
      {"under", Qualifier::less_than},
      {"below", Qualifier::less_than},
  };
  for (const auto& [w, q] : words)
    if (c.word(w)) return q;
  return std::nullopt;
}

inline std::optional<std::pair<Qualifier, std::int64_t>> read_plural_order(PhraseCursor& c) {
  if (c.word("dozens of") || c.word("dozens")) return std::pair{Qualifier::dozens_of, std::int64_t{12}};
  if (c.word("hundreds of") || c.word("hundreds")) return std::pair{Qualifier::hundreds_of, std::int64_t{100}};
  if (c.word("thousands of") || c.word("thousands")) return std::pair{Qualifier::thousands_of, std::int64_t{1000}};
  return std::nullopt;
}

// "zero".."ninety-nine" in words; the seed writes "Seventeen provinces".
inline std::optional<std::int64_t> read_number_word(PhraseCursor& c) {
  static constexpr std::array<std::string_view, 20> small = {
      "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
      "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 8> tens = {"twenty", "thirty",  "forty",  "fifty",
                                                           "sixty",  "seventy", "eighty", "ninety"};
  for (std::size_t t = 0; t < tens.size(); ++t) {
    if (c.word(tens[t])) {
      std::int64_t v = static_cast<std::int64_t>(20 + 10 * t);
      c.symbol("-");
      for (std::size_t u = 1; u < 10; ++u)
        if (c.word(small[u])) return v + static_cast<std::int64_t>(u);
      return v;
    }
  }
  for (std::size_t u = 0; u < small.size(); ++u)
    if (c.word(small[u])) return static_cast<std::int64_t>(u);
  return std::nullopt;
}

// Multiplier words after a number: "billion", "bn", "million", "m" ...; 1 if none.
inline std::int64_t read_scale(PhraseCursor& c) {
  static constexpr std::pair<std::string_view, std::int64_t> words[] = {
      {"thousand", 1'000},       {"million", 1'000'000}, {"billion", 1'000'000'000}, {"trillion", 1'000'000'000'000},
      {"tn", 1'000'000'000'000}, {"bn", 1'000'000'000},  {"mn", 1'000'000},          {"k", 1'000},
      {"m", 1'000'000},          {"b", 1'000'000'000}};
  for (const auto& [w, k] : words)
    if (c.word(w)) return k;
  return 1;
}

// A number in digits ("12,000", "25.17") or words, times its scale word.
inline Decimal read_scaled_number(PhraseCursor& c) {
  Decimal value;
  if (auto w = read_number_word(c)) {
    value = Decimal::from_integer(*w);
  } else {
    std::size_t at = c.offset();
    std::string_view d = c.digits();
    if (d.empty()) c.fail("a number");
    DecimalParseResult r = Decimal::parse(d, value, DecimalParseOptions{.allow_grouping = true});
    if (!r)
      throw error(r.status == DecimalParseStatus::overflow ? errc::overflow : errc::parse,
                  "'" + std::string(d) + "' at offset " + std::to_string(at + r.position) + ": " +
                      std::string(to_string(r.status)));
  }
  return value * read_scale(c);
}

// A currency named before or after the number: "$", "US$", "€", "£", "RMB", "CNY" ... or words.
inline std::optional<Currency> read_currency_prefix(PhraseCursor& c) {
  if (c.symbol("US$") || c.symbol("$")) return Currency::of("USD");
  if (c.symbol("\xE2\x82\xAC")) return Currency::of("EUR");  // €
  if (c.symbol("\xC2\xA3")) return Currency::of("GBP");      // £
  if (c.symbol("\xC2\xA5") || c.symbol("\xEF\xBF\xA5"))      // ¥, ￥
    c.fail("a currency other than '\xC2\xA5', which is both yuan and yen: write CNY or JPY");
  if (c.word("rmb")) return Currency::of("CNY");
  return std::nullopt;
}

inline std::optional<Currency> read_currency_word(PhraseCursor& c) {
  static constexpr std::pair<std::string_view, std::string_view> words[] = {
      {"yuan", "CNY"},         {"renminbi", "CNY"},        {"rmb", "CNY"},    {"us dollars", "USD"},
      {"u.s. dollars", "USD"}, {"dollars", "USD"},         {"dollar", "USD"}, {"euros", "EUR"},
      {"euro", "EUR"},         {"pounds sterling", "GBP"}, {"pounds", "GBP"}, {"yen", "JPY"}};
  for (const auto& [w, code] : words)
    if (c.word(w)) return Currency::of(code);
  return std::nullopt;
}

// A three-letter ISO code at the cursor, if it is one the table knows.
inline std::optional<Currency> read_currency_code(PhraseCursor& c) {
  c.skip_space();
  PhraseCursor probe = c;
  std::string code;
  for (int i = 0; i < 3; ++i) {
    char ch = probe.peek();
    if (ch < 'A' || ch > 'Z') return std::nullopt;
    code += ch;
    probe.symbol(std::string_view(&ch, 1));
  }
  char next = probe.peek();
  if (std::isalnum(static_cast<unsigned char>(next))) return std::nullopt;
  auto cur = Currency::find(code);
  if (cur) c = probe;
  return cur;
}

inline Money read_money(PhraseCursor& c) {
  std::optional<Currency> currency = read_currency_prefix(c);
  if (!currency) currency = read_currency_code(c);
  Decimal amount = read_scaled_number(c);
  if (!currency) {
    currency = read_currency_word(c);
    if (!currency) currency = read_currency_code(c);
  }
  if (!currency) c.fail("a currency (a code such as CNY, a symbol such as $, or a word such as yuan)");
  return Money(amount, *currency);
}

}  // namespace detail

// A count figure as reports write it; the kind comes from the caller, not the text.
template <AnyCount C>
Reported<C> parse_reported(std::string_view text) {
  detail::PhraseCursor c(text);
  if (auto plural = detail::read_plural_order(c)) {
    if (!c.at_end()) c.fail("the end of the figure after '" + std::string(to_string(plural->first)) + "'");
    return Reported<C>(plural->first, C::of(plural->second));
  }
  Qualifier q = detail::read_qualifier(c).value_or(Qualifier::exact);
  Decimal n = detail::read_scaled_number(c);
  if (!c.at_end()) c.fail("the end of the figure");
  if (!n.has_at_most_fraction_digits(0))
    throw error(errc::inexact, "'" + std::string(text) + "': a count must be a whole number, got " + n.to_string());
  return Reported<C>(q, C::of(n.to_int64_exact()));
}

// A money amount as reports write it, without a qualifier: "25.17 billion yuan", "$3.5 billion",
// "CNY 25.17bn", "USD 1,234.50".
inline Money parse_money(std::string_view text) {
  detail::PhraseCursor c(text);
  Money m = detail::read_money(c);
  if (!c.at_end()) c.fail("the end of the amount");
  return m;
}

// A qualified money figure, optionally followed by an equivalent in parentheses.
inline MoneyClaim parse_money_claim(std::string_view text) {
  detail::PhraseCursor c(text);
  Qualifier q = detail::read_qualifier(c).value_or(Qualifier::exact);
  Money m = detail::read_money(c);
  MoneyClaim claim{Reported<Money>(q, m), std::nullopt};
  if (c.symbol("(")) {
    Qualifier eq = detail::read_qualifier(c).value_or(Qualifier::about);
    Money e = detail::read_money(c);
    if (!c.symbol(")")) c.fail("')' after the equivalent amount");
    claim.equivalent = Reported<Money>(eq, e);
  }
  if (!c.at_end()) c.fail("the end of the figure");
  return claim;
}

PAIRAID_NAMESPACE_END
