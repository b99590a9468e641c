#pragma once
// Transaction ledgers from CSV: header `date,donor,area,project,sector,type,amount,currency`,
// optionally followed by `value_date`; one Transaction per row (docs/formats.md, "Transaction
// ledger (CSV)"). Compiled in pairaid::pairaid.
//
//   std::vector<pairaid::Transaction> ledger = pairaid::io::load_ledger_csv("ledger.csv");
//   pairaid::io::write_ledger_csv(out, ledger);   // parse_ledger_csv(out.str(), ...) == ledger
//
// Loading is all-or-nothing: the first problem throws io::load_error with one Diagnostic
// (file, line, column, code, "what was expected") and no transaction is returned. Codes and errc:
//   syntax             errc::parse             header, field count, quoting
//   invalid_value      errc::parse             a date, type, area, sector or amount that does not
//                      (errc::inexact,         parse (an amount with more than 9 fraction digits,
//                       errc::overflow)        or beyond 128 bits)
//   unknown_currency   errc::unknown_currency  not an ISO 4217 code
//   invalid_id         errc::invalid_data      a donor or project id the model refuses
//   dangling_reference errc::invalid_data      (resolving) a donor, project or area not in the dataset
//   not_a_donor        errc::invalid_data      (resolving) an organisation without the donor role
//   io                 errc::io                the file cannot be read
#include <pairaid/io/diagnostic.hpp>
#include <pairaid/model/dataset.hpp>
#include <pairaid/model/project.hpp>

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace io {

// Parses CSV text; `name` stands for the file in diagnostics.
std::vector<Transaction> parse_ledger_csv(std::string_view text, const std::string& name);
// As above, and every donor, project and area must be one `resolve_against` holds (donors with
// the donor role), reported at its field. Sectors are not checked: a dataset has no sector list.
std::vector<Transaction> parse_ledger_csv(std::string_view text, const std::string& name,
                                          const Dataset& resolve_against);

// Reads `path` (named by it in diagnostics); errc::io as a load_error when it cannot be read.
std::vector<Transaction> load_ledger_csv(const std::string& path);
std::vector<Transaction> load_ledger_csv(const std::string& path, const Dataset& resolve_against);

// `dataset` with `transactions` appended after its own, validated again by Dataset::build
// (throws validation_error, pointers /transactions/N/..., when the result breaks a model rule).
Dataset with_transactions(const Dataset& dataset, std::vector<Transaction> transactions,
                          const QualifierPolicy& policy = {});

// Writes the header (always with `value_date`) and one row per transaction, so that parsing the
// output gives back equal transactions: amounts as exact decimals (padded to the currency's minor
// unit, no exponent, no grouping), fields quoted only when they must be. The format has no
// column for Transaction::id, so a transaction with an id is errc::invalid_argument, as is one
// the reader would refuse (no date, an id text the model refuses); nothing is written then.
void write_ledger_csv(std::ostream& out, std::span<const Transaction> transactions);

}  // namespace io
PAIRAID_NAMESPACE_END
