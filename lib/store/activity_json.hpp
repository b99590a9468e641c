#pragma once
// Every field of an iati::Activity as compact JSON and back, for the store's `fields` column:
// reading gives an Activity equal (operator==) to the one written, so stored activities can be
// totalled and re-exported exactly as read. Empty strings, nullopt and empty lists are left out.
// Decimals are exact strings, dates YYYY-MM-DD. Internal to lib/store/.
#include <pairaid/iati/activity.hpp>

#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

std::string activity_to_json(const iati::Activity& activity);
// errc::invalid_data when the text is not what activity_to_json writes.
iati::Activity activity_from_json(std::string_view text);

}  // namespace store_detail
PAIRAID_NAMESPACE_END
