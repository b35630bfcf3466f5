#!/usr/bin/env bash
# Writes docs/screenshots/editor.png: starts the app under Xvfb with the vgg-cnn template, lets it write a PNG of
# its window after the first layout, and exits. Needs: xvfb xauth libgtk-3-0 libxtst6 libgl1 fonts-dejavu-core.
#   scripts/screenshot.sh [template-id] [output.png] [theme: light|dark]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
template="${1:-vgg-cnn}"
output="${2:-$here/docs/screenshots/editor.png}"
theme="${3:-light}"
mkdir -p "$(dirname "$output")"
# A throw-away data folder: no recovery offer, no recent files, the chosen theme.
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
echo "theme=${theme^^}" > "$data/settings.properties"
NEURITE_TEMPLATE="$template" NEURITE_SCREENSHOT="$output" NEURITE_SELECT="${NEURITE_SELECT-conv2d_1}" \
NEURITE_JAVA_OPTS="${NEURITE_JAVA_OPTS:-} -Dneurite.dataDir=$data -Dprism.order=sw" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$here/neurite" 2> >(grep -v -e '^WARNING' -e 'CssStyleHelper' >&2)
test -s "$output"
echo "Wrote $output"
