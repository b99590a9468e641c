// The JSON dataset format (docs/dataset-format.md): a valid file loads with every value where the
// format says, writing and reading again gives the same dataset, and each kind of bad file is
// refused with FILE:LINE:COL, the JSON pointer and a stable code (tests/data/datasets/invalid,
// listed with their expected locations in EXPECTED.tsv). Also the JSON locator that finds those
// line:col positions and duplicate member names.
#include <pairaid/io/dataset_json.hpp>

#include "io/json_locator.hpp"  // internal to lib/, tested here on its own
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>  // getpid

using namespace pairaid;
namespace loc = pairaid::io_detail;

namespace {

const std::string kData = std::string(PAIRAID_SOURCE_DIR) + "/tests/data/datasets";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot open " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Date d(const char* iso) { return parse_date(iso); }
Decimal dec(const char* text) { return Decimal::parse(text); }

// The diagnostics of a text that must not load.
std::vector<io::Diagnostic> refusal(const std::string& text, errc expected = errc::parse) {
  try {
    (void)io::parse_dataset(text, "t.json");
  } catch (const io::load_error& e) {
    BOOST_TEST_MESSAGE(e.what());
    BOOST_TEST(e.code() == expected);
    return e.diagnostics();
  }
  BOOST_FAIL("the text loaded, but should have been refused");
  return {};
}

// A dataset text with `members` after format and version.
std::string dataset_with(const std::string& members) {
  return "{\"format\": \"pairaid-dataset\", \"version\": 1" + (members.empty() ? "" : ", " + members) + "}";
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t')
      out.emplace_back();
    else if (c != '\r')
      out.back() += c;
  }
  return out;
}

const char* kMinimalAreas =
    R"("areas": [{"code": "540000", "name_en": "Xizang", "level": "region"}],
       "programs": [{"id": "aid", "recipient_area": "540000", "start_year": 1994}])";

}  // namespace

BOOST_AUTO_TEST_SUITE(dataset_json)

// --- valid files ----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(minimal_file_loads_with_its_values) {
  const Dataset ds = io::load_dataset(kData + "/valid/minimal.json");
  BOOST_TEST(ds.content().title == "Smallest useful dataset: one donor paired with one prefecture");
  BOOST_TEST(ds.areas().size() == 3u);
  BOOST_TEST(ds.within(AreaCode::of(540228), AreaCode::of(540000)));
  BOOST_TEST_REQUIRE(ds.pairings().size() == 1u);
  BOOST_TEST(ds.pairings()[0].donor.str() == "shandong");
  BOOST_TEST(ds.pairings()[0].valid_from == d("1995-01-01"));
  BOOST_TEST(!ds.pairings()[0].valid_until.has_value());
  BOOST_TEST_REQUIRE(ds.batches().size() == 1u);
  BOOST_TEST_REQUIRE(ds.batches()[0].headcount.has_value());
  BOOST_TEST(ds.batches()[0].headcount->value == Reported<People>::exact(people(622)));
  BOOST_TEST(ds.batches()[0].headcount->source.str() == "seed");
  BOOST_TEST(ds.batches()[0].headcount->wording.empty());
  BOOST_TEST(ds.transactions().empty());  // an omitted array is empty
}

