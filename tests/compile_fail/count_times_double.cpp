// compile_fail.count_times_double -- docs/quantities.md#scaling-by-double
// rule: a count is scaled only by a whole number.
// why: 1.5 x 622 people is 933 people, but 1.1 x 622 is 684.2 people, and a count has no room for
//      the 0.2; Count's operator* is constrained to integers (CountInteger).
// fix: scale by an integer (people(600) * 3), or compute the figure as a Decimal and round it on purpose.
// expect: no match for 'operator\*' \(operand types are '[^']*Count<[^']*"people"[^']*' and 'double'\)
#include <pairaid/core/count.hpp>

using namespace pairaid;

auto more = people(622) * 1.5;
