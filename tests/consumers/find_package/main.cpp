// Built against an installed pairaid found with find_package: the seed's 2023 figure converted.
#include <pairaid/io/fx_csv.hpp>
#include <pairaid/pairaid.hpp>

#include <iostream>

int main() {
  using namespace pairaid;
  FxTable rates = io::parse_fx_csv("date,base,quote,rate,source\n2023-01-01,USD,CNY,7.0809,FRED AEXCHUS\n", "inline");
  Conversion c = rates.convert(parse_money("25.17 billion yuan"), Currency::of("USD"), parse_date("2023-12-31"));
  std::cout << c.amount.to_string() << "\n";
  return c.amount.to_string() == "3554632885.65 USD" ? 0 : 1;
}
