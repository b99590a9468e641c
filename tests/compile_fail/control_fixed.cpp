// compile_fail.control_fixed -- the control: every snippet in this folder, with its fix applied.
// rule: none broken; this file must compile.
// why: it proves that the harness's compiler, flags and include paths (pairaid's and Boost's, via
//      the umbrella header) work, so that the other snippets fail for their own reasons and not
//      for a missing header; and it keeps the fixes shown in docs/quantities.md honest.
// expect: compiles
#include <pairaid/pairaid.hpp>

using namespace pairaid;

namespace mixing_kinds {
auto total = people(622) + people(2117);
}

namespace comparing_kinds {
bool fewer = people(1).count() < patients(1).count();
}

namespace assigning_kinds {
void record() {
  Patients treated = patients(8300);
  People dispatched = people(622);
  treated = Patients::of(dispatched.count());
}
}  // namespace assigning_kinds

namespace bare_integer {
People copy = people(622);
People brace{People::of(622)};
People paren(People::of(622));
void dispatch(People) {}
void plan() { dispatch(people(622)); }
}  // namespace bare_integer

namespace money {
const Money budget(Decimal::parse("25170000000"), Currency::of("CNY"));
const Money price(Decimal::parse("3.50"), Currency::of("USD"));
// money_plus_count: keep them apart; money per head is a named, rounded division.
Decimal per_head = divide(budget.amount(), Decimal::from_integer(people(622).count()), RoundingMode::half_even);
Money more = budget + Money(Decimal::from_integer(100), Currency::of("CNY"));
long x = budget.amount().to_int64_exact();
Money m(Decimal::from_integer(5), Currency::of("USD"));
Decimal square = multiply(price.amount(), price.amount(), RoundingMode::half_even);
Money raised(multiply(price.amount(), Decimal::parse("1.1"), RoundingMode::half_even), price.currency());
Money doubled = price * 2;
}  // namespace money

namespace counts {
auto more = people(600) * 3;
auto two = people(2);
Decimal d = Decimal::parse("2.5");
auto rounded = people(d.round(0, RoundingMode::half_even).to_int64_exact());
long n = people(622).count();
}  // namespace counts

namespace reported {
Reported<People> figure(Qualifier::exact, people(5));
auto check = assess(parse_reported<People>("nearly 12,000"), people(11000));
}  // namespace reported

namespace decimal {
Decimal d = Decimal::parse("0.1");
}

// A new kind is one line, and is built by naming it.
using Volunteers = Count<"volunteers">;
inline constexpr CountMaker<Volunteers> volunteers{};
auto helpers = Volunteers::of(5) + volunteers(3);

int main() {}
