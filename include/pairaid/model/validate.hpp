#pragma once
// The model's invariants, checked on a whole DatasetContent: ids unique and well-formed,
// references resolve, periods ordered, pairings' donors are donors, figures of the right kind,
// breakdowns that cannot exceed (or, when exhaustive, cannot miss) their totals — judged on the
// qualifiers' intervals under an explicit QualifierPolicy. Every violation is reported, in
// document order, each with its rule and JSON pointer (violation.hpp).
#include <pairaid/model/dataset_content.hpp>
#include <pairaid/model/violation.hpp>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

namespace detail {

class Validator {
 public:
  Validator(const DatasetContent& d, const QualifierPolicy& policy) : d_(d), policy_(policy) {}

  std::vector<Violation> run() {
    index();
    check_sources();
    check_exchange_rates();
    check_areas();
    check_organisations();
    check_programs();
    check_pairings();
    check_batches();
    check_dispatches();
    check_projects();
    check_transactions();
    check_indicators();
    check_known_disagreements();
    return std::move(out_);
  }

 private:
  static std::string at(const char* array, std::size_t i) { return std::string("/") + array + "/" + std::to_string(i); }

  void add(Rule r, std::string pointer, std::string message) {
    out_.push_back(Violation{r, std::move(pointer), std::move(message)});
  }

  using IdIndex = std::unordered_map<std::string, std::size_t>;  // id -> index in its array

  template <class IdT>
  void unique_id(IdIndex& seen, const IdT& id, const char* array, std::size_t i, const char* what) {
    const std::string pointer = at(array, i);
    if (auto problem = id_text_problem(id.str()); !problem.empty()) {
      add(Rule::invalid_id, pointer + "/id", std::string(problem));
      return;
    }
    auto [it, fresh] = seen.emplace(id.str(), i);
    if (!fresh)
      add(Rule::duplicate_id, pointer + "/id",
          std::string(what) + " id '" + id.str() + "' is already used by " + at(array, it->second));
  }

  void index() {
    for (std::size_t i = 0; i < d_.sources.size(); ++i) unique_id(sources_, d_.sources[i].id, "sources", i, "source");
    for (std::size_t i = 0; i < d_.areas.size(); ++i) {
      auto [it, fresh] = areas_.emplace(d_.areas[i].code.value(), i);
      if (!fresh)
        add(Rule::duplicate_id, at("areas", i) + "/code",
            "area code " + d_.areas[i].code.to_string() + " is already used by " + at("areas", it->second));
    }
    for (std::size_t i = 0; i < d_.organisations.size(); ++i)
      unique_id(organisations_, d_.organisations[i].id, "organisations", i, "organisation");
    for (std::size_t i = 0; i < d_.programs.size(); ++i)
      unique_id(programs_, d_.programs[i].id, "programs", i, "program");
    for (std::size_t i = 0; i < d_.batches.size(); ++i) unique_id(batches_, d_.batches[i].id, "batches", i, "batch");
    for (std::size_t i = 0; i < d_.projects.size(); ++i)
      unique_id(projects_, d_.projects[i].id, "projects", i, "project");
    IdIndex transactions;
    for (std::size_t i = 0; i < d_.transactions.size(); ++i)
      if (d_.transactions[i].id) unique_id(transactions, *d_.transactions[i].id, "transactions", i, "transaction");
    for (std::size_t i = 0; i < d_.indicators.size(); ++i)
      unique_id(indicators_, d_.indicators[i].id, "indicators", i, "indicator");
    for (std::size_t i = 0; i < d_.dispatches.size(); ++i)
      unique_id(dispatches_, d_.dispatches[i].id, "dispatches", i, "dispatch");
  }

