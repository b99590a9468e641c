// Why the handlers look like this: expat calls them for every element of files of hundreds of MB,
// so they dispatch on a small enum found once per element, read attributes by a linear scan,
// collect character data only for elements whose text is kept (the handler is installed and
// removed as needed), and skip whole subtrees that are not read with a depth counter.
#include "iati/reader_builder.hpp"

#include "iati/reader_values.hpp"

#include <array>
#include <cstring>
#include <string_view>
#include <utility>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

namespace {

struct NamedTag {
  std::string_view name;
  Tag tag;
};

constexpr std::array<NamedTag, 47> kTags{{
    {"iati-activities", Tag::iati_activities},
    {"iati-activity", Tag::iati_activity},
    {"iati-identifier", Tag::iati_identifier},
    {"reporting-org", Tag::reporting_org},
    {"participating-org", Tag::participating_org},
    {"title", Tag::title},
    {"description", Tag::description},
    {"narrative", Tag::narrative},
    {"activity-status", Tag::activity_status},
    {"activity-scope", Tag::activity_scope},
    {"activity-date", Tag::activity_date},
    {"collaboration-type", Tag::collaboration_type},
    {"default-flow-type", Tag::default_flow_type},
    {"default-finance-type", Tag::default_finance_type},
    {"default-aid-type", Tag::default_aid_type},
    {"default-tied-status", Tag::default_tied_status},
    {"recipient-country", Tag::recipient_country},
    {"recipient-region", Tag::recipient_region},
    {"sector", Tag::sector},
    {"location", Tag::location},
    {"name", Tag::name},
    {"point", Tag::point},
    {"pos", Tag::pos},
    {"administrative", Tag::administrative},
    {"coordinates", Tag::coordinates},
    {"transaction", Tag::transaction},
    {"transaction-type", Tag::transaction_type},
    {"transaction-date", Tag::transaction_date},
    {"value", Tag::value},
    {"provider-org", Tag::provider_org},
    {"receiver-org", Tag::receiver_org},
    {"flow-type", Tag::flow_type},
    {"finance-type", Tag::finance_type},
    {"aid-type", Tag::aid_type},
    {"tied-status", Tag::tied_status},
    {"disbursement-channel", Tag::disbursement_channel},
    {"budget", Tag::budget},
    {"period-start", Tag::period_start},
    {"period-end", Tag::period_end},
    {"planned-disbursement", Tag::planned_disbursement},
    {"result", Tag::result},
    {"indicator", Tag::indicator},
    {"baseline", Tag::baseline},
    {"period", Tag::period},
    {"target", Tag::target},
    {"actual", Tag::actual},
    {"related-activity", Tag::related_activity},
}};

// `name` (NUL-terminated, from expat) is exactly `literal`; no strlen per attribute.
inline bool same_name(const char* name, std::string_view literal) noexcept {
  std::size_t i = 0;
  while (i < literal.size() && name[i] == literal[i]) ++i;
  return i == literal.size() && name[i] == '\0';
}

// The value of attribute `name`, or nullptr.
const char* find_attribute(const char** attributes, std::string_view name) {
  for (const char** a = attributes; *a != nullptr; a += 2) {
    if (same_name(*a, name)) return a[1];
  }
  return nullptr;
}

std::string attribute(const char** attributes, std::string_view name) {
  const char* v = find_attribute(attributes, name);
  return v == nullptr ? std::string() : std::string(v);
}

Share read_share(const char** attributes, const SourcePosition& at) {
  Share share;
  share.at = at;
  for (const char** a = attributes; *a != nullptr; a += 2) {
    const char* n = *a;
    if (same_name(n, "code"))
      share.code = a[1];
    else if (same_name(n, "vocabulary"))
      share.vocabulary = a[1];
    else if (same_name(n, "percentage")) {
      Decimal p;
      if (Decimal::parse(trim_xml_space(a[1]), p))
        share.percentage = p;
      else
        share.percentage_text = a[1];
    }
  }
  return share;
}

void read_organisation(const char** attributes, std::string_view activity_id_attribute, OrganisationRef& org) {
  for (const char** a = attributes; *a != nullptr; a += 2) {
    const char* n = *a;
    if (same_name(n, "ref"))
      org.ref = a[1];
    else if (same_name(n, "type"))
      org.type = a[1];
    else if (!activity_id_attribute.empty() && same_name(n, activity_id_attribute))
      org.activity_id = a[1];
  }
}

// An activity's own version: d-portal writes it as iati-activities:version (any prefix, since
// namespaces are not processed); a plain @version is accepted too.
const char* activity_version(const char** attributes) {
  for (const char** a = attributes; *a != nullptr; a += 2) {
    const std::string_view n = *a;  // once per activity: strlen is fine here
    if (n == "version") return a[1];
    const auto colon = n.find(':');
    if (colon != std::string_view::npos && n.substr(colon + 1) == "version" && n.substr(0, colon) != "xml") return a[1];
  }
  return nullptr;
}

IndicatorValue indicator_value(const char* text) {
  IndicatorValue v;
  v.text = text;
  Decimal d;
  if (Decimal::parse(trim_xml_space(v.text), d)) v.number = d;
  return v;
}

}  // namespace

