// compile_fail.comparing_kinds -- docs/quantities.md#comparing-kinds
// rule: counts of different kinds do not compare.
// why: "fewer people than patients" compares two different things; the answer would depend on
//      nothing but the numbers' digits. operator<=> is defined only within one kind.
// fix: compare the counts' numbers on purpose: people(1).count() < patients(1).count().
// expect: no match for 'operator<' \(operand types are '[^']*Count<[^']*"people"[^']*' and '[^']*Count<[^']*"patients"
#include <pairaid/core/count.hpp>

using namespace pairaid;

bool fewer = people(1) < patients(1);