  // --- references -----------------------------------------------------------------------------
  void source_ref(const SourceId& id, const std::string& pointer) {
    if (!id.empty() && !sources_.contains(id.str()))
      add(Rule::dangling_reference, pointer, "no source has the id '" + id.str() + "'");
  }
  void source_refs(const std::vector<SourceId>& ids, const std::string& pointer) {
    for (std::size_t i = 0; i < ids.size(); ++i) source_ref(ids[i], pointer + "/" + std::to_string(i));
  }
  const Area* area_ref(AreaCode code, const std::string& pointer) {
    auto it = areas_.find(code.value());
    if (it == areas_.end()) {
      add(Rule::dangling_reference, pointer, "no area has the code " + code.to_string());
      return nullptr;
    }
    return &d_.areas[it->second];
  }
  bool program_ref(const ProgramId& id, const std::string& pointer) {
    if (programs_.contains(id.str())) return true;
    add(Rule::dangling_reference, pointer, "no program has the id '" + id.str() + "'");
    return false;
  }
  // A reference to an organisation that must be a donor.
  void donor_ref(const OrganisationId& id, const std::string& pointer) {
    const Organisation* o = organisation(id);
    if (!o) {
      add(Rule::dangling_reference, pointer, "no organisation has the id '" + id.str() + "'");
      return;
    }
    if (!o->has_role(OrganisationRole::donor))
      add(Rule::not_a_donor, pointer, "organisation '" + id.str() + "' does not have the donor role");
  }
  const Organisation* organisation(const OrganisationId& id) const {
    auto it = organisations_.find(id.str());
    return it == organisations_.end() ? nullptr : &d_.organisations[it->second];
  }
  bool within(AreaCode a, AreaCode ancestor) const {
    for (int guard = 0; guard < 8; ++guard) {  // levels are at most three deep; cycles cannot loop forever
      if (a == ancestor) return true;
      auto it = areas_.find(a.value());
      if (it == areas_.end() || !d_.areas[it->second].parent) return false;
      a = *d_.areas[it->second].parent;
    }
    return false;
  }

  // --- entities -------------------------------------------------------------------------------
  void check_sources() {
    for (std::size_t i = 0; i < d_.sources.size(); ++i)
      if (d_.sources[i].title.empty()) add(Rule::invalid_value, at("sources", i) + "/title", "a source needs a title");
  }

  void check_exchange_rates() {
    FxTable::Builder b;
    for (std::size_t i = 0; i < d_.exchange_rates.size(); ++i) {
      const FxRate& r = d_.exchange_rates[i];
      if (r.source.empty())
        add(Rule::invalid_value, at("exchange_rates", i) + "/source", "an exchange rate must cite its source");
      try {
        b.add(r);
      } catch (const error& e) {
        add(Rule::invalid_value, at("exchange_rates", i), e.what());
      }
    }
  }

  void check_areas() {
    for (std::size_t i = 0; i < d_.areas.size(); ++i) {
      const Area& a = d_.areas[i];
      const std::string p = at("areas", i);
      if (a.name_en.empty() && a.name_zh.empty()) add(Rule::invalid_value, p + "/name_en", "an area needs a name");
      source_refs(a.sources, p + "/sources");
      if (a.level == AreaLevel::region) {
        if (a.parent) add(Rule::bad_hierarchy, p + "/parent", "a region-level area has no parent");
        continue;
      }
      if (!a.parent) {
        add(Rule::bad_hierarchy, p + "/level",
            std::string("a ") + std::string(to_string(a.level)) + " needs a parent one level up");
        continue;
      }
      const Area* parent = area_ref(*a.parent, p + "/parent");
      if (!parent) continue;
      const AreaLevel expected = a.level == AreaLevel::county ? AreaLevel::prefecture : AreaLevel::region;
      if (parent->level != expected)
        add(Rule::bad_hierarchy, p + "/parent",
            "the parent of a " + std::string(to_string(a.level)) + " must be a " + std::string(to_string(expected)) +
                ", but " + parent->code.to_string() + " is a " + std::string(to_string(parent->level)));
    }
  }

  void check_organisations() {
    for (std::size_t i = 0; i < d_.organisations.size(); ++i) {
      const Organisation& o = d_.organisations[i];
      const std::string p = at("organisations", i);
      if (o.name_en.empty() && o.name_zh.empty())
        add(Rule::invalid_value, p + "/name_en", "an organisation needs a name");
      source_refs(o.sources, p + "/sources");
    }
  }

  void check_programs() {
    for (std::size_t i = 0; i < d_.programs.size(); ++i) {
      const Program& g = d_.programs[i];
      const std::string p = at("programs", i);
      area_ref(g.recipient_area, p + "/recipient_area");
      if (g.start_year < 1900 || g.start_year > 2200)
        add(Rule::invalid_value, p + "/start_year",
            "a start year between 1900 and 2200, got " + std::to_string(g.start_year));
      if (g.decided_on && g.decided_on->year() != g.start_year)
        add(Rule::invalid_value, p + "/decided_on",
            "the decision date must fall in the start year " + std::to_string(g.start_year));
      source_refs(g.sources, p + "/sources");
    }
  }

