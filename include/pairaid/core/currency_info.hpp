#pragma once
#include <pairaid/version.hpp>

#include <cstdint>

PAIRAID_NAMESPACE_BEGIN
namespace detail {

// One ISO 4217 code as the library's table holds it (see currency_table.hpp for the source).
struct CurrencyInfo {
  char code[4];             // alphabetic code, NUL-terminated
  std::uint16_t numeric;    // ISO numeric code; 0 when the source gives none
  std::int8_t minor_units;  // digits after the decimal point; -1 when ISO gives none (XXX, XAU ...)
  const char* withdrawn;    // "YYYY-MM" of withdrawal, "" for current codes
  const char* name;         // ISO's English name of the currency
};

}  // namespace detail
PAIRAID_NAMESPACE_END
