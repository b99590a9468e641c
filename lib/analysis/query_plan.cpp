// run_query's plan: every dimension and filter becomes a lookup table built once per query, over a
// dictionary's codes (donor -> kind, area -> ancestor) or over the ledger's range of days (day ->
// year, quarter, plan, fiscal year, batch). A --where condition becomes such tables too wherever
// one of its conjuncts reads a single column; the rest (an `or` across columns) becomes one flag
// per row (query_internal.hpp).
#include "analysis/query_internal.hpp"

#include <pairaid/model/enum_names.hpp>

#include <algorithm>
#include <map>

PAIRAID_NAMESPACE_BEGIN
namespace query_detail {
namespace {

const Dataset& need_dataset(const QueryContext& ctx, const std::string& what) {
  if (!ctx.dataset)
    throw error(errc::invalid_argument, what + " needs the dataset the ledger refers to (QueryContext::dataset)");
  return *ctx.dataset;
}

// Buckets for consecutive days: a new bucket whenever the value is one not seen yet.
template <class F>
Mapper day_mapper(const Ledger& ledger, F value_of) {
  Mapper m;
  m.source = Column::day;
  const DayNumber first = ledger.first_day(), last = ledger.last_day();
  if (last < first) return m;
  m.table.resize(static_cast<std::size_t>(last - first) + 1);
  std::map<GroupValue, std::uint32_t> seen;
  GroupValue previous;
  std::uint32_t previous_bucket = 0;
  for (DayNumber d = first; d <= last; ++d) {
    GroupValue v = value_of(date_of_day(d));
    if (d == first || !(v == previous)) {
      auto [it, inserted] = seen.emplace(v, static_cast<std::uint32_t>(m.values.size()));
      if (inserted) m.values.push_back(v);
      previous_bucket = it->second;
      previous = std::move(v);
    }
    m.table[static_cast<std::size_t>(d - first)] = previous_bucket;
  }
  return m;
}

// Buckets over a dictionary: equal values share a bucket.
template <class F>
Mapper code_mapper(Column source, std::size_t codes, F value_of) {
  Mapper m;
  m.source = source;
  m.table.resize(codes);
  std::map<GroupValue, std::uint32_t> seen;
  for (std::size_t c = 0; c < codes; ++c) {
    GroupValue v = value_of(c);
    auto [it, inserted] = seen.emplace(v, static_cast<std::uint32_t>(m.values.size()));
    if (inserted) m.values.push_back(std::move(v));
    m.table[c] = it->second;
  }
  return m;
}

// The dataset's batches with a known tenure, checked not to overlap.
std::vector<const Batch*> tenured_batches(const Dataset& ds) {
  std::vector<const Batch*> out;
  for (const Batch& b : ds.batches())
    if (b.tenure) out.push_back(&b);
  std::sort(out.begin(), out.end(),
            [](const Batch* a, const Batch* b) { return a->tenure->begin() < b->tenure->begin(); });
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i - 1]->tenure->overlaps(*out[i]->tenure))
      throw error(errc::invalid_data, "batches '" + out[i - 1]->id.str() + "' and '" + out[i]->id.str() +
                                          "' have overlapping tenures, so a date does not name one batch");
  return out;
}

const Organisation& donor_in(const Dataset& ds, const std::string& id) {
  const Organisation* o = ds.find(OrganisationId(id));
  if (!o) throw error(errc::not_found, "donor '" + id + "' is in the ledger but not in the dataset");
  return *o;
}
const Area& area_in(const Dataset& ds, AreaCode code) {
  const Area* a = ds.find(code);
  if (!a) throw error(errc::not_found, "area " + code.to_string() + " is in the ledger but not in the dataset");
  return *a;
}

[[noreturn]] void iati_only(std::string_view what) {
  throw error(errc::invalid_argument,
              "ledgers, datasets and stores' transactions have no " + std::string(what) +
                  " (IATI activity files do); they answer year, quarter, month, fiscal_year:M, five_year_plan, "
                  "batch, donor, donor_kind, area, area:LEVEL, sector, currency and type");
}

