// compile_fail.money_to_integer -- docs/quantities.md#money-to-integer
// rule: money does not convert to a number.
// why: the integer would drop the currency (CNY or USD?) and, silently, any fraction; reading the
//      amount is an explicit call (.amount()), and making it a whole number is another
//      (.to_int64_exact(), which refuses fractions, after a named rounding if one is wanted).
// fix: long x = budget.amount().to_int64_exact();
// expect: cannot convert '[^']*Money' to 'long int' in initialization
#include <pairaid/core/money.hpp>

using namespace pairaid;

const Money budget(Decimal::parse("25170000000"), Currency::of("CNY"));
long x = budget;
