// Reading the JSON dataset format (docs/dataset-format.md): Boost.JSON parses the text, the
// locator rejects duplicate member names, a typed walk over the tree builds DatasetContent (and
// stops at the first value of the wrong shape), and the model's validator judges the rest. Only a
// failure pays for turning JSON pointers into line:col.
#include <pairaid/io/dataset_json.hpp>

#include "io/csv_reader.hpp"  // read_file
#include "io/json_cursor.hpp"
#include "io/json_locator.hpp"
#include "io/json_words.hpp"

#include <boost/json/stream_parser.hpp>

#include <climits>
#include <filesystem>
#include <system_error>
#include <utility>
#include <variant>

PAIRAID_NAMESPACE_BEGIN
namespace io {

namespace {

using io_detail::JsonNode;
using io_detail::JsonObject;
using io_detail::ShapeError;

// What the file's format version allows: version 2 adds members (reports, terms, donors by kind,
// dispatches, known disagreements, personnel series); a version 1 file that uses one is told so.
struct Version {
  bool v2 = false;
  std::optional<JsonNode> member(const JsonObject& o, std::string_view name) const {
    auto n = o.optional(name);
    if (n && !v2)
      n->fail("invalid_value",
              "member \"" + std::string(name) + "\" needs version 2 of the dataset format; the file says 1");
    return n;
  }
};

// --- figures --------------------------------------------------------------------------------------

Qualifier qualifier(const JsonObject& o) {
  return o.required("qualifier").word(io_detail::qualifier_words, "a qualifier");
}

template <AnyCount C>
Reported<C> count_value(const JsonObject& o) {
  const Qualifier q = qualifier(o);
  const JsonNode value = o.required("value");
  const std::int64_t n = value.count();
  if (const std::int64_t order = io_detail::plural_order_value(q); order != 0 && n != order)
    value.fail("invalid_value", "a \"" + std::string(io_detail::qualifier_words(q)) +
                                    "\" figure has the order itself as its value, " + std::to_string(order) + "; got " +
                                    std::to_string(n));
  return Reported<C>(q, C::of(n));
}

Reported<Money> money_value(const JsonObject& o);

// A figure's further reports: {qualifier, value | amount + currency, wording, source, date, note}.
template <class Q>
std::vector<Report> reports(const JsonObject& o, const Version& v) {
  std::vector<Report> out;
  auto list = v.member(o, "reports");
  if (!list) return out;
  for (const JsonNode& item : list->array()) {
    if constexpr (std::same_as<Q, Money>) {
      const JsonObject x = item.object("a report of a money figure",
                                       {"qualifier", "amount", "currency", "wording", "source", "date", "note"});
      AnyReported value(money_value(x));
      std::string wording = x.string("wording");
      SourceId source(x.required("source").string());
      out.push_back(Report{value, std::move(wording), std::move(source), x.date("date"), x.string("note")});
    } else {
      const JsonObject x = item.object("a report of a figure of " + std::string(Q::kind),
                                       {"qualifier", "value", "wording", "source", "date", "note"});
      AnyReported value(count_value<Q>(x));
      std::string wording = x.string("wording");
      SourceId source(x.required("source").string());
      out.push_back(Report{value, std::move(wording), std::move(source), x.date("date"), x.string("note")});
    }
  }
  return out;
}

template <AnyCount C>
Figure<C> count_figure(const JsonNode& node, const Version& v) {
  const JsonObject o =
      node.object("a figure of " + std::string(C::kind), {"qualifier", "value", "wording", "source", "reports"});
  Reported<C> value = count_value<C>(o);
  std::string wording = o.string("wording");
  SourceId source(o.string("source"));
  return Figure<C>{value, std::move(wording), std::move(source), reports<C>(o, v)};
}

Reported<Money> money_value(const JsonObject& o) {
  const Qualifier q = qualifier(o);
  const JsonNode amount_node = o.required("amount");
  const Decimal amount = amount_node.decimal("an amount");
  if (amount.sign() < 0)
    amount_node.fail(
        "negative_count",
        "expected an amount \u2265 0 (a reported figure is a magnitude), got \"" + amount.to_string() + "\"",
        errc::invalid_data);
  const Currency currency = o.required("currency").currency();
  return Reported<Money>(q, Money(amount, currency));
}

AnyFigure money_figure(const JsonNode& node, const Version& v) {
  const JsonObject o =
      node.object("a money figure", {"qualifier", "amount", "currency", "wording", "source", "equivalent", "reports"});
  AnyFigure f{AnyReported(money_value(o)), o.string("wording"), SourceId(o.string("source")), std::nullopt, {}};
  if (auto eq = o.optional("equivalent"))
    f.equivalent = money_value(eq->object("a money equivalent", {"qualifier", "amount", "currency"}));
  f.reports = reports<Money>(o, v);
  return f;
}

// A figure of the kind an indicator counts: the variant alternative is chosen by `kind`.
template <std::size_t I = 0>
AnyFigure count_figure_of_kind(const JsonNode& node, QuantityKind kind, const Version& v) {
  if constexpr (I < std::variant_size_v<AnyReported>) {
    using Q = std::remove_cvref_t<decltype(std::declval<std::variant_alternative_t<I, AnyReported>>().value())>;
    if constexpr (AnyCount<Q>) {
      if (static_cast<std::size_t>(kind) == I) {
        Figure<Q> f = count_figure<Q>(node, v);
        return AnyFigure{AnyReported(std::in_place_index<I>, f.value), std::move(f.wording), std::move(f.source),
                         std::nullopt, std::move(f.reports)};
      }
    }
    return count_figure_of_kind<I + 1>(node, kind, v);
  } else {
    throw error(errc::invalid_argument, "no figure reader for kind " + std::string(to_string(kind)));
  }
}

AnyFigure any_figure(const JsonNode& node, QuantityKind kind, const Version& v) {
  return kind == QuantityKind::money ? money_figure(node, v) : count_figure_of_kind(node, kind, v);
}

std::optional<AnyFigure> optional_figure(const JsonObject& o, std::string_view name, QuantityKind kind,
                                         const Version& v) {
  if (auto n = o.optional(name)) return any_figure(*n, kind, v);
  return std::nullopt;
}

// --- small values ---------------------------------------------------------------------------------

Period period(const JsonNode& node) {
  const JsonObject o = node.object("a period", {"first", "last"});
  const Date first = o.required("first").date();
  const JsonNode last_node = o.required("last");
  const Date last = last_node.date();
  if (last < first)
    last_node.fail(
        "reversed_period",
        "a period's last day (" + to_string(last) + ") must not be before its first day (" + to_string(first) + ")",
        errc::invalid_data);
  return Period::inclusive(first, last);
}

std::optional<Period> optional_period(const JsonObject& o, std::string_view name) {
  if (auto n = o.optional(name)) return period(*n);
  return std::nullopt;
}

template <class IdT>
std::optional<IdT> optional_id(const JsonObject& o, std::string_view name) {
  if (auto n = o.optional(name)) return n->id<IdT>();
  return std::nullopt;
}

std::optional<AreaCode> optional_area(const JsonObject& o, std::string_view name) {
  if (auto n = o.optional(name)) return n->area_code();
  return std::nullopt;
}

std::optional<SectorCode> optional_sector(const JsonObject& o, std::string_view name) {
  if (auto n = o.optional(name)) return n->sector_code();
  return std::nullopt;
}

template <class E, std::size_t N>
std::vector<E> words(const JsonObject& o, std::string_view name, const EnumNames<E, N>& names, std::string_view what) {
  std::vector<E> out;
  for (const JsonNode& item : o.array(name)) out.push_back(item.word(names, what));
  return out;
}

// --- entities -------------------------------------------------------------------------------------

Source source(const JsonNode& node) {
  const JsonObject o = node.object("a source", {"id", "title", "publisher", "date", "url", "person", "quote", "note"});
  Source s;
  s.id = o.required("id").id<SourceId>();
  s.title = o.required("title").string();
  s.publisher = o.string("publisher");
  s.date = o.date("date");
  s.url = o.string("url");
  if (auto p = o.optional("person")) {
    const JsonObject person = p->object("a person", {"name", "role"});
    s.person = Person{person.required("name").string(), person.string("role")};
  }
  s.quote = o.string("quote");
  s.note = o.string("note");
  return s;
}

FxRate rate(const JsonNode& node) {
  const JsonObject o = node.object("an exchange rate", {"date", "base", "quote", "rate", "source"});
  FxRate r;
  r.date = o.required("date").date();
  r.base = o.required("base").currency();
  r.quote = o.required("quote").currency();
  r.rate = o.required("rate").decimal("a rate");
  r.source = o.required("source").string();
  return r;
}

Area area(const JsonNode& node) {
  const JsonObject o = node.object("an area", {"code", "name_en", "name_zh", "level", "parent", "aliases", "sources"});
  // Members are read in the documented order (the first problem found is the first reported).
  const AreaCode code = o.required("code").area_code();
  std::string name_en = o.string("name_en");
  std::string name_zh = o.string("name_zh");
  const AreaLevel level = o.required("level").word(area_level_names, "an area level");
  const std::optional<AreaCode> parent = optional_area(o, "parent");
  std::vector<std::string> aliases;
  for (const JsonNode& alias : o.array("aliases")) aliases.push_back(alias.string());
  return Area{code,   std::move(name_en), std::move(name_zh),        level,
              parent, std::move(aliases), o.ids<SourceId>("sources")};
}

Organisation organisation(const JsonNode& node) {
  const JsonObject o =
      node.object("an organisation", {"id", "name_en", "name_zh", "kind", "roles", "codes", "sources"});
  Organisation g;
  g.id = o.required("id").id<OrganisationId>();
  g.name_en = o.string("name_en");
  g.name_zh = o.string("name_zh");
  g.kind = o.required("kind").word(organisation_kind_names, "an organisation kind");
  g.roles = words(o, "roles", organisation_role_names, "an organisation role");
  for (const JsonNode& item : o.array("codes")) {
    const JsonObject c = item.object("an external code", {"scheme", "code"});
    g.codes.push_back(ExternalCode{c.required("scheme").string(), c.required("code").string()});
  }
  g.sources = o.ids<SourceId>("sources");
  return g;
}

Program program(const JsonNode& node) {
  const JsonObject o = node.object(
      "a program", {"id", "name_en", "name_zh", "recipient_area", "start_year", "decided_on", "policy", "sources"});
  auto id = o.required("id").id<ProgramId>();
  std::string name_en = o.string("name_en");
  std::string name_zh = o.string("name_zh");
  const AreaCode recipient_area = o.required("recipient_area").area_code();
  const auto start_year = static_cast<int>(o.required("start_year").integer("a year", 0, 9999));
  const std::optional<Date> decided_on = o.date("decided_on");
  std::string policy = o.string("policy");
  return Program{std::move(id), std::move(name_en), std::move(name_zh), recipient_area,
                 start_year,    decided_on,         std::move(policy),  o.ids<SourceId>("sources")};
}

Pairing pairing(const JsonNode& node) {
  const JsonObject o = node.object("a pairing", {"donor", "area", "program", "valid_from", "valid_until", "sources"});
  auto donor = o.required("donor").id<OrganisationId>();
  const AreaCode area = o.required("area").area_code();
  auto program = o.required("program").id<ProgramId>();
  const Date valid_from = o.required("valid_from").date();
  const std::optional<Date> valid_until = o.date("valid_until");
  return Pairing{std::move(donor), area, std::move(program), valid_from, valid_until, o.ids<SourceId>("sources")};
}

Batch batch(const JsonNode& node, const Version& v) {
  const JsonObject o = node.object("a batch", {"id", "program", "ordinal", "tenure", "headcount", "by_donor",
                                               "by_category", "leader", "term", "donors_by_kind", "sources", "note"});
  Batch b;
  b.id = o.required("id").id<BatchId>();
  b.program = o.required("program").id<ProgramId>();
  b.ordinal = static_cast<int>(o.required("ordinal").integer("a batch number", 1, INT_MAX));
  b.tenure = optional_period(o, "tenure");
  if (auto h = o.optional("headcount")) b.headcount = count_figure<People>(*h, v);
  for (const JsonNode& item : o.array("by_donor")) {
    const JsonObject part = item.object("a donor's headcount", {"donor", "headcount"});
    b.by_donor.push_back(DonorHeadcount{part.required("donor").id<OrganisationId>(),
                                        count_figure<People>(part.required("headcount"), v)});
  }
  for (const JsonNode& item : o.array("by_category")) {
    const JsonObject part = item.object("a category's headcount", {"category", "headcount"});
    b.by_category.push_back(
        CategoryHeadcount{part.required("category").word(personnel_category_names, "a personnel category"),
                          count_figure<People>(part.required("headcount"), v)});
  }
  if (auto l = o.optional("leader")) {
    const JsonObject leader = l->object("a team leader", {"name", "role", "source"});
    b.leader =
        TeamLeader{Person{leader.required("name").string(), leader.string("role")}, SourceId(leader.string("source"))};
  }
  if (auto t = v.member(o, "term")) {
    const JsonObject term = t->object("a term", {"start_year", "years", "wording", "source"});
    Term x;
    x.start_year = static_cast<int>(term.required("start_year").integer("a year", 0, 9999));
    if (auto y = term.optional("years")) x.years = static_cast<int>(y->integer("a number of years", 1, 100));
    x.wording = term.string("wording");
    x.source = SourceId(term.string("source"));
    b.term = std::move(x);
  }
  if (auto list = v.member(o, "donors_by_kind"))
    for (const JsonNode& item : list->array()) {
      const JsonObject part = item.object("a count of donors of one kind", {"kind", "count"});
      b.donors_by_kind.push_back(DonorGroupCount{part.required("kind").word(donor_group_names, "a donor kind"),
                                                 count_figure<Organisations>(part.required("count"), v)});
    }
  b.sources = o.ids<SourceId>("sources");
  b.note = o.string("note");
  return b;
}

Dispatch dispatch(const JsonNode& node, const Version& v) {
  const JsonObject o = node.object(
      "a dispatch", {"id", "date", "batches", "headcount", "by_origin", "by_origin_exhaustive", "sources", "note"});
  Dispatch d;
  d.id = o.required("id").id<DispatchId>();
  d.date = o.date("date");
  d.batches = o.ids<BatchId>("batches");
  if (auto h = o.optional("headcount")) d.headcount = count_figure<People>(*h, v);
  for (const JsonNode& item : o.array("by_origin")) {
    const JsonObject part = item.object("a headcount by origin", {"key", "label", "headcount"});
    d.by_origin.push_back(OriginHeadcount{part.required("key").string(), part.string("label"),
                                          count_figure<People>(part.required("headcount"), v)});
  }
  if (auto e = o.optional("by_origin_exhaustive")) d.by_origin_exhaustive = e->boolean();
  d.sources = o.ids<SourceId>("sources");
  d.note = o.string("note");
  return d;
}

KnownDisagreement known_disagreement(const JsonNode& node) {
  const JsonObject o = node.object("a known disagreement", {"check", "reason", "sources"});
  return KnownDisagreement{o.required("check").string(), o.required("reason").string(), o.ids<SourceId>("sources")};
}

Project project(const JsonNode& node) {
  const JsonObject o = node.object("a project", {"id", "title_en", "title_zh", "program", "donors", "area", "sector",
                                                 "tags", "period", "status", "sources", "note"});
  Project p;
  p.id = o.required("id").id<ProjectId>();
  p.title_en = o.string("title_en");
  p.title_zh = o.string("title_zh");
  p.program = optional_id<ProgramId>(o, "program");
  p.donors = o.ids<OrganisationId>("donors");
  p.area = optional_area(o, "area");
  p.sector = optional_sector(o, "sector");
  p.tags = words(o, "tags", project_tag_names, "a project tag");
  p.period = optional_period(o, "period");
  if (auto s = o.optional("status")) p.status = s->word(project_status_names, "a project status");
  p.sources = o.ids<SourceId>("sources");
  p.note = o.string("note");
  return p;
}

Transaction transaction(const JsonNode& node) {
  const JsonObject o = node.object("a transaction", {"id", "project", "donor", "area", "sector", "type", "date",
                                                     "amount", "currency", "value_date"});
  Transaction t;
  t.id = optional_id<TransactionId>(o, "id");
  t.project = optional_id<ProjectId>(o, "project");
  t.donor = optional_id<OrganisationId>(o, "donor");
  t.area = optional_area(o, "area");
  t.sector = optional_sector(o, "sector");
  t.type = o.required("type").word(transaction_type_names, "a transaction type");
  t.date = o.required("date").date();
  const Decimal amount = o.required("amount").decimal("an amount");
  t.value = Money(amount, o.required("currency").currency());
  t.value_date = o.date("value_date");
  return t;
}

Breakdown breakdown(const JsonNode& node, QuantityKind kind, const Version& v) {
  const JsonObject o = node.object("a breakdown", {"dimension", "exhaustive", "items"});
  Breakdown b;
  b.dimension = o.required("dimension").string();
  if (auto e = o.optional("exhaustive")) b.exhaustive = e->boolean();
  for (const JsonNode& item : o.array("items")) {
    const JsonObject i = item.object("a breakdown item", {"key", "label", "value"});
    b.items.push_back(
        BreakdownItem{i.required("key").string(), i.string("label"), optional_figure(i, "value", kind, v)});
  }
  return b;
}

Indicator indicator(const JsonNode& node, const Version& v) {
  const JsonObject o = node.object("an indicator", {"id", "measure", "kind", "title", "scope", "aggregation",
                                                    "baseline", "baseline_date", "observations", "attributes", "note"});
  Indicator ind;
  ind.id = o.required("id").id<IndicatorId>();
  ind.measure = o.required("measure").word(measure_names, "a measure");
  // The kind decides how every figure below is read, so it comes first.
  ind.kind = o.required("kind").word(io_detail::quantity_kind_words, "a quantity kind");
  ind.title = o.string("title");
  {
    const JsonObject scope = o.required("scope").object("a scope", {"program", "area", "donor", "series"});
    ind.scope.program = scope.required("program").id<ProgramId>();
    ind.scope.area = optional_area(scope, "area");
    ind.scope.donor = optional_id<OrganisationId>(scope, "donor");
    if (auto series = v.member(scope, "series"))
      ind.scope.series = series->word(personnel_series_names, "a personnel series");
  }
  if (auto a = o.optional("aggregation")) ind.aggregation = a->word(aggregation_names, "an aggregation");
  ind.baseline = optional_figure(o, "baseline", ind.kind, v);
  ind.baseline_date = o.date("baseline_date");
  for (const JsonNode& item : o.array("observations")) {
    const JsonObject obs = item.object("an observation", {"period", "target", "actual", "breakdowns"});
    Observation x;
    x.period = optional_period(obs, "period");
    x.target = optional_figure(obs, "target", ind.kind, v);
    x.actual = optional_figure(obs, "actual", ind.kind, v);
    for (const JsonNode& b : obs.array("breakdowns")) x.breakdowns.push_back(breakdown(b, ind.kind, v));
    ind.observations.push_back(std::move(x));
  }
  if (auto attributes = o.optional("attributes")) {
    if (!attributes->value().is_object()) attributes->fail_expected("an object of strings");
    // Document order is kept: Boost.JSON objects iterate in insertion order.
    for (const auto& member : attributes->value().get_object()) {
      const JsonNode value(member.value(), attributes->pointer() + "/" + io_detail::escape_pointer_token(member.key()));
      ind.attributes.emplace_back(std::string(member.key()), value.string());
    }
  }
  ind.note = o.string("note");
  return ind;
}

template <class T>
std::vector<T> entities(const JsonObject& o, std::string_view name, T (*read)(const JsonNode&)) {
  std::vector<T> out;
  for (const JsonNode& item : o.array(name)) out.push_back(read(item));
  return out;
}
template <class T>
std::vector<T> entities(const JsonObject& o, std::string_view name, T (*read)(const JsonNode&, const Version&),
                        const Version& v) {
  std::vector<T> out;
  for (const JsonNode& item : o.array(name)) out.push_back(read(item, v));
  return out;
}

DatasetContent content(const JsonNode& root) {
  const JsonObject o = root.object(
      "a pairaid dataset",
      {"format", "version", "title", "description", "sources", "exchange_rates", "areas", "organisations", "programs",
       "pairings", "batches", "dispatches", "projects", "transactions", "indicators", "known_disagreements"},
      false);
  // Format and version first: a newer file should be told it is newer, not that it has unknown members.
  const JsonNode format = o.required("format");
  if (format.string() != "pairaid-dataset") format.fail_expected("\"pairaid-dataset\"", "invalid_value");
  const JsonNode version = o.required("version");
  if (!version.value().is_int64() && !version.value().is_uint64()) version.fail_expected("the format version, 1 or 2");
  if (!version.value().is_int64() || version.value().get_int64() < 1 || version.value().get_int64() > 2)
    version.fail_expected("version 1 or 2 (the versions this reader knows)", "invalid_value");
  const Version v{version.value().get_int64() == 2};
  o.check_members();

  DatasetContent d;
  d.title = o.string("title");
  d.description = o.string("description");
  d.sources = entities(o, "sources", &source);
  d.exchange_rates = entities(o, "exchange_rates", &rate);
  d.areas = entities(o, "areas", &area);
  d.organisations = entities(o, "organisations", &organisation);
  d.programs = entities(o, "programs", &program);
  d.pairings = entities(o, "pairings", &pairing);
  d.batches = entities(o, "batches", &batch, v);
  if (v.member(o, "dispatches")) d.dispatches = entities(o, "dispatches", &dispatch, v);
  d.projects = entities(o, "projects", &project);
  d.transactions = entities(o, "transactions", &transaction);
  d.indicators = entities(o, "indicators", &indicator, v);
  if (v.member(o, "known_disagreements"))
    d.known_disagreements = entities(o, "known_disagreements", &known_disagreement);
  return d;
}

// --- locating failures ----------------------------------------------------------------------------

Diagnostic located(std::string_view text, const std::string& file, std::size_t offset, std::string pointer,
                   std::string code, std::string message) {
  const io_detail::TextPosition p = io_detail::position_of(text, offset);
  return Diagnostic{file, p.line, p.column, std::move(pointer), std::move(code), std::move(message)};
}

std::string describe_byte(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "the end of the text";
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x20 || c == 0x7f) return "a control character (byte " + std::to_string(c) + ")";
  if (c >= 0x80) return "a byte that is not part of valid UTF-8 here";
  return "'" + std::string(1, static_cast<char>(c)) + "'";
}

[[noreturn]] void syntax_error(std::string_view text, std::size_t offset, const boost::system::error_code& ec,
                               const std::string& file) {
  namespace bj = boost::json;
  std::string message;
  if (ec == bj::error::incomplete) {
    const std::string_view body = text.substr(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    const bool blank = body.find_first_not_of(" \t\r\n") == std::string_view::npos;
    message = blank ? "expected a JSON object, found an empty file"
                    : "the text ends before the JSON value is complete (a missing '}', ']' or '\"'?)";
  } else if (ec == bj::error::extra_data) {
    message = "expected the end of the document after the top-level value, found more text";
  } else if (ec == bj::error::too_deep) {
    message = "values nested too deeply for a dataset";
  } else if (ec == bj::error::syntax) {
    std::size_t before = offset;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t' || text[before - 1] == '\n' ||
                          text[before - 1] == '\r'))
      --before;
    const bool closing = offset < text.size() && (text[offset] == '}' || text[offset] == ']');
    if (closing && before > 0 && text[before - 1] == ',')
      message = "expected a value after ',', found '" + std::string(1, text[offset]) +
                "' (JSON allows no comma after the last member or item)";
    else
      message = "expected JSON, found " + describe_byte(text, offset);
  } else {
    message = "not valid JSON: " + ec.message();
  }
  throw load_error(errc::parse, {located(text, file, offset, "", "syntax", std::move(message))});
}

