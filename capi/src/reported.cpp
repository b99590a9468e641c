// pairaid_reported: a Reported<Q> for any count kind or money, held in a variant; every question
// asked of it is answered by the core (bounds, sum_bounds, assess) through std::visit.
#include "handles.hpp"

#include <vector>

using pairaid::capi::emit;
using pairaid::capi::guard;

namespace pairaid::capi {
namespace {

template <class R>
using value_of = std::decay_t<decltype(std::declval<const R&>().value())>;

template <AnyCount C>
std::string value_text(const C& c) {
  return std::to_string(c.count());
}
std::string value_text(const Money& m) { return m.amount().to_string(); }

template <class Q>
std::string currency_text(const Q& q) {
  if constexpr (std::is_same_v<Q, Money>)
    return std::string(q.currency().code());
  else
    return {};
}

// The core's enums have the C enums' order; checked here so that a reordering fails to compile.
static_assert(static_cast<int>(Qualifier::exact) == PAIRAID_QUALIFIER_EXACT &&
              static_cast<int>(Qualifier::about) == PAIRAID_QUALIFIER_ABOUT &&
              static_cast<int>(Qualifier::nearly) == PAIRAID_QUALIFIER_NEARLY &&
              static_cast<int>(Qualifier::more_than) == PAIRAID_QUALIFIER_MORE_THAN &&
              static_cast<int>(Qualifier::at_least) == PAIRAID_QUALIFIER_AT_LEAST &&
              static_cast<int>(Qualifier::at_most) == PAIRAID_QUALIFIER_AT_MOST &&
              static_cast<int>(Qualifier::less_than) == PAIRAID_QUALIFIER_LESS_THAN &&
              static_cast<int>(Qualifier::dozens_of) == PAIRAID_QUALIFIER_DOZENS_OF &&
              static_cast<int>(Qualifier::hundreds_of) == PAIRAID_QUALIFIER_HUNDREDS_OF &&
              static_cast<int>(Qualifier::thousands_of) == PAIRAID_QUALIFIER_THOUSANDS_OF);
static_assert(static_cast<int>(Verdict::consistent) == PAIRAID_CONSISTENT &&
              static_cast<int>(Verdict::inconsistent) == PAIRAID_INCONSISTENT &&
              static_cast<int>(Verdict::undetermined) == PAIRAID_UNDETERMINED);
constexpr int qualifier_count = PAIRAID_QUALIFIER_THOUSANDS_OF + 1;

// Sets the outputs of an assessment: reasoning first (it may fail to allocate), verdict last.
pairaid_status put(const Assessment& a, pairaid_verdict* verdict, char** reasoning) {
  if (reasoning) *reasoning = dup_string(a.reasoning);
  *verdict = static_cast<pairaid_verdict>(static_cast<int>(a.verdict));
  return PAIRAID_OK;
}

}  // namespace

const char* kind_of(const pairaid_reported& figure) {
  return std::visit([]<class R>(const R&) { return quantity_kind_name<value_of<R>>(); }, figure.figure);
}

Qualifier to_core(pairaid_qualifier qualifier) {
  const int q = static_cast<int>(qualifier);
  if (q < 0 || q >= qualifier_count)
    throw error(errc::invalid_argument, "qualifier " + std::to_string(q) + " is not a pairaid_qualifier");
  return static_cast<Qualifier>(q);
}
pairaid_qualifier to_c(Qualifier qualifier) noexcept {
  return static_cast<pairaid_qualifier>(static_cast<int>(qualifier));
}

}  // namespace pairaid::capi

pairaid_reported::pairaid_reported(pairaid::capi::AnyReported f, std::optional<pairaid::Reported<pairaid::Money>> eq)
    : figure(f), equivalent(eq) {
  value_text = std::visit([](const auto& r) { return pairaid::capi::value_text(r.value()); }, figure);
}

