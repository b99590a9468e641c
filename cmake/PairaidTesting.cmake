# Test registration shared by tests/, examples/ and benchmarks/.
#
# The shared corpus: ../shared beside the repository, or $PAIRAID_SHARED_DIR when set at configure
# time. A fresh clone has none; tests that read it are registered all the same, labelled `corpus`,
# and skipped (exit 77, with the reason in their output) when it is absent when they run, so that
# `ctest` shows them as skipped rather than failed or missing. `ctest -L corpus` runs only those,
# `ctest -LE corpus` all the others.
if(DEFINED ENV{PAIRAID_SHARED_DIR} AND NOT "$ENV{PAIRAID_SHARED_DIR}" STREQUAL "")
  set(_pairaid_shared_default "$ENV{PAIRAID_SHARED_DIR}")
else()
  set(_pairaid_shared_default "${PROJECT_SOURCE_DIR}/../shared")
endif()
set(PAIRAID_SHARED_DIR "${_pairaid_shared_default}" CACHE PATH "The shared corpus (IATI files, rule fixtures, peer outputs)")
if(IS_DIRECTORY "${PAIRAID_SHARED_DIR}/data")
  message(STATUS "pairaid: shared corpus at ${PAIRAID_SHARED_DIR}: tests labelled 'corpus' will run")
else()
  message(STATUS "pairaid: no shared corpus at ${PAIRAID_SHARED_DIR}: tests labelled 'corpus' will be skipped")
endif()

# pairaid_corpus_test(NAME name COMMAND cmd [args...] [WORKING_DIRECTORY dir])
# add_test for a test that reads ${PAIRAID_SHARED_DIR}: run through tests/corpus-or-skip, labelled
# `corpus`, skipped (77) when the corpus is absent. Other properties are set by the caller as usual.
function(pairaid_corpus_test)
  cmake_parse_arguments(T "" "NAME;WORKING_DIRECTORY" "COMMAND" ${ARGN})
  set(_wd)
  if(T_WORKING_DIRECTORY)
    set(_wd WORKING_DIRECTORY ${T_WORKING_DIRECTORY})
  endif()
  add_test(NAME ${T_NAME} COMMAND ${PROJECT_SOURCE_DIR}/tests/corpus-or-skip ${PAIRAID_SHARED_DIR} ${T_COMMAND} ${_wd})
  set_tests_properties(${T_NAME} PROPERTIES LABELS corpus SKIP_RETURN_CODE 77)
endfunction()

# The Python with Debian's packages (pandas, lxml, jsonschema): the first python3 on PATH may lack them.
set(PAIRAID_DEBIAN_PYTHON /usr/bin/python3 CACHE FILEPATH "Python with Debian's packages (jsonschema, pandas, lxml)")
