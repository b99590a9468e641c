// pairaid_money: an immutable handle around pairaid::Money. Every operation is the core's; this
// file turns C text into Money and Money into new handles or text.
#include "handles.hpp"

using pairaid::capi::emit;
using pairaid::capi::guard;

namespace {
constexpr unsigned parse_flags = PAIRAID_PARSE_ALLOW_GROUPING;
constexpr unsigned format_flags = PAIRAID_FORMAT_GROUPING | PAIRAID_FORMAT_WITH_CODE;
}  // namespace

extern "C" {

pairaid_status pairaid_money_parse(pairaid_money** out, const char* amount, const char* currency_code, unsigned flags) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(amount);
    PAIRAID_REQUIRE(currency_code);
    if ((flags & ~parse_flags) != 0)
      return pairaid::capi::fail(PAIRAID_EINVALID, "flags: unknown bits " + std::to_string(flags & ~parse_flags) +
                                                       " (known: PAIRAID_PARSE_ALLOW_GROUPING)");
    pairaid::DecimalParseOptions options;
    options.allow_grouping = (flags & PAIRAID_PARSE_ALLOW_GROUPING) != 0;
    return emit(out, pairaid::Money::parse(amount, pairaid::Currency::of(currency_code), options));
  });
}

pairaid_status pairaid_money_parse_phrase(pairaid_money** out, const char* phrase) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(phrase);
    return emit(out, pairaid::parse_money(phrase));
  });
}

pairaid_status pairaid_money_clone(pairaid_money** out, const pairaid_money* money) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(money);
    return emit(out, *money);
  });
}

pairaid_status pairaid_money_add(pairaid_money** out, const pairaid_money* a, const pairaid_money* b) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(a);
    PAIRAID_REQUIRE(b);
    return emit(out, a->value + b->value);
  });
}

pairaid_status pairaid_money_subtract(pairaid_money** out, const pairaid_money* a, const pairaid_money* b) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(a);
    PAIRAID_REQUIRE(b);
    return emit(out, a->value - b->value);
  });
}

pairaid_status pairaid_money_compare(int* out, const pairaid_money* a, const pairaid_money* b) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(a);
    PAIRAID_REQUIRE(b);
    auto order = a->value <=> b->value;  // different currencies: the core throws currency_mismatch
    *out = order < 0 ? -1 : order > 0 ? 1 : 0;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_money_round(pairaid_money** out, const pairaid_money* money, pairaid_rounding_mode mode) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(money);
    return emit(out, money->value.round_to_minor_unit(pairaid::capi::to_core(mode)));
  });
}

pairaid_status pairaid_money_round_digits(pairaid_money** out, const pairaid_money* money, int digits,
                                          pairaid_rounding_mode mode) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(money);
    return emit(out, money->value.round(digits, pairaid::capi::to_core(mode)));
  });
}

pairaid_status pairaid_money_format(char** out, const pairaid_money* money, unsigned flags) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(money);
    if ((flags & ~format_flags) != 0)
      return pairaid::capi::fail(PAIRAID_EINVALID, "flags: unknown bits " + std::to_string(flags & ~format_flags) +
                                                       " (known: PAIRAID_FORMAT_GROUPING, PAIRAID_FORMAT_WITH_CODE)");
    pairaid::MoneyFormat format;
    format.grouping = (flags & PAIRAID_FORMAT_GROUPING) != 0;
    format.with_code = (flags & PAIRAID_FORMAT_WITH_CODE) != 0;
    *out = pairaid::capi::dup_string(money->value.to_string(format));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_money_amount(const char** out, const pairaid_money* money) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(money);
    *out = money->amount.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_money_currency(const char** out, const pairaid_money* money) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(money);
    *out = money->code.c_str();
    return PAIRAID_OK;
  });
}

void pairaid_money_free(pairaid_money* money) { delete money; }

}  // extern "C"
