// Writing the JSON dataset format (docs/dataset-format.md): members in the documented order,
// optional members and empty arrays left out, counts as JSON integers, money as exact decimal
// strings. What is written reads back into an equal Dataset.
#include <pairaid/io/dataset_json.hpp>

#include "io/json_pretty.hpp"
#include "io/json_words.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

#include <unistd.h>  // getpid

PAIRAID_NAMESPACE_BEGIN
namespace io {

namespace {

namespace json = boost::json;

// --- members --------------------------------------------------------------------------------------

void put_text(json::object& o, std::string_view name, const std::string& text) {
  if (!text.empty()) o[name] = text;
}
void put_date(json::object& o, std::string_view name, const std::optional<Date>& d) {
  if (d) o[name] = to_string(*d);
}
void put_area(json::object& o, std::string_view name, const std::optional<AreaCode>& a) {
  if (a) o[name] = a->to_string();
}
template <class IdT>
void put_id(json::object& o, std::string_view name, const std::optional<IdT>& id) {
  if (id) o[name] = id->str();
}
template <class T, class F>
void put_array(json::object& o, std::string_view name, const std::vector<T>& items, F&& write) {
  if (items.empty()) return;
  json::array a;
  a.reserve(items.size());
  for (const T& item : items) a.push_back(write(item));
  o[name] = std::move(a);
}
template <class IdT>
void put_ids(json::object& o, std::string_view name, const std::vector<IdT>& ids) {
  put_array(o, name, ids, [](const IdT& id) { return json::value(id.str()); });
}
template <class E, std::size_t N>
void put_words(json::object& o, std::string_view name, const std::vector<E>& values, const EnumNames<E, N>& names) {
  put_array(o, name, values, [&](E e) { return json::value(names(e)); });
}

json::value period(const Period& p) {
  return json::object{{"first", to_string(p.begin())}, {"last", to_string(p.last())}};
}

// --- figures --------------------------------------------------------------------------------------

void put_money(json::object& o, const Reported<Money>& r) {
  o["qualifier"] = io_detail::qualifier_words(r.qualifier());
  o["amount"] = r.value().amount().to_string();
  o["currency"] = r.value().currency().code();
}

void put_reports(json::object& o, const std::vector<Report>& reports) {
  put_array(o, "reports", reports, [](const Report& r) {
    json::object x;
    std::visit(
        [&](const auto& v) {
          if constexpr (std::same_as<std::decay_t<decltype(v)>, Reported<Money>>) {
            put_money(x, v);
          } else {
            x["qualifier"] = io_detail::qualifier_words(v.qualifier());
            x["value"] = v.value().count();
          }
        },
        r.value);
    put_text(x, "wording", r.wording);
    put_text(x, "source", r.source.str());
    put_date(x, "date", r.date);
    put_text(x, "note", r.note);
    return json::value(std::move(x));
  });
}

template <AnyCount C>
json::object count_figure(const Reported<C>& r, const std::string& wording, const SourceId& source,
                          const std::vector<Report>& reports) {
  json::object o;
  o["qualifier"] = io_detail::qualifier_words(r.qualifier());
  o["value"] = r.value().count();
  put_text(o, "wording", wording);
  put_text(o, "source", source.str());
  put_reports(o, reports);
  return o;
}

template <AnyCount C>
json::object count_figure(const Figure<C>& f) {
  return count_figure(f.value, f.wording, f.source, f.reports);
}

json::object any_figure(const AnyFigure& f) {
  return std::visit(
      [&](const auto& r) {
        using R = std::decay_t<decltype(r)>;
        if constexpr (std::same_as<R, Reported<Money>>) {
          json::object o;
          put_money(o, r);
          put_text(o, "wording", f.wording);
          put_text(o, "source", f.source.str());
          if (f.equivalent) {
            json::object eq;
            put_money(eq, *f.equivalent);
            o["equivalent"] = std::move(eq);
          }
          put_reports(o, f.reports);
          return o;
        } else {
          return count_figure(r, f.wording, f.source, f.reports);
        }
      },
      f.value);
}

void put_figure(json::object& o, std::string_view name, const std::optional<AnyFigure>& f) {
  if (f) o[name] = any_figure(*f);
}

// --- entities -------------------------------------------------------------------------------------

json::value source(const Source& s) {
  json::object o;
  o["id"] = s.id.str();
  o["title"] = s.title;
  put_text(o, "publisher", s.publisher);
  put_date(o, "date", s.date);
  put_text(o, "url", s.url);
  if (s.person) {
    json::object p;
    p["name"] = s.person->name;
    put_text(p, "role", s.person->role);
    o["person"] = std::move(p);
  }
  put_text(o, "quote", s.quote);
  put_text(o, "note", s.note);
  return o;
}

json::value rate(const FxRate& r) {
  return json::object{{"date", to_string(r.date)},
                      {"base", r.base.code()},
                      {"quote", r.quote.code()},
                      {"rate", r.rate.to_string()},
                      {"source", r.source}};
}

json::value area(const Area& a) {
  json::object o;
  o["code"] = a.code.to_string();
  put_text(o, "name_en", a.name_en);
  put_text(o, "name_zh", a.name_zh);
  o["level"] = to_string(a.level);
  put_area(o, "parent", a.parent);
  put_array(o, "aliases", a.aliases, [](const std::string& s) { return json::value(s); });
  put_ids(o, "sources", a.sources);
  return o;
}

json::value organisation(const Organisation& g) {
  json::object o;
  o["id"] = g.id.str();
  put_text(o, "name_en", g.name_en);
  put_text(o, "name_zh", g.name_zh);
  o["kind"] = to_string(g.kind);
  put_words(o, "roles", g.roles, organisation_role_names);
  put_array(o, "codes", g.codes, [](const ExternalCode& c) {
    return json::value(json::object{{"scheme", c.scheme}, {"code", c.code}});
  });
  put_ids(o, "sources", g.sources);
  return o;
}

json::value program(const Program& g) {
  json::object o;
  o["id"] = g.id.str();
  put_text(o, "name_en", g.name_en);
  put_text(o, "name_zh", g.name_zh);
  o["recipient_area"] = g.recipient_area.to_string();
  o["start_year"] = g.start_year;
  put_date(o, "decided_on", g.decided_on);
  put_text(o, "policy", g.policy);
  put_ids(o, "sources", g.sources);
  return o;
}

json::value pairing(const Pairing& p) {
  json::object o;
  o["donor"] = p.donor.str();
  o["area"] = p.area.to_string();
  o["program"] = p.program.str();
  o["valid_from"] = to_string(p.valid_from);
  put_date(o, "valid_until", p.valid_until);
  put_ids(o, "sources", p.sources);
  return o;
}

json::value batch(const Batch& b) {
  json::object o;
  o["id"] = b.id.str();
  o["program"] = b.program.str();
  o["ordinal"] = b.ordinal;
  if (b.tenure) o["tenure"] = period(*b.tenure);
  if (b.headcount) o["headcount"] = count_figure(*b.headcount);
  put_array(o, "by_donor", b.by_donor, [](const DonorHeadcount& d) {
    return json::value(json::object{{"donor", d.donor.str()}, {"headcount", count_figure(d.headcount)}});
  });
  put_array(o, "by_category", b.by_category, [](const CategoryHeadcount& c) {
    return json::value(json::object{{"category", to_string(c.category)}, {"headcount", count_figure(c.headcount)}});
  });
  if (b.leader) {
    json::object l;
    l["name"] = b.leader->person.name;
    put_text(l, "role", b.leader->person.role);
    put_text(l, "source", b.leader->source.str());
    o["leader"] = std::move(l);
  }
  if (b.term) {
    json::object t;
    t["start_year"] = b.term->start_year;
    if (b.term->years) t["years"] = *b.term->years;
    put_text(t, "wording", b.term->wording);
    put_text(t, "source", b.term->source.str());
    o["term"] = std::move(t);
  }
  put_array(o, "donors_by_kind", b.donors_by_kind, [](const DonorGroupCount& g) {
    return json::value(json::object{{"kind", to_string(g.group)}, {"count", count_figure(g.count)}});
  });
  put_ids(o, "sources", b.sources);
  put_text(o, "note", b.note);
  return o;
}

json::value dispatch(const Dispatch& d) {
  json::object o;
  o["id"] = d.id.str();
  put_date(o, "date", d.date);
  put_ids(o, "batches", d.batches);
  if (d.headcount) o["headcount"] = count_figure(*d.headcount);
  put_array(o, "by_origin", d.by_origin, [](const OriginHeadcount& h) {
    json::object x;
    x["key"] = h.key;
    put_text(x, "label", h.label);
    x["headcount"] = count_figure(h.headcount);
    return json::value(std::move(x));
  });
  if (!d.by_origin.empty()) o["by_origin_exhaustive"] = d.by_origin_exhaustive;
  put_ids(o, "sources", d.sources);
  put_text(o, "note", d.note);
  return o;
}

json::value known_disagreement(const KnownDisagreement& k) {
  json::object o;
  o["check"] = k.check;
  o["reason"] = k.reason;
  put_ids(o, "sources", k.sources);
  return o;
}

// Version 2 only when a member version 1 lacks is used, so version 1 readers keep reading the rest.
bool needs_version_2(const DatasetContent& d) {
  if (!d.dispatches.empty() || !d.known_disagreements.empty()) return true;
  auto has_reports = [](const auto& figure) { return !figure.reports.empty(); };
  for (const Batch& b : d.batches) {
    if (b.term || !b.donors_by_kind.empty()) return true;
    if (b.headcount && has_reports(*b.headcount)) return true;
    for (const auto& x : b.by_donor)
      if (has_reports(x.headcount)) return true;
    for (const auto& x : b.by_category)
      if (has_reports(x.headcount)) return true;
  }
  for (const Indicator& ind : d.indicators) {
    if (ind.scope.series) return true;
    if (ind.baseline && has_reports(*ind.baseline)) return true;
    for (const Observation& obs : ind.observations) {
      if ((obs.actual && has_reports(*obs.actual)) || (obs.target && has_reports(*obs.target))) return true;
      for (const Breakdown& b : obs.breakdowns)
        for (const BreakdownItem& item : b.items)
          if (item.value && has_reports(*item.value)) return true;
    }
  }
  return false;
}

json::value project(const Project& p) {
  json::object o;
  o["id"] = p.id.str();
  put_text(o, "title_en", p.title_en);
  put_text(o, "title_zh", p.title_zh);
  put_id(o, "program", p.program);
  put_ids(o, "donors", p.donors);
  put_area(o, "area", p.area);
  if (p.sector) o["sector"] = p.sector->to_string();
  put_words(o, "tags", p.tags, project_tag_names);
  if (p.period) o["period"] = period(*p.period);
  if (p.status) o["status"] = to_string(*p.status);
  put_ids(o, "sources", p.sources);
  put_text(o, "note", p.note);
  return o;
}

json::value transaction(const Transaction& t) {
  json::object o;
  put_id(o, "id", t.id);
  put_id(o, "project", t.project);
  put_id(o, "donor", t.donor);
  put_area(o, "area", t.area);
  if (t.sector) o["sector"] = t.sector->to_string();
  o["type"] = to_string(t.type);
  o["date"] = to_string(t.date);
  o["amount"] = t.value.amount().to_string();
  o["currency"] = t.value.currency().code();
  put_date(o, "value_date", t.value_date);
  return o;
}

json::value breakdown(const Breakdown& b) {
  json::object o;
  o["dimension"] = b.dimension;
  o["exhaustive"] = b.exhaustive;
  put_array(o, "items", b.items, [](const BreakdownItem& item) {
    json::object i;
    i["key"] = item.key;
    put_text(i, "label", item.label);
    put_figure(i, "value", item.value);
    return json::value(std::move(i));
  });
  return o;
}

json::value indicator(const Indicator& ind) {
  json::object o;
  o["id"] = ind.id.str();
  o["measure"] = to_string(ind.measure);
  o["kind"] = to_string(ind.kind);
  put_text(o, "title", ind.title);
  json::object scope;
  scope["program"] = ind.scope.program.str();
  put_area(scope, "area", ind.scope.area);
  put_id(scope, "donor", ind.scope.donor);
  if (ind.scope.series) scope["series"] = to_string(*ind.scope.series);
  o["scope"] = std::move(scope);
  o["aggregation"] = to_string(ind.aggregation);
  put_figure(o, "baseline", ind.baseline);
  put_date(o, "baseline_date", ind.baseline_date);
  put_array(o, "observations", ind.observations, [](const Observation& obs) {
    json::object x;
    if (obs.period) x["period"] = period(*obs.period);
    put_figure(x, "target", obs.target);
    put_figure(x, "actual", obs.actual);
    put_array(x, "breakdowns", obs.breakdowns, breakdown);
    return json::value(std::move(x));
  });
  if (!ind.attributes.empty()) {
    json::object a;
    for (const auto& [key, value] : ind.attributes) a[key] = value;
    o["attributes"] = std::move(a);
  }
  put_text(o, "note", ind.note);
  return o;
}

}  // namespace

std::string write_dataset(const Dataset& dataset) {
  const DatasetContent& d = dataset.content();
  json::object o;
  o["format"] = "pairaid-dataset";
  o["version"] = needs_version_2(d) ? 2 : 1;
  put_text(o, "title", d.title);
  put_text(o, "description", d.description);
  put_array(o, "sources", d.sources, source);
  put_array(o, "exchange_rates", d.exchange_rates, rate);
  put_array(o, "areas", d.areas, area);
  put_array(o, "organisations", d.organisations, organisation);
  put_array(o, "programs", d.programs, program);
  put_array(o, "pairings", d.pairings, pairing);
  put_array(o, "batches", d.batches, batch);
  put_array(o, "dispatches", d.dispatches, dispatch);
  put_array(o, "projects", d.projects, project);
  put_array(o, "transactions", d.transactions, transaction);
  put_array(o, "indicators", d.indicators, indicator);
  put_array(o, "known_disagreements", d.known_disagreements, known_disagreement);
  return io_detail::pretty_json(o);
}

void save_dataset(const Dataset& dataset, const std::string& path) {
  const std::string text = write_dataset(dataset);
  namespace fs = std::filesystem;
  const fs::path target(path);
  // The temporary sits beside the target so that the rename stays within one file system.
  // Named by process and a random number, so that two writers never share one temporary.
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw error(errc::io, path + ": cannot write " + temp.string());
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      throw error(errc::io, path + ": writing " + temp.string() + " failed");
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw error(errc::io, path + ": cannot replace it with " + temp.string() + ": " + ec.message());
  }
}

}  // namespace io
PAIRAID_NAMESPACE_END