  void check_pairings() {
    for (std::size_t i = 0; i < d_.pairings.size(); ++i) {
      const Pairing& x = d_.pairings[i];
      const std::string p = at("pairings", i);
      donor_ref(x.donor, p + "/donor");
      const Area* area = area_ref(x.area, p + "/area");
      if (program_ref(x.program, p + "/program") && area) {
        const Program& g = program(x.program);
        if (!within(x.area, g.recipient_area))
          add(Rule::invalid_value, p + "/area",
              "area " + x.area.to_string() + " is outside the program's recipient area " +
                  g.recipient_area.to_string());
      }
      if (x.valid_until && !(x.valid_from < *x.valid_until))
        add(Rule::reversed_period, p + "/valid_until",
            "a pairing must end (" + pairaid::to_string(*x.valid_until) + ") after it begins (" +
                pairaid::to_string(x.valid_from) + ")");
      source_refs(x.sources, p + "/sources");
    }
  }

  const Program& program(const ProgramId& id) const { return d_.programs[programs_.at(id.str())]; }

  template <class Q>
  void figure_sources(const Figure<Q>& f, const std::string& pointer) {
    plural_order(f.value, pointer);
    source_ref(f.source, pointer + "/source");
    reports(f.reports, quantity_kind_of<Q>(), pointer);
  }

  // Further reports of a figure: of the figure's kind (money: its currency), each with a source.
  void reports(const std::vector<Report>& rs, QuantityKind kind, const std::string& pointer,
               const std::optional<Currency>& currency = std::nullopt) {
    for (std::size_t k = 0; k < rs.size(); ++k) {
      const Report& r = rs[k];
      const std::string q = pointer + "/reports/" + std::to_string(k);
      if (r.source.empty())
        add(Rule::invalid_value, q + "/source", "a report needs the source that states it");
      else
        source_ref(r.source, q + "/source");
      if (kind_of(r.value) != kind) {
        add(Rule::kind_mismatch, q,
            "the figure counts " + std::string(to_string(kind)) + ", but this report counts " +
                std::string(to_string(kind_of(r.value))));
        continue;
      }
      std::visit([&](const auto& x) { plural_order(x, q); }, r.value);
      if (currency && kind == QuantityKind::money && get<Money>(r.value).value().currency() != *currency)
        add(Rule::invalid_value, q + "/currency",
            "a report of a money figure is in the figure's currency, " + std::string(currency->code()) + ", not " +
                std::string(get<Money>(r.value).value().currency().code()));
    }
  }

  // "hundreds of" states an order of magnitude, held as the order itself (100); any other value
  // would silently change what the qualifier means.
  template <class Q>
  void plural_order(const Reported<Q>& r, const std::string& pointer) {
    if (!is_plural_order(r.qualifier())) return;
    const std::int64_t order = r.qualifier() == Qualifier::dozens_of     ? 12
                               : r.qualifier() == Qualifier::hundreds_of ? 100
                                                                         : 1000;
    bool ok = false;
    if constexpr (AnyCount<Q>)
      ok = r.value().count() == order;
    else
      ok = r.value().amount() == Decimal::from_integer(order);
    if (!ok)
      add(Rule::invalid_value, pointer + "/value",
          "a \"" + std::string(to_string(r.qualifier())) + "\" figure holds the order itself (" +
              std::to_string(order) + "), got " + detail::quantity_text(r.value()));
  }

  // An empty period cannot be written as first/last days, and covers nothing.
  void non_empty(const std::optional<Period>& period, const std::string& pointer) {
    if (period && period->is_empty())
      add(Rule::reversed_period, pointer, "a period must cover at least one day, got the empty " + period->to_string());
  }

  // RFC 6901: "~" is written "~0" and "/" is written "~1" inside a pointer's segment.
  static std::string pointer_segment(std::string_view key) {
    std::string out;
    for (char c : key) {
      if (c == '~')
        out += "~0";
      else if (c == '/')
        out += "~1";
      else
        out += c;
    }
    return out;
  }

