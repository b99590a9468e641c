# `pairaid import` end to end (run by ctest with -DCLI=... -DWORK=... -DXIZANG=... -DIATI=... -DLEDGER=...):
# a first import adds, a second finds everything unchanged, a ledger that does not resolve against
# the stored dataset is refused with its file:line:col and exit 2, and the store is left as it was
# (importing the first sources again still finds everything unchanged, and nothing more); report
# and check give the same output from the store as from the dataset file.
file(REMOVE ${WORK}/cli.db ${WORK}/cli.db-wal ${WORK}/cli.db-shm)
file(MAKE_DIRECTORY ${WORK})

function(run_import expect_exit out_var err_var)
  execute_process(COMMAND ${CLI} import ${ARGN} --into ${WORK}/cli.db
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expect_exit)
    message(FATAL_ERROR "pairaid import ${ARGN}: exit ${code}, expected ${expect_exit}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
  set(${err_var} "${err}" PARENT_SCOPE)
endfunction()

function(expect text regex what)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${what}: expected /${regex}/ in:\n${text}")
  endif()
endfunction()

run_import(0 out err ${XIZANG} ${IATI})
expect("${out}" "xizang.json: dataset: [1-9][0-9]* added, 0 updated, 0 unchanged, 0 skipped" "first import")
expect("${out}" "v2.03.xml: iati: 13 added, 0 updated, 0 unchanged, 0 skipped" "first import")

run_import(0 out err ${XIZANG} ${IATI})
expect("${out}" "xizang.json: dataset: 0 added, 0 updated, [1-9][0-9]* unchanged, 0 skipped" "second import")
expect("${out}" "v2.03.xml: iati: 0 added, 0 updated, 13 unchanged, 0 skipped" "second import")

run_import(2 out err ${LEDGER})
expect("${err}" "totals-small.csv:2:28: .*\\[dangling_reference\\]" "unresolved ledger")
expect("${err}" "not imported; the store is as it was" "unresolved ledger")
if(NOT out STREQUAL "")
  message(FATAL_ERROR "a refused import printed on stdout:\n${out}")
endif()

run_import(0 out err ${XIZANG} ${IATI})
expect("${out}" "dataset: 0 added, 0 updated, [1-9][0-9]* unchanged" "after the refused import")
expect("${out}" "iati: 0 added, 0 updated, 13 unchanged" "after the refused import")

# report and check read a store as the dataset it holds: the same output as from the file.
foreach(command report check)
  execute_process(COMMAND ${CLI} ${command} ${XIZANG} RESULT_VARIABLE file_code OUTPUT_VARIABLE file_out ERROR_VARIABLE file_err)
  execute_process(COMMAND ${CLI} ${command} ${WORK}/cli.db RESULT_VARIABLE store_code OUTPUT_VARIABLE store_out ERROR_VARIABLE store_err)
  if(NOT file_code EQUAL store_code OR NOT file_out STREQUAL store_out OR file_out STREQUAL "")
    message(FATAL_ERROR "pairaid ${command}: the store (exit ${store_code}) and the file (exit ${file_code}) differ\n"
                        "store:\n${store_out}${store_err}\nfile:\n${file_out}${file_err}")
  endif()
endforeach()
