// write_iati: activities as IATI 2.03, in the element order of the schema's xsd:sequence for
// iati-activity (iati-activities-schema.xsd, version-2.03). Every rule about what is written,
// filled or left out is stated in include/pairaid/iati/export.hpp.
#include <pairaid/iati/export.hpp>

#include "iati/export_checks.hpp"
#include "iati/xml_writer.hpp"

#include <pairaid/core/error.hpp>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

PAIRAID_NAMESPACE_BEGIN
namespace iati {
namespace {

using detail::XmlWriter;

std::string code_of(OrganisationRole role) { return std::to_string(static_cast<int>(role)); }

bool writable_date(const ActivityDate& d) { return d.date.has_value() && d.type >= 1 && d.type <= 4; }

bool has_writable_date(const Activity& a) {
  for (const ActivityDate& d : a.dates)
    if (writable_date(d)) return true;
  return false;
}

bool has_writable_participant(const Activity& a) {
  for (const ParticipatingOrg& p : a.participating_orgs)
    if (p.role) return true;
  return false;
}

std::string describe(const Activity& a) {
  std::string s = "activity '" + a.iati_identifier + "'";
  if (a.at.line > 0) s += " (line " + std::to_string(a.at.line) + ")";
  return s;
}

class ActivityWriter {
 public:
  ActivityWriter(XmlWriter& xml, const ExportOptions& options, ExportReport& report)
      : xml_(xml), options_(options), report_(report) {}

  void write(const Activity& a) {
    xml_.open("iati-activity");
    if (!a.last_updated_datetime.empty()) {
      if (detail::is_xsd_datetime(a.last_updated_datetime))
        xml_.attribute("last-updated-datetime", a.last_updated_datetime);
      else
        leave_out("last-updated-datetime that is not an xsd:dateTime");
    }
    if (!a.language.empty()) {
      if (detail::is_xml_lang(a.language))
        xml_.attribute("xml:lang", a.language);
      else
        leave_out("xml:lang that is not a language tag");
    }
    xml_.attribute_if("default-currency", a.default_currency);
    if (a.hierarchy) xml_.attribute("hierarchy", std::to_string(*a.hierarchy));

    xml_.text_element("iati-identifier", a.iati_identifier);
    reporting_org(a.reporting_org);
    narrative_element("title", a.title);
    narrative_element("description", a.description);
    participating_orgs(a);
    xml_.open("activity-status");
    if (a.activity_status.empty()) {
      xml_.attribute("code", options_.activity_status_if_missing);
      fill("activity-status from activity_status_if_missing");
    } else {
      xml_.attribute("code", a.activity_status);
    }
    xml_.close();
    activity_dates(a);
    code_element("activity-scope", a.activity_scope);
    for (const Share& s : a.recipient_countries) share("recipient-country", s, false, true);
    for (const Share& s : a.recipient_regions) share("recipient-region", s, true, true);
    for (const Location& l : a.locations) location(l);
    for (const Share& s : a.sectors) share("sector", s, true, true);
    code_element("collaboration-type", a.collaboration_type);
    code_element("default-flow-type", a.default_flow_type);
    code_element("default-finance-type", a.default_finance_type);
    code_element("default-aid-type", a.default_aid_type);
    code_element("default-tied-status", a.default_tied_status);
    for (const Budget& b : a.budgets) budget(b);
    for (const PlannedDisbursement& p : a.planned_disbursements) planned_disbursement(p);
    for (const Transaction& t : a.transactions) transaction(t);
    for (const RelatedActivity& r : a.related_activities) {
      if (r.ref.empty() || r.type.empty()) {
        leave_out("related-activity without @ref or @type");
        continue;
      }
      xml_.open("related-activity");
      xml_.attribute("ref", r.ref);
      xml_.attribute("type", r.type);
      xml_.close();
    }
    for (const Result& r : a.results) result(r);
    xml_.close();
    ++report_.activities;
  }

 private:
  void leave_out(const std::string& reason) { ++report_.left_out[reason]; }
  void fill(const std::string& reason) { ++report_.filled[reason]; }

  // <name><narrative>text</narrative></name>; an empty text still gets its (empty) narrative,
  // since every such element the export writes requires one.
  void narrative_element(std::string_view name, const std::string& text) {
    xml_.open(name);
    xml_.text_element("narrative", text);
    xml_.close();
  }
  void narrative_if(const std::string& text) {
    if (!text.empty()) xml_.text_element("narrative", text);
  }
  void code_element(std::string_view name, const std::string& code) {
    if (code.empty()) return;
    xml_.open(name);
    xml_.attribute("code", code);
    xml_.close();
  }
  void date_element(std::string_view name, Date d) {
    xml_.open(name);
    xml_.attribute("iso-date", pairaid::to_string(d));
    xml_.close();
  }