  // Parts against a total, on intervals. `parts` are the known parts; `complete` says they are
  // all of the parts (an exhaustive breakdown with every value known).
  template <class Q>
  void parts_within_total(const std::vector<Reported<Q>>& parts, bool complete, const Reported<Q>& total,
                          const std::string& pointer, const std::string& what) {
    if (parts.empty()) return;
    Interval<Q> sum;
    try {
      sum = sum_bounds<Q>(parts, policy_);
    } catch (const error& e) {
      add(Rule::invalid_value, pointer, what + ": " + e.what());
      return;
    }
    const Interval<Q> t = total.bounds(policy_);
    try {
      if (sum.lower() && t.upper()) {
        const Interval<Q> at_least_sum(sum.lower(), std::nullopt);
        if (!at_least_sum.intersects(t)) {
          add(Rule::breakdown_exceeds_total, pointer,
              what + ": the parts add up to at least " + sum.to_string() + ", more than \"" + total.to_string() +
                  "\" allows " + t.to_string());
          return;
        }
      }
      if (complete && !sum.intersects(t))
        add(Rule::breakdown_misses_total, pointer,
            what + ": the parts are all of the total but add up to " + sum.to_string() + ", which \"" +
                total.to_string() + "\" " + t.to_string() + " does not allow");
    } catch (const error& e) {
      add(Rule::invalid_value, pointer, what + ": " + e.what());
    }
  }

  void check_batches() {
    std::set<std::pair<std::string, int>> ordinals;
    for (std::size_t i = 0; i < d_.batches.size(); ++i) {
      const Batch& b = d_.batches[i];
      const std::string p = at("batches", i);
      program_ref(b.program, p + "/program");
      non_empty(b.tenure, p + "/tenure");
      if (b.ordinal < 1)
        add(Rule::invalid_value, p + "/ordinal", "a batch ordinal starts at 1, got " + std::to_string(b.ordinal));
      else if (!ordinals.emplace(b.program.str(), b.ordinal).second)
        add(Rule::duplicate_ordinal, p + "/ordinal",
            "program '" + b.program.str() + "' already has a batch number " + std::to_string(b.ordinal));
      if (b.headcount) figure_sources(*b.headcount, p + "/headcount");
      std::vector<Reported<People>> donors, categories;
      std::set<std::string> donor_seen;
      for (std::size_t k = 0; k < b.by_donor.size(); ++k) {
        const std::string q = p + "/by_donor/" + std::to_string(k);
        donor_ref(b.by_donor[k].donor, q + "/donor");
        if (!donor_seen.insert(b.by_donor[k].donor.str()).second)
          add(Rule::duplicate_id, q + "/donor",
              "donor '" + b.by_donor[k].donor.str() + "' is listed twice in this batch");
        figure_sources(b.by_donor[k].headcount, q + "/headcount");
        donors.push_back(b.by_donor[k].headcount.value);
      }
      std::set<PersonnelCategory> category_seen;
      for (std::size_t k = 0; k < b.by_category.size(); ++k) {
        const std::string q = p + "/by_category/" + std::to_string(k);
        if (!category_seen.insert(b.by_category[k].category).second)
          add(Rule::duplicate_id, q + "/category",
              "category '" + std::string(to_string(b.by_category[k].category)) + "' is listed twice in this batch");
        figure_sources(b.by_category[k].headcount, q + "/headcount");
        categories.push_back(b.by_category[k].headcount.value);
      }
      if (b.headcount) {
        parts_within_total(donors, false, b.headcount->value, p + "/by_donor", "headcount by donor");
        parts_within_total(categories, false, b.headcount->value, p + "/by_category", "headcount by category");
      }
      if (b.leader) source_ref(b.leader->source, p + "/leader/source");
      if (b.term) {
        if (b.term->start_year < 1900 || b.term->start_year > 2200)
          add(Rule::invalid_value, p + "/term/start_year",
              "a term starts in 1900-2200, got " + std::to_string(b.term->start_year));
        if (b.term->years && *b.term->years < 1)
          add(Rule::invalid_value, p + "/term/years", "a term lasts at least one year");
        source_ref(b.term->source, p + "/term/source");
      }
      std::set<DonorGroup> groups;
      for (std::size_t k = 0; k < b.donors_by_kind.size(); ++k) {
        const std::string q = p + "/donors_by_kind/" + std::to_string(k);
        if (!groups.insert(b.donors_by_kind[k].group).second)
          add(Rule::duplicate_id, q + "/kind",
              "donor kind '" + std::string(to_string(b.donors_by_kind[k].group)) + "' is listed twice in this batch");
        figure_sources(b.donors_by_kind[k].count, q + "/count");
      }
      source_refs(b.sources, p + "/sources");
    }
  }

