package dev.neurite.export;

import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.ZeroPadding2D;

import static dev.neurite.export.PythonLiteral.number;
import static dev.neurite.export.PythonLiteral.string;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Python constructor call of one layer, with only the arguments that differ from Keras's defaults. */
final class PythonLayer {

    private PythonLayer() {
    }

    /** E.g. {@code layers.Dense(512, activation="relu", name="dense")}. */
    static String call(LayerConfig layer, String name) {
        List<String> args = new ArrayList<>();
        if (layer instanceof Dense dense) {
            args.add(String.valueOf(dense.units()));
            activation(args, dense.activation());
            weightArguments(args, dense.useBias(), dense.kernelInitializer(), dense.biasInitializer(),
                    dense.kernelRegularizer(), dense.biasRegularizer());
        } else if (layer instanceof Conv2D conv) {
            args.add(String.valueOf(conv.filters()));
            args.add(conv.kernelSize().toPythonTuple());
            if (!conv.strides().equals(Dims2D.square(1))) {
                args.add("strides=" + conv.strides().toPythonTuple());
            }
            padding(args, conv.padding());
            if (!conv.dilationRate().equals(Dims2D.square(1))) {
                args.add("dilation_rate=" + conv.dilationRate().toPythonTuple());
            }
            activation(args, conv.activation());
            weightArguments(args, conv.useBias(), conv.kernelInitializer(), conv.biasInitializer(),
                    conv.kernelRegularizer(), conv.biasRegularizer());
        } else if (layer instanceof Activation activation) {
            args.add(string(activation.activation().kerasName()));
        } else if (layer instanceof Dropout dropout) {
            args.add(number(dropout.rate()));
            if (dropout.seed() != null) {
                args.add("seed=" + dropout.seed());
            }
        } else if (layer instanceof Reshape reshape) {
            args.add(reshape.keyArguments());
        } else if (layer instanceof Rescaling rescaling) {
            args.add("scale=" + number(rescaling.scale()));
            if (rescaling.offset() != 0) {
                args.add("offset=" + number(rescaling.offset()));
            }
        } else if (layer instanceof ZeroPadding2D padding) {
            if (!padding.equals(ZeroPadding2D.symmetric(1))) {
                args.add("padding=" + padding.toPythonArgument());
            }
        } else if (layer instanceof MaxPooling2D pool) {
            pooling(args, pool.poolSize(), pool.strides(), pool.padding());
        } else if (layer instanceof AveragePooling2D pool) {
            pooling(args, pool.poolSize(), pool.strides(), pool.padding());
        } else if (layer instanceof GlobalAveragePooling2D global) {
            if (global.keepdims()) {
                args.add("keepdims=True");
            }
        } else if (layer instanceof BatchNormalization norm) {
            if (norm.momentum() != 0.99) {
                args.add("momentum=" + number(norm.momentum()));
            }
            if (norm.epsilon() != 0.001) {
                args.add("epsilon=" + number(norm.epsilon()));
            }
            if (!norm.center()) {
                args.add("center=False");
            }
            if (!norm.scale()) {
                args.add("scale=False");
            }
        } else if (layer instanceof Normalization norm) {
            if (!norm.isAdapted()) {
                args.add("mean=" + numbers(norm.mean()));
                args.add("variance=" + numbers(norm.variance()));
            }
        } else if (layer instanceof Concatenate concat) {
            if (concat.axis() != -1) {
                args.add("axis=" + concat.axis());
            }
        } else if (!(layer instanceof Flatten || layer instanceof Add || layer instanceof InputLayer)) {
            throw new IllegalArgumentException("No Python form for " + layer);
        }
        args.add("name=" + string(name));
        return "layers." + layer.kerasClassName() + "(" + String.join(", ", args) + ")";
    }

    private static void activation(List<String> args, ActivationFunction activation) {
        if (activation != ActivationFunction.LINEAR) {
            args.add("activation=" + string(activation.kerasName()));
        }
    }

    private static void weightArguments(List<String> args, boolean useBias, Initializer kernel, Initializer bias,
                                        Regularizer kernelRegularizer, Regularizer biasRegularizer) {
        if (!useBias) {
            args.add("use_bias=False");
        }
        if (kernel != Initializer.GLOROT_UNIFORM) {
            args.add("kernel_initializer=" + string(kernel.kerasName()));
        }
        if (bias != Initializer.ZEROS) {
            args.add("bias_initializer=" + string(bias.kerasName()));
        }
        if (kernelRegularizer != null) {
            args.add("kernel_regularizer=" + regularizer(kernelRegularizer));
        }
        if (biasRegularizer != null) {
            args.add("bias_regularizer=" + regularizer(biasRegularizer));
        }
    }

    /** Keras's {@code regularizers.l2(0.01)} and the like. */
    private static String regularizer(Regularizer regularizer) {
        if (regularizer.l1() == 0) {
            return "regularizers.l2(" + number(regularizer.l2()) + ")";
        }
        if (regularizer.l2() == 0) {
            return "regularizers.l1(" + number(regularizer.l1()) + ")";
        }
        return "regularizers.l1_l2(l1=" + number(regularizer.l1()) + ", l2=" + number(regularizer.l2()) + ")";
    }

    private static void padding(List<String> args, Padding padding) {
        if (padding != Padding.VALID) {
            args.add("padding=" + string(padding.kerasName()));
        }
    }

    private static void pooling(List<String> args, Dims2D poolSize, Dims2D strides, Padding padding) {
        args.add("pool_size=" + poolSize.toPythonTuple());
        if (!strides.equals(poolSize)) {
            args.add("strides=" + strides.toPythonTuple());
        }
        padding(args, padding);
    }


    private static String numbers(List<Double> values) {
        return values.stream().map(PythonLiteral::number).collect(Collectors.joining(", ", "[", "]"));
    }
}
