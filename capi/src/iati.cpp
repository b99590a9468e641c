// IATI through C: totals over files (or a buffer) as a pairaid_result, validation findings as a
// pairaid_diagnostics, and export of datasets and IATI files as one 2.03 document. The reading,
// summing, checking and writing are the core's (include/pairaid/iati/); this file parses the C
// arguments and copies results out.
#include "query_handles.hpp"

#include <pairaid/iati/export.hpp>
#include <pairaid/iati/reader.hpp>
#include <pairaid/iati/to_iati.hpp>
#include <pairaid/iati/totals.hpp>
#include <pairaid/iati/validate.hpp>
#include <pairaid/io/dataset_json.hpp>

#include <cstdio>
#include <fstream>
#include <span>

using pairaid::capi::emit;
using pairaid::capi::fail;
using pairaid::capi::guard;
namespace iati = pairaid::iati;

struct pairaid_iati_export_options {
  iati::ToIatiOptions to_iati;
  iati::ExportOptions export_options;
};

namespace {

iati::TotalsOptions totals_options(const char* by, const char* hierarchy, const char* convert_to,
                                   const pairaid_fx_table* rates, pairaid_rounding_mode mode, int digits,
                                   std::shared_ptr<const pairaid::FxTable>& table) {
  iati::TotalsOptions options;
  // The one vocabulary (Dimension::parse_list); "" or NULL: no grouping.
  if (by != nullptr && *by != '\0') options.by = pairaid::Dimension::parse_list(by);
  if (hierarchy) {
    const auto h = iati::parse_hierarchy_policy(hierarchy);
    if (!h)
      throw pairaid::error(pairaid::errc::invalid_argument,
                           "unknown hierarchy policy '" + std::string(hierarchy) + "' (expected all, leaves or top)");
    options.hierarchy = *h;
  }
  if (convert_to) {
    if (!rates)
      throw pairaid::error(pairaid::errc::invalid_argument,
                           "converting to " + std::string(convert_to) + " needs rates");
    if (digits < -1 || digits > pairaid::Decimal::scale)
      throw pairaid::error(pairaid::errc::invalid_argument,
                           "digits must be 0..9, or -1 for the target's minor unit; got " + std::to_string(digits));
    table = rates->table();
    iati::TotalsConversion c{
        pairaid::Currency::of(convert_to), table.get(), {pairaid::capi::to_core(mode), std::nullopt}};
    if (digits >= 0) c.rounding.digits = digits;
    options.convert = c;
  }
  return options;
}

// Every finding as a diagnostic (the element path in `pointer`); status PAIRAID_OK unless an error
// is among them.
pairaid_status emit_findings(pairaid_diagnostics** out, const std::vector<iati::Finding>& findings) {
  std::vector<pairaid::io::Diagnostic> items;
  std::vector<std::string> texts;
  std::vector<const char*> severities;
  for (const iati::Finding& f : findings) {
    items.push_back({f.file, f.line, f.column, f.path, f.code, f.message});
    texts.push_back(f.to_string());
    severities.push_back(f.severity == iati::Severity::error     ? "error"
                         : f.severity == iati::Severity::warning ? "warning"
                                                                 : "info");
  }
  const pairaid_status status = iati::has_errors(findings) ? PAIRAID_EINVALID_DATA : PAIRAID_OK;
  return emit(out, status, std::move(items), std::move(texts), std::move(severities));
}

iati::ValidateOptions validate_options(const char* as_of, const char* schema_dir) {
  iati::ValidateOptions options;
  options.as_of = pairaid::parse_date(as_of);
  if (schema_dir != nullptr && *schema_dir == '\0')
    options.skip_schema = true;
  else if (schema_dir != nullptr)
    options.schema_dir = std::filesystem::path(schema_dir);
  return options;
}

}  // namespace

extern "C" {

pairaid_status pairaid_iati_totals(pairaid_result** out, const char* const* files, size_t file_count, const char* by,
                                   const char* hierarchy, const char* convert_to, const pairaid_fx_table* rates,
                                   pairaid_rounding_mode mode, int digits) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    if (file_count > 0) PAIRAID_REQUIRE(files);
    std::shared_ptr<const pairaid::FxTable> table;
    const iati::TotalsOptions options = totals_options(by, hierarchy, convert_to, rates, mode, digits, table);
    const iati::ReadOptions read = iati::totals_read_options(false);
    iati::TotalsAccumulator all(options);
    for (const char* file : std::span(files, file_count)) {
      if (file == nullptr) return fail(PAIRAID_EINVALID, "files must not hold NULL");
      (void)iati::add_file(all, file, read, 2);  // a file that fails never counts
    }
    return emit(out, pairaid::ResultTable::of(all.result(), {false, nullptr, "the rates given"}));
  });
}

pairaid_status pairaid_iati_totals_buffer(pairaid_result** out, const char* data, size_t size, const char* name,
                                          const char* by, const char* hierarchy, const char* convert_to,
                                          const pairaid_fx_table* rates, pairaid_rounding_mode mode, int digits) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(data);
    std::shared_ptr<const pairaid::FxTable> table;
    const iati::TotalsOptions options = totals_options(by, hierarchy, convert_to, rates, mode, digits, table);
    iati::TotalsAccumulator acc(options);
    (void)iati::read_activities(std::string_view(data, size), name ? name : "<buffer>",
                                iati::totals_read_options(false), [&](iati::Activity&& a) { acc.add(a); });
    return emit(out, pairaid::ResultTable::of(acc.result(), {false, nullptr, "the rates given"}));
  });
}

