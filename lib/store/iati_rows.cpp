// IATI activities into and out of the store (docs/store.md, "Re-importing IATI").
#include "store/activity_json.hpp"
#include "store/iati_upsert.hpp"
#include "store/store_internal.hpp"

#include <pairaid/analysis/ledger.hpp>

#include <optional>

PAIRAID_NAMESPACE_BEGIN
namespace store_detail {

namespace {

std::optional<int> digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::string two(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

}  // namespace

// xsd:dateTime (or a bare YYYY-MM-DD) as UTC text "YYYY-MM-DDTHH:MM:SS.fffffffffZ", which sorts as
// time does. No zone is read as UTC. nullopt when empty or not a date-time.
std::optional<std::string> normalised_utc(std::string_view text) {
  const auto y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
  if (!y || !mo || !d || text[4] != '-' || text[7] != '-') return std::nullopt;
  int h = 0, mi = 0, s = 0;
  std::string fraction;
  std::size_t at = 10;
  int offset_minutes = 0;
  if (at < text.size()) {
    if (text[at] != 'T') return std::nullopt;
    const auto hh = digits(text, 11, 2), mm = digits(text, 14, 2), ss = digits(text, 17, 2);
    if (!hh || !mm || !ss || text.size() < 19 || text[13] != ':' || text[16] != ':') return std::nullopt;
    h = *hh, mi = *mm, s = *ss;
    if (h > 24 || mi > 59 || s > 60) return std::nullopt;
    at = 19;
    if (at < text.size() && text[at] == '.') {
      ++at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') fraction += text[at++];
      if (fraction.empty() || fraction.size() > 9) return std::nullopt;
    }
    if (at < text.size()) {
      if (text[at] == 'Z' && at + 1 == text.size()) {
      } else if ((text[at] == '+' || text[at] == '-') && at + 6 == text.size() && text[at + 3] == ':') {
        const auto oh = digits(text, at + 1, 2), om = digits(text, at + 4, 2);
        if (!oh || !om || *oh > 14 || *om > 59) return std::nullopt;
        offset_minutes = (text[at] == '+' ? 1 : -1) * (*oh * 60 + *om);
      } else {
        return std::nullopt;
      }
    }
  }
  Date date;
  try {
    date = parse_date(text.substr(0, 10));
  } catch (const error&) {
    return std::nullopt;
  }
  // Whole seconds since 1970 in 64 bits: no overflow for any four-digit year.
  std::int64_t seconds = std::int64_t{day_number(date)} * 86400 + std::int64_t{h} * 3600 + std::int64_t{mi} * 60 + s -
                         std::int64_t{offset_minutes} * 60;
  std::int64_t day = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  std::int64_t in_day = seconds - day * 86400;
  const Date utc_day = date_of_day(static_cast<DayNumber>(day));
  fraction.resize(9, '0');
  const int uh = static_cast<int>(in_day / 3600), um = static_cast<int>(in_day / 60 % 60),
            us = static_cast<int>(in_day % 60);
  return to_string(utc_day) + "T" + two(uh) + ":" + two(um) + ":" + two(us) + "." + fraction + "Z";
}

}  // namespace store_detail

ImportReport Store::import_iati(std::span<const iati::Activity> activities, const std::string& source_name) {
  using namespace store_detail;
  ImportReport report;
  report.source = source_name;
  report.kind = "iati";
  WriteTransaction tx(*db_);
  const std::int64_t import_id = begin_import(*db_, "iati", source_name);
  {
    ActivityUpserter upsert(*db_, import_id, source_name, report);
    for (const iati::Activity& a : activities) upsert.add(a);
  }
  finish_import(*db_, import_id, report);
  tx.commit();
  return report;
}

std::vector<iati::Activity> Store::iati_activities() const {
  using namespace store_detail;
  ReadTransaction snapshot(*db_);
  Statement s(*db_, "SELECT fields FROM iati_activities ORDER BY iati_identifier");
  std::vector<iati::Activity> out;
  while (s.step()) out.push_back(activity_from_json(s.text(0)));
  return out;
}

PAIRAID_NAMESPACE_END
