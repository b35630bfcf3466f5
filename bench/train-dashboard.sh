#!/usr/bin/env bash
# Measures the Train place against the command line on the same model and data (not a test; run on purpose).
# Each round runs, one after the other:
#   1. ./neurite train MODEL --data DATA --epochs 6 --profile (the peer: no window; run through CommandLineCpu,
#      which adds the CPU each kind of thread used per epoch; the profile gives each epoch's time to the millisecond)
#   2. the Train place alone (TrainPlaceDemo) under Xvfb with -Dneurite.measure=true: one run of 6 epochs of MODEL
#      on DATA, started once the window has settled (as a learner looks at it before pressing Start), printing the
#      longest stall of the JavaFX thread over the whole run (how late a task posted every 20 ms ran: what a click
#      would wait; FxStallMeter, which unlike an animation timer does not make JavaFX pulse 60 times a second) and
#      each epoch's time (to the millisecond, the same interval as the command line's).
# The first epochs of a fresh JVM share the cores with the JIT compiler (the window has much more code to compile:
# rendering, charts), so the steady speed is compared on the second half of the epochs; the first epoch's ratio is
# printed as well. Rounds alternate so that load from elsewhere on the machine falls on both sides; medians are
# compared. Wall-clock ratios on a loaded machine are noisy: the CPU seconds per steady epoch of each kind of thread
# (training with its OpenMP workers, JIT compiler, GC, JavaFX, renderer), printed last for both sides, tell where the
# window's extra time goes whatever the load.
# Usage: [EPOCHS=N] bench/train-dashboard.sh [MODEL] [DATA] [ROUNDS]
#        (defaults: mnist-mlp /usr/share/datasets/fashion-mnist 5; EPOCHS 30 for mnist-mlp, whose 1.5 s epochs would
#        otherwise all fall in the compiler's first half minute with the window's code, 6 for other models)
# Needs: mvn -DskipTests package done; Debian packages xvfb xauth libgtk-3-0 libxtst6 libgl1 dataset-fashion-mnist.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-mnist-mlp}"
data="${2:-/usr/share/datasets/fashion-mnist}"
rounds="${3:-5}"
if [ "$model" = mnist-mlp ]; then default_epochs=30; else default_epochs=6; fi
epochs="${EPOCHS:-$default_epochs}"
# The engine's settings (threads, heap) are applied by the app itself (EngineEnvironment), as in ./neurite.
classpath="$(ls "$here"/bench/target/neurite-bench-*.jar | head -n 1):$(cat "$here/bench/target/classpath.txt")"
results="$(mktemp)"
cpu="$(mktemp)"
trap 'rm -f "$results" "$cpu"' EXIT

for round in $(seq 1 "$rounds"); do
    cli=$(java ${NEURITE_JAVA_OPTS:-} -cp "$classpath" dev.neurite.ui.train.CommandLineCpu train "$model" \
        --data "$data" --epochs "$epochs" --profile)
    app=$(xvfb-run -a -s "-screen 0 1600x1000x24" java ${NEURITE_JAVA_OPTS:-} -Dprism.order=sw -Dneurite.measure=true \
        -Dneurite.demo.start=true -Dneurite.demo.startWhenSettled=true -Dneurite.demo.model="$model" \
        -Dneurite.demo.data="$data" -Dneurite.demo.epochs="$epochs" \
        -cp "$classpath" dev.neurite.ui.train.TrainPlaceDemo 2>&1 | grep '^MEASURE')
    # epoch seconds in milliseconds (the Keras lines round to 0.1 s): the profile's totals on the command line (the
    # same interval as the Keras line's), the window's epoch-seconds lines
    cli_times=$(awk '/^Profile \(/ {on=1; next} on && /^ *[0-9]+ / {printf "%s ", $NF}' <<<"$cli")
    app_times=$(sed -n 's/^MEASURE epoch-seconds [0-9]* \([0-9.]*\)$/\1/p' <<<"$app" | tr '\n' ' ')
    gap=$(sed -n 's/.*longest_stall_ms=\([0-9.]*\).*/\1/p' <<<"$app")
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "round $round: epochs (s) command line [ $cli_times] window [ $app_times]; longest JavaFX stall ${gap} ms;" \
        "load ${load}"
    echo "$gap | $cli_times | $app_times" >>"$results"
    sed -n 's/^MEASURE epoch-cpu \(.*\)/cli \1/p' <<<"$cli" >>"$cpu"
    sed -n 's/^MEASURE epoch-cpu \(.*\)/window \1/p' <<<"$app" >>"$cpu"
done
python3 - "$results" "$cpu" "$epochs" "$here/bench/lib" <<'PY'
import statistics, sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[4])
from epochs import read_rounds, steady_line
rows = read_rounds(sys.argv[1])
median = statistics.median
print(steady_line(rows, "command line", "window", "window/command line")[0])
cli_first = median(r[1][0] for r in rows)
app_first = median(r[2][0] for r in rows)
print(f"epoch 1 (JIT still compiling): command line {cli_first:.3f}s, window {app_first:.3f}s, "
      f"ratio {app_first / cli_first:.2f}")
gaps = [r[0] for r in rows]
print(f"longest JavaFX stall over the run: median {median(gaps):.0f} ms, worst {max(gaps):.0f} ms")
# CPU seconds per steady epoch by kind of thread (the window's training thread has ended by its last epoch's mark,
# so its training column leaves the last epoch out; its process column includes it)
epochs = int(sys.argv[3])
cpu = {"cli": {}, "window": {}}
for line in open(sys.argv[2]):
    side, epoch, *fields = line.split()
    if int(epoch) <= epochs // 2:
        continue
    for field in fields:
        kind, value = field.split("=")
        if kind == "training" and side == "window" and int(epoch) == epochs:
            continue
        cpu[side].setdefault(kind, []).append(float(value))
for side in ("cli", "window"):
    if cpu[side]:
        print(f"cpu s per steady epoch, {'command line' if side == 'cli' else 'window'}: "
              + " ".join(f"{kind} {median(values):.2f}" for kind, values in cpu[side].items()))
PY
