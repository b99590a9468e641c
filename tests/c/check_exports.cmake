# cmake -DLIBRARY=... -DSONAME=... -DHEADER=... -DTEST_SOURCES=a.c;b.c -P check_exports.cmake
#
# Checks the shared C library's ABI surface:
#   1. every defined dynamic symbol is pairaid_* (the version script hides C++, Boost, libstdc++);
#   2. its SONAME is the one consumers record (libpairaid_c.so.<major>);
#   3. what pairaid.h declares and what the library exports are the same set of functions;
#   4. every exported function is called somewhere in the C tests.
cmake_minimum_required(VERSION 3.25)

foreach(var LIBRARY SONAME HEADER TEST_SOURCES)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_exports.cmake: -D${var}=... is required")
  endif()
endforeach()

find_program(NM nm REQUIRED)
find_program(OBJDUMP objdump REQUIRED)
set(errors "")

# 1. Exports.
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
  OUTPUT_VARIABLE nm_out RESULT_VARIABLE nm_rc ERROR_VARIABLE nm_err)
if(NOT nm_rc EQUAL 0)
  message(FATAL_ERROR "nm failed on ${LIBRARY}: ${nm_err}")
endif()
string(REPLACE "\n" ";" nm_lines "${nm_out}")
set(exported "")
foreach(line IN LISTS nm_lines)
  if(line STREQUAL "")
    continue()
  endif()
  # "0000000000012340 T pairaid_money_parse@@PAIRAID_C_0"; the version node itself is "A PAIRAID_C_0".
  if(NOT line MATCHES "^[0-9a-fA-F]* *([A-Za-z]) ([^@ ]+)")
    list(APPEND errors "unexpected nm line: ${line}")
    continue()
  endif()
  set(type "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  if(type STREQUAL "A" AND name MATCHES "^PAIRAID_C_[0-9]+$")
    continue()
  endif()
  if(NOT name MATCHES "^pairaid_")
    list(APPEND errors "exported symbol outside the C API: ${name} (${type})")
  elseif(type STREQUAL "T")
    list(APPEND exported "${name}")
  endif()
endforeach()
list(LENGTH exported n_exported)
if(n_exported EQUAL 0)
  list(APPEND errors "no pairaid_* function is exported")
endif()

# 2. SONAME.
execute_process(COMMAND ${OBJDUMP} -p ${LIBRARY} OUTPUT_VARIABLE od_out RESULT_VARIABLE od_rc)
if(NOT od_rc EQUAL 0)
  message(FATAL_ERROR "objdump -p failed on ${LIBRARY}")
endif()
if(od_out MATCHES "SONAME[ \t]+([^ \t\n]+)")
  if(NOT CMAKE_MATCH_1 STREQUAL SONAME)
    list(APPEND errors "SONAME is ${CMAKE_MATCH_1}, expected ${SONAME}")
  endif()
else()
  list(APPEND errors "no SONAME in ${LIBRARY}")
endif()

# 3. Header declarations vs exports.
file(STRINGS ${HEADER} api_lines REGEX "^PAIRAID_API ")
set(declared "")
foreach(line IN LISTS api_lines)
  if(line MATCHES "(pairaid_[a-z0-9_]+)\\(")
    list(APPEND declared "${CMAKE_MATCH_1}")
  endif()
endforeach()
foreach(fn IN LISTS declared)
  if(NOT fn IN_LIST exported)
    list(APPEND errors "declared in pairaid.h but not exported: ${fn}")
  endif()
endforeach()
foreach(fn IN LISTS exported)
  if(NOT fn IN_LIST declared)
    list(APPEND errors "exported but not declared in pairaid.h: ${fn}")
  endif()
endforeach()

# 4. Every exported function is exercised by a C test.
set(test_text "")
foreach(src IN LISTS TEST_SOURCES)
  file(READ ${src} text)
  string(APPEND test_text "${text}")
endforeach()
foreach(fn IN LISTS exported)
  string(FIND "${test_text}" "${fn}(" at)
  if(at EQUAL -1)
    list(APPEND errors "no C test calls ${fn}")
  endif()
endforeach()

if(errors)
  list(JOIN errors "\n  " text)
  message(FATAL_ERROR "C API surface check failed:\n  ${text}")
endif()
message(STATUS "${n_exported} pairaid_* functions exported, all declared and tested; SONAME ${SONAME}")