extern "C" {

const char* pairaid_qualifier_name(int qualifier) {
  if (qualifier < 0 || qualifier >= pairaid::capi::qualifier_count) return nullptr;
  // to_string returns views of whole string literals: static storage, NUL-terminated.
  return pairaid::to_string(static_cast<pairaid::Qualifier>(qualifier)).data();
}

const char* pairaid_verdict_name(int verdict) {
  if (verdict < PAIRAID_CONSISTENT || verdict > PAIRAID_UNDETERMINED) return nullptr;
  return pairaid::to_string(static_cast<pairaid::Verdict>(verdict)).data();
}

pairaid_status pairaid_qualifier_policy_new(pairaid_qualifier_policy** out, int64_t nearly_bp, int64_t about_bp) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    // The core scales by (10000 -+ bp) / 10000; outside 0..10000 the lower factor is negative.
    auto check = [](const char* name, int64_t bp) {
      if (bp < 0 || bp > 10000)
        throw pairaid::error(pairaid::errc::invalid_argument,
                             std::string(name) + " must be 0..10000 basis points; got " + std::to_string(bp));
    };
    check("nearly_bp", nearly_bp);
    check("about_bp", about_bp);
    pairaid::QualifierPolicy p;
    p.nearly_bp = nearly_bp;
    p.about_bp = about_bp;
    return emit(out, pairaid_qualifier_policy{p});
  });
}

void pairaid_qualifier_policy_free(pairaid_qualifier_policy* policy) { delete policy; }

pairaid_status pairaid_reported_parse(pairaid_reported** out, const char* kind, const char* phrase) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(kind);
    PAIRAID_REQUIRE(phrase);
    pairaid::capi::with_kind(
        kind, [&]<class C>(std::type_identity<C>) { emit(out, pairaid::parse_reported<C>(phrase), std::nullopt); });
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_parse_money(pairaid_reported** out, const char* phrase) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(phrase);
    pairaid::MoneyClaim claim = pairaid::parse_money_claim(phrase);
    return emit(out, claim.figure, claim.equivalent);
  });
}

pairaid_status pairaid_reported_new_count(pairaid_reported** out, const char* kind, pairaid_qualifier qualifier,
                                          int64_t value) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(kind);
    const pairaid::Qualifier q = pairaid::capi::to_core(qualifier);
    pairaid::capi::with_kind(
        kind, [&]<class C>(std::type_identity<C>) { emit(out, pairaid::Reported<C>(q, C::of(value)), std::nullopt); });
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_kind(const char** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(figure);
    *out = pairaid::capi::kind_of(*figure);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_qualifier(pairaid_qualifier* out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(figure);
    *out = std::visit([](const auto& r) { return pairaid::capi::to_c(r.qualifier()); }, figure->figure);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_value(const char** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(figure);
    *out = figure->value_text.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_count(int64_t* out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(figure);
    const auto* money = std::get_if<pairaid::Reported<pairaid::Money>>(&figure->figure);
    if (money) return pairaid::capi::fail(PAIRAID_EINVALID, "figure is money, not a count; use pairaid_reported_money");
    std::visit(
        [&]<class R>(const R& r) {
          if constexpr (pairaid::AnyCount<pairaid::capi::value_of<R>>) *out = r.value().count();
        },
        figure->figure);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_money(pairaid_money** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    const auto* money = std::get_if<pairaid::Reported<pairaid::Money>>(&figure->figure);
    if (!money)
      return pairaid::capi::fail(PAIRAID_EINVALID, "figure is a count, not money; use pairaid_reported_count");
    return emit(out, money->value());
  });
}

pairaid_status pairaid_reported_equivalent(pairaid_reported** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    if (!figure->equivalent) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "the figure states no equivalent");
    return emit(out, *figure->equivalent, std::nullopt);
  });
}

pairaid_status pairaid_reported_to_string(char** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    *out = pairaid::capi::dup_string(std::visit([](const auto& r) { return r.to_string(); }, figure->figure));
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_bounds(pairaid_interval** out, const pairaid_reported* figure,
                                       const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    const pairaid::QualifierPolicy& p = pairaid::capi::policy_of(policy);
    return std::visit(
        [&](const auto& r) {
          return emit(out, pairaid::capi::AnyInterval(r.bounds(p)), pairaid::capi::currency_text(r.value()));
        },
        figure->figure);
  });
}

