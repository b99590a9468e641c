// The IATI totals engine: one pass over activities into a small map of groups (totals.hpp).
#include <pairaid/analysis/split.hpp>
#include <pairaid/iati/totals.hpp>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

PAIRAID_NAMESPACE_BEGIN
namespace iati {
namespace {

constexpr char separator = '\x1f';  // cannot occur in XML 1.0 text, so keys never collide

struct DimensionName {
  TotalsDimension dimension;
  std::string_view option;  // as written after --by
  std::string_view column;
};
constexpr std::array<DimensionName, 7> dimension_names{{
    {TotalsDimension::currency, "currency", "currency"},
    {TotalsDimension::transaction_type, "transaction-type", "transaction_type"},
    {TotalsDimension::year, "year", "year"},
    {TotalsDimension::activity, "activity", "activity"},
    {TotalsDimension::reporting_org, "reporting-org", "reporting_org"},
    {TotalsDimension::sector, "sector", "sector"},
    {TotalsDimension::recipient_country, "recipient-country", "recipient_country"},
}};

// One part of a transaction after its splits: the sector and country keys it goes to.
struct Part {
  std::string sector;
  std::string country;
  Decimal amount;
};

// The shares a split uses, or why there is none.
struct Shares {
  enum class Outcome { none, split, unallocated } outcome = Outcome::none;
  bool rescaled = false;
  std::vector<std::string> keys;
  std::vector<Decimal> weights;
};

bool is_dac5(std::string_view vocabulary) { return vocabulary.empty() || vocabulary == "1" || vocabulary == "DAC"; }

// Weights from percentages by the rules in totals.hpp; `keys` are already chosen.
void weigh(Shares& s, const std::vector<const Share*>& chosen) {
  if (chosen.empty()) return;
  const Decimal hundred = Decimal::from_integer(100);
  if (chosen.size() == 1 && !chosen[0]->percentage) {
    s.outcome = Shares::Outcome::split;
    s.weights = {hundred};
    return;
  }
  Decimal total;
  for (const Share* share : chosen) {
    if (!share->percentage || share->percentage->is_negative()) {
      s.outcome = Shares::Outcome::unallocated;
      return;
    }
    s.weights.push_back(*share->percentage);
    total += *share->percentage;
  }
  if (total.is_zero()) {
    s.outcome = Shares::Outcome::unallocated;
    return;
  }
  s.outcome = Shares::Outcome::split;
  s.rescaled = total != hundred;
}

Shares sector_shares(const Activity& a, const Transaction& t) {
  const std::vector<Share>& source = !t.sectors.empty() ? t.sectors : a.sectors;
  Shares s;
  if (source.empty()) return s;
  // One vocabulary: percentages add up to 100 within a vocabulary, so mixing two would count the
  // money twice. DAC 5-digit when present (comparable across publishers), else the first listed.
  const bool use_dac5 = std::any_of(source.begin(), source.end(), [](const Share& x) { return is_dac5(x.vocabulary); });
  const std::string& first = source.front().vocabulary;
  std::vector<const Share*> chosen;
  for (const Share& x : source) {
    if (use_dac5 ? !is_dac5(x.vocabulary) : x.vocabulary != first) continue;
    chosen.push_back(&x);
    s.keys.push_back(use_dac5 ? x.code : x.vocabulary + ":" + x.code);
  }
  weigh(s, chosen);
  return s;
}

Shares country_shares(const Activity& a, const Transaction& t) {
  const bool own = !t.recipient_countries.empty() || !t.recipient_regions.empty();
  const std::vector<Share>& countries = own ? t.recipient_countries : a.recipient_countries;
  const std::vector<Share>& regions = own ? t.recipient_regions : a.recipient_regions;
  Shares s;
  std::vector<const Share*> chosen;
  for (const Share& x : countries) {
    chosen.push_back(&x);
    s.keys.push_back(x.code);
  }
  // Countries and regions share one 100 %: a region's part is kept under its own key, not lost.
  for (const Share& x : regions) {
    chosen.push_back(&x);
    s.keys.push_back("region:" + x.code);
  }
  weigh(s, chosen);
  return s;
}

// Splits `whole` by `shares` at `digits`; shares of weight zero get no part.
std::vector<std::pair<std::string, Decimal>> apply(const Shares& shares, Decimal whole, int digits) {
  std::vector<std::pair<std::string, Decimal>> out;
  switch (shares.outcome) {
    case Shares::Outcome::none: out.emplace_back(std::string(), whole); break;
    case Shares::Outcome::unallocated: out.emplace_back("unallocated", whole); break;
    case Shares::Outcome::split: {
      const std::vector<Decimal> parts = split_by_weights(whole, shares.weights, digits);
      for (std::size_t i = 0; i < parts.size(); ++i)
        if (!shares.weights[i].is_zero()) out.emplace_back(shares.keys[i], parts[i]);
      break;
    }
  }
  return out;
}

std::string year_of(const Transaction& t) {
  const std::optional<Date>& d = t.date ? t.date : t.value.value_date;
  if (!d) return {};
  return std::to_string(static_cast<int>(d->year()));
}

// Sorting keys: transaction types as numbers (they are 1-13 without leading zeros, so shorter is
// smaller), everything else byte-wise; the empty key comes first either way.
bool key_less(TotalsDimension d, const std::string& a, const std::string& b) {
  if (d == TotalsDimension::transaction_type && a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

std::vector<std::string> split_key(std::string_view key) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t i = 0; i < key.size(); ++i)
    if (key[i] == separator) {
      fields.emplace_back(key.substr(start, i - start));
      start = i + 1;
    }
  return fields;
}

}  // namespace

std::optional<TotalsDimension> parse_totals_dimension(std::string_view name) noexcept {
  for (const auto& d : dimension_names)
    if (name == d.option || name == d.column) return d.dimension;
  return std::nullopt;
}

std::string_view column_name(TotalsDimension d) noexcept {
  for (const auto& n : dimension_names)
    if (n.dimension == d) return n.column;
  return "?";
}

std::string totals_dimension_names() {
  std::string s;
  for (const auto& d : dimension_names) s += (s.empty() ? "" : ", ") + std::string(d.option);
  return s;
}

std::optional<HierarchyPolicy> parse_hierarchy_policy(std::string_view name) noexcept {
  if (name == "all") return HierarchyPolicy::all;
  if (name == "leaves") return HierarchyPolicy::leaves;
  if (name == "top") return HierarchyPolicy::top;
  return std::nullopt;
}

std::string_view to_string(HierarchyPolicy p) noexcept {
  switch (p) {
    case HierarchyPolicy::all: return "all";
    case HierarchyPolicy::leaves: return "leaves";
    case HierarchyPolicy::top: return "top";
  }
  return "?";
}

bool counts_under(const Activity& activity, HierarchyPolicy policy) noexcept {
  auto declares = [&](std::string_view type) {
    return std::any_of(activity.related_activities.begin(), activity.related_activities.end(),
                       [&](const RelatedActivity& r) { return r.type == type; });
  };
  switch (policy) {
    case HierarchyPolicy::all: return true;
    case HierarchyPolicy::leaves: return !declares("2");
    case HierarchyPolicy::top: return !declares("1") && activity.hierarchy_or_default() <= 1;
  }
  return true;
}

TotalsAccumulator::TotalsAccumulator(TotalsOptions options) : options_(std::move(options)) {
  if (options_.convert && !options_.convert->fx)
    throw error(errc::invalid_argument, "a conversion needs an exchange-rate table");
  for (TotalsDimension d : options_.by) {
    wants_sector_ = wants_sector_ || d == TotalsDimension::sector;
    wants_country_ = wants_country_ || d == TotalsDimension::recipient_country;
  }
}

void TotalsAccumulator::add(const Activity& a) {
  // Links are kept from every activity, counted or not: a counted grandparent of counted leaves is
  // as much a double count as a counted parent.
  if (options_.hierarchy != HierarchyPolicy::all) {
    const std::string_view against = options_.hierarchy == HierarchyPolicy::leaves ? "1" : "2";
    for (const RelatedActivity& r : a.related_activities)
      if (r.type == against && !r.ref.empty() && r.ref != a.iati_identifier)
        links_.push_back({r.ref, a.iati_identifier});
  }
  if (!counts_under(a, options_.hierarchy)) {
    ++notes_.activities_excluded;
    notes_.transactions_excluded += a.transactions.size();
    return;
  }
  ++notes_.activities_counted;
  if (options_.hierarchy != HierarchyPolicy::all && !a.transactions.empty())
    counted_with_transactions_.push_back(a.iati_identifier);

  // Reused across transactions: this loop runs for every transaction of files of hundreds of MB.
  std::string key;
  std::vector<std::string> touched;  // groups this transaction already counts in (when split)
  std::vector<Part> parts;
  for (const Transaction& t : a.transactions) {
    ++notes_.transactions_counted;
    const std::string_view currency = !t.value.currency.empty()     ? std::string_view(t.value.currency)
                                      : !a.default_currency.empty() ? std::string_view(a.default_currency)
                                                                    : std::string_view("XXX");
    // The amount in the output currency, or why there is none.
    Decimal amount = t.value.amount;
    std::optional<std::pair<std::string, std::string>> missing;  // (from, reason)
    std::optional<Date> missing_date;
    if (options_.convert && currency != options_.convert->to.code()) {
      const std::optional<Currency> from = Currency::find(currency);
      const std::optional<Date>& on = t.value.value_date ? t.value.value_date : t.date;
      if (!from) {
        missing.emplace(std::string(currency), "not an ISO 4217 currency code");
      } else if (!on) {
        missing.emplace(std::string(currency), "no value date or transaction date to look a rate up on");
      } else {
        try {
          amount =
              options_.convert->fx->convert(Money(amount, *from), options_.convert->to, *on, options_.convert->rounding)
                  .amount.amount();
        } catch (const error& e) {
          if (e.code() != errc::missing_rate) throw;
          missing.emplace(std::string(currency), "no rate in force");
          missing_date = on;
        }
      }
      if (missing) amount = Decimal();  // the split below only needs the keys
    }

    parts.clear();
    if (!wants_sector_ && !wants_country_) {
      parts.push_back({std::string(), std::string(), amount});
    } else {
      const int digits = std::max(2, amount.fraction_digits());
      Shares sectors, countries;
      if (wants_sector_) {
        sectors = sector_shares(a, t);
        notes_.splits_rescaled += sectors.rescaled ? 1 : 0;
        notes_.splits_unallocated += sectors.outcome == Shares::Outcome::unallocated ? 1 : 0;
      }
      if (wants_country_) {
        countries = country_shares(a, t);
        notes_.splits_rescaled += countries.rescaled ? 1 : 0;
        notes_.splits_unallocated += countries.outcome == Shares::Outcome::unallocated ? 1 : 0;
      }
      for (auto& [sector, by_sector] : apply(sectors, amount, digits))
        for (auto& [country, part] : apply(countries, by_sector, digits)) parts.push_back({sector, country, part});
    }

    const bool several_parts = parts.size() > 1;
    touched.clear();
    for (const Part& part : parts) {
      key.clear();
      for (TotalsDimension d : options_.by) {
        switch (d) {
          case TotalsDimension::currency: key += currency; break;
          case TotalsDimension::transaction_type: key += std::to_string(t.type); break;
          case TotalsDimension::year: key += year_of(t); break;
          case TotalsDimension::activity: key += a.iati_identifier; break;
          case TotalsDimension::reporting_org: key += a.reporting_org.ref; break;
          case TotalsDimension::sector: key += part.sector; break;
          case TotalsDimension::recipient_country: key += part.country; break;
        }
        key += separator;
      }
      key += options_.convert ? options_.convert->to.code() : currency;
      key += separator;
      auto it = groups_.find(key);
      if (it == groups_.end()) it = groups_.emplace(key, Group{}).first;
      Group& g = it->second;
      if (!several_parts || std::find(touched.begin(), touched.end(), key) == touched.end()) {
        ++g.transactions;
        if (several_parts) touched.push_back(key);
        if (missing) {
          Missing& m = g.missing[*missing];
          ++m.transactions;
          if (missing_date && (!m.first_date || *missing_date < *m.first_date)) m.first_date = missing_date;
        }
      }
      if (!missing) g.amount += part.amount;
    }
  }
}

void TotalsAccumulator::merge(TotalsAccumulator&& other) {
  for (auto& [key, theirs] : other.groups_) {
    auto [it, fresh] = groups_.try_emplace(key);
    Group& g = it->second;
    if (fresh) {
      g = std::move(theirs);
      continue;
    }
    g.amount += theirs.amount;
    g.transactions += theirs.transactions;
    for (auto& [what, m] : theirs.missing) {
      Missing& mine = g.missing[what];
      mine.transactions += m.transactions;
      if (m.first_date && (!mine.first_date || *m.first_date < *mine.first_date)) mine.first_date = m.first_date;
    }
  }
  other.groups_.clear();
  notes_.activities_counted += other.notes_.activities_counted;
  notes_.transactions_counted += other.notes_.transactions_counted;
  notes_.activities_excluded += other.notes_.activities_excluded;
  notes_.transactions_excluded += other.notes_.transactions_excluded;
  notes_.splits_rescaled += other.notes_.splits_rescaled;
  notes_.splits_unallocated += other.notes_.splits_unallocated;
  other.notes_ = {};
  counted_with_transactions_.insert(counted_with_transactions_.end(),
                                    std::make_move_iterator(other.counted_with_transactions_.begin()),
                                    std::make_move_iterator(other.counted_with_transactions_.end()));
  other.counted_with_transactions_.clear();
  links_.insert(links_.end(), std::make_move_iterator(other.links_.begin()),
                std::make_move_iterator(other.links_.end()));
  other.links_.clear();
}

TotalsResult TotalsAccumulator::result() const {
  TotalsResult r;
  r.by = options_.by;
  r.converted = options_.convert.has_value();
  r.notes = notes_;
  r.rows.reserve(groups_.size());
  for (const auto& [key, g] : groups_) {
    TotalsRow row;
    row.keys = split_key(key);
    row.currency = std::move(row.keys.back());
    row.keys.pop_back();
    row.transactions = g.transactions;
    for (const auto& [what, m] : g.missing)
      row.missing.push_back(
          {what.first, std::string(options_.convert->to.code()), m.first_date, what.second, m.transactions});
    if (row.missing.empty()) row.amount = g.amount;
    r.rows.push_back(std::move(row));
  }
  std::sort(r.rows.begin(), r.rows.end(), [&](const TotalsRow& a, const TotalsRow& b) {
    for (std::size_t i = 0; i < r.by.size(); ++i) {
      if (a.keys[i] == b.keys[i]) continue;
      return key_less(r.by[i], a.keys[i], b.keys[i]);
    }
    return a.currency < b.currency;
  });

  std::vector<std::string> counted = counted_with_transactions_;
  std::sort(counted.begin(), counted.end());
  for (const Link& l : links_)
    if (std::binary_search(counted.begin(), counted.end(), l.target))
      r.notes.conflicts.push_back({l.target, l.named_by});
  std::sort(r.notes.conflicts.begin(), r.notes.conflicts.end(),
            [](const HierarchyConflict& a, const HierarchyConflict& b) {
              return std::tie(a.counted, a.named_by) < std::tie(b.counted, b.named_by);
            });
  r.notes.conflicts.erase(std::unique(r.notes.conflicts.begin(), r.notes.conflicts.end()), r.notes.conflicts.end());
  return r;
}

TotalsResult compute_totals(const std::vector<Activity>& activities, const TotalsOptions& options) {
  TotalsAccumulator acc(options);
  for (const Activity& a : activities) acc.add(a);
  return acc.result();
}

}  // namespace iati
PAIRAID_NAMESPACE_END
