#pragma once
// Counts of things, each thing its own kind (after mp-units' "kinds" and Au's makers).
//
//   People p = people(622);              // a count is built by naming its kind
//   auto total = p + people(2117);       // same kind: fine, overflow-checked
//   auto growth = people(2117) / p;      // same kind: an exact Ratio
//   p + projects(3);                     // does not compile: different kinds
//   People q = 622;                      // does not compile: which kind of 622?
//
// A new kind is one line:  using Volunteers = pairaid::Count<"volunteers">;
// and is built with Volunteers::of(5) (or a maker: inline constexpr CountMaker<Volunteers> volunteers{};).
#include <pairaid/core/error.hpp>
#include <pairaid/core/ratio.hpp>

#include <algorithm>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

PAIRAID_NAMESPACE_BEGIN

// The kind's name as a template argument, so that a kind is one line and diagnostics name it.
template <std::size_t N>
struct KindName {
  char text[N];
  constexpr KindName(const char (&s)[N]) noexcept { std::copy_n(s, N, text); }  // NOLINT: implicit by design
  constexpr std::string_view view() const noexcept { return {text, N - 1}; }
};

// Integers only: not bool, and not a character type (people(u'a') would count a code point).
template <class I>
concept CountInteger = WholeNumber<I>;

template <KindName Kind>
class Count {
 public:
  static constexpr std::string_view kind = Kind.view();

  // Zero of this kind.
  constexpr Count() noexcept = default;

  // The one way in: name the kind. Out-of-range integers are errc::overflow, never truncated.
  template <CountInteger I>
  static constexpr Count of(I n) {
    if (!std::in_range<std::int64_t>(n)) throw error(errc::overflow, std::string(kind) + " count out of range");
    return Count(static_cast<std::int64_t>(n));
  }

  // The way out names what it gives: the number of things.
  constexpr std::int64_t count() const noexcept { return n_; }

  friend constexpr Count operator+(Count a, Count b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a.n_, b.n_, &r)) throw overflow("addition");
    return Count(r);
  }
  friend constexpr Count operator-(Count a, Count b) {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a.n_, b.n_, &r)) throw overflow("subtraction");
    return Count(r);
  }
  friend constexpr Count operator-(Count a) { return Count() - a; }
  constexpr Count& operator+=(Count b) { return *this = *this + b; }
  constexpr Count& operator-=(Count b) { return *this = *this - b; }

  // Scaling by a whole number: 3 batches of people(600) is people(1800).
  template <CountInteger I>
  friend constexpr Count operator*(Count a, I k) {
    std::int64_t r = 0;
    if (!std::in_range<std::int64_t>(k) || __builtin_mul_overflow(a.n_, static_cast<std::int64_t>(k), &r))
      throw overflow("multiplication");
    return Count(r);
  }
  template <CountInteger I>
  friend constexpr Count operator*(I k, Count a) {
    return a * k;
  }

  // Same kind divided by same kind has no kind left: an exact Ratio.
  friend constexpr Ratio operator/(Count a, Count b) { return Ratio(a.n_, b.n_); }

  friend constexpr auto operator<=>(Count, Count) noexcept = default;

  std::string to_string() const { return std::to_string(n_) + " " + std::string(kind); }

 private:
  constexpr explicit Count(std::int64_t n) noexcept : n_(n) {}
  static error overflow(const char* op) {
    return error(errc::overflow, std::string(kind) + " count " + op + " overflows 64 bits");
  }
  std::int64_t n_ = 0;
};

// Builds a count by naming its kind: people(622).
template <class C>
struct CountMaker {
  template <CountInteger I>
  constexpr C operator()(I n) const {
    return C::of(n);
  }
};

template <class T>
struct is_count : std::false_type {};
template <KindName K>
struct is_count<Count<K>> : std::true_type {};
template <class T>
concept AnyCount = is_count<T>::value;

// The program's kinds. Dispatched personnel (cadres, skilled workers) are People; those a project
// serves are Beneficiaries, or more specifically Patients and Students.
using People = Count<"people">;
using Beneficiaries = Count<"beneficiaries">;
using Patients = Count<"patients">;
using Students = Count<"students">;
using Projects = Count<"projects">;
using Enterprises = Count<"enterprises">;
using Organisations = Count<"organisations">;
using Brands = Count<"brands">;
using Batches = Count<"batches">;
using Talents = Count<"talents">;
using Hospitals = Count<"hospitals">;

inline constexpr CountMaker<People> people{};
inline constexpr CountMaker<Beneficiaries> beneficiaries{};
inline constexpr CountMaker<Patients> patients{};
inline constexpr CountMaker<Students> students{};
inline constexpr CountMaker<Projects> projects{};
inline constexpr CountMaker<Enterprises> enterprises{};
inline constexpr CountMaker<Organisations> organisations{};
inline constexpr CountMaker<Brands> brands{};
inline constexpr CountMaker<Batches> batches{};
inline constexpr CountMaker<Talents> talents{};
inline constexpr CountMaker<Hospitals> hospitals{};

PAIRAID_NAMESPACE_END
