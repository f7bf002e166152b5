# Sourced by the bench scripts (from the project root): JAVA_OPTS defaults to the -X flags the installed launcher runs
# with (packaging/jpackage.args, the same as `mvn javafx:run`); JAVA_OPTS= (set, empty) gives none. Fills the OPTS array.
if [ -z "${JAVA_OPTS+set}" ]; then
    JAVA_OPTS=$(sed -n 's/^--java-options "\(-X[^"]*\)"$/\1/p' packaging/jpackage.args | paste -sd' ')
fi
read -r -a OPTS <<< "${JAVA_OPTS:-}"
