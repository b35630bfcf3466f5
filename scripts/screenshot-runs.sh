#!/usr/bin/env bash
# Writes docs/screenshots/test-chooser.png (NEURITE_CHOOSER=ab: A/B mode with a drawn 7, test-ab.png): trains three short runs on the bundled digits into a project (bench's
# ThreeRunsProject), opens it in the Test place under Xvfb, opens the model chooser and captures the screen.
#   scripts/screenshot-runs.sh [output.png]     (needs what scripts/screenshot.sh needs, and a built bench module)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${1:-$here/docs/screenshots/test-chooser.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "theme=LIGHT" > "$work/settings.properties"
java -Dneurite.dataDir="$work" -cp "$(ls "$here"/bench/target/neurite-bench-*.jar | head -n 1):$(cat "$here/bench/target/classpath.txt")" \
    dev.neurite.ui.train.ThreeRunsProject "$work/three-runs.neurite" 2> >(grep -e '^Wrote' -e '^  Run' >&2)
NEURITE_TEMPLATE="$work/three-runs.neurite" NEURITE_PLACE=test NEURITE_SIZE=1280x800 NEURITE_CHOOSER="${NEURITE_CHOOSER:-open}" \
NEURITE_SCREENSHOT="$output" NEURITE_JAVA_OPTS="${NEURITE_JAVA_OPTS:-} -Dneurite.dataDir=$work -Dprism.order=sw" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$here/neurite" 2> >(grep -v -e '^WARNING' -e 'CssStyleHelper' >&2)
test -s "$output"
echo "Wrote $output"
