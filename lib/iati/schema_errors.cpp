// libxml2's schema-validity error numbers grouped into a few stable codes. libxml2's own numbers and
// wording follow the XSD spec's clause names and may change between releases; users filter on these
// codes instead. The table in docs/iati.md ("Validation") lists the same grouping.
#include "iati/validate_detail.hpp"

#include <libxml/xmlerror.h>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

std::string_view schema_error_code(int libxml_error) noexcept {
  switch (libxml_error) {
    // An element where the content model allows none, a required child missing, text in
    // element-only content, content in an empty element.
    case XML_SCHEMAV_ELEMENT_CONTENT:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_2:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4:
    case XML_SCHEMAV_ELEMCONT:
    case XML_SCHEMAV_EXTRACONTENT:
    case XML_SCHEMAV_NOTEMPTY:
    case XML_SCHEMAV_CVC_ELT_3_1:
    case XML_SCHEMAV_CVC_ELT_3_2_1:
    case XML_SCHEMAV_CVC_ELT_3_2_2: return "schema-content";
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
    case XML_SCHEMAV_MISSING: return "schema-attribute-missing";
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
    case XML_SCHEMAV_ATTRUNKNOWN:
    case XML_SCHEMAV_INVALIDATTR: return "schema-attribute-unexpected";
    // A value (attribute or simple content) that is not of its declared type: a date, decimal,
    // boolean, dateTime ...
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3:
    case XML_SCHEMAV_CVC_TYPE_3_1_1:
    case XML_SCHEMAV_CVC_TYPE_3_1_2:
    case XML_SCHEMAV_CVC_ATTRIBUTE_3:
    case XML_SCHEMAV_CVC_ELT_5_2_1:
    case XML_SCHEMAV_VALUE:
    case XML_SCHEMAV_ATTRINVALID:
    case XML_SCHEMAV_NOTSIMPLE: return "schema-datatype";
    // Facets: pattern, enumeration, length and range restrictions of a type.
    case XML_SCHEMAV_FACET:
    case XML_SCHEMAV_CVC_FACET_VALID:
    case XML_SCHEMAV_CVC_LENGTH_VALID:
    case XML_SCHEMAV_CVC_MINLENGTH_VALID:
    case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
    case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_TOTALDIGITS_VALID:
    case XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID:
    case XML_SCHEMAV_CVC_PATTERN_VALID:
    case XML_SCHEMAV_CVC_ENUMERATION_VALID: return "schema-facet";
    // The document element is not one the schema declares.
    case XML_SCHEMAV_CVC_ELT_1:
    case XML_SCHEMAV_NOROOT:
    case XML_SCHEMAV_UNDECLAREDELEM:
    case XML_SCHEMAV_DOCUMENT_ELEMENT_MISSING: return "schema-root";
    case XML_SCHEMAV_CVC_IDC: return "schema-identity";
    default: return "schema-other";
  }
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