// --- conditions ---------------------------------------------------------------------------------

using Field = Condition::Field;

Column column_of(Field f) {
  switch (f) {
    case Field::year:
    case Field::date:
    case Field::batch: return Column::day;
    case Field::donor:
    case Field::donor_kind: return Column::donor;
    case Field::area:
    case Field::within: return Column::area;
    case Field::sector: return Column::sector;
    case Field::type: return Column::type;
    case Field::currency: return Column::currency;
    case Field::activity:
    case Field::reporting_org:
    case Field::reporting_org_type:
    case Field::recipient_country: break;
  }
  iati_only("'" + std::string(Condition::name(f)) + "'");
}

[[noreturn]] void bad_value(const Condition::Test& t, const std::string& value, const std::string& expected) {
  // The value's column: the field's plus what precedes the value in the text is not kept, so
  // name the test instead.
  throw error(errc::parse, "column " + std::to_string(t.column) + ": expected " + expected + " in the " +
                               std::string(Condition::name(t.field)) + " test, found '" + value + "'");
}

std::size_t codes_of(Column c, const Ledger& ledger) {
  switch (c) {
    case Column::day: return ledger.empty() ? 0 : static_cast<std::size_t>(ledger.last_day() - ledger.first_day()) + 1;
    case Column::donor: return ledger.donor_ids().size();
    case Column::area: return ledger.areas().size();
    case Column::sector: return ledger.sectors().size();
    case Column::currency: return ledger.currencies().size();
    case Column::type: return transaction_type_count;
  }
  return 0;
}

// One test as a table over its column's codes (1 = the test holds for rows with that code).
std::vector<std::uint8_t> test_table(const Condition::Test& t, const Ledger& ledger, const QueryContext& ctx) {
  const Column column = column_of(t.field);
  const std::size_t n = codes_of(column, ledger);
  std::vector<std::uint8_t> table(n, 0);
  const DayNumber first = ledger.first_day();
  auto fill = [&](auto holds) {
    for (std::size_t c = 0; c < n; ++c) table[c] = holds(c) ? 1 : 0;
  };
  const bool negated = t.op == Condition::Op::not_equal;
  switch (t.field) {
    case Field::year:
    case Field::date:
      fill([&](std::size_t c) { return t.matches(std::optional(date_of_day(first + static_cast<DayNumber>(c)))); });
      break;
    case Field::batch: {
      const Dataset& ds = need_dataset(ctx, "a batch condition");
      std::vector<Period> tenures;
      for (const std::string& id : t.values) {
        const Batch* b = ds.find(BatchId(id));
        if (!b) throw error(errc::not_found, "batch '" + id + "' is not in the dataset");
        if (!b->tenure) throw error(errc::invalid_argument, "batch '" + id + "' has no known tenure to filter by");
        tenures.push_back(*b->tenure);
      }
      fill([&](std::size_t c) {
        const Date d = date_of_day(first + static_cast<DayNumber>(c));
        const bool in = std::any_of(tenures.begin(), tenures.end(), [&](const Period& p) { return p.contains(d); });
        return negated ? !in : in;
      });
      break;
    }
    case Field::donor: fill([&](std::size_t c) { return t.matches(ledger.donor_ids()[c]); }); break;
    case Field::donor_kind: {
      const Dataset& ds = need_dataset(ctx, "a donor_kind condition");
      for (const std::string& v : t.values)
        if (!organisation_kind_names.parse(v))
          bad_value(t, v, "a donor kind (" + organisation_kind_names.expected() + ")");
      fill([&](std::size_t c) {
        return t.matches(c == 0 ? std::string_view() : to_string(donor_in(ds, ledger.donor_ids()[c]).kind));
      });
      break;
    }
    case Field::area:
    case Field::within: {
      std::vector<AreaCode> areas;
      for (const std::string& v : t.values) {
        try {
          areas.push_back(AreaCode::parse(v));
        } catch (const error&) {
          bad_value(t, v, "a GB/T 2260 area code (six digits)");
        }
      }
      if (t.field == Field::area) {
        fill([&](std::size_t c) { return t.matches(c == 0 ? std::string() : ledger.areas()[c]->to_string()); });
        break;
      }
      const Dataset& ds = need_dataset(ctx, "a within condition");
      for (AreaCode a : areas) area_in(ds, a);
      fill([&](std::size_t c) {
        if (c == 0) return negated;
        const AreaCode code = area_in(ds, *ledger.areas()[c]).code;
        const bool in = std::any_of(areas.begin(), areas.end(), [&](AreaCode a) { return ds.within(code, a); });
        return negated ? !in : in;
      });
      break;
    }
    case Field::sector:
      for (const std::string& v : t.values) {
        try {
          (void)SectorCode::parse(v);
        } catch (const error&) {
          bad_value(t, v, "a DAC 5-digit sector code");
        }
      }
      fill([&](std::size_t c) { return t.matches(c == 0 ? std::string() : ledger.sectors()[c]->to_string()); });
      break;
    case Field::type: fill([&](std::size_t c) { return t.matches(static_cast<TransactionType>(c)); }); break;
    case Field::currency: fill([&](std::size_t c) { return t.matches(ledger.currencies()[c].code()); }); break;
    default: column_of(t.field);  // throws: the IATI-only fields
  }
  return table;
}

