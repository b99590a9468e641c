// Several sources on one program: the bundled figures of other sources (every one with its source,
// read back after a round trip), format version 2 and several files read as one, and each check
// across sources on the bundled data and on a variant that contradicts it
// (tests/data/datasets/sources/README.md).
#include <pairaid/report/reconcile.hpp>
#include <pairaid/report/summary.hpp>
#include <pairaid/io/dataset_json.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace pairaid;

namespace pairaid {
template <class Tag>
std::ostream& boost_test_print_type(std::ostream& os, const Id<Tag>& id) {
  return os << id.str();
}
inline std::ostream& boost_test_print_type(std::ostream& os, AreaCode c) { return os << c.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, DonorGroup g) { return os << to_string(g); }
}  // namespace pairaid

namespace {

const std::string examples = PAIRAID_SOURCE_DIR "/examples/data/";
const std::string variants = PAIRAID_SOURCE_DIR "/tests/data/datasets/sources/";

const Dataset& bundled() {
  static const Dataset d = [] {
    const std::vector<std::string> paths{examples + "xizang.json", examples + "qinghai.json"};
    return io::load_datasets(paths);
  }();
  return d;
}

const Batch& batch(const Dataset& d, const char* id) {
  const Batch* b = d.find(BatchId(id));
  BOOST_TEST_REQUIRE(b != nullptr, "no batch " << id);
  return *b;
}
const Indicator& indicator(const Dataset& d, const char* id) {
  const Indicator* i = d.find(IndicatorId(id));
  BOOST_TEST_REQUIRE(i != nullptr, "no indicator " << id);
  return *i;
}
const Source& source(const Dataset& d, const SourceId& id) {
  const Source* s = d.find(id);
  BOOST_TEST_REQUIRE(s != nullptr, "no source " << id.str());
  return *s;
}

const Check& check(const std::vector<Check>& checks, const std::string& id) {
  auto it = std::find_if(checks.begin(), checks.end(), [&](const Check& c) { return c.id == id; });
  BOOST_TEST_REQUIRE((it != checks.end()), "no check " << id);
  return *it;
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A figure's source states it: the source has a URL, a date and a quote holding the figure's words.
void cited(const Dataset& d, const SourceId& id, const std::string& wording) {
  const Source& s = source(d, id);
  BOOST_TEST(!s.url.empty(), id.str());
  BOOST_TEST(s.date.has_value(), id.str());
  if (!wording.empty() && !contains(wording, "..."))
    BOOST_TEST(contains(s.quote, wording), id.str() << ": \"" << wording << "\" is not in its quote");
}

std::vector<Check> checks_of(const std::string& file) { return reconcile(io::load_dataset(variants + file)); }

}  // namespace

BOOST_AUTO_TEST_SUITE(sources)

// --- the bundled figures, each with its source --------------------------------------------------

BOOST_AUTO_TEST_CASE(every_new_figure_round_trips_with_its_source) {
  const Dataset& d = bundled();
  const Dataset again = io::parse_dataset(io::write_dataset(d));
  BOOST_TEST((again.content() == d.content()));
  BOOST_TEST(io::write_dataset(again) == io::write_dataset(d));
  BOOST_TEST(io::write_dataset(d).starts_with("{\n  \"format\": \"pairaid-dataset\",\n  \"version\": 2,"));
  // Every source other than the seed article's has an address and a date; every Chinese one a translation.
  for (const Source& s : d.sources()) {
    BOOST_TEST(!s.url.empty(), s.id.str());
    if (s.quote.find("\xE3\x80\x82") != std::string::npos || s.quote.find("\xEF\xBC\x8C") != std::string::npos)
      BOOST_TEST(contains(s.note, "Translation:"), s.id.str());
  }
}

BOOST_AUTO_TEST_CASE(the_fifth_batch_from_two_sources) {
  const Dataset& d = bundled();
  const Batch& b = batch(d, "batch-05");
  BOOST_TEST_REQUIRE(b.headcount.has_value());
  BOOST_TEST(b.headcount->value == Reported<People>::exact(people(850)));
  BOOST_TEST(b.headcount->source == SourceId("cnt-2010-fifth-group-size"));
  cited(d, b.headcount->source, b.headcount->wording);
  BOOST_TEST_REQUIRE(b.headcount->reports.size() == 1u);
  const Report& r = b.headcount->reports[0];
  BOOST_TEST((get<People>(r.value) == Reported<People>(Qualifier::more_than, people(850))));
  BOOST_TEST(r.wording == "850\xE5\xA4\x9A\xE5\x90\x8D");  // 850多名
  cited(d, r.source, r.wording);
  BOOST_TEST_REQUIRE(b.term.has_value());
  BOOST_TEST(b.term->start_year == 2007);
  BOOST_TEST(b.term->years == 3);
  cited(d, b.term->source, "");
  BOOST_TEST_REQUIRE(b.donors_by_kind.size() == 2u);
  BOOST_TEST(b.donors_by_kind[0].group == DonorGroup::provinces_and_cities);
  BOOST_TEST(b.donors_by_kind[0].count.value == Reported<Organisations>::exact(organisations(18)));
}

BOOST_AUTO_TEST_CASE(the_tenth_batch_one_figure_four_reports) {
  const Dataset& d = bundled();
  const Batch& b = batch(d, "batch-10");
  BOOST_TEST(b.headcount->value == Reported<People>::exact(people(2117)));
  BOOST_TEST_REQUIRE(b.headcount->reports.size() == 3u);
  std::vector<std::int64_t> values;
  for (const Report& r : b.headcount->reports) {
    values.push_back(get<People>(r.value).value().count());
    cited(d, r.source, r.wording);
  }
  BOOST_TEST((values == std::vector<std::int64_t>{2117, 2114, 2114}));
  BOOST_TEST(b.headcount->reports[1].date == parse_date("2022-07-28"));
  BOOST_TEST(b.term->start_year == 2022);
}

BOOST_AUTO_TEST_CASE(the_eleventh_batch_and_its_donors_by_kind) {
  const Dataset& d = bundled();
  const Batch& b = batch(d, "batch-11");
  BOOST_TEST(b.ordinal == 11);
  BOOST_TEST(b.headcount->value == Reported<People>::exact(people(2156)));
  cited(d, b.headcount->source, b.headcount->wording);
  BOOST_TEST(source(d, b.headcount->source).date == parse_date("2025-07-31"));
  BOOST_TEST(b.term->start_year == 2025);
  std::vector<std::pair<DonorGroup, std::int64_t>> kinds;
  for (const DonorGroupCount& g : b.donors_by_kind) {
    kinds.emplace_back(g.group, g.count.value.value().count());
    cited(d, g.count.source, g.count.wording);
  }
  BOOST_TEST((kinds == std::vector<std::pair<DonorGroup, std::int64_t>>{
                           {DonorGroup::provinces_and_cities, 17},
                           {DonorGroup::central_state_organs_and_peoples_organizations, 76},
                           {DonorGroup::centrally_administered_financial_enterprises, 1},
                           {DonorGroup::centrally_administered_soes, 27}}));
}

BOOST_AUTO_TEST_CASE(aid_qinghai_shares_a_dispatch_with_the_tenth_batch) {
  const Dataset& d = bundled();
  const Program* q = d.find(ProgramId("aid-qinghai"));
  BOOST_TEST_REQUIRE(q != nullptr);
  BOOST_TEST(q->start_year == 2010);
  BOOST_TEST(q->recipient_area == AreaCode::parse("630000"));
  const Dispatch* x = d.find(DispatchId("dispatch-2022-07"));
  BOOST_TEST_REQUIRE(x != nullptr);
  BOOST_TEST((x->batches == std::vector<BatchId>{BatchId("batch-10"), BatchId("qinghai-batch-05")}));
  BOOST_TEST(x->headcount->value == Reported<People>::exact(people(2558)));
  BOOST_TEST_REQUIRE(x->by_origin.size() == 2u);
  BOOST_TEST(x->by_origin[0].headcount.value == Reported<People>::exact(people(460)));
  BOOST_TEST(x->by_origin[1].headcount.value == Reported<People>::exact(people(2098)));
  BOOST_TEST(x->by_origin_exhaustive);
  cited(d, x->headcount->source, "2558");
  BOOST_TEST(!batch(d, "qinghai-batch-05").headcount.has_value());  // derived by reconciliation, never stored
}

BOOST_AUTO_TEST_CASE(money_of_2013_to_2016_with_its_printed_dollars) {
  const Dataset& d = bundled();
  const Observation& o = indicator(d, "funds-invested-2013-2016").observations.at(0);
  BOOST_TEST(o.period == Period::years(2013, 2016));
  BOOST_TEST(get<Money>(o.actual->value) == Reported<Money>::exact(Money::parse("11484000000", Currency::of("CNY"))));
  BOOST_TEST(
      (*o.actual->equivalent == Reported<Money>(Qualifier::about, Money::parse("1736000000", Currency::of("USD")))));
  cited(d, o.actual->source, o.actual->wording);
}

BOOST_AUTO_TEST_CASE(group_aid_is_a_series_of_its_own) {
  const Dataset& d = bundled();
  const Indicator& teachers = indicator(d, "education-group-aid");
  BOOST_TEST(teachers.scope.series == PersonnelSeries::education_group_aid);
  BOOST_TEST_REQUIRE(teachers.observations.size() == 3u);
  for (const Observation& o : teachers.observations) cited(d, o.actual->source, o.actual->wording);
  BOOST_TEST(indicator(d, "medical-group-aid").scope.series == PersonnelSeries::medical_group_aid);
}

// --- format version 2, several files ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(version_1_files_stay_version_1_and_refuse_version_2_members) {
  const Dataset minimal = io::load_dataset(PAIRAID_SOURCE_DIR "/tests/data/datasets/valid/minimal.json");
  BOOST_TEST(io::write_dataset(minimal).starts_with("{\n  \"format\": \"pairaid-dataset\",\n  \"version\": 1,"));
  const std::string v1 =
      R"({"format": "pairaid-dataset", "version": 1, "sources": [{"id": "s", "title": "S"}],
          "areas": [{"code": "540000", "name_en": "Xizang", "level": "region"}],
          "programs": [{"id": "p", "recipient_area": "540000", "start_year": 1994}],
          "batches": [{"id": "b", "program": "p", "ordinal": 1,
                       "headcount": {"qualifier": "exact", "value": 1, "reports": [{"qualifier": "exact", "value": 2, "source": "s"}]}}]})";
  try {
    io::parse_dataset(v1, "v1.json");
    BOOST_FAIL("a version 1 file with reports was read");
  } catch (const io::load_error& e) {
    BOOST_TEST(e.diagnostics().at(0).code == "invalid_value");
    BOOST_TEST(e.diagnostics().at(0).pointer == "/batches/0/headcount/reports");
    BOOST_TEST(contains(e.diagnostics().at(0).message, "needs version 2"));
  }
  std::string v2 = v1;
  v2.replace(v2.find("\"version\": 1"), 12, "\"version\": 2");
  const Dataset d = io::parse_dataset(v2);
  BOOST_TEST(d.batches().at(0).headcount->reports.size() == 1u);
}

