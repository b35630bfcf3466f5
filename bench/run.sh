#!/usr/bin/env bash
# Benchmark: Neurite vs PyTorch (CPU) on Debian's Fashion-MNIST, in one run so that the ratios are fair on a shared
# machine. Not a test; run on purpose:  bench/run.sh  (needs: apt-get install dataset-fashion-mnist python3-torch)
#   M1 = mnist-mlp template (Dense 512 relu -> Dense 10 softmax, RMSprop, batch 100): 10 full epochs, mean s/epoch
#        of epochs 2..10, test accuracy after 10 epochs.
#   M2 = bench/m2-cnn.json (VGG-style CNN, Adam, batch 32): timed over M2_SAMPLES training samples after warm-up,
#        scaled to 60,000 samples.
# Peak memory: maximum resident set size (/usr/bin/time -v for Neurite; getrusage in the peer).
# Last line: ratio m1 <neurite/pytorch> m2 <neurite/pytorch>
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${DATA:-/usr/share/datasets/fashion-mnist}"
m1_epochs="${M1_EPOCHS:-10}"
m2_samples="${M2_SAMPLES:-9600}"
python=/usr/bin/python3
cd "$here"
[ -d "$data" ] || { echo "no data at $data (apt-get install dataset-fashion-mnist)" >&2; exit 1; }
./neurite --version >/dev/null   # builds once, outside the timings

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u +%Y-%m-%d)"

neurite() {  # model, log, extra args...
  local model="$1" log="$2"; shift 2
  /usr/bin/time -v ./neurite train "$model" "$@" --data "$data" >"$log" 2>"$log.time"
}
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1.time"; }
mean_epoch() {  # mean seconds of epochs 2.. of a train log
  awk '/^Epoch/ { split($0, p, " - "); t = p[2]; sub(/s$/, "", t); n++; if (n > 1) { s += t; k++ } }
       END { if (k == 0) print "nan"; else printf "%.3f", s / k }' "$1"
}
test_acc() { sed -n 's/.*test accuracy: \([0-9.]*\).*/\1/p' "$1"; }
field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- M1 -----------------------------------------------------------------------------------------------------------
neurite mnist-mlp "$tmp/m1.log" --epochs "$m1_epochs" --validation-split 0 --seed 1
n1=$(mean_epoch "$tmp/m1.log"); n1_acc=$(test_acc "$tmp/m1.log"); n1_rss=$(rss_mb "$tmp/m1.log")
best1=""
for threads in 1 2; do
  r=$($python bench/peer_pytorch.py m1 "$data" "$threads" "$m1_epochs" | grep '^result')
  if [ -z "$best1" ] || awk "BEGIN{exit !($(field "$r" s_per_epoch) < $(field "$best1" s_per_epoch))}"; then best1="$r"; fi
done
p1=$(field "$best1" s_per_epoch)
echo "M1 neurite: ${n1} s/epoch, test accuracy ${n1_acc}, peak RSS ${n1_rss} MB"
echo "M1 pytorch: ${p1} s/epoch ($(field "$best1" threads) threads), test accuracy $(field "$best1" test_accuracy), peak RSS $(field "$best1" peak_rss_mb) MB"

# --- M2 -----------------------------------------------------------------------------------------------------------
neurite bench/m2-cnn.json "$tmp/m2.log" --epochs 2 --train-samples "$m2_samples" --validation-split 0 --seed 1
n2_sample=$(mean_epoch "$tmp/m2.log")
n2=$(awk "BEGIN{printf \"%.2f\", $n2_sample * 60000 / $m2_samples}")
n2_rss=$(rss_mb "$tmp/m2.log")
best2=""
for threads in 1 2; do
  r=$($python bench/peer_pytorch.py m2 "$data" "$threads" 1 $((m2_samples / 32)) | grep '^result')
  if [ -z "$best2" ] || awk "BEGIN{exit !($(field "$r" s_per_epoch) < $(field "$best2" s_per_epoch))}"; then best2="$r"; fi
done
p2=$(field "$best2" s_per_epoch)
echo "M2 neurite: ${n2} s/epoch (epoch 2 of ${m2_samples} samples, scaled), peak RSS ${n2_rss} MB, test accuracy $(test_acc "$tmp/m2.log") after ${m2_samples} x 2 samples"
echo "M2 pytorch: ${p2} s/epoch ($(field "$best2" threads) threads), peak RSS $(field "$best2" peak_rss_mb) MB"
echo "memory ratio m1 $(awk "BEGIN{printf \"%.2f\", $n1_rss / $(field "$best1" peak_rss_mb)}") m2 $(awk "BEGIN{printf \"%.2f\", $n2_rss / $(field "$best2" peak_rss_mb)}")"
echo "ratio m1 $(awk "BEGIN{printf \"%.2f\", $n1 / $p1}") m2 $(awk "BEGIN{printf \"%.2f\", $n2 / $p2}")"
