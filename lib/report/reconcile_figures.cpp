// The checks on single indicator figures: a money figure against the equivalent printed beside it,
// a breakdown against its total, and every figure against its own wording.
#include "reconcile_internal.hpp"

#include <pairaid/core/phrase.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace report_detail {
namespace {

std::string clause(Verdict v, const std::string& evidence, const std::string& claim) {
  switch (v) {
    case Verdict::consistent: return evidence + " is inside " + claim;
    case Verdict::inconsistent: return evidence + " is outside " + claim;
    case Verdict::undetermined: return evidence + " is partly inside " + claim;
  }
  return evidence + " ? " + claim;
}

std::string interval_or_value(const Interval<Money>& i) {
  if (i.lower() && i.upper() && i.lower()->value == i.upper()->value) return quantity_words(i.lower()->value);
  return interval_words(i);
}

// "÷ 7.0809 CNY per USD (in force from 2023-01-01; FRED AEXCHUS ...)"
std::string leg_words(const FxLeg& leg) {
  const FxRate& r = leg.rate;
  return std::string(leg.inverted ? "\xC3\xB7 " : "\xC3\x97 ") + r.rate.to_string() + " " +
         std::string(r.quote.code()) + " per " + std::string(r.base.code()) + " (the rate in force from " +
         to_string(r.date) + "; " + r.source + ")";
}

// --- money figures and their equivalents ------------------------------------------------------------

// A figure for several whole calendar years is converted at the mean of the rates in force on
// 1 January of each of its years (the annual averages a table like FRED's holds), since a source
// rarely says how the money was spread over the years. A table of one rate at the period's start,
// holding that mean, then converts it like any other. Nothing when the period is not several whole
// years or a year has no direct rate.
struct PeriodRate {
  FxTable table;
  std::string words;
};

std::optional<PeriodRate> period_mean_rate(const Money& m, Currency to, const std::optional<Period>& period,
                                           const FxTable& fx, const ReconcileOptions& o) {
  if (!period) return std::nullopt;
  const Date first = period->begin(), last = period->last();
  if (first.month() != 1 || first.day() != 1 || last.month() != 12 || last.day() != 31 || first.year() == last.year())
    return std::nullopt;
  std::vector<FxLeg> legs;
  for (int y = first.year(); y <= last.year(); ++y) {
    auto leg = fx.leg(m.currency(), to, Date(static_cast<unsigned short>(y), 1, 1));
    if (!leg) return std::nullopt;
    if (!legs.empty() && (leg->inverted != legs.front().inverted || leg->rate.base != legs.front().rate.base))
      return std::nullopt;
    legs.push_back(*leg);
  }
  Decimal sum;
  std::vector<std::string> rates;
  std::set<std::string> sources;
  for (const FxLeg& l : legs) {
    sum += l.rate.rate;
    rates.push_back(l.rate.rate.to_string() + " (" + to_string(l.rate.date).substr(0, 4) + ")");
    sources.insert(l.rate.source);
  }
  const auto n = static_cast<std::int64_t>(legs.size());
  const Decimal mean = divide(sum, Decimal::from_integer(n), o.rounding.mode);
  const FxRate& r0 = legs.front().rate;
  FxTable::Builder b;
  b.add(FxRate{first, r0.base, r0.quote, mean, "mean of " + std::to_string(n) + " annual rates"});
  std::string rate_list;
  for (std::size_t i = 0; i < rates.size(); ++i) rate_list += (i ? " + " : "") + rates[i];
  std::string src;
  for (const std::string& x : sources) src += (src.empty() ? "" : "; ") + x;
  PeriodRate out{b.build(), "The period covers " + std::to_string(n) +
                                " whole years, so the amount is converted at "
                                "the mean of the rates in force on 1 January of each (" +
                                src + "): (" + rate_list + ") / " + std::to_string(n) + " = " + sum.to_string() +
                                " / " + std::to_string(n) + " = " + mean.to_string() + " " +
                                std::string(r0.quote.code()) + " per " + std::string(r0.base.code()) +
                                (divide(sum, Decimal::from_integer(n), RoundingMode::floor) ==
                                         divide(sum, Decimal::from_integer(n), RoundingMode::ceiling)
                                     ? " (exact)"
                                     : " (rounded " + std::string(to_string(o.rounding.mode)) + " to 9 decimals)") +
                                ". "};
  return out;
}

void fx_check(const Indicator& ind, const AnyFigure& f, const std::optional<Date>& value_date,
              const std::string& date_origin, const std::string& pointer, const FxTable& table,
              const ReconcileOptions& o, std::vector<Check>& out, const std::optional<Period>& period = std::nullopt) {
  const Reported<Money>& figure = get<Money>(f.value);
  const Reported<Money>& equivalent = *f.equivalent;
  const Currency to = equivalent.value().currency();

  Check c;
  c.kind = CheckKind::fx_equivalent;
  c.id = "fx_equivalent:" + pointer;
  c.pointer = pointer;
  c.title = ind.title + ": " + quoted_figure(f) + " against its equivalent, " + figure_words(equivalent);
  if (!value_date) {
    c.verdict = Verdict::undetermined;
    c.reasoning = "The figure has no period or date, so there is no value date to look up a rate for.";
    out.push_back(std::move(c));
    return;
  }
  std::string r = "Value date " + to_string(*value_date) + ", " + date_origin + ". ";
  const std::optional<PeriodRate> mean = period_mean_rate(figure.value(), to, period, table, o);
  const FxTable& fx = mean ? mean->table : table;
  if (mean) r += mean->words;
  const Interval<Money> claim = equivalent.bounds(o.policy);
  Interval<Money> converted;
  std::optional<Conversion> at_value;
  try {
    at_value = fx.convert(figure.value(), to, *value_date, o.rounding);
    if (figure.qualifier() == Qualifier::exact) {
      converted = Interval<Money>::exactly(at_value->amount);
    } else {
      // A qualified figure converts bound by bound.
      const Interval<Money> b = figure.bounds(o.policy);
      auto conv = [&](const std::optional<Bound<Money>>& x) -> std::optional<Bound<Money>> {
        if (!x) return std::nullopt;
        return Bound<Money>{fx.convert(x->value, to, *value_date, o.rounding).amount, x->inclusive};
      };
      converted = Interval<Money>(conv(b.lower()), conv(b.upper()));
      r += figure_words(figure) + " means " + interval_words(b) + ". ";
    }
  } catch (const error& e) {
    if (e.code() != errc::missing_rate) throw;
    c.verdict = Verdict::undetermined;
    c.reasoning = r + "No rate to convert with: " + e.what() +
                  (o.fx ? " in the table given" : " in the dataset's exchange rates") +
                  ". A missing rate is never taken as 1:1 or 0, so " + figure_words(equivalent) + " cannot be checked.";
    out.push_back(std::move(c));
    return;
  }

  const int digits = o.rounding.digits ? *o.rounding.digits : to.minor_units().value_or(0);
  r += quantity_words(figure.value());
  for (const FxLeg& leg : at_value->legs) r += " " + leg_words(leg);
  r += " = " + quantity_words(at_value->amount) + ", rounded " + std::string(to_string(o.rounding.mode)) + " to " +
       std::to_string(digits) + " decimals. ";
  if (figure.qualifier() != Qualifier::exact) r += "Converted bound by bound: " + interval_words(converted) + ". ";
  const Assessment a = assess(claim, converted);
  c.verdict = a.verdict;
  r += "The equivalent, " + figure_words(equivalent) + ", means " + interval_words(claim) + " (" +
       qualifier_rule(equivalent.qualifier(), o.policy) +
       "): " + clause(a.verdict, interval_or_value(converted), "it") + ".";

  // The rate the two printed figures imply, in the direction of the rate used, to compare by eye.
  if (at_value->legs.size() == 1 && !figure.value().is_zero() && !equivalent.value().is_zero()) {
    const FxLeg& leg = at_value->legs.front();
    const Decimal from = figure.value().amount(), there = equivalent.value().amount();
    const int shown = std::max(4, leg.rate.rate.fraction_digits());
    const Decimal implied = (leg.inverted ? divide(from, there, o.rounding.mode) : divide(there, from, o.rounding.mode))
                                .round(shown, o.rounding.mode);
    r += " The two printed figures imply " + implied.to_string(shown) + " " + std::string(leg.rate.quote.code()) +
         " per " + std::string(leg.rate.base.code()) + ".";
  }
  c.reasoning = std::move(r);
  out.push_back(std::move(c));
}

// --- breakdowns against totals ------------------------------------------------------------------------

template <class Q>
std::string term_words(const Reported<Q>& r) {
  if (r.qualifier() == Qualifier::exact) return number_words(r.value());
  return figure_words(r);
}

template <class Q>
std::string sum_words(const Interval<Q>& s) {
  if (s.lower() && s.upper() && s.lower()->value == s.upper()->value) return quantity_words(s.lower()->value);
  return interval_words(s);
}

template <class Q>
Check breakdown_check(const Indicator& ind, const Observation& obs, const Breakdown& b, const std::string& pointer,
                      const ReconcileOptions& o) {
  Check c;
  c.kind = CheckKind::breakdown_vs_total;
  c.id = "breakdown_vs_total:" + pointer;
  c.pointer = pointer;
  const std::string dimension = b.dimension.empty() ? std::string("?") : b.dimension;
  c.title = ind.title + ": breakdown by " + dimension + " against the total";

  std::vector<Reported<Q>> parts;
  std::vector<std::string> terms, named, unknown;
  for (const BreakdownItem& item : b.items) {
    const std::string label = item.label.empty() ? item.key : item.label;
    named.push_back(label);
    if (item.value && item.value->kind() == ind.kind) {
      parts.push_back(get<Q>(item.value->value));
      terms.push_back(term_words(parts.back()) + " (" + label + ")");
    } else {
      unknown.push_back(label);
    }
  }
  std::optional<Reported<Q>> total;
  if (obs.actual && obs.actual->kind() == ind.kind) total = get<Q>(obs.actual->value);
  const std::string whole = b.exhaustive ? "all of the total" : "part of the total";

  if (parts.empty()) {
    c.verdict = Verdict::undetermined;
    c.reasoning = "The breakdown by " + dimension + " (" + whole + ") names " + joined_list(named) +
                  " but gives no figure for any of them, so there is nothing to add up" +
                  (total ? " against " + quoted_figure(*obs.actual) : std::string()) + ".";
    return c;
  }
  Interval<Q> S;
  try {
    S = sum_bounds<Q>(parts, o.policy);
  } catch (const error& e) {
    c.verdict = Verdict::undetermined;
    c.reasoning = "The parts cannot be added up: " + std::string(e.what()) + ".";
    return c;
  }
  std::string r = "The breakdown by " + dimension + " (" + whole + "): ";
  for (std::size_t t = 0; t < terms.size(); ++t) r += (t ? " + " : "") + terms[t];
  r += " = " + sum_words(S) + ".";
  if (!unknown.empty()) r += " " + joined_list(unknown) + (unknown.size() == 1 ? " has" : " have") + " no figure.";
  if (!total) {
    c.verdict = Verdict::undetermined;
    c.reasoning = r + " The source states no total to check the sum against.";
    return c;
  }
  const Interval<Q> T = total->bounds(o.policy);
  r += " " + quoted_figure(*obs.actual) + " means " + interval_words(T) + " (" +
       qualifier_rule(total->qualifier(), o.policy) + "): ";
  if (b.exhaustive && unknown.empty()) {
    const Assessment a = assess(T, S);
    c.verdict = a.verdict;
    c.reasoning = r + clause(a.verdict, sum_words(S), "it") + ".";
    return c;
  }
  // Known parts of a total may not exceed it; the rest of it is unknown.
  const Interval<Q> at_least_sum(S.lower(), std::nullopt);
  if (!at_least_sum.intersects(T)) {
    c.verdict = Verdict::inconsistent;
    c.reasoning = r + "the parts alone are " + interval_words(at_least_sum) + ", more than it allows.";
  } else if (S.upper() && T.lower() && !(T.lower()->value < S.upper()->value)) {
    c.verdict = Verdict::consistent;
    c.reasoning =
        r + "the parts fit within it whatever their exact values" +
        (b.exhaustive ? "; the items without a figure make up the rest." : "; the rest is outside the breakdown.");
  } else {
    c.verdict = Verdict::undetermined;
    c.reasoning = r + "the parts fit within it for some of their values but not all.";
  }
  return c;
}

// --- wording against the stored figure ----------------------------------------------------------------

template <class Q>
std::string stated_words(const Reported<Q>& r) {
  if (r.qualifier() == Qualifier::exact) return "exactly " + quantity_words(r.value());
  return figure_words(r);
}

template <class Q>
std::optional<Check> wording_check(const Reported<Q>& stored, const std::optional<Reported<Money>>& stored_equivalent,
                                   const std::string& wording, const std::string& what, const std::string& pointer) {
  if (wording.empty()) return std::nullopt;
  Check c;
  c.kind = CheckKind::wording_vs_value;
  c.id = "wording_vs_value:" + pointer;
  c.pointer = pointer;
  c.title = "Wording: \"" + wording + "\" (" + what + ")";
  const std::string quoted = "\"" + wording + "\"";
  try {
    std::string extra;
    bool same = true;
    std::string read;
    if constexpr (std::same_as<Q, Money>) {
      const MoneyClaim claim = parse_money_claim(wording);
      read = stated_words(claim.figure);
      same = claim.figure == stored;
      if (claim.equivalent) {
        read += " with the equivalent " + figure_words(*claim.equivalent);
        if (!stored_equivalent) {
          same = false;
          extra = " The wording gives an equivalent the figure does not store.";
        } else if (!(*stored_equivalent == *claim.equivalent)) {
          same = false;
          extra = " The stored equivalent is " + figure_words(*stored_equivalent) + ".";
        }
      } else if (stored_equivalent) {
        extra = " (The wording does not repeat the stored equivalent, " + figure_words(*stored_equivalent) + ".)";
      }
    } else {
      const Reported<Q> parsed = parse_reported<Q>(wording);
      read = stated_words(parsed);
      same = parsed == stored;
    }
    c.verdict = same ? Verdict::consistent : Verdict::inconsistent;
    c.reasoning = same ? quoted + " reads as " + read + ", as stored." + extra
                       : quoted + " reads as " + read + ", but the figure stores " + stated_words(stored) +
                             ": a data-entry slip in one of them." + extra;
  } catch (const error& e) {
    c.verdict = Verdict::undetermined;
    c.reasoning = quoted + " is not a figure the phrase parser reads (" + std::string(e.what()) +
                  "), so it was not compared with the stored " + stated_words(stored) + ".";
  }
  return c;
}

void push(std::optional<Check> c, std::vector<Check>& out) {
  if (c) out.push_back(std::move(*c));
}

void any_wording_check(const AnyFigure& f, const std::string& what, const std::string& pointer,
                       std::vector<Check>& out) {
  std::visit([&](const auto& r) { push(wording_check(r, f.equivalent, f.wording, what, pointer), out); }, f.value);
}

}  // namespace

