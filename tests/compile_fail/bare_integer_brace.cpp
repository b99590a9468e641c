// compile_fail.bare_integer_brace -- docs/quantities.md#bare-integer-brace
// rule: a count is never built from a bare integer by direct (brace) initialisation.
// why: Count's constructor from an int64 is private: it is the maker's tool, not the caller's,
//      because only the maker's name says which kind the number counts.
// fix: People p = People::of(622);
// expect: 'constexpr [^']*Count<Kind>::Count\(int64_t\)[^']*"people"[^']*' is private within this context
#include <pairaid/core/count.hpp>

using namespace pairaid;

People p{622};