// ANDs `table` (per code) into the accept table `into` (all accepted when empty).
void narrow_by(std::vector<std::uint8_t>& into, const std::vector<std::uint8_t>& table) {
  if (into.empty()) {
    into = table;
    return;
  }
  for (std::size_t c = 0; c < into.size(); ++c) into[c] = into[c] & table[c];
}

std::vector<std::uint8_t>& accept_column(Accept& a, Column c) {
  switch (c) {
    case Column::day: return a.day;
    case Column::donor: return a.donor;
    case Column::area: return a.area;
    case Column::sector: return a.sector;
    case Column::currency: return a.currency;
    case Column::type: return a.type;
  }
  return a.day;
}

void add_condition(Accept& a, const Condition& cond, const Ledger& ledger, const QueryContext& ctx) {
  // One table per test (each checks its values and the context it needs, so errors come first).
  std::vector<std::vector<std::uint8_t>> tables;
  for (const Condition::Test& t : cond.tests()) tables.push_back(test_table(t, ledger, ctx));

  const Condition::Node& root = cond.nodes()[cond.root()];
  std::vector<std::size_t> conjuncts =
      root.kind == Condition::Node::Kind::all ? root.children : std::vector<std::size_t>{cond.root()};
  std::vector<std::size_t> mixed;  // conjuncts reading several columns
  for (std::size_t node : conjuncts) {
    std::vector<Column> columns;
    for (Field f : cond.fields(node))
      if (std::find(columns.begin(), columns.end(), column_of(f)) == columns.end()) columns.push_back(column_of(f));
    if (columns.size() != 1) {
      mixed.push_back(node);
      continue;
    }
    // The conjunct as a function of its one column's code: the fast path's accept table.
    const Column column = columns[0];
    const std::size_t n = codes_of(column, ledger);
    std::vector<std::uint8_t> table(n);
    for (std::size_t c = 0; c < n; ++c)
      table[c] = cond.holds(node, [&](std::size_t test) { return tables[test][c] != 0; }) ? 1 : 0;
    narrow_by(accept_column(a, column), table);
  }
  if (mixed.empty()) return;
  // The rest, row by row: each test's table looked up by the row's code in the test's column.
  const ColumnView v(ledger);
  std::vector<Column> test_columns;
  for (const Condition::Test& t : cond.tests()) test_columns.push_back(column_of(t.field));
  auto code = [&](Column c, std::size_t i) -> std::size_t {
    switch (c) {
      case Column::day: return static_cast<std::size_t>(v.days[i] - v.first);
      case Column::donor: return v.donor[i];
      case Column::area: return v.area[i];
      case Column::sector: return v.sector[i];
      case Column::currency: return v.currency[i];
      case Column::type: return v.type[i];
    }
    return 0;
  };
  a.rows.assign(v.n, 1);
  for (std::size_t i = 0; i < v.n; ++i)
    for (std::size_t node : mixed)
      if (!cond.holds(node, [&](std::size_t test) { return tables[test][code(test_columns[test], i)] != 0; })) {
        a.rows[i] = 0;
        break;
      }
}