BOOST_AUTO_TEST_CASE(complete_file_loads_every_member) {
  const Dataset ds = io::load_dataset(kData + "/valid/complete.json");
  const DatasetContent& c = ds.content();
  BOOST_TEST(c.description.starts_with("A test dataset"));

  BOOST_TEST_REQUIRE(c.sources.size() == 2u);
  const Source& song = c.sources[0];
  BOOST_TEST(song.publisher == "China News Service");
  BOOST_TEST(song.date == d("2024-09-03"));
  BOOST_TEST_REQUIRE(song.person.has_value());
  BOOST_TEST(song.person->name == "Song Liqiang");
  BOOST_TEST(song.note == "Reported speech; \"Xizang\" is the region's name in the article (西藏).");
  BOOST_TEST(!c.sources[1].date.has_value());
  BOOST_TEST(!c.sources[1].person.has_value());

  BOOST_TEST_REQUIRE(c.exchange_rates.size() == 2u);
  BOOST_TEST(c.exchange_rates[1].rate == dec("7.1957"));
  BOOST_TEST(c.exchange_rates[1].base == Currency::of("USD"));
  BOOST_TEST(
      ds.fx_table().convert(Money(dec("100"), Currency::of("USD")), Currency::of("CNY"), d("2024-06-01")).amount ==
      Money(dec("719.57"), Currency::of("CNY")));

  const Area* bainang = ds.find(AreaCode::of(540228));
  BOOST_TEST_REQUIRE(bainang);
  BOOST_TEST(bainang->name_zh == "白朗县");
  BOOST_TEST((bainang->level == AreaLevel::county));
  BOOST_TEST(ds.find_area_named("Panam") == bainang);
  BOOST_TEST((ds.ancestor_at(AreaCode::of(540228), AreaLevel::region) == std::optional(AreaCode::of(540000))));
  BOOST_TEST(ds.children(AreaCode::of(540000)).size() == 2u);

  const Organisation* shandong = ds.find(OrganisationId("shandong"));
  BOOST_TEST_REQUIRE(shandong);
  BOOST_TEST((shandong->kind == OrganisationKind::province));
  BOOST_TEST(shandong->has_role(OrganisationRole::donor));
  BOOST_TEST_REQUIRE(shandong->codes.size() == 1u);
  BOOST_TEST(shandong->codes[0].code == "370000");
  BOOST_TEST(ds.find(OrganisationId("women-fed"))->roles.size() == 2u);
  BOOST_TEST((ds.find(OrganisationId("state-grid"))->kind == OrganisationKind::central_soe));

  const Program* aid = ds.find(ProgramId("aid-xizang"));
  BOOST_TEST_REQUIRE(aid);
  BOOST_TEST(aid->start_year == 1994);
  BOOST_TEST(aid->decided_on == std::optional(d("1994-07-20")));
  BOOST_TEST(c.pairings[0].valid_until == std::optional(d("2001-01-01")));

  const Batch* first = ds.find(BatchId("batch-01"));
  BOOST_TEST_REQUIRE(first);
  BOOST_TEST(first->tenure == std::optional(Period::inclusive(d("1995-05-01"), d("1998-04-30"))));
  BOOST_TEST_REQUIRE(first->by_donor.size() == 2u);
  BOOST_TEST(first->by_donor[0].headcount.value == Reported<People>(Qualifier::about, people(100)));
  BOOST_TEST(first->by_donor[1].headcount.source.str() == "seed-plain");
  BOOST_TEST_REQUIRE(first->by_category.size() == 2u);
  BOOST_TEST((first->by_category[1].category == PersonnelCategory::professional_technical));
  BOOST_TEST(first->by_category[1].headcount.value == Reported<People>(Qualifier::less_than, people(200)));
  BOOST_TEST_REQUIRE(first->leader.has_value());
  BOOST_TEST(first->leader->person.role == "team leader");
  BOOST_TEST(first->note == "The first batch.");
  BOOST_TEST(ds.find(BatchId("batch-11"))->headcount->value == Reported<People>(Qualifier::hundreds_of, people(100)));
  BOOST_TEST(ds.batches_of(ProgramId("aid-xizang")).size() == 3u);

  const Project* park = ds.find(ProjectId("bainang-park"));
  BOOST_TEST_REQUIRE(park);
  BOOST_TEST(park->sector->value() == 31161u);
  BOOST_TEST((park->tags == std::vector{ProjectTag::industrial_park, ProjectTag::agriculture}));
  BOOST_TEST((park->status == std::optional(ProjectStatus::closed)));
  BOOST_TEST(park->period->last() == d("2017-12-31"));
  BOOST_TEST(!ds.find(ProjectId("lhasa-school"))->program.has_value());

  BOOST_TEST_REQUIRE(c.transactions.size() == 4u);
  BOOST_TEST(c.transactions[0].id->str() == "tx-1");
  BOOST_TEST((c.transactions[0].type == TransactionType::commitment));
  BOOST_TEST(c.transactions[1].value == Money(dec("4500000.5"), Currency::of("CNY")));
  BOOST_TEST(c.transactions[1].fx_date() == d("2015-07-01"));
  BOOST_TEST(c.transactions[2].value == Money(dec("-250000.25"), Currency::of("CNY")));
  BOOST_TEST(c.transactions[2].fx_date() == d("2015-09-01"));
  BOOST_TEST((c.transactions[3].type == TransactionType::investment_attracted));

  const Indicator* patients = ds.find(IndicatorId("patients-treated"));
  BOOST_TEST_REQUIRE(patients);
  BOOST_TEST((patients->kind == QuantityKind::patients));
  BOOST_TEST((patients->baseline->kind() == QuantityKind::patients));
  BOOST_TEST(patients->baseline_date == std::optional(d("1994-12-31")));
  BOOST_TEST_REQUIRE(patients->observations.size() == 2u);
  const Observation& o = patients->observations[0];
  BOOST_TEST(get<Patients>(o.actual->value) == Reported<Patients>(Qualifier::more_than, pairaid::patients(8300)));
  BOOST_TEST(o.actual->wording == "more than 8,300");
  BOOST_TEST(get<Patients>(o.target->value) == Reported<Patients>(Qualifier::at_least, pairaid::patients(5000)));
  BOOST_TEST_REQUIRE(o.breakdowns.size() == 2u);
  BOOST_TEST(!o.breakdowns[0].exhaustive);
  BOOST_TEST(o.breakdowns[1].exhaustive);
  BOOST_TEST_REQUIRE(o.breakdowns[0].items.size() == 3u);
  BOOST_TEST(o.breakdowns[0].items[1].label == "congenital heart disease");
  BOOST_TEST(!o.breakdowns[0].items[2].value.has_value());
  BOOST_TEST(!patients->observations[1].actual.has_value());

  const Indicator* investment = ds.find(IndicatorId("investment"));
  BOOST_TEST_REQUIRE(investment);
  BOOST_TEST((investment->aggregation == Aggregation::sum));  // omitted: the default
  BOOST_TEST(investment->scope.donor->str() == "shandong");
  const AnyFigure& actual = *investment->observations[0].actual;
  BOOST_TEST(get<Money>(actual.value) == Reported<Money>::exact(Money(dec("25170000000"), Currency::of("CNY"))));
  BOOST_TEST_REQUIRE(actual.equivalent.has_value());
  BOOST_TEST((*actual.equivalent == Reported<Money>(Qualifier::about, Money(dec("3500000000"), Currency::of("USD")))));

  const Indicator* hospitals = ds.find(IndicatorId("hospitals-3a"));
  BOOST_TEST((hospitals->aggregation == Aggregation::latest));
  using Attribute = std::pair<std::string, std::string>;
  BOOST_TEST(
      (hospitals->attributes == std::vector<Attribute>{{"grade", "triple A"}, {"path/with~tilde", "kept in order"}}));
  BOOST_TEST((ds.find(IndicatorId("cadres-per-year"))->aggregation == Aggregation::ratio_of_sums));
}

