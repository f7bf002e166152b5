#!/usr/bin/env bash
# Builds the Linux app-image and .deb (run by `mvn -Pdist package` after the jar; see packaging/README.md):
#   1. jlink a runtime with only the JDK and JavaFX modules the app needs (packaging/jlink.args);
#   2. jpackage an app-image, target/dist/image/sochibo (libraries stay on the class path);
#   3. on a JDK 25 runtime, bake an AOT cache from a training run (--startup-probe on the sample branch, under the
#      display or xvfb-run; without either, a headless command) and name it in the launcher's java-options;
#   4. jpackage a .deb from that image when dpkg-deb and fakeroot are installed (target/dist/sochibo_<version>_amd64.deb).
# Usage: packaging/linux/dist.sh VERSION [JDK_HOME]. JDK_HOME defaults to DIST_JDK, else the newest JDK 25 under
# /usr/lib/jvm (faster start-up: the AOT cache survives installation elsewhere), else the JDK running Maven (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?version}
JDK=${2:-${DIST_JDK:-}}
if [ -z "$JDK" ]; then
    JDK=$(ls -d /usr/lib/jvm/*-25* 2>/dev/null | while read -r d; do [ -x "$d/bin/jpackage" ] && echo "$d"; done | tail -1)
fi
JDK=${JDK:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
FEATURE=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
DIST=target/dist
IMAGE=$DIST/image/sochibo
echo "dist: JDK $FEATURE from $JDK"

rm -rf "$DIST/runtime" "$DIST/image" "$DIST"/*.deb
"$JDK/bin/jlink" @packaging/jlink.args --module-path target/fx-mods --output "$DIST/runtime"
EXTRA=()
if [ "$FEATURE" -ge 25 ]; then
    EXTRA=(@packaging/jpackage-jdk25.args)
fi
"$JDK/bin/jpackage" --type app-image @packaging/jpackage.args "${EXTRA[@]}" --app-version "$VERSION" \
    --input target/app-input --runtime-image "$DIST/runtime" --icon packaging/icons/sochibo.png --dest "$DIST/image"

if [ "$FEATURE" -ge 25 ]; then
    TRAIN_DB=$DIST/training.db
    rm -f "$TRAIN_DB"*
    "$IMAGE/bin/sochibo" demo --db "$TRAIN_DB" > /dev/null
    TRAIN=("$IMAGE/bin/sochibo" --db "$TRAIN_DB" --startup-probe)
    if [ -z "${DISPLAY:-}" ]; then
        if command -v xvfb-run > /dev/null; then
            TRAIN=(xvfb-run -a -s "-screen 0 1400x900x24" "${TRAIN[@]}")
        else
            echo "dist: no display and no xvfb-run: training the AOT cache with a headless command only"
            TRAIN=("$IMAGE/bin/sochibo" members --db "$TRAIN_DB")
        fi
    fi
    JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$IMAGE/lib/app/sochibo.aot" "${TRAIN[@]}" > /dev/null 2> "$DIST/training.log"
    test -s "$IMAGE/lib/app/sochibo.aot"
    echo 'java-options=-XX:AOTCache=$APPDIR/sochibo.aot' >> "$IMAGE/lib/app/sochibo.cfg"
    rm -f "$TRAIN_DB"*
    echo "dist: AOT cache $(du -h "$IMAGE/lib/app/sochibo.aot" | cut -f1) baked into the launcher"
else
    echo "dist: JDK $FEATURE: no AOT cache (JDK 17's AppCDS archive is tied to the build path); runtime CDS only"
fi
echo "dist: app-image $(du -sh "$IMAGE" | cut -f1) in $IMAGE"

if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
    "$JDK/bin/jpackage" --type deb --app-image "$IMAGE" --name sochibo --app-version "$VERSION" \
        --vendor "So Chi Bo project" --description "Sổ Chi Bộ: offline register, meetings and documents for the secretary of a residential Party branch" \
        --copyright "Copyright 2026 the So Chi Bo authors" --license-file LICENSE --install-dir /opt \
        --resource-dir packaging/linux/resources --icon packaging/icons/sochibo.png \
        --linux-shortcut --linux-app-category office --linux-package-deps libgtk-3-0 \
        --linux-deb-maintainer "sochibo@localhost" --dest "$DIST"
    echo "dist: $(ls "$DIST"/*.deb) $(du -h "$DIST"/*.deb | cut -f1)"
else
    echo "dist: dpkg-deb or fakeroot missing: no .deb (apt-get install dpkg-dev fakeroot)"
fi