// Narrows `table` (sized `n`, all accepted when empty) to the codes `keep` accepts.
template <class F>
void narrow(std::vector<std::uint8_t>& table, std::size_t n, F keep) {
  if (table.empty()) table.assign(n, 1);
  for (std::size_t c = 0; c < n; ++c)
    if (table[c] && !keep(c)) table[c] = 0;
}

}  // namespace

Mapper mapper_for(const Dimension& dim, const Ledger& ledger, const QueryContext& ctx) {
  using K = Dimension::Kind;
  switch (dim.kind()) {
    case K::year: return day_mapper(ledger, [](Date d) { return GroupValue{d.year()}; });
    case K::quarter: return day_mapper(ledger, [](Date d) { return GroupValue{quarter_of(d)}; });
    case K::month: return day_mapper(ledger, [](Date d) { return GroupValue{month_of(d)}; });
    case K::fiscal_year: {
      const FiscalCalendar cal = *dim.fiscal_calendar();
      return day_mapper(ledger, [cal](Date d) { return GroupValue{FiscalYearKey{cal.of(d).label}}; });
    }
    case K::five_year_plan:
      return day_mapper(ledger, [](Date d) {
        auto p = plan_of(d);
        return p ? GroupValue{PlanKey{p->ordinal}} : GroupValue{};
      });
    case K::batch: {
      const auto batches = tenured_batches(need_dataset(ctx, "grouping by batch"));
      return day_mapper(ledger, [&](Date d) {
        for (const Batch* b : batches)
          if (b->tenure->contains(d)) return GroupValue{BatchKey{b->ordinal, b->id}};
        return GroupValue{};
      });
    }
    case K::donor:
      return code_mapper(Column::donor, ledger.donor_ids().size(), [&](std::size_t c) {
        return c == 0 ? GroupValue{} : GroupValue{OrganisationId(ledger.donor_ids()[c])};
      });
    case K::donor_kind: {
      const Dataset& ds = need_dataset(ctx, "grouping by donor kind");
      return code_mapper(Column::donor, ledger.donor_ids().size(), [&](std::size_t c) {
        return c == 0 ? GroupValue{} : GroupValue{donor_in(ds, ledger.donor_ids()[c]).kind};
      });
    }
    case K::area: {
      if (!dim.area_level())
        return code_mapper(Column::area, ledger.areas().size(),
                           [&](std::size_t c) { return c == 0 ? GroupValue{} : GroupValue{*ledger.areas()[c]}; });
      const Dataset& ds = need_dataset(ctx, "grouping by area at a level");
      const AreaLevel level = *dim.area_level();
      return code_mapper(Column::area, ledger.areas().size(), [&](std::size_t c) {
        if (c == 0) return GroupValue{};
        const AreaCode code = *ledger.areas()[c];
        area_in(ds, code);
        // Its ancestor at the level, or (recorded above the level) the area itself.
        return GroupValue{ds.ancestor_at(code, level).value_or(code)};
      });
    }
    case K::sector:
      return code_mapper(Column::sector, ledger.sectors().size(),
                         [&](std::size_t c) { return c == 0 ? GroupValue{} : GroupValue{*ledger.sectors()[c]}; });
    case K::currency:
      return code_mapper(Column::currency, ledger.currencies().size(),
                         [&](std::size_t c) { return GroupValue{ledger.currencies()[c]}; });
    case K::type:
      return code_mapper(Column::type, transaction_type_count,
                         [](std::size_t c) { return GroupValue{static_cast<TransactionType>(c)}; });
    case K::activity:
    case K::reporting_org:
    case K::reporting_org_type:
    case K::recipient_country: iati_only("'" + dim.name() + "'");
  }
  throw error(errc::invalid_argument, "unknown dimension");
}

