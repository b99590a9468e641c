// compile_fail.assigning_kinds -- docs/quantities.md#assigning-kinds
// rule: a count of one kind is not assignable to a variable of another kind.
// why: overwriting a patient count with a people count silently changes what the variable means;
//      Count<"patients"> and Count<"people"> are unrelated types with no conversion between them.
// fix: say that the number is re-read as another kind: Patients::of(dispatched.count()).
// expect: no match for 'operator=' \(operand types are '[^']*Patients' \{aka '[^']*"patients"[^']*'\} and '[^']*People'
// \{aka '[^']*"people"
#include <pairaid/core/count.hpp>

using namespace pairaid;

void record() {
  Patients treated = patients(8300);
  People dispatched = people(622);
  treated = dispatched;
}
