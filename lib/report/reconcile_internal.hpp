#pragma once
// Private to lib/report: the reconciliation checks, one function per family, each appending its
// Checks to `out`. reconcile() (reconcile.cpp) calls them in the documented order.
#include <pairaid/report/reconcile.hpp>
#include <pairaid/analysis/words.hpp>

#include <string>
#include <type_traits>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace report_detail {

// The batch checks of one program: personnel totals, batch counts, growth first -> latest.
void check_program_batches(const Dataset& d, const Program& program, const ReconcileOptions& o,
                           std::vector<Check>& out);

// Money figures printed with an equivalent, converted at the cited rate in force on their value date.
void check_fx_equivalents(const Dataset& d, const FxTable& fx, const ReconcileOptions& o, std::vector<Check>& out);

// Every breakdown of every observation against the observation's total.
void check_breakdowns(const Dataset& d, const ReconcileOptions& o, std::vector<Check>& out);

// Every figure's wording, read with the phrase parser, against its stored value.
void check_wordings(const Dataset& d, std::vector<Check>& out);

// The checks across sources (reconcile_sources.cpp): reports of one figure, dispatches, rotations,
// donors by kind, nested periods, donors' own figures.
void check_sources(const Dataset& d, const ReconcileOptions& o, std::vector<Check>& out);

// Marks the checks the dataset acknowledges, and adds a check for each acknowledgement nothing finds.
void acknowledge(const Dataset& d, std::vector<Check>& out);

std::vector<BatchTerm> terms_of(const Dataset& d, const Program& p);

// "/indicators/3/observations/0"
inline std::string pointer_to(const char* array, std::size_t i) {
  return std::string("/") + array + "/" + std::to_string(i);
}

// Calls f(std::type_identity<Q>{}) with the C++ type of a quantity kind.
template <class F>
decltype(auto) with_quantity_type(QuantityKind kind, F&& f) {
  switch (kind) {
    case QuantityKind::people: return f(std::type_identity<People>{});
    case QuantityKind::beneficiaries: return f(std::type_identity<Beneficiaries>{});
    case QuantityKind::patients: return f(std::type_identity<Patients>{});
    case QuantityKind::students: return f(std::type_identity<Students>{});
    case QuantityKind::projects: return f(std::type_identity<Projects>{});
    case QuantityKind::enterprises: return f(std::type_identity<Enterprises>{});
    case QuantityKind::organisations: return f(std::type_identity<Organisations>{});
    case QuantityKind::brands: return f(std::type_identity<Brands>{});
    case QuantityKind::batches: return f(std::type_identity<Batches>{});
    case QuantityKind::talents: return f(std::type_identity<Talents>{});
    case QuantityKind::hospitals: return f(std::type_identity<Hospitals>{});
    case QuantityKind::money: return f(std::type_identity<Money>{});
  }
  throw error(errc::invalid_argument, "unknown quantity kind");
}

// "\"nearly 12,000\"" when the figure has wording, else its value in words.
inline std::string quoted_figure(const AnyFigure& f) {
  return f.wording.empty() ? figure_words(f.value) : "\"" + f.wording + "\"";
}
template <class Q>
std::string quoted_figure(const Figure<Q>& f) {
  return f.wording.empty() ? figure_words(f.value) : "\"" + f.wording + "\"";
}

// What a qualifier's interval is, said once so every check explains it the same way:
// "nearly: up to 10% below, under the qualifier policy".
inline std::string qualifier_rule(Qualifier q, const QualifierPolicy& p) {
  auto percent = [](std::int64_t bp) { return grouped(Decimal::from_raw(static_cast<int128>(bp) * 10'000'000)) + "%"; };
  switch (q) {
    case Qualifier::exact: return "an exact figure";
    case Qualifier::about: return "about: within " + percent(p.about_bp) + " either side, under the qualifier policy";
    case Qualifier::nearly:
      return "nearly: below it by at most " + percent(p.nearly_bp) + ", under the qualifier policy";
    case Qualifier::more_than: return "more than: above it";
    case Qualifier::at_least: return "at least: it or above";
    case Qualifier::at_most: return "at most: it or below";
    case Qualifier::less_than: return "less than: below it";
    case Qualifier::dozens_of: return "dozens of: at least two dozen, fewer than twelve dozen";
    case Qualifier::hundreds_of: return "hundreds of: at least two hundred, fewer than a thousand";
    case Qualifier::thousands_of: return "thousands of: at least two thousand, fewer than ten thousand";
  }
  return "?";
}

}  // namespace report_detail
PAIRAID_NAMESPACE_END
