package dev.neurite.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keras's {@code Dense}: {@code activation(x @ kernel + bias)}. Kernel (inputs, units), bias (units).
 *
 * @param units             output size, positive
 * @param activation        applied to the output; {@code linear} by default
 * @param useBias           whether to add a bias
 * @param kernelInitializer {@code glorot_uniform} by default
 * @param biasInitializer   {@code zeros} by default
 * @param kernelRegularizer penalty on the kernel, or null
 * @param biasRegularizer   penalty on the bias, or null
 */
public record Dense(int units, ActivationFunction activation, boolean useBias, Initializer kernelInitializer,
                    Initializer biasInitializer, Regularizer kernelRegularizer, Regularizer biasRegularizer)
        implements LayerConfig {

    public Dense {
        LayerConfigException.requirePositive("Dense", "units", units);
        LayerConfigException.requireGiven("Dense", "activation", activation);
        LayerConfigException.requireGiven("Dense", "kernel_initializer", kernelInitializer);
        LayerConfigException.requireGiven("Dense", "bias_initializer", biasInitializer);
    }

    /** {@code Dense(units)} with Keras's defaults. */
    public Dense(int units) {
        this(units, ActivationFunction.LINEAR);
    }

    /** {@code Dense(units, activation=...)} with Keras's other defaults. */
    public Dense(int units, ActivationFunction activation) {
        this(units, activation, true, Initializer.GLOROT_UNIFORM, Initializer.ZEROS, null, null);
    }

    public Dense withUnits(int newUnits) {
        return new Dense(newUnits, activation, useBias, kernelInitializer, biasInitializer, kernelRegularizer,
                biasRegularizer);
    }

    public Dense withKernelRegularizer(Regularizer regularizer) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, regularizer,
                biasRegularizer);
    }

    @Override
    public LayerType type() {
        return LayerType.DENSE;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Inputs.single("Dense", inputs).withLast(units);
    }

    @Override
    public List<WeightSpec> weights(List<TensorShape> inputs) {
        int in = inputs.get(0).last();
        List<WeightSpec> weights = new ArrayList<>();
        weights.add(WeightSpec.trainable("kernel", TensorShape.of(in, units), kernelInitializer, kernelRegularizer));
        if (useBias) {
            weights.add(WeightSpec.trainable("bias", TensorShape.of(units), biasInitializer, biasRegularizer));
        }
        return weights;
    }

    @Override
    public List<LayerWarning> check(List<TensorShape> inputs) {
        TensorShape input = inputs.get(0);
        if (input.rank() > 1) {
            return List.of(new LayerWarning(true, "Dense needs a flat vector but gets " + input
                    + "; it would act on the last axis only. Insert a Flatten before it.",
                    new FixAction.InsertBefore(new Flatten())));
        }
        return List.of();
    }

    @Override
    public String keyArguments() {
        return units + (activation == ActivationFunction.LINEAR ? "" : ", " + activation.kerasName());
    }

    /** Reads {@code units} (required) and the rest with Keras's defaults. */
    public static Dense read(ArgumentReader in) {
        return new Dense(in.integer("units"), in.activation(), in.bool("use_bias", true),
                in.initializer("kernel_initializer", Initializer.GLOROT_UNIFORM),
                in.initializer("bias_initializer", Initializer.ZEROS),
                in.regularizer("kernel_regularizer"), in.regularizer("bias_regularizer"));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integer("units", units);
        out.string("activation", activation.kerasName());
        out.weightArguments(useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        out.positional(String.valueOf(units));
        out.activation(activation);
        out.weightArguments(useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer);
    }

    @Override
    public Optional<LayerConfig> withActivation(ActivationFunction function) {
        return Optional.of(new Dense(units, function, useBias, kernelInitializer, biasInitializer, kernelRegularizer,
                biasRegularizer));
    }
}
