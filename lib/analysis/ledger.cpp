// Ledger: the columns, their dictionaries, and the builder that fills them.
#include "analysis/ledger_columns.hpp"

#include <algorithm>
#include <cstring>

PAIRAID_NAMESPACE_BEGIN

// Howard Hinnant's days_from_civil: exact integer arithmetic, valid far beyond boost's range.
DayNumber day_number(Date d) {
  if (d.is_special()) throw error(errc::invalid_argument, "a ledger date must be a real date");
  const auto ymd = d.year_month_day();
  int y = ymd.year;
  const int m = ymd.month, dd = ymd.day;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + dd - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date date_of_day(DayNumber n) {
  static const Date epoch(1970, 1, 1);
  return epoch + boost::gregorian::days(n);
}

namespace analysis_detail {

Interner::Interner() : values_{std::string()}, slots_(16, 0), hashes_{0} {}

std::uint64_t Interner::hash(std::string_view text) noexcept {
  // FNV-1a over 8-byte words then the tail, finished with a multiply-xorshift: ids are short, and
  // this beats std::hash on them without needing to be cryptographic.
  std::uint64_t h = 0xcbf29ce484222325ull ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 0x100000001b3ull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}

std::optional<std::uint32_t> Interner::find(std::string_view text) const {
  if (text.empty()) return 0u;
  const std::uint64_t h = hash(text);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = static_cast<std::size_t>(h) & mask;; s = (s + 1) & mask) {
    const std::uint32_t slot = slots_[s];
    if (slot == 0) return std::nullopt;
    if (hashes_[slot - 1] == static_cast<std::uint32_t>(h) && values_[slot - 1] == text) return slot - 1;
  }
}

std::uint32_t Interner::intern(std::string_view text) {
  if (text.empty()) return 0;
  const std::uint64_t h = hash(text);
  std::size_t mask = slots_.size() - 1;
  std::size_t s = static_cast<std::size_t>(h) & mask;
  for (;; s = (s + 1) & mask) {
    const std::uint32_t slot = slots_[s];
    if (slot == 0) break;
    if (hashes_[slot - 1] == static_cast<std::uint32_t>(h) && values_[slot - 1] == text) return slot - 1;
  }
  if (values_.size() >= std::numeric_limits<std::uint32_t>::max() - 1)
    throw error(errc::overflow, "a ledger holds at most 2^32-2 distinct ids per dimension");
  const auto code = static_cast<std::uint32_t>(values_.size());
  values_.emplace_back(text);
  hashes_.push_back(static_cast<std::uint32_t>(h));
  slots_[s] = code + 1;
  if (values_.size() * 2 > slots_.size()) grow();
  return code;
}

void Interner::grow() {
  std::vector<std::uint32_t> bigger(slots_.size() * 2, 0);
  const std::size_t mask = bigger.size() - 1;
  for (std::uint32_t code = 1; code < values_.size(); ++code) {
    std::size_t s = static_cast<std::size_t>(hash(values_[code])) & mask;
    while (bigger[s] != 0) s = (s + 1) & mask;
    bigger[s] = code + 1;
  }
  slots_ = std::move(bigger);
}

std::size_t Interner::resident_bytes() const noexcept {
  std::size_t n = sizeof(*this) + values_.capacity() * sizeof(std::string) + slots_.capacity() * sizeof(std::uint32_t) +
                  hashes_.capacity() * sizeof(std::uint32_t);
  for (const auto& v : values_)
    if (v.capacity() > std::string().capacity()) n += v.capacity() + 1;  // beyond the small-string buffer
  return n;
}

void Interner::shrink() {
  values_.shrink_to_fit();
  hashes_.shrink_to_fit();
}

namespace {
constexpr std::int64_t pow10_i64(int n) {
  std::int64_t r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}
// A three-capital-letter code as 0..17575; -1 for anything else.
int currency_index(Currency c) {
  const auto code = c.code();
  int i = 0;
  for (char ch : code) {
    if (ch < 'A' || ch > 'Z') return -1;
    i = i * 26 + (ch - 'A');
  }
  return i;
}
}  // namespace

LedgerBuilder::LedgerBuilder()
    : c_(std::make_unique<Ledger::Columns>()), currency_slot_(std::size_t{26} * 26 * 26, -1) {}

LedgerBuilder::LedgerBuilder(std::unique_ptr<Ledger::Columns> columns)
    : c_(std::move(columns)), currency_slot_(std::size_t{26} * 26 * 26, -1) {
  const auto& c = *c_;
  if (c.areas.size() > 1) {
    area_slot_.assign(900000, 0);
    for (std::size_t i = 1; i < c.areas.size(); ++i)
      area_slot_[c.areas[i]->value() - 100000] = static_cast<std::uint16_t>(i);
  }
  if (c.sectors.size() > 1) {
    sector_slot_.assign(90000, 0);
    for (std::size_t i = 1; i < c.sectors.size(); ++i)
      sector_slot_[c.sectors[i]->value() - 10000] = static_cast<std::uint16_t>(i);
  }
  for (std::size_t i = 0; i < c.currencies.size(); ++i)
    if (const int index = currency_index(c.currencies[i]); index >= 0)
      currency_slot_[static_cast<std::size_t>(index)] = static_cast<std::int16_t>(i);
}

std::uint16_t LedgerBuilder::area(std::uint32_t gb2260) {
  if (gb2260 == 0) return 0;
  if (area_slot_.empty()) area_slot_.assign(900000, 0);
  std::uint16_t& slot = area_slot_[gb2260 - 100000];
  if (slot == 0) {
    if (c_->areas.size() > 65535) throw error(errc::overflow, "a ledger holds at most 65,535 distinct areas");
    c_->areas.push_back(AreaCode::of(gb2260));
    slot = static_cast<std::uint16_t>(c_->areas.size() - 1);
  }
  return slot;
}

std::uint16_t LedgerBuilder::sector(std::uint32_t dac) {
  if (dac == 0) return 0;
  if (sector_slot_.empty()) sector_slot_.assign(90000, 0);
  std::uint16_t& slot = sector_slot_[dac - 10000];
  if (slot == 0) {
    if (c_->sectors.size() > 65535) throw error(errc::overflow, "a ledger holds at most 65,535 distinct sectors");
    c_->sectors.push_back(SectorCode::of(dac));
    slot = static_cast<std::uint16_t>(c_->sectors.size() - 1);
  }
  return slot;
}

std::uint8_t LedgerBuilder::currency(Currency c) {
  const int index = currency_index(c);
  if (index >= 0 && currency_slot_[static_cast<std::size_t>(index)] >= 0)
    return static_cast<std::uint8_t>(currency_slot_[static_cast<std::size_t>(index)]);
  for (std::size_t i = 0; i < c_->currencies.size(); ++i)
    if (c_->currencies[i] == c) return static_cast<std::uint8_t>(i);
  if (c_->currencies.size() >= 255) throw error(errc::overflow, "a ledger holds at most 255 distinct currencies");
  c_->currencies.push_back(c);
  const auto code = static_cast<std::uint8_t>(c_->currencies.size() - 1);
  if (index >= 0) currency_slot_[static_cast<std::size_t>(index)] = code;
  return code;
}

void LedgerBuilder::common(DayNumber day, DayNumber value_day, std::uint32_t donor, std::uint32_t project,
                           std::uint16_t area, std::uint16_t sector, std::uint8_t type, std::uint8_t currency) {
  if (c_->day.size() >= std::numeric_limits<std::uint32_t>::max())
    throw error(errc::overflow, "a ledger holds at most 2^32-1 rows");
  if (c_->day.empty()) c_->first = c_->last = day;
  c_->first = std::min(c_->first, day);
  c_->last = std::max(c_->last, day);
  c_->day.push_back(day);
  c_->value_day.push_back(value_day);
  c_->donor.push_back(donor);
  c_->project.push_back(project);
  c_->area.push_back(area);
  c_->sector.push_back(sector);
  c_->type.push_back(type);
  c_->currency.push_back(currency);
}

void LedgerBuilder::push_units(std::int64_t units, const Decimal* side) {
  if (side) {
    c_->side.emplace_back(static_cast<std::uint32_t>(c_->units.size()), *side);
    c_->units.push_back(Ledger::amount_in_side_table);
  } else {
    c_->units.push_back(units);
  }
}

// Raises the column's scale: every value is multiplied by 10^(scale - old); values that no
// longer fit move to the side table.
void LedgerBuilder::rescale(int scale) {
  const std::int64_t factor = pow10_i64(scale - c_->scale);
  const std::int64_t side_step = pow10_i64(Decimal::scale - c_->scale);
  bool moved = false;
  for (std::size_t i = 0; i < c_->units.size(); ++i) {
    std::int64_t& u = c_->units[i];
    if (u == Ledger::amount_in_side_table) continue;
    std::int64_t r = 0;
    if (__builtin_mul_overflow(u, factor, &r) || r == Ledger::amount_in_side_table) {
      c_->side.emplace_back(static_cast<std::uint32_t>(i), Decimal::from_raw(static_cast<int128>(u) * side_step));
      u = Ledger::amount_in_side_table;
      moved = true;
    } else {
      u = r;
    }
  }
  if (moved)
    std::sort(c_->side.begin(), c_->side.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  c_->scale = scale;
}

void LedgerBuilder::add(DayNumber day, DayNumber value_day, std::uint32_t donor, std::uint32_t project,
                        std::uint16_t area, std::uint16_t sector, std::uint8_t type, std::uint8_t currency,
                        std::int64_t units, int digits) {
  common(day, value_day, donor, project, area, sector, type, currency);
  if (digits > c_->scale) rescale(digits);
  std::int64_t r = 0;
  if (__builtin_mul_overflow(units, pow10_i64(c_->scale - digits), &r) || r == Ledger::amount_in_side_table) {
    const Decimal exact = Decimal::from_raw(static_cast<int128>(units) * pow10_i64(Decimal::scale - digits));
    push_units(0, &exact);
  } else {
    push_units(r, nullptr);
  }
}

void LedgerBuilder::add(DayNumber day, DayNumber value_day, std::uint32_t donor, std::uint32_t project,
                        std::uint16_t area, std::uint16_t sector, std::uint8_t type, std::uint8_t currency,
                        Decimal amount) {
  common(day, value_day, donor, project, area, sector, type, currency);
  const int digits = amount.fraction_digits();
  if (digits > c_->scale) rescale(digits);
  const int128 units = amount.raw() / pow10_i64(Decimal::scale - c_->scale);  // exact: digits <= scale
  if (units > std::numeric_limits<std::int64_t>::max() || units <= Ledger::amount_in_side_table)
    push_units(0, &amount);
  else
    push_units(static_cast<std::int64_t>(units), nullptr);
}

void LedgerBuilder::add(const Transaction& t) {
  if (t.date.is_special()) throw error(errc::invalid_argument, "a transaction without a date cannot be in a ledger");
  add(day_number(t.date), t.value_date ? day_number(*t.value_date) : Ledger::no_value_date,
      t.donor ? donor(t.donor->str()) : 0, t.project ? project(t.project->str()) : 0,
      t.area ? area(t.area->value()) : 0, t.sector ? sector(t.sector->value()) : 0, static_cast<std::uint8_t>(t.type),
      currency(t.value.currency()), t.value.amount());
}

void LedgerBuilder::append(LedgerBuilder&& other) {
  Ledger::Columns& o = *other.c_;
  if (o.day.empty()) return;
  std::vector<std::uint32_t> donor_map(o.donors.values().size()), project_map(o.projects.values().size());
  for (std::size_t i = 0; i < donor_map.size(); ++i) donor_map[i] = c_->donors.intern(o.donors.values()[i]);
  for (std::size_t i = 0; i < project_map.size(); ++i) project_map[i] = c_->projects.intern(o.projects.values()[i]);
  std::vector<std::uint16_t> area_map(o.areas.size()), sector_map(o.sectors.size());
  std::vector<std::uint8_t> currency_map(o.currencies.size());
  for (std::size_t i = 1; i < area_map.size(); ++i) area_map[i] = area(o.areas[i]->value());
  for (std::size_t i = 1; i < sector_map.size(); ++i) sector_map[i] = sector(o.sectors[i]->value());
  for (std::size_t i = 0; i < currency_map.size(); ++i) currency_map[i] = currency(o.currencies[i]);

  const std::size_t base = c_->day.size();
  if (base + o.day.size() > std::numeric_limits<std::uint32_t>::max())
    throw error(errc::overflow, "a ledger holds at most 2^32-1 rows");
  if (c_->day.empty()) c_->first = o.first, c_->last = o.last;
  c_->first = std::min(c_->first, o.first);
  c_->last = std::max(c_->last, o.last);
  c_->day.insert(c_->day.end(), o.day.begin(), o.day.end());
  c_->value_day.insert(c_->value_day.end(), o.value_day.begin(), o.value_day.end());
  c_->type.insert(c_->type.end(), o.type.begin(), o.type.end());
  c_->donor.reserve(base + o.day.size());
  c_->project.reserve(base + o.day.size());
  c_->area.reserve(base + o.day.size());
  c_->sector.reserve(base + o.day.size());
  c_->currency.reserve(base + o.day.size());
  for (auto v : o.donor) c_->donor.push_back(donor_map[v]);
  for (auto v : o.project) c_->project.push_back(project_map[v]);
  for (auto v : o.area) c_->area.push_back(area_map[v]);
  for (auto v : o.sector) c_->sector.push_back(sector_map[v]);
  for (auto v : o.currency) c_->currency.push_back(currency_map[v]);

  if (o.scale > c_->scale) rescale(o.scale);
  const std::int64_t factor = pow10_i64(c_->scale - o.scale);
  const std::int64_t side_step = pow10_i64(Decimal::scale - o.scale);
  c_->units.reserve(base + o.units.size());
  std::size_t next_side = 0;
  for (std::size_t i = 0; i < o.units.size(); ++i) {
    const std::int64_t u = o.units[i];
    if (u == Ledger::amount_in_side_table) {
      push_units(0, &o.side[next_side++].second);
      continue;
    }
    std::int64_t r = 0;
    if (__builtin_mul_overflow(u, factor, &r) || r == Ledger::amount_in_side_table) {
      const Decimal exact = Decimal::from_raw(static_cast<int128>(u) * side_step);
      push_units(0, &exact);
    } else {
      push_units(r, nullptr);
    }
  }
  other.c_ = std::make_unique<Ledger::Columns>();
}

void LedgerBuilder::reserve(std::size_t rows) {
  auto& c = *c_;
  c.day.reserve(rows);
  c.value_day.reserve(rows);
  c.donor.reserve(rows);
  c.project.reserve(rows);
  c.area.reserve(rows);
  c.sector.reserve(rows);
  c.type.reserve(rows);
  c.currency.reserve(rows);
  c.units.reserve(rows);
}

Ledger LedgerBuilder::finish() {
  auto& c = *c_;
  c.day.shrink_to_fit();
  c.value_day.shrink_to_fit();
  c.donor.shrink_to_fit();
  c.project.shrink_to_fit();
  c.area.shrink_to_fit();
  c.sector.shrink_to_fit();
  c.type.shrink_to_fit();
  c.currency.shrink_to_fit();
  c.units.shrink_to_fit();
  c.side.shrink_to_fit();
  c.donors.shrink();
  c.projects.shrink();
  area_slot_ = {};
  sector_slot_ = {};
  return Ledger(std::move(c_));
}

}  // namespace analysis_detail

// --- Ledger ------------------------------------------------------------------------------------

Ledger::Ledger() : c_(std::make_unique<Columns>()) {}
Ledger::Ledger(std::unique_ptr<Columns> columns) : c_(std::move(columns)) {}
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;
Ledger::~Ledger() = default;

Ledger Ledger::from(const Dataset& dataset) { return from(dataset.transactions()); }

Ledger Ledger::from(std::span<const Transaction> transactions) {
  analysis_detail::LedgerBuilder b;
  for (const Transaction& t : transactions) b.add(t);
  return b.finish();
}

Ledger Ledger::concatenate(std::vector<Ledger> parts) {
  if (parts.empty()) return Ledger();
  analysis_detail::LedgerBuilder all(std::move(parts.front().c_));
  parts.front().c_ = std::make_unique<Columns>();
  for (std::size_t k = 1; k < parts.size(); ++k) {
    analysis_detail::LedgerBuilder next(std::move(parts[k].c_));
    parts[k].c_ = std::make_unique<Columns>();
    all.append(std::move(next));
  }
  return all.finish();
}

std::size_t Ledger::size() const noexcept { return c_->day.size(); }

Decimal Ledger::amount_decimal(std::size_t i) const {
  const std::int64_t u = c_->units[i];
  if (u != amount_in_side_table) {
    static constexpr std::int64_t step[] = {1000000000, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1};
    return Decimal::from_raw(static_cast<int128>(u) * step[c_->scale]);
  }
  auto it = std::lower_bound(c_->side.begin(), c_->side.end(), static_cast<std::uint32_t>(i),
                             [](const auto& e, std::uint32_t row) { return e.first < row; });
  return it->second;
}

Money Ledger::amount(std::size_t i) const { return Money(amount_decimal(i), c_->currencies[c_->currency[i]]); }

Date Ledger::fx_date(std::size_t i) const {
  const DayNumber v = c_->value_day[i];
  return date_of_day(v == no_value_date ? c_->day[i] : v);
}

Transaction Ledger::transaction(std::size_t i) const {
  Transaction t;
  t.date = date(i);
  if (c_->value_day[i] != no_value_date) t.value_date = date_of_day(c_->value_day[i]);
  if (c_->donor[i]) t.donor = OrganisationId(c_->donors.values()[c_->donor[i]]);
  if (c_->project[i]) t.project = ProjectId(c_->projects.values()[c_->project[i]]);
  t.area = c_->areas[c_->area[i]];
  t.sector = c_->sectors[c_->sector[i]];
  t.type = static_cast<TransactionType>(c_->type[i]);
  t.value = amount(i);
  return t;
}

std::span<const DayNumber> Ledger::days() const noexcept { return c_->day; }
std::span<const DayNumber> Ledger::value_days() const noexcept { return c_->value_day; }
std::span<const std::uint32_t> Ledger::donor_codes() const noexcept { return c_->donor; }
std::span<const std::uint32_t> Ledger::project_codes() const noexcept { return c_->project; }
std::span<const std::uint16_t> Ledger::area_codes() const noexcept { return c_->area; }
std::span<const std::uint16_t> Ledger::sector_codes() const noexcept { return c_->sector; }
std::span<const std::uint8_t> Ledger::type_codes() const noexcept { return c_->type; }
std::span<const std::uint8_t> Ledger::currency_codes() const noexcept { return c_->currency; }
std::span<const std::int64_t> Ledger::amount_units() const noexcept { return c_->units; }
int Ledger::amount_scale() const noexcept { return c_->scale; }
std::span<const std::pair<std::uint32_t, Decimal>> Ledger::side_amounts() const noexcept { return c_->side; }

const std::vector<std::string>& Ledger::donor_ids() const noexcept { return c_->donors.values(); }
const std::vector<std::string>& Ledger::project_ids() const noexcept { return c_->projects.values(); }
const std::vector<std::optional<AreaCode>>& Ledger::areas() const noexcept { return c_->areas; }
const std::vector<std::optional<SectorCode>>& Ledger::sectors() const noexcept { return c_->sectors; }
const std::vector<Currency>& Ledger::currencies() const noexcept { return c_->currencies; }

std::optional<std::uint32_t> Ledger::donor_code(std::string_view id) const { return c_->donors.find(id); }
std::optional<std::uint32_t> Ledger::project_code(std::string_view id) const { return c_->projects.find(id); }
std::optional<std::uint16_t> Ledger::area_code(AreaCode area) const {
  for (std::size_t i = 1; i < c_->areas.size(); ++i)
    if (*c_->areas[i] == area) return static_cast<std::uint16_t>(i);
  return std::nullopt;
}
std::optional<std::uint16_t> Ledger::sector_code(SectorCode sector) const {
  for (std::size_t i = 1; i < c_->sectors.size(); ++i)
    if (*c_->sectors[i] == sector) return static_cast<std::uint16_t>(i);
  return std::nullopt;
}
std::optional<std::uint8_t> Ledger::currency_code(Currency currency) const {
  for (std::size_t i = 0; i < c_->currencies.size(); ++i)
    if (c_->currencies[i] == currency) return static_cast<std::uint8_t>(i);
  return std::nullopt;
}

DayNumber Ledger::first_day() const noexcept { return c_->first; }
DayNumber Ledger::last_day() const noexcept { return c_->last; }

std::size_t Ledger::resident_bytes() const noexcept {
  const Columns& c = *c_;
  return sizeof(Ledger) + sizeof(Columns) + c.day.capacity() * sizeof(DayNumber) +
         c.value_day.capacity() * sizeof(DayNumber) + c.donor.capacity() * 4 + c.project.capacity() * 4 +
         c.area.capacity() * 2 + c.sector.capacity() * 2 + c.type.capacity() + c.currency.capacity() +
         c.units.capacity() * 8 + c.side.capacity() * sizeof(c.side[0]) + c.donors.resident_bytes() +
         c.projects.resident_bytes() + c.areas.capacity() * sizeof(c.areas[0]) +
         c.sectors.capacity() * sizeof(c.sectors[0]) + c.currencies.capacity() * sizeof(Currency);
}

std::size_t Ledger::bytes_per_transaction() const noexcept {
  const std::size_t total = resident_bytes();
  return empty() ? total : (total + size() - 1) / size();
}

PAIRAID_NAMESPACE_END
