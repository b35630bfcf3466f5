package dev.neurite.explain;

import dev.neurite.engine.Network;
import dev.neurite.engine.Parameter;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What filters look for: a network's learned weights as small images. Reads a copy of the current weights; runs on
 * the calling thread (the network locks itself). Which layers keep the pixels apart is an exhaustive {@code switch}
 * over {@link LayerType}, so a new type does not compile until it says. Stateless.
 */
public final class Kernels {

    private Kernels() {
    }

    /** The names of the network's Conv2D layers in graph order. */
    public static List<String> convolutionLayers(Network network) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < network.layers().size(); i++) {
            if (network.layers().get(i).type() == LayerType.CONV2D) {
                names.add(network.layerNames().get(i));
            }
        }
        return names;
    }

    /**
     * The filters of Conv2D layer {@code layer}, one image {@code kh x kw} per filter: the kernel itself when it has
     * one input channel (the first layer on grey digits), else its mean over the input channels.
     *
     * @throws ExplainException if {@code layer} is no Conv2D layer of the network
     */
    public static List<KernelImage> convolution(Network network, String layer) {
        if (config(network, layer).type() != LayerType.CONV2D) {
            throw new ExplainException("Layer '" + layer + "' is not a Conv2D layer; its weights are no filters.");
        }
        INDArray kernel = weights(network, layer); // [kh, kw, in, filters]
        long[] shape = kernel.shape();
        int kh = (int) shape[0];
        int kw = (int) shape[1];
        int in = (int) shape[2];
        int filters = (int) shape[3];
        float[] flat = kernel.reshape(kernel.length()).toFloatVector();
        List<KernelImage> images = new ArrayList<>();
        for (int f = 0; f < filters; f++) {
            float[] values = new float[kh * kw];
            for (int p = 0; p < kh * kw; p++) {
                float sum = 0;
                for (int c = 0; c < in; c++) {
                    sum += flat[(p * in + c) * filters + f];
                }
                values[p] = sum / in;
            }
            images.add(new KernelImage(layer, f, kh, kw, values));
        }
        return images;
    }

    /**
     * The first Dense layer that reads the input pixels directly (through Flatten, Reshape, Rescaling and the like,
     * not through a Conv2D), if the network has one: an MLP's first hidden layer.
     */
    public static Optional<String> firstDenseOnPixels(Network network) {
        long pixels = network.inputShape().size();
        for (int i = 0; i < network.layers().size(); i++) {
            LayerConfig config = network.layers().get(i);
            switch (onPixels(config.type())) {
                case READS -> {
                    String name = network.layerNames().get(i);
                    return weights(network, name).size(0) == pixels ? Optional.of(name) : Optional.empty();
                }
                case MIXES -> {
                    return Optional.empty();
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** What a layer on the way from the input does to the pixels. */
    private enum PixelPath {
        /** Keeps each pixel's value in a place of its own (the weights' size check catches the rest). */
        KEEPS,
        /** A Dense layer: its weights read the pixels. */
        READS,
        /** Mixes or moves pixels: a Dense after it does not read the pixels. */
        MIXES
    }

    private static PixelPath onPixels(LayerType type) {
        return switch (type) {
            case DENSE -> PixelPath.READS;
            case INPUT_LAYER, FLATTEN, RESHAPE, RESCALING, NORMALIZATION, BATCH_NORMALIZATION, DROPOUT, ACTIVATION ->
                    PixelPath.KEEPS;
            case CONV2D, ZERO_PADDING2D, MAX_POOLING2D, AVERAGE_POOLING2D, GLOBAL_AVERAGE_POOLING2D, UP_SAMPLING2D, ADD,
                    CONCATENATE -> PixelPath.MIXES;
        };
    }

    /**
     * The weights from every input pixel to unit {@code unit} of Dense layer {@code layer}, as an image of the input's
     * size (28x28 for digits): where the unit looks for ink (positive) or for paper (negative).
     *
     * @throws ExplainException if the layer is no Dense layer reading the pixels, or has no such unit
     */
    public static KernelImage denseUnit(Network network, String layer, int unit) {
        if (config(network, layer).type() != LayerType.DENSE) {
            throw new ExplainException("Layer '" + layer + "' is not a Dense layer.");
        }
        InputGeometry g = InputGeometry.of(network.inputShape());
        INDArray kernel = weights(network, layer); // [in, units]
        if (kernel.size(0) != g.size()) {
            throw new ExplainException("Layer '" + layer + "' does not read the " + g.height() + "x" + g.width()
                    + " input pixels directly, so its weights cannot be drawn as an image.");
        }
        if (unit < 0 || unit >= kernel.size(1)) {
            throw new ExplainException("Layer '" + layer + "' has " + kernel.size(1) + " units; there is no unit "
                    + unit + ".");
        }
        float[] column = kernel.getColumn(unit).dup().reshape(kernel.size(0)).toFloatVector();
        float[] values = new float[g.pixels()];
        for (int p = 0; p < values.length; p++) {
            for (int c = 0; c < g.channels(); c++) {
                values[p] += column[p * g.channels() + c] / g.channels();
            }
        }
        return new KernelImage(layer, unit, g.height(), g.width(), values);
    }

    private static LayerConfig config(Network network, String layer) {
        int index = network.layerNames().indexOf(layer);
        if (index < 0) {
            throw new ExplainException("The model has no layer '" + layer + "'; its layers are "
                    + String.join(", ", network.layerNames()) + ".");
        }
        return network.layers().get(index);
    }

    private static INDArray weights(Network network, String layer) {
        for (Parameter p : network.parameters()) {
            if (p.layer().equals(layer) && p.name().equals("kernel")) {
                synchronized (network) {
                    return p.value().dup();
                }
            }
        }
        throw new ExplainException("Layer '" + layer + "' has no kernel weights.");
    }
}