Tag tag_of(const char* name) noexcept {
  // Inline comparisons filtered by the first letter: no strlen or memcmp call per element (those
  // calls were a visible share of a money-only read).
  for (const NamedTag& t : kTags) {
    if (t.name[0] != name[0]) continue;
    std::size_t i = 1;
    while (i < t.name.size() && name[i] == t.name[i]) ++i;
    if (i == t.name.size() && name[i] == '\0') return t.tag;
  }
  return Tag::other;
}

ActivityBuilder::ActivityBuilder(std::string file, const ReadOptions& options, const ActivityCallback& on_activity,
                                 ReadSummary& summary, PositionShift shift, OpenElementLookup lookup)
    : file_(std::move(file)),
      options_(options),
      on_activity_(on_activity),
      summary_(summary),
      shift_(shift),
      parser_(this),
      lookup_(std::move(lookup)) {
  XML_SetElementHandler(parser_.get(), &ActivityBuilder::on_start, &ActivityBuilder::on_end);
  tags_.reserve(32);
}

// ---- feeding ---------------------------------------------------------------------------------

void ActivityBuilder::feed(const char* data, std::size_t size, bool final) {
  constexpr std::size_t max_chunk = std::size_t{1} << 30;  // XML_Parse takes an int length
  do {
    const std::size_t n = size < max_chunk ? size : max_chunk;
    const bool last = final && n == size;
    finish_status(XML_Parse(parser_.get(), data, static_cast<int>(n), last ? XML_TRUE : XML_FALSE));
    data += n;
    size -= n;
  } while (size > 0);
}

void* ActivityBuilder::buffer(std::size_t size) {
  void* b = XML_GetBuffer(parser_.get(), static_cast<int>(size));
  if (b == nullptr) throw std::bad_alloc();
  return b;
}

void ActivityBuilder::parse_buffer(std::size_t filled, bool final) {
  finish_status(XML_ParseBuffer(parser_.get(), static_cast<int>(filled), final ? XML_TRUE : XML_FALSE));
}

void ActivityBuilder::finish_status(int status) {
  // A handler that failed stopped the parser; its exception is the one to report.
  if (failure_) std::rethrow_exception(failure_);
  if (status == XML_STATUS_ERROR) {
    const XML_Error code = XML_GetErrorCode(parser_.get());
    const bool names_an_element = code == XML_ERROR_TAG_MISMATCH || code == XML_ERROR_NO_ELEMENTS;
    const std::string innermost = names_an_element && lookup_ ? lookup_() : std::string();
    throw io::load_error(errc::parse, {parser_.error(file_, shift_, innermost)});
  }
}

void ActivityBuilder::fail(std::exception_ptr error) {
  if (!failure_) failure_ = std::move(error);
  XML_StopParser(parser_.get(), XML_FALSE);
}

// ---- events ----------------------------------------------------------------------------------

void XMLCALL ActivityBuilder::on_start(void* user, const XML_Char* name, const XML_Char** attributes) {
  auto& self = ExpatParser::owner_of<ActivityBuilder>(user);
  try {
    self.start(name, attributes);
  } catch (...) {
    self.fail(std::current_exception());
  }
}

