#!/usr/bin/env bash
# On a Mac: turns packaging/icons/sochibo-1024.png into packaging/macos/sochibo.icns with sips and iconutil (tools that
# exist only on macOS, which is why the .icns is not in the repository).
set -euo pipefail
cd "$(dirname "$0")"
SET=$(mktemp -d)/sochibo.iconset
mkdir -p "$SET"
for size in 16 32 128 256 512; do
    sips -z "$size" "$size" ../icons/sochibo-1024.png --out "$SET/icon_${size}x${size}.png" > /dev/null
    sips -z $((size * 2)) $((size * 2)) ../icons/sochibo-1024.png --out "$SET/icon_${size}x${size}@2x.png" > /dev/null
done
iconutil -c icns "$SET" -o sochibo.icns
echo "packaging/macos/sochibo.icns"
