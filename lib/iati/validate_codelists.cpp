// Coded attributes checked against the codelists the library carries (codelists_data.cpp). Which
// attribute uses which list follows the Standard's codelists/mapping.xml (2.03); only the lists the
// library carries are checked. Versions 1.0x wrote some codes differently (letter transaction types,
// word date types and roles, "DAC" sector vocabulary): those uses are checked for 2.0x files only.
#include "iati/validate_detail.hpp"

#include <pairaid/iati/codelists.hpp>

#include <array>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {
namespace {

// When a use applies, judged on the coded element's own @vocabulary.
enum class When {
  always,
  dac5_sector,     // sector codes: vocabulary 1 (1.0x "DAC") or absent
  dac3_sector,     // vocabulary 2 (1.0x "DAC-3")
  region_vocab_1,  // region codes: vocabulary 1 or absent
  aid_type_vocab_1,
};

struct CodelistUse {
  std::string_view element;  // path below iati-activity ("" for iati-activity itself)
  const char* attribute;
  std::string_view codelist;
  When when = When::always;
  bool v2_only = false;
};

constexpr std::array uses{
    CodelistUse{"", "default-currency", "Currency"},
    CodelistUse{"activity-date", "type", "ActivityDateType", When::always, true},
    CodelistUse{"activity-status", "code", "ActivityStatus"},
    CodelistUse{"activity-scope", "code", "ActivityScope"},
    CodelistUse{"budget", "status", "BudgetStatus"},
    CodelistUse{"budget", "type", "BudgetType"},
    CodelistUse{"budget/value", "currency", "Currency"},
    CodelistUse{"collaboration-type", "code", "CollaborationType"},
    CodelistUse{"default-aid-type", "code", "AidType", When::aid_type_vocab_1},
    CodelistUse{"default-finance-type", "code", "FinanceType"},
    CodelistUse{"default-flow-type", "code", "FlowType"},
    CodelistUse{"default-tied-status", "code", "TiedStatus"},
    CodelistUse{"description", "type", "DescriptionType"},
    CodelistUse{"participating-org", "role", "OrganisationRole", When::always, true},
    CodelistUse{"participating-org", "type", "OrganisationType"},
    CodelistUse{"planned-disbursement", "type", "BudgetType"},
    CodelistUse{"planned-disbursement/provider-org", "type", "OrganisationType"},
    CodelistUse{"planned-disbursement/receiver-org", "type", "OrganisationType"},
    CodelistUse{"planned-disbursement/value", "currency", "Currency"},
    CodelistUse{"recipient-country", "code", "Country"},
    CodelistUse{"recipient-region", "code", "Region", When::region_vocab_1},
    CodelistUse{"recipient-region", "vocabulary", "RegionVocabulary", When::always, true},
    CodelistUse{"related-activity", "type", "RelatedActivityType"},
    CodelistUse{"reporting-org", "type", "OrganisationType"},
    CodelistUse{"result", "type", "ResultType"},
    CodelistUse{"result/indicator", "measure", "IndicatorMeasure"},
    CodelistUse{"sector", "code", "Sector", When::dac5_sector},
    CodelistUse{"sector", "code", "SectorCategory", When::dac3_sector},
    CodelistUse{"sector", "vocabulary", "SectorVocabulary", When::always, true},
    CodelistUse{"transaction/aid-type", "code", "AidType", When::aid_type_vocab_1},
    CodelistUse{"transaction/finance-type", "code", "FinanceType"},
    CodelistUse{"transaction/flow-type", "code", "FlowType"},
    CodelistUse{"transaction/provider-org", "type", "OrganisationType"},
    CodelistUse{"transaction/receiver-org", "type", "OrganisationType"},
    CodelistUse{"transaction/recipient-country", "code", "Country"},
    CodelistUse{"transaction/recipient-region", "code", "Region", When::region_vocab_1},
    CodelistUse{"transaction/recipient-region", "vocabulary", "RegionVocabulary", When::always, true},
    CodelistUse{"transaction/sector", "code", "Sector", When::dac5_sector},
    CodelistUse{"transaction/sector", "code", "SectorCategory", When::dac3_sector},
    CodelistUse{"transaction/sector", "vocabulary", "SectorVocabulary", When::always, true},
    CodelistUse{"transaction/tied-status", "code", "TiedStatus"},
    CodelistUse{"transaction/transaction-type", "code", "TransactionType", When::always, true},
    CodelistUse{"transaction/value", "currency", "Currency"},
};

bool applies(When when, const xmlNode& node, Generation generation) {
  if (when == When::always) return true;
  const bool given = has_attribute(node, "vocabulary");
  const std::string vocabulary = attribute(node, "vocabulary");
  const bool v1 = generation == Generation::v1;
  switch (when) {
    case When::dac5_sector: return !given || vocabulary == (v1 ? "DAC" : "1");
    case When::dac3_sector: return given && vocabulary == (v1 ? "DAC-3" : "2");
    case When::region_vocab_1:  // both codelists apply under vocabulary 1, or with no vocabulary
    case When::aid_type_vocab_1: return v1 || !given || vocabulary == "1";
    case When::always: return true;
  }
  return false;
}

class CodelistChecker {
 public:
  CodelistChecker(Generation generation, std::string_view file, std::vector<Finding>& out)
      : generation_(generation), file_(file), out_(out) {}