BOOST_AUTO_TEST_CASE(several_files_read_as_one_with_diagnostics_in_the_right_file) {
  BOOST_TEST(bundled().programs().size() == 2u);
  BOOST_TEST(bundled().content().title == io::load_dataset(examples + "xizang.json").content().title);
  // qinghai.json alone: its dispatch names a batch of xizang.json.
  const std::vector<std::string> alone{examples + "qinghai.json"};
  try {
    io::load_datasets(alone);
    BOOST_FAIL("qinghai.json was read alone");
  } catch (const io::load_error& e) {
    const auto& diag = e.diagnostics().at(0);
    BOOST_TEST(diag.file == examples + "qinghai.json");
    BOOST_TEST(diag.code == "dangling_reference");
    BOOST_TEST(diag.pointer == "/dispatches/0/batches/0");
    BOOST_TEST(diag.line > 0u);
  }
  // The same file twice: every id is taken, and the diagnostics point into the second copy.
  const std::vector<std::string> twice{examples + "qinghai.json", examples + "xizang.json", examples + "qinghai.json"};
  try {
    io::load_datasets(twice);
    BOOST_FAIL("duplicate ids across files were accepted");
  } catch (const io::load_error& e) {
    const auto& diag = e.diagnostics().at(0);
    BOOST_TEST(diag.code == "duplicate_id");
    BOOST_TEST(diag.file == examples + "qinghai.json");
    BOOST_TEST(diag.pointer == "/sources/0/id");
    BOOST_TEST(contains(diag.message, "already used by /sources/0"));
  }
  BOOST_CHECK_THROW(io::load_datasets(std::vector<std::string>{}), error);
}

