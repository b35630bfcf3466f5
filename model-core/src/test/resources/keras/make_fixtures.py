#!/usr/bin/python3
"""Writes the Keras-format fixtures of dev.neurite.imports.keras's tests, without Keras.

Run with the system Python (it needs h5py and NumPy: Debian's python3-h5py):
    /usr/bin/python3 make_fixtures.py            (writes into the folder of this script)

The layouts follow Keras's own saving code (keras-team/keras):
  * Keras 3 ``.keras`` (keras/src/saving/saving_lib.py): a zip with ``metadata.json``, ``config.json`` (the
    serialized model: module, class_name, config, registered_name, build_config, compile_config) and
    ``model.weights.h5``, whose groups follow the object tree: ``vars`` for the model itself, then
    ``layers/<snake_case class name>[_<n>]/vars/<i>`` for the model's layers in order (Sequential's layers exclude
    the InputLayer, Functional's include it), each layer's variables trainable first, then non-trainable;
    the optimizer's state under ``optimizer/vars``.
  * Keras 2 legacy ``.h5`` (tf.keras saving/hdf5_format.py, Keras 3 legacy/saving/legacy_h5_format.py): root
    attributes ``keras_version``, ``backend``, ``model_config`` and ``training_config`` (JSON text); a group
    ``model_weights`` whose attribute ``layer_names`` lists the model's layers, with one group per layer (sorted by
    name) whose attribute ``weight_names`` lists its weights (``dense/kernel:0``), each a dataset at that path
    inside the layer's group; ``optimizer_weights`` beside it.
Reference outputs for fixed inputs are computed here with NumPy from the same weights (reference.json), so the
Java tests compare Neurite's forward pass with an independent computation.
"""
import io
import json
import os
import zipfile

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(17)


# ---- Keras config pieces ------------------------------------------------------------------------------------------

def k3(module, class_name, config, **extra):
    obj = {"module": module, "class_name": class_name, "config": config, "registered_name": None}
    obj.update(extra)
    return obj


def dtype3():
    return k3("keras", "DTypePolicy", {"name": "float32"})


def init3(name):
    return k3("keras.initializers", name, {"seed": None} if name.startswith("Glorot") else {})


def init2(name):
    return {"class_name": name, "config": {"seed": None} if name.startswith("Glorot") else {}}


def dense_cfg(name, units, activation, keras3):
    init = init3 if keras3 else init2
    cfg = {"name": name, "trainable": True, "dtype": dtype3() if keras3 else "float32", "units": units,
           "activation": activation, "use_bias": True, "kernel_initializer": init("GlorotUniform"),
           "bias_initializer": init("Zeros"), "kernel_regularizer": None, "bias_regularizer": None,
           "kernel_constraint": None, "bias_constraint": None}
    if not keras3:
        cfg["activity_regularizer"] = None
    return cfg


def conv_cfg(name, filters, keras3):
    init = init3 if keras3 else init2
    return {"name": name, "trainable": True, "dtype": dtype3() if keras3 else "float32", "filters": filters,
            "kernel_size": [3, 3], "strides": [1, 1], "padding": "same", "data_format": "channels_last",
            "dilation_rate": [1, 1], "groups": 1, "activation": "relu", "use_bias": True,
            "kernel_initializer": init("GlorotUniform"), "bias_initializer": init("Zeros"),
            "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
            "kernel_constraint": None, "bias_constraint": None}