BOOST_AUTO_TEST_CASE(written_files_read_back_equal_and_writing_is_a_fixed_point) {
  for (const char* name : {"minimal.json", "complete.json"}) {
    BOOST_TEST_CONTEXT(name) {
      const Dataset ds = io::load_dataset(kData + "/valid/" + name);
      const std::string written = io::write_dataset(ds);
      const Dataset again = io::parse_dataset(written, "written");
      BOOST_TEST((again == ds));
      BOOST_TEST(io::write_dataset(again) == written);
    }
  }
}

BOOST_AUTO_TEST_CASE(writer_prints_the_documented_shapes) {
  const std::string w = io::write_dataset(io::load_dataset(kData + "/valid/complete.json"));
  // complete.json uses every member, version 2's too, so it is written as version 2 (a dataset
  // without them stays version 1: sources_test.cpp).
  BOOST_TEST(w.starts_with("{\n  \"format\": \"pairaid-dataset\",\n  \"version\": 2,\n  \"title\": "));
  BOOST_TEST(w.ends_with("}\n"));
  // Counts are integers, money amounts exact decimal strings, dates ISO days.
  BOOST_TEST(w.find("\"value\": 622,") != std::string::npos);
  BOOST_TEST(w.find("\"amount\": \"-250000.25\"") != std::string::npos);
  BOOST_TEST(w.find("\"amount\": \"4500000.5\"") != std::string::npos);
  BOOST_TEST(w.find("\"rate\": \"7.0809\"") != std::string::npos);
  BOOST_TEST(w.find("\"tenure\": {\"first\": \"1995-05-01\", \"last\": \"1998-04-30\"}") != std::string::npos);
  // Unknowns are left out, never null; empty arrays are left out.
  BOOST_TEST(w.find("null") == std::string::npos);
  BOOST_TEST(w.find("[]") == std::string::npos);
  // Members in the documented order: the top level's arrays, and a batch's members.
  auto at = [&](const char* s) { return w.find(s); };
  BOOST_TEST(at("\"sources\": [") < at("\"exchange_rates\": ["));
  BOOST_TEST(at("\"exchange_rates\": [") < at("\"areas\": ["));
  BOOST_TEST(at("\"areas\": [") < at("\"organisations\": ["));
  BOOST_TEST(at("\"batches\": [") < at("\"projects\": ["));
  BOOST_TEST(at("\"transactions\": [") < at("\"indicators\": ["));
  BOOST_TEST(at("\"ordinal\": 1,") < at("\"by_donor\": ["));
  BOOST_TEST(at("\"by_donor\": [") < at("\"leader\": {"));
  // Two-space indentation.
  BOOST_TEST(w.find("\n  \"sources\": [\n    {\n      \"id\": \"seed-song\",") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_dataset_built_in_cpp_round_trips_with_awkward_text) {
  DatasetContent c;
  c.title = "Quotes \" backslashes \\ tabs \t newlines \n and a control \x01 character";
  c.description = "藏 and an emoji 😀";
  Source s;
  s.id = SourceId("src/with~odd chars");
  s.title = "t";
  c.sources.push_back(s);
  c.areas.push_back(Area{AreaCode::of(540000), "Xizang", "", AreaLevel::region, std::nullopt, {}, {}});
  Program p{ProgramId("aid"), "Aid", "", AreaCode::of(540000), 1994, std::nullopt, "", {}};
  c.programs.push_back(p);
  Indicator ind;
  ind.id = IndicatorId("i");
  ind.measure = Measure::brands_created;
  ind.kind = QuantityKind::brands;
  ind.scope.program = ProgramId("aid");
  ind.attributes = {{"z", "last written first"}, {"a/b", "slash"}, {"~", "tilde"}};
  Observation obs;
  obs.actual = to_any(Figure<Brands>{Reported<Brands>(Qualifier::hundreds_of, brands(100)), "hundreds of",
                                     SourceId("src/with~odd chars")});
  ind.observations.push_back(obs);
  c.indicators.push_back(ind);
  Transaction t;
  t.type = TransactionType::expenditure;
  t.date = d("2020-02-29");
  t.value = Money(dec("-0.000000001"), Currency::of("JPY"));
  c.transactions.push_back(t);

  const Dataset ds = Dataset::build(c);
  const std::string w = io::write_dataset(ds);
  BOOST_TEST_MESSAGE(w);
  const Dataset again = io::parse_dataset(w);
  BOOST_TEST((again == ds));
  BOOST_TEST(io::write_dataset(again) == w);
  BOOST_TEST(w.find("\\u0001") != std::string::npos);  // control characters escaped
  BOOST_TEST(w.find("\"amount\": \"-0.000000001\"") != std::string::npos);
  // Attributes keep their order, not an alphabetical one.
  BOOST_TEST(w.find("\"z\": ") < w.find("\"a/b\": "));
}

BOOST_AUTO_TEST_CASE(save_replaces_the_file_through_a_temporary) {
  const auto dir = std::filesystem::temp_directory_path() / ("pairaid-dataset-json-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "out.json").string();
  {
    std::ofstream old(path);
    old << "an older file that will be replaced";
  }
  const Dataset ds = io::load_dataset(kData + "/valid/complete.json");
  io::save_dataset(ds, path);
  BOOST_TEST((io::load_dataset(path) == ds));
  BOOST_TEST(slurp(path) == io::write_dataset(ds));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  BOOST_TEST(files == 1u);  // no temporary left behind

  PAIRAID_CHECK_ERRC(io::save_dataset(ds, (dir / "missing-dir" / "out.json").string()), errc::io);
  BOOST_TEST(!std::filesystem::exists(dir / "missing-dir"));
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_tolerated_and_not_counted_as_columns) {
  const std::string text = "\xEF\xBB\xBF{\"format\": \"pairaid-dataset\", \"version\": 3}";
  const auto diags = refusal(text);
  BOOST_TEST_REQUIRE(diags.size() == 1u);
  BOOST_TEST(diags[0].line == 1u);
  BOOST_TEST(diags[0].column == 42u);  // the '3', counting bytes after the mark
  BOOST_TEST((io::parse_dataset("\xEF\xBB\xBF" + dataset_with("")) == io::parse_dataset(dataset_with(""))));
}

// --- invalid files --------------------------------------------------------------------------------

// The errc a diagnostic code travels with: shapes are parse errors, rules are invalid data.
errc expected_errc(const std::string& code) {
  if (code == "unknown_currency") return errc::unknown_currency;
  for (const char* shape : {"syntax", "type", "unknown_member", "missing_member", "duplicate_member"})
    if (code == shape) return errc::parse;
  if (code == "invalid_value") return errc::parse;  // unless raised by the model; see the table test
  return errc::invalid_data;
}

BOOST_AUTO_TEST_CASE(every_invalid_file_is_refused_where_the_table_says) {
  const std::string dir = kData + "/invalid";
  std::ifstream table(dir + "/EXPECTED.tsv");
  BOOST_TEST_REQUIRE(static_cast<bool>(table));
  std::size_t rows = 0;
  std::vector<std::string> listed;
  for (std::string line; std::getline(table, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split_tabs(line);
    BOOST_TEST_REQUIRE(f.size() == 5u, "malformed row: " << line);
    ++rows;
    listed.push_back(f[0]);
    const std::string path = dir + "/" + f[0];
    BOOST_TEST_CONTEXT(f[0]) {
      try {
        (void)io::load_dataset(path);
        BOOST_ERROR("loaded, but should have been refused");
      } catch (const io::load_error& e) {
        BOOST_TEST_MESSAGE(e.what());
        BOOST_TEST_REQUIRE(!e.diagnostics().empty());
        const io::Diagnostic& first = e.diagnostics().front();
        BOOST_TEST(first.file == path);
        BOOST_TEST(first.line == std::stoul(f[1]));
        BOOST_TEST(first.column == std::stoul(f[2]));
        BOOST_TEST(first.code == f[3]);
        BOOST_TEST(first.message.find(f[4]) != std::string::npos, "message: " << first.message);
        BOOST_TEST(std::string(e.what()).starts_with(path + ":" + f[1] + ":" + f[2] + ": "));
        // Model rules are found on well-formed data; shapes on the text.
        const bool model_rule = first.code == "invalid_value" && e.code() == errc::invalid_data;
        BOOST_TEST((e.code() == (model_rule ? errc::invalid_data : expected_errc(first.code))));
      }
    }
  }
  BOOST_TEST(rows >= 20u);
  // Every fixture is in the table, so none is silently untested.
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json")
      BOOST_TEST((std::find(listed.begin(), listed.end(), name) != listed.end()), name << " is not in EXPECTED.tsv");
  }
}

BOOST_AUTO_TEST_CASE(every_model_violation_is_reported_and_located) {
  const std::string text = dataset_with(std::string(kMinimalAreas) + R"(,
    "organisations": [{"id": "gd", "name_en": "Guangdong", "kind": "province"}],
    "pairings": [
      {"donor": "gd", "area": "540000", "program": "aid", "valid_from": "2001-01-01"},
      {"donor": "nobody", "area": "540000", "program": "aid", "valid_from": "2001-01-01"}
    ])");
  const auto diags = refusal(text, errc::invalid_data);
  BOOST_TEST_REQUIRE(diags.size() == 2u);
  BOOST_TEST(diags[0].code == "not_a_donor");
  BOOST_TEST(diags[0].pointer == "/pairings/0/donor");
  BOOST_TEST(diags[0].line == 5u);
  BOOST_TEST(diags[0].column == 17u);
  BOOST_TEST(diags[1].code == "dangling_reference");
  BOOST_TEST(diags[1].line == 6u);
  BOOST_TEST(diags[1].column == 17u);
}

BOOST_AUTO_TEST_CASE(shape_errors_stop_at_the_first) {
  // Two bad values: only the first is reported (the rest of the tree may not mean anything).
  const auto diags = refusal(dataset_with(R"("areas": [{"code": "1", "level": "x"}])"));
  BOOST_TEST_REQUIRE(diags.size() == 1u);
  BOOST_TEST(diags[0].pointer == "/areas/0/code");
}

BOOST_AUTO_TEST_CASE(an_indicator_reads_its_figures_by_its_kind) {
  const std::string money = dataset_with(std::string(kMinimalAreas) + R"(,
    "indicators": [{"id": "inv", "measure": "investment_attracted", "kind": "money", "scope": {"program": "aid"},
                    "baseline": {"qualifier": "exact", "value": 5}}])");
  const auto diags = refusal(money);
  BOOST_TEST(diags[0].code == "unknown_member");
  BOOST_TEST(diags[0].pointer == "/indicators/0/baseline/value");

  const std::string count = dataset_with(std::string(kMinimalAreas) + R"(,
    "indicators": [{"id": "b", "measure": "brands_created", "kind": "brands", "scope": {"program": "aid"},
                    "baseline": {"qualifier": "exact", "value": 5, "equivalent": {}}}])");
  BOOST_TEST(refusal(count)[0].pointer == "/indicators/0/baseline/equivalent");
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_io_error_naming_it) {
  const std::string path = kData + "/no-such-file.json";
  try {
    (void)io::load_dataset(path);
    BOOST_FAIL("loaded a file that does not exist");
  } catch (const io::load_error& e) {
    BOOST_TEST(e.code() == errc::io);
    BOOST_TEST_REQUIRE(e.diagnostics().size() == 1u);
    BOOST_TEST(e.diagnostics()[0].file == path);
    BOOST_TEST(e.diagnostics()[0].code == "io");
    BOOST_TEST(std::string(e.what()).starts_with(path + ": "));
  }
  PAIRAID_CHECK_ERRC(io::load_dataset(kData), errc::io);  // a directory
}

// --- the locator ----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(locator_positions_are_lines_and_byte_columns) {
  const std::string text = "{\n  \"a\": 1,\n  \"é\": [\n    2\n  ]\n}";
  BOOST_TEST((loc::position_of(text, 0) == loc::TextPosition{1, 1}));
  BOOST_TEST((loc::position_of(text, text.find("1")) == loc::TextPosition{2, 8}));
  // "é" is two bytes, so the colon after it is at byte column 7.
  BOOST_TEST((loc::position_of(text, text.find("\": [")) == loc::TextPosition{3, 6}));
  BOOST_TEST((loc::position_of(text, text.find("2")) == loc::TextPosition{4, 5}));
}

BOOST_AUTO_TEST_CASE(locator_pointer_tokens_escape_and_unescape) {
  BOOST_TEST(loc::escape_pointer_token("a/b~c") == "a~1b~0c");
  const auto tokens = loc::split_pointer("/a~1b/~0/0/");
  BOOST_TEST_REQUIRE(tokens.has_value());
  BOOST_TEST(*tokens == (std::vector<std::string>{"a/b", "~", "0", ""}), boost::test_tools::per_element());
  BOOST_TEST(loc::split_pointer("")->empty());
  BOOST_TEST(!loc::split_pointer("a").has_value());
  BOOST_TEST(!loc::split_pointer("/a~2").has_value());
  BOOST_TEST(!loc::split_pointer("/a~").has_value());
}

BOOST_AUTO_TEST_CASE(locator_finds_values_through_nested_arrays_and_escaped_strings) {
  const std::string text = R"({"s": "not a ] or } or \" end", "a": [[1, {"x": "]"}], [2, [3, {"deep": true}]]]})";
  auto value_at = [&](const char* pointer) {
    const loc::Location l = loc::locate(text, pointer);
    BOOST_TEST(l.exact, pointer);
    return text.substr(l.offset, 6);
  };
  BOOST_TEST(value_at("") == text.substr(0, 6));
  BOOST_TEST(value_at("/s") == "\"not a");
  BOOST_TEST(value_at("/a/0/1/x") == "\"]\"}],");
  BOOST_TEST(value_at("/a/1/0") == "2, [3,");
  BOOST_TEST(value_at("/a/1/1/1/deep") == "true}]");
}

