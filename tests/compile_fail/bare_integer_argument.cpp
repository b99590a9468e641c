// compile_fail.bare_integer_argument -- docs/quantities.md#bare-integer-argument
// rule: a function taking a count does not accept a bare integer.
// why: at the call site dispatch(622) hides which kind 622 is; with two count parameters it would
//      not even show which is which. No implicit conversion from an integer exists.
// fix: dispatch(people(622));
// expect: could not convert '622' from 'int' to '[^']*People' \{aka '[^']*Count<[^']*"people"
#include <pairaid/core/count.hpp>

using namespace pairaid;

void dispatch(People batch);

void plan() { dispatch(622); }
