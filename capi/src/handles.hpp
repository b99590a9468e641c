#pragma once
// What the opaque C handles are, and the small conversions every noun's .cpp shares: C text to
// C++ values, C++ values to C text, enum mapping. No arithmetic or rule lives here: that is the
// core's job; the shim only translates.
#include "guard.hpp"

#include <pairaid/io/diagnostic.hpp>
#include <pairaid/model/dataset.hpp>
#include <pairaid/pairaid.hpp>

#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace pairaid::capi {

// --- count kinds ---------------------------------------------------------------------------------

// Every Count kind the core defines, in the order pairaid_count_kind_name lists them. Adding a
// kind to the core and here is all the C API needs.
using CountKinds = std::tuple<People, Beneficiaries, Patients, Students, Projects, Enterprises, Organisations, Brands,
                              Batches, Talents, Hospitals>;
inline constexpr std::size_t kind_count = std::tuple_size_v<CountKinds>;

// NUL-terminated names with static storage, checked against the core's kind names below.
inline constexpr std::array<const char*, kind_count> kind_names = {
    "people",        "beneficiaries", "patients", "students", "projects", "enterprises",
    "organisations", "brands",        "batches",  "talents",  "hospitals"};
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
  if constexpr (std::is_same_v<C, std::tuple_element_t<I, CountKinds>>)
    return I;
  else
    return kind_index<C, I + 1>();
}