pairaid_status pairaid_reported_sum(pairaid_interval** out, const pairaid_reported* const* figures, size_t count,
                                    const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figures);
    if (count == 0)
      return pairaid::capi::fail(PAIRAID_EINVALID, "count must be at least 1: a sum of no figures has no kind");
    for (size_t i = 0; i < count; ++i)
      if (figures[i] == nullptr)
        return pairaid::capi::fail(PAIRAID_EINVALID, "figures[" + std::to_string(i) + "] must not be NULL");
    const pairaid::QualifierPolicy& p = pairaid::capi::policy_of(policy);
    return std::visit(
        [&]<class R>(const R& first) {
          using Q = pairaid::capi::value_of<R>;
          std::vector<R> all;
          all.reserve(count);
          for (size_t i = 0; i < count; ++i) {
            const R* r = std::get_if<R>(&figures[i]->figure);
            if (!r) {
              const char* other = pairaid::capi::kind_of(*figures[i]);
              throw pairaid::error(pairaid::errc::invalid_argument,
                                   std::string("figures[") + std::to_string(i) + "] is " + other + ", figures[0] is " +
                                       pairaid::capi::quantity_kind_name<Q>() + ": only one kind can be summed");
            }
            all.push_back(*r);
          }
          return emit(out, pairaid::capi::AnyInterval(pairaid::sum_bounds<Q>(all, p)),
                      pairaid::capi::currency_text(first.value()));
        },
        figures[0]->figure);
  });
}

pairaid_status pairaid_reported_assess(pairaid_verdict* verdict, char** reasoning, const pairaid_reported* figure,
                                       const char* exact_text, const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(verdict);
    if (reasoning) *reasoning = nullptr;
    PAIRAID_REQUIRE(figure);
    PAIRAID_REQUIRE(exact_text);
    const pairaid::QualifierPolicy& p = pairaid::capi::policy_of(policy);
    return std::visit(
        [&]<class R>(const R& r) {
          using Q = pairaid::capi::value_of<R>;
          if constexpr (std::is_same_v<Q, pairaid::Money>) {
            return pairaid::capi::put(pairaid::assess(r, pairaid::parse_money(exact_text), p), verdict, reasoning);
          } else {
            pairaid::DecimalParseOptions options;
            options.allow_grouping = true;
            const Q exact = Q::of(pairaid::Decimal::parse(exact_text, options).to_int64_exact());
            return pairaid::capi::put(pairaid::assess(r, exact, p), verdict, reasoning);
          }
        },
        figure->figure);
  });
}

pairaid_status pairaid_reported_assess_money(pairaid_verdict* verdict, char** reasoning, const pairaid_reported* figure,
                                             const pairaid_money* exact, const pairaid_qualifier_policy* policy) {
  return guard([&] {
    PAIRAID_REQUIRE(verdict);
    if (reasoning) *reasoning = nullptr;
    PAIRAID_REQUIRE(figure);
    PAIRAID_REQUIRE(exact);
    const auto* money = std::get_if<pairaid::Reported<pairaid::Money>>(&figure->figure);
    if (!money)
      return pairaid::capi::fail(PAIRAID_EINVALID, "figure is a count, not money; use pairaid_reported_assess");
    return pairaid::capi::put(pairaid::assess(*money, exact->value, pairaid::capi::policy_of(policy)), verdict,
                              reasoning);
  });
}

pairaid_status pairaid_reported_wording(const char** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    *out = figure->wording.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_reported_source(const char** out, const pairaid_reported* figure) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(figure);
    *out = figure->source.c_str();
    return PAIRAID_OK;
  });
}

void pairaid_reported_free(pairaid_reported* figure) { delete figure; }

}  // extern "C"