void XMLCALL ActivityBuilder::on_end(void* user, const XML_Char*) {
  auto& self = ExpatParser::owner_of<ActivityBuilder>(user);
  try {
    self.end();
  } catch (...) {
    self.fail(std::current_exception());
  }
}

// Inside an element that is not read, only the depth is kept, by handlers that do nothing else.
void XMLCALL ActivityBuilder::on_skipped_start(void* user, const XML_Char*, const XML_Char**) {
  ++ExpatParser::owner_of<ActivityBuilder>(user).skip_depth_;
}

void XMLCALL ActivityBuilder::on_skipped_end(void* user, const XML_Char*) {
  auto& self = ExpatParser::owner_of<ActivityBuilder>(user);
  if (--self.skip_depth_ == 0)
    XML_SetElementHandler(self.parser_.get(), &ActivityBuilder::on_start, &ActivityBuilder::on_end);
}

void XMLCALL ActivityBuilder::on_text(void* user, const XML_Char* text, int length) {
  auto& self = ExpatParser::owner_of<ActivityBuilder>(user);
  if (self.skip_depth_ == 0 && self.tags_.size() == self.text_depth_)
    self.text_.append(text, static_cast<std::size_t>(length));
}

void ActivityBuilder::begin_text() {
  text_.clear();
  text_depth_ = tags_.size();
  XML_SetCharacterDataHandler(parser_.get(), &ActivityBuilder::on_text);
}

void ActivityBuilder::end_text() {
  text_depth_ = 0;
  XML_SetCharacterDataHandler(parser_.get(), nullptr);
}

SourcePosition ActivityBuilder::here() const {
  SourcePosition at;
  parser_.position(shift_, at.line, at.column);
  return at;
}

void ActivityBuilder::report(const SourcePosition& at, std::string code, std::string message) {
  io::Diagnostic d;
  d.file = file_;
  d.line = static_cast<std::size_t>(at.line);
  d.column = static_cast<std::size_t>(at.column);
  d.code = std::move(code);
  d.message = std::move(message);
  if (options_.strict) throw io::load_error(errc::parse, {std::move(d)});
  summary_.skipped.push_back(std::move(d));
}

void ActivityBuilder::start(const char* name, const char** attributes) {
  const Tag tag = tag_of(name);
  bool read = false;
  if (tags_.empty()) {
    read = start_top(tag, attributes);
  } else {
    switch (tags_.back()) {
      case Tag::iati_activities: read = tag == Tag::iati_activity && (begin_activity(attributes), true); break;
      case Tag::iati_activity: read = start_in_activity(tag, attributes); break;
      case Tag::transaction: read = start_in_transaction(tag, attributes); break;
      case Tag::budget: read = start_in_budget(tag, attributes); break;
      case Tag::planned_disbursement: read = start_in_planned_disbursement(tag, attributes); break;
      case Tag::location: read = start_in_location(tag, attributes); break;
      case Tag::result: read = start_in_result(tag, attributes); break;
      case Tag::indicator: read = start_in_indicator(tag, attributes); break;
      case Tag::period: read = start_in_period(tag, attributes); break;
      case Tag::point: read = tag == Tag::pos && (push(tag), begin_text(), true); break;
      default:
        // A name-bearing element, or an element whose own text is read: only narratives inside.
        read = start_in_named(tag);
        break;
    }
  }
  if (!read) {
    skip_depth_ = 1;
    XML_SetElementHandler(parser_.get(), &ActivityBuilder::on_skipped_start, &ActivityBuilder::on_skipped_end);
  }
}

