#!/usr/bin/env bash
# Cold export benchmark (issue 6 §2): wall-clock milliseconds of whole `export minutes` processes (start, open the
# file, write the last month's minutes .docx, exit), RUNS times (default 5) for the jar with the launcher's flags
# (packaging/jpackage.args, unless JAVA_OPTS is set) and for the packaged launcher when there is one; prints every
# run and the medians.
# Usage: packaging/bench/cold-export.sh [RUNS]; environment: DB (default target/bench/demo.db), MONTH (default: the
#   month before this one), JAVA, JAVA_OPTS, PACKAGED (default target/dist/image/sochibo/bin/sochibo; PACKAGED= none).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
JAVA=${JAVA:-java}
DB=${DB:-target/bench/demo.db}
MONTH=${MONTH:-$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)}
. packaging/bench/flags.sh
if [ -z "${PACKAGED+set}" ] && [ -x target/dist/image/sochibo/bin/sochibo ]; then
    PACKAGED=target/dist/image/sochibo/bin/sochibo
fi
[ -f target/sochibo.jar ] || mvn -B -ntp -q package -DskipTests
[ -f "$DB" ] || "$JAVA" -jar target/sochibo.jar demo --db "$DB" > /dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Milliseconds of one export process; stops the script when the export fails.
once() {
    local start end
    rm -f "$OUT/m.docx"
    start=$(date +%s%N)
    "$@" export minutes --db "$DB" --meeting "$MONTH" --out "$OUT/m.docx" > /dev/null 2> "$OUT/err" \
        || { echo "export failed: $(cat "$OUT/err")" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

series() {
    local name=$1
    shift
    local all=()
    for run in $(seq 1 "$RUNS"); do
        all+=("$(once "$@")")
    done
    echo "$name: ${all[*]} ms; median $(printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p") ms"
}

echo "database: $DB; meeting: $MONTH; flags: ${JAVA_OPTS:-none}; runs: $RUNS (target: at most 1500 ms)"
series "jar" "$JAVA" "${OPTS[@]}" -jar target/sochibo.jar
if [ -n "${PACKAGED:-}" ]; then
    series "packaged" "$PACKAGED"
fi
