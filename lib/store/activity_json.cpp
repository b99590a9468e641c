#include "store/activity_json.hpp"

#include <pairaid/core/error.hpp>

#include <boost/json.hpp>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

namespace json = boost::json;
using namespace iati;

// One list of members per struct, walked by a writer and by a reader, so the two cannot disagree.
template <class V>
void visit(V& v, SourcePosition& p) {
  v("line", p.line);
  v("column", p.column);
}
template <class V>
void visit(V& v, OrganisationRef& o) {
  v("ref", o.ref);
  v("type", o.type);
  v("name", o.name);
  v("activity_id", o.activity_id);
}
template <class V>
void visit(V& v, ParticipatingOrg& p) {
  v("organisation", p.organisation);
  v("role", p.role);
  v("role_text", p.role_text);
}
template <class V>
void visit(V& v, Share& s) {
  v("vocabulary", s.vocabulary);
  v("code", s.code);
  v("percentage", s.percentage);
  v("percentage_text", s.percentage_text);
  v("at", s.at);
}
template <class V>
void visit(V& v, ActivityDate& d) {
  v("type", d.type);
  v("date", d.date);
  v("iso_date_text", d.iso_date_text);
  v("at", d.at);
}
template <class V>
void visit(V& v, Value& x) {
  v("amount", x.amount);
  v("currency", x.currency);
  v("value_date", x.value_date);
  v("value_date_text", x.value_date_text);
}
template <class V>
void visit(V& v, Transaction& t) {
  v("at", t.at);
  v("ref", t.ref);
  v("type", t.type);
  v("type_text", t.type_text);
  v("date", t.date);
  v("date_text", t.date_text);
  v("value", t.value);
  v("description", t.description);
  v("provider", t.provider);
  v("receiver", t.receiver);
  v("sectors", t.sectors);
  v("recipient_countries", t.recipient_countries);
  v("recipient_regions", t.recipient_regions);
  v("flow_type", t.flow_type);
  v("finance_type", t.finance_type);
  v("aid_type", t.aid_type);
  v("tied_status", t.tied_status);
  v("disbursement_channel", t.disbursement_channel);
}
template <class V>
void visit(V& v, Budget& b) {
  v("at", b.at);
  v("type", b.type);
  v("status", b.status);
  v("period_start", b.period_start);
  v("period_end", b.period_end);
  v("value", b.value);
}
template <class V>
void visit(V& v, PlannedDisbursement& p) {
  v("at", p.at);
  v("type", p.type);
  v("period_start", p.period_start);
  v("period_end", p.period_end);
  v("value", p.value);
  v("provider", p.provider);
  v("receiver", p.receiver);
}
template <class V>
void visit(V& v, Location& l) {
  v("ref", l.ref);
  v("name", l.name);
  v("point", l.point);
  v("administrative_codes", l.administrative_codes);
}
template <class V>
void visit(V& v, IndicatorValue& x) {
  v("text", x.text);
  v("number", x.number);
}
template <class V>
void visit(V& v, IndicatorPeriod& p) {
  v("start", p.start);
  v("end", p.end);
  v("target", p.target);
  v("actual", p.actual);
}
template <class V>
void visit(V& v, ResultIndicator& r) {
  v("measure", r.measure);
  v("ascending", r.ascending);
  v("title", r.title);
  v("baseline_year", r.baseline_year);
  v("baseline_date", r.baseline_date);
  v("baseline", r.baseline);
  v("periods", r.periods);
}
template <class V>
void visit(V& v, Result& r) {
  v("type", r.type);
  v("aggregation_status", r.aggregation_status);
  v("title", r.title);
  v("indicators", r.indicators);
}
template <class V>
void visit(V& v, RelatedActivity& r) {
  v("ref", r.ref);
  v("type", r.type);
}
template <class V>
void visit(V& v, Activity& a) {
  v("at", a.at);
  v("version", a.version);
  v("iati_identifier", a.iati_identifier);
  v("reporting_org", a.reporting_org);
  v("default_currency", a.default_currency);
  v("hierarchy", a.hierarchy);
  v("last_updated_datetime", a.last_updated_datetime);
  v("language", a.language);
  v("title", a.title);
  v("description", a.description);
  v("activity_status", a.activity_status);
  v("activity_scope", a.activity_scope);
  v("collaboration_type", a.collaboration_type);
  v("default_flow_type", a.default_flow_type);
  v("default_finance_type", a.default_finance_type);
  v("default_aid_type", a.default_aid_type);
  v("default_tied_status", a.default_tied_status);
  v("dates", a.dates);
  v("participating_orgs", a.participating_orgs);
  v("recipient_countries", a.recipient_countries);
  v("recipient_regions", a.recipient_regions);
  v("sectors", a.sectors);
  v("locations", a.locations);
  v("transactions", a.transactions);
  v("budgets", a.budgets);
  v("planned_disbursements", a.planned_disbursements);
  v("results", a.results);
  v("related_activities", a.related_activities);
}

