"""PyTorch peer of the Neurite benchmark (run by bench/run.sh with Debian's /usr/bin/python3 and python3-torch).

Trains the same models on the same Fashion-MNIST IDX files and prints one result line:
    result <model> threads=<n> s_per_epoch=<x> test_accuracy=<y> peak_rss_mb=<z>
m1: Dense 512 relu -> Dense 10 softmax, RMSprop(lr 1e-3, rho 0.9, eps 1e-7), batch 100, full epochs.
m2: 2x(ZeroPad 1 -> Conv 3x3 relu) 32 -> MaxPool -> same with 64 -> MaxPool -> Flatten -> Dense 512 relu -> Dense 10,
    Adam(1e-3), batch 32; timed over a fixed number of batches after a warm-up, scaled to 60000 samples.
Keras initialisers (glorot_uniform kernels, zero biases) so that accuracy is comparable.
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
        return [nn.ZeroPad2d(1), nn.Conv2d(cin, cout, 3), nn.ReLU(), nn.ZeroPad2d(1), nn.Conv2d(cout, cout, 3),
                nn.ReLU(), nn.MaxPool2d(2)]
    return nn.Sequential(*block(1, 32), *block(32, 64), nn.Flatten(), nn.Linear(64 * 7 * 7, 512), nn.ReLU(),
                         nn.Linear(512, 10))


def main():
    model_name, data, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    epochs = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    batches = int(sys.argv[5]) if len(sys.argv) > 5 else 300
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    x_train = torch.from_numpy(idx(data + "/train-images-idx3-ubyte.gz").astype(np.float32) / 255).unsqueeze(1)
    y_train = torch.from_numpy(idx(data + "/train-labels-idx1-ubyte.gz").astype(np.int64))
    x_test = torch.from_numpy(idx(data + "/t10k-images-idx3-ubyte.gz").astype(np.float32) / 255).unsqueeze(1)
    y_test = torch.from_numpy(idx(data + "/t10k-labels-idx1-ubyte.gz").astype(np.int64))
    model = m1() if model_name == "m1" else m2()
    model.apply(keras_init)
    if model_name == "m1":
        optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3, alpha=0.9, eps=1e-7)
        batch = 100
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
        batch = 32
    loss_fn = nn.CrossEntropyLoss()

    def step(xb, yb):
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()

    n = x_train.shape[0]
    epoch_times = []
    if model_name == "m1":
        for _ in range(epochs):
            order = torch.randperm(n)
            start = time.perf_counter()
            for i in range(0, n, batch):
                idx_b = order[i:i + batch]
                step(x_train[idx_b], y_train[idx_b])
            epoch_times.append(time.perf_counter() - start)
        per_epoch = sum(epoch_times[1:]) / max(1, len(epoch_times) - 1)
    else:
        order = torch.randperm(n)
        warmup = 20
        for b in range(warmup):
            idx_b = order[b * batch:(b + 1) * batch]
            step(x_train[idx_b], y_train[idx_b])
        start = time.perf_counter()
        for b in range(warmup, warmup + batches):
            idx_b = order[b * batch:(b + 1) * batch]
            step(x_train[idx_b], y_train[idx_b])
        per_epoch = (time.perf_counter() - start) / (batches * batch) * n
    model.eval()
    with torch.no_grad():
        correct = sum((model(x_test[i:i + 1000]).argmax(1) == y_test[i:i + 1000]).sum().item()
                      for i in range(0, x_test.shape[0], 1000))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("result %s threads=%d s_per_epoch=%.3f test_accuracy=%.4f peak_rss_mb=%.0f"
          % (model_name, threads, per_epoch, correct / x_test.shape[0], peak))


if __name__ == "__main__":
    main()
