#pragma once
// Forward declarations of pairaid's core types, for headers that only pass them around.
// Including this costs almost nothing; <pairaid/pairaid.hpp> pulls in Boost.Date_Time.
#include <pairaid/version.hpp>

#include <cstddef>

PAIRAID_NAMESPACE_BEGIN

enum class errc;
class error;
enum class RoundingMode;
class Decimal;
struct DecimalParseOptions;
class Currency;
class Money;
struct MoneyFormat;
class Ratio;
template <std::size_t N>
struct KindName;
template <KindName Kind>
class Count;
enum class Qualifier;
struct QualifierPolicy;
template <class Q>
class Interval;
template <class Q>
class Reported;
struct MoneyClaim;
class Period;
struct Quarter;
struct YearMonth;
class FiscalCalendar;
struct FiveYearPlan;
struct FxRate;
struct FxLeg;
struct Rounding;
struct Conversion;
class FxTable;

PAIRAID_NAMESPACE_END
