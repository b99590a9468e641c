#pragma once
// The quantities a figure in a dataset can be: one of the Count kinds, or Money. In C++ the kind
// is a type (Reported<Patients>); in a file it is a word ("patients"). QuantityKind is that word,
// and AnyReported holds a Reported<Q> of whichever kind the file named — read back typed with
// get<Q>(), which refuses the wrong kind instead of reinterpreting it.
#include <pairaid/core/reported.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

PAIRAID_NAMESPACE_BEGIN

// Order matters: it is the order of AnyReported's alternatives. (GCC 12's -Wshadow counts a scoped
// enumerator named like the makers people, patients ... as shadowing them, though it cannot.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
enum class QuantityKind {
  people,
  beneficiaries,
  patients,
  students,
  projects,
  enterprises,
  organisations,
  brands,
  batches,
  talents,
  hospitals,
  money,
};
#pragma GCC diagnostic pop

using AnyReported = std::variant<Reported<People>, Reported<Beneficiaries>, Reported<Patients>, Reported<Students>,
                                 Reported<Projects>, Reported<Enterprises>, Reported<Organisations>, Reported<Brands>,
                                 Reported<Batches>, Reported<Talents>, Reported<Hospitals>, Reported<Money>>;

inline constexpr std::array<std::string_view, 12> quantity_kind_names{
    People::kind,        Beneficiaries::kind, Patients::kind, Students::kind, Projects::kind,  Enterprises::kind,
    Organisations::kind, Brands::kind,        Batches::kind,  Talents::kind,  Hospitals::kind, "money"};
static_assert(std::variant_size_v<AnyReported> == quantity_kind_names.size());

constexpr std::string_view to_string(QuantityKind k) noexcept {
  return quantity_kind_names[static_cast<std::size_t>(k)];
}

inline std::optional<QuantityKind> parse_quantity_kind(std::string_view word) noexcept {
  for (std::size_t i = 0; i < quantity_kind_names.size(); ++i)
    if (quantity_kind_names[i] == word) return static_cast<QuantityKind>(i);
  return std::nullopt;
}

inline QuantityKind kind_of(const AnyReported& r) noexcept { return static_cast<QuantityKind>(r.index()); }

// The QuantityKind of a C++ quantity type.
template <class Q>
constexpr QuantityKind quantity_kind_of() noexcept {
  constexpr std::size_t i = [] {
    std::size_t n = 0;
    for (; n < quantity_kind_names.size(); ++n) {
      if constexpr (std::same_as<Q, Money>) {
        if (quantity_kind_names[n] == "money") break;
      } else {
        if (quantity_kind_names[n] == Q::kind) break;
      }
    }
    return n;
  }();
  static_assert(i < quantity_kind_names.size(),
                "pairaid: this quantity has no QuantityKind; add it to quantity_kind.hpp");
  return static_cast<QuantityKind>(i);
}

// The Reported<Q> inside, or errc::invalid_argument naming both kinds.
template <class Q>
const Reported<Q>& get(const AnyReported& r) {
  if (const auto* p = std::get_if<Reported<Q>>(&r)) return *p;
  throw error(errc::invalid_argument, "this figure counts " + std::string(to_string(kind_of(r))) + ", not " +
                                          std::string(to_string(quantity_kind_of<Q>())));
}

// "nearly 12000 people", "more than 8300 patients", "25170000000 CNY"
inline std::string to_string(const AnyReported& r) {
  return std::visit([](const auto& x) { return x.to_string(); }, r);
}

PAIRAID_NAMESPACE_END
