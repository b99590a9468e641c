// compile_fail.money_times_double -- docs/quantities.md#money-times-double
// rule: money is not scaled by a floating-point number.
// why: a double cannot hold 1.1 exactly and the product would be rounded by no stated rule;
//      Money holds exact decimals and rounds only when the caller names a RoundingMode.
// fix: Money(multiply(price.amount(), Decimal::parse("1.1"), RoundingMode::half_even), price.currency()).
// expect: no match for 'operator\*' \(operand types are '[^']*Money' and 'double'\)
#include <pairaid/core/money.hpp>

using namespace pairaid;

const Money price(Decimal::parse("3.50"), Currency::of("USD"));
auto raised = price * 1.1;
