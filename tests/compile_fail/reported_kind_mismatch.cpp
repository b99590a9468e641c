// compile_fail.reported_kind_mismatch -- docs/quantities.md#reported-kind-mismatch
// rule: a reported figure is checked only against a value of its own kind.
// why: checking "nearly 12,000 people" against 11,000 patients would call a claim consistent on
//      evidence about something else; assess() takes one Q for both.
// fix: assess(parse_reported<People>("nearly 12,000"), people(11000)).
// expect: no matching function for call to 'assess\([^']*Reported<[^']*"people"[^']*, [^']*Count<[^']*"patients"
#include <pairaid/core/phrase.hpp>

using namespace pairaid;

auto check = assess(parse_reported<People>("nearly 12,000"), patients(11000));
