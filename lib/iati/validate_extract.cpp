// What the rules need from one expanded iati-activity subtree. Unlike the totals reader, nothing is
// skipped: a transaction whose value is not a number still has a date to check, and keeping every
// element in order makes vector positions equal element positions in the paths.
#include "iati/validate_detail.hpp"

#include <pairaid/core/decimal.hpp>

#include <libxml/xmlmemory.h>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {
namespace {

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

SourcePosition position_of(const xmlNode& node) {
  const long line = xmlGetLineNo(&node);
  return SourcePosition{line > 0 ? static_cast<std::uint64_t>(line) : 0U, 0};
}

std::optional<Date> date_or_nothing(std::string_view text) {
  try {
    return parse_date(trimmed(text));
  } catch (const error&) {
    return std::nullopt;
  }
}

// @iso-date of the first child element named `name`, or "" when there is none.
std::string child_date_text(const xmlNode& parent, const char* name) {
  for (const xmlNode* c = parent.children; c != nullptr; c = c->next) {
    if (is_element(c, name)) return attribute(*c, "iso-date");
  }
  return {};
}

Share share_of(const xmlNode& node) {
  Share s;
  s.vocabulary = attribute(node, "vocabulary");
  s.code = attribute(node, "code");
  s.at = position_of(node);
  if (has_attribute(node, "percentage")) {
    const std::string text = attribute(node, "percentage");
    Decimal value;
    if (Decimal::parse(trimmed(text), value)) {
      s.percentage = value;
    } else {
      s.percentage_text = text.empty() ? std::string("(empty)") : text;
    }
  }
  return s;
}

// 1.0x wrote activity-date types as words.
int date_type(std::string_view written, Generation generation) {
  if (generation == Generation::v1) {
    if (written == "start-planned") return 1;
    if (written == "start-actual") return 2;
    if (written == "end-planned") return 3;
    if (written == "end-actual") return 4;
  }
  if (written.size() == 1 && written[0] >= '1' && written[0] <= '4') return written[0] - '0';
  return 0;
}

}  // namespace

std::string attribute(const xmlNode& node, const char* name) {
  xmlChar* value = xmlGetNoNsProp(&node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

bool has_attribute(const xmlNode& node, const char* name) {
  return xmlHasNsProp(&node, reinterpret_cast<const xmlChar*>(name), nullptr) != nullptr;
}

bool is_element(const xmlNode* node, const char* name) noexcept {
  return node != nullptr && node->type == XML_ELEMENT_NODE &&
         xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(name)) != 0;
}

Generation generation_of(std::string_view version) noexcept {
  return version.starts_with("2.") ? Generation::v2 : Generation::v1;
}

Activity extract_for_rules(const xmlNode& node, Generation generation) {
  Activity a;
  a.at = position_of(node);
  for (const xmlNode* c = node.children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_element(c, "activity-date")) {
      ActivityDate d;
      d.type = date_type(attribute(*c, "type"), generation);
      d.iso_date_text = attribute(*c, "iso-date");
      d.date = date_or_nothing(d.iso_date_text);
      d.at = position_of(*c);
      a.dates.push_back(std::move(d));
    } else if (is_element(c, "sector")) {
      a.sectors.push_back(share_of(*c));
    } else if (is_element(c, "recipient-country")) {
      a.recipient_countries.push_back(share_of(*c));
    } else if (is_element(c, "recipient-region")) {
      a.recipient_regions.push_back(share_of(*c));
    } else if (is_element(c, "transaction")) {
      Transaction t;
      t.at = position_of(*c);
      t.date_text = child_date_text(*c, "transaction-date");
      t.date = date_or_nothing(t.date_text);
      a.transactions.push_back(std::move(t));
    } else if (is_element(c, "budget")) {
      Budget b;
      b.at = position_of(*c);
      b.period_start = date_or_nothing(child_date_text(*c, "period-start"));
      b.period_end = date_or_nothing(child_date_text(*c, "period-end"));
      a.budgets.push_back(std::move(b));
    } else if (is_element(c, "planned-disbursement")) {
      PlannedDisbursement p;
      p.at = position_of(*c);
      p.period_start = date_or_nothing(child_date_text(*c, "period-start"));
      p.period_end = date_or_nothing(child_date_text(*c, "period-end"));
      a.planned_disbursements.push_back(std::move(p));
    }
  }
  return a;
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
