// compile_fail.bare_integer_copy -- docs/quantities.md#bare-integer
// rule: a count is never built from a bare integer by copy-initialisation.
// why: "People p = 622;" does not say what 622 counts; the only ways in name the kind
//      (people(622), People::of(622)), and Count has no converting constructor.
// fix: People p = people(622);
// expect: conversion from 'int' to non-scalar type '[^']*People' \{aka '[^']*Count<[^']*"people"[^']*'\} requested
#include <pairaid/core/count.hpp>

using namespace pairaid;

People p = 622;