  // `relative` is the element's name path below iati-activity; `path` its full indexed path.
  void visit(const xmlNode& node, const std::string& relative, const std::string& path) {
    for (const CodelistUse& use : uses) {
      if (use.element != relative || (use.v2_only && generation_ == Generation::v1)) continue;
      if (!has_attribute(node, use.attribute) || !applies(use.when, node, generation_)) continue;
      check(node, use, path);
    }
    std::vector<std::pair<const xmlChar*, std::size_t>> seen;  // name -> count so far, few names per element
    for (const xmlNode* c = node.children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::size_t index = 1;
      bool found = false;
      for (auto& [name, count] : seen) {
        if (xmlStrEqual(name, c->name) != 0) {
          index = ++count;
          found = true;
          break;
        }
      }
      if (!found) seen.emplace_back(c->name, 1);
      const std::string name(reinterpret_cast<const char*>(c->name));
      std::string child_relative = relative;
      if (!child_relative.empty()) child_relative += '/';
      child_relative += name;
      if (!may_have_uses(child_relative)) continue;
      std::string child_path = path;
      child_path += '/';
      child_path += name;
      child_path += '[' + std::to_string(index) + ']';
      visit(*c, child_relative, child_path);
    }
  }

 private:
  static bool may_have_uses(const std::string& relative) {
    for (const CodelistUse& use : uses) {
      if (use.element.starts_with(relative) &&
          (use.element.size() == relative.size() || use.element[relative.size()] == '/')) {
        return true;
      }
    }
    return false;
  }

  void check(const xmlNode& node, const CodelistUse& use, const std::string& path) {
    const Codelist* list = find_codelist(use.codelist);
    if (list == nullptr) return;  // every name in `uses` is generated; a unit test holds that
    const std::string code = attribute(node, use.attribute);
    const CodeStatus status = code_status(*list, code);
    if (status == CodeStatus::active) return;
    const long line = xmlGetLineNo(&node);
    Finding f;
    f.file = std::string(file_);
    f.line = line > 0 ? static_cast<std::size_t>(line) : 0U;
    f.path = path + "/@" + use.attribute;
    if (status == CodeStatus::withdrawn) {
      f.code = "codelist-withdrawn";
      f.severity = Severity::warning;
      f.message = "'" + code + "' is withdrawn from the " + std::string(use.codelist) + " codelist";
    } else {
      f.code = "codelist-unknown";
      f.severity = Severity::error;
      f.message = "'" + code + "' is not a code of the " + std::string(use.codelist) + " codelist";
    }
    out_.push_back(std::move(f));
  }

  Generation generation_;
  std::string_view file_;
  std::vector<Finding>& out_;
};

}  // namespace

void check_codelists(const xmlNode& activity, const std::string& activity_path, Generation generation,
                     std::string_view file, std::vector<Finding>& out) {
  CodelistChecker(generation, file, out).visit(activity, "", activity_path);
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
