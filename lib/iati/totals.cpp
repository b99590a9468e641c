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

struct Piece {
  std::string key;
  Decimal amount;
  std::optional<Decimal> percentage;
};

// Splits `whole` by `shares` at `digits`; shares of weight zero get no part.
std::vector<Piece> apply(const Shares& shares, Decimal whole, int digits) {
  std::vector<Piece> out;
  switch (shares.outcome) {
    case Shares::Outcome::none: out.push_back({std::string(), whole, std::nullopt}); break;
    case Shares::Outcome::unallocated: out.push_back({"unallocated", whole, std::nullopt}); break;
    case Shares::Outcome::split: {
      const std::vector<Decimal> parts = split_by_weights(whole, shares.weights, digits);
      for (std::size_t i = 0; i < parts.size(); ++i)
        if (!shares.weights[i].is_zero()) out.push_back({shares.keys[i], parts[i], shares.weights[i]});
      break;
    }
  }
  return out;
}

// The parts of a transaction (split_transaction) into `parts` (cleared first: the caller reuses it,
// so the unsplit case allocates nothing per transaction), counting the splits that rescaled
// percentages or left the amount unallocated.
void split_parts(const Activity& a, const Transaction& t, const Decimal& amount, bool by_sector, bool by_country,
                 std::vector<TransactionPart>& parts, std::uint64_t& rescaled, std::uint64_t& unallocated) {
  parts.clear();
  if (!by_sector && !by_country) {
    TransactionPart& whole = parts.emplace_back();
    whole.amount = amount;
    return;
  }
  const int digits = std::max(2, amount.fraction_digits());
  Shares sectors, countries;
  if (by_sector) sectors = sector_shares(a, t);
  if (by_country) countries = country_shares(a, t);
  rescaled += (sectors.rescaled ? 1u : 0u) + (countries.rescaled ? 1u : 0u);
  unallocated += (sectors.outcome == Shares::Outcome::unallocated ? 1u : 0u) +
                 (countries.outcome == Shares::Outcome::unallocated ? 1u : 0u);
  const Decimal hundred = Decimal::from_integer(100);
  for (Piece& s : apply(sectors, amount, digits))
    for (Piece& c : apply(countries, s.amount, digits)) {
      std::optional<Decimal> percentage = s.percentage ? s.percentage : c.percentage;
      // Both ways: the product of the two, as a percentage (to nine fraction digits, half-even).
      if (s.percentage && c.percentage)
        percentage =
            divide(multiply(*s.percentage, *c.percentage, RoundingMode::half_even), hundred, RoundingMode::half_even);
      parts.push_back({s.key, std::move(c.key), c.amount, percentage});
    }
}

// Sorting keys: types and Five-Year Plans as numbers (their keys are digits, or digits and a
// suffix, without leading zeros, so shorter is smaller), everything else byte-wise; the empty key
// comes first either way.
bool key_less(const Dimension& d, const std::string& a, const std::string& b) {
  const bool numeric = d.kind() == Dimension::Kind::type || d.kind() == Dimension::Kind::five_year_plan;
  if (numeric && a.size() != b.size()) return a.size() < b.size();
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

[[noreturn]] void not_answered(std::string_view what) {
  throw error(errc::invalid_argument,
              "IATI activity files have no " + std::string(what) +
                  " (ledgers, datasets and stores do); they answer year, quarter, month, fiscal_year:M, "
                  "five_year_plan, type, currency, activity, reporting_org, reporting_org_type, sector and "
                  "recipient_country");
}

std::optional<TransactionType> type_of(const Transaction& t) { return transaction_type_from_iati(t.type); }

}  // namespace

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

bool answers(const Dimension& d) noexcept {
  using K = Dimension::Kind;
  switch (d.kind()) {
    case K::batch:
    case K::donor:
    case K::donor_kind:
    case K::area: return false;
    default: return true;
  }
}

std::string_view transaction_currency(const Activity& a, const Transaction& t) noexcept {
  return !t.value.currency.empty()     ? std::string_view(t.value.currency)
         : !a.default_currency.empty() ? std::string_view(a.default_currency)
                                       : std::string_view("XXX");
}

const std::optional<Date>& transaction_day(const Transaction& t) noexcept {
  return t.date ? t.date : t.value.value_date;
}

std::vector<TransactionPart> split_transaction(const Activity& a, const Transaction& t, const Decimal& amount,
                                               bool by_sector, bool by_country) {
  std::uint64_t rescaled = 0, unallocated = 0;
  std::vector<TransactionPart> parts;
  split_parts(a, t, amount, by_sector, by_country, parts, rescaled, unallocated);
  return parts;
}

TotalsAccumulator::TotalsAccumulator(TotalsOptions options) : options_(std::move(options)) {
  if (options_.convert && !options_.convert->fx)
    throw error(errc::invalid_argument, "a conversion needs an exchange-rate table");
  for (const Dimension& d : options_.by) {
    if (!answers(d)) not_answered("'" + d.name() + "'");
    wants_sector_ = wants_sector_ || d.kind() == Dimension::Kind::sector;
    wants_country_ = wants_country_ || d.kind() == Dimension::Kind::recipient_country;
  }
  if (options_.where) {
    using F = Condition::Field;
    for (const Condition::Test& t : options_.where->tests())
      if (t.field == F::donor || t.field == F::donor_kind || t.field == F::area || t.field == F::within ||
          t.field == F::batch)
        not_answered("'" + std::string(Condition::name(t.field)) + "'");
    wants_sector_ = wants_sector_ || options_.where->reads(F::sector);
    wants_country_ = wants_country_ || options_.where->reads(F::recipient_country);
  }
}

