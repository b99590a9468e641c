// pairaid_program and pairaid_pairing: borrowed views of a dataset's programs and of the pairings
// that tie each donor to the area it assists.
#include "entity_access.hpp"

#include <pairaid/core/period.hpp>

using pairaid::capi::guard;
using pairaid::capi::lend;

pairaid_program::pairaid_program(const pairaid::Program& p)
    : model(&p), recipient_area(p.recipient_area.to_string()), decided_on(pairaid::capi::text_of(p.decided_on)) {}

pairaid_pairing::pairaid_pairing(const pairaid::Pairing& p)
    : model(&p),
      area(p.area.to_string()),
      valid_from(pairaid::to_string(p.valid_from)),
      valid_until(pairaid::capi::text_of(p.valid_until)) {}

extern "C" {

PAIRAID_DATASET_LIST(program, programs)
PAIRAID_DATASET_FIND(program, ProgramId)

PAIRAID_ENTITY_TEXT(program, id, program->model->id.str().c_str())
PAIRAID_ENTITY_TEXT(program, name_en, program->model->name_en.c_str())
PAIRAID_ENTITY_TEXT(program, name_zh, program->model->name_zh.c_str())
PAIRAID_ENTITY_TEXT(program, recipient_area, program->recipient_area.c_str())
PAIRAID_ENTITY_TEXT(program, policy, program->model->policy.c_str())
PAIRAID_ENTITY_OPTIONAL_TEXT(program, decided_on,
                             lend(out, program->decided_on,
                                  "the decision date of program '" + program->model->id.str() + "'"))

pairaid_status pairaid_program_start_year(int* out, const pairaid_program* program) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(program);
    *out = program->model->start_year;
    return PAIRAID_OK;
  });
}

PAIRAID_DATASET_LIST(pairing, pairings)

PAIRAID_ENTITY_TEXT(pairing, donor, pairing->model->donor.str().c_str())
PAIRAID_ENTITY_TEXT(pairing, area, pairing->area.c_str())
PAIRAID_ENTITY_TEXT(pairing, program, pairing->model->program.str().c_str())
PAIRAID_ENTITY_TEXT(pairing, valid_from, pairing->valid_from.c_str())
PAIRAID_ENTITY_OPTIONAL_TEXT(pairing, valid_until,
                             lend(out, pairing->valid_until,
                                  "the end of the pairing of '" + pairing->model->donor.str() + "' with " +
                                      pairing->area + " (it continues)"))

pairaid_status pairaid_pairing_valid_on(int* out, const pairaid_pairing* pairing, const char* date) {
  return guard([&] {
    PAIRAID_REQUIRE(out);
    PAIRAID_REQUIRE(pairing);
    PAIRAID_REQUIRE(date);
    *out = pairing->model->valid_on(pairaid::parse_date(date)) ? 1 : 0;
    return PAIRAID_OK;
  });
}

}  // extern "C"