// --- the checks across sources on the bundled data --------------------------------------------------

BOOST_AUTO_TEST_CASE(the_bundled_sources_reconcile_with_three_acknowledged_disagreements) {
  const std::vector<Check> checks = reconcile(bundled());
  BOOST_TEST(unacknowledged_contradictions(checks) == 0u);
  std::vector<std::string> acknowledged;
  for (const Check& c : checks)
    if (c.verdict == Verdict::inconsistent) acknowledged.push_back(c.id);
  BOOST_TEST((acknowledged == std::vector<std::string>{"reports:batch-05/headcount", "reports:batch-10/headcount",
                                                       "donor_batches:jiangsu-batches/0"}));

  const Check& ten = check(checks, "reports:batch-10/headcount");
  BOOST_TEST((ten.sources == std::vector<std::string>{"seed-song-batch-sizes", "xinhua-2024-zh-batch-sizes",
                                                      "xinhua-2022-tenth-batch", "peoplesdaily-2022-tenth-batch"}));
  BOOST_TEST(contains(ten.acknowledged, "2,114"));
  BOOST_TEST(check(checks, "reports:batch-01/headcount").verdict == Verdict::consistent);
  const Check& total = check(checks, "reports:personnel-dispatched/0/actual");
  BOOST_TEST(total.verdict == Verdict::consistent);
  BOOST_TEST(total.sources.size() == 4u);
  // "about 3.7 billion" and "nearly 4 billion" of one article: the narrower lies within the other.
  BOOST_TEST(check(checks, "reports:funds-introduced-fifth-batch/0/actual").verdict == Verdict::consistent);

  const Check& dispatch = check(checks, "dispatch:dispatch-2022-07");
  BOOST_TEST(dispatch.verdict == Verdict::consistent);
  BOOST_TEST(
      contains(dispatch.reasoning, "460 (\xE4\xBB\x8E\xE4\xB8\xAD\xE5\xA4\xAE\xE5\x8D\x95\xE4\xBD\x8D) + 2,098"));
  BOOST_TEST(contains(dispatch.reasoning, "2,558 \xE2\x88\x92 2,117 (batch 10 of Aid Xizang"));
  BOOST_TEST(contains(dispatch.reasoning, "= 441 people"));
  BOOST_TEST(contains(dispatch.reasoning, "2,558 \xE2\x88\x92 2,114 = 444"));

  const Check& rotation = check(checks, "rotation:aid-xizang");
  BOOST_TEST(rotation.verdict == Verdict::consistent);
  BOOST_TEST(
      contains(rotation.reasoning, "(2019 \xE2\x88\x92 2007) / (9 \xE2\x88\x92 5) = 12 / 4 = 3 years per batch"));
  BOOST_TEST(contains(rotation.reasoning, "1995 + 3 \xC3\x97 (n \xE2\x88\x92 1)"));
  BOOST_TEST(contains(rotation.reasoning,
                      "Inferred, not stated, for batches 1\xE2\x80\x93"
                      "4, 6\xE2\x80\x93"
                      "8"));
  BOOST_TEST(contains(rotation.reasoning, "\"since 1994\" (the decision) and one \"since 1995\""));

  const Check& kinds = check(checks, "donor_kinds:aid-xizang");
  BOOST_TEST(kinds.verdict == Verdict::consistent);
  BOOST_TEST(contains(kinds.reasoning, "central State organs and people's organizations 72 \xE2\x86\x92 76 (4 more)"));
  BOOST_TEST(contains(kinds.reasoning, "1 centrally administered financial enterprises"));
  BOOST_TEST(contains(kinds.reasoning, "not a contradiction"));

  BOOST_TEST(check(checks, "cumulative:education-group-aid").verdict == Verdict::consistent);
  BOOST_TEST(check(checks, "cumulative:jiangsu-personnel").verdict == Verdict::consistent);
  BOOST_TEST(check(checks, "donor_part:jiangsu-personnel/1").verdict == Verdict::consistent);
  const Check& jiangsu_2021 = check(checks, "donor_batches:jiangsu-batches/0");
  BOOST_TEST(contains(jiangsu_2021.reasoning, "9 batches had gone by 2021-11-03"));
  BOOST_TEST(!jiangsu_2021.acknowledged.empty());
  BOOST_TEST(check(checks, "donor_batches:jiangsu-batches/1").verdict == Verdict::consistent);

  const Check& fx = check(checks, "fx_equivalent:/indicators/12/observations/0/actual");
  BOOST_TEST(fx.verdict == Verdict::consistent);
  BOOST_TEST(contains(fx.reasoning,
                      "(6.1478 (2013) + 6.162 (2014) + 6.2827 (2015) + 6.64 (2016)) / 4 = 25.2325 / 4 = "
                      "6.308125 CNY per USD (exact)"));
  BOOST_TEST(contains(fx.reasoning, "= 1,820,509,263.85 USD"));
  BOOST_TEST(contains(fx.reasoning, "imply 6.615207 CNY per USD"));
}

