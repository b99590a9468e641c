// compile_fail.decimal_from_double -- docs/quantities.md#decimal-from-double
// rule: a Decimal is never built from a floating-point number.
// why: 0.1 as a double is 0.1000000000000000055511151231257827...; a Decimal built from it would
//      either carry that error or round it by an unstated rule. Decimal is built from text or an integer.
// fix: Decimal d = Decimal::parse("0.1");
// expect: conversion from 'double' to non-scalar type '[^']*Decimal' requested
#include <pairaid/core/decimal.hpp>

using namespace pairaid;

Decimal d = 0.1;
