#!/usr/bin/env bash
# Measures how smoothly the Data place's sample grid scrolls through every sample of a data set's x_train (not a
# test; run on purpose, on a machine that is otherwise quiet). Under Xvfb, the real window with DATA as the project's
# data set and -Dneurite.measure=sample-grid shows the Data place's Samples tab, scrolls from top to bottom at 120 px
# a frame, then from bottom to top a page a frame, and prints for each pass the gaps between frames, the time the
# grid's own code and the CSS+layout pass took each frame, the GC pauses meanwhile and the load average (MEASURE
# lines; see dev.neurite.ui.data.SampleGridScroll in the bench module).
# Usage: bench/sample-grid-scroll.sh [DATA] [RUNS]   (defaults: digits, 1; fashion-mnist browses 60,000 samples)
# Needs: Debian packages xvfb xauth libgtk-3-0 libxtst6 libgl1 (and dataset-fashion-mnist for fashion-mnist).
# PRISM_ORDER=es2 renders with OpenGL instead of JavaFX's software pipeline; NEURITE_NO_BUILD=1 skips the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-digits}"
runs="${2:-1}"
if [ -z "${NEURITE_NO_BUILD:-}" ]; then
  (cd "$here" && mvn -o -q -B -pl bench -am package -DskipTests) >&2
fi
classpath="$(ls "$here"/bench/target/neurite-bench-*.jar | head -n 1):$(cat "$here/bench/target/classpath.txt")"
# A throw-away data folder: no recovery offer, no recent files.
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
for run in $(seq 1 "$runs"); do
  echo "== run $run: $(uptime)"
  # shellcheck disable=SC2086  # NEURITE_JAVA_OPTS may hold several flags
  xvfb-run -a -s "-screen 0 1280x800x24" java ${NEURITE_JAVA_OPTS:-} -Dprism.order="${PRISM_ORDER:-sw}" \
      -Dneurite.dataDir="$folder" -Dneurite.place=data -Dneurite.size=1280x800 -Dneurite.dataset="$data" \
      -Dneurite.measure=sample-grid -cp "$classpath" dev.neurite.app.Main 2>&1 | grep MEASURE
done
echo "== $(uptime)"
