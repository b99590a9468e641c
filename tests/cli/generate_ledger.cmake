# `pairaid generate` end to end, in one of two modes:
#   cmake -DCLI=pairaid -DWORK=dir -DMODE=determinism -DGOLDEN_SHA256=hex -P generate_ledger.cmake
#     the same --transactions and --seed give the same bytes through --output and through stdout,
#     another seed gives other bytes, and the bytes are the recorded ones (GOLDEN_SHA256): the
#     generator uses no platform-dependent randomness, so any change here is a change of output.
#   cmake -DCLI=pairaid -DWORK=dir -DMODE=shape -DCHECKER=generate_ledger_check -DDATASET=x.json -P ...
#     the ledger loads with the ledger reader and has the promised shape (generate_ledger_check).
file(MAKE_DIRECTORY ${WORK})

function(generate rows seed)
  cmake_parse_arguments(G "" "OUTPUT;STDOUT" "" ${ARGN})
  if(G_OUTPUT)
    execute_process(COMMAND ${CLI} generate --transactions ${rows} --seed ${seed} --output ${G_OUTPUT}
                    RESULT_VARIABLE status ERROR_VARIABLE err)
  else()
    execute_process(COMMAND ${CLI} generate --transactions ${rows} --seed ${seed}
                    OUTPUT_FILE ${G_STDOUT} RESULT_VARIABLE status ERROR_VARIABLE err)
  endif()
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "pairaid generate --transactions ${rows} --seed ${seed} exited ${status}: ${err}")
  endif()
endfunction()

if(MODE STREQUAL "determinism")
  generate(2000 7 OUTPUT ${WORK}/a.csv)
  generate(2000 7 STDOUT ${WORK}/b.csv)
  generate(2000 8 OUTPUT ${WORK}/c.csv)
  file(SHA256 ${WORK}/a.csv a)
  file(SHA256 ${WORK}/b.csv b)
  file(SHA256 ${WORK}/c.csv c)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "--output and stdout differ for the same seed: ${a} vs ${b}")
  endif()
  if(a STREQUAL c)
    message(FATAL_ERROR "seeds 7 and 8 gave the same ledger")
  endif()
  file(STRINGS ${WORK}/a.csv lines)
  list(LENGTH lines count)
  if(NOT count EQUAL 2001)
    message(FATAL_ERROR "expected a header and 2000 rows, got ${count} lines")
  endif()
  if(NOT a STREQUAL GOLDEN_SHA256)
    list(SUBLIST lines 0 4 head)
    string(REPLACE ";" "\n" head "${head}")
    message(FATAL_ERROR "generate --transactions 2000 --seed 7 is no longer the recorded ledger:\n"
                        "sha256 ${a}, recorded ${GOLDEN_SHA256}\nfirst lines:\n${head}")
  endif()
elseif(MODE STREQUAL "shape")
  generate(5000 1 OUTPUT ${WORK}/shape.csv)
  execute_process(COMMAND ${CHECKER} ${WORK}/shape.csv ${DATASET} 5000 RESULT_VARIABLE status
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "generate_ledger_check failed (${status}):\n${out}${err}")
  endif()
  message(STATUS "${out}")
else()
  message(FATAL_ERROR "MODE must be determinism or shape")
endif()
file(REMOVE_RECURSE ${WORK})
