// The seed article's money and count figures, read as the article writes them and worked through
// pairaid's typed core: counts of distinct kinds, qualifiers as intervals, exact money, a cited
// exchange rate, and the Five-Year Plan each dated figure falls in.
//
// Usage: seed_figures [RATES.csv]   (default: the bundled examples/data/fx-usd-cny-annual.csv)
#include <pairaid/io/fx_csv.hpp>
#include <pairaid/pairaid.hpp>

#include <array>
#include <iostream>
#include <string>

#ifndef PAIRAID_EXAMPLES_DATA
#define PAIRAID_EXAMPLES_DATA "examples/data"
#endif

using namespace pairaid;

namespace {

template <class Q>
void show(const char* what, const Reported<Q>& r) {
  std::cout << "  " << what << ": " << r.to_string() << "  -> " << r.bounds().to_string() << "\n";
}

}  // namespace

int main(int argc, char** argv) try {
  const std::string rates_path = argc > 1 ? argv[1] : PAIRAID_EXAMPLES_DATA "/fx-usd-cny-annual.csv";
  std::cout
      << "\"30 years of support for development\" (the seed article): its figures through pairaid's typed core\n\n";

  // --- Dispatched personnel ----------------------------------------------------------------------
  const auto batch_count = parse_reported<Batches>("10");
  const auto total = parse_reported<People>("nearly 12,000");
  const auto first = parse_reported<People>("622");
  const auto latest = parse_reported<People>("2,117");
  std::cout << "Dispatched cadres and skilled workers\n";
  show("batches", batch_count);
  show("all batches", total);
  show("first batch", first);
  show("10th (latest) batch", latest);
  const Ratio growth = latest.value() / first.value();  // People / People: a plain ratio
  std::cout << "  growth first -> latest: " << growth.to_string() << " = "
            << growth.to_decimal(2, RoundingMode::half_even).to_string(2) << "x\n";
  // What the 8 batches in between must add up to, if "nearly 12,000" holds.
  const People known = first.value() + latest.value();
  const Interval<People> rest = total.bounds() + Interval<People>::exactly(-known);
  std::cout << "  known batches: " << known.to_string() << "; the other " << (batch_count.value().count() - 2)
            << " batches: " << rest.to_string() << "\n\n";

  // --- Beneficiaries and outcomes ----------------------------------------------------------------
  std::cout << "Outcomes\n";
  show("orphans and impoverished students supported", parse_reported<Students>("nearly 10,000"));
  show("patients treated free (heart disease, cataracts, skeletal)", parse_reported<Patients>("more than 8,300"));
  show("enterprises attracted", parse_reported<Enterprises>("over 1,140"));
  show("distinctive brands", parse_reported<Brands>("hundreds of"));
  show("assistance projects since 2012", parse_reported<Projects>("more than 9,500"));
  show("high-level talents in 2023", parse_reported<Talents>("146"));
  std::cout << "\n";

  // --- Donors designated in 1994 -----------------------------------------------------------------
  const std::array donors = {parse_reported<Organisations>("Seventeen"), parse_reported<Organisations>("78"),
                             parse_reported<Organisations>("27")};
  std::cout << "Donors designated in 1994\n";
  std::cout << "  provinces and cities " << donors[0].to_string() << ", central State organs and people's "
            << "organizations " << donors[1].to_string() << ", centrally administered SOEs " << donors[2].to_string()
            << "\n  together: " << sum_bounds<Organisations>(donors).to_string() << "\n\n";

  // --- 2023 investment -----------------------------------------------------------------------------
  const MoneyClaim investment = parse_money_claim("25.17 billion yuan ($3.5 billion)");
  const FxTable rates = io::load_fx_csv(rates_path);
  const Date value_date = parse_date("2023-12-31");
  const Conversion usd =
      rates.convert(investment.figure.value(), Currency::of("USD"), value_date, Rounding{RoundingMode::half_even, {}});
  const FxLeg& leg = usd.legs.at(0);
  std::cout << "Investment attracted in 2023\n";
  std::cout << "  stated: " << investment.figure.value().to_string({.grouping = true}) << " ("
            << investment.equivalent->to_string() << ")\n";
  std::cout << "  converted: " << usd.amount.to_string({.grouping = true}) << " at " << leg.rate.rate.to_string() << " "
            << leg.rate.quote.code() << " per " << leg.rate.base.code() << ", rate of " << to_string(leg.rate.date)
            << (leg.inverted ? " (divided)" : "") << "\n    source: " << leg.rate.source << "\n";
  const Assessment check = assess(*investment.equivalent, usd.amount);
  std::cout << "  stated equivalent vs conversion: " << to_string(check.verdict) << " — " << check.reasoning << "\n";
  if (auto plan = plan_of(value_date)) std::cout << "  falls in the " << plan->name() << "\n";
  return 0;
} catch (const pairaid::error& e) {
  std::cerr << "seed_figures: " << e.what() << "\n";
  return 2;
}