BOOST_AUTO_TEST_CASE(locator_matches_names_after_decoding_escapes_and_unicode) {
  // Names spelt with escapes match the decoded pointer token, including a surrogate pair.
  const std::string text = "{\"caf\\u00e9\": 1, \"a\\/b\": 2, \"m~n\": 3, \"\\ud83d\\ude00\": 4, \"藏\": 5}";
  BOOST_TEST(text.substr(loc::locate(text, "/café").offset, 1) == "1");
  BOOST_TEST(text.substr(loc::locate(text, "/a~1b").offset, 1) == "2");
  BOOST_TEST(text.substr(loc::locate(text, "/m~0n").offset, 1) == "3");
  BOOST_TEST(text.substr(loc::locate(text, "/😀").offset, 1) == "4");
  BOOST_TEST(text.substr(loc::locate(text, "/藏").offset, 1) == "5");
  // The member-name target gives the opening quote of the name.
  BOOST_TEST(text.substr(loc::locate(text, "/a~1b", loc::LocateTarget::member_name).offset, 6) == "\"a\\/b\"");
}

BOOST_AUTO_TEST_CASE(locator_falls_back_to_the_nearest_existing_ancestor) {
  const std::string text = R"({"items": [{"id": "a"}, {"id": "b"}]})";
  const loc::Location missing_member = loc::locate(text, "/items/1/name");
  BOOST_TEST(!missing_member.exact);
  BOOST_TEST(missing_member.pointer == "/items/1");
  BOOST_TEST(missing_member.offset == text.find("{\"id\": \"b\"}"));
  const loc::Location past_end = loc::locate(text, "/items/7/id");
  BOOST_TEST(!past_end.exact);
  BOOST_TEST(past_end.pointer == "/items");
  BOOST_TEST(past_end.offset == text.find('['));
  BOOST_TEST(!loc::locate(text, "/items/01").exact);  // not an array index in RFC 6901
  BOOST_TEST(!loc::locate(text, "/items/0/id/deeper").exact);
}

