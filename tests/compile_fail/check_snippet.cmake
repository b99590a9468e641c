# Runs one compile-fail snippet: cmake -DCXX=... -DSNIPPET=... -DINCLUDE_DIRS=a|b -DSYSTEM_DIRS=c|d -P check_snippet.cmake
#
# A snippet declares what must happen in its header comment:
#   // rule: ...            the rule it breaks (required, so that every snippet says why it exists)
#   // why: ...             why the library refuses it (required)
#   // expect: <regex>      a CMake regex the compiler's stderr must match (one or more lines; all must match)
#   // expect: compiles     the snippet must compile cleanly instead (a control)
#   // errors: N            how many "error:" lines the compiler must report (default 1), so that a typo
#                           beside the intended mistake fails the test instead of hiding behind it
#
# The compiler runs with LC_ALL=C so that diagnostics use ASCII quotes ('operator+', not the UTF-8
# curly quotes g++ prints in a UTF-8 locale): the regexes are written against that form.
cmake_minimum_required(VERSION 3.25)

foreach(var CXX SNIPPET)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_snippet.cmake: -D${var}=... is required")
  endif()
endforeach()

get_filename_component(name "${SNIPPET}" NAME)

file(STRINGS "${SNIPPET}" expects REGEX "^// expect: ")
file(STRINGS "${SNIPPET}" rules REGEX "^// rule: ")
file(STRINGS "${SNIPPET}" whys REGEX "^// why: ")
file(STRINGS "${SNIPPET}" error_counts REGEX "^// errors: [0-9]+$")
if(NOT expects)
  message(FATAL_ERROR "${name}: no '// expect: <regex>' (or '// expect: compiles') line")
endif()
if(NOT rules OR NOT whys)
  message(FATAL_ERROR "${name}: the header must state the rule ('// rule: ...') and the reason ('// why: ...')")
endif()

set(want_errors 1)
if(error_counts)
  list(GET error_counts 0 line)
  string(REGEX REPLACE "^// errors: " "" want_errors "${line}")
endif()

# No -fno-diagnostics-show-caret: without the caret GCC rewords some messages ("no match for
# 'operator+' in 'a + b'"), and the regexes match what users see by default.
set(flags -std=c++20 -fsyntax-only -fdiagnostics-color=never)
if(DEFINED INCLUDE_DIRS AND NOT INCLUDE_DIRS STREQUAL "")
  string(REPLACE "|" ";" dirs "${INCLUDE_DIRS}")
  foreach(d IN LISTS dirs)
    list(APPEND flags "-I${d}")
  endforeach()
endif()
if(DEFINED SYSTEM_DIRS AND NOT SYSTEM_DIRS STREQUAL "")
  string(REPLACE "|" ";" dirs "${SYSTEM_DIRS}")
  foreach(d IN LISTS dirs)
    list(APPEND flags -isystem "${d}")
  endforeach()
endif()

set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{LANGUAGE} "")
unset(ENV{GCC_COLORS})
execute_process(
  COMMAND "${CXX}" ${flags} "${SNIPPET}"
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
set(log "${out}${err}")

# How many diagnostics are errors ("file:line:col: error: ..." and "fatal error:").
string(REGEX MATCHALL "(^|\n)[^\n]*: (fatal )?error: " error_lines "${log}")
list(LENGTH error_lines n_errors)

list(GET expects 0 first)
if(first STREQUAL "// expect: compiles")
  if(NOT rc EQUAL 0)
    message("${log}")
    message(FATAL_ERROR "${name}: must compile (it is the fixed code), but the compiler failed (exit ${rc}); its output is above")
  endif()
  message(STATUS "${name}: compiles, as it must")
  return()
endif()

if(rc EQUAL 0)
  message(FATAL_ERROR "${name}: COMPILED, but the library must refuse it. The rule it breaks is no longer enforced:\n  ${rules}")
endif()

set(failures "")
foreach(line IN LISTS expects)
  string(REGEX REPLACE "^// expect: " "" regex "${line}")
  if(NOT log MATCHES "${regex}")
    string(APPEND failures "  no match for: ${regex}\n")
  endif()
endforeach()
if(NOT n_errors EQUAL want_errors)
  string(APPEND failures "  expected ${want_errors} error(s), the compiler reported ${n_errors}\n")
endif()
if(failures)
  # Plain message() keeps the compiler's lines as they are; FATAL_ERROR would re-wrap them.
  message("${log}")
  message("${name}: failed to compile, but not (only) for the intended reason:\n${failures}")
  message(FATAL_ERROR "${name}: wrong diagnostic (compiler output above)")
endif()
message(STATUS "${name}: refused with the intended diagnostic")
