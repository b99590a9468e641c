// Dimension names: Dimension::parse reads what Dimension::name writes, for every kind; the CLI's
// aliases read as their canonical dimension; anything else is refused with the list of names.
#include <pairaid/analysis/query.hpp>

#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace pairaid;

namespace {

// Dimension has no operator==; two are the same grouping when these agree.
bool same(const Dimension& a, const Dimension& b) {
  if (a.kind() != b.kind() || a.area_level() != b.area_level()) return false;
  const auto &fa = a.fiscal_calendar(), &fb = b.fiscal_calendar();
  if (fa.has_value() != fb.has_value()) return false;
  return !fa || (fa->start_month() == fb->start_month() && fa->naming() == fb->naming());
}

std::vector<Dimension> every_dimension() {
  std::vector<Dimension> all{Dimension::year(),
                             Dimension::quarter(),
                             Dimension::month(),
                             Dimension::batch(),
                             Dimension::five_year_plan(),
                             Dimension::donor(),
                             Dimension::donor_kind(),
                             Dimension::area(),
                             Dimension::sector(),
                             Dimension::currency(),
                             Dimension::type(),
                             Dimension::activity(),
                             Dimension::reporting_org(),
                             Dimension::reporting_org_type(),
                             Dimension::recipient_country()};
  for (AreaLevel level : {AreaLevel::region, AreaLevel::prefecture, AreaLevel::county})
    all.push_back(Dimension::area_at(level));
  for (int month = 1; month <= 12; ++month)
    for (FiscalYearNaming naming : {FiscalYearNaming::by_start_year, FiscalYearNaming::by_end_year})
      all.push_back(Dimension::fiscal_year(FiscalCalendar(month, naming)));
  return all;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dimension_names)

BOOST_AUTO_TEST_CASE(canonical_names) {
  BOOST_TEST(Dimension::year().name() == "year");
  BOOST_TEST(Dimension::five_year_plan().name() == "five_year_plan");
  BOOST_TEST(Dimension::area().name() == "area");
  BOOST_TEST(Dimension::area_at(AreaLevel::prefecture).name() == "area:prefecture");
  BOOST_TEST(Dimension::fiscal_year(FiscalCalendar(4)).name() == "fiscal_year:4");
  BOOST_TEST(Dimension::fiscal_year(FiscalCalendar(10, FiscalYearNaming::by_end_year)).name() == "fiscal_year:10:end");
  BOOST_TEST(Dimension::donor_kind().name() == "donor_kind");
}

BOOST_AUTO_TEST_CASE(every_kind_round_trips) {
  const std::vector<Dimension> all = every_dimension();
  for (const Dimension& d : all) {
    const std::string name = d.name();
    BOOST_TEST_CONTEXT(name) {
      const Dimension back = Dimension::parse(name);
      BOOST_TEST(same(back, d));
      BOOST_TEST(back.name() == name);
    }
  }
  // Distinct dimensions have distinct names (the round trip alone would not show two sharing one).
  for (std::size_t i = 0; i < all.size(); ++i)
    for (std::size_t j = i + 1; j < all.size(); ++j) BOOST_TEST_CONTEXT(all[i].name()) {
        BOOST_TEST(all[i].name() != all[j].name());
      }
}

BOOST_AUTO_TEST_CASE(aliases_read_as_their_canonical_dimension) {
  BOOST_TEST(same(Dimension::parse("plan"), Dimension::five_year_plan()));
  BOOST_TEST(Dimension::parse("plan").name() == "five_year_plan");
  BOOST_TEST(same(Dimension::parse("region"), Dimension::area_at(AreaLevel::region)));
  BOOST_TEST(same(Dimension::parse("prefecture"), Dimension::area_at(AreaLevel::prefecture)));
  BOOST_TEST(Dimension::parse("county").name() == "area:county");
  BOOST_TEST(same(Dimension::parse("fiscal_year:7:start"), Dimension::fiscal_year(FiscalCalendar(7))));
  BOOST_TEST(Dimension::parse("fiscal_year:7:start").name() == "fiscal_year:7");
  // One vocabulary for every source: the IATI side's words read as the same dimensions.
  for (const char* alias : {"transaction_type", "transaction-type"})
    BOOST_TEST(Dimension::parse(alias).name() == "type");
  BOOST_TEST(Dimension::parse("reporting-org").name() == "reporting_org");
  BOOST_TEST(Dimension::parse("reporting-org-type").name() == "reporting_org_type");
  for (const char* alias : {"recipient-country", "country"})
    BOOST_TEST(Dimension::parse(alias).name() == "recipient_country");
}

BOOST_AUTO_TEST_CASE(lists_refuse_a_dimension_twice_under_any_spelling) {
  const auto by = Dimension::parse_list("donor,transaction-type,prefecture");
  BOOST_REQUIRE(by.size() == 3u);
  BOOST_TEST(by[1].name() == "type");
  BOOST_TEST(by[2].name() == "area:prefecture");
  PAIRAID_CHECK_ERROR(Dimension::parse_list("type,transaction_type"), errc::invalid_argument,
                      "dimension 'transaction_type' is given twice (it is type)");
  PAIRAID_CHECK_ERROR(Dimension::parse_list("year,"), errc::invalid_argument, "unknown dimension ''");
  BOOST_TEST((Dimension::parse("type") == Dimension::parse("transaction-type")));
  BOOST_TEST(!(Dimension::parse("area") == Dimension::parse("area:county")));
}

BOOST_AUTO_TEST_CASE(unknown_names_list_the_known_ones) {
  PAIRAID_CHECK_ERROR(Dimension::parse("province"), errc::invalid_argument, "unknown dimension 'province'",
                      "five_year_plan", "area:prefecture", "fiscal_year:M", "aliases: plan");
  for (const char* bad :
       {"", "Year", "year ", "area:", "area:district", "area@prefecture", "fiscal_year",
        "fiscal_year:", "fiscal_year:0", "fiscal_year:13", "fiscal_year:04", "fiscal_year:+4",
        "fiscal_year:4:", "fiscal_year:4:End", "fiscal_year:4:end:end", "fiscal_year::end", "plan:", "county:"})
    BOOST_TEST_CONTEXT("'" << bad << "'") {
      PAIRAID_CHECK_ERROR(Dimension::parse(bad), errc::invalid_argument,
                          "unknown dimension '" + std::string(bad) + "'");
    }
}

BOOST_AUTO_TEST_SUITE_END()