BOOST_AUTO_TEST_CASE(locator_locates_many_pointers_in_one_pass_as_it_does_one_by_one) {
  const std::string text =
      "{\"a\": [1, {\"b~c\": [true, {}], \"d/e\": \"x\"}, []],\n \"caf\\u00e9\": {\"k\": null}, \"n\": 3}";
  const std::vector<std::string> pointers = {"",     "/a",        "/a/0",    "/a/1/b~0c/1", "/a/1/d~1e",
                                             "/a/2", "/a/2/0",    "/a/9",    "/café/k",     "/café/missing/x",
                                             "/n",   "/n/deeper", "not-one", "/a/01",       "/a/1/b~0c/0"};
  const std::vector<loc::Location> all = loc::locate_all(text, pointers);
  BOOST_TEST_REQUIRE(all.size() == pointers.size());
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    BOOST_TEST_CONTEXT(pointers[i]) {
      const loc::Location one = loc::locate(text, pointers[i]);
      BOOST_TEST(all[i].offset == one.offset);
      BOOST_TEST(all[i].exact == one.exact);
      BOOST_TEST(all[i].pointer == one.pointer);
    }
  }
  BOOST_TEST(text.substr(all[3].offset, 2) == "{}");
  BOOST_TEST(!all[9].exact);
  BOOST_TEST(all[9].pointer == "/café");
}