def bn_cfg(name, keras3):
    init = init3 if keras3 else init2
    return {"name": name, "trainable": True, "dtype": dtype3() if keras3 else "float32",
            "axis": -1 if keras3 else [3], "momentum": 0.99, "epsilon": 0.001, "center": True, "scale": True,
            "beta_initializer": init("Zeros"), "gamma_initializer": init("Ones"),
            "moving_mean_initializer": init("Zeros"), "moving_variance_initializer": init("Ones"),
            "beta_regularizer": None, "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None}


def pool_cfg(name, keras3):
    return {"name": name, "trainable": True, "dtype": dtype3() if keras3 else "float32", "pool_size": [2, 2],
            "padding": "valid", "strides": [2, 2], "data_format": "channels_last"}


def simple_cfg(name, keras3, **extra):
    cfg = {"name": name, "trainable": True, "dtype": dtype3() if keras3 else "float32"}
    cfg.update(extra)
    return cfg


def training_config_keras2():
    return {"loss": "categorical_crossentropy", "metrics": [[{"class_name": "MeanMetricWrapper",
                                                               "config": {"name": "accuracy", "dtype": "float32",
                                                                          "fn": "categorical_accuracy"}}]],
            "weighted_metrics": None, "loss_weights": None,
            "optimizer_config": {"class_name": "Custom>Adam",
                                 "config": {"name": "Adam", "learning_rate": 0.0005, "decay": 0.0, "beta_1": 0.9,
                                            "beta_2": 0.999, "epsilon": 1e-07, "amsgrad": False,
                                            "is_legacy_optimizer": False}}}


def compile_config_keras3():
    return {"optimizer": k3("keras.optimizers", "RMSprop",
                            {"name": "rmsprop", "learning_rate": 0.0010000000474974513, "weight_decay": None,
                             "clipnorm": None, "global_clipnorm": None, "clipvalue": None, "use_ema": False,
                             "ema_momentum": 0.99, "ema_overwrite_frequency": None, "loss_scale_factor": None,
                             "gradient_accumulation_steps": None, "rho": 0.9, "momentum": 0.0, "epsilon": 1e-07,
                             "centered": False}),
            "loss": "categorical_crossentropy", "loss_weights": None, "metrics": ["accuracy"],
            "weighted_metrics": None, "run_eagerly": False, "steps_per_execution": 1, "jit_compile": False}


# ---- The models: (class, name, config, inputs, weights) -----------------------------------------------------------

def mlp_layers():
    """Flatten(28x28) -> Dense(16, relu) -> Dropout(0.2) -> Dense(10, softmax)."""
    w1 = rng.normal(0, 0.05, (784, 16)).astype(np.float32)
    b1 = rng.normal(0, 0.1, (16,)).astype(np.float32)
    w2 = rng.normal(0, 0.3, (16, 10)).astype(np.float32)
    b2 = rng.normal(0, 0.1, (10,)).astype(np.float32)
    return [("Flatten", "flatten", lambda k3_: simple_cfg("flatten", k3_, data_format="channels_last"), []),
            ("Dense", "dense", lambda k3_: dense_cfg("dense", 16, "relu", k3_), [("kernel", w1), ("bias", b1)]),
            ("Dropout", "dropout", lambda k3_: simple_cfg("dropout", k3_, rate=0.2, noise_shape=None, seed=None),
             []),
            ("Dense", "dense_1", lambda k3_: dense_cfg("dense_1", 10, "softmax", k3_),
             [("kernel", w2), ("bias", b2)])]


def cnn_layers():
    """Conv2D(4, 3x3, same, relu) -> BatchNormalization -> MaxPooling2D -> Flatten -> Dense(3, softmax)."""
    k = rng.normal(0, 0.4, (3, 3, 1, 4)).astype(np.float32)
    kb = rng.normal(0, 0.1, (4,)).astype(np.float32)
    gamma = rng.uniform(0.5, 1.5, (4,)).astype(np.float32)
    beta = rng.normal(0, 0.1, (4,)).astype(np.float32)
    mean = rng.normal(0.2, 0.1, (4,)).astype(np.float32)
    var = rng.uniform(0.5, 2.0, (4,)).astype(np.float32)
    w = rng.normal(0, 0.2, (64, 3)).astype(np.float32)
    b = rng.normal(0, 0.1, (3,)).astype(np.float32)
    return [("Conv2D", "conv2d", lambda k3_: conv_cfg("conv2d", 4, k3_), [("kernel", k), ("bias", kb)]),
            ("BatchNormalization", "batch_normalization", lambda k3_: bn_cfg("batch_normalization", k3_),
             [("gamma", gamma), ("beta", beta), ("moving_mean", mean), ("moving_variance", var)]),
            ("MaxPooling2D", "max_pooling2d", lambda k3_: pool_cfg("max_pooling2d", k3_), []),
            ("Flatten", "flatten", lambda k3_: simple_cfg("flatten", k3_, data_format="channels_last"), []),
            ("Dense", "dense", lambda k3_: dense_cfg("dense", 3, "softmax", k3_), [("kernel", w), ("bias", b)])]


def tiny_layers():
    """Dense(2, linear) on 3 inputs with weights a test can multiply by hand."""
    w = np.array([[1, 2], [3, 4], [5, 6]], dtype=np.float32)
    b = np.array([0.5, -0.5], dtype=np.float32)
    return [("Dense", "dense", lambda k3_: dense_cfg("dense", 2, "linear", k3_), [("kernel", w), ("bias", b)])]


# ---- Configs ------------------------------------------------------------------------------------------------------

def sequential_config(layers, input_shape, keras3):
    batch_shape = [None] + list(input_shape)
    if keras3:
        items = [k3("keras.layers", "InputLayer", {"batch_shape": batch_shape, "dtype": "float32", "sparse": False,
                                                   "name": "input_layer"})]
        for cls, name, cfg, _ in layers:
            items.append(k3("keras.layers", cls, cfg(True)))
        return k3("keras", "Sequential", {"name": "sequential", "trainable": True, "dtype": dtype3(),
                                          "layers": items, "build_input_shape": batch_shape},
                  build_config={"input_shape": batch_shape})
    items = [{"class_name": "InputLayer", "config": {"batch_input_shape": batch_shape, "dtype": "float32",
                                                     "sparse": False, "ragged": False, "name": "input_1"}}]
    for cls, name, cfg, _ in layers:
        items.append({"class_name": cls, "config": cfg(False)})
    return {"class_name": "Sequential", "config": {"name": "sequential", "layers": items},
            "keras_version": "2.15.0", "backend": "tensorflow"}


def functional_config(layers, input_shape, keras3):
    batch_shape = [None] + list(input_shape)
    previous = "input_layer" if keras3 else "input_1"
    if keras3:
        items = [{"module": "keras.layers", "class_name": "InputLayer",
                  "config": {"batch_shape": batch_shape, "dtype": "float32", "sparse": False, "name": previous},
                  "registered_name": None, "name": previous, "inbound_nodes": []}]
        for cls, name, cfg, _ in layers:
            tensor = {"class_name": "__keras_tensor__",
                      "config": {"shape": [None], "dtype": "float32", "keras_history": [previous, 0, 0]}}
            item = k3("keras.layers", cls, cfg(True), name=name,
                      inbound_nodes=[{"args": [tensor], "kwargs": {}}])
            items.append(item)
            previous = name
        return k3("keras.src.models.functional", "Functional",
                  {"name": "functional", "trainable": True, "layers": items,
                   "input_layers": [["input_layer", 0, 0]], "output_layers": [[previous, 0, 0]]})
    items = [{"class_name": "InputLayer", "config": {"batch_input_shape": batch_shape, "dtype": "float32",
                                                     "sparse": False, "ragged": False, "name": previous},
              "name": previous, "inbound_nodes": []}]
    for cls, name, cfg, _ in layers:
        items.append({"class_name": cls, "config": cfg(False), "name": name,
                      "inbound_nodes": [[[previous, 0, 0, {}]]]})
        previous = name
    return {"class_name": "Functional", "config": {"name": "model", "layers": items,
                                                   "input_layers": [["input_1", 0, 0]],
                                                   "output_layers": [[previous, 0, 0]]},
            "keras_version": "2.15.0", "backend": "tensorflow"}


# ---- Writers ------------------------------------------------------------------------------------------------------

def snake(class_name):
    import re
    name = re.sub(r"\W+", "", class_name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    name = re.sub("([a-z])([A-Z])", r"\1_\2", name)
    return name.lower()


def keras3_weights_h5(layers, functional, with_optimizer=True, skip=()):
    """The bytes of model.weights.h5 as saving_lib's H5IOStore writes them."""
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as f:
        f.create_group("vars")
        used = {}
        objects = ([("InputLayer", [])] if functional else []) + [(cls, w) for cls, _, _, w in layers]
        for cls, weights in objects:
            name = snake(cls)
            if name in used:
                used[name] += 1
                name = f"{name}_{used[name]}"
            else:
                used[name] = 0
            if name in skip:
                continue
            group = f.create_group("layers/" + name).create_group("vars")
            for i, (_, value) in enumerate(weights):
                group[str(i)] = value
        if with_optimizer:
            opt = f.create_group("optimizer").create_group("vars")
            opt["0"] = np.array(12, dtype=np.int64)  # iterations
            index = 1
            for cls, weights in objects:
                for _, value in weights:
                    opt[str(index)] = np.zeros_like(value)
                    index += 1
    return buffer.getvalue()


def write_keras3(path, config, weights_bytes):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("metadata.json", json.dumps({"keras_version": "3.6.0", "date_saved": "2026-12-03@09:00:00"}))
        zf.writestr("config.json", json.dumps(config))
        zf.writestr("model.weights.h5", weights_bytes)


def write_keras2_h5(path, config, layers, functional, mutate=None):
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs["model_config"] = json.dumps(config)
        f.attrs["training_config"] = json.dumps(training_config_keras2())
        weights_group = f.create_group("model_weights")
        named = ([("input_1", [])] if functional else []) + [(name, w) for _, name, _, w in layers]
        weights_group.attrs["layer_names"] = [name.encode("utf8") for name, _ in named]
        weights_group.attrs["backend"] = "tensorflow"
        weights_group.attrs["keras_version"] = "2.15.0"
        for name, weights in sorted(named, key=lambda item: item[0]):
            group = weights_group.create_group(name)
            weight_names = [f"{name}/{w}:0".encode("utf8") for w, _ in weights]
            group.attrs["weight_names"] = weight_names
            for weight_name, (_, value) in zip(weight_names, weights):
                if mutate is not None:
                    value = mutate(name, weight_name.decode(), value)
                    if value is None:
                        continue
                if isinstance(value, tuple):  # ("declared", shape): a dataset with a shape and no data written
                    group.create_dataset(weight_name.decode(), shape=value[1], dtype=np.float32,
                                         chunks=(64, 64))
                else:
                    group.create_dataset(weight_name.decode(), data=value)
        optimizer = f.create_group("optimizer_weights")
        optimizer.attrs["weight_names"] = [b"Adam/iter:0"]
        optimizer.create_dataset("Adam/iter:0", data=np.array(12, dtype=np.int64))


# ---- NumPy reference forward passes -------------------------------------------------------------------------------

def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def mlp_forward(layers, x):
    w1, b1 = layers[1][3][0][1], layers[1][3][1][1]
    w2, b2 = layers[3][3][0][1], layers[3][3][1][1]
    h = np.maximum(x.reshape(len(x), -1).astype(np.float64) @ w1 + b1, 0)
    return softmax(h @ w2 + b2)


def cnn_forward(layers, x):
    k, kb = (v for _, v in layers[0][3])
    gamma, beta, mean, var = (v for _, v in layers[1][3])
    w, b = (v for _, v in layers[4][3])
    n, hgt, wid, _ = x.shape
    padded = np.pad(x.astype(np.float64), ((0, 0), (1, 1), (1, 1), (0, 0)))
    conv = np.zeros((n, hgt, wid, k.shape[3]))
    for i in range(hgt):
        for j in range(wid):
            window = padded[:, i:i + 3, j:j + 3, :]
            conv[:, i, j, :] = np.tensordot(window, k, axes=([1, 2, 3], [0, 1, 2]))
    conv = np.maximum(conv + kb, 0)
    norm = gamma * (conv - mean) / np.sqrt(var + 0.001) + beta
    pooled = norm.reshape(n, hgt // 2, 2, wid // 2, 2, -1).max(axis=(2, 4))
    return softmax(pooled.reshape(n, -1) @ w + b)


def main():
    out = lambda name: os.path.join(HERE, name)
    mlp, cnn, tiny = mlp_layers(), cnn_layers(), tiny_layers()

    # The happy files.
    mlp3 = sequential_config(mlp, (28, 28), True)
    mlp3["compile_config"] = compile_config_keras3()
    write_keras3(out("keras3_mlp.keras"), mlp3, keras3_weights_h5(mlp, functional=False))
    write_keras2_h5(out("keras2_mlp.h5"), sequential_config(mlp, (28, 28), False), mlp, functional=False)
    write_keras3(out("keras3_cnn.keras"), functional_config(cnn, (8, 8, 1), True),
                 keras3_weights_h5(cnn, functional=True, with_optimizer=False))
    write_keras2_h5(out("keras2_cnn.h5"), functional_config(cnn, (8, 8, 1), False), cnn, functional=True)
    write_keras3(out("tiny_dense.keras"), sequential_config(tiny, (3,), True),
                 keras3_weights_h5(tiny, functional=False, with_optimizer=False))
    with open(out("keras2_mlp.json"), "w") as f:
        json.dump(sequential_config(mlp, (28, 28), False), f)
    with open(out("keras3_cnn.json"), "w") as f:
        json.dump(functional_config(cnn, (8, 8, 1), True), f)

    # Reference outputs for fixed inputs, computed here with NumPy.
    x_mlp = rng.uniform(0, 1, (3, 28, 28)).astype(np.float32)
    x_cnn = rng.uniform(0, 1, (3, 8, 8, 1)).astype(np.float32)
    reference = {"mlp": {"input_shape": [3, 28, 28], "input": x_mlp.ravel().tolist(),
                         "output": mlp_forward(mlp, x_mlp).ravel().tolist()},
                 "cnn": {"input_shape": [3, 8, 8, 1], "input": x_cnn.ravel().tolist(),
                         "output": cnn_forward(cnn, x_cnn).ravel().tolist()}}
    with open(out("reference.json"), "w") as f:
        json.dump(reference, f)

    # The hostile files.
    hostile = os.path.join(HERE, "hostile")
    os.makedirs(hostile, exist_ok=True)
    h = lambda name: os.path.join(hostile, name)
    lam = sequential_config(tiny, (3,), False)
    lam["config"]["layers"].insert(1, {"class_name": "Lambda", "config": {
        "name": "lambda", "trainable": True, "dtype": "float32",
        "function": ["4wEAAAAAAAAAAAAAAAEAAAACAAAAQwAAAHMIAAAAfABkARsAUwApAk7pBAAAAKkAKQHaAXhyAgAAAHICAAAA", None, None],
        "function_type": "lambda", "module": "__main__", "output_shape": None, "output_shape_type": "raw",
        "output_shape_module": None, "arguments": {}}})
    with open(h("lambda.json"), "w") as f:
        json.dump(lam, f)
    unknown = sequential_config(tiny, (3,), True)
    unknown["config"]["layers"].insert(1, k3("my_package.layers", "FancyLayer", {"name": "fancy", "units": 3}))
    with open(h("unknown_class.json"), "w") as f:
        json.dump(unknown, f)
    config = sequential_config(mlp, (28, 28), False)
    write_keras2_h5(h("wrong_shape.h5"), config, mlp, False,
                    mutate=lambda layer, w, v: np.zeros((785, 16), np.float32) if w == "dense/kernel:0" else v)
    write_keras2_h5(h("huge_shape.h5"), config, mlp, False,
                    mutate=lambda layer, w, v: ("declared", (200000, 100000)) if w == "dense/kernel:0" else v)
    write_keras2_h5(h("wrong_dtype.h5"), config, mlp, False,
                    mutate=lambda layer, w, v: v.astype(np.int32) if w == "dense_1/kernel:0" else v)
    write_keras2_h5(h("missing_weight.h5"), config, mlp, False,
                    mutate=lambda layer, w, v: None if w == "dense_1/bias:0" else v)
    with open(out("keras2_mlp.h5"), "rb") as f:
        whole = f.read()
    with open(h("truncated.h5"), "wb") as f:
        f.write(whole[:len(whole) // 2])
    write_keras3(h("missing_layer.keras"), mlp3, keras3_weights_h5(mlp, functional=False, skip=("dense_1",)))
    with zipfile.ZipFile(h("no_config.keras"), "w") as zf:
        zf.writestr("metadata.json", json.dumps({"keras_version": "3.6.0"}))


if __name__ == "__main__":
    main()