void check_fx_equivalents(const Dataset& d, const FxTable& fx, const ReconcileOptions& o, std::vector<Check>& out) {
  const auto& indicators = d.indicators();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    const std::string at = pointer_to("indicators", i);
    auto money_with_equivalent = [](const std::optional<AnyFigure>& f) {
      return f && f->kind() == QuantityKind::money && f->equivalent;
    };
    if (money_with_equivalent(ind.baseline))
      fx_check(ind, *ind.baseline, ind.baseline_date, "the baseline date", at + "/baseline", fx, o, out);
    for (std::size_t k = 0; k < ind.observations.size(); ++k) {
      const Observation& obs = ind.observations[k];
      const std::string q = at + "/observations/" + std::to_string(k);
      std::optional<Date> value_date;
      std::string origin;
      if (obs.period) {
        value_date = obs.period->begin();
        origin = "the start of the period " + to_string(obs.period->begin()) + " to " + to_string(obs.period->last());
      }
      if (money_with_equivalent(obs.target))
        fx_check(ind, *obs.target, value_date, origin, q + "/target", fx, o, out, obs.period);
      if (money_with_equivalent(obs.actual))
        fx_check(ind, *obs.actual, value_date, origin, q + "/actual", fx, o, out, obs.period);
    }
  }
}

