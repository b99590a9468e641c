// The model's invariants on content built in C++: each rule of model/violation.hpp is triggered by
// the smallest change to a valid dataset, and reported with its stable name and JSON pointer.
// (Files and their line:col are the JSON reader's tests: dataset_json_test.cpp.)
#include <pairaid/model.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

using namespace pairaid;

namespace {

Date d(const char* iso) { return parse_date(iso); }
AreaCode code(const char* c) { return AreaCode::parse(c); }
Figure<People> headcount(Qualifier q, int n) { return Figure<People>{Reported<People>(q, people(n)), "", SourceId()}; }
AnyFigure count_figure(Qualifier q, int n, QuantityKind kind = QuantityKind::organisations) {
  switch (kind) {
    case QuantityKind::organisations:
      return AnyFigure{Reported<Organisations>(q, organisations(n)), "", SourceId(), {}};
    case QuantityKind::patients: return AnyFigure{Reported<Patients>(q, patients(n)), "", SourceId(), {}};
    default: return AnyFigure{Reported<People>(q, people(n)), "", SourceId(), {}};
  }
}

// A small valid program: Xizang, Lhasa, Chengguan; a donor; two batches; a donors indicator.
DatasetContent valid() {
  DatasetContent c;
  c.sources.push_back(Source{SourceId("article"), "30 years of support for development", "ecns.cn", d("2024-09-03"), "",
                             Person{"Song Liqiang", "team leader"}, "from 622 ... to 2,117", ""});
  c.areas.push_back(Area{code("540000"), "Xizang", "西藏自治区", AreaLevel::region, std::nullopt, {}, {}});
  c.areas.push_back(Area{code("540100"), "Lhasa City", "拉萨市", AreaLevel::prefecture, code("540000"), {}, {}});
  c.areas.push_back(Area{code("540102"), "Chengguan District", "城关区", AreaLevel::county, code("540100"), {}, {}});
  c.areas.push_back(
      Area{code("540200"), "Xigaze City", "日喀则市", AreaLevel::prefecture, code("540000"), {"Shigatse"}, {}});
  c.areas.push_back(Area{code("540228"), "Bainang County", "白朗县", AreaLevel::county, code("540200"), {"Panam"}, {}});
  c.organisations.push_back(Organisation{OrganisationId("beijing"),
                                         "Beijing",
                                         "北京市",
                                         OrganisationKind::municipality,
                                         {OrganisationRole::donor},
                                         {},
                                         {}});
  c.organisations.push_back(Organisation{OrganisationId("org-dept"),
                                         "Organization Department",
                                         "",
                                         OrganisationKind::central_state_organ,
                                         {OrganisationRole::coordinator},
                                         {},
                                         {}});
  c.programs.push_back(
      Program{ProgramId("aid-xizang"), "Aid Xizang", "对口援藏", code("540000"), 1994, std::nullopt, "", {}});
  c.pairings.push_back(
      Pairing{OrganisationId("beijing"), code("540100"), ProgramId("aid-xizang"), d("1994-07-01"), std::nullopt, {}});
  Batch first{
      BatchId("b1"), ProgramId("aid-xizang"), 1, std::nullopt, headcount(Qualifier::exact, 622), {}, {}, {}, {}, ""};
  Batch second{BatchId("b2"), ProgramId("aid-xizang"), 2, std::nullopt, std::nullopt, {}, {}, {}, {}, "size unknown"};
  c.batches = {first, second};
  Indicator donors;
  donors.id = IndicatorId("donors");
  donors.measure = Measure::donors_designated;
  donors.kind = QuantityKind::organisations;
  donors.scope = Scope{ProgramId("aid-xizang"), std::nullopt, std::nullopt};
  Observation o;
  o.actual = count_figure(Qualifier::exact, 122);
  o.breakdowns.push_back(
      Breakdown{"donor_kind",
                true,
                {BreakdownItem{"provinces", "provinces and cities", count_figure(Qualifier::exact, 17)},
                 BreakdownItem{"organs", "central organs", count_figure(Qualifier::exact, 78)},
                 BreakdownItem{"soes", "central SOEs", count_figure(Qualifier::exact, 27)}}});
  donors.observations.push_back(o);
  c.indicators.push_back(donors);
  return c;
}

// The single violation a content has (the test fails if there are none or several).
Violation only_violation(const DatasetContent& c) {
  auto v = find_violations(c);
  for (const auto& x : v) BOOST_TEST_MESSAGE(x.pointer << ": " << x.message);
  BOOST_TEST_REQUIRE(v.size() == 1u);
  return v.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(model)

BOOST_AUTO_TEST_CASE(a_valid_program_builds_and_indexes) {
  const Dataset ds = Dataset::build(valid());
  BOOST_TEST(find_violations(ds.content()).empty());
  BOOST_TEST_REQUIRE(ds.find(OrganisationId("beijing")) != nullptr);
  BOOST_TEST(ds.find(OrganisationId("beijing"))->kind == OrganisationKind::municipality);
  BOOST_TEST(ds.find(OrganisationId("nobody")) == nullptr);
  BOOST_TEST(ds.find(BatchId("b2"))->headcount.has_value() == false);  // unknown, not zero
  BOOST_TEST(ds.batches_of(ProgramId("aid-xizang")).size() == 2u);
  BOOST_TEST(ds.indicators_of(Measure::donors_designated).size() == 1u);
}

BOOST_AUTO_TEST_CASE(area_hierarchy_queries) {
  const Dataset ds = Dataset::build(valid());
  BOOST_TEST(ds.within(code("540228"), code("540000")));
  BOOST_TEST(ds.within(code("540228"), code("540200")));
  BOOST_TEST(!ds.within(code("540228"), code("540100")));
  BOOST_TEST(ds.within(code("540100"), code("540100")));
  const auto tree = ds.subtree(code("540000"));
  BOOST_TEST_REQUIRE(tree.size() == 5u);
  BOOST_TEST(tree.front().value() == 540000u);
  // Parents come before their children.
  auto pos = [&](const char* c) { return std::find(tree.begin(), tree.end(), code(c)) - tree.begin(); };
  BOOST_TEST(pos("540200") < pos("540228"));
  BOOST_TEST(ds.subtree(code("540200")).size() == 2u);
  BOOST_TEST(ds.subtree(code("999999")).empty());
  BOOST_TEST(ds.ancestor_at(code("540228"), AreaLevel::prefecture)->value() == 540200u);
  BOOST_TEST(!ds.ancestor_at(code("540100"), AreaLevel::county).has_value());
  BOOST_TEST(ds.children(code("540000")).size() == 2u);
}

BOOST_AUTO_TEST_CASE(areas_are_found_by_any_name) {
  const Dataset ds = Dataset::build(valid());
  BOOST_TEST(ds.find_area_named("Panam")->code.value() == 540228u);
  BOOST_TEST(ds.find_area_named("panam county")->code.value() == 540228u);
  BOOST_TEST(ds.find_area_named("Bainang")->code.value() == 540228u);
  BOOST_TEST(ds.find_area_named("白朗县")->code.value() == 540228u);
  BOOST_TEST(ds.find_area_named("Shigatse")->code.value() == 540200u);
  BOOST_TEST(ds.find_area_named("Nowhere") == nullptr);
}

BOOST_AUTO_TEST_CASE(build_refuses_and_names_every_violation) {
  DatasetContent c = valid();
  c.batches[1].id = BatchId("b1");
  c.pairings[0].donor = OrganisationId("org-dept");
  try {
    (void)Dataset::build(c);
    BOOST_FAIL("a dataset with violations was built");
  } catch (const validation_error& e) {
    BOOST_TEST(e.code() == errc::invalid_data);
    BOOST_TEST_REQUIRE(e.violations().size() == 2u);
    BOOST_TEST(e.violations()[0].rule == Rule::duplicate_id);
    BOOST_TEST(e.violations()[0].pointer == "/batches/1/id");
    BOOST_TEST(e.violations()[1].rule == Rule::not_a_donor);
    BOOST_TEST(std::string(e.what()).find("(and 1 more)") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(ids_must_be_well_formed) {
  DatasetContent c = valid();
  c.organisations[0].id = OrganisationId(" beijing");
  auto v = find_violations(c);
  BOOST_TEST_REQUIRE(!v.empty());
  BOOST_TEST(v.front().rule == Rule::invalid_id);
  BOOST_TEST(v.front().pointer == "/organisations/0/id");
  BOOST_CHECK_EXCEPTION(AreaCode::parse("54022"), error, pairaid_test::code_is(errc::parse));
  BOOST_CHECK_EXCEPTION(AreaCode::parse("54022x"), error, pairaid_test::code_is(errc::parse));
  BOOST_CHECK_EXCEPTION(AreaCode::parse("040228"), error, pairaid_test::code_is(errc::parse));
  BOOST_CHECK_EXCEPTION(SectorCode::parse("3116"), error, pairaid_test::code_is(errc::parse));
  BOOST_TEST(SectorCode::parse("31161").value() == 31161u);
}

BOOST_AUTO_TEST_CASE(duplicate_area_codes_are_refused) {
  DatasetContent c = valid();
  c.areas.push_back(c.areas[2]);
  const Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::duplicate_id);
  BOOST_TEST(v.pointer == "/areas/5/code");
}

BOOST_AUTO_TEST_CASE(references_must_resolve) {
  DatasetContent c = valid();
  c.pairings[0].area = code("540300");  // not in the dataset
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::dangling_reference);
  BOOST_TEST(v.pointer == "/pairings/0/area");

  c = valid();
  c.batches[0].program = ProgramId("aid-qinghai");
  v = only_violation(c);
  BOOST_TEST(v.rule == Rule::dangling_reference);
  BOOST_TEST(v.pointer == "/batches/0/program");

  c = valid();
  c.batches[0].headcount->source = SourceId("missing");
  v = only_violation(c);
  BOOST_TEST(v.pointer == "/batches/0/headcount/source");

  c = valid();
  c.transactions.push_back(Transaction{std::nullopt, ProjectId("p-none"), std::nullopt, std::nullopt, std::nullopt,
                                       TransactionType::disbursement, d("2023-05-01"),
                                       Money::parse("1", Currency::of("CNY")), std::nullopt});
  v = only_violation(c);
  BOOST_TEST(v.rule == Rule::dangling_reference);
  BOOST_TEST(v.pointer == "/transactions/0/project");
}

BOOST_AUTO_TEST_CASE(pairings_name_donors_inside_the_program_area_in_order) {
  DatasetContent c = valid();
  c.pairings[0].donor = OrganisationId("org-dept");
  BOOST_TEST(only_violation(c).rule == Rule::not_a_donor);

  c = valid();
  c.areas.push_back(Area{code("630000"), "Qinghai", "青海省", AreaLevel::region, std::nullopt, {}, {}});
  c.pairings[0].area = code("630000");
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::invalid_value);
  BOOST_TEST(v.message.find("outside the program's recipient area") != std::string::npos);

  c = valid();
  c.pairings[0].valid_until = d("1994-07-01");  // ends the day it begins
  v = only_violation(c);
  BOOST_TEST(v.rule == Rule::reversed_period);
  BOOST_TEST(v.pointer == "/pairings/0/valid_until");
}

BOOST_AUTO_TEST_CASE(area_levels_must_nest) {
  DatasetContent c = valid();
  c.areas[2].parent = code("540000");  // a county directly under the region
  BOOST_TEST(only_violation(c).rule == Rule::bad_hierarchy);
  c = valid();
  c.areas[0].parent = code("540100");  // a region with a parent
  BOOST_TEST(only_violation(c).rule == Rule::bad_hierarchy);
  c = valid();
  c.areas[1].parent.reset();  // a prefecture without one (and so Lhasa's pairing is outside Xizang)
  const auto v = find_violations(c);
  BOOST_TEST_REQUIRE(v.size() == 2u);
  BOOST_TEST(v[0].rule == Rule::bad_hierarchy);
  BOOST_TEST(v[0].pointer == "/areas/1/level");
  BOOST_TEST(v[1].pointer == "/pairings/0/area");
}

BOOST_AUTO_TEST_CASE(batch_ordinals_are_positive_and_unique) {
  DatasetContent c = valid();
  c.batches[1].ordinal = 1;
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::duplicate_ordinal);
  BOOST_TEST(v.pointer == "/batches/1/ordinal");
  c.batches[1].ordinal = 0;
  BOOST_TEST(only_violation(c).rule == Rule::invalid_value);
}

BOOST_AUTO_TEST_CASE(batch_parts_may_not_exceed_the_headcount_taking_qualifiers_into_account) {
  DatasetContent c = valid();
  c.organisations.push_back(Organisation{
      OrganisationId("jiangsu"), "Jiangsu", "江苏省", OrganisationKind::province, {OrganisationRole::donor}, {}, {}});
  Batch& b = c.batches[0];
  b.by_donor.push_back(DonorHeadcount{OrganisationId("beijing"), headcount(Qualifier::exact, 300)});
  b.by_donor.push_back(DonorHeadcount{OrganisationId("jiangsu"), headcount(Qualifier::exact, 322)});
  BOOST_TEST(find_violations(c).empty());  // 300 + 322 = 622: the whole batch

  b.by_donor[1].headcount = headcount(Qualifier::exact, 323);  // 623 > 622
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::breakdown_exceeds_total);
  BOOST_TEST(v.pointer == "/batches/0/by_donor");

