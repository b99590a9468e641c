#pragma once
// A Dataset is DatasetContent that has passed validation (validate.hpp), with indexes for lookups
// and the area hierarchy. It is immutable: to change one, take its content, change it and build
// again, so that no dataset in a program can ever be half-valid.
#include <pairaid/model/validate.hpp>

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

class Dataset {
 public:
  // Validates `content` and indexes it; throws validation_error listing every violation.
  static Dataset build(DatasetContent content, const QualifierPolicy& policy = {}) {
    auto violations = find_violations(content, policy);
    if (!violations.empty()) throw validation_error(std::move(violations));
    return Dataset(std::move(content));
  }

  const DatasetContent& content() const noexcept { return c_; }
  const std::vector<Source>& sources() const noexcept { return c_.sources; }
  const std::vector<FxRate>& exchange_rates() const noexcept { return c_.exchange_rates; }
  const std::vector<Area>& areas() const noexcept { return c_.areas; }
  const std::vector<Organisation>& organisations() const noexcept { return c_.organisations; }
  const std::vector<Program>& programs() const noexcept { return c_.programs; }
  const std::vector<Pairing>& pairings() const noexcept { return c_.pairings; }
  const std::vector<Batch>& batches() const noexcept { return c_.batches; }
  const std::vector<Project>& projects() const noexcept { return c_.projects; }
  const std::vector<Transaction>& transactions() const noexcept { return c_.transactions; }
  const std::vector<Indicator>& indicators() const noexcept { return c_.indicators; }
  const std::vector<Dispatch>& dispatches() const noexcept { return c_.dispatches; }
  const std::vector<KnownDisagreement>& known_disagreements() const noexcept { return c_.known_disagreements; }

  // Lookups: nullptr when absent.
  const Source* find(const SourceId& id) const { return lookup(sources_, c_.sources, id.str()); }
  const Organisation* find(const OrganisationId& id) const {
    return lookup(organisations_, c_.organisations, id.str());
  }
  const Program* find(const ProgramId& id) const { return lookup(programs_, c_.programs, id.str()); }
  const Batch* find(const BatchId& id) const { return lookup(batches_, c_.batches, id.str()); }
  const Project* find(const ProjectId& id) const { return lookup(projects_, c_.projects, id.str()); }
  const Indicator* find(const IndicatorId& id) const { return lookup(indicators_, c_.indicators, id.str()); }
  const Dispatch* find(const DispatchId& id) const { return lookup(dispatches_, c_.dispatches, id.str()); }
  // The acknowledgement of the check with this id, if the dataset records one.
  const KnownDisagreement* known_disagreement(std::string_view check_id) const {
    for (const KnownDisagreement& k : c_.known_disagreements)
      if (k.check == check_id) return &k;
    return nullptr;
  }
  const Area* find(AreaCode code) const {
    auto it = areas_.find(code.value());
    return it == areas_.end() ? nullptr : &c_.areas[it->second];
  }

  // An area by any of its names: English, Chinese or an alias ("Panam" finds Bainang County).
  // English names and aliases match ignoring ASCII case, and "Panam" also matches "Panam County".
  const Area* find_area_named(std::string_view name) const {
    auto eq = [](std::string_view a, std::string_view b) {
      return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
             });
    };
    auto stem = [](std::string_view n) {  // "Bainang County" -> "Bainang"
      auto space = n.rfind(' ');
      return space == std::string_view::npos ? n : n.substr(0, space);
    };
    for (const Area& a : c_.areas) {
      if (a.name_zh == name || eq(a.name_en, name) || eq(stem(a.name_en), name)) return &a;
      for (const auto& alias : a.aliases)
        if (eq(alias, name) || eq(alias, stem(name))) return &a;
    }
    return nullptr;
  }

  // The direct children of an area, in document order.
  std::vector<AreaCode> children(AreaCode code) const {
    std::vector<AreaCode> out;
    for (const Area& a : c_.areas)
      if (a.parent && *a.parent == code) out.push_back(a.code);
    return out;
  }
  // Whether `code` is `ancestor` or lies below it.
  bool within(AreaCode code, AreaCode ancestor) const {
    for (;;) {
      if (code == ancestor) return true;
      const Area* a = find(code);
      if (!a || !a->parent) return false;
      code = *a->parent;  // validation guarantees levels strictly rise, so this ends
    }
  }
  // `root` and everything below it, root first, each parent before its children.
  std::vector<AreaCode> subtree(AreaCode root) const {
    std::vector<AreaCode> out;
    if (!find(root)) return out;
    out.push_back(root);
    for (std::size_t i = 0; i < out.size(); ++i)
      for (AreaCode child : children(out[i])) out.push_back(child);
    return out;
  }
  // The ancestor of `code` at `level` (itself if it is at that level), if any.
  std::optional<AreaCode> ancestor_at(AreaCode code, AreaLevel level) const {
    for (const Area* a = find(code); a; a = a->parent ? find(*a->parent) : nullptr)
      if (a->level == level) return a->code;
    return std::nullopt;
  }

  // A program's batches by ordinal.
  std::vector<const Batch*> batches_of(const ProgramId& program) const {
    std::vector<const Batch*> out;
    for (const Batch& b : c_.batches)
      if (b.program == program) out.push_back(&b);
    std::sort(out.begin(), out.end(), [](const Batch* a, const Batch* b) { return a->ordinal < b->ordinal; });
    return out;
  }
  std::vector<const Indicator*> indicators_of(Measure m) const {
    std::vector<const Indicator*> out;
    for (const Indicator& i : c_.indicators)
      if (i.measure == m) out.push_back(&i);
    return out;
  }

  // The dataset's own exchange rates as a table (pivot as given; none by default).
  FxTable fx_table(std::optional<Currency> pivot = std::nullopt) const {
    FxTable::Builder b;
    for (const FxRate& r : c_.exchange_rates) b.add(r);
    if (pivot) b.pivot(*pivot);
    return b.build();
  }

  friend bool operator==(const Dataset& a, const Dataset& b) { return a.c_ == b.c_; }

 private:
  explicit Dataset(DatasetContent c) : c_(std::move(c)) {
    for (std::size_t i = 0; i < c_.sources.size(); ++i) sources_.emplace(c_.sources[i].id.str(), i);
    for (std::size_t i = 0; i < c_.organisations.size(); ++i) organisations_.emplace(c_.organisations[i].id.str(), i);
    for (std::size_t i = 0; i < c_.programs.size(); ++i) programs_.emplace(c_.programs[i].id.str(), i);
    for (std::size_t i = 0; i < c_.batches.size(); ++i) batches_.emplace(c_.batches[i].id.str(), i);
    for (std::size_t i = 0; i < c_.projects.size(); ++i) projects_.emplace(c_.projects[i].id.str(), i);
    for (std::size_t i = 0; i < c_.indicators.size(); ++i) indicators_.emplace(c_.indicators[i].id.str(), i);
    for (std::size_t i = 0; i < c_.areas.size(); ++i) areas_.emplace(c_.areas[i].code.value(), i);
    for (std::size_t i = 0; i < c_.dispatches.size(); ++i) dispatches_.emplace(c_.dispatches[i].id.str(), i);
  }

  using Index = std::unordered_map<std::string, std::size_t>;
  template <class T>
  static const T* lookup(const Index& index, const std::vector<T>& items, const std::string& key) {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &items[it->second];
  }

  DatasetContent c_;
  Index sources_, organisations_, programs_, batches_, projects_, indicators_, dispatches_;
  std::unordered_map<std::uint32_t, std::size_t> areas_;
};

PAIRAID_NAMESPACE_END
