# Warnings for our own targets only (never forced on a consumer through an INTERFACE property).
function(pairaid_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow>
      $<$<COMPILE_LANGUAGE:C>:-Wall -Wextra -Wpedantic -Wconversion>)
    # GCC 12 at -O3 reports false -Wrestrict overlaps inside std::string's inlined copies (GCC
    # PR 105329), dozens per Release build: noise that would hide a real warning, so it is off there.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-Wno-restrict>)
    endif()
    if(PAIRAID_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
option(PAIRAID_WERROR "Treat warnings in pairaid's own code as errors" ${PROJECT_IS_TOP_LEVEL})
