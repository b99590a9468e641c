# The data pairaid finds at run time without flags (include/pairaid/io/data_files.hpp; data/SOURCES.md
# cites each file): installed as share/pairaid, and staged in the build tree with the same layout
# (symbolic links into the source tree, so editing data/ needs no rebuild) for binaries run from it.
set(PAIRAID_INSTALL_DATA_DIR "${CMAKE_INSTALL_FULL_DATADIR}/pairaid")
set(PAIRAID_BUILD_DATA_DIR "${PROJECT_BINARY_DIR}/share/pairaid")

file(MAKE_DIRECTORY "${PAIRAID_BUILD_DATA_DIR}")
foreach(link IN ITEMS iati fx SOURCES.md)
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/data/${link}" "${PAIRAID_BUILD_DATA_DIR}/${link}" SYMBOLIC)
endforeach()
file(CREATE_LINK "${PROJECT_SOURCE_DIR}/examples/data" "${PAIRAID_BUILD_DATA_DIR}/examples" SYMBOLIC)

if(PAIRAID_INSTALL)
  install(DIRECTORY data/iati data/fx DESTINATION ${CMAKE_INSTALL_DATADIR}/pairaid)
  install(FILES data/SOURCES.md DESTINATION ${CMAKE_INSTALL_DATADIR}/pairaid)
  install(DIRECTORY examples/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pairaid/examples)
endif()