pairaid_status pairaid_iati_validate_file(pairaid_diagnostics** out, const char* path, const char* as_of,
                                          const char* schema_dir) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(path);
    PAIRAID_REQUIRE(as_of);
    return emit_findings(out, iati::validate_file(path, validate_options(as_of, schema_dir)));
  });
}

pairaid_status pairaid_iati_validate_buffer(pairaid_diagnostics** out, const char* data, size_t size, const char* name,
                                            const char* as_of, const char* schema_dir) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(data);
    PAIRAID_REQUIRE(as_of);
    return emit_findings(out, iati::validate_buffer(std::string_view(data, size), name ? name : "<buffer>",
                                                    validate_options(as_of, schema_dir)));
  });
}

pairaid_status pairaid_iati_export_options_new(pairaid_iati_export_options** out) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    return emit(out);
  });
}

pairaid_status pairaid_iati_export_options_set(pairaid_iati_export_options* options, const char* name,
                                               const char* value) {
  return guard([&] {
    PAIRAID_REQUIRE(options);
    PAIRAID_REQUIRE(name);
    PAIRAID_REQUIRE(value);
    const std::string_view n(name);
    iati::ExportOptions& e = options->export_options;
    if (n == "reporting_org")
      options->to_iati.reporting_org_ref = value;
    else if (n == "reporting_org_name")
      options->to_iati.reporting_org_name = value;
    else if (n == "reporting_org_type") {
      options->to_iati.reporting_org_type = value;
      e.reporting_org_type_if_missing = value;
    } else if (n == "generated_datetime")
      e.generated_datetime = value;
    else if (n == "activity_status_if_missing")
      e.activity_status_if_missing = value;
    else if (n == "start_date_if_missing")
      e.start_date_if_missing = pairaid::parse_date(value);
    else if (n == "administrative_vocabulary")
      e.administrative_vocabulary = value;
    else if (n == "role_if_no_participants") {
      static constexpr const char* roles[] = {"funding", "accountable", "extending", "implementing"};
      std::optional<iati::OrganisationRole> role;
      for (int i = 0; i < 4; ++i)
        if (std::string_view(value) == roles[i]) role = static_cast<iati::OrganisationRole>(i + 1);
      if (!role)
        return fail(PAIRAID_EINVALID,
                    "'" + std::string(value) + "' is not a role (funding, accountable, extending, implementing)");
      e.reporting_org_role_if_no_participants = role;
    } else
      return fail(PAIRAID_EINVALID, "unknown export option '" + std::string(name) +
                                        "' (known: reporting_org, reporting_org_name, reporting_org_type, "
                                        "generated_datetime, activity_status_if_missing, start_date_if_missing, "
                                        "role_if_no_participants, administrative_vocabulary)");
    return PAIRAID_OK;
  });
}

void pairaid_iati_export_options_free(pairaid_iati_export_options* options) { delete options; }

pairaid_status pairaid_iati_export(const char* output_path, const pairaid_dataset* dataset, const char* const* files,
                                   size_t file_count, const pairaid_iati_export_options* options) {
  return guard([&] {
    PAIRAID_REQUIRE(output_path);
    PAIRAID_REQUIRE(options);
    if (file_count > 0) PAIRAID_REQUIRE(files);
    std::vector<iati::Activity> activities;
    if (dataset) {
      if (options->to_iati.reporting_org_ref.empty())
        return fail(PAIRAID_EINVALID,
                    "exporting a dataset needs the option reporting_org (it prefixes the activity identifiers)");
      activities = iati::to_iati(dataset->dataset, options->to_iati);
    }
    for (const char* file : std::span(files, file_count)) {
      if (file == nullptr) return fail(PAIRAID_EINVALID, "files must not hold NULL");
      iati::ActivityFile read = iati::load_activities(file);
      for (iati::Activity& a : read.activities) activities.push_back(std::move(a));
    }
    if (activities.empty())
      return fail(PAIRAID_EINVALID_DATA, "the sources hold no activity, and IATI 2.03 requires at least one");
    if (const auto gaps = iati::missing_required(activities, options->export_options); !gaps.empty()) {
      std::string text = std::to_string(gaps.size()) + " activities lack parts IATI 2.03 requires: " + gaps.front();
      if (gaps.size() > 1) text += " (and " + std::to_string(gaps.size() - 1) + " more)";
      return fail(PAIRAID_EINVALID_DATA, text);
    }
    std::ofstream file(output_path, std::ios::binary | std::ios::trunc);
    if (!file) return fail(PAIRAID_EIO, "cannot write " + std::string(output_path));
    try {
      (void)iati::write_iati(file, activities, options->export_options);
      if (!file.flush()) throw pairaid::error(pairaid::errc::io, "writing " + std::string(output_path) + " failed");
    } catch (...) {
      file.close();
      std::remove(output_path);  // no half-written document left behind
      throw;
    }
    return PAIRAID_OK;
  });
}

}  // extern "C"
