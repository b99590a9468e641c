#pragma once
// `pairaid totals FILE.xml...`: the IATI side of the totals command (docs/iati.md, "Totals"), and
// the table printers both sides share (defined in totals.cpp).
#include "cli.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace pairaid_cli {

struct TotalsTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};
void print_totals_csv(std::ostream& out, const TotalsTable& t);
void print_totals_table(std::ostream& out, const TotalsTable& t);

// A source named *.xml is an IATI activity file.
bool is_iati_source(std::string_view path);

// Runs totals over IATI files only (the caller has refused mixed sources). Exit status as for
// ledgers: 0, or 2 when a file is not well-formed, a strict read failed, or a rate is missing.
int run_iati_totals(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace pairaid_cli
