#!/usr/bin/env bash
# Renders neurite.svg into the icon files jpackage needs on each system. Run by hand after editing the SVG (the
# results are committed, so the Windows and macOS builds need none of these tools).
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" neurite.svg -o "$tmp/$size.png"
done
cp "$tmp/256.png" neurite.png                      # Linux: app-image and desktop entry
convert "$tmp"/{16,32,48,64,128,256}.png neurite.ico  # Windows
png2icns neurite.icns "$tmp"/{16,32,128,256,512}.png >/dev/null  # macOS
