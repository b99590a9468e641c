// compile_fail.money_from_number -- docs/quantities.md#money-from-number
// rule: money is never built from a bare number.
// why: "Money m = 5;" has no currency, and a default would make it silently a real one. Money is
//      built from a Decimal and a Currency, or parsed from text that names both.
// fix: Money m(Decimal::from_integer(5), Currency::of("USD"));
// expect: conversion from 'int' to non-scalar type '[^']*Money' requested
#include <pairaid/core/money.hpp>

using namespace pairaid;

Money m = 5;