BOOST_AUTO_TEST_CASE(inferred_terms_are_marked_inferred) {
  const Dataset& d = bundled();
  const std::vector<BatchTerm> terms = batch_terms(d, *d.find(ProgramId("aid-xizang")));
  BOOST_TEST_REQUIRE(terms.size() == 11u);
  for (const BatchTerm& t : terms) {
    BOOST_TEST(t.start_year == 1995 + 3 * (t.ordinal - 1), "batch " << t.ordinal);
    const bool stated = t.ordinal == 5 || t.ordinal >= 9;
    BOOST_TEST(t.inferred == !stated, "batch " << t.ordinal);
  }
  // Aid Qinghai has one stated term: no rotation to infer from.
  BOOST_TEST(batch_terms(d, *d.find(ProgramId("aid-qinghai"))).size() == 1u);
  const Summary s = summarize(d);
  const BatchesSummary& xizang = s.batches.at(0);
  BOOST_TEST(xizang.batches.at(5).term == "from 2010 for 3 years (inferred from the rotation, not stated)");
  BOOST_TEST(xizang.batches.at(5).term_inferred);
  BOOST_TEST(xizang.batches.at(4).term == "from 2007 for 3 years");
  BOOST_TEST(!xizang.batches.at(4).term_inferred);
}

