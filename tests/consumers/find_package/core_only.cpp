#include <pairaid/pairaid.hpp>

int main() {
  using namespace pairaid;
  People total = people(622) + people(2117);
  return total.count() == 2739 ? 0 : 1;
}