  // "more than 300" + 322 could be 623 or more, but also exactly... no: at least 623 > 622.
  b.by_donor[1].headcount = headcount(Qualifier::exact, 322);
  b.by_donor[0].headcount = headcount(Qualifier::more_than, 300);
  BOOST_TEST(only_violation(c).rule == Rule::breakdown_exceeds_total);

  // With a vague total ("nearly 700" = [630, 699]) the same parts fit.
  b.headcount = headcount(Qualifier::nearly, 700);
  BOOST_TEST(find_violations(c).empty());

  // A donor listed twice would be counted twice.
  b.by_donor[1].donor = OrganisationId("beijing");
  BOOST_TEST(only_violation(c).rule == Rule::duplicate_id);
}

BOOST_AUTO_TEST_CASE(indicator_figures_must_count_the_indicator_kind) {
  DatasetContent c = valid();
  c.indicators[0].observations[0].actual = count_figure(Qualifier::exact, 122, QuantityKind::people);
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::kind_mismatch);
  BOOST_TEST(v.pointer == "/indicators/0/observations/0/actual");

  c = valid();
  c.indicators[0].kind = QuantityKind::people;  // donors_designated counts organisations
  auto all = find_violations(c);
  BOOST_TEST_REQUIRE(!all.empty());
  BOOST_TEST(all.front().rule == Rule::kind_mismatch);
  BOOST_TEST(all.front().pointer == "/indicators/0/kind");

  c = valid();
  c.indicators[0].observations[0].actual->equivalent =
      Reported<Money>(Qualifier::about, Money::parse("1", Currency::of("USD")));
  BOOST_TEST(only_violation(c).rule == Rule::invalid_value);
}

