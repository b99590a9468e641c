# Runs `pairaid totals FILES --format csv` and tests/iati/reference_totals.py on the same files for
# each --by list (and hierarchy policy), and requires byte-identical output and exit status 0.
#   cmake -DCLI=pairaid -DPYTHON=python3 -DREFERENCE=reference_totals.py -DCURRENCIES=iso4217.csv
#         -DFILES="a.xml|b.xml" -DBY_LISTS="currency,type,year|sector,recipient-country,type"
#         [-DHIERARCHY=leaves] -P compare_reference.cmake
string(REPLACE "|" ";" _files "${FILES}")
string(REPLACE "|" ";" _by_lists "${BY_LISTS}")
if(NOT DEFINED HIERARCHY)
  set(HIERARCHY leaves)
endif()
foreach(_by IN LISTS _by_lists)
  execute_process(COMMAND ${CLI} totals ${_files} --by ${_by} --hierarchy ${HIERARCHY} --format csv
                  RESULT_VARIABLE _cli_status OUTPUT_VARIABLE _cli_out ERROR_VARIABLE _cli_err)
  execute_process(COMMAND ${PYTHON} ${REFERENCE} ${_files} --by ${_by} --hierarchy ${HIERARCHY} --currencies ${CURRENCIES}
                  RESULT_VARIABLE _py_status OUTPUT_VARIABLE _py_out ERROR_VARIABLE _py_err)
  if(NOT _cli_status EQUAL 0)
    message(FATAL_ERROR "pairaid totals --by ${_by} exited ${_cli_status}\n${_cli_err}")
  endif()
  if(NOT _py_status EQUAL 0)
    message(FATAL_ERROR "reference_totals.py --by ${_by} exited ${_py_status}\n${_py_err}")
  endif()
  if(NOT _cli_out STREQUAL _py_out)
    string(RANDOM LENGTH 8 _tag)
    set(_a ${CMAKE_CURRENT_BINARY_DIR}/iati_totals_${_tag}.pairaid.csv)
    set(_b ${CMAKE_CURRENT_BINARY_DIR}/iati_totals_${_tag}.reference.csv)
    file(WRITE ${_a} "${_cli_out}")
    file(WRITE ${_b} "${_py_out}")
    execute_process(COMMAND diff ${_a} ${_b} OUTPUT_VARIABLE _diff)
    message(FATAL_ERROR "--by ${_by} --hierarchy ${HIERARCHY}: pairaid and the reference differ "
                        "(< pairaid, > reference):\n${_diff}")
  endif()
  string(REGEX MATCHALL "\n" _lines "${_cli_out}")
  list(LENGTH _lines _n)
  message(STATUS "--by ${_by} --hierarchy ${HIERARCHY}: ${_n} identical lines\n${_cli_err}")
endforeach()
