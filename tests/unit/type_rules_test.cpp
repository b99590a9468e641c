// The type rules of the core, checked by the compiler: each static_assert is a rule, with the reason
// in its comment. A rule that stopped holding would stop this file from compiling. (The runtime
// test case at the end only records that the file was built.)
#include <pairaid/core/count.hpp>
#include <pairaid/core/money.hpp>
#include <pairaid/core/ratio.hpp>
#include <pairaid/core/reported.hpp>

#include <boost/test/unit_test.hpp>

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

using namespace pairaid;

namespace {

// requires-expressions must sit in templates to ask "is this valid?" without a hard error.
template <class A, class B>
concept Addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept Subtractable = requires(A a, B b) {
  a - b;
};
template <class A, class B>
concept Multipliable = requires(A a, B b) {
  a* b;
};
template <class A, class B>
concept Dividable = requires(A a, B b) {
  a / b;
};
template <class A, class B>
concept EqualityComparable = requires(A a, B b) {
  a == b;
};
template <class A, class B>
concept Orderable = requires(A a, B b) {
  a < b;
};
template <class C, class I>
concept MakeableFrom = requires(I i) {
  C::of(i);
};

// --- counts ------------------------------------------------------------------------------------------

// A bare number does not say what it counts: People p = 622 must not compile, nor People(622).
static_assert(!std::is_constructible_v<People, int>);
static_assert(!std::is_constructible_v<People, std::int64_t>);
static_assert(!std::is_convertible_v<int, People>);
static_assert(!std::is_convertible_v<double, People>);
// ... but a count is built by naming its kind.
static_assert(MakeableFrom<People, int>);
static_assert(std::same_as<decltype(people(622)), People>);
// A count does not silently become a number either: reading it is the explicit .count().
static_assert(!std::is_convertible_v<People, std::int64_t>);
static_assert(!std::is_convertible_v<People, int>);
static_assert(!std::is_constructible_v<std::int64_t, People>);
// Different kinds never mix: people + projects has no meaning.
static_assert(!Addable<People, Projects>);
static_assert(!Subtractable<Patients, Students>);
static_assert(!EqualityComparable<People, Projects>);
static_assert(!Orderable<Beneficiaries, Patients>);
static_assert(!Dividable<People, Projects>);
// Nor do kinds convert into one another (Patients are Beneficiaries in prose, not in types).
static_assert(!std::is_convertible_v<Patients, Beneficiaries>);
static_assert(!std::is_constructible_v<Beneficiaries, Patients>);
// Same kind: sums stay that kind; a quotient has no kind left and is a Ratio.
static_assert(std::same_as<decltype(people(1) + people(2)), People>);
static_assert(std::same_as<decltype(people(1) / people(2)), Ratio>);
// Adding a bare number to a count would hide what is being added.
static_assert(!Addable<People, int>);
static_assert(!Addable<int, People>);
// Scaling by a whole number is meaningful (3 batches of 600 people); by a fraction it is not a count.
static_assert(Multipliable<People, int>);
static_assert(Multipliable<unsigned, People>);
static_assert(!Multipliable<People, double>);
static_assert(!Multipliable<People, bool>);    // a bool is not a number of times
static_assert(!Multipliable<People, People>);  // people x people is not a count of anything
// A count divided by a plain number is not offered (it would round, or not be a count).
static_assert(!Dividable<People, int>);
// A char is text, not a count: people('a') must not compile.
static_assert(!MakeableFrom<People, char>);
static_assert(!MakeableFrom<People, bool>);
// Nor is any other character type: people(u'a') would count the code point.
static_assert(!MakeableFrom<People, wchar_t>);
static_assert(!MakeableFrom<People, char8_t>);
static_assert(!MakeableFrom<People, char16_t>);
static_assert(!MakeableFrom<People, char32_t>);
static_assert(!Multipliable<People, char16_t>);
// signed char and unsigned char are std::int8_t and std::uint8_t: small integers, allowed.
static_assert(MakeableFrom<People, std::uint8_t>);
// A new kind is one line, and is a distinct type with its own name.
using Volunteers = Count<"volunteers">;
static_assert(!std::same_as<Volunteers, People>);
static_assert(Volunteers::kind == "volunteers");
static_assert(AnyCount<Volunteers> && AnyCount<People> && !AnyCount<int> && !AnyCount<Money>);

// --- money and decimals ---------------------------------------------------------------------------

// Money never becomes a bare number: its currency would be lost.
static_assert(!std::is_convertible_v<Money, long>);
static_assert(!std::is_convertible_v<Money, double>);
static_assert(!std::is_convertible_v<Money, Decimal>);
static_assert(!std::is_constructible_v<long, Money>);
// Nor is a bare number money: an amount without a currency is not money.
static_assert(!std::is_convertible_v<long, Money>);
static_assert(!std::is_constructible_v<Money, long>);
static_assert(!std::is_constructible_v<Money, Decimal>);
static_assert(std::is_constructible_v<Money, Decimal, Currency>);
// Money and plain numbers do not add (which currency would 5 be in?).
static_assert(!Addable<Money, int>);
static_assert(!Addable<Money, Decimal>);
// Money and counts are different quantities.
static_assert(!Addable<Money, People>);
// Money scales by whole numbers exactly; by anything fractional only through a rounded multiply().
static_assert(Multipliable<Money, int>);
static_assert(!Multipliable<Money, double>);
static_assert(!Multipliable<Money, Decimal>);
static_assert(!Multipliable<Money, Money>);
static_assert(!Dividable<Money, int>);
// Decimal has no floating point on its surface: no conversion either way.
static_assert(!std::is_convertible_v<double, Decimal>);
static_assert(!std::is_constructible_v<Decimal, double>);
static_assert(!std::is_convertible_v<Decimal, double>);
// An integer becomes a Decimal only through a named maker (from_integer or from_raw: which scale?).
static_assert(!std::is_constructible_v<Decimal, int>);
static_assert(!std::is_convertible_v<int, Decimal>);
static_assert(!Multipliable<Decimal, double>);
static_assert(!Multipliable<Decimal, bool>);
// Decimal x Decimal may need rounding, so it is the function multiply(a, b, mode), not an operator.
static_assert(!Multipliable<Decimal, Decimal>);
static_assert(!Dividable<Decimal, Decimal>);
// A currency is not a string, and a string is not a currency: Currency::of checks the code.
static_assert(!std::is_convertible_v<Currency, std::string_view>);
static_assert(!std::is_convertible_v<const char*, Currency>);
static_assert(!std::is_constructible_v<Currency, const char*>);
// A ratio is not a number until it is rounded with to_decimal.
static_assert(!std::is_convertible_v<Ratio, double>);
static_assert(!std::is_convertible_v<Ratio, Decimal>);

// --- reported figures and intervals ------------------------------------------------------------------

// Intervals of different kinds do not add up.
static_assert(Addable<Interval<People>, Interval<People>>);
static_assert(!Addable<Interval<People>, Interval<Projects>>);
static_assert(!Addable<Interval<People>, Interval<Money>>);
// A reported figure is not its value: reading the value is explicit, so the qualifier is not lost.
static_assert(!std::is_convertible_v<Reported<People>, People>);
static_assert(!std::is_convertible_v<People, Reported<People>>);
static_assert(!std::is_convertible_v<Reported<People>, Reported<Projects>>);
// Reported figures themselves do not add: only their intervals (sum_bounds) do.
static_assert(!Addable<Reported<People>, Reported<People>>);

}  // namespace

BOOST_AUTO_TEST_SUITE(type_rules)

BOOST_AUTO_TEST_CASE(the_type_rules_hold_at_compile_time) {
  // Everything is checked by the static_asserts above; this case records that they compiled.
  BOOST_TEST((Addable<People, People>));
  BOOST_TEST(!(Addable<People, Projects>));
}

BOOST_AUTO_TEST_SUITE_END()
