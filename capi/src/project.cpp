// pairaid_project: a borrowed view of one of the dataset's projects. What the source did not
// state (program, area, sector, status, period) is PAIRAID_ENOTFOUND, never a default.
#include "entity_access.hpp"

using pairaid::capi::guard;
using pairaid::capi::lend;
using pairaid::capi::lend_id;

static_assert(pairaid::capi::words_are_c_strings(pairaid::project_tag_names));
static_assert(pairaid::capi::words_are_c_strings(pairaid::project_status_names));

pairaid_project::pairaid_project(const pairaid::Project& p)
    : model(&p), area(pairaid::capi::code_text(p.area)), sector(pairaid::capi::code_text(p.sector)) {
  if (p.period) period.emplace(*p.period);
}

namespace {
std::string describe(const pairaid_project& p) { return "project '" + p.model->id.str() + "'"; }
}  // namespace

extern "C" {

PAIRAID_DATASET_LIST(project, projects)
PAIRAID_DATASET_FIND(project, ProjectId)

PAIRAID_ENTITY_TEXT(project, id, project->model->id.str().c_str())
PAIRAID_ENTITY_TEXT(project, title_en, project->model->title_en.c_str())
PAIRAID_ENTITY_TEXT(project, title_zh, project->model->title_zh.c_str())
PAIRAID_ENTITY_TEXT(project, note, project->model->note.c_str())
PAIRAID_ENTITY_OPTIONAL_TEXT(project, program,
                             lend_id(out, project->model->program, "the program of " + describe(*project)))
PAIRAID_ENTITY_OPTIONAL_TEXT(project, area, lend(out, project->area, "the area of " + describe(*project)))
PAIRAID_ENTITY_OPTIONAL_TEXT(project, sector, lend(out, project->sector, "the sector of " + describe(*project)))

pairaid_status pairaid_project_status(const char** out, const pairaid_project* project) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(project);
    const auto& status = project->model->status;
    if (!status) return pairaid::capi::fail(PAIRAID_ENOTFOUND, "the status of " + describe(*project) + " is not known");
    *out = pairaid::capi::word_of(pairaid::project_status_names, *status);
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_project_period(const char** first, const char** last, const pairaid_project* project) {
  return guard([&] {
    PAIRAID_REQUIRE(first);
    *first = nullptr;
    PAIRAID_REQUIRE(last);
    *last = nullptr;
    PAIRAID_REQUIRE(project);
    if (!project->period)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "the period of " + describe(*project) + " is not known");
    *first = project->period->first.c_str();
    *last = project->period->last.c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_project_donor_count(size_t* out, const pairaid_project* project) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(project);
    *out = project->model->donors.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_project_donor(const char** out, const pairaid_project* project, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(project);
    const auto& donors = project->model->donors;
    if (index >= donors.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND,
                                 pairaid::capi::out_of_range("donor", index, donors.size(), "donors"));
    *out = donors[index].str().c_str();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_project_tag_count(size_t* out, const pairaid_project* project) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(project);
    *out = project->model->tags.size();
    return PAIRAID_OK;
  });
}

pairaid_status pairaid_project_tag(const char** out, const pairaid_project* project, size_t index) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    *out = nullptr;
    PAIRAID_REQUIRE(project);
    const auto& tags = project->model->tags;
    if (index >= tags.size())
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, pairaid::capi::out_of_range("tag", index, tags.size(), "tags"));
    *out = pairaid::capi::word_of(pairaid::project_tag_names, tags[index]);
    return PAIRAID_OK;
  });
}

}  // extern "C"