BOOST_AUTO_TEST_CASE(the_summary_shows_every_source_of_a_figure_and_whether_they_agree) {
  const Summary s = summarize(bundled());
  const BatchLine& ten = s.batches.at(0).batches.at(9);
  BOOST_TEST_REQUIRE(ten.headcount.has_value());
  BOOST_TEST(ten.headcount->reports.size() == 3u);
  BOOST_TEST(ten.headcount->reports[1].source == "xinhua-2022-tenth-batch");
  BOOST_TEST(ten.headcount->reports[1].date == "2022-07-28");
  BOOST_TEST(ten.headcount->agreement.starts_with("disagree (acknowledged: "));
  BOOST_TEST(s.batches.at(0).batches.at(0).headcount->agreement == "agree");
}

// --- each check against a variant that contradicts it -------------------------------------------------

BOOST_AUTO_TEST_CASE(the_base_variant_is_consistent_throughout) {
  for (const Check& c : checks_of("base.json"))
    BOOST_TEST(c.verdict != Verdict::inconsistent, c.id << ": " << c.reasoning);
}

BOOST_AUTO_TEST_CASE(each_variant_turns_its_check_inconsistent) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"reports-contradict.json", "reports:x10/headcount"},
      {"dispatch-contradict.json", "dispatch:d2022"},
      {"dispatch-negative.json", "dispatch:d2022"},
      {"rotation-contradict.json", "rotation:aid-xizang"},
      {"donor-kinds-contradict.json", "donor_kinds:aid-xizang"},
      {"cumulative-contradict.json", "cumulative:teachers"},
      {"donor-part-contradict.json", "donor_part:jiangsu-personnel/0"},
      {"donor-batches-contradict.json", "donor_batches:jiangsu-batches/0"},
      {"fx-period-contradict.json", "fx_equivalent:/indicators/5/observations/0/actual"},
      {"personnel-eleventh-contradict.json", "personnel_vs_batches:personnel/0"},
  };
  for (const auto& [file, id] : cases) {
    BOOST_TEST_CONTEXT(file) {
      const std::vector<Check> checks = checks_of(file);
      BOOST_TEST(check(checks, id).verdict == Verdict::inconsistent);
      BOOST_TEST(check(checks, id).acknowledged.empty());
      BOOST_TEST(unacknowledged_contradictions(checks) == 1u);
      // ... and the same check is not inconsistent on the base.
      BOOST_TEST(check(checks_of("base.json"), id).verdict != Verdict::inconsistent);
    }
  }
  BOOST_TEST(
      contains(check(checks_of("reports-contradict.json"), "reports:x10/headcount").reasoning, "cannot both be true"));
  BOOST_TEST(contains(check(checks_of("dispatch-negative.json"), "dispatch:d2022").reasoning, "below zero"));
  BOOST_TEST(contains(check(checks_of("rotation-contradict.json"), "rotation:aid-xizang").reasoning,
                      "is stated to start in 2021, the rotation gives 1995 + 3 \xC3\x97 (10 \xE2\x88\x92 1) = 2022"));
  BOOST_TEST(contains(check(checks_of("donor-kinds-contradict.json"), "donor_kinds:aid-xizang").reasoning,
                      "batch 11 names 2 provinces and cities among its donors, but counts 1"));
  BOOST_TEST(
      contains(check(checks_of("personnel-eleventh-contradict.json"), "personnel_vs_batches:personnel/0").reasoning,
               "the claim cannot be met"));
}

BOOST_AUTO_TEST_CASE(an_acknowledged_contradiction_is_still_reported_and_a_stale_one_is_flagged) {
  const std::vector<Check> checks = checks_of("reports-acknowledged.json");
  const Check& ten = check(checks, "reports:x10/headcount");
  BOOST_TEST(ten.verdict == Verdict::inconsistent);
  BOOST_TEST(ten.acknowledged == "The sources count the batch on different dates.");
  BOOST_TEST(unacknowledged_contradictions(checks) == 0u);
  const Check& stale = check(checks, "acknowledgement:reports:x5/headcount");
  BOOST_TEST(stale.verdict == Verdict::undetermined);
  BOOST_TEST(contains(stale.reasoning, "no check has that id"));
}

BOOST_AUTO_TEST_SUITE_END()
