#!/usr/bin/env bash
# Measures how smoothly the Test place's gallery scrolls through every test image of a 10,000-image test set (not a
# test; run on purpose, on a machine that is otherwise quiet). Under Xvfb, the Test place alone (TestPlaceDemo) with
# -Dneurite.measure=gallery evaluates a model trained for one epoch on the data set, shows all test images, scrolls
# from top to bottom at 120 px a frame, then from bottom to top a page a frame, and prints the frame gaps of each
# pass and the memory (MEASURE lines), with the load average.
# Usage: bench/gallery-scroll.sh [DATA] [MODEL-TEMPLATE]   (defaults: fashion-mnist mnist-mlp)
# Needs: Debian packages xvfb xauth libgtk-3-0 libxtst6 libgl1 and dataset-fashion-mnist (or DATA downloaded).
# PRISM_ORDER=es2 renders with OpenGL instead of JavaFX's software pipeline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-fashion-mnist}"
template="${2:-mnist-mlp}"
"$here/neurite" templates > /dev/null   # builds first when the sources changed
# The engine's settings (threads, heap) are applied by the app itself (EngineEnvironment), as in ./neurite.
classpath="$(ls "$here"/bench/target/neurite-bench-*.jar | head -n 1):$(cat "$here/bench/target/classpath.txt")"

model="$here/app/target/bench/$template-$data.json"
if [ ! -f "$model" ]; then
  mkdir -p "$(dirname "$model")"
  java -cp "$classpath" dev.neurite.app.Main train "$template" --data "$data" --epochs 1 --seed 1 --save "$model"
fi

echo "== $(uptime)"
# shellcheck disable=SC2086  # NEURITE_JAVA_OPTS may hold several flags
xvfb-run -a -s "-screen 0 1600x1000x24" java ${NEURITE_JAVA_OPTS:-} -Dprism.order="${PRISM_ORDER:-sw}" \
    -Dneurite.measure=gallery -Dneurite.data="$data" -Dneurite.model="$model" \
    -cp "$classpath" dev.neurite.ui.testplace.TestPlaceDemo 2>&1 | grep MEASURE
echo "== $(uptime)"
