# The directory README's tour runs in: examples/ of the source tree, and a small real IATI file as
# activities.xml (tests/data/iati/activities/SOURCES.md); no store left from an earlier run.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(CREATE_LINK ${SOURCE}/examples ${WORK}/examples SYMBOLIC)
file(COPY_FILE ${SOURCE}/tests/data/iati/activities/netherlands-mfa-XM-DAC-7-v2.03.xml ${WORK}/activities.xml)