  void reporting_org(const OrganisationRef& o) {
    xml_.open("reporting-org");
    xml_.attribute("ref", o.ref);  // required; an empty ref is still schema-valid and says what the source said
    if (o.type.empty()) {
      xml_.attribute("type", options_.reporting_org_type_if_missing);
      fill("reporting-org/@type from reporting_org_type_if_missing");
    } else {
      xml_.attribute("type", o.type);
    }
    xml_.text_element("narrative", o.name);
    xml_.close();
  }

  void participating_orgs(const Activity& a) {
    bool any = false;
    for (const ParticipatingOrg& p : a.participating_orgs) {
      if (!p.role) {
        leave_out("participating-org without a known @role");
        continue;
      }
      any = true;
      xml_.open("participating-org");
      xml_.attribute_if("ref", p.organisation.ref);
      xml_.attribute_if("type", p.organisation.type);
      xml_.attribute("role", code_of(*p.role));
      xml_.attribute_if("activity-id", p.organisation.activity_id);
      narrative_if(p.organisation.name);
      xml_.close();
    }
    if (any) return;
    xml_.open("participating-org");
    xml_.attribute_if("ref", a.reporting_org.ref);
    xml_.attribute_if("type",
                      a.reporting_org.type.empty() ? options_.reporting_org_type_if_missing : a.reporting_org.type);
    xml_.attribute("role", code_of(*options_.reporting_org_role_if_no_participants));
    narrative_if(a.reporting_org.name);
    xml_.close();
    fill("participating-org: the reporting-org in reporting_org_role_if_no_participants");
  }

  void activity_dates(const Activity& a) {
    bool any = false;
    for (const ActivityDate& d : a.dates) {
      if (!writable_date(d)) {
        leave_out("activity-date without a valid @iso-date or a known @type");
        continue;
      }
      any = true;
      xml_.open("activity-date");
      xml_.attribute("type", std::to_string(d.type));
      xml_.attribute("iso-date", pairaid::to_string(*d.date));
      xml_.close();
    }
    if (any) return;
    xml_.open("activity-date");
    xml_.attribute("type", "1");
    xml_.attribute("iso-date", pairaid::to_string(*options_.start_date_if_missing));
    xml_.close();
    fill("activity-date type 1 from start_date_if_missing");
  }

  // sector, recipient-country, recipient-region (activity or transaction level).
  void share(std::string_view name, const Share& s, bool with_vocabulary, bool with_percentage) {
    if (s.code.empty()) {
      leave_out(std::string(name) + " without @code");
      return;
    }
    xml_.open(name);
    if (with_vocabulary) xml_.attribute_if("vocabulary", s.vocabulary);
    xml_.attribute("code", s.code);
    if (with_percentage) {
      if (s.percentage)
        xml_.attribute("percentage", s.percentage->to_string());
      else if (!s.percentage_text.empty())
        leave_out(std::string(name) + "/@percentage that is not a decimal");
    }
    xml_.close();
  }

  void location(const Location& l) {
    xml_.open("location");
    xml_.attribute_if("ref", l.ref);
    if (!l.name.empty()) narrative_element("name", l.name);
    for (const std::string& code : l.administrative_codes) {
      if (options_.administrative_vocabulary.empty() || code.empty()) {
        leave_out("location/administrative (no administrative_vocabulary given, or no code)");
        continue;
      }
      xml_.open("administrative");
      xml_.attribute("vocabulary", options_.administrative_vocabulary);
      xml_.attribute("code", code);
      xml_.close();
    }
    if (!l.point.empty()) {
      xml_.open("point");
      xml_.attribute("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326");  // the only one IATI allows
      xml_.text_element("pos", l.point);
      xml_.close();
    }
    xml_.close();
  }

  void value(const Value& v, Date value_date_if_missing, std::string_view what) {
    xml_.open("value");
    xml_.attribute_if("currency", v.currency);  // none: the activity's default-currency applies, as before
    if (v.value_date) {
      xml_.attribute("value-date", pairaid::to_string(*v.value_date));
    } else {
      xml_.attribute("value-date", pairaid::to_string(value_date_if_missing));
      fill(std::string(what));
    }
    xml_.text(v.amount.to_string());
    xml_.close();
  }