void check_breakdowns(const Dataset& d, const ReconcileOptions& o, std::vector<Check>& out) {
  const auto& indicators = d.indicators();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    for (std::size_t k = 0; k < ind.observations.size(); ++k)
      for (std::size_t m = 0; m < ind.observations[k].breakdowns.size(); ++m) {
        const std::string pointer =
            pointer_to("indicators", i) + "/observations/" + std::to_string(k) + "/breakdowns/" + std::to_string(m);
        with_quantity_type(ind.kind, [&](auto type) {
          using Q = typename decltype(type)::type;
          out.push_back(breakdown_check<Q>(ind, ind.observations[k], ind.observations[k].breakdowns[m], pointer, o));
        });
      }
  }
}

void check_wordings(const Dataset& d, std::vector<Check>& out) {
  const auto& batches = d.batches();
  for (std::size_t i = 0; i < batches.size(); ++i) {
    const Batch& b = batches[i];
    const std::string at = pointer_to("batches", i);
    const std::string name = "batch " + std::to_string(b.ordinal) + " of " + b.program.str();
    const std::optional<Reported<Money>> none;
    if (b.headcount)
      push(wording_check(b.headcount->value, none, b.headcount->wording, name + ", headcount", at + "/headcount"), out);
    for (std::size_t k = 0; k < b.by_donor.size(); ++k)
      push(wording_check(b.by_donor[k].headcount.value, none, b.by_donor[k].headcount.wording,
                         name + ", from " + b.by_donor[k].donor.str(),
                         at + "/by_donor/" + std::to_string(k) + "/headcount"),
           out);
    for (std::size_t k = 0; k < b.by_category.size(); ++k)
      push(wording_check(b.by_category[k].headcount.value, none, b.by_category[k].headcount.wording,
                         name + ", " + std::string(to_string(b.by_category[k].category)),
                         at + "/by_category/" + std::to_string(k) + "/headcount"),
           out);
  }
  const auto& indicators = d.indicators();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    const std::string at = pointer_to("indicators", i);
    if (ind.baseline) any_wording_check(*ind.baseline, ind.title + ", baseline", at + "/baseline", out);
    for (std::size_t k = 0; k < ind.observations.size(); ++k) {
      const Observation& obs = ind.observations[k];
      const std::string q = at + "/observations/" + std::to_string(k);
      if (obs.target) any_wording_check(*obs.target, ind.title + ", target", q + "/target", out);
      if (obs.actual) any_wording_check(*obs.actual, ind.title, q + "/actual", out);
      for (std::size_t m = 0; m < obs.breakdowns.size(); ++m)
        for (std::size_t n = 0; n < obs.breakdowns[m].items.size(); ++n) {
          const BreakdownItem& item = obs.breakdowns[m].items[n];
          if (item.value)
            any_wording_check(*item.value, ind.title + ", " + (item.label.empty() ? item.key : item.label),
                              q + "/breakdowns/" + std::to_string(m) + "/items/" + std::to_string(n) + "/value", out);
        }
    }
  }
}

}  // namespace report_detail
PAIRAID_NAMESPACE_END