void ActivityBuilder::end() {
  const Tag tag = tags_.back();
  const bool text_here = text_depth_ == tags_.size();
  const Tag parent = tags_.size() >= 2 ? tags_[tags_.size() - 2] : Tag::other;
  if (tag == Tag::narrative) {
    if (text_here && name_target_ != nullptr) {
      *name_target_ = std::string(trim_xml_space(text_));
      name_target_ = nullptr;
      end_text();
    }
    tags_.pop_back();
    return;
  }
  if (name_depth_ == tags_.size()) end_named();
  switch (tag) {
    case Tag::iati_activity: end_activity(); break;
    case Tag::iati_identifier:
      if (parent == Tag::iati_activity) activity_.iati_identifier = std::string(trim_xml_space(text_));
      end_text();
      break;
    case Tag::activity_date:
      if (date_from_text_) {
        date_.iso_date_text = std::string(trim_xml_space(text_));
        date_.date = parse_iso_date(date_.iso_date_text);
        end_text();
      }
      activity_.dates.push_back(std::move(date_));
      date_ = ActivityDate{};
      break;
    case Tag::transaction_type:  // only pushed when @code is missing: the text is kept for the reason
      type_written_as_text_ = std::string(trim_xml_space(text_));
      end_text();
      break;
    case Tag::transaction_date:  // only pushed when @iso-date is missing (1.0x text)
      transaction_.date_text = std::string(trim_xml_space(text_));
      transaction_.date = parse_iso_date(transaction_.date_text);
      end_text();
      break;
    case Tag::value:  // only the first value of its parent is pushed
      value_text_ = text_;
      end_text();
      break;
    case Tag::pos:
      if (location_.point.empty()) location_.point = std::string(trim_xml_space(text_));
      end_text();
      break;
    case Tag::transaction: end_transaction(); break;
    case Tag::budget: end_budget(); break;
    case Tag::planned_disbursement: end_planned_disbursement(); break;
    case Tag::location:
      activity_.locations.push_back(std::move(location_));
      location_ = Location{};
      break;
    case Tag::result:
      activity_.results.push_back(std::move(result_));
      result_ = Result{};
      break;
    case Tag::indicator:
      result_.indicators.push_back(std::move(indicator_));
      indicator_ = ResultIndicator{};
      break;
    case Tag::period:
      indicator_.periods.push_back(std::move(period_));
      period_ = IndicatorPeriod{};
      break;
    default: break;
  }
  tags_.pop_back();
}

// ---- text and names --------------------------------------------------------------------------

bool ActivityBuilder::begin_named(Tag tag, std::string& target) {
  if (!options_.parts.narratives || !target.empty()) return false;
  push(tag);
  name_target_ = &target;
  name_depth_ = tags_.size();
  begin_text();  // 1.0x: the element's own text is the name
  return true;
}

void ActivityBuilder::end_named() {
  // Still a target: no narrative was read, so the element's own text (1.0x) is the name.
  if (name_target_ != nullptr) {
    *name_target_ = std::string(trim_xml_space(text_));
    end_text();
  }
  name_target_ = nullptr;
  name_depth_ = 0;
}

bool ActivityBuilder::start_in_named(Tag tag) {
  // Only the first narrative of a name-bearing element is read.
  if (tag != Tag::narrative || name_target_ == nullptr || name_depth_ != tags_.size()) return false;
  push(Tag::narrative);
  begin_text();
  return true;
}

// ---- structure -------------------------------------------------------------------------------

bool ActivityBuilder::start_top(Tag tag, const char** attributes) {
  if (tag == Tag::iati_activities) {
    root_version_ = attribute(attributes, "version");
    summary_.version = root_version_;
    push(tag);
    return true;
  }
  if (tag == Tag::iati_activity) {  // a file that is one bare activity
    begin_activity(attributes);
    return true;
  }
  return false;
}

void ActivityBuilder::begin_activity(const char** attributes) {
  activity_ = Activity{};
  activity_.at = here();
  const char* own_version = activity_version(attributes);
  // SOURCES.md: a file that declares no version is read as 1.01, the first published version.
  activity_.version = own_version != nullptr ? own_version : (root_version_.empty() ? "1.01" : root_version_);
  for (const char** a = attributes; *a != nullptr; a += 2) {
    const char* n = *a;
    if (same_name(n, "default-currency"))
      activity_.default_currency = a[1];
    else if (same_name(n, "hierarchy"))
      activity_.hierarchy = small_integer(a[1]);
    else if (same_name(n, "last-updated-datetime"))
      activity_.last_updated_datetime = a[1];
    else if (same_name(n, "xml:lang"))
      activity_.language = a[1];
  }
  seen_description_ = false;
  push(Tag::iati_activity);
}

