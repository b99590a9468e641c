#pragma once
// The lexical checks the export needs so that attributes typed in the 2.03 schema (xsd:dateTime,
// xsd:boolean, xsd:positiveInteger, xml:lang) are only written when they will validate.
#include <pairaid/version.hpp>

#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

// xsd:dateTime: [-]YYYY-MM-DDThh:mm:ss[.fff][Z|(+|-)hh:mm], with a real calendar date.
bool is_xsd_datetime(std::string_view text);
// xsd:boolean: true, false, 1, 0.
bool is_xsd_boolean(std::string_view text);
// xsd:positiveInteger: ASCII digits with a non-zero value (at most 18 digits here).
bool is_positive_integer(std::string_view text);
// xml:lang: empty or xsd:language, [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
bool is_xml_lang(std::string_view text);

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
