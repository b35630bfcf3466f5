"""PyTorch peer of the Neurite benchmark (run by bench/run.sh with Debian's /usr/bin/python3 and python3-torch).

    peer_pytorch.py MODEL DATA THREADS [EPOCHS [SAMPLES]] [--channels-last] [--flush-denormal] [--no-test]

Trains the same models on the same Fashion-MNIST IDX files, EPOCHS epochs over the first SAMPLES training images
(default 60000), shuffled per epoch, as `neurite train --epochs EPOCHS --train-samples SAMPLES` does, and prints
    epoch <i> seconds=<s>                     (one per epoch)
    result <model> threads=<n> s_per_epoch=<x> test_accuracy=<y> peak_rss_mb=<z>
s_per_epoch: the mean of epochs 2.. (epoch 1 alone when EPOCHS is 1), scaled to 60000 images.
m1: Dense 512 relu -> Dense 10 softmax, RMSprop(lr 1e-3, rho 0.9, eps 1e-7), batch 100.
m2: 2x(ZeroPad 1 -> Conv 3x3 relu) 32 -> MaxPool -> same with 64 -> MaxPool -> Flatten -> Dense 512 relu -> Dense 10,
    Adam(1e-3), batch 32 (bench/m2-cnn.json). The zero padding is the convolution's own padding=1 here (the same
    arithmetic without a padded copy per layer: PyTorch's idiomatic and faster form).
m3: the quick-cnn template: Conv 3x3 32 relu -> MaxPool -> Conv 3x3 64 relu -> MaxPool -> Flatten -> Dropout 0.5 ->
    Dense 10 softmax, Adam(1e-3), batch 128.
Keras initialisers (glorot_uniform kernels, zero biases) so that accuracy is comparable.
Options (bench/run.sh probes them to find the peer's best configuration; OPENBLAS_NUM_THREADS, read by OpenBLAS when
it loads, is the caller's to set): --channels-last keeps images and conv weights in NHWC (torch.channels_last), the
layout oneDNN prefers; --flush-denormal flushes denormal floats to zero (torch.set_flush_denormal); --no-test skips
the test-set evaluation (probes). The test set is evaluated in batches of 200 images.
"""
import gzip
import resource
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def keras_init(module):
    if isinstance(module, (nn.Linear, nn.Conv2d)):
        nn.init.xavier_uniform_(module.weight)
        nn.init.zeros_(module.bias)


def m1():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10))


def m2():
    def block(cin, cout):
        return [nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(), nn.Conv2d(cout, cout, 3, padding=1), nn.ReLU(),
                nn.MaxPool2d(2)]
    return nn.Sequential(*block(1, 32), *block(32, 64), nn.Flatten(), nn.Linear(64 * 7 * 7, 512), nn.ReLU(),
                         nn.Linear(512, 10))


def m3():
    return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Flatten(), nn.Dropout(0.5), nn.Linear(64 * 5 * 5, 10))


MODELS = {"m1": (m1, 100), "m2": (m2, 32), "m3": (m3, 128)}
FULL_EPOCH = 60000


def main():
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    unknown = flags - {"--channels-last", "--flush-denormal", "--no-test"}
    if unknown:
        sys.exit("unknown option(s): " + " ".join(sorted(unknown)))
    model_name, data, threads = args[0], args[1], int(args[2])
    epochs = int(args[3]) if len(args) > 3 else 10
    samples = int(args[4]) if len(args) > 4 else FULL_EPOCH
    channels_last = "--channels-last" in flags and model_name != "m1"
    memory_format = torch.channels_last if channels_last else torch.contiguous_format
    torch.set_num_threads(threads)
    if "--flush-denormal" in flags:
        torch.set_flush_denormal(True)
    torch.manual_seed(1)
    x_train = torch.from_numpy(idx(data + "/train-images-idx3-ubyte.gz").astype(np.float32) / 255).unsqueeze(1)
    y_train = torch.from_numpy(idx(data + "/train-labels-idx1-ubyte.gz").astype(np.int64))
    x_test = torch.from_numpy(idx(data + "/t10k-images-idx3-ubyte.gz").astype(np.float32) / 255).unsqueeze(1)
    y_test = torch.from_numpy(idx(data + "/t10k-labels-idx1-ubyte.gz").astype(np.int64))
    x_train, y_train = x_train[:samples], y_train[:samples]
    x_train = x_train.contiguous(memory_format=memory_format)
    x_test = x_test.contiguous(memory_format=memory_format)
    build, batch = MODELS[model_name]
    model = build()
    model.apply(keras_init)
    model = model.to(memory_format=memory_format)
    if model_name == "m1":
        optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3, alpha=0.9, eps=1e-7)
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()

    def step(xb, yb):
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()

    n = x_train.shape[0]
    epoch_times = []
    model.train()
    for e in range(epochs):
        order = torch.randperm(n)
        start = time.perf_counter()
        for i in range(0, n, batch):
            idx_b = order[i:i + batch]
            step(x_train[idx_b].contiguous(memory_format=memory_format), y_train[idx_b])
        epoch_times.append(time.perf_counter() - start)
        print("epoch %d seconds=%.4f" % (e + 1, epoch_times[-1]), flush=True)
    timed = epoch_times[1:] if len(epoch_times) > 1 else epoch_times
    per_epoch = sum(timed) / len(timed) * FULL_EPOCH / n
    accuracy = float("nan")
    if "--no-test" not in flags:
        model.eval()
        with torch.no_grad():
            correct = sum((model(x_test[i:i + 200]).argmax(1) == y_test[i:i + 200]).sum().item()
                          for i in range(0, x_test.shape[0], 200))
        accuracy = correct / x_test.shape[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("result %s threads=%d s_per_epoch=%.3f test_accuracy=%.4f peak_rss_mb=%.0f channels_last=%d "
          "flush_denormal=%d" % (model_name, threads, per_epoch, accuracy, peak, channels_last,
                                 "--flush-denormal" in flags))


if __name__ == "__main__":
    main()
