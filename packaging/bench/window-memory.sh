#!/usr/bin/env bash
# Peak resident memory of the window (issue 6 §2): opens the app on a database (default: the stress set), shows the
# home screen (reminders and charts), then the member list (Ctrl+F) with a search typed letter by letter, then the
# meetings (Alt+S), and prints the process's peak RSS (VmHWM) after each step, RUNS times (default 3), with the
# launcher's flags (packaging/jpackage.args) unless JAVA_OPTS is set. Needs xdotool; restarts itself under xvfb-run
# when no display is set.
# Usage: packaging/bench/window-memory.sh [RUNS]; environment: DB, JAVA, JAVA_OPTS, WAIT (seconds per step, default 10).
set -euo pipefail

if [ -z "${DISPLAY:-}" ] && [ -z "${SOCHIBO_BENCH_XVFB:-}" ]; then
    export SOCHIBO_BENCH_XVFB=1
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi

cd "$(dirname "$0")/../.."
RUNS=${1:-3}
JAVA=${JAVA:-java}
WAIT=${WAIT:-10}
DB=${DB:-target/bench/stress.db}
. packaging/bench/flags.sh
command -v xdotool > /dev/null || { echo "window-memory: xdotool is needed (apt-get install xdotool)" >&2; exit 2; }
[ -f target/sochibo.jar ] || mvn -B -ntp -q package -DskipTests
[ -f "$DB" ] || { echo "window-memory: no $DB (see README, Speed benchmark)" >&2; exit 2; }

peak() {
    sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" | awk '{ printf "%d", $1 / 1024 }'
}

echo "runtime: $("$JAVA" -version 2>&1 | head -1); flags: ${JAVA_OPTS:-none}; database: $DB"
for run in $(seq 1 "$RUNS"); do
    "$JAVA" "${OPTS[@]}" -jar target/sochibo.jar --db "$DB" > /dev/null 2>&1 &
    PID=$!
    sleep "$WAIT"
    home=$(peak "$PID")
    WIN=$(xdotool search --sync --pid "$PID" --onlyvisible --name . | head -1)
    xdotool windowactivate --sync "$WIN" > /dev/null 2>&1 || true
    xdotool key ctrl+f
    sleep "$WAIT"
    xdotool type --delay 150 "nguyen van"
    sleep 3
    members=$(peak "$PID")
    xdotool key alt+s
    sleep "$WAIT"
    meetings=$(peak "$PID")
    kill "$PID"
    wait "$PID" 2> /dev/null || true
    echo "run $run: peak RSS MB after home $home, member list + search $members, meetings $meetings"
done
