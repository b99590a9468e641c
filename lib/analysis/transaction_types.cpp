// Transaction types: one spelling, their names, and the rule against adding them (transaction_types.hpp).
#include <pairaid/analysis/transaction_types.hpp>
#include <pairaid/iati/codelists.hpp>

#include <algorithm>

PAIRAID_NAMESPACE_BEGIN

std::optional<TransactionType> parse_transaction_type(std::string_view text) noexcept {
  if (auto t = transaction_type_names.parse(text)) return t;
  // An IATI code: 1..13 without leading zeros.
  if (text.empty() || text.size() > 2 || text[0] == '0') return std::nullopt;
  int code = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    code = code * 10 + (c - '0');
  }
  return transaction_type_from_iati(code);
}

std::string_view transaction_type_name(TransactionType type) noexcept {
  const int code = iati_code(type);
  if (code == 0) return "Investment attracted";  // the program's own type, not in the IATI codelist
  return iati::code_name("TransactionType", std::to_string(code));
}

bool mixes_types(const TypeCounts& found, std::span<const TransactionType> chosen) noexcept {
  std::size_t present = 0;
  bool unchosen = false;
  for (std::size_t t = 0; t < found.size(); ++t) {
    if (found[t] == 0) continue;
    ++present;
    if (std::find(chosen.begin(), chosen.end(), static_cast<TransactionType>(t)) == chosen.end()) unchosen = true;
  }
  return present > 1 && unchosen;
}

void refuse_mixed_types(const TypeCounts& found, std::span<const TransactionType> chosen) {
  if (!mixes_types(found, chosen)) return;
  std::string list;
  std::size_t present = 0;
  std::optional<TransactionType> first;
  for (std::size_t t = 0; t < found.size(); ++t) {
    if (found[t] == 0) continue;
    const auto type = static_cast<TransactionType>(t);
    if (!first || type == TransactionType::disbursement) first = type;
    list += (present++ ? ", " : "") + std::string(to_string(type)) + " " + std::to_string(found[t]);
  }
  // Why adding them is wrong, for the types found.
  const auto has = [&](TransactionType t) { return found[static_cast<std::size_t>(t)] != 0; };
  const char* why = "each type is a different flow of money";
  if (has(TransactionType::commitment) || has(TransactionType::incoming_commitment))
    why = "adding commitments to the disbursements that pay them counts money twice";
  else if (has(TransactionType::investment_attracted) || has(TransactionType::outgoing_pledge) ||
           has(TransactionType::incoming_pledge))
    why = "investment attracted never passed through the project, and pledges are promises, not money paid";
  throw error(errc::mixed_types, "the totals would add " + std::to_string(present) + " transaction types: " + list +
                                     " (" + why +
                                     "). Choose: group by "
                                     "type (--by type), keep the types wanted (--where \"type = " +
                                     std::string(to_string(*first)) + "\"), or add them anyway (--all-types)");
}

PAIRAID_NAMESPACE_END