void ActivityBuilder::end_activity() {
  ++summary_.activities;
  on_activity_(std::move(activity_));
  activity_ = Activity{};
}

bool ActivityBuilder::start_in_activity(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::iati_identifier:
      push(tag);
      begin_text();
      return true;
    case Tag::reporting_org:
      read_organisation(attributes, "", activity_.reporting_org);
      return begin_named(tag, activity_.reporting_org.name);
    case Tag::participating_org: {
      ParticipatingOrg& org = activity_.participating_orgs.emplace_back();
      read_organisation(attributes, "activity-id", org.organisation);
      org.role_text = attribute(attributes, "role");
      org.role = organisation_role(org.role_text);
      return begin_named(tag, org.organisation.name);
    }
    case Tag::title: return begin_named(tag, activity_.title);
    case Tag::description:
      if (seen_description_) return false;
      seen_description_ = true;
      return begin_named(tag, activity_.description);
    case Tag::activity_status: activity_.activity_status = attribute(attributes, "code"); return false;
    case Tag::activity_scope: activity_.activity_scope = attribute(attributes, "code"); return false;
    case Tag::collaboration_type: activity_.collaboration_type = attribute(attributes, "code"); return false;
    case Tag::default_flow_type: activity_.default_flow_type = attribute(attributes, "code"); return false;
    case Tag::default_finance_type: activity_.default_finance_type = attribute(attributes, "code"); return false;
    case Tag::default_aid_type: activity_.default_aid_type = attribute(attributes, "code"); return false;
    case Tag::default_tied_status: activity_.default_tied_status = attribute(attributes, "code"); return false;
    case Tag::activity_date: {
      date_ = ActivityDate{};
      date_.at = here();
      date_.type = activity_date_type(attribute(attributes, "type"));
      const char* iso = find_attribute(attributes, "iso-date");
      date_from_text_ = iso == nullptr;  // 1.0x may write the date as the element's text
      if (!date_from_text_) {
        date_.iso_date_text = iso;
        date_.date = parse_iso_date(date_.iso_date_text);
        activity_.dates.push_back(std::move(date_));
        return false;
      }
      push(tag);
      begin_text();
      return true;
    }
    case Tag::recipient_country: activity_.recipient_countries.push_back(read_share(attributes, here())); return false;
    case Tag::recipient_region: activity_.recipient_regions.push_back(read_share(attributes, here())); return false;
    case Tag::sector: activity_.sectors.push_back(read_share(attributes, here())); return false;
    case Tag::related_activity: {
      RelatedActivity& related = activity_.related_activities.emplace_back();
      related.ref = attribute(attributes, "ref");
      related.type = attribute(attributes, "type");
      return false;
    }
    case Tag::transaction:
      transaction_ = Transaction{};
      transaction_.ref = attribute(attributes, "ref");
      begin_money_owner();
      transaction_.at = owner_at_;
      push(tag);
      return true;
    case Tag::budget:
      if (!options_.parts.budgets) return false;
      budget_ = Budget{};
      budget_.type = attribute(attributes, "type");
      budget_.status = attribute(attributes, "status");
      begin_money_owner();
      budget_.at = owner_at_;
      push(tag);
      return true;
    case Tag::planned_disbursement:
      if (!options_.parts.budgets) return false;
      disbursement_ = PlannedDisbursement{};
      disbursement_.type = attribute(attributes, "type");
      begin_money_owner();
      disbursement_.at = owner_at_;
      push(tag);
      return true;
    case Tag::location:
      if (!options_.parts.locations) return false;
      location_ = Location{};
      location_.ref = attribute(attributes, "ref");
      push(tag);
      return true;
    case Tag::result:
      if (!options_.parts.results) return false;
      result_ = Result{};
      result_.type = attribute(attributes, "type");
      result_.aggregation_status = attribute(attributes, "aggregation-status");
      push(tag);
      return true;
    default: return false;
  }
}

void ActivityBuilder::begin_money_owner() {
  owner_at_ = here();
  values_ = 0;
  types_ = 0;
  type_code_missing_ = false;
  type_written_as_text_.clear();
  value_text_.clear();
}