boost::json::value parse_json(std::string_view text, const std::string& file) {
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a byte-order mark is tolerated
  boost::json::parse_options options;
  options.max_depth = 64;
  boost::json::stream_parser parser({}, options);
  boost::system::error_code ec;
  const std::size_t used = parser.write_some(text.data() + start, text.size() - start, ec);
  if (!ec && start + used < text.size()) ec = boost::json::error::extra_data;
  if (!ec) parser.finish(ec);
  if (ec) syntax_error(text, start + used, ec, file);
  return parser.release();
}

// Steps 1 and 2 (syntax, shape): the file's content, not yet judged by the model's rules.
DatasetContent parse_content(std::string_view json, const std::string& name) {
  const boost::json::value root = parse_json(json, name);

  if (auto dup = io_detail::find_duplicate_member(json)) {
    const io_detail::TextPosition first = io_detail::position_of(json, dup->first_offset);
    throw load_error(errc::parse, {located(json, name, dup->second_offset, dup->pointer, "duplicate_member",
                                           "member \"" + dup->name + "\" appears twice in one object (first at line " +
                                               std::to_string(first.line) + ", column " + std::to_string(first.column) +
                                               "); names must be unique")});
  }

  try {
    return content(JsonNode(root, ""));
  } catch (const ShapeError& e) {
    const io_detail::Location where = io_detail::locate(json, e.pointer, e.target);
    std::string message = e.message;
    if (e.append_found) message += io_detail::token_at(json, where.offset);
    throw load_error(e.category, {located(json, name, where.offset, e.pointer, e.code, std::move(message))});
  }
}