bool part_matches(const Condition& c, const Activity& a, const Transaction& t, const TransactionPart& part) {
  using F = Condition::Field;
  return c.holds([&](std::size_t i) {
    const Condition::Test& test = c.tests()[i];
    switch (test.field) {
      case F::year:
      case F::date: return test.matches(transaction_day(t));
      case F::type: {
        const auto type = type_of(t);
        return type ? test.matches(*type) : test.op == Condition::Op::not_equal;
      }
      case F::currency: return test.matches(transaction_currency(a, t));
      case F::activity: return test.matches(a.iati_identifier);
      case F::reporting_org: return test.matches(a.reporting_org.ref);
      case F::reporting_org_type: return test.matches(a.reporting_org.type);
      case F::sector: return test.matches(part.sector);
      case F::recipient_country: return test.matches(part.country);
      default: return false;  // refused by the accumulator's constructor
    }
  });
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
  std::vector<TransactionPart> parts;
  for (const Transaction& t : a.transactions) {
    const std::string_view currency = transaction_currency(a, t);
    // The amount in the output currency, or why there is none.
    Decimal amount = t.value.amount;
    std::optional<std::pair<std::string, std::string>> missing;  // (from, reason)
    std::optional<Date> missing_date;
    std::optional<Conversion> conversion;
    if (options_.convert && currency != options_.convert->to.code()) {
      const std::optional<Currency> from = Currency::find(currency);
      const std::optional<Date>& on = t.value.value_date ? t.value.value_date : t.date;
      if (!from) {
        missing.emplace(std::string(currency), "not an ISO 4217 currency code");
      } else if (!on) {
        missing.emplace(std::string(currency), "no value date or transaction date to look a rate up on");
      } else {
        try {
          conversion = options_.convert->fx->convert(Money(amount, *from), options_.convert->to, *on,
                                                     options_.convert->rounding);
          amount = conversion->amount.amount();
        } catch (const error& e) {
          if (e.code() != errc::missing_rate) throw;
          missing.emplace(std::string(currency), "no rate in force");
          missing_date = on;
        }
      }
      if (missing) amount = Decimal();  // the split below only needs the keys
    }

    std::uint64_t rescaled = 0, unallocated = 0;
    split_parts(a, t, amount, wants_sector_, wants_country_, parts, rescaled, unallocated);
    if (options_.where)
      std::erase_if(parts, [&](const TransactionPart& p) { return !part_matches(*options_.where, a, t, p); });
    if (parts.empty()) continue;
    ++notes_.transactions_counted;
    notes_.splits_rescaled += rescaled;
    notes_.splits_unallocated += unallocated;
    if (const auto type = type_of(t)) ++notes_.types[static_cast<std::size_t>(*type)];
    if (conversion) rates_.add(*conversion);

    const bool several_parts = parts.size() > 1;
    touched.clear();
    for (const TransactionPart& part : parts) {
      key.clear();
      for (const Dimension& d : options_.by) {
        using K = Dimension::Kind;
        const std::optional<Date>& day = transaction_day(t);
        switch (d.kind()) {
          case K::currency: key += currency; break;
          case K::type: key += std::to_string(t.type); break;
          case K::year:
            if (day) key += std::to_string(static_cast<int>(day->year()));
            break;
          case K::quarter:
            if (day) key += quarter_of(*day).to_string();
            break;
          case K::month:
            if (day) key += month_of(*day).to_string();
            break;
          case K::fiscal_year:
            if (day) key += "FY" + std::to_string(d.fiscal_calendar()->of(*day).label);
            break;
          case K::five_year_plan:
            if (day)
              if (const auto p = plan_of(*day)) key += FiveYearPlan::ordinal_name(p->ordinal);
            break;
          case K::activity: key += a.iati_identifier; break;
          case K::reporting_org: key += a.reporting_org.ref; break;
          case K::reporting_org_type: key += a.reporting_org.type; break;
          case K::sector: key += part.sector; break;
          case K::recipient_country: key += part.country; break;
          case K::batch:
          case K::donor:
          case K::donor_kind:
          case K::area: break;  // refused by the constructor
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
  for (std::size_t t = 0; t < notes_.types.size(); ++t) notes_.types[t] += other.notes_.types[t];
  other.notes_ = {};
  rates_.merge(other.rates_);
  other.rates_ = {};
  counted_with_transactions_.insert(counted_with_transactions_.end(),
                                    std::make_move_iterator(other.counted_with_transactions_.begin()),
                                    std::make_move_iterator(other.counted_with_transactions_.end()));
  other.counted_with_transactions_.clear();
  links_.insert(links_.end(), std::make_move_iterator(other.links_.begin()),
                std::make_move_iterator(other.links_.end()));
  other.links_.clear();
}

TotalsResult TotalsAccumulator::result() const {
  const bool by_type = std::any_of(options_.by.begin(), options_.by.end(),
                                   [](const Dimension& d) { return d.kind() == Dimension::Kind::type; });
  if (!by_type && !options_.all_types) {
    const std::vector<TransactionType> chosen =
        options_.where ? options_.where->named_types() : std::vector<TransactionType>{};
    refuse_mixed_types(notes_.types, chosen);
  }
  TotalsResult r;
  r.by = options_.by;
  r.hierarchy = options_.hierarchy;
  r.converted = options_.convert.has_value();
  if (options_.convert) r.target = options_.convert->to.code();
  r.all_types = options_.all_types;
  r.notes = notes_;
  r.rates = rates_;
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
  // Types as their one spelling, after sorting by code.
  for (std::size_t i = 0; i < r.by.size(); ++i)
    if (r.by[i].kind() == Dimension::Kind::type)
      for (TotalsRow& row : r.rows)
        if (const auto t = parse_transaction_type(row.keys[i])) row.keys[i] = std::string(to_string(*t));

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
