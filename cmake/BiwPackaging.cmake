# CPack: a Debian package with runtime dependencies computed by dpkg-shlibdeps, plus the
# run-time pieces that are loaded dynamically (so shlibdeps cannot see them).
set(CPACK_PACKAGE_NAME "biworkspace")
set(CPACK_PACKAGE_VENDOR "BI Workspace developers")
set(CPACK_PACKAGE_CONTACT "BI Workspace developers <biworkspace@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain dlopen()s libsecret; the SQLite driver and SVG plugins are Qt plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-svg-plugins | libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
include(CPack)
