// The synthetic ledger: the shape tables first, then one row at a time into a flat buffer (no
// iostream per field: ten million rows should take seconds).
#include "generate_ledger.hpp"

#include "generate_random.hpp"

#include <array>
#include <charconv>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace pairaid_cli::generate {
namespace {

// --- Donors ---------------------------------------------------------------------------------------
// The program's three kinds of donor, with synthetic ids (province-01 ... soe-27).
enum class DonorKind : std::uint8_t { province, organ, soe };
struct KindShape {
  std::string_view prefix;
  int count;
  std::uint32_t share;    // per mille of the rows
  int projects_per_plan;  // distinct projects a donor runs in one Five-Year Plan
  int decade_shift;       // organs fund smaller items than provinces and SOEs
};
constexpr std::array<KindShape, 3> kinds{{
    {"province", 17, 560, 60, 0},
    {"organ", 78, 190, 8, -1},
    {"soe", 27, 250, 20, 0},
}};
static_assert(kinds[0].count + kinds[1].count + kinds[2].count == donor_count);

// --- Areas -----------------------------------------------------------------------------------------
// Xizang's 7 prefecture-level divisions and 74 county-level divisions (GB/T 2260), as listed in
// /work/shared/data/areas/xizang-divisions.csv (NBS 2023 division codes; provenance in that
// directory's SOURCES.md) and in examples/data/xizang.json's areas; a ctest checks every code
// written here is an area of xizang.json.
constexpr std::string_view region_code = "540000";
struct Prefecture {
  std::string_view code;
  std::span<const std::string_view> counties;
};
constexpr std::array<std::string_view, 8> lhasa{"540102", "540103", "540104", "540121",
                                                "540122", "540123", "540124", "540127"};
constexpr std::array<std::string_view, 18> xigaze{"540202", "540221", "540222", "540223", "540224", "540225",
                                                  "540226", "540227", "540228", "540229", "540230", "540231",
                                                  "540232", "540233", "540234", "540235", "540236", "540237"};
constexpr std::array<std::string_view, 11> qamdo{"540302", "540321", "540322", "540323", "540324", "540325",
                                                 "540326", "540327", "540328", "540329", "540330"};
constexpr std::array<std::string_view, 7> nyingchi{"540402", "540421", "540423", "540424",
                                                   "540425", "540426", "540481"};
constexpr std::array<std::string_view, 12> shannan{"540502", "540521", "540522", "540523", "540524", "540525",
                                                   "540526", "540527", "540528", "540529", "540531", "540581"};
constexpr std::array<std::string_view, 11> nagqu{"540602", "540621", "540622", "540623", "540624", "540625",
                                                 "540626", "540627", "540628", "540629", "540630"};
constexpr std::array<std::string_view, 7> ngari{"542521", "542522", "542523", "542524", "542525", "542526", "542527"};
constexpr std::array<Prefecture, 7> prefectures{{
    {"540100", lhasa},
    {"540200", xigaze},
    {"540300", qamdo},
    {"540400", nyingchi},
    {"540500", shannan},
    {"540600", nagqu},
    {"542500", ngari},
}};

// --- Sectors, types, amounts -------------------------------------------------------------------------
// OECD DAC CRS purpose codes for what the program funds (housing, roads, schools, clinics, water,
// farming and herding, energy, tourism, industrial parks, governance), with rough weights.
constexpr std::array<std::string_view, 26> sectors{"11120", "11220", "11330", "12191", "12220", "14030", "15110",
                                                   "16010", "16030", "16050", "21020", "22040", "23210", "23220",
                                                   "23230", "25010", "31120", "31161", "31163", "32130", "32161",
                                                   "33210", "41010", "43030", "43040", "15150"};
constexpr std::array<std::uint32_t, 26> sector_weights{9, 6, 5, 4, 6, 7, 3, 3, 9, 2, 8, 2, 3,
                                                       2, 3, 2, 5, 3, 3, 3, 3, 4, 2, 6, 8, 1};

struct TypeShape {
  std::string_view name;
  std::uint32_t weight;
  bool round_amount;  // commitments and attracted investment are announced in round figures
  bool may_reverse;   // a negative row: money clawed back
};
constexpr std::array<TypeShape, 4> types{{
    {"disbursement", 45, false, true},
    {"commitment", 22, true, false},
    {"expenditure", 25, false, true},
    {"investment_attracted", 8, true, false},
}};

// How many minor units (fen, cents) an amount has: first the decade (10^k <= amount < 10^(k+1)),
// from 10^4 (100 yuan) to 10^10, falling off geometrically above the mode so the total is
// dominated by a few large items, as programme ledgers are; then a Benford-distributed leading
// digit and uniform remaining digits. Amounts stay below 10^11 minor units (10^9 yuan).
constexpr int smallest_decade = 4;
constexpr std::array<std::uint32_t, 7> decade_weights{4, 10, 22, 28, 20, 11, 5};
constexpr std::array<std::uint32_t, 9> leading_digit_weights{301, 176, 125, 97, 79, 67, 58, 51, 46};

constexpr std::uint32_t usd_per_mille = 70;
constexpr std::uint32_t value_date_per_mille = 300;  // of USD rows: converted at a later value date
constexpr std::uint32_t reversal_per_mille = 4;
constexpr std::uint32_t with_project_per_mille = 850;

constexpr std::array<std::uint64_t, 12> powers_of_ten = [] {
  std::array<std::uint64_t, 12> p{};
  p[0] = 1;
  for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}();

constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) {
  constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// China's Five-Year Plans since the 3rd (1966-1970) follow each other every five years: 1995 is
// the last year of the 8th, 2021-2025 the 14th. Projects are planned per plan.
constexpr int five_year_plan(int year) { return (year - 1966) / 5 + 3; }

struct Day {
  int year, month, day;
};

Day add_days(Day d, int n) {
  d.day += n;
  while (d.day > days_in_month(d.year, d.month)) {
    d.day -= days_in_month(d.year, d.month);
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

// Rows of each year, in proportion to weights that grow with the program (4 in 1995 to 33 in
// 2024); the few rows integer division leaves over go to the latest years.
std::vector<std::uint64_t> rows_per_year(std::uint64_t total) {
  constexpr std::size_t years = last_year - first_year + 1;
  std::vector<std::uint64_t> weight(years), rows(years);
  std::uint64_t weight_sum = 0;
  for (std::size_t i = 0; i < years; ++i) weight_sum += weight[i] = 4 + i;
  std::uint64_t assigned = 0;
  for (std::size_t i = 0; i < years; ++i) assigned += rows[i] = total * weight[i] / weight_sum;
  for (std::size_t i = years; assigned < total; --i, ++assigned) ++rows[i - 1];
  return rows;
}

// The text of one row goes straight into a flat buffer.
class RowBuffer {
 public:
  static constexpr std::size_t flush_at = std::size_t{1} << 20;
  static constexpr std::size_t longest_row = 512;  // far above any row we write

  RowBuffer() : data_(flush_at + longest_row) {}

  void text(std::string_view s) {
    for (char c : s) data_[size_++] = c;
  }
  void ch(char c) { data_[size_++] = c; }
  void number(std::uint64_t v) {
    const auto r = std::to_chars(data_.data() + size_, data_.data() + data_.size(), v);
    size_ = static_cast<std::size_t>(r.ptr - data_.data());
  }
  void digits(unsigned v, int width) {  // zero-padded
    for (int i = width - 1; i >= 0; --i) {
      data_[size_ + static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    size_ += static_cast<std::size_t>(width);
  }
  void date(Day d) {
    digits(static_cast<unsigned>(d.year), 4);
    ch('-');
    digits(static_cast<unsigned>(d.month), 2);
    ch('-');
    digits(static_cast<unsigned>(d.day), 2);
  }
  bool full() const { return size_ >= flush_at; }
  std::string_view view() const { return {data_.data(), size_}; }
  void clear() { size_ = 0; }

 private:
  std::vector<char> data_;
  std::size_t size_ = 0;
};

struct Donor {
  DonorKind kind;
  std::string id;
  int index_in_kind;
};

std::vector<Donor> make_donors() {
  std::vector<Donor> donors;
  for (std::size_t k = 0; k < kinds.size(); ++k)
    for (int i = 1; i <= kinds[k].count; ++i) {
      std::string id(kinds[k].prefix);
      id += i < 10 ? "-0" : "-";
      id += std::to_string(i);
      donors.push_back({static_cast<DonorKind>(k), std::move(id), i - 1});
    }
  return donors;
}

// Where a donor's money goes. A province (or municipality) funds its paired prefecture, as in the
// program where each is assigned to one; organs and SOEs fund anywhere. Mostly a county, some at
// prefecture level, a few region-wide.
std::string_view area_for(const Donor& donor, Xoshiro256& rng) {
  const std::size_t prefecture = donor.kind == DonorKind::province
                                     ? static_cast<std::size_t>(donor.index_in_kind) % prefectures.size()
                                     : static_cast<std::size_t>(rng.below(prefectures.size()));
  const std::uint64_t level = rng.below(100);
  if (level < 80) {
    const auto counties = prefectures[prefecture].counties;
    return counties[static_cast<std::size_t>(rng.below(counties.size()))];
  }
  if (level < 97) return prefectures[prefecture].code;
  return region_code;
}

std::size_t pick_donor(Xoshiro256& rng, const std::array<std::size_t, 3>& first_of_kind) {
  static constexpr std::array<std::uint32_t, 3> kind_weights{kinds[0].share, kinds[1].share, kinds[2].share};
  const std::size_t k = rng.pick(kind_weights);
  if (k == 0) {
    // Provinces are not equal donors: weights 34 down to 18, the richer coast first.
    static constexpr auto province_weights = [] {
      std::array<std::uint32_t, 17> w{};
      for (std::size_t i = 0; i < w.size(); ++i) w[i] = static_cast<std::uint32_t>(34 - i);
      return w;
    }();
    return first_of_kind[0] + rng.pick(province_weights);
  }
  return first_of_kind[k] + static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(kinds[k].count)));
}

// An amount in minor units, before its sign.
std::uint64_t amount_minor_units(const Donor& donor, bool usd, const TypeShape& type, Xoshiro256& rng) {
  int decade = smallest_decade + static_cast<int>(rng.pick(decade_weights));
  decade += kinds[static_cast<std::size_t>(donor.kind)].decade_shift - (usd ? 1 : 0);
  if (decade < smallest_decade) decade = smallest_decade;
  const std::uint64_t scale = powers_of_ten[static_cast<std::size_t>(decade)];
  std::uint64_t units = (1 + rng.pick(leading_digit_weights)) * scale + rng.below(scale);
  // Round figures: 10,000 yuan steps for large announcements, 100 for small ones; otherwise whole
  // yuan for four rows in ten, exact fen for the rest.
  std::uint64_t step = 1;
  if (type.round_amount)
    step = decade >= 7 ? 1'000'000 : 10'000;
  else if (rng.below(10) < 4)
    step = 100;
  return units - units % step;
}

// Up to two fraction digits, in the spellings real files mix: "1250000", "1250000.00", "12.5",
// "12.50", "12.34".
void write_amount(RowBuffer& out, std::uint64_t units, bool negative, Xoshiro256& rng) {
  if (negative) out.ch('-');
  out.number(units / 100);
  const auto fraction = static_cast<unsigned>(units % 100);
  const std::uint64_t spelling = rng.below(10);
  if (fraction == 0) {
    if (spelling < 2) out.text(".00");
  } else if (fraction % 10 == 0 && spelling < 5) {
    out.ch('.');
    out.digits(fraction / 10, 1);
  } else {
    out.ch('.');
    out.digits(fraction, 2);
  }
}

}  // namespace

void generate_ledger_csv(const LedgerOptions& options, const std::function<void(std::string_view)>& write) {
  if (options.transactions > max_transactions)
    throw std::invalid_argument("at most " + std::to_string(max_transactions) + " transactions");
  const std::vector<Donor> donors = make_donors();
  const std::array<std::size_t, 3> first_of_kind{0, static_cast<std::size_t>(kinds[0].count),
                                                 static_cast<std::size_t>(kinds[0].count + kinds[1].count)};
  static constexpr std::array<std::uint32_t, 4> type_weights{types[0].weight, types[1].weight, types[2].weight,
                                                             types[3].weight};
  Xoshiro256 rng(options.seed);
  RowBuffer out;
  out.text("date,donor,area,project,sector,type,amount,currency,value_date\n");

  const auto rows = rows_per_year(options.transactions);
  for (int year = first_year; year <= last_year; ++year) {
    const int plan = five_year_plan(year);
    for (std::uint64_t n = rows[static_cast<std::size_t>(year - first_year)]; n > 0; --n) {
      const int month = 1 + static_cast<int>(rng.below(12));
      const Day date{year, month,
                     1 + static_cast<int>(rng.below(static_cast<std::uint64_t>(days_in_month(year, month))))};
      const std::size_t donor_index = pick_donor(rng, first_of_kind);
      const Donor& donor = donors[donor_index];
      const KindShape& kind = kinds[static_cast<std::size_t>(donor.kind)];

      out.date(date);
      out.ch(',');
      out.text(donor.id);
      out.ch(',');
      if (rng.chance(with_project_per_mille)) {
        // A project keeps its area and sector in every row: they come from a generator seeded by
        // the project's identity (seed, donor, plan, number), not from the row stream.
        const auto project = static_cast<unsigned>(rng.below(static_cast<std::uint64_t>(kind.projects_per_plan)));
        Xoshiro256 project_rng(mix(options.seed, donor_index, static_cast<std::uint64_t>(plan), project));
        out.text(area_for(donor, project_rng));
        out.ch(',');
        out.text(donor.id);
        out.text("-p");
        out.digits(static_cast<unsigned>(plan), 2);
        out.ch('-');
        out.digits(project, 3);
        out.ch(',');
        out.text(sectors[project_rng.pick(sector_weights)]);
      } else {
        out.text(area_for(donor, rng));
        out.text(",,");
        if (rng.chance(500)) out.text(sectors[rng.pick(sector_weights)]);
      }
      out.ch(',');
      const TypeShape& type = types[rng.pick(type_weights)];
      out.text(type.name);
      out.ch(',');
      const bool usd = rng.chance(usd_per_mille);
      const std::uint64_t units = amount_minor_units(donor, usd, type, rng);
      write_amount(out, units, type.may_reverse && rng.chance(reversal_per_mille), rng);
      out.text(usd ? ",USD," : ",CNY,");
      if (usd && rng.chance(value_date_per_mille)) out.date(add_days(date, 1 + static_cast<int>(rng.below(14))));
      out.ch('\n');
      if (out.full()) {
        write(out.view());
        out.clear();
      }
    }
  }
  if (!out.view().empty()) write(out.view());
}

}  // namespace pairaid_cli::generate