namespace {

struct Writer {
  json::object out;

  static json::value value_of(const std::string& s) { return json::value(s); }
  static json::value value_of(const Decimal& d) { return json::value(d.to_string()); }
  static json::value value_of(const Date& d) { return json::value(to_string(d)); }
  static json::value value_of(int i) { return json::value(i); }
  static json::value value_of(std::uint64_t i) { return json::value(i); }
  static json::value value_of(OrganisationRole r) { return json::value(static_cast<int>(r)); }
  template <class T>
  static json::value value_of(const T& nested) {
    Writer w;
    visit(w, const_cast<T&>(nested));  // the writer only reads
    return json::value(std::move(w.out));
  }

  void operator()(std::string_view name, const std::string& s) {
    if (!s.empty()) out[name] = s;
  }
  void operator()(std::string_view name, int i) {
    if (i != 0) out[name] = i;
  }
  void operator()(std::string_view name, std::uint64_t i) {
    if (i != 0) out[name] = i;
  }
  void operator()(std::string_view name, const Decimal& d) { out[name] = d.to_string(); }
  template <class T>
  void operator()(std::string_view name, const std::optional<T>& o) {
    if (o) out[name] = value_of(*o);
  }
  template <class T>
  void operator()(std::string_view name, const std::vector<T>& list) {
    if (list.empty()) return;
    json::array a;
    for (const T& x : list) a.push_back(value_of(x));
    out[name] = std::move(a);
  }
  template <class T>
  void operator()(std::string_view name, const T& nested) {
    json::value v = value_of(nested);
    if (!v.as_object().empty()) out[name] = std::move(v);
  }
};

[[noreturn]] void bad(std::string_view what) {
  throw error(errc::invalid_data,
              "a stored IATI activity's fields are not as the store writes them: " + std::string(what));
}

struct Reader {
  const json::object* in;

  static void read(const json::value& v, std::string& s) {
    if (!v.is_string()) bad("expected a string");
    s = std::string(v.as_string());
  }
  static void read(const json::value& v, Decimal& d) {
    if (!v.is_string()) bad("expected a decimal string");
    d = Decimal::parse(std::string_view(v.as_string()));
  }
  static void read(const json::value& v, Date& d) {
    if (!v.is_string()) bad("expected a date string");
    d = parse_date(std::string_view(v.as_string()));
  }
  static void read(const json::value& v, int& i) {
    if (!v.is_int64()) bad("expected an integer");
    const std::int64_t n = v.as_int64();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) bad("integer out of range");
    i = static_cast<int>(n);
  }
  static void read(const json::value& v, std::uint64_t& i) {
    if (v.is_uint64())
      i = v.as_uint64();
    else if (v.is_int64() && v.as_int64() >= 0)
      i = static_cast<std::uint64_t>(v.as_int64());
    else
      bad("expected a count");
  }
  static void read(const json::value& v, OrganisationRole& r) {
    int i = 0;
    read(v, i);
    if (i < 1 || i > 4) bad("unknown organisation role");
    r = static_cast<OrganisationRole>(i);
  }
  template <class T>
  static void read(const json::value& v, T& nested) {
    if (!v.is_object()) bad("expected an object");
    Reader r{&v.as_object()};
    visit(r, nested);
  }
  template <class T>
  static void read(const json::value& v, std::optional<T>& o) {
    T x{};
    read(v, x);
    o = std::move(x);
  }
  template <class T>
  static void read(const json::value& v, std::vector<T>& list) {
    if (!v.is_array()) bad("expected an array");
    for (const json::value& item : v.as_array()) {
      T x{};
      read(item, x);
      list.push_back(std::move(x));
    }
  }

  template <class T>
  void operator()(std::string_view name, T& field) {
    if (const json::value* v = in->if_contains(name)) read(*v, field);
  }
};

}  // namespace

std::string activity_to_json(const Activity& activity) {
  Writer w;
  visit(w, const_cast<Activity&>(activity));  // the writer only reads
  return json::serialize(w.out);
}

Activity activity_from_json(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) bad(ec.message());
  Activity a;
  Reader::read(v, a);
  return a;
}

}  // namespace store_detail
PAIRAID_NAMESPACE_END
