// pairaid.h must compile as C++ too (extern "C", no C-only constructs), under our C++ warnings.
#include <pairaid.h>

#include <cstdio>

int main() {
  int major = 0;
  pairaid_version(&major, nullptr, nullptr);
  pairaid_money *m = nullptr;
  pairaid_status st = pairaid_money_parse(&m, "1.50", "USD", PAIRAID_PARSE_ALLOW_GROUPING);
  const char *text = nullptr;
  if (st == PAIRAID_OK) st = pairaid_money_amount(&text, m);
  std::printf("pairaid %s from C++: %s %s\n", pairaid_version_string(), pairaid_status_name(st), text ? text : "");
  pairaid_money_free(m);
  return (major == PAIRAID_VERSION_MAJOR && st == PAIRAID_OK) ? 0 : 1;
}
