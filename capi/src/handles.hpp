#pragma once
// What the opaque C handles are, and the small conversions every noun's .cpp shares: C text to
// C++ values, C++ values to C text, enum mapping. No arithmetic or rule lives here: that is the
// core's job; the shim only translates.
#include "guard.hpp"

#include <pairaid/pairaid.hpp>

#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace pairaid::capi {

// --- count kinds ---------------------------------------------------------------------------------

// Every Count kind the core defines, in the order pairaid_count_kind_name lists them. Adding a
// kind to the core and here is all the C API needs.
using CountKinds = std::tuple<People, Beneficiaries, Patients, Students, Projects, Enterprises, Organisations,
                              Brands, Batches, Talents, Hospitals>;
inline constexpr std::size_t kind_count = std::tuple_size_v<CountKinds>;

// NUL-terminated names with static storage, checked against the core's kind names below.
inline constexpr std::array<const char*, kind_count> kind_names = {
    "people", "beneficiaries", "patients", "students", "projects", "enterprises",
    "organisations", "brands", "batches", "talents", "hospitals"};
inline constexpr const char* money_kind_name = "money";

template <std::size_t... I>
constexpr bool kind_names_match(std::index_sequence<I...>) {
  return ((std::tuple_element_t<I, CountKinds>::kind == std::string_view(kind_names[I])) && ...);
}
static_assert(kind_names_match(std::make_index_sequence<kind_count>{}),
              "capi kind_names must list CountKinds' names in order");

template <class C, std::size_t I = 0>
constexpr std::size_t kind_index() {
  static_assert(I < kind_count, "not a count kind of CountKinds");
  if constexpr (std::is_same_v<C, std::tuple_element_t<I, CountKinds>>) return I;
  else return kind_index<C, I + 1>();
}

// The name of a quantity type as the C API spells it.
template <class Q>
constexpr const char* quantity_kind_name() {
  if constexpr (std::is_same_v<Q, Money>) return money_kind_name;
  else return kind_names[kind_index<Q>()];
}

template <class Tuple>
struct WithMoney;
template <class... Cs>
struct WithMoney<std::tuple<Cs...>> {
  using reported = std::variant<Reported<Cs>..., Reported<Money>>;
  using interval = std::variant<Interval<Cs>..., Interval<Money>>;
};
using AnyReported = WithMoney<CountKinds>::reported;
using AnyInterval = WithMoney<CountKinds>::interval;

std::string known_kinds();  // "people, beneficiaries, ..." for messages

template <std::size_t I = 0, class F>
void dispatch_kind(std::size_t index, F& f) {
  if constexpr (I < kind_count) {
    if (index == I) f(std::type_identity<std::tuple_element_t<I, CountKinds>>{});
    else dispatch_kind<I + 1>(index, f);
  }
}

// Calls f(std::type_identity<C>{}) for the count kind named `name`; unknown: errc::invalid_argument.
template <class F>
void with_kind(std::string_view name, F&& f) {
  for (std::size_t i = 0; i < kind_count; ++i)
    if (name == kind_names[i]) return dispatch_kind(i, f);
  throw error(errc::invalid_argument, "unknown count kind '" + std::string(name) + "' (known: " + known_kinds() + ")");
}

// --- conversions ---------------------------------------------------------------------------------

RoundingMode to_core(pairaid_rounding_mode mode);  // out of the enum: errc::invalid_argument
Qualifier to_core(pairaid_qualifier qualifier);
pairaid_qualifier to_c(Qualifier qualifier) noexcept;

// A caller-owned copy of `s` (malloc; freed by pairaid_string_free). std::bad_alloc if none.
char* dup_string(std::string_view s);

// Sets *out to a new handle built from args, or leaves it NULL if that throws.
template <class H, class... A>
pairaid_status emit(H** out, A&&... args) {
  *out = new H(std::forward<A>(args)...);
  return PAIRAID_OK;
}

}  // namespace pairaid::capi

// --- the handles (global namespace: they complete the C header's incomplete struct types) ------

struct pairaid_money {
  explicit pairaid_money(const pairaid::Money& m)
      : value(m), amount(m.amount().to_string()), code(m.currency().code()) {}
  pairaid::Money value;
  std::string amount;  // computed once so that the accessors are read-only (thread-safe)
  std::string code;
};

struct pairaid_qualifier_policy {
  pairaid::QualifierPolicy policy;
};

struct pairaid_reported {
  pairaid_reported(pairaid::capi::AnyReported f, std::optional<pairaid::Reported<pairaid::Money>> eq);
  pairaid::capi::AnyReported figure;
  std::optional<pairaid::Reported<pairaid::Money>> equivalent;  // money claims only
  std::string value_text;
};

struct pairaid_interval {
  // `currency`: the code of a money interval's currency, "" for counts.
  pairaid_interval(pairaid::capi::AnyInterval iv, std::string currency);
  pairaid::capi::AnyInterval interval;
  const char* kind;
  std::string currency;  // money intervals only
  std::optional<std::string> lower, upper;
  bool lower_inclusive = false, upper_inclusive = false;
};

namespace pairaid::capi {
const char* kind_of(const pairaid_reported& figure);  // "people" ... or "money"; static storage

inline const QualifierPolicy& policy_of(const pairaid_qualifier_policy* p) {
  static const QualifierPolicy defaults{};
  return p ? p->policy : defaults;
}
}  // namespace pairaid::capi
