#pragma once
// Figures in words, as a reader expects them: grouped digits and the qualifier the source used
// ("nearly 12,000 people", "more than 8,300 patients", "hundreds of brands",
// "25,170,000,000.00 CNY"), and intervals as ranges ("10,800 to 11,999 people"). Reconciliation
// reasoning and the report both speak this way; nothing here rounds a value.
#include <pairaid/model/quantity_kind.hpp>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

// 12000 -> "12,000"; -2739 -> "-2,739".
inline std::string grouped(std::int64_t n) {
  // Work on the magnitude as unsigned so INT64_MIN has a magnitude too.
  std::uint64_t m = n < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string digits = std::to_string(m), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

// 1007.6 -> "1,007.6", with at least `min_fraction_digits` fraction digits (never fewer than held).
inline std::string grouped(const Decimal& d, int min_fraction_digits = 0) {
  return d.to_string(min_fraction_digits, true);
}

// The noun a kind's figures count, singular for one: "people"/"person", "batches"/"batch".
inline std::string_view unit_noun(QuantityKind kind, bool singular = false) noexcept {
  static constexpr std::string_view singulars[] = {"person",  "beneficiary", "patient",      "student",
                                                   "project", "enterprise",  "organisation", "brand",
                                                   "batch",   "talent",      "hospital",     "money"};
  static_assert(std::size(singulars) == quantity_kind_names.size());
  const auto i = static_cast<std::size_t>(kind);
  return singular ? singulars[i] : quantity_kind_names[i];
}

// "2,117 people", "1 hospital", "25,170,000,000.00 CNY"
template <AnyCount C>
std::string quantity_words(C c) {
  return grouped(c.count()) + " " + std::string(unit_noun(quantity_kind_of<C>(), c.count() == 1));
}
inline std::string quantity_words(const Money& m) { return m.to_string({.grouping = true}); }

// The number alone: "2,117", "25,170,000,000.00" (for sums written out term by term).
template <AnyCount C>
std::string number_words(C c) {
  return grouped(c.count());
}
inline std::string number_words(const Money& m) { return m.to_string({.grouping = true, .with_code = false}); }

// "nearly 12,000 people", "622 people", "hundreds of brands", "about 3,500,000,000.00 USD"
template <class Q>
std::string figure_words(const Reported<Q>& r) {
  if (r.qualifier() == Qualifier::exact) return quantity_words(r.value());
  if (is_plural_order(r.qualifier())) {
    if constexpr (AnyCount<Q>)
      return std::string(to_string(r.qualifier())) + " " + std::string(unit_noun(quantity_kind_of<Q>()));
    else
      return std::string(to_string(r.qualifier())) + " " + std::string(r.value().currency().code());
  }
  return std::string(to_string(r.qualifier())) + " " + quantity_words(r.value());
}
inline std::string figure_words(const AnyReported& r) {
  return std::visit([](const auto& x) { return figure_words(x); }, r);
}

// An interval in words: "10,800 to 11,999 people", "exactly 622 people", "at least 8,301 patients",
// "at most 11,999 people", "any number of people"; money bounds that exclude their end say so:
// "more than 3,450,000,000.00 and less than 3,550,000,000.00 USD".
template <class Q>
std::string interval_words(const Interval<Q>& i) {
  const auto& lo = i.lower();
  const auto& hi = i.upper();
  // Ranges take the plural ("1 to 3 people"); only "exactly 1 person" is singular.
  auto unit = [](const Q& v, bool singular = false) {
    if constexpr (AnyCount<Q>)
      return std::string(unit_noun(quantity_kind_of<Q>(), singular && v.count() == 1));
    else
      return std::string(v.currency().code());
  };
  if (i.is_empty()) return "no value at all";
  if (lo && hi && lo->value == hi->value) return "exactly " + number_words(lo->value) + " " + unit(lo->value, true);
  if (lo && hi) {
    if (lo->inclusive && hi->inclusive)
      return number_words(lo->value) + " to " + number_words(hi->value) + " " + unit(hi->value);
    return (lo->inclusive ? "from " : "more than ") + number_words(lo->value) +
           (hi->inclusive ? " to " : " and less than ") + number_words(hi->value) + " " + unit(hi->value);
  }
  if (lo) return (lo->inclusive ? "at least " : "more than ") + number_words(lo->value) + " " + unit(lo->value);
  if (hi) return (hi->inclusive ? "at most " : "less than ") + number_words(hi->value) + " " + unit(hi->value);
  if constexpr (AnyCount<Q>)
    return "any number of " + std::string(unit_noun(quantity_kind_of<Q>()));
  else
    return "any amount";
}

// "a, b and c"
inline std::string joined_list(const std::vector<std::string>& items, std::string_view last_separator = " and ") {
  std::string s;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) s += k + 1 == items.size() ? std::string(last_separator) : std::string(", ");
    s += items[k];
  }
  return s;
}

// Ordinals in runs: {2,3,4,5,6,7,8,9} -> "2-9"; {1,3,4} -> "1, 3-4" (en dash for ranges).
inline std::string ordinal_runs(const std::vector<int>& sorted) {
  std::string s;
  for (std::size_t k = 0; k < sorted.size();) {
    std::size_t end = k;
    while (end + 1 < sorted.size() && sorted[end + 1] == sorted[end] + 1) ++end;
    if (!s.empty()) s += ", ";
    s += std::to_string(sorted[k]);
    if (end > k) s += "\xE2\x80\x93" + std::to_string(sorted[end]);
    k = end + 1;
  }
  return s;
}

PAIRAID_NAMESPACE_END