BOOST_AUTO_TEST_CASE(breakdowns_against_their_totals) {
  DatasetContent c = valid();
  auto& obs = c.indicators[0].observations[0];
  obs.actual = count_figure(Qualifier::exact, 121);  // 17 + 78 + 27 = 122, declared exhaustive
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::breakdown_exceeds_total);
  BOOST_TEST(v.pointer == "/indicators/0/observations/0/breakdowns/0");

  obs.actual = count_figure(Qualifier::exact, 123);  // exhaustive parts can never reach 123
  v = only_violation(c);
  BOOST_TEST(v.rule == Rule::breakdown_misses_total);

  obs.breakdowns[0].exhaustive = false;  // some of the parts: 122 <= 123 is fine
  BOOST_TEST(find_violations(c).empty());

  obs.breakdowns[0].exhaustive = true;
  obs.actual = count_figure(Qualifier::nearly, 130);  // [117, 129] allows 122
  BOOST_TEST(find_violations(c).empty());

  obs.breakdowns[0].items[2].value.reset();  // an unknown part: 17 + 78 + ? may still reach 123
  obs.actual = count_figure(Qualifier::exact, 123);
  BOOST_TEST(find_violations(c).empty());

  obs.breakdowns[0].items[1].key = "provinces";
  BOOST_TEST(only_violation(c).rule == Rule::duplicate_id);
}

