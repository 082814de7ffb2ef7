# Builds the .deb with cpack and checks what a user installing it gets: the executables, the
# desktop integration files, and dependencies that cover every library and plugin we load.
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB
                WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}\n${err}")
endif()
file(GLOB debs ${BUILD_DIR}/sna-studio_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents)
message(STATUS "Depends: ${depends}")
foreach(required libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libpoppler-qt6
        libsqlite3-0 qt6-qpa-plugins fonts-noto-core)
    string(FIND "${depends}" "${required}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${required}: ${depends}")
    endif()
endforeach()
foreach(file usr/bin/sna-studio usr/bin/sna usr/share/applications/org.snastudio.SnaStudio.desktop
        usr/share/metainfo/org.snastudio.SnaStudio.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/org.snastudio.SnaStudio.svg
        usr/share/mime/packages/org.snastudio.SnaStudio.xml)
    string(FIND "${contents}" "./${file}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${file}")
    endif()
endforeach()
