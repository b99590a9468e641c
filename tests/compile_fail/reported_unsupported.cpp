// compile_fail.reported_unsupported -- docs/quantities.md#reported-figures
// rule: Reported<Q> holds a Count kind or Money, nothing else.
// why: a qualifier's interval is worked out in the quantity's own arithmetic (whole numbers for
//      counts, exact decimals for money); an int has no kind and a double no exactness.
// fix: Reported<People>(Qualifier::exact, people(5)).
// expect: static assertion failed: pairaid: Reported<Q> holds a Count kind or Money
// \(docs/quantities.md#reported-figures\)
#include <pairaid/core/reported.hpp>

using namespace pairaid;

Reported<int> figure(Qualifier::exact, 5);