BOOST_AUTO_TEST_CASE(locator_line_index_agrees_with_counting_from_the_start) {
  for (const std::string& text :
       {std::string("{\n\"a\":\n\n  1}\n"), std::string("\xEF\xBB\xBF{\"x\": 1}"), std::string()}) {
    const loc::LineIndex lines(text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset)
      BOOST_TEST((lines.at(offset) == loc::position_of(text, offset)), "offset " << offset);
  }
}

BOOST_AUTO_TEST_CASE(locator_finds_the_first_duplicate_member_anywhere) {
  BOOST_TEST(!loc::find_duplicate_member(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})").has_value());
  const std::string text = R"({"a": 1, "list": [{"x": 1}, {"x": 1, "y": {"k": 1, "\u006b": 2}}], "a": 2})";
  const auto dup = loc::find_duplicate_member(text);
  BOOST_TEST_REQUIRE(dup.has_value());
  BOOST_TEST(dup->pointer == "/list/1/y/k");  // the nested one comes first in the text
  BOOST_TEST(dup->name == "k");
  BOOST_TEST(dup->first_offset == text.find("\"k\""));
  BOOST_TEST(dup->second_offset == text.find("\"\\u006b\""));
  const auto escaped = loc::find_duplicate_member(R"({"a/b": 1, "a\/b": 2})");
  BOOST_TEST_REQUIRE(escaped.has_value());
  BOOST_TEST(escaped->pointer == "/a~1b");
}

BOOST_AUTO_TEST_CASE(locator_quotes_the_token_found) {
  const std::string text = R"({"n": -12.5e3, "s": "a \"q\" b", "t": true})";
  BOOST_TEST(loc::token_at(text, text.find('-')) == "-12.5e3");
  BOOST_TEST(loc::token_at(text, text.find("\"a ")) == R"("a \"q\" b")");
  BOOST_TEST(loc::token_at(text, text.find("true")) == "true");
  BOOST_TEST(loc::token_at(text, text.find("\"a "), 4) == "\"a \\...");
}

BOOST_AUTO_TEST_CASE(locator_gives_up_on_text_that_is_not_json_without_reading_past_it) {
  for (const char* bad : {"{\"a\": ", "{\"a\" 1}", "[1, 2", "{\"unterminated", "", "\"\\u12"}) {
    BOOST_TEST(!loc::find_duplicate_member(bad).has_value());
    BOOST_TEST(!loc::locate(bad, "/a/0").exact);
  }
}

BOOST_AUTO_TEST_SUITE_END()
