# Install rules: headers, the libraries as two CMake export sets, pkg-config files, licences.
#
# Two export sets, so that a project written in C alone can find_package(pairaid) and link the
# shared pairaid::c without a C++ compiler or Boost: pairaidCTargets holds pairaid::c (everything
# C++ is linked into libpairaid_c.so), pairaidTargets the C++ targets (core, pairaid, c_static),
# whose dependencies are looked for only when they are loaded (pairaidConfig.cmake).
include(CMakePackageConfigHelpers)
set(PAIRAID_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pairaid)

install(DIRECTORY include/pairaid DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES capi/include/pairaid.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS pairaid_c
  EXPORT pairaidCTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS pairaid_core pairaid pairaid_c_static
  EXPORT pairaidTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT pairaidCTargets NAMESPACE pairaid:: DESTINATION ${PAIRAID_CMAKE_DIR})
install(EXPORT pairaidTargets NAMESPACE pairaid:: DESTINATION ${PAIRAID_CMAKE_DIR})

configure_package_config_file(cmake/pairaidConfig.cmake.in
  ${PROJECT_BINARY_DIR}/pairaidConfig.cmake INSTALL_DESTINATION ${PAIRAID_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pairaidConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/pairaidConfig.cmake ${PROJECT_BINARY_DIR}/pairaidConfigVersion.cmake
  DESTINATION ${PAIRAID_CMAKE_DIR})

# pkg-config: pairaid_c (the C API) and pairaid (C++). The prefix is where the .pc file is
# (${pcfiledir}, which pkg-config and pkgconf both define), so an install under any --prefix, or one
# moved afterwards, gives the right paths. What libpairaid_c.a and libpairaid.a need besides the
# system libraries with .pc files of their own (Requires.private): Boost.JSON, the C++ runtime,
# threads, dladdr's libdl.
function(pairaid_pc_path out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(PAIRAID_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _pairaid_pc_up "/pairaid-root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/pairaid-root")
  string(REGEX REPLACE "/$" "" _pairaid_pc_up "${_pairaid_pc_up}")
  set(PAIRAID_PC_PREFIX "\${pcfiledir}/${_pairaid_pc_up}")
endif()
pairaid_pc_path(PAIRAID_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
pairaid_pc_path(PAIRAID_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
set(PAIRAID_PC_PRIVATE_LIBS "-lboost_json -lstdc++ -lm -lpthread -ldl")
# libpairaid is static unless BUILD_SHARED_LIBS: then its dependencies are not private at all.
if(BUILD_SHARED_LIBS)
  set(PAIRAID_PC_CXX_REQUIRES "Requires.private: expat libxml-2.0 sqlite3")
  set(PAIRAID_PC_CXX_LIBS "")
  set(PAIRAID_PC_CXX_LIBS_PRIVATE "Libs.private: ${PAIRAID_PC_PRIVATE_LIBS}")
else()
  set(PAIRAID_PC_CXX_REQUIRES "Requires: expat libxml-2.0 sqlite3")
  set(PAIRAID_PC_CXX_LIBS "${PAIRAID_PC_PRIVATE_LIBS}")
  set(PAIRAID_PC_CXX_LIBS_PRIVATE "")
endif()
configure_file(cmake/pairaid_c.pc.in ${PROJECT_BINARY_DIR}/pkgconfig/pairaid_c.pc @ONLY)
configure_file(cmake/pairaid.pc.in ${PROJECT_BINARY_DIR}/pkgconfig/pairaid.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/pairaid_c.pc ${PROJECT_BINARY_DIR}/pkgconfig/pairaid.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES LICENSE NOTICE DESTINATION ${CMAKE_INSTALL_DOCDIR})