  void check_dispatches() {
    for (std::size_t i = 0; i < d_.dispatches.size(); ++i) {
      const Dispatch& x = d_.dispatches[i];
      const std::string p = at("dispatches", i);
      if (x.batches.size() < 2) add(Rule::invalid_value, p + "/batches", "a dispatch joins two or more batches");
      std::set<std::string> seen;
      for (std::size_t k = 0; k < x.batches.size(); ++k) {
        const std::string q = p + "/batches/" + std::to_string(k);
        if (!batches_.contains(x.batches[k].str()))
          add(Rule::dangling_reference, q, "no batch has the id '" + x.batches[k].str() + "'");
        else if (!seen.insert(x.batches[k].str()).second)
          add(Rule::duplicate_id, q, "batch '" + x.batches[k].str() + "' is listed twice in this dispatch");
      }
      if (x.headcount) figure_sources(*x.headcount, p + "/headcount");
      std::vector<Reported<People>> parts;
      std::set<std::string> keys;
      for (std::size_t k = 0; k < x.by_origin.size(); ++k) {
        const std::string q = p + "/by_origin/" + std::to_string(k);
        if (x.by_origin[k].key.empty() || !keys.insert(x.by_origin[k].key).second)
          add(Rule::invalid_value, q + "/key", "origin keys are not empty and unique within a dispatch");
        figure_sources(x.by_origin[k].headcount, q + "/headcount");
        parts.push_back(x.by_origin[k].headcount.value);
      }
      if (x.headcount)
        parts_within_total(parts, x.by_origin_exhaustive, x.headcount->value, p + "/by_origin", "headcount by origin");
      source_refs(x.sources, p + "/sources");
    }
  }

  void check_known_disagreements() {
    std::set<std::string> checks;
    for (std::size_t i = 0; i < d_.known_disagreements.size(); ++i) {
      const KnownDisagreement& k = d_.known_disagreements[i];
      const std::string p = at("known_disagreements", i);
      if (k.check.empty())
        add(Rule::invalid_value, p + "/check", "a known disagreement names the id of the check that finds it");
      else if (!checks.insert(k.check).second)
        add(Rule::duplicate_id, p + "/check", "check '" + k.check + "' is acknowledged twice");
      if (k.reason.empty()) add(Rule::invalid_value, p + "/reason", "a known disagreement says why the sources differ");
      source_refs(k.sources, p + "/sources");
    }
  }

  void check_projects() {
    for (std::size_t i = 0; i < d_.projects.size(); ++i) {
      const Project& x = d_.projects[i];
      const std::string p = at("projects", i);
      if (x.title_en.empty() && x.title_zh.empty())
        add(Rule::invalid_value, p + "/title_en", "a project needs a title");
      if (x.program) program_ref(*x.program, p + "/program");
      for (std::size_t k = 0; k < x.donors.size(); ++k) donor_ref(x.donors[k], p + "/donors/" + std::to_string(k));
      if (x.area) area_ref(*x.area, p + "/area");
      non_empty(x.period, p + "/period");
      source_refs(x.sources, p + "/sources");
    }
  }

  void check_transactions() {
    for (std::size_t i = 0; i < d_.transactions.size(); ++i) {
      const Transaction& t = d_.transactions[i];
      const std::string p = at("transactions", i);
      if (t.project && !projects_.contains(t.project->str()))
        add(Rule::dangling_reference, p + "/project", "no project has the id '" + t.project->str() + "'");
      if (t.donor) donor_ref(*t.donor, p + "/donor");
      if (t.area) area_ref(*t.area, p + "/area");
      if (t.date.is_special()) add(Rule::invalid_value, p + "/date", "a transaction needs a date");
    }
  }

  void figure_kind(const AnyFigure& f, QuantityKind kind, const std::string& pointer) {
    reports(f.reports, kind, pointer,
            f.kind() == QuantityKind::money ? std::optional<Currency>(get<Money>(f.value).value().currency())
                                            : std::nullopt);
    std::visit([&](const auto& r) { plural_order(r, pointer); }, f.value);
    if (f.kind() != kind)
      add(Rule::kind_mismatch, pointer,
          "this indicator counts " + std::string(to_string(kind)) + ", but the figure counts " +
              std::string(to_string(f.kind())));
    if (f.equivalent && f.kind() != QuantityKind::money)
      add(Rule::invalid_value, pointer + "/equivalent", "only a money figure can have a money equivalent");
    source_ref(f.source, pointer + "/source");
  }

