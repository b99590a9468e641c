#pragma once
// The validator's parts that see libxml2 (kept out of the public headers): extracting the fields the
// rules need from one expanded iati-activity subtree, checking its codes against the codelists, and
// naming libxml2's schema errors with stable codes.
#include <pairaid/iati/validate.hpp>

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

// Versions 1.0x spell some codes differently (letter transaction types, word date types and roles).
enum class Generation { v1, v2 };
Generation generation_of(std::string_view version) noexcept;

// The rules' view of an activity: dates, shares, transactions' dates, budget and planned
// disbursement periods, with every element kept in document order (unusable values stay as text),
// so vector positions are element positions.
Activity extract_for_rules(const xmlNode& activity, Generation generation);

// Every coded attribute in the subtree checked against its codelist (codelist-unknown,
// codelist-withdrawn). `activity_path` is the iati-activity element's own path.
void check_codelists(const xmlNode& activity, const std::string& activity_path, Generation generation,
                     std::string_view file, std::vector<Finding>& out);

// Stable code for a libxml2 schema-validity error number (xmlParserErrors), e.g. "schema-content".
std::string_view schema_error_code(int libxml_error) noexcept;

// Text of an attribute ("" when absent) and whether it is present.
std::string attribute(const xmlNode& node, const char* name);
bool has_attribute(const xmlNode& node, const char* name);
bool is_element(const xmlNode* node, const char* name) noexcept;

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