// One file of several read as one: its text, its name, and where its entities start in the merged
// arrays (array name -> first index), so a violation found in the merged content points back into it.
struct Part {
  std::string_view text;
  std::string name;
  std::vector<std::pair<std::string, std::size_t>> first;  // array -> first merged index
  std::vector<std::pair<std::string, std::size_t>> count;  // array -> items in this file
};

// "/batches/12/headcount" -> file and "/batches/3/headcount"; a pointer outside every array (the
// top level) belongs to the first file.
std::pair<const Part*, std::string> local_pointer(const std::vector<Part>& parts, const std::string& pointer) {
  const std::size_t slash = pointer.find('/', 1);
  if (pointer.size() > 1 && slash != std::string::npos) {
    const std::string array = pointer.substr(1, slash - 1);
    const std::size_t end = pointer.find('/', slash + 1);
    const std::string index_text =
        pointer.substr(slash + 1, end == std::string::npos ? std::string::npos : end - slash - 1);
    if (!index_text.empty() && index_text.find_first_not_of("0123456789") == std::string::npos) {
      const std::size_t index = std::stoull(index_text);
      for (const Part& part : parts)
        for (std::size_t a = 0; a < part.first.size(); ++a)
          if (part.first[a].first == array && index >= part.first[a].second &&
              index < part.first[a].second + part.count[a].second)
            return {&part, "/" + array + "/" + std::to_string(index - part.first[a].second) +
                               (end == std::string::npos ? std::string() : pointer.substr(end))};
    }
  }
  return {&parts.front(), pointer};
}

