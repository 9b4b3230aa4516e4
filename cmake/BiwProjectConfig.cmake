# One INTERFACE target that every project target links: warnings, strictness and Qt switches.
add_library(biw_project_config INTERFACE)

target_compile_definitions(biw_project_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT            # enforced by Qt >= 6.7; followed by hand on 6.4
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BIW_VERSION_STRING="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(biw_project_config INTERFACE /W4 /permissive- /utf-8)
    if(BIW_WERROR)
        target_compile_options(biw_project_config INTERFACE /WX)
    endif()
else()
    target_compile_options(biw_project_config INTERFACE
        -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor
        -Woverloaded-virtual -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
    if(BIW_WERROR)
        target_compile_options(biw_project_config INTERFACE -Werror)
    endif()
endif()

# Helper for the layer libraries: a static library with the project config attached.
function(biw_add_library name)
    add_library(${name} STATIC ${ARGN})
    target_link_libraries(${name} PRIVATE biw_project_config)
    target_include_directories(${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
endfunction()
