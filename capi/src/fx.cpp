// Exchange-rate tables and conversions. pairaid_fx_table (handles.hpp) holds the core's
// FxTable::Builder and builds the immutable FxTable on demand; conversions copy out what they used.
#include "handles.hpp"

#include <pairaid/io/fx_csv.hpp>

#include <vector>

struct pairaid_fx_leg {
  explicit pairaid_fx_leg(const pairaid::FxLeg& l)
      : from(l.from.code()),
        to(l.to.code()),
        base(l.rate.base.code()),
        quote(l.rate.quote.code()),
        rate(l.rate.rate.to_string()),
        date(pairaid::to_string(l.rate.date)),
        source(l.rate.source),
        inverted(l.inverted) {}
  std::string from, to, base, quote, rate, date, source;
  bool inverted;
};

struct pairaid_fx_conversion {
  explicit pairaid_fx_conversion(const pairaid::Conversion& c)
      : amount(c.amount), value_date(pairaid::to_string(c.value_date)) {
    legs.reserve(c.legs.size());
    for (const auto& l : c.legs) legs.emplace_back(l);
  }
  pairaid_money amount;
  std::string value_date;
  std::vector<pairaid_fx_leg> legs;
};

using pairaid::capi::emit;
using pairaid::capi::guard;

extern "C" {

pairaid_status pairaid_fx_table_new(pairaid_fx_table** out, const char* pivot_code) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    std::optional<pairaid::Currency> pivot;
    if (pivot_code) pivot = pairaid::Currency::of(pivot_code);
    return emit(out, pivot);
  });
}

pairaid_status pairaid_fx_table_add_rate(pairaid_fx_table* table, const char* date, const char* base, const char* quote,
                                         const char* rate, const char* source) {
  return guard([&] {
    PAIRAID_REQUIRE(table);
    PAIRAID_REQUIRE(date);
    PAIRAID_REQUIRE(base);
    PAIRAID_REQUIRE(quote);
    PAIRAID_REQUIRE(rate);
    PAIRAID_REQUIRE(source);
    pairaid::FxRate r{pairaid::parse_date(date), pairaid::Currency::of(base), pairaid::Currency::of(quote),
                      pairaid::Decimal::parse(rate), source};
    table->modify([&](pairaid::FxTable::Builder& b) { b.add(std::move(r)); });
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_table_add_csv(pairaid_fx_table* table, const char* csv_text, const char* name) {
  return guard([&] {
    PAIRAID_REQUIRE(table);
    PAIRAID_REQUIRE(csv_text);
    PAIRAID_REQUIRE(name);
    table->modify([&](pairaid::FxTable::Builder& b) { pairaid::io::add_fx_csv(b, csv_text, name); });
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_table_load_csv(pairaid_fx_table* table, const char* path) {
  return guard([&] {
    PAIRAID_REQUIRE(table);
    PAIRAID_REQUIRE(path);
    table->modify([&](pairaid::FxTable::Builder& b) { pairaid::io::add_fx_csv_file(b, path); });
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_table_size(size_t* out, const pairaid_fx_table* table) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(table);
    *out = table->size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_table_convert(pairaid_fx_conversion** out, const pairaid_fx_table* table,
                                        const pairaid_money* money, const char* target_code, const char* value_date,
                                        pairaid_rounding_mode mode, int digits) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(table);
    PAIRAID_REQUIRE(money);
    PAIRAID_REQUIRE(target_code);
    PAIRAID_REQUIRE(value_date);
    if (digits < -1 || digits > pairaid::Decimal::scale)
      return pairaid::capi::fail(
          PAIRAID_EINVALID, "digits must be 0..9, or -1 for the target's minor unit; got " + std::to_string(digits));
    pairaid::Rounding rounding{pairaid::capi::to_core(mode), std::nullopt};
    if (digits >= 0) rounding.digits = digits;
    auto snapshot = table->table();
    return emit(out, snapshot->convert(money->value, pairaid::Currency::of(target_code),
                                       pairaid::parse_date(value_date), rounding));
  });
}

void pairaid_fx_table_free(pairaid_fx_table* table) { delete table; }

pairaid_status pairaid_fx_conversion_amount(const pairaid_money** out, const pairaid_fx_conversion* conversion) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(conversion);
    *out = &conversion->amount;
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_conversion_value_date(const char** out, const pairaid_fx_conversion* conversion) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(conversion);
    *out = conversion->value_date.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_conversion_leg_count(size_t* out, const pairaid_fx_conversion* conversion) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(conversion);
    *out = conversion->legs.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_fx_conversion_leg(const pairaid_fx_leg** out, const pairaid_fx_conversion* conversion,
                                         size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(conversion);
    if (index >= conversion->legs.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "leg " + std::to_string(index) + " is out of range (" +
                                                        std::to_string(conversion->legs.size()) + " legs)");
    *out = &conversion->legs[index];
    return PAIRAID_OK;
  });
}

void pairaid_fx_conversion_free(pairaid_fx_conversion* conversion) { delete conversion; }

#define PAIRAID_LEG_TEXT(field)                                                        \
  pairaid_status pairaid_fx_leg_##field(const char** out, const pairaid_fx_leg* leg) { \
    return guard([&] {                                                                 \
      PAIRAID_REQUIRE(out);                                                            \
      PAIRAID_REQUIRE(leg);                                                            \
      *out = leg->field.c_str();                                                       \
      return PAIRAID_OK;                                                               \
    });                                                                                \
  }
PAIRAID_LEG_TEXT(from)
PAIRAID_LEG_TEXT(to)
PAIRAID_LEG_TEXT(base)
PAIRAID_LEG_TEXT(quote)
PAIRAID_LEG_TEXT(rate)
PAIRAID_LEG_TEXT(date)
PAIRAID_LEG_TEXT(source)
#undef PAIRAID_LEG_TEXT

pairaid_status pairaid_fx_leg_inverted(int* out, const pairaid_fx_leg* leg) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(leg);
    *out = leg->inverted ? 1 : 0;
    return PAIRAID_OK;
  });
}

}  // extern "C"
