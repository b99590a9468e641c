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

# In an AddressSanitizer build, python3 can load libpairaid_c.so only with the ASan runtime loaded
# first, and libstdc++ with it (python3 does not link libstdc++, and ASan's __cxa_throw interceptor
# must find it): PAIRAID_PYTHON_ASAN_PRELOAD is that LD_PRELOAD value, empty in other builds.
set(PAIRAID_PYTHON_ASAN_PRELOAD "")
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                  OUTPUT_VARIABLE _asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++.so
                  OUTPUT_VARIABLE _stdcxx_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(PAIRAID_PYTHON_ASAN_PRELOAD "${_asan_runtime} ${_stdcxx_runtime}")
endif()

# pairaid_cli_test(NAME EXIT n ARGS a b c [STDOUT regex] [STDERR regex] [QUIET] [CORPUS])
# The one way to test the `pairaid` command line: runs `pairaid ARGS` through
# tests/cli/run_cli.cmake and checks its exit status and output. QUIET: nothing may be printed on
# stdout (errors belong on stderr). The test is named ${PAIRAID_CLI_TEST_PREFIX}NAME (each test
# directory sets its prefix: cli., iati.totals.cli. ...). CORPUS: it reads ${PAIRAID_SHARED_DIR},
# so it is registered by pairaid_corpus_test (labelled, skipped without the corpus).
# ARGS is a CMake list; a value may not contain ";" (ctest splits lists on it).
function(pairaid_cli_test name)
  cmake_parse_arguments(T "QUIET;CORPUS" "EXIT;STDOUT;STDERR" "ARGS" ${ARGN})
  string(REPLACE ";" "|" _args "${T_ARGS}")
  set(_defs -DCLI=$<TARGET_FILE:pairaid_cli> "-DARGS=${_args}" -DEXPECT_EXIT=${T_EXIT})
  # A regex's lone [ or ] would make CMake's lists join the elements after it (a list element with
  # unbalanced brackets swallows the ";" that follow): run_cli.cmake turns these back.
  foreach(_stream STDOUT STDERR)
    if(DEFINED T_${_stream})
      string(REPLACE "[" "<pairaid:lb>" _regex "${T_${_stream}}")
      string(REPLACE "]" "<pairaid:rb>" _regex "${_regex}")
      list(APPEND _defs "-DEXPECT_${_stream}=${_regex}")
    endif()
  endforeach()
  if(T_QUIET)
    list(APPEND _defs -DEXPECT_EMPTY_STDOUT=ON)
  endif()
  set(_command ${CMAKE_COMMAND} ${_defs} -P ${PROJECT_SOURCE_DIR}/tests/cli/run_cli.cmake)
  if(T_CORPUS)
    pairaid_corpus_test(NAME ${PAIRAID_CLI_TEST_PREFIX}${name} COMMAND ${_command})
  else()
    add_test(NAME ${PAIRAID_CLI_TEST_PREFIX}${name} COMMAND ${_command})
  endif()
endfunction()
