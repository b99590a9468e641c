// compile_fail.money_plus_count -- docs/quantities.md#money-and-counts
// rule: money and counts do not add.
// why: 25.17 billion yuan plus 622 people has no meaning and no type; Money's operator+ takes two
//      Money values and Count's takes two counts of one kind.
// fix: keep them apart; to spend per head, divide money by count.count() with a rounding mode.
// expect: no match for 'operator\+' \(operand types are '[^']*Money' and '[^']*Count<[^']*"people"
#include <pairaid/core/count.hpp>
#include <pairaid/core/money.hpp>

using namespace pairaid;

const Money budget(Decimal::parse("25170000000"), Currency::of("CNY"));
auto nonsense = budget + people(622);
