// compile_fail.count_from_double -- docs/quantities.md#count-from-double
// rule: a count is built only from an integer.
// why: people(2.5) is half a person; the makers and Count::of accept integers only (CountInteger),
//      so a fraction never reaches a count to be truncated.
// fix: people(2), or round a Decimal first: people(d.round(0, RoundingMode::half_even).to_int64_exact()).
// expect: no match for call to '\(const [^']*CountMaker<[^']*"people"[^']*\) \(double\)'
#include <pairaid/core/count.hpp>

using namespace pairaid;

auto half = people(2.5);
