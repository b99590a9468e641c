// compile_fail.money_times_money -- docs/quantities.md#money-times-money
// rule: money is not multiplied by money.
// why: yuan times yuan is "square yuan", not money; Money scales only by a whole number. An exchange
//      rate is not money either: conversion is FxTable::convert.
// fix: multiply the amounts, with a rounding mode: multiply(a.amount(), b.amount(), RoundingMode::half_even).
// expect: no match for 'operator\*' \(operand types are '[^']*Money' and '[^']*Money'\)
#include <pairaid/core/money.hpp>

using namespace pairaid;

const Money price(Decimal::parse("3.50"), Currency::of("USD"));
auto square_dollars = price * price;
