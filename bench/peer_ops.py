"""The peer's training step split by operator (PyTorch's own profiler), for bench/conv-floor.sh.

    peer_ops.py MODEL DATA THREADS STEPS [--channels-last] [--flush-denormal]

Builds MODEL (m2 or m3, as bench/peer_pytorch.py), trains 60 warm-up steps on the first Fashion-MNIST training
images, times STEPS steps without the profiler, then STEPS more under torch.profiler, and prints
    step <model> step_ms=<wall ms a step> convolution_ms=<ms a step in the convolutions' forward and backward ops>
    profiled_ms=<ms a step in all operators>
and the profiler's table of the operators. Times are the calling thread's wall time inside each operator (the
operators run their own threads inside), per step. OPENBLAS_NUM_THREADS is the caller's to set, as for
peer_pytorch.py.
"""
import sys
import time

import torch
import torch.nn as nn
from torch.profiler import ProfilerActivity, profile

import peer_pytorch as peer

WARM_UP = 60


def main():
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    unknown = flags - {"--channels-last", "--flush-denormal"}
    if unknown or len(args) != 4 or args[0] not in ("m2", "m3"):
        sys.exit("usage: peer_ops.py m2|m3 DATA THREADS STEPS [--channels-last] [--flush-denormal]")
    name, data, threads, steps = args[0], args[1], int(args[2]), int(args[3])
    memory_format = torch.channels_last if "--channels-last" in flags else torch.contiguous_format
    torch.set_num_threads(threads)
    if "--flush-denormal" in flags:
        torch.set_flush_denormal(True)
    torch.manual_seed(1)
    build, batch = peer.MODELS[name]
    model = build()
    model.apply(peer.keras_init)
    model = model.to(memory_format=memory_format)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()
    batches = WARM_UP
    images = peer.idx(data + "/train-images-idx3-ubyte.gz")[:batch * batches]
    x = (torch.from_numpy(images.astype("float32") / 255).unsqueeze(1)).contiguous(memory_format=memory_format)
    y = torch.from_numpy(peer.idx(data + "/train-labels-idx1-ubyte.gz")[:batch * batches].astype("int64"))
    model.train()

    def step(i):
        at = (i % batches) * batch
        optimizer.zero_grad()
        loss_fn(model(x[at:at + batch]), y[at:at + batch]).backward()
        optimizer.step()

    for i in range(WARM_UP):
        step(i)
    start = time.perf_counter()
    for i in range(steps):
        step(i)
    step_ms = (time.perf_counter() - start) / steps * 1000
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for i in range(steps):
            step(i)
    averages = prof.key_averages()
    profiled = sum(e.self_cpu_time_total for e in averages) / steps / 1000
    convolution = sum(e.self_cpu_time_total for e in averages if "convolution" in e.key) / steps / 1000
    print("step %s step_ms=%.2f convolution_ms=%.2f profiled_ms=%.2f" % (name, step_ms, convolution, profiled))
    print(averages.table(sort_by="self_cpu_time_total", row_limit=12))


if __name__ == "__main__":
    main()
