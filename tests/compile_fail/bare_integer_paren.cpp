// compile_fail.bare_integer_paren -- docs/quantities.md#bare-integer-paren
// rule: a count is never built from a bare integer by direct (parenthesised) initialisation.
// why: the same private constructor as for braces: People p(622) names a type, not a kind of
//      thing counted, and would bypass the range check in Count::of.
// fix: People p = People::of(622);
// expect: 'constexpr [^']*Count<Kind>::Count\(int64_t\)[^']*"people"[^']*' is private within this context
#include <pairaid/core/count.hpp>

using namespace pairaid;

People p(622);
