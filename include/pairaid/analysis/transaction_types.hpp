#pragma once
// Transaction types on every source (ledgers, datasets, stores, IATI files), and the rule that keeps
// them apart (docs/queries.md, "Transaction types: never added by accident").
//
// A commitment promises money that a later disbursement pays: adding the two counts the same money
// twice. Pledges and "investment attracted" are not flows through the project at all. So a total
// never adds different types unless asked: a query whose rows would add them (no `type` dimension,
// no filter naming the types) fails with errc::mixed_types, whose message lists the types found
// with their counts and how to choose. The IATI Datastore and d-portal keep them apart the same
// way (docs/queries.md cites both).
#include <pairaid/model/project.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN

inline constexpr std::size_t transaction_type_count = 14;

// The one spelling of a type, on every source: its word ("disbursement"; to_string). This reads
// the word or the IATI TransactionType code ("3"); nothing else.
std::optional<TransactionType> parse_transaction_type(std::string_view word_or_code) noexcept;

// The name printed beside the word: the IATI TransactionType codelist's English name
// ("Disbursement"), or for the program's own investment_attracted, "Investment attracted".
std::string_view transaction_type_name(TransactionType type) noexcept;

// Transactions of each type that a total adds (index: static_cast<std::size_t>(TransactionType)).
using TypeCounts = std::array<std::uint64_t, transaction_type_count>;

// True when `found` holds more than one type and some of them were not chosen: a query that named
// its types (a filter type = a, b) may add those, and only those.
bool mixes_types(const TypeCounts& found, std::span<const TransactionType> chosen) noexcept;

// errc::mixed_types when mixes_types(found, chosen), with the message:
// "the totals would add 3 transaction types: commitment 12, disbursement 40, expenditure 7 - adding
// commitments to the disbursements that pay them counts money twice. Choose: group by type
// (--by type), keep the ones wanted (--where "type = disbursement"), or add them anyway
// (--all-types)".
void refuse_mixed_types(const TypeCounts& found, std::span<const TransactionType> chosen);

PAIRAID_NAMESPACE_END
