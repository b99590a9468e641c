// pairaid_source: a borrowed view of one of the dataset's sources (who published a figure, and
// the words quoted).
#include "entity_access.hpp"

using pairaid::capi::guard;
using pairaid::capi::lend;

pairaid_source::pairaid_source(const pairaid::Source& s) : model(&s), date(pairaid::capi::text_of(s.date)) {}

extern "C" {

PAIRAID_DATASET_LIST(source, sources)
PAIRAID_DATASET_FIND(source, SourceId)

PAIRAID_ENTITY_TEXT(source, id, source->model->id.str().c_str())
PAIRAID_ENTITY_TEXT(source, title, source->model->title.c_str())
PAIRAID_ENTITY_TEXT(source, publisher, source->model->publisher.c_str())
PAIRAID_ENTITY_TEXT(source, url, source->model->url.c_str())
PAIRAID_ENTITY_TEXT(source, quote, source->model->quote.c_str())
PAIRAID_ENTITY_TEXT(source, note, source->model->note.c_str())
PAIRAID_ENTITY_OPTIONAL_TEXT(source, date,
                             lend(out, source->date,
                                  "the publication date of source '" + source->model->id.str() + "'"))

pairaid_status pairaid_source_person(const char** name, const char** role, const pairaid_source* source) {
  return guard([&] {
    PAIRAID_REQUIRE(name);
    *name = nullptr;
    PAIRAID_REQUIRE(role);
    *role = nullptr;
    PAIRAID_REQUIRE(source);
    const auto& person = source->model->person;
    if (!person)
      return pairaid::capi::fail(PAIRAID_ENOTFOUND, "source '" + source->model->id.str() + "' quotes no person");
    *name = person->name.c_str();
    *role = person->role.c_str();
    return PAIRAID_OK;
  });
}

}  // extern "C"
