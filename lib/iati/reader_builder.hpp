#pragma once
// The reader's expat handlers: they build one Activity at a time from start/end/text events and
// hand it to the caller's callback when its end tag is seen. Internal to lib/iati.
#include "iati/expat_parser.hpp"

#include <pairaid/iati/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati::detail {

enum class Tag : std::uint8_t {
  other,
  iati_activities,
  iati_activity,
  iati_identifier,
  reporting_org,
  participating_org,
  title,
  description,
  narrative,
  activity_status,
  activity_scope,
  activity_date,
  collaboration_type,
  default_flow_type,
  default_finance_type,
  default_aid_type,
  default_tied_status,
  recipient_country,
  recipient_region,
  sector,
  location,
  name,
  point,
  pos,
  administrative,
  coordinates,
  transaction,
  transaction_type,
  transaction_date,
  value,
  provider_org,
  receiver_org,
  flow_type,
  finance_type,
  aid_type,
  tied_status,
  disbursement_channel,
  budget,
  period_start,
  period_end,
  planned_disbursement,
  result,
  indicator,
  baseline,
  period,
  target,
  actual,
  related_activity,
};

Tag tag_of(const char* name) noexcept;

// Re-reads the input to name the element open at an XML error (see OpenElementTracker).
using OpenElementLookup = std::function<std::string()>;

class ActivityBuilder {
 public:
  ActivityBuilder(std::string file, const ReadOptions& options, const ActivityCallback& on_activity,
                  ReadSummary& summary, PositionShift shift = {}, OpenElementLookup lookup = {});
  ActivityBuilder(const ActivityBuilder&) = delete;
  ActivityBuilder& operator=(const ActivityBuilder&) = delete;

  // Parses `size` more bytes (copied by expat). Throws io::load_error on not-well-formed XML (code
  // "xml") or, when strict, on the first unusable transaction or budget; rethrows what the
  // callback threw.
  void feed(const char* data, std::size_t size, bool final);
  // Zero-copy form: fill buffer(n) with up to n bytes, then parse_buffer(filled, final).
  void* buffer(std::size_t size);
  void parse_buffer(std::size_t filled, bool final);

 private:
  static void XMLCALL on_start(void* user, const XML_Char* name, const XML_Char** attributes);
  static void XMLCALL on_end(void* user, const XML_Char* name);
  static void XMLCALL on_skipped_start(void* user, const XML_Char* name, const XML_Char** attributes);
  static void XMLCALL on_skipped_end(void* user, const XML_Char* name);
  static void XMLCALL on_text(void* user, const XML_Char* text, int length);

  void start(const char* name, const char** attributes);
  void end();
  void finish_status(int status);
  void fail(std::exception_ptr error);

  // Context dispatch: `start_in_X` handles a child of X; returns false for elements not read.
  bool start_top(Tag tag, const char** attributes);
  bool start_in_activity(Tag tag, const char** attributes);
  bool start_in_transaction(Tag tag, const char** attributes);
  bool start_in_budget(Tag tag, const char** attributes);
  bool start_in_planned_disbursement(Tag tag, const char** attributes);
  bool start_in_location(Tag tag, const char** attributes);
  bool start_in_result(Tag tag, const char** attributes);
  bool start_in_indicator(Tag tag, const char** attributes);
  bool start_in_period(Tag tag, const char** attributes);
  bool start_in_named(Tag tag);
  bool start_value(Value& value, const char** attributes);
  void begin_money_owner();
  // The value of a transaction, budget or planned disbursement: true when usable; otherwise the
  // problem is reported with `code` (and thrown when strict).
  bool check_value(Value& value, std::string_view what, const char* code);

  void begin_activity(const char** attributes);
  void end_activity();
  void end_transaction();
  void end_budget();
  void end_planned_disbursement();

  // Text: collected only for the element at `text_depth_`.
  void begin_text();
  void end_text();
  // A name-bearing element (title, org ...): first narrative, or (1.0x) its own text.
  bool begin_named(Tag tag, std::string& target);
  void end_named();

  SourcePosition here() const;
  void report(const SourcePosition& at, std::string code, std::string message);
  void push(Tag tag) { tags_.push_back(tag); }

  std::string file_;
  const ReadOptions& options_;
  const ActivityCallback& on_activity_;
  ReadSummary& summary_;
  PositionShift shift_;
  ExpatParser parser_;
  OpenElementLookup lookup_;
  std::exception_ptr failure_;

  std::vector<Tag> tags_;       // the elements being read, innermost last
  std::size_t skip_depth_ = 0;  // > 0: inside an element that is not read

  std::string text_;
  std::size_t text_depth_ = 0;  // tags_.size() of the element whose text is collected; 0: none
  std::string* name_target_ = nullptr;
  std::size_t name_depth_ = 0;

  std::string root_version_;
  bool seen_description_ = false;
  Activity activity_;
  Transaction transaction_;
  // The transaction, budget or planned disbursement being read: how many value and
  // transaction-type elements it had, where the first was, and its text.
  std::size_t values_ = 0, types_ = 0;
  SourcePosition owner_at_, value_at_, type_at_;
  std::string value_text_;
  bool type_code_missing_ = false;
  std::string type_written_as_text_;
  Budget budget_;
  PlannedDisbursement disbursement_;
  Location location_;
  Result result_;
  ResultIndicator indicator_;
  IndicatorPeriod period_;
  ActivityDate date_;
  bool date_from_text_ = false;
};

}  // namespace iati::detail
PAIRAID_NAMESPACE_END
