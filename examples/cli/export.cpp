// pairaid export --to iati [--output FILE] [--reporting-org REF] SOURCE...: datasets (JSON) and IATI
// files (any version) written as one IATI 2.03 document.
#include "cli.hpp"
#include "store_input.hpp"

#include <pairaid/iati/export.hpp>
#include <pairaid/iati/reader.hpp>
#include <pairaid/iati/to_iati.hpp>
#include <pairaid/io/source_kind.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <utility>

namespace pairaid_cli {
namespace {

namespace iati = pairaid::iati;

constexpr std::string_view usage =
    "usage: pairaid export --to iati [--output FILE] [--reporting-org REF] [options] SOURCE...\n\n"
    "Writes every activity of the SOURCEs as one IATI 2.03 document that validates against the 2.03\n"
    "schema. What a SOURCE is, is decided as everywhere (docs/formats.md): a dataset (FILE.json,\n"
    "docs/dataset-format.md) gives each project as an activity identified as REF-PROJECTID; a store\n"
    "(STORE.db, docs/store.md) its dataset's projects the same way and its IATI activities as stored;\n"
    "an IATI activity file (FILE.xml) of any version is read as `pairaid totals` reads it (a transaction\n"
    "it cannot use is skipped and reported); a ledger has no activities to export. Money is\n"
    "never invented: what the writer leaves out or fills is counted on stderr (docs/iati.md, Export).\n\n"
    "options:\n"
    "  --to iati                  the output format (required; IATI 2.03 is the only one)\n"
    "  --output FILE              write to FILE instead of stdout\n"
    "  --reporting-org REF        the publisher's IATI organisation identifier (required for datasets)\n"
    "  --reporting-org-type CODE  its OrganisationType; also used for IATI activities without one\n"
    "  --reporting-org-name NAME  its name\n"
    "  --generated-datetime DT    iati-activities/@generated-datetime (default: now, UTC)\n"
    "  --strict                   an unusable transaction in an IATI file is an error, not skipped\n\n"
    "The 2.03 schema requires parts a source may lack. Nothing is guessed: an activity that lacks one\n"
    "stops the export (exit 2, naming it) unless the option that fills it is given:\n"
    "  --activity-status-if-missing CODE   ActivityStatus 1-6\n"
    "  --start-date-if-missing YYYY-MM-DD  written as activity-date type 1 (planned start)\n"
    "  --role-if-no-participants ROLE      the reporting-org as participating-org in ROLE\n"
    "                                      (funding, accountable, extending, implementing)\n"
    "  --administrative-vocabulary CODE    GeographicVocabulary for location/administrative codes\n"
    "                                      (the GB/T 2260 codes of datasets); without it they are left out\n\n"
    "exit status: 0 written, 2 bad usage, a SOURCE that cannot be read, or an activity that cannot be\n"
    "written as valid 2.03 with the options given.\n";

OptionSpec options() {
  OptionSpec spec;
  spec.with_value = {"to",
                     "output",
                     "reporting-org",
                     "reporting-org-type",
                     "reporting-org-name",
                     "generated-datetime",
                     "activity-status-if-missing",
                     "start-date-if-missing",
                     "role-if-no-participants",
                     "administrative-vocabulary"};
  spec.flags = {"strict"};
  return spec;
}

std::string now_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

iati::OrganisationRole role_named(const std::string& name) {
  static constexpr std::array<std::string_view, 4> names{"funding", "accountable", "extending", "implementing"};
  for (std::size_t i = 0; i < names.size(); ++i)
    if (name == names[i] || name == std::to_string(i + 1)) return static_cast<iati::OrganisationRole>(i + 1);
  throw usage_error("--role-if-no-participants: '" + name +
                    "' is not a role (funding, accountable, extending, implementing)");
}

iati::ExportOptions export_options(const Args& args) {
  iati::ExportOptions o;
  o.generated_datetime = args.option("generated-datetime", now_utc());
  o.reporting_org_type_if_missing = args.option("reporting-org-type");
  o.activity_status_if_missing = args.option("activity-status-if-missing");
  if (const std::string date = args.option("start-date-if-missing"); !date.empty()) {
    try {
      o.start_date_if_missing = pairaid::parse_date(date);
    } catch (const pairaid::error& e) {
      throw usage_error(std::string("--start-date-if-missing: ") + e.what());
    }
  }
  if (const std::string role = args.option("role-if-no-participants"); !role.empty())
    o.reporting_org_role_if_no_participants = role_named(role);
  o.administrative_vocabulary = args.option("administrative-vocabulary");
  return o;
}

// missing_required() names ExportOptions fields; on the command line they are options.
std::string with_option_names(std::string text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> names{{
      {"reporting_org_type_if_missing", "--reporting-org-type"},
      {"activity_status_if_missing", "--activity-status-if-missing"},
      {"start_date_if_missing", "--start-date-if-missing"},
      {"reporting_org_role_if_no_participants", "--role-if-no-participants"},
  }};
  for (const auto& [field, option] : names)
    for (std::size_t at = text.find(field); at != std::string::npos; at = text.find(field, at + option.size()))
      text.replace(at, field.size(), option);
  return text;
}

// Appends a dataset's projects as activities; says on `err` what IATI has no place for.
void add_dataset(const pairaid::Dataset& dataset, const std::string& path, const Args& args,
                 std::vector<iati::Activity>& into, std::ostream& err) {
  iati::ToIatiOptions o;
  o.reporting_org_ref = args.option("reporting-org");
  if (o.reporting_org_ref.empty())
    throw usage_error(path + " is a dataset: --reporting-org REF is required (it prefixes the activity identifiers)");
  o.reporting_org_type = args.option("reporting-org-type");
  o.reporting_org_name = args.option("reporting-org-name");
  std::vector<iati::Activity> activities = iati::to_iati(dataset, o);
  const iati::NotExported left = iati::not_exported(dataset);
  if (left.investment_attracted > 0)
    err << path << ": " << left.investment_attracted
        << " investment_attracted transactions not exported (IATI has no transaction type for them)\n";
  if (left.without_project > 0)
    err << path << ": " << left.without_project << " transactions without a project not exported\n";
  for (iati::Activity& a : activities) into.push_back(std::move(a));
}

// Appends the activities of one SOURCE; prints what was skipped or left out to `err`.
void read_source(const std::string& path, const Args& args, std::vector<iati::Activity>& into, std::ostream& err) {
  switch (pairaid::io::source_kind(path)) {
    case pairaid::io::SourceKind::store: {  // what it holds: its dataset's projects and its IATI activities
      const StoreHolds holds = store_holds_reporting(path, err);
      if (holds.dataset) add_dataset(load_store_dataset_reporting(path, err), path, args, into, err);
      if (holds.iati)
        for (iati::Activity& a : load_store_activities_reporting(path, err)) into.push_back(std::move(a));
      return;
    }
    case pairaid::io::SourceKind::dataset: return add_dataset(load_dataset_reporting(path, err), path, args, into, err);
    case pairaid::io::SourceKind::ledger:
      throw usage_error(path + " is a transaction ledger: export takes datasets, stores and IATI files");
    case pairaid::io::SourceKind::iati: break;
  }
  iati::ReadOptions read;
  read.strict = args.flag("strict");
  try {
    iati::ActivityFile file = iati::load_activities(path, read);
    for (const pairaid::io::Diagnostic& d : file.summary.skipped) err << d.to_string() << "\n";
    if (!file.summary.skipped.empty()) err << path << ": " << file.summary.skipped.size() << " transactions skipped\n";
    for (iati::Activity& a : file.activities) into.push_back(std::move(a));
  } catch (const pairaid::io::load_error& e) {
    for (const pairaid::io::Diagnostic& d : e.diagnostics()) err << d.to_string() << "\n";
    throw already_reported();
  }
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
  static constexpr std::array<std::string_view, 1> formats{"iati"};
  if (args.option("to").empty()) throw usage_error("--to iati is required");
  args.choice("to", "iati", formats);
  if (args.positional.empty()) throw usage_error("export needs at least one SOURCE");
  const iati::ExportOptions options = export_options(args);

  std::vector<iati::Activity> activities;
  for (const std::string& path : args.positional) read_source(path, args, activities, err);
  if (activities.empty()) {
    err << "pairaid export: the sources hold no activity, and IATI 2.03 requires at least one\n";
    return exit_bad_input;
  }
  if (const auto gaps = iati::missing_required(activities, options); !gaps.empty()) {
    for (const std::string& g : gaps) err << "pairaid export: " << with_option_names(g) << "\n";
    err << "pairaid export: " << gaps.size()
        << " activities lack parts IATI 2.03 requires; give the --...-if-missing options that fill them (see --help)\n";
    return exit_bad_input;
  }

  const std::string path = args.option("output");
  std::ofstream file;
  if (!path.empty()) {
    file.open(path, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "pairaid export: cannot write " << path << "\n";
      return exit_bad_input;
    }
  }
  std::ostream& sink = path.empty() ? out : file;
  iati::ExportReport report;
  try {
    report = iati::write_iati(sink, activities, options);
    if (!sink.flush())
      throw pairaid::error(pairaid::errc::io, "writing " + (path.empty() ? "stdout" : path) + " failed");
  } catch (...) {
    if (!path.empty()) {  // no half-written document left behind
      file.close();
      std::remove(path.c_str());
    }
    throw;
  }
  err << "pairaid export: wrote " << report.activities << " activities, " << report.transactions << " transactions"
      << (path.empty() ? std::string() : " to " + path) << "\n";
  for (const auto& [reason, n] : report.left_out) err << "  left out " << n << ": " << reason << "\n";
  for (const auto& [reason, n] : report.filled) err << "  filled " << n << ": " << reason << "\n";
  return exit_ok;
}

}  // namespace

extern const Command export_command{"export", "write datasets and IATI files as one IATI 2.03 document", usage,
                                    options(), run};

}  // namespace pairaid_cli
