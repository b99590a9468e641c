# Runs one `pairaid` command line and checks its exit status and output.
#   cmake -DCLI=path/to/pairaid -DARGS="a;b;c" -DEXPECT_EXIT=2
#         [-DEXPECT_STDOUT=regex] [-DEXPECT_STDERR=regex] [-DEXPECT_EMPTY_STDOUT=ON] -P run_cli.cmake
# ARGS is a CMake list; use "|" instead of ";" inside a value (ctest splits lists on ";").
string(REPLACE "|" ";" _args "${ARGS}")
# Brackets in the expectations come escaped (cmake/PairaidTesting.cmake, pairaid_cli_test).
foreach(_stream STDOUT STDERR)
  if(DEFINED EXPECT_${_stream})
    string(REPLACE "<pairaid:lb>" "[" EXPECT_${_stream} "${EXPECT_${_stream}}")
    string(REPLACE "<pairaid:rb>" "]" EXPECT_${_stream} "${EXPECT_${_stream}}")
  endif()
endforeach()
execute_process(COMMAND ${CLI} ${_args}
  RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
set(_report "command: pairaid ${_args}\nexit: ${_status}\n--- stdout ---\n${_out}\n--- stderr ---\n${_err}")
if(NOT _status STREQUAL "${EXPECT_EXIT}")
  message(FATAL_ERROR "expected exit ${EXPECT_EXIT}\n${_report}")
endif()
if(DEFINED EXPECT_STDOUT AND NOT _out MATCHES "${EXPECT_STDOUT}")
  message(FATAL_ERROR "stdout does not match '${EXPECT_STDOUT}'\n${_report}")
endif()
if(DEFINED EXPECT_STDERR AND NOT _err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not match '${EXPECT_STDERR}'\n${_report}")
endif()
if(EXPECT_EMPTY_STDOUT AND NOT _out STREQUAL "")
  message(FATAL_ERROR "expected nothing on stdout\n${_report}")
endif()
message(STATUS "${_report}")
