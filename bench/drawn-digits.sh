#!/usr/bin/env bash
# How well models read drawings: draws PER_CLASS digits per class the way a learner draws on the canvas
# (bench/drawn-digits/DrawnDigits.java: round-brush strokes from several hands, off-centre, any size, slightly turned),
# reads them with `neurite predict` (the canvas's preprocessing) and prints each model's error rate and mean
# confidence on them, beside its accuracy on the bundled test images. Models: the pretrained default (quick-cnn, 30
# epochs) and quick-cnn trained EPOCHS epochs on the bundled digits, without and with augmentation (ARGS_n).
# Not a test; run on purpose.   Usage: bench/drawn-digits.sh [PER_CLASS=50] [EPOCHS=5] [SEED=1]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
per_class="${1:-50}"
epochs="${2:-5}"
seed="${3:-1}"
work="$here/app/target/bench/drawn-digits"
mkdir -p "$work"
rm -rf "$work/drawings"
java "$here/bench/drawn-digits/DrawnDigits.java" "$work/drawings" "$per_class" "$seed"
"$here/neurite" templates > /dev/null   # builds first when the sources changed

score() {  # model-file-or-default name
  "$here/neurite" predict "$1" "$work"/drawings/*.png 2>/dev/null | awk -F'\t' -v name="$2" '
    { n++; split($1, parts, "/"); file = parts[length(parts)]; truth = substr(file, 1, 1);
      if ($2 != truth) wrong++; confidence += $3 }
    END { printf "%-34s drawings: %3d of %d wrong (%.1f%%), mean confidence %.3f\n", name, wrong, n,
          100 * wrong / n, confidence / n }'
}

[ -n "${SKIP_DEFAULT:-}" ] || score default "default (30 epochs)"
# VARIANTS: training arguments separated by ';' (an empty one: no augmentation)
IFS=';' read -r -a variants <<< "${VARIANTS-;--rotation-range 10 --width-shift-range 0.1 --height-shift-range 0.1 --zoom-range 0.1;--rotation-range 10}"
for i in "${!variants[@]}"; do
  args="${variants[$i]}"
  model="$work/quick-cnn-$epochs-$i.json"
  # shellcheck disable=SC2086
  test_line=$("$here/neurite" train quick-cnn --data digits --epochs "$epochs" --seed 42 $args --save "$model" \
      | grep '^Test')
  score "$model" "quick-cnn $epochs ep ${args:-no augmentation}"
  echo "    $test_line"
done