// The name of a quantity type as the C API spells it.
template <class Q>
constexpr const char* quantity_kind_name() {
  if constexpr (std::is_same_v<Q, Money>)
    return money_kind_name;
  else
    return kind_names[kind_index<Q>()];
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
    if (index == I)
      f(std::type_identity<std::tuple_element_t<I, CountKinds>>{});
    else
      dispatch_kind<I + 1>(index, f);
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
// Aggregates are built with braces: clang before 16 lacks C++20's parenthesised aggregate
// initialisation, and the fuzz build uses clang.
template <class H, class... A>
pairaid_status emit(H** out, A&&... args) {
  if constexpr (std::is_aggregate_v<H>)
    *out = new H{std::forward<A>(args)...};
  else
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
  // Where a dataset's figure came from: the source's words and the source's id ("" when not given,
  // or for a figure parsed from text).
  std::string wording;
  std::string source;
  // A dataset figure's further reports by other sources (capi/src/report.cpp), and for a report
  // the date it speaks for ("" when none).
  std::vector<pairaid::Report> reports;
  std::string date;
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

// --- exchange-rate tables (here, not in fx.cpp, because reconciliation reads them too) ---------

// Holds the core's FxTable::Builder (rates can keep arriving from C) and builds the immutable
// FxTable on demand; adding a rate drops the built table. The build is guarded by a mutex so that
// concurrent conversions on one table (read-only use) stay safe.
struct pairaid_fx_table {
  explicit pairaid_fx_table(std::optional<pairaid::Currency> pivot) {
    if (pivot) builder.pivot(*pivot);
  }
  // The table conversions read: built from `builder` once, until the next add.
  std::shared_ptr<const pairaid::FxTable> table() const {
    std::lock_guard lock(mutex);
    if (!built) built = std::make_shared<const pairaid::FxTable>(builder.build());
    return built;
  }
  // Applies `change` to the builder (the core keeps it untouched when `change` throws).
  template <class F>
  void modify(F&& change) {
    std::lock_guard lock(mutex);
    change(builder);
    built.reset();
  }
  std::size_t size() const { return table()->size(); }

  mutable std::mutex mutex;
  pairaid::FxTable::Builder builder;
  mutable std::shared_ptr<const pairaid::FxTable> built;
};

// --- datasets ------------------------------------------------------------------------------------
// A pairaid_dataset owns one validated Dataset and, built once when it is opened, one small
// wrapper per organisation, area, batch and indicator: the borrowed handles C callers iterate
// over. Each wrapper points into the Dataset and holds the text forms the model keeps as values
// (area codes, dates), so every accessor only reads and one dataset can be shared by threads.

namespace pairaid::capi {
// The first and last days of a Period as "YYYY-MM-DD" (both included, as files write periods).
struct DayRange {
  explicit DayRange(const Period& p) : first(to_string(p.begin())), last(to_string(p.last())) {}
  std::string first, last;
};
}  // namespace pairaid::capi

struct pairaid_organisation {
  const pairaid::Organisation* model;
};

struct pairaid_area {
  pairaid_area(const pairaid_dataset& owner, const pairaid::Area& area);
  const pairaid_dataset* owner;  // for the parent and `within`, which need the hierarchy
  const pairaid::Area* model;
  std::string code;  // "540228"
};

struct pairaid_batch {
  explicit pairaid_batch(const pairaid::Batch& batch);
  const pairaid::Batch* model;
  std::optional<pairaid::capi::DayRange> tenure;
};

struct pairaid_indicator {
  explicit pairaid_indicator(const pairaid::Indicator& indicator);
  const pairaid::Indicator* model;
  std::vector<std::optional<pairaid::capi::DayRange>> periods;  // one per observation
};

struct pairaid_source {
  explicit pairaid_source(const pairaid::Source& s);
  const pairaid::Source* model;
  std::optional<std::string> date;  // publication date, "YYYY-MM-DD"
};

struct pairaid_program {
  explicit pairaid_program(const pairaid::Program& p);
  const pairaid::Program* model;
  std::string recipient_area;  // "540000"
  std::optional<std::string> decided_on;
};

struct pairaid_pairing {
  explicit pairaid_pairing(const pairaid::Pairing& p);
  const pairaid::Pairing* model;
  std::string area, valid_from;
  std::optional<std::string> valid_until;
};

struct pairaid_project {
  explicit pairaid_project(const pairaid::Project& p);
  const pairaid::Project* model;
  std::optional<std::string> area, sector;
  std::optional<pairaid::capi::DayRange> period;
};

struct pairaid_transaction {
  explicit pairaid_transaction(const pairaid::Transaction& t);
  const pairaid::Transaction* model;
  std::optional<std::string> area, sector, value_date;
  std::string date;
  pairaid_money value;  // lent to callers: owned by the dataset
};

struct pairaid_dataset {
  explicit pairaid_dataset(pairaid::Dataset d);
  // The wrappers point into `dataset`: the handle never moves.
  pairaid_dataset(const pairaid_dataset&) = delete;
  pairaid_dataset& operator=(const pairaid_dataset&) = delete;

  // The wrapper of an entity of this dataset (one the core's lookups returned).
  const pairaid_area& wrapper(const pairaid::Area& a) const { return areas[index_in(dataset.areas(), a)]; }
  const pairaid_organisation& wrapper(const pairaid::Organisation& o) const {
    return organisations[index_in(dataset.organisations(), o)];
  }
  const pairaid_batch& wrapper(const pairaid::Batch& b) const { return batches[index_in(dataset.batches(), b)]; }
  const pairaid_indicator& wrapper(const pairaid::Indicator& i) const {
    return indicators[index_in(dataset.indicators(), i)];
  }

  const pairaid_source& wrapper(const pairaid::Source& s) const { return sources[index_in(dataset.sources(), s)]; }
  const pairaid_program& wrapper(const pairaid::Program& p) const { return programs[index_in(dataset.programs(), p)]; }
  const pairaid_project& wrapper(const pairaid::Project& p) const { return projects[index_in(dataset.projects(), p)]; }

  pairaid::Dataset dataset;
  std::vector<pairaid_source> sources;
  std::vector<pairaid_program> programs;
  std::vector<pairaid_pairing> pairings;
  std::vector<pairaid_project> projects;
  std::vector<pairaid_transaction> transactions;
  std::vector<pairaid_organisation> organisations;
  std::vector<pairaid_area> areas;
  std::vector<pairaid_batch> batches;
  std::vector<pairaid_indicator> indicators;

 private:
  template <class T>
  static std::size_t index_in(const std::vector<T>& items, const T& item) {
    return static_cast<std::size_t>(&item - items.data());
  }
};

// Every diagnostic of a dataset that failed to load (none when it loads), or every finding of an
// IATI validation (the element path in `pointer`, each with its severity).
struct pairaid_diagnostics {
  pairaid_diagnostics(pairaid_status s, std::vector<pairaid::io::Diagnostic> d);
  pairaid_diagnostics(pairaid_status s, std::vector<pairaid::io::Diagnostic> d, std::vector<std::string> texts,
                      std::vector<const char*> severities);
  pairaid_status status;  // what opening the dataset returns
  std::vector<pairaid::io::Diagnostic> items;
  std::vector<std::string> texts;       // items[i].to_string(), or the finding's own text
  std::vector<const char*> severities;  // "error", "warning", "info"; static storage
};

namespace pairaid::capi {

// The model's figures hold the same variant the C handle does, so they convert without a visit.
static_assert(std::is_same_v<AnyReported, pairaid::AnyReported>,
              "capi::AnyReported must list the model's quantity kinds in the model's order");

// The C name of a model quantity kind ("people" ... "money"); static storage.
inline const char* kind_name(QuantityKind k) noexcept {
  const auto i = static_cast<std::size_t>(k);
  return i < kind_count ? kind_names[i] : money_kind_name;
}

// The word of a model enum value ("county", "province" ...) as static C text. The model's
// EnumNames tables are built from string literals; the static_asserts in the nouns' .cpp files
// check that each word is NUL-terminated, so .data() is a C string.
template <class E, std::size_t N>
constexpr bool words_are_c_strings(const EnumNames<E, N>& names) {
  for (std::string_view w : names.words)
    if (w.data()[w.size()] != '\0') return false;
  return true;
}
template <class E, std::size_t N>
const char* word_of(const EnumNames<E, N>& names, E value) noexcept {
  return names(value).data();
}

// "organisation 12 is out of range (10 organisations)"
std::string out_of_range(const char* what, std::size_t index, std::size_t size, const char* plural);

// Sets *out to the borrowed wrapper `items[index]`, or fails with PAIRAID_ENOTFOUND.
template <class W>
pairaid_status borrow_at(const W** out, const std::vector<W>& items, std::size_t index, const char* what,
                         const char* plural) {
  if (index >= items.size()) return fail(PAIRAID_ENOTFOUND, out_of_range(what, index, items.size(), plural));
  *out = &items[index];
  return PAIRAID_OK;
}

// A new pairaid_reported from a model figure, with the equivalent the source printed beside it,
// the source's words and the source's id.
inline pairaid_status emit_figure(pairaid_reported** out, const AnyFigure& figure) {
  auto made = std::make_unique<pairaid_reported>(figure.value, figure.equivalent);
  made->wording = figure.wording;
  made->source = figure.source.str();
  made->reports = figure.reports;
  *out = made.release();
  return PAIRAID_OK;
}

// Lends `value` as C text, or fails with PAIRAID_ENOTFOUND ("<what> is not known") when absent.
inline pairaid_status lend(const char** out, const std::optional<std::string>& value, const std::string& what) {
  if (!value) return fail(PAIRAID_ENOTFOUND, what + " is not known");
  *out = value->c_str();
  return PAIRAID_OK;
}
template <class Id>
pairaid_status lend_id(const char** out, const std::optional<Id>& id, const std::string& what) {
  if (!id) return fail(PAIRAID_ENOTFOUND, what + " is not known");
  *out = id->str().c_str();
  return PAIRAID_OK;
}
inline std::optional<std::string> text_of(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(pairaid::to_string(*d)) : std::nullopt;
}
template <class Code>
std::optional<std::string> code_text(const std::optional<Code>& c) {
  return c ? std::optional<std::string>(c->to_string()) : std::nullopt;
}

}  // namespace pairaid::capi
