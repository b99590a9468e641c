include(CMakePackageConfigHelpers)
set(PAIRAID_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pairaid)

install(DIRECTORY include/pairaid DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES capi/include/pairaid.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS pairaid_core pairaid pairaid_c pairaid_c_static
  EXPORT pairaidTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT pairaidTargets NAMESPACE pairaid:: DESTINATION ${PAIRAID_CMAKE_DIR})

configure_package_config_file(cmake/pairaidConfig.cmake.in
  ${PROJECT_BINARY_DIR}/pairaidConfig.cmake INSTALL_DESTINATION ${PAIRAID_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pairaidConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/pairaidConfig.cmake ${PROJECT_BINARY_DIR}/pairaidConfigVersion.cmake
  DESTINATION ${PAIRAID_CMAKE_DIR})