  void check_breakdown(const Indicator& ind, const Observation& obs, const Breakdown& b, const std::string& p) {
    std::set<std::string> keys;
    bool all_known = true;
    for (std::size_t k = 0; k < b.items.size(); ++k) {
      const BreakdownItem& item = b.items[k];
      const std::string q = p + "/items/" + std::to_string(k);
      if (item.key.empty())
        add(Rule::invalid_value, q + "/key", "a breakdown item needs a key");
      else if (!keys.insert(item.key).second)
        add(Rule::duplicate_id, q + "/key", "key '" + item.key + "' is listed twice");
      if (item.value)
        figure_kind(*item.value, ind.kind, q + "/value");
      else
        all_known = false;
    }
    if (!obs.actual || obs.actual->kind() != ind.kind) return;
    std::visit(
        [&](const auto& total) {
          using R = std::decay_t<decltype(total)>;
          std::vector<R> parts;
          for (const auto& item : b.items)
            if (item.value && item.value->kind() == ind.kind) parts.push_back(std::get<R>(item.value->value));
          parts_within_total(parts, b.exhaustive && all_known, total, p,
                             "breakdown by " + (b.dimension.empty() ? std::string("?") : b.dimension));
        },
        obs.actual->value);
  }

  void check_indicators() {
    for (std::size_t i = 0; i < d_.indicators.size(); ++i) {
      const Indicator& ind = d_.indicators[i];
      const std::string p = at("indicators", i);
      if (auto expected = expected_kind(ind.measure); expected && *expected != ind.kind)
        add(Rule::kind_mismatch, p + "/kind",
            "measure '" + std::string(to_string(ind.measure)) + "' counts " + std::string(to_string(*expected)) +
                ", not " + std::string(to_string(ind.kind)));
      program_ref(ind.scope.program, p + "/scope/program");
      if (ind.scope.area) area_ref(*ind.scope.area, p + "/scope/area");
      if (ind.scope.donor && !organisation(*ind.scope.donor))
        add(Rule::dangling_reference, p + "/scope/donor",
            "no organisation has the id '" + ind.scope.donor->str() + "'");
      if (ind.baseline) figure_kind(*ind.baseline, ind.kind, p + "/baseline");
      std::set<std::string> attribute_keys;
      for (std::size_t k = 0; k < ind.attributes.size(); ++k)
        if (!attribute_keys.insert(ind.attributes[k].first).second)
          add(Rule::duplicate_id, p + "/attributes/" + pointer_segment(ind.attributes[k].first),
              "attribute listed twice");
      for (std::size_t k = 0; k < ind.observations.size(); ++k) {
        const Observation& obs = ind.observations[k];
        const std::string q = p + "/observations/" + std::to_string(k);
        non_empty(obs.period, q + "/period");
        if (obs.target) figure_kind(*obs.target, ind.kind, q + "/target");
        if (obs.actual) figure_kind(*obs.actual, ind.kind, q + "/actual");
        for (std::size_t m = 0; m < obs.breakdowns.size(); ++m)
          check_breakdown(ind, obs, obs.breakdowns[m], q + "/breakdowns/" + std::to_string(m));
        // Summed values of overlapping periods would count the overlap twice.
        if (ind.aggregation == Aggregation::sum && obs.period)
          for (std::size_t j = 0; j < k; ++j)
            if (ind.observations[j].period && ind.observations[j].period->overlaps(*obs.period)) {
              add(Rule::overlapping_periods, q + "/period",
                  "the indicator is summed over periods, and " + obs.period->to_string() + " overlaps " +
                      ind.observations[j].period->to_string() + " of observation " + std::to_string(j));
              break;
            }
      }
    }
  }

  const DatasetContent& d_;
  const QualifierPolicy& policy_;
  std::vector<Violation> out_;
  IdIndex sources_, organisations_, programs_, batches_, projects_, indicators_, dispatches_;
  std::unordered_map<std::uint32_t, std::size_t> areas_;  // code -> index
};

}  // namespace detail

// Every violation of the model's rules, in document order; empty when the content is valid.
inline std::vector<Violation> find_violations(const DatasetContent& content, const QualifierPolicy& policy = {}) {
  return detail::Validator(content, policy).run();
}

PAIRAID_NAMESPACE_END
