package dev.neurite.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras's {@code BatchNormalization} over the last (channel) axis. While training it normalises with the batch's
 * mean and variance and updates moving statistics: {@code moving = moving * momentum + batch * (1 - momentum)};
 * at inference it uses the moving statistics. Weights: gamma and beta (trainable, one per channel),
 * moving_mean and moving_variance (non-trainable).
 *
 * @param axis     the normalised axis; only -1 (channels last) is supported
 * @param momentum in [0, 1); 0.99 by default
 * @param epsilon  added to the variance, positive; 0.001 by default
 * @param center   whether to learn beta
 * @param scale    whether to learn gamma
 */
public record BatchNormalization(int axis, double momentum, double epsilon, boolean center, boolean scale)
        implements LayerConfig {

    public BatchNormalization {
        if (axis != -1) {
            throw new LayerConfigException("BatchNormalization", "axis", "must be -1 (the channel axis)",
                    String.valueOf(axis));
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new LayerConfigException("BatchNormalization", "momentum", "must be in [0, 1)",
                    String.valueOf(momentum));
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new LayerConfigException("BatchNormalization", "epsilon", "must be a positive number",
                    String.valueOf(epsilon));
        }
    }

    /** Keras's defaults. */
    public BatchNormalization() {
        this(-1, 0.99, 0.001, true, true);
    }

    @Override
    public LayerType type() {
        return LayerType.BATCH_NORMALIZATION;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Inputs.single("BatchNormalization", inputs);
    }

    @Override
    public List<WeightSpec> weights(List<TensorShape> inputs) {
        TensorShape channels = TensorShape.of(inputs.get(0).last());
        List<WeightSpec> weights = new ArrayList<>();
        if (scale) {
            weights.add(WeightSpec.trainable("gamma", channels, Initializer.ONES, null));
        }
        if (center) {
            weights.add(WeightSpec.trainable("beta", channels, Initializer.ZEROS, null));
        }
        weights.add(WeightSpec.statistic("moving_mean", channels, Initializer.ZEROS));
        weights.add(WeightSpec.statistic("moving_variance", channels, Initializer.ONES));
        return weights;
    }

    @Override
    public String keyArguments() {
        return "";
    }

    public static BatchNormalization read(ArgumentReader in) {
        return new BatchNormalization(in.integer("axis", -1), in.number("momentum", 0.99),
                in.number("epsilon", 0.001), in.bool("center", true), in.bool("scale", true));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integer("axis", axis);
        out.number("momentum", momentum);
        out.number("epsilon", epsilon);
        out.bool("center", center);
        out.bool("scale", scale);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        if (momentum != 0.99) {
            out.keyword("momentum", out.number(momentum));
        }
        if (epsilon != 0.001) {
            out.keyword("epsilon", out.number(epsilon));
        }
        if (!center) {
            out.keyword("center", "False");
        }
        if (!scale) {
            out.keyword("scale", "False");
        }
    }
}