BOOST_AUTO_TEST_CASE(summed_indicators_may_not_count_a_period_twice) {
  DatasetContent c = valid();
  Indicator& ind = c.indicators[0];
  ind.observations[0].breakdowns.clear();
  ind.observations[0].period = Period::years(2020, 2022);
  Observation later;
  later.period = Period::years(2022, 2023);
  later.actual = count_figure(Qualifier::exact, 5);
  ind.observations.push_back(later);
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::overlapping_periods);
  BOOST_TEST(v.pointer == "/indicators/0/observations/1/period");

  ind.aggregation = Aggregation::latest;  // the latest value stands: overlap is harmless
  BOOST_TEST(find_violations(c).empty());
  ind.aggregation = Aggregation::sum;
  ind.observations[1].period = Period::years(2023, 2024);  // adjacent, not overlapping
  BOOST_TEST(find_violations(c).empty());
}

BOOST_AUTO_TEST_CASE(reported_figures_and_periods_refuse_impossible_values_at_construction) {
  // The model cannot even hold these; the JSON reader turns them into negative_count / reversed_period.
  BOOST_CHECK_EXCEPTION(Reported<People>(Qualifier::exact, people(-1)), error,
                        pairaid_test::code_is(errc::invalid_argument));
  BOOST_CHECK_EXCEPTION(Period(d("2025-01-01"), d("2021-01-01")), error, pairaid_test::code_is(errc::invalid_argument));
}

