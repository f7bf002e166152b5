#!/usr/bin/env bash
# Startup benchmark (issue 6 §1): time from the Java runtime's start to the first frame of
#   - the app's main window with the sample branch's home screen (reminders) shown (--startup-probe), and
#   - a minimal FXML window started with the same runtime, class-path layout and flags,
# each RUNS times (default 5, after one uncounted warm-up run of each), alternating; prints every run, the medians and
# their ratio. Runs itself under xvfb-run when no display is set.
#
# Usage: packaging/bench/startup.sh [RUNS]
# Environment: JAVA (default: java on PATH), JAVA_OPTS (flags given to both; default: the -X flags the installed
#   launcher runs with, from packaging/jpackage.args, as `mvn javafx:run` does; JAVA_OPTS= for none),
#   DB (default: target/bench/demo.db, made with `demo` when missing),
#   PACKAGED (a jpackage launcher probed the same way; default: target/dist/image/sochibo/bin/sochibo when it exists,
#   built by `mvn verify` or, with the AOT cache baked in, by `mvn -Pdist package`; PACKAGED= turns it off).
set -euo pipefail

if [ -z "${DISPLAY:-}" ] && [ -z "${SOCHIBO_BENCH_XVFB:-}" ]; then
    export SOCHIBO_BENCH_XVFB=1
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

cd "$(dirname "$0")/../.."
RUNS=${1:-${RUNS:-5}}
JAVA=${JAVA:-java}
JAVA_BIN=$(dirname "$(readlink -f "$(command -v "$JAVA")")")
JAVAC="$JAVA_BIN/javac"
JAR_TOOL="$JAVA_BIN/jar"
. packaging/bench/flags.sh
WORK=target/bench
mkdir -p "$WORK"

if [ ! -f target/sochibo.jar ]; then
    mvn -B -ntp -q package -DskipTests
fi
DB=${DB:-$WORK/demo.db}
if [ ! -f "$DB" ]; then
    "$JAVA" -jar target/sochibo.jar demo --db "$DB" > /dev/null
fi

if [ -z "${PACKAGED+set}" ] && [ -x target/dist/image/sochibo/bin/sochibo ]; then
    PACKAGED=target/dist/image/sochibo/bin/sochibo
fi

# The minimal window: compiled against the same JavaFX jars the app runs with, a jar whose Class-Path names them.
FX_JARS=$(cd target/lib && ls javafx-*.jar)
rm -rf "$WORK/min-classes"
mkdir -p "$WORK/min-classes"
"$JAVAC" -nowarn -d "$WORK/min-classes" -cp "$(cd target/lib && ls javafx-*.jar | sed 's|^|target/lib/|' | paste -sd:)" \
    packaging/bench/min/*.java
cp packaging/bench/min/min.fxml "$WORK/min-classes/"
{
    echo "Main-Class: MinLauncher"
    echo "Class-Path: $(echo "$FX_JARS" | sed 's|^|../lib/|' | paste -sd' ')" | fold -w 70 | sed '2,$s/^/ /'
} > "$WORK/min-manifest.txt"
"$JAR_TOOL" --create --file "$WORK/min.jar" --manifest "$WORK/min-manifest.txt" -C "$WORK/min-classes" .

# One probe: the number printed on the "startup-ms N" line of standard output.
probe() {
    local ms
    ms=$(timeout 120 "$@" 2>/dev/null | sed -n 's/^startup-ms \([0-9]*\)$/\1/p' | tail -1)
    if [ -z "$ms" ]; then
        echo "no startup-ms line from: $*" >&2
        exit 1
    fi
    echo "$ms"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

APP=("$JAVA" "${OPTS[@]}" -jar target/sochibo.jar --db "$DB" --startup-probe)
MIN=("$JAVA" "${OPTS[@]}" -jar "$WORK/min.jar")

echo "runtime: $("$JAVA" -version 2>&1 | head -1); flags: ${JAVA_OPTS:-none}; database: $DB; runs: $RUNS"
probe "${APP[@]}" > /dev/null
probe "${MIN[@]}" > /dev/null
if [ -n "${PACKAGED:-}" ]; then
    CACHE=$(sed -n 's/^java-options=\(-XX:AOTCache.*\|-XX:SharedArchiveFile.*\)/\1/p' \
        "$(dirname "$PACKAGED")/../lib/app/sochibo.cfg" 2> /dev/null | head -1)
    echo "packaged: $PACKAGED (${CACHE:-no AOT cache, only the CDS archive of the runtime})"
    probe "$PACKAGED" --db "$DB" --startup-probe > /dev/null
fi
APP_MS=()
MIN_MS=()
PKG_MS=()
for i in $(seq 1 "$RUNS"); do
    APP_MS+=("$(probe "${APP[@]}")")
    MIN_MS+=("$(probe "${MIN[@]}")")
    if [ -n "${PACKAGED:-}" ]; then
        PKG_MS+=("$(probe "$PACKAGED" --db "$DB" --startup-probe)")
    fi
    echo "run $i: app ${APP_MS[-1]} ms, minimal window ${MIN_MS[-1]} ms${PACKAGED:+, packaged ${PKG_MS[-1]} ms}"
done

APP_MEDIAN=$(printf '%s\n' "${APP_MS[@]}" | median)
MIN_MEDIAN=$(printf '%s\n' "${MIN_MS[@]}" | median)
echo "median app (main window, home reminders shown): $APP_MEDIAN ms"
echo "median minimal FXML window: $MIN_MEDIAN ms"
awk -v a="$APP_MEDIAN" -v m="$MIN_MEDIAN" 'BEGIN { printf "ratio app/minimal: %.2f (target at most 1.25)\n", a / m }'
if [ -n "${PACKAGED:-}" ]; then
    echo "median packaged app: $(printf '%s\n' "${PKG_MS[@]}" | median) ms (target at most 1000)"
fi
