package dev.neurite.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras's {@code Conv2D} on channels-last images. Kernel (kh, kw, in_channels, filters), bias (filters).
 *
 * @param filters           output channels, positive
 * @param kernelSize        window size, positive
 * @param strides           step, positive; (1, 1) by default
 * @param padding           {@code valid} by default
 * @param dilationRate      spacing of the kernel taps, positive; (1, 1) by default; not combined with strides > 1
 * @param activation        {@code linear} by default
 * @param useBias           whether to add a bias
 * @param kernelInitializer {@code glorot_uniform} by default
 * @param biasInitializer   {@code zeros} by default
 * @param kernelRegularizer penalty on the kernel, or null
 * @param biasRegularizer   penalty on the bias, or null
 */
public record Conv2D(int filters, Dims2D kernelSize, Dims2D strides, Padding padding, Dims2D dilationRate,
                     ActivationFunction activation, boolean useBias, Initializer kernelInitializer,
                     Initializer biasInitializer, Regularizer kernelRegularizer, Regularizer biasRegularizer)
        implements LayerConfig {

    public Conv2D {
        LayerConfigException.requirePositive("Conv2D", "filters", filters);
        LayerConfigException.requirePositive("Conv2D", "kernel_size", kernelSize);
        LayerConfigException.requirePositive("Conv2D", "strides", strides);
        LayerConfigException.requirePositive("Conv2D", "dilation_rate", dilationRate);
        LayerConfigException.requireGiven("Conv2D", "padding", padding);
        LayerConfigException.requireGiven("Conv2D", "activation", activation);
        LayerConfigException.requireGiven("Conv2D", "kernel_initializer", kernelInitializer);
        LayerConfigException.requireGiven("Conv2D", "bias_initializer", biasInitializer);
        boolean strided = strides.rows() > 1 || strides.cols() > 1;
        boolean dilated = dilationRate.rows() > 1 || dilationRate.cols() > 1;
        if (strided && dilated) {
            throw new LayerConfigException("Conv2D", "dilation_rate", "must be (1, 1) when strides are above 1",
                    dilationRate.toPythonTuple());
        }
    }

    /** {@code Conv2D(filters, kernel_size)} with Keras's defaults. */
    public Conv2D(int filters, Dims2D kernelSize) {
        this(filters, kernelSize, ActivationFunction.LINEAR);
    }

    /** {@code Conv2D(filters, kernel_size, activation=...)} with Keras's other defaults. */
    public Conv2D(int filters, Dims2D kernelSize, ActivationFunction activation) {
        this(filters, kernelSize, Dims2D.square(1), Padding.VALID, Dims2D.square(1), activation, true,
                Initializer.GLOROT_UNIFORM, Initializer.ZEROS, null, null);
    }

    public Conv2D withPadding(Padding newPadding) {
        return new Conv2D(filters, kernelSize, strides, newPadding, dilationRate, activation, useBias,
                kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer);
    }

    @Override
    public LayerType type() {
        return LayerType.CONV2D;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.image("Conv2D", inputs);
        int rows = Windows.outputLength(input.dim(0), kernelSize.rows(), strides.rows(), dilationRate.rows(), padding);
        int cols = Windows.outputLength(input.dim(1), kernelSize.cols(), strides.cols(), dilationRate.cols(), padding);
        if (rows <= 0 || cols <= 0) {
            throw new ShapeException("The " + kernelSize + " kernel" + (isDilated() ? " (dilated)" : "")
                    + " is larger than its " + input.dim(0) + "x" + input.dim(1)
                    + " input; use padding='same' or a smaller kernel.",
                    new FixAction.Replace(withPadding(Padding.SAME), "Use padding='same'"));
        }
        return TensorShape.of(rows, cols, filters);
    }

    private boolean isDilated() {
        return dilationRate.rows() > 1 || dilationRate.cols() > 1;
    }

    @Override
    public List<WeightSpec> weights(List<TensorShape> inputs) {
        int channels = inputs.get(0).last();
        List<WeightSpec> weights = new ArrayList<>();
        weights.add(WeightSpec.trainable("kernel",
                TensorShape.of(kernelSize.rows(), kernelSize.cols(), channels, filters), kernelInitializer,
                kernelRegularizer));
        if (useBias) {
            weights.add(WeightSpec.trainable("bias", TensorShape.of(filters), biasInitializer, biasRegularizer));
        }
        return weights;
    }

    @Override
    public String keyArguments() {
        StringBuilder text = new StringBuilder().append(filters).append(", ").append(kernelSize);
        if (strides.rows() != 1 || strides.cols() != 1) {
            text.append(", strides ").append(strides);
        }
        if (padding == Padding.SAME) {
            text.append(", same");
        }
        if (activation != ActivationFunction.LINEAR) {
            text.append(", ").append(activation.kerasName());
        }
        return text.toString();
    }

    /** Reads {@code filters} and {@code kernel_size} (required) and the rest with Keras's defaults. */
    public static Conv2D read(ArgumentReader in) {
        return new Conv2D(in.integer("filters"), in.dims("kernel_size", null), in.dims("strides", Dims2D.square(1)),
                in.padding(), in.dims("dilation_rate", Dims2D.square(1)), in.activation(),
                in.bool("use_bias", true), in.initializer("kernel_initializer", Initializer.GLOROT_UNIFORM),
                in.initializer("bias_initializer", Initializer.ZEROS),
                in.regularizer("kernel_regularizer"), in.regularizer("bias_regularizer"));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integer("filters", filters);
        out.dims("kernel_size", kernelSize);
        out.dims("strides", strides);
        out.string("padding", padding.kerasName());
        out.dims("dilation_rate", dilationRate);
        out.string("activation", activation.kerasName());
        out.weightArguments(useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        out.positional(String.valueOf(filters));
        out.positional(kernelSize.toPythonTuple());
        if (!strides.equals(Dims2D.square(1))) {
            out.keyword("strides", strides.toPythonTuple());
        }
        out.padding(padding);
        if (!dilationRate.equals(Dims2D.square(1))) {
            out.keyword("dilation_rate", dilationRate.toPythonTuple());
        }
        out.activation(activation);
        out.weightArguments(useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer);
    }
}
