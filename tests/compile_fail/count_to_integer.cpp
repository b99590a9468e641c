// compile_fail.count_to_integer -- docs/quantities.md#count-to-integer
// rule: a count does not convert to a number by itself.
// why: once it is a long, 622 people can be added to 3 projects again; the way out is named.
// fix: long n = people(622).count();
// expect: cannot convert '[^']*Count<[^']*"people"[^']*' to 'long int' in initialization
#include <pairaid/core/count.hpp>

using namespace pairaid;

long n = people(622);
