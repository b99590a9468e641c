#pragma once
// One exception type for the whole library, carrying a stable code so that callers (and the C
// shim) can tell kinds of failure apart without parsing messages.
#include <pairaid/version.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

enum class errc {
  invalid_argument = 1,  // a precondition the caller could have checked
  parse,                 // text that is not what was expected
  overflow,              // a result outside the representable range; never wraps
  inexact,               // a value that cannot be held exactly and no rounding was asked for
  unknown_currency,      // a code not in the ISO 4217 table
  currency_mismatch,     // arithmetic on two different currencies
  missing_rate,          // no exchange rate in force on the value date
  not_found,             // a lookup with no answer (e.g. a date outside every Five-Year Plan)
  io,                    // a file that cannot be read
  invalid_data,          // well-formed input that breaks a rule (duplicate rate, bad period ...)
  mixed_types,           // a total that would add different transaction types, not asked for (docs/queries.md)
};

constexpr std::string_view errc_name(errc code) noexcept {
  switch (code) {
    case errc::invalid_argument: return "invalid_argument";
    case errc::parse: return "parse";
    case errc::overflow: return "overflow";
    case errc::inexact: return "inexact";
    case errc::unknown_currency: return "unknown_currency";
    case errc::currency_mismatch: return "currency_mismatch";
    case errc::missing_rate: return "missing_rate";
    case errc::not_found: return "not_found";
    case errc::io: return "io";
    case errc::invalid_data: return "invalid_data";
    case errc::mixed_types: return "mixed_types";
  }
  return "unknown";
}

class error : public std::runtime_error {
 public:
  error(errc code, const std::string& message) : std::runtime_error(message), code_(code) {}
  errc code() const noexcept { return code_; }

 private:
  errc code_;
};

PAIRAID_NAMESPACE_END