  void organisation(std::string_view name, std::string_view activity_id_attribute, const OrganisationRef& o) {
    if (o.ref.empty() && o.type.empty() && o.name.empty() && o.activity_id.empty()) return;
    xml_.open(name);
    xml_.attribute_if("ref", o.ref);
    xml_.attribute_if(activity_id_attribute, o.activity_id);
    xml_.attribute_if("type", o.type);
    narrative_if(o.name);
    xml_.close();
  }

  void transaction(const Transaction& t) {
    if (t.type < 1 || t.type > 13) {
      leave_out("transaction without a known transaction-type");
      return;
    }
    const std::optional<Date> date = t.date ? t.date : t.value.value_date;
    if (!date) {
      leave_out("transaction with neither a transaction-date nor a value-date");
      return;
    }
    xml_.open("transaction");
    xml_.attribute_if("ref", t.ref);
    xml_.open("transaction-type");
    xml_.attribute("code", std::to_string(t.type));
    xml_.close();
    date_element("transaction-date", *date);
    if (!t.date) fill("transaction-date from the value-date");
    value(t.value, *date, "transaction value-date from the transaction-date");
    if (!t.description.empty()) narrative_element("description", t.description);
    organisation("provider-org", "provider-activity-id", t.provider);
    organisation("receiver-org", "receiver-activity-id", t.receiver);
    code_element("disbursement-channel", t.disbursement_channel);
    for (const Share& s : t.sectors) share("sector", s, true, false);
    at_most_one("recipient-country", t.recipient_countries, false);
    at_most_one("recipient-region", t.recipient_regions, true);
    code_element("flow-type", t.flow_type);
    code_element("finance-type", t.finance_type);
    code_element("aid-type", t.aid_type);
    code_element("tied-status", t.tied_status);
    xml_.close();
    ++report_.transactions;
  }

  // The schema allows one recipient-country and one recipient-region per transaction.
  void at_most_one(std::string_view name, const std::vector<Share>& shares, bool with_vocabulary) {
    for (std::size_t i = 0; i < shares.size(); ++i) {
      if (i > 0) {
        leave_out("transaction " + std::string(name) + " after the first (the schema allows one)");
        continue;
      }
      share(name, shares[i], with_vocabulary, false);
    }
  }

  void budget(const Budget& b) {
    if (!b.period_start || !b.period_end) {
      leave_out("budget without period-start or period-end");
      return;
    }
    xml_.open("budget");
    xml_.attribute_if("type", b.type);
    xml_.attribute_if("status", b.status);
    date_element("period-start", *b.period_start);
    date_element("period-end", *b.period_end);
    value(b.value, *b.period_start, "budget value-date from period-start");
    xml_.close();
  }

  void planned_disbursement(const PlannedDisbursement& p) {
    if (!p.period_start) {
      leave_out("planned-disbursement without period-start");
      return;
    }
    xml_.open("planned-disbursement");
    xml_.attribute_if("type", p.type);
    date_element("period-start", *p.period_start);
    if (p.period_end) date_element("period-end", *p.period_end);
    value(p.value, *p.period_start, "planned-disbursement value-date from period-start");
    organisation("provider-org", "provider-activity-id", p.provider);
    organisation("receiver-org", "receiver-activity-id", p.receiver);
    xml_.close();
  }

  bool writable(const ResultIndicator& i) const { return !i.measure.empty(); }

  void result(const Result& r) {
    bool any_indicator = false;
    for (const ResultIndicator& i : r.indicators) any_indicator = any_indicator || writable(i);
    if (r.type.empty() || !any_indicator) {
      leave_out("result without @type or without an indicator with @measure");
      return;
    }
    xml_.open("result");
    xml_.attribute("type", r.type);
    boolean_attribute("aggregation-status", r.aggregation_status, "result");
    narrative_element("title", r.title);
    for (const ResultIndicator& i : r.indicators) {
      if (!writable(i)) {
        leave_out("result indicator without @measure");
        continue;
      }
      indicator(i);
    }
    xml_.close();
  }

  void boolean_attribute(std::string_view name, const std::string& text, std::string_view owner) {
    if (text.empty()) return;
    if (detail::is_xsd_boolean(text))
      xml_.attribute(name, text);
    else
      leave_out(std::string(owner) + "/@" + std::string(name) + " that is not a boolean");
  }

