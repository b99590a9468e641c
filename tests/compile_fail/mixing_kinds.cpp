// compile_fail.mixing_kinds -- docs/quantities.md#mixing-kinds
// rule: counts of different kinds do not add.
// why: 622 people plus 3 projects is not 625 of anything. Each kind is its own type and operator+
//      exists only for two counts of one kind, so the sum has no type to be.
// fix: add like to like (people(622) + people(2117)), or keep the totals apart.
// expect: no match for 'operator\+' \(operand types are '[^']*Count<[^']*"people"[^']*' and '[^']*Count<[^']*"projects"
#include <pairaid/core/count.hpp>

using namespace pairaid;

auto total = people(622) + projects(3);
