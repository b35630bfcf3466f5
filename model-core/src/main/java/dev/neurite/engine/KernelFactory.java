package dev.neurite.engine;

import dev.neurite.engine.kernel.ActivationKernel;
import dev.neurite.engine.kernel.ActivationOp;
import dev.neurite.engine.kernel.AddKernel;
import dev.neurite.engine.kernel.BatchNormalizationKernel;
import dev.neurite.engine.kernel.ConcatenateKernel;
import dev.neurite.engine.kernel.Conv2DKernel;
import dev.neurite.engine.kernel.DenseKernel;
import dev.neurite.engine.kernel.DropoutKernel;
import dev.neurite.engine.kernel.GlobalAveragePooling2DKernel;
import dev.neurite.engine.kernel.Kernel;
import dev.neurite.engine.kernel.NormalizationKernel;
import dev.neurite.engine.kernel.Pooling2DKernel;
import dev.neurite.engine.kernel.RescalingKernel;
import dev.neurite.engine.kernel.ReshapeKernel;
import dev.neurite.engine.kernel.Window2D;
import dev.neurite.engine.kernel.ZeroPadding2DKernel;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.Activation;
import dev.neurite.layers.Add;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.ZeroPadding2D;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * Builds the kernel of one analysed node from its layer config and its already created weights (by Keras weight
 * name). Stateless.
 */
final class KernelFactory {

    private KernelFactory() {
    }

    /**
     * @param info                the node's analysis (input shapes)
     * @param weights             the node's weights by Keras name
     * @param dropoutSeed         seed for a Dropout layer without a seed of its own
     * @param inputGradientNeeded whether anything upstream learns
     * @param type                the network's floating-point type (for constants)
     */
    static Kernel create(NodeInfo info, Map<String, Parameter> weights, long dropoutSeed,
                         boolean inputGradientNeeded, DataType type) {
        LayerConfig layer = info.node().layer();
        if (layer instanceof Dense dense) {
            return new DenseKernel(weights.get("kernel"), weights.get("bias"), ActivationOp.of(dense.activation()),
                    inputGradientNeeded);
        }
        if (layer instanceof Conv2D conv) {
            Window2D window = new Window2D(conv.kernelSize().rows(), conv.kernelSize().cols(),
                    conv.strides().rows(), conv.strides().cols(), conv.dilationRate().rows(),
                    conv.dilationRate().cols(), conv.padding());
            return new Conv2DKernel(weights.get("kernel"), weights.get("bias"), window,
                    ActivationOp.of(conv.activation()));
        }
        if (layer instanceof Activation activation) {
            return new ActivationKernel(ActivationOp.of(activation.activation()));
        }
        if (layer instanceof Dropout dropout) {
            return new DropoutKernel(dropout.rate(), dropout.seed() != null ? dropout.seed() : dropoutSeed);
        }
        if (layer instanceof Flatten || layer instanceof Reshape) {
            int[] dims = info.outputShape().toArray();
            long[] target = new long[dims.length];
            for (int i = 0; i < dims.length; i++) {
                target[i] = dims[i];
            }
            return new ReshapeKernel(target);
        }
        if (layer instanceof ZeroPadding2D padding) {
            return new ZeroPadding2DKernel(padding.top(), padding.bottom(), padding.left(), padding.right());
        }
        if (layer instanceof MaxPooling2D pool) {
            return new Pooling2DKernel(Pooling2DKernel.Mode.MAX, Window2D.of(pool.poolSize().rows(),
                    pool.poolSize().cols(), pool.strides().rows(), pool.strides().cols(), pool.padding()));
        }
        if (layer instanceof AveragePooling2D pool) {
            return new Pooling2DKernel(Pooling2DKernel.Mode.AVERAGE, Window2D.of(pool.poolSize().rows(),
                    pool.poolSize().cols(), pool.strides().rows(), pool.strides().cols(), pool.padding()));
        }
        if (layer instanceof GlobalAveragePooling2D pool) {
            return new GlobalAveragePooling2DKernel(pool.keepdims());
        }
        if (layer instanceof BatchNormalization bn) {
            return new BatchNormalizationKernel(weights.get("gamma"), weights.get("beta"),
                    weights.get("moving_mean"), weights.get("moving_variance"), bn.momentum(), bn.epsilon());
        }
        if (layer instanceof Rescaling rescaling) {
            return new RescalingKernel(rescaling.scale(), rescaling.offset());
        }
        if (layer instanceof Normalization normalization) {
            return normalization(info, normalization, weights, type);
        }
        if (layer instanceof Add) {
            return new AddKernel();
        }
        if (layer instanceof Concatenate concatenate) {
            int rank = info.inputShapes().get(0).rank();
            return new ConcatenateKernel(concatenate.sampleAxis(rank) + 1);
        }
        throw new IllegalArgumentException("No kernel for layer type " + layer.type());
    }

    private static Kernel normalization(NodeInfo info, Normalization layer, Map<String, Parameter> weights,
                                        DataType type) {
        if (layer.isAdapted()) {
            return new NormalizationKernel(weights.get("mean"), weights.get("variance"), weights.get("count"));
        }
        int channels = info.inputShapes().get(0).last();
        String name = info.name();
        return new NormalizationKernel(
                Parameter.frozen(name, "mean", constant(layer.mean(), channels, type)),
                Parameter.frozen(name, "variance", constant(layer.variance(), channels, type)),
                Parameter.frozen(name, "count", Nd4j.zeros(type)));
    }

    private static INDArray constant(java.util.List<Double> values, int channels, DataType type) {
        double[] filled = new double[channels];
        for (int i = 0; i < channels; i++) {
            filled[i] = values.size() == 1 ? values.get(0) : values.get(i);
        }
        return Nd4j.createFromArray(filled).castTo(type);
    }
}