Accept accept_for(const Query& query, const Ledger& ledger, const QueryContext& ctx) {
  const Filter& f = query.where;
  Accept a;
  const DayNumber first = ledger.first_day();
  const std::size_t days = codes_of(Column::day, ledger);
  if (f.period) {
    const DayNumber lo = day_number(f.period->begin()), hi = day_number(f.period->end());
    narrow(a.day, days, [&](std::size_t i) {
      const DayNumber d = first + static_cast<DayNumber>(i);
      return lo <= d && d < hi;
    });
  }
  if (f.batches) {
    const Dataset& ds = need_dataset(ctx, "a batch filter");
    std::vector<Period> tenures;
    for (const BatchId& id : *f.batches) {
      const Batch* b = ds.find(id);
      if (!b) throw error(errc::not_found, "batch '" + id.str() + "' is not in the dataset");
      if (!b->tenure) throw error(errc::invalid_argument, "batch '" + id.str() + "' has no known tenure to filter by");
      tenures.push_back(*b->tenure);
    }
    narrow(a.day, days, [&](std::size_t i) {
      const Date d = date_of_day(first + static_cast<DayNumber>(i));
      return std::any_of(tenures.begin(), tenures.end(), [&](const Period& p) { return p.contains(d); });
    });
  }
  const auto& donors = ledger.donor_ids();
  if (f.donors)
    narrow(a.donor, donors.size(), [&](std::size_t c) {
      return c != 0 && std::any_of(f.donors->begin(), f.donors->end(),
                                   [&](const OrganisationId& id) { return id.str() == donors[c]; });
    });
  if (f.donor_kinds) {
    const Dataset& ds = need_dataset(ctx, "a donor-kind filter");
    narrow(a.donor, donors.size(), [&](std::size_t c) {
      return c != 0 && std::find(f.donor_kinds->begin(), f.donor_kinds->end(), donor_in(ds, donors[c]).kind) !=
                           f.donor_kinds->end();
    });
  }
  const auto& areas = ledger.areas();
  if (f.areas)
    narrow(a.area, areas.size(), [&](std::size_t c) {
      return c != 0 && std::find(f.areas->begin(), f.areas->end(), *areas[c]) != f.areas->end();
    });
  if (f.within) {
    const Dataset& ds = need_dataset(ctx, "an area-subtree filter");
    area_in(ds, *f.within);
    narrow(a.area, areas.size(),
           [&](std::size_t c) { return c != 0 && ds.within(area_in(ds, *areas[c]).code, *f.within); });
  }
  if (f.sectors)
    narrow(a.sector, ledger.sectors().size(), [&](std::size_t c) {
      return c != 0 && std::find(f.sectors->begin(), f.sectors->end(), *ledger.sectors()[c]) != f.sectors->end();
    });
  if (f.types)
    narrow(a.type, transaction_type_count, [&](std::size_t c) {
      return std::find(f.types->begin(), f.types->end(), static_cast<TransactionType>(c)) != f.types->end();
    });
  if (f.currencies)
    narrow(a.currency, ledger.currencies().size(), [&](std::size_t c) {
      return std::find(f.currencies->begin(), f.currencies->end(), ledger.currencies()[c]) != f.currencies->end();
    });
  if (query.condition) add_condition(a, *query.condition, ledger, ctx);
  return a;
}

}  // namespace query_detail
PAIRAID_NAMESPACE_END
