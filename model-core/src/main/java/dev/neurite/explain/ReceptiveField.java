package dev.neurite.explain;

import dev.neurite.engine.Network;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Padding;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.UpSampling2D;
import dev.neurite.layers.ZeroPadding2D;

import java.util.List;

/**
 * The receptive field of one pixel of a feature map: the rectangle of input pixels that can influence it, following
 * the windows (kernel size, strides, dilation, padding) of every Conv2D, pooling, UpSampling2D and ZeroPadding2D
 * layer between the input and that layer, as Keras pads them. Layers that mix all positions (Flatten, Dense, global
 * pooling, Reshape) see the whole input. Every layer type has its case in an exhaustive {@code switch} over
 * {@link dev.neurite.layers.LayerType}, so a new type does not compile until it says how it moves pixels. Immutable.
 *
 * @param top    first input row, inclusive
 * @param left   first input column, inclusive
 * @param bottom last input row, inclusive
 * @param right  last input column, inclusive
 */
public record ReceptiveField(int top, int left, int bottom, int right) {

    /** Rows covered. */
    public int height() {
        return bottom - top + 1;
    }

    /** Columns covered. */
    public int width() {
        return right - left + 1;
    }

    /**
     * The input region pixel {@code (row, column)} of layer {@code layer}'s output depends on, clipped to the input.
     *
     * @param shapes every layer's output shape (e.g. from {@link Activations}); needed for 'same' padding
     */
    public static ReceptiveField of(Network network, Activations shapes, String layer, int row, int column) {
        InputGeometry input = InputGeometry.of(network.inputShape());
        int[] span = span(network, shapes, layer, new int[] {row, row, column, column});
        return new ReceptiveField(Math.max(0, span[0]), Math.max(0, span[2]),
                Math.min(input.height() - 1, span[1]), Math.min(input.width() - 1, span[3]));
    }

    /** {top, bottom, left, right} on the input of the span {top, bottom, left, right} at {@code layer}'s output. */
    private static int[] span(Network network, Activations shapes, String layer, int[] at) {
        int node = network.layerNames().indexOf(layer);
        if (node < 0) {
            throw new ExplainException("The model has no layer '" + layer + "'.");
        }
        List<String> sources = network.inputsOf(layer);
        if (sources.isEmpty()) {
            return at;
        }
        LayerConfig config = network.layers().get(node);
        int[] before = switch (config.type()) {
            case INPUT_LAYER -> at;
            case CONV2D -> {
                Conv2D conv = (Conv2D) config;
                yield window(conv.kernelSize(), conv.strides(), conv.dilationRate(), conv.padding(),
                        shape(shapes, sources.get(0)), shape(shapes, layer), at);
            }
            case MAX_POOLING2D -> {
                MaxPooling2D pool = (MaxPooling2D) config;
                yield window(pool.poolSize(), pool.strides(), new Dims2D(1, 1), pool.padding(),
                        shape(shapes, sources.get(0)), shape(shapes, layer), at);
            }
            case AVERAGE_POOLING2D -> {
                AveragePooling2D pool = (AveragePooling2D) config;
                yield window(pool.poolSize(), pool.strides(), new Dims2D(1, 1), pool.padding(),
                        shape(shapes, sources.get(0)), shape(shapes, layer), at);
            }
            case ZERO_PADDING2D -> {
                ZeroPadding2D pad = (ZeroPadding2D) config;
                yield new int[] {at[0] - pad.top(), at[1] - pad.top(), at[2] - pad.left(), at[3] - pad.left()};
            }
            case UP_SAMPLING2D -> {
                UpSampling2D up = (UpSampling2D) config;
                int r = up.size().rows();
                int c = up.size().cols();
                yield new int[] {Math.floorDiv(at[0], r), Math.floorDiv(at[1], r), Math.floorDiv(at[2], c),
                    Math.floorDiv(at[3], c)};
            }
            // also GlobalAveragePooling2D with keepdims=True, where the output is still (1, 1, channels); a Reshape
            // moves values to other positions
            case GLOBAL_AVERAGE_POOLING2D, DENSE, FLATTEN, RESHAPE -> null;
            // element-wise layers keep positions between images (a vector has none to keep)
            case ACTIVATION, DROPOUT, RESCALING, BATCH_NORMALIZATION, NORMALIZATION, ADD, CONCATENATE ->
                    shape(shapes, layer).rank() == 3 && shape(shapes, sources.get(0)).rank() == 3 ? at : null;
        };
        if (before == null) {
            return everything(network);
        }
        int[] union = null;
        for (String source : sources) {
            int[] span = span(network, shapes, source, before);
            union = union == null ? span : new int[] {Math.min(union[0], span[0]), Math.max(union[1], span[1]),
                    Math.min(union[2], span[2]), Math.max(union[3], span[3])};
        }
        return union;
    }

    private static int[] window(Dims2D size, Dims2D strides, Dims2D dilation, Padding padding, TensorShape in,
                                TensorShape out, int[] at) {
        int padTop = padding == Padding.SAME ? padBefore(in.dim(0), out.dim(0), size.rows(), strides.rows(),
                dilation.rows()) : 0;
        int padLeft = padding == Padding.SAME ? padBefore(in.dim(1), out.dim(1), size.cols(), strides.cols(),
                dilation.cols()) : 0;
        return new int[] {
            at[0] * strides.rows() - padTop, at[1] * strides.rows() - padTop + (size.rows() - 1) * dilation.rows(),
            at[2] * strides.cols() - padLeft, at[3] * strides.cols() - padLeft + (size.cols() - 1) * dilation.cols()};
    }

    /** Keras/TensorFlow's 'same' padding puts the smaller half before. */
    private static int padBefore(int in, int out, int size, int stride, int dilation) {
        int total = Math.max((out - 1) * stride + (size - 1) * dilation + 1 - in, 0);
        return total / 2;
    }

    private static TensorShape shape(Activations shapes, String layer) {
        return shapes.layer(layer).orElseThrow(() -> new ExplainException("No output recorded for layer '" + layer
                + "'.")).shape();
    }

    private static int[] everything(Network network) {
        InputGeometry input = InputGeometry.of(network.inputShape());
        return new int[] {0, input.height() - 1, 0, input.width() - 1};
    }
}