  void indicator(const ResultIndicator& i) {
    xml_.open("indicator");
    xml_.attribute("measure", i.measure);
    boolean_attribute("ascending", i.ascending, "indicator");
    narrative_element("title", i.title);
    baseline(i);
    for (const IndicatorPeriod& p : i.periods) {
      if (!p.start || !p.end) {
        leave_out("indicator period without period-start or period-end");
        continue;
      }
      xml_.open("period");
      date_element("period-start", *p.start);
      date_element("period-end", *p.end);
      if (p.target) {
        xml_.open("target");
        xml_.attribute("value", p.target->text);
        xml_.close();
      }
      if (p.actual) {
        xml_.open("actual");
        xml_.attribute("value", p.actual->text);
        xml_.close();
      }
      xml_.close();
    }
    xml_.close();
  }

  // baseline/@year is required; the baseline date's year is the same fact when the year is absent.
  void baseline(const ResultIndicator& i) {
    if (!i.baseline && !i.baseline_year && !i.baseline_date) return;
    std::string year;
    if (i.baseline_year && detail::is_positive_integer(*i.baseline_year)) {
      year = *i.baseline_year;
    } else if (i.baseline_date) {
      year = std::to_string(static_cast<int>(i.baseline_date->year()));
      fill("baseline/@year from baseline/@iso-date");
    } else {
      leave_out("indicator baseline without a valid @year");
      return;
    }
    xml_.open("baseline");
    if (i.baseline_date) xml_.attribute("iso-date", pairaid::to_string(*i.baseline_date));
    xml_.attribute("year", year);
    if (i.baseline) xml_.attribute("value", i.baseline->text);
    xml_.close();
  }

  XmlWriter& xml_;
  const ExportOptions& options_;
  ExportReport& report_;
};

}  // namespace

std::vector<std::string> missing_required(std::span<const Activity> activities, const ExportOptions& options) {
  std::vector<std::string> out;
  for (const Activity& a : activities) {
    std::string gaps;
    auto need = [&](std::string_view what, std::string_view option) {
      gaps += gaps.empty() ? ": " : "; ";
      gaps += "no ";
      gaps += what;
      gaps += " (set ";
      gaps += option;
      gaps += ")";
    };
    if (a.reporting_org.type.empty() && options.reporting_org_type_if_missing.empty())
      need("reporting-org/@type", "reporting_org_type_if_missing");
    if (a.activity_status.empty() && options.activity_status_if_missing.empty())
      need("activity-status", "activity_status_if_missing");
    if (!has_writable_date(a) && !options.start_date_if_missing)
      need("activity-date with a valid date and type", "start_date_if_missing");
    if (!has_writable_participant(a) && !options.reporting_org_role_if_no_participants)
      need("participating-org with a known role", "reporting_org_role_if_no_participants");
    if (!gaps.empty()) out.push_back(describe(a) + gaps);
  }
  return out;
}

ExportReport write_iati(std::ostream& out, std::span<const Activity> activities, const ExportOptions& options) {
  if (!options.generated_datetime.empty() && !detail::is_xsd_datetime(options.generated_datetime))
    throw error(errc::invalid_argument, "generated-datetime '" + options.generated_datetime +
                                            "' is not an xsd:dateTime (e.g. 2026-11-30T00:00:00Z)");
  if (activities.empty())
    throw error(errc::invalid_argument, "IATI 2.03 requires at least one activity in iati-activities; none to write");
  if (const auto gaps = missing_required(activities, options); !gaps.empty()) {
    std::string message = "IATI 2.03 requires parts these activities lack, and no fallback is set: " + gaps.front();
    const std::size_t shown = std::min<std::size_t>(gaps.size(), 5);
    for (std::size_t i = 1; i < shown; ++i) message += "\n" + gaps[i];
    if (gaps.size() > shown) message += "\n(and " + std::to_string(gaps.size() - shown) + " more)";
    throw error(errc::invalid_data, message);
  }

  ExportReport report;
  XmlWriter xml(out);
  xml.declaration();
  xml.open("iati-activities");
  xml.attribute("version", "2.03");
  xml.attribute_if("generated-datetime", options.generated_datetime);
  ActivityWriter writer(xml, options, report);
  for (const Activity& a : activities) writer.write(a);
  xml.close();
  xml.finish();
  if (xml.dropped_characters() > 0)
    report.left_out["characters XML 1.0 cannot carry (control characters, bytes that are not UTF-8)"] =
        xml.dropped_characters();
  return report;
}

}  // namespace iati
PAIRAID_NAMESPACE_END
