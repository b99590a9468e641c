# A store wherever `totals` and `export` take a file (run by ctest with -DCLI=... -DWORK=... -DIATI1=...
# -DIATI2=... -DLEDGER=... -DXIZANG=... -DXMLLINT=... -DSCHEMA=...): totals over a store equal totals
# over the files it was imported from, for IATI activities and for a ledger; it refuses to add
# different transaction types as the files do; a store holding both
# must be told which (--from), and export writes its activities as schema-valid 2.03.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(run expect_exit out_var)
  execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expect_exit)
    message(FATAL_ERROR "pairaid ${ARGN}: exit ${code}, expected ${expect_exit}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(${out_var} "${out}${err}" PARENT_SCOPE)
endfunction()

function(same_totals what by)
  run(0 from_files totals ${ARGN} --by ${by} --format csv)
  run(0 from_store totals ${WORK}/${what}.db --by ${by} --format csv)
  if(NOT from_files STREQUAL from_store OR from_files STREQUAL "")
    message(FATAL_ERROR "totals --by ${by}: the store and the files differ\nstore:\n${from_store}\nfiles:\n${from_files}")
  endif()
endfunction()

run(0 ignored import ${IATI1} ${IATI2} --into ${WORK}/iati.db)
same_totals(iati currency,transaction-type,year ${IATI1} ${IATI2})
same_totals(iati reporting-org,sector,type ${IATI1} ${IATI2})

run(0 ignored import ${LEDGER} --into ${WORK}/ledger.db)
same_totals(ledger year,donor,type ${LEDGER})

# A store, like the files it holds, never adds different transaction types unless asked.
foreach(_store iati ledger)
  run(2 refused totals ${WORK}/${_store}.db --by year)
  if(NOT refused MATCHES "the totals would add [0-9]+ transaction types: .*--by type.*--all-types")
    message(FATAL_ERROR "totals over ${_store}.db added types without being asked:\n${refused}")
  endif()
endforeach()

# Both kinds in one store: the command must be told which, and then agrees with the files.
run(0 ignored import ${IATI1} ${IATI2} ${XIZANG} --into ${WORK}/both.db)
run(2 refused totals ${WORK}/both.db --by currency)
if(NOT refused MATCHES "--from iati or --from ledger")
  message(FATAL_ERROR "a store holding both kinds was not refused with advice:\n${refused}")
endif()
run(0 from_both totals ${WORK}/both.db --from iati --by currency,year,type --format csv)
run(0 from_files totals ${IATI1} ${IATI2} --by currency,year,type --format csv)
if(NOT from_both STREQUAL from_files)
  message(FATAL_ERROR "--from iati: the store and the files differ\nstore:\n${from_both}\nfiles:\n${from_files}")
endif()

# export: the store's activities as 2.03 that the schema accepts.
run(0 ignored export --to iati --output ${WORK}/iati.xml ${WORK}/iati.db)
execute_process(COMMAND ${XMLLINT} --noout --nonet --schema ${SCHEMA} ${WORK}/iati.xml
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "the export of a store does not validate:\n${out}${err}")
endif()
run(0 exported totals ${WORK}/iati.xml --by currency,transaction-type,year --format csv)
run(0 from_files totals ${IATI1} ${IATI2} --by currency,transaction-type,year --format csv)
if(NOT exported STREQUAL from_files)
  message(FATAL_ERROR "store -> export changed the totals\nexport:\n${exported}\nfiles:\n${from_files}")
endif()