bool ActivityBuilder::start_value(Value& value, const char** attributes) {
  if (values_++ > 0) return false;  // counted: a second value makes the owner unusable
  value_at_ = here();
  for (const char** a = attributes; *a != nullptr; a += 2) {
    const char* n = *a;
    if (same_name(n, "currency"))
      value.currency = a[1];
    else if (same_name(n, "value-date")) {
      value.value_date_text = a[1];
      value.value_date = parse_iso_date(value.value_date_text);
    }
  }
  push(Tag::value);
  begin_text();
  return true;
}

bool ActivityBuilder::start_in_transaction(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::transaction_type: {
      if (types_++ > 0) return false;
      type_at_ = here();
      const char* code = find_attribute(attributes, "code");
      if (code != nullptr) {
        transaction_.type_text = code;
        transaction_.type = transaction_type_code(transaction_.type_text);
        return false;
      }
      type_code_missing_ = true;
      push(tag);
      begin_text();
      return true;
    }
    case Tag::transaction_date: {
      const char* iso = find_attribute(attributes, "iso-date");
      if (iso != nullptr) {
        transaction_.date_text = iso;
        transaction_.date = parse_iso_date(transaction_.date_text);
        return false;
      }
      push(tag);
      begin_text();
      return true;
    }
    case Tag::value: return start_value(transaction_.value, attributes);
    case Tag::description: return begin_named(tag, transaction_.description);
    case Tag::provider_org:
      read_organisation(attributes, "provider-activity-id", transaction_.provider);
      return begin_named(tag, transaction_.provider.name);
    case Tag::receiver_org:
      read_organisation(attributes, "receiver-activity-id", transaction_.receiver);
      return begin_named(tag, transaction_.receiver.name);
    case Tag::sector: transaction_.sectors.push_back(read_share(attributes, here())); return false;
    case Tag::recipient_country:
      transaction_.recipient_countries.push_back(read_share(attributes, here()));
      return false;
    case Tag::recipient_region: transaction_.recipient_regions.push_back(read_share(attributes, here())); return false;
    case Tag::flow_type: transaction_.flow_type = attribute(attributes, "code"); return false;
    case Tag::finance_type: transaction_.finance_type = attribute(attributes, "code"); return false;
    case Tag::aid_type:
      if (transaction_.aid_type.empty()) transaction_.aid_type = attribute(attributes, "code");
      return false;
    case Tag::tied_status: transaction_.tied_status = attribute(attributes, "code"); return false;
    case Tag::disbursement_channel: transaction_.disbursement_channel = attribute(attributes, "code"); return false;
    default: return false;
  }
}

bool ActivityBuilder::check_value(Value& value, std::string_view what, const char* code) {
  if (values_ == 0) {
    report(owner_at_, code, std::string(what) + " has no value: expected one <value> with a decimal amount");
    return false;
  }
  if (values_ > 1) {
    report(owner_at_, code,
           std::string(what) + " has " + std::to_string(values_) + " value elements: expected exactly one");
    return false;
  }
  const std::string_view text = trim_xml_space(value_text_);
  const DecimalParseResult parsed = Decimal::parse(text, value.amount);
  if (!parsed) {
    std::string message = std::string(what) + " value ";
    if (text.empty())
      message += "is empty: expected a decimal amount";
    else
      message += "'" + std::string(text) + "': " + std::string(to_string(parsed.status));
    report(value_at_, code, std::move(message));
    return false;
  }
  return true;
}

void ActivityBuilder::end_transaction() {
  if (types_ == 0) {
    report(owner_at_, "bad_transaction_type",
           "transaction has no transaction-type: expected <transaction-type code=\"...\"/>");
    return;
  }
  if (types_ > 1) {
    report(owner_at_, "bad_transaction_type",
           "transaction has " + std::to_string(types_) + " transaction-type elements: expected exactly one");
    return;
  }
  if (type_code_missing_) {
    report(type_at_, "bad_transaction_type",
           "transaction-type has no @code" +
               (type_written_as_text_.empty() ? std::string()
                                              : " (the text '" + type_written_as_text_ + "' is not read as a code)") +
               ": expected <transaction-type code=\"...\"/>");
    return;
  }
  if (transaction_.type == 0) {
    report(type_at_, "bad_transaction_type",
           "unknown transaction type '" + transaction_.type_text +
               "': expected 1-13 or a 1.0x code (IF, C, D, E, IR, LR, R, QP, QS, CG)");
    return;
  }
  if (!check_value(transaction_.value, "transaction", "bad_value")) return;
  ++summary_.transactions;
  activity_.transactions.push_back(std::move(transaction_));
}