Dataset build_located(DatasetContent c, const std::vector<Part>& parts, const QualifierPolicy& policy) {
  try {
    return Dataset::build(std::move(c), policy);
  } catch (const validation_error& e) {
    // One pass per file locates every violation, so a file with thousands of them is reported
    // quickly. A pointer to an omitted member locates its nearest existing ancestor.
    std::vector<std::pair<const Part*, std::string>> local;
    local.reserve(e.violations().size());
    for (const Violation& v : e.violations()) local.push_back(local_pointer(parts, v.pointer));
    std::vector<Diagnostic> diagnostics(e.violations().size());
    for (const Part& part : parts) {
      std::vector<std::string> pointers;
      std::vector<std::size_t> which;
      for (std::size_t i = 0; i < local.size(); ++i)
        if (local[i].first == &part) {
          pointers.push_back(local[i].second);
          which.push_back(i);
        }
      if (pointers.empty()) continue;
      const std::vector<io_detail::Location> where = io_detail::locate_all(part.text, pointers);
      const io_detail::LineIndex lines(part.text);
      for (std::size_t k = 0; k < which.size(); ++k) {
        const Violation& v = e.violations()[which[k]];
        const io_detail::TextPosition p = lines.at(where[k].offset);
        diagnostics[which[k]] =
            Diagnostic{part.name, p.line, p.column, pointers[k], std::string(to_string(v.rule)), v.message};
      }
    }
    throw load_error(errc::invalid_data, std::move(diagnostics));
  }
}

