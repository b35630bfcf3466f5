#!/usr/bin/env bash
# Measures the time from the end of a stroke (mouse released) to updated probability bars in the Test place, and to
# the frame that shows them (not a test; run on purpose, on a machine that is otherwise quiet). Runs
# StrokeLatencyMeasurement, a TestFX scenario on headless Monocle, with the app's engine settings: digits of
# one to three robot-drawn strokes, the canvas cleared between them, after the model's evaluation on the bundled test
# digits. Prints one line: median, p95 and max over the strokes (after 5 warm-up strokes, listed apart), the load
# average before and after, and the garbage collections and JIT compilation during the strokes.
# Usage: bench/stroke-latency.sh [TEMPLATE] [STROKES]     (defaults: mnist-mlp 60)
#   DURING_EVALUATION=1 bench/stroke-latency.sh ...        draws while the model is evaluated again and again
#   DATA=fashion-mnist bench/stroke-latency.sh ...          another data set's test split for that evaluation
#   STROKES_PER_DIGIT=65 bench/stroke-latency.sh ...        strokes pile up on the canvas (cleared after so many)
#   INSIDE=1 bench/stroke-latency.sh vgg-cnn ...            with "Inside the network" open: also stroke end -> layers
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
template="${1:-mnist-mlp}"
strokes="${2:-60}"
# The engine's settings (threads, OpenMP wait policy, heap flags) are applied in the process itself
# (EngineEnvironment), in tests as in ./neurite.
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
echo "== $(uptime)"
(cd "$here" && mvn -B -q -pl ui -am test -Dtest=StrokeLatencyMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
    -Dneurite.latency=true -Dneurite.latency.out="$out" -Dneurite.latency.template="$template" \
    -Dneurite.latency.strokes="$strokes" -Dneurite.latency.data="${DATA:-digits}" \
    -Dneurite.latency.strokesPerDigit="${STROKES_PER_DIGIT:-3}" ${ARGLINE:+-DargLine="$ARGLINE"} \
    -Dneurite.latency.duringEvaluation="${DURING_EVALUATION:+true}" -Dneurite.latency.inside="${INSIDE:+true}" 2>&1) | grep -v WARNING || true
cat "$out"
echo "== $(uptime)"
test -s "$out"