BOOST_AUTO_TEST_CASE(exchange_rates_are_cited_and_not_repeated) {
  DatasetContent c = valid();
  c.exchange_rates.push_back(
      FxRate{d("2023-01-01"), Currency::of("USD"), Currency::of("CNY"), Decimal::parse("7.0809"), "FRED"});
  BOOST_TEST(find_violations(c).empty());
  const Dataset ds = Dataset::build(c);
  const auto conv =
      ds.fx_table().convert(Money::parse("7.0809", Currency::of("CNY")), Currency::of("USD"), d("2023-06-30"));
  BOOST_TEST(conv.amount == Money::parse("1.00", Currency::of("USD")));

  c.exchange_rates.push_back(
      FxRate{d("2023-01-01"), Currency::of("CNY"), Currency::of("USD"), Decimal::parse("0.14"), "x"});
  BOOST_TEST(only_violation(c).pointer == "/exchange_rates/1");
  c.exchange_rates.pop_back();
  c.exchange_rates[0].source.clear();
  BOOST_TEST(only_violation(c).pointer == "/exchange_rates/0/source");
}

BOOST_AUTO_TEST_CASE(any_reported_is_read_back_only_as_its_own_kind) {
  const AnyFigure f = count_figure(Qualifier::nearly, 12000, QuantityKind::people);
  BOOST_TEST(f.kind() == QuantityKind::people);
  BOOST_TEST(f.as<People>().value.value() == people(12000));
  BOOST_CHECK_EXCEPTION(f.as<Patients>(), error,
                        pairaid_test::code_and_message(errc::invalid_argument, "people", "patients"));
  BOOST_TEST(to_string(QuantityKind::money) == "money");
  BOOST_TEST(parse_quantity_kind("patients") == QuantityKind::patients);
  BOOST_TEST(!parse_quantity_kind("patient").has_value());
  static_assert(quantity_kind_of<Hospitals>() == QuantityKind::hospitals);
  static_assert(quantity_kind_of<Money>() == QuantityKind::money);
}

BOOST_AUTO_TEST_CASE(enum_words_round_trip_and_say_what_is_allowed) {
  BOOST_TEST(organisation_kind_names.parse("central_soe") == OrganisationKind::central_soe);
  BOOST_TEST(!organisation_kind_names.parse("soe").has_value());
  BOOST_TEST(area_level_names.expected() == "\"region\", \"prefecture\" or \"county\"");
  BOOST_TEST(iati_code(TransactionType::disbursement) == 3);
  BOOST_TEST(iati_code(TransactionType::investment_attracted) == 0);
  BOOST_TEST(transaction_type_from_iati(11) == TransactionType::incoming_commitment);
  BOOST_TEST(!transaction_type_from_iati(14).has_value());
  BOOST_TEST(iati_code(ProjectStatus::closed) == 4);
  BOOST_TEST(to_string(Rule::breakdown_exceeds_total) == "breakdown_exceeds_total");
}

BOOST_AUTO_TEST_CASE(plural_orders_hold_the_order_itself) {
  DatasetContent c = valid();
  c.indicators[0].observations[0].breakdowns.clear();
  c.indicators[0].observations[0].actual = count_figure(Qualifier::hundreds_of, 100);
  BOOST_TEST(find_violations(c).empty());
  c.indicators[0].observations[0].actual = count_figure(Qualifier::hundreds_of, 300);  // "hundreds of" is not 300
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::invalid_value);
  BOOST_TEST(v.pointer == "/indicators/0/observations/0/actual/value");
  c = valid();
  c.batches[0].headcount = headcount(Qualifier::dozens_of, 10);
  BOOST_TEST(only_violation(c).pointer == "/batches/0/headcount/value");
}

BOOST_AUTO_TEST_CASE(periods_cover_at_least_one_day) {
  DatasetContent c = valid();
  c.batches[0].tenure = Period(d("2022-07-01"), d("2022-07-01"));
  Violation v = only_violation(c);
  BOOST_TEST(v.rule == Rule::reversed_period);
  BOOST_TEST(v.pointer == "/batches/0/tenure");
}

BOOST_AUTO_TEST_CASE(pointers_escape_attribute_keys) {
  DatasetContent c = valid();
  c.indicators[0].attributes = {{"grade/level~1", "A"}, {"grade/level~1", "B"}};
  BOOST_TEST(only_violation(c).pointer == "/indicators/0/attributes/grade~1level~01");
}

BOOST_AUTO_TEST_SUITE_END()