template <class T>
void append(std::vector<T>& to, std::vector<T>& from, const char* array, Part& part) {
  part.first.emplace_back(array, to.size());
  part.count.emplace_back(array, from.size());
  for (T& x : from) to.push_back(std::move(x));
}

std::string read_text(const std::string& path) {
  try {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw error(errc::io, "cannot read: it is a directory");
    return io_detail::read_file(path);
  } catch (const error& e) {
    std::string message = e.what();
    if (message.starts_with(path + ": ")) message.erase(0, path.size() + 2);  // the diagnostic names the file
    throw load_error(errc::io, {Diagnostic{path, 0, 0, "", "io", std::move(message)}});
  }
}

}  // namespace

Dataset parse_dataset(std::string_view json, const std::string& name, const QualifierPolicy& policy) {
  DatasetContent c = parse_content(json, name);
  return build_located(std::move(c), {Part{json, name, {}, {}}}, policy);
}

Dataset parse_datasets(std::span<const NamedText> texts, const QualifierPolicy& policy) {
  if (texts.empty()) throw error(errc::invalid_argument, "no dataset to read");
  DatasetContent all;
  std::vector<Part> parts;
  for (const NamedText& t : texts) {
    DatasetContent c = parse_content(t.text, t.name);
    Part part{t.text, t.name, {}, {}};
    if (all.title.empty()) all.title = c.title;
    if (all.description.empty()) all.description = c.description;
    append(all.sources, c.sources, "sources", part);
    append(all.exchange_rates, c.exchange_rates, "exchange_rates", part);
    append(all.areas, c.areas, "areas", part);
    append(all.organisations, c.organisations, "organisations", part);
    append(all.programs, c.programs, "programs", part);
    append(all.pairings, c.pairings, "pairings", part);
    append(all.batches, c.batches, "batches", part);
    append(all.dispatches, c.dispatches, "dispatches", part);
    append(all.projects, c.projects, "projects", part);
    append(all.transactions, c.transactions, "transactions", part);
    append(all.indicators, c.indicators, "indicators", part);
    append(all.known_disagreements, c.known_disagreements, "known_disagreements", part);
    parts.push_back(std::move(part));
  }
  return build_located(std::move(all), parts, policy);
}

Dataset load_datasets(std::span<const std::string> paths, const QualifierPolicy& policy) {
  if (paths.empty()) throw error(errc::invalid_argument, "no dataset file to read");
  std::vector<std::string> texts;
  texts.reserve(paths.size());
  for (const std::string& path : paths) texts.push_back(read_text(path));
  std::vector<NamedText> named;
  for (std::size_t i = 0; i < paths.size(); ++i) named.push_back(NamedText{texts[i], paths[i]});
  return parse_datasets(named, policy);
}

Dataset load_dataset(const std::string& path, const QualifierPolicy& policy) {
  const std::string text = read_text(path);
  return parse_dataset(text, path, policy);
}

}  // namespace io
PAIRAID_NAMESPACE_END
