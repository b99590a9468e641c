// compile_fail.money_plus_integer -- docs/quantities.md#money-and-integers
// rule: a bare number is not added to money.
// why: budget + 100 does not say 100 of what currency (nor whether yuan or fen); Money has no
//      constructor from a number, so there is no Money for the 100 to become.
// fix: budget + Money(Decimal::from_integer(100), Currency::of("CNY")).
// expect: no match for 'operator\+' \(operand types are '[^']*Money' and 'int'\)
#include <pairaid/core/money.hpp>

using namespace pairaid;

const Money budget(Decimal::parse("25170000000"), Currency::of("CNY"));
auto more = budget + 100;
