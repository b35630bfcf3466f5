#!/usr/bin/env bash
# Trains the pretrained default model that ships in the assets module (the model the Test place's canvas and
# 'neurite predict default' use before the learner has trained one) and writes its provenance beside it.
#
# Usage: assets/scripts/train-default-model.sh            (from anywhere; takes about two minutes on 2 cores)
# The run is seeded, so it repeats up to floating-point differences between CPUs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/assets/src/main/resources/neurite/models"
template=quick-cnn
data=digits
epochs=30
seed=42
mkdir -p "$out"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$root/neurite" train "$template" --data "$data" --epochs "$epochs" --seed "$seed" \
    --save "$out/default.json" | tee "$log"

accuracy=$(sed -n 's/.*test accuracy: \([0-9.]*\).*/\1/p' "$log" | tail -n 1)
loss=$(sed -n 's/^Test loss: \([0-9.]*\).*/\1/p' "$log" | tail -n 1)
digits="$root/assets/src/main/resources/neurite/data/digits"
hash() { sha256sum "$1" | cut -d' ' -f1; }

cat > "$out/default.provenance.json" <<JSON
{
  "model" : "default",
  "template" : "$template",
  "data_set" : {
    "id" : "$data",
    "train_images_sha256" : "$(hash "$digits/train-images-idx3-ubyte.gz")",
    "train_labels_sha256" : "$(hash "$digits/train-labels-idx1-ubyte.gz")",
    "test_images_sha256" : "$(hash "$digits/t10k-images-idx3-ubyte.gz")",
    "test_labels_sha256" : "$(hash "$digits/t10k-labels-idx1-ubyte.gz")"
  },
  "settings" : "the template's compile and fit settings (in default.json) with epochs $epochs",
  "epochs" : $epochs,
  "seed" : $seed,
  "test_loss" : $loss,
  "test_accuracy" : $accuracy,
  "trained_on" : "$(date -u +%Y-%m-%d)",
  "command" : "neurite train $template --data $data --epochs $epochs --seed $seed --save default.json",
  "script" : "assets/scripts/train-default-model.sh",
  "source_commit" : "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)",
  "weights_sha256" : "$(hash "$out/default.weights.zip")"
}
JSON
echo "Wrote $out/default.json, default.weights.zip and default.provenance.json (test accuracy $accuracy)"
