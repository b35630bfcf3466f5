package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Keras {@code MaxPooling2D} and {@code AveragePooling2D} on NHWC input with libnd4j's pooling ops and their
 * {@code _bp} ops. With SAME padding, padded cells never win a max and are not counted in an average, as in Keras.
 * Input {@code [batch, h, w, c]}, output {@code [batch, outH, outW, c]}. Not thread-safe (see {@link Kernel}).
 */
public final class Pooling2DKernel implements Kernel {

    /** Which reduction the window applies. */
    public enum Mode { MAX, AVERAGE }

    private static final int NHWC = 1;
    private static final int EXCLUDE_PADDING = 0;

    private final Mode mode;
    private final Window2D window;
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;

    public Pooling2DKernel(Mode mode, Window2D window) {
        this.mode = mode;
        this.window = window;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        input = inputs.get(0);
        output = Buffers.reuse(output, input.dataType(), window.outputShape(input.shape(), input.size(3)));
        Ops.exec(opName(), Ops.in(input), Ops.out(output), Ops.none(), window.libnd4jArgs(EXCLUDE_PADDING, NHWC));
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        gradInput = Buffers.reuse(gradInput, input.dataType(), input.shape());
        Ops.exec(opName() + "_bp", Ops.in(input, gradientOfOutput), Ops.out(gradInput), Ops.none(),
                window.libnd4jArgs(EXCLUDE_PADDING, NHWC));
        return List.of(gradInput);
    }

    private String opName() {
        return mode == Mode.MAX ? "maxpool2d" : "avgpool2d";
    }
}
