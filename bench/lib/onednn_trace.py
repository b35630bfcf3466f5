"""Sums oneDNN's own trace of a `neurite train` run (DNNL_VERBOSE=1) per kind of work, for bench/conv-floor.sh.

    onednn_trace.py LOG STEPS

LOG holds the run's output: one `dnnl_verbose,exec,...,<ms>` line per primitive executed. Training ends with the
last backward convolution (the test evaluation after it runs forward passes only); the second half of the training
lines is taken as steady, STEPS / 2 steps of it. Prints
    onednn convolution_ms=<ms a step> reorder_ms=<...> matmul_ms=<...>
and the convolutions by pass and shape.
"""
import collections
import re
import sys


def main():
    path, steps = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8", errors="replace") as log:
        lines = [line.strip().split(",") for line in log if re.match(r"(dnnl|onednn)_verbose,exec,", line)]
    backward = [i for i, fields in enumerate(lines) if fields[5].startswith("backward")]
    if not backward:
        sys.exit("no backward convolution in %s: was DNNL_VERBOSE=1 set and the model a CNN?" % path)
    training = lines[:backward[-1] + 1]
    steady = training[len(training) // 2:]
    per_step = steps / 2
    kinds = collections.Counter()
    convolutions = collections.Counter()
    for fields in steady:
        ms = float(fields[-1])
        kinds[fields[3]] += ms
        if fields[3] == "convolution":
            convolutions[fields[5] + " " + fields[-2].split("_")[0] + " " + fields[-2].split("_")[1]] += ms
    print("onednn convolution_ms=%.2f reorder_ms=%.2f matmul_ms=%.2f" % (
        kinds["convolution"] / per_step, kinds["reorder"] / per_step, kinds["matmul"] / per_step))
    for key, ms in convolutions.most_common():
        print("  %-45s %6.2f ms a step" % (key, ms / per_step))


if __name__ == "__main__":
    main()
