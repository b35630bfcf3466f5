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
import dev.neurite.engine.kernel.UpSampling2DKernel;
import dev.neurite.engine.kernel.Window2D;
import dev.neurite.engine.kernel.ZeroPadding2DKernel;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.Activation;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.UpSampling2D;
import dev.neurite.layers.ZeroPadding2D;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * Builds the kernel of one analysed node from its layer config and its already created weights (by Keras weight
 * name): the one place where a layer type meets its computation, a switch over every
 * {@link dev.neurite.layers.LayerType} that does not compile while a type lacks its case. Stateless.
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
        return switch (layer.type()) {
            case INPUT_LAYER -> throw new IllegalArgumentException("An Input has no kernel");
            case DENSE -> {
                Dense dense = (Dense) layer;
                yield new DenseKernel(weights.get("kernel"), weights.get("bias"), ActivationOp.of(dense.activation()),
                        inputGradientNeeded);
            }
            case CONV2D -> {
                Conv2D conv = (Conv2D) layer;
                Window2D window = new Window2D(conv.kernelSize().rows(), conv.kernelSize().cols(),
                        conv.strides().rows(), conv.strides().cols(), conv.dilationRate().rows(),
                        conv.dilationRate().cols(), conv.padding());
                yield new Conv2DKernel(weights.get("kernel"), weights.get("bias"), window,
                        ActivationOp.of(conv.activation()), inputGradientNeeded);
            }
            case ACTIVATION -> new ActivationKernel(ActivationOp.of(((Activation) layer).activation()));
            case DROPOUT -> {
                Dropout dropout = (Dropout) layer;
                yield new DropoutKernel(dropout.rate(), dropout.seed() != null ? dropout.seed() : dropoutSeed);
            }
            case FLATTEN, RESHAPE -> {
                int[] dims = info.outputShape().toArray();
                long[] target = new long[dims.length];
                for (int i = 0; i < dims.length; i++) {
                    target[i] = dims[i];
                }
                yield new ReshapeKernel(target);
            }
            case ZERO_PADDING2D -> {
                ZeroPadding2D padding = (ZeroPadding2D) layer;
                yield new ZeroPadding2DKernel(padding.top(), padding.bottom(), padding.left(), padding.right());
            }
            case MAX_POOLING2D -> {
                MaxPooling2D pool = (MaxPooling2D) layer;
                yield new Pooling2DKernel(Pooling2DKernel.Mode.MAX, Window2D.of(pool.poolSize().rows(),
                        pool.poolSize().cols(), pool.strides().rows(), pool.strides().cols(), pool.padding()));
            }
            case AVERAGE_POOLING2D -> {
                AveragePooling2D pool = (AveragePooling2D) layer;
                yield new Pooling2DKernel(Pooling2DKernel.Mode.AVERAGE, Window2D.of(pool.poolSize().rows(),
                        pool.poolSize().cols(), pool.strides().rows(), pool.strides().cols(), pool.padding()));
            }
            case GLOBAL_AVERAGE_POOLING2D ->
                    new GlobalAveragePooling2DKernel(((GlobalAveragePooling2D) layer).keepdims());
            case UP_SAMPLING2D -> new UpSampling2DKernel(((UpSampling2D) layer).size().rows(),
                    ((UpSampling2D) layer).size().cols());
            case BATCH_NORMALIZATION -> {
                BatchNormalization bn = (BatchNormalization) layer;
                yield new BatchNormalizationKernel(weights.get("gamma"), weights.get("beta"),
                        weights.get("moving_mean"), weights.get("moving_variance"), bn.momentum(), bn.epsilon());
            }
            case RESCALING -> {
                Rescaling rescaling = (Rescaling) layer;
                yield new RescalingKernel(rescaling.scale(), rescaling.offset());
            }
            case NORMALIZATION -> normalization(info, (Normalization) layer, weights, type);
            case ADD -> new AddKernel();
            case CONCATENATE -> {
                int rank = info.inputShapes().get(0).rank();
                yield new ConcatenateKernel(((Concatenate) layer).sampleAxis(rank) + 1);
            }
        };
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
