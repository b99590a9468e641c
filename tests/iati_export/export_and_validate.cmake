# One ctest case: `pairaid export --to iati` of SOURCE into OUTPUT, then `xmllint --schema` of
# OUTPUT against the IATI 2.03 activity schema. Both must succeed.
#   -DPAIRAID=... -DSOURCE=... -DOUTPUT=... -DXMLLINT=... -DSCHEMA=... [-DEXTRA=arg;arg...]
# With -DEXPECT_EXIT=N the export must instead exit N, say why on stderr and leave no OUTPUT.
foreach(var PAIRAID SOURCE OUTPUT XMLLINT SCHEMA)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "export_and_validate.cmake needs -D${var}=...")
  endif()
endforeach()
file(REMOVE "${OUTPUT}")
execute_process(
  COMMAND "${PAIRAID}" export --to iati --generated-datetime 2026-11-30T00:00:00Z --output "${OUTPUT}" ${EXTRA} "${SOURCE}"
  RESULT_VARIABLE export_status
  ERROR_VARIABLE export_stderr)
message(STATUS "${export_stderr}")
if(DEFINED EXPECT_EXIT)
  if(NOT export_status EQUAL EXPECT_EXIT)
    message(FATAL_ERROR "pairaid export exited ${export_status}, expected ${EXPECT_EXIT}")
  endif()
  if(EXISTS "${OUTPUT}")
    message(FATAL_ERROR "pairaid export failed but left ${OUTPUT} behind")
  endif()
  if(NOT export_stderr MATCHES "--activity-status-if-missing")
    message(FATAL_ERROR "pairaid export did not name the option that would fill the missing part")
  endif()
  return()
endif()
if(NOT export_status EQUAL 0)
  message(FATAL_ERROR "pairaid export exited ${export_status} for ${SOURCE}")
endif()
if(NOT EXISTS "${OUTPUT}")
  message(FATAL_ERROR "pairaid export wrote no ${OUTPUT}")
endif()
execute_process(
  COMMAND "${XMLLINT}" --noout --nonet --schema "${SCHEMA}" "${OUTPUT}"
  RESULT_VARIABLE lint_status
  OUTPUT_VARIABLE lint_stdout
  ERROR_VARIABLE lint_stderr)
if(NOT lint_status EQUAL 0)
  message(FATAL_ERROR "xmllint rejects ${OUTPUT} (from ${SOURCE}), exit ${lint_status}:\n${lint_stdout}${lint_stderr}")
endif()
message(STATUS "${lint_stderr}")