bool ActivityBuilder::start_in_budget(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::period_start: budget_.period_start = parse_iso_date(attribute(attributes, "iso-date")); return false;
    case Tag::period_end: budget_.period_end = parse_iso_date(attribute(attributes, "iso-date")); return false;
    case Tag::value: return start_value(budget_.value, attributes);
    default: return false;
  }
}

void ActivityBuilder::end_budget() {
  if (!check_value(budget_.value, "budget", "bad_budget_value")) return;
  ++summary_.budgets;
  activity_.budgets.push_back(std::move(budget_));
}

bool ActivityBuilder::start_in_planned_disbursement(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::period_start:
      disbursement_.period_start = parse_iso_date(attribute(attributes, "iso-date"));
      return false;
    case Tag::period_end: disbursement_.period_end = parse_iso_date(attribute(attributes, "iso-date")); return false;
    case Tag::value: return start_value(disbursement_.value, attributes);
    case Tag::provider_org:
      read_organisation(attributes, "provider-activity-id", disbursement_.provider);
      return begin_named(tag, disbursement_.provider.name);
    case Tag::receiver_org:
      read_organisation(attributes, "receiver-activity-id", disbursement_.receiver);
      return begin_named(tag, disbursement_.receiver.name);
    default: return false;
  }
}

void ActivityBuilder::end_planned_disbursement() {
  if (!check_value(disbursement_.value, "planned-disbursement", "bad_planned_disbursement_value")) return;
  ++summary_.planned_disbursements;
  activity_.planned_disbursements.push_back(std::move(disbursement_));
}

bool ActivityBuilder::start_in_location(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::name: return begin_named(tag, location_.name);
    case Tag::point: push(tag); return true;
    case Tag::administrative: {
      std::string code = attribute(attributes, "code");
      if (!code.empty()) location_.administrative_codes.push_back(std::move(code));
      return false;
    }
    case Tag::coordinates:  // 1.0x
      if (location_.point.empty())
        location_.point = attribute(attributes, "latitude") + " " + attribute(attributes, "longitude");
      return false;
    default: return false;
  }
}

bool ActivityBuilder::start_in_result(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::title: return begin_named(tag, result_.title);
    case Tag::indicator:
      indicator_ = ResultIndicator{};
      indicator_.measure = attribute(attributes, "measure");
      indicator_.ascending = attribute(attributes, "ascending");
      push(tag);
      return true;
    default: return false;
  }
}

bool ActivityBuilder::start_in_indicator(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::title: return begin_named(tag, indicator_.title);
    case Tag::baseline:
      for (const char** a = attributes; *a != nullptr; a += 2) {
        const char* n = *a;
        if (same_name(n, "year"))
          indicator_.baseline_year = std::string(a[1]);
        else if (same_name(n, "iso-date"))
          indicator_.baseline_date = parse_iso_date(a[1]);
        else if (same_name(n, "value"))
          indicator_.baseline = indicator_value(a[1]);
      }
      return false;
    case Tag::period:
      period_ = IndicatorPeriod{};
      push(tag);
      return true;
    default: return false;
  }
}

bool ActivityBuilder::start_in_period(Tag tag, const char** attributes) {
  switch (tag) {
    case Tag::period_start: period_.start = parse_iso_date(attribute(attributes, "iso-date")); return false;
    case Tag::period_end: period_.end = parse_iso_date(attribute(attributes, "iso-date")); return false;
    case Tag::target:
    case Tag::actual: {
      std::optional<IndicatorValue>& slot = tag == Tag::target ? period_.target : period_.actual;
      const char* v = find_attribute(attributes, "value");
      if (!slot && v != nullptr) slot = indicator_value(v);
      return false;
    }
    default: return false;
  }
}

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
