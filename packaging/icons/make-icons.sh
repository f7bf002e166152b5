#!/usr/bin/env bash
# Renders the application icon from its vector description (sochibo.mvg) with ImageMagick:
# sochibo.png (256 px, Linux), sochibo-1024.png (for the macOS .icns), sochibo-48.png and sochibo.ico (16-256 px, Windows). The macOS .icns is made on a Mac from
# sochibo.png, see packaging/macos/make-icns.sh.
set -euo pipefail
cd "$(dirname "$0")"
IM=/usr/bin/convert
[ -x "$IM" ] || IM=convert
"$IM" -size 256x256 xc:none -draw @sochibo.mvg -strip sochibo.png
{ echo "scale 4,4"; cat sochibo.mvg; } > /tmp/sochibo-1024.mvg
"$IM" -size 1024x1024 xc:none -draw @/tmp/sochibo-1024.mvg -strip sochibo-1024.png
"$IM" sochibo.png -resize 48x48 -strip sochibo-48.png
"$IM" sochibo.png -define icon:auto-resize=256,128,64,48,32,16 ../windows/sochibo.ico
