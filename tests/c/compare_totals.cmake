# The same query gives byte-identical CSV from the command line, from C and from Python: runs
# `pairaid totals ARGS --format csv`, tests/c/totals_csv.c and examples/python/totals_csv.py, and
# requires the three outputs to be equal (and a table, not an error).
#   cmake -DCLI=pairaid -DC_PROGRAM=totals_csv -DPYTHON=python3 -DPYTHON_SCRIPT=totals_csv.py
#         -DLIBRARY=libpairaid_c.so -DARGS="a|b|c" [-DWORK=dir -DSTORE_SOURCES="x.json|y.csv"]
#         [-DPYTHON_PRELOAD="libasan.so libstdc++.so"]
#         -P compare_totals.cmake
# With STORE_SOURCES, they are first imported into WORK/store.db, which "@STORE@" in ARGS names.
string(REPLACE "|" ";" _args "${ARGS}")
if(DEFINED STORE_SOURCES)
  string(REPLACE "|" ";" _store_sources "${STORE_SOURCES}")
  file(REMOVE_RECURSE ${WORK})
  file(MAKE_DIRECTORY ${WORK})
  execute_process(COMMAND ${CLI} import ${_store_sources} --into ${WORK}/store.db
                  RESULT_VARIABLE _code OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(NOT _code EQUAL 0)
    message(FATAL_ERROR "pairaid import ${_store_sources}: exit ${_code}\n${_out}${_err}")
  endif()
  string(REPLACE "@STORE@" "${WORK}/store.db" _args "${_args}")
endif()

execute_process(COMMAND ${CLI} totals ${_args} --format csv RESULT_VARIABLE _cli_code OUTPUT_VARIABLE _cli ERROR_VARIABLE _cli_err)
execute_process(COMMAND ${C_PROGRAM} ${_args} RESULT_VARIABLE _c_code OUTPUT_VARIABLE _c ERROR_VARIABLE _c_err)
set(_py_env PAIRAID_LIB=${LIBRARY})
if(DEFINED PYTHON_PRELOAD)  # an ASan build: tests/c/CMakeLists.txt
  list(APPEND _py_env "LD_PRELOAD=${PYTHON_PRELOAD}" ASAN_OPTIONS=detect_leaks=0)
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env ${_py_env} ${PYTHON} ${PYTHON_SCRIPT} ${_args}
                RESULT_VARIABLE _py_code OUTPUT_VARIABLE _py ERROR_VARIABLE _py_err)
set(_report "pairaid totals ${_args}\n--- CLI (exit ${_cli_code}) ---\n${_cli}${_cli_err}\n--- C (exit ${_c_code}) ---\n${_c}${_c_err}\n--- Python (exit ${_py_code}) ---\n${_py}${_py_err}")
if(NOT _cli_code EQUAL 0 OR NOT _c_code EQUAL 0 OR NOT _py_code EQUAL 0)
  message(FATAL_ERROR "a run failed\n${_report}")
endif()
if(NOT _cli STREQUAL _c OR NOT _cli STREQUAL _py)
  message(FATAL_ERROR "the outputs differ\n${_report}")
endif()
string(REGEX MATCHALL "\n" _lines "${_cli}")
list(LENGTH _lines _n)
if(_n LESS 2)
  message(FATAL_ERROR "no rows to compare\n${_report}")
endif()
message(STATUS "identical from the CLI, C and Python (${_n} lines)\n${_cli}")
