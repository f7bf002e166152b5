#!/usr/bin/env bash
# Builds the macOS disk image target/dist/sochibo-<version>.dmg (and target/dist/image/sochibo.app) on a Mac.
# Needs: JDK 17 (or 25) with jlink/jpackage (JAVA_HOME), Maven, Xcode command-line tools (iconutil, sips). Run from the
# repository root:
#   mvn -B -ntp package -DskipTests
#   packaging/macos/make-icns.sh          # once: packaging/icons/sochibo-1024.png -> packaging/macos/sochibo.icns
#   packaging/macos/build.sh
# Unsigned: the first start is through right-click > Open (or sign with --mac-sign --mac-signing-key-user-name ...).
set -euo pipefail
cd "$(dirname "$0")/../.."
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
VERSION=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
# macOS refuses an app version whose first number is 0 (CFBundleVersion): 0.x.y is shipped as 1.x.y there.
MAC_VERSION=$(echo "$VERSION" | sed 's/^0\./1./; s/-.*//')
FEATURE=$("${JDK_BIN}java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
EXTRA=()
[ "$FEATURE" -ge 25 ] && EXTRA=(@packaging/jpackage-jdk25.args)
[ -f packaging/macos/sochibo.icns ] || packaging/macos/make-icns.sh

rm -rf target/dist
"${JDK_BIN}jlink" @packaging/jlink.args --module-path target/fx-mods --output target/dist/runtime
"${JDK_BIN}jpackage" --type app-image @packaging/jpackage.args "${EXTRA[@]}" --app-version "$MAC_VERSION" \
    --input target/app-input --runtime-image target/dist/runtime --icon packaging/macos/sochibo.icns \
    --mac-package-identifier vn.sochibo --mac-package-name "Sổ Chi Bộ" --dest target/dist/image
"${JDK_BIN}jpackage" --type dmg --app-image target/dist/image/sochibo.app --name sochibo --app-version "$MAC_VERSION" \
    --vendor "So Chi Bo project" --copyright "Copyright 2026 the So Chi Bo authors" --license-file LICENSE \
    --dest target/dist
ls -lh target/dist/*.dmg
