# biw_add_test(<name> SOURCES ... [LIBS ...] [TIMEOUT s] [DISPLAY] [LABELS ...])
#
# Builds one Qt Test executable per test class and registers it with CTest.
# Tests run with QT_QPA_PLATFORM=offscreen unless DISPLAY is given (those need the Xvfb display
# that scripts/test provides). Every test gets a private HOME/XDG config dir under the build tree
# so that QSettings written by a test never touches the user's real configuration.
function(biw_add_test name)
    cmake_parse_arguments(ARG "DISPLAY" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE biw_project_config Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/tests")
    add_test(NAME ${name} COMMAND ${name})

    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    set(env "LANG=en_US.UTF-8" "LC_ALL=" "HOME=${home}" "XDG_CONFIG_HOME=${home}/config"
            "XDG_CACHE_HOME=${home}/cache" "QT_LOGGING_RULES=biw.*.debug=false")
    if(NOT ARG_DISPLAY)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}"
        LABELS "${ARG_LABELS}")
endfunction()
