package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import dev.neurite.layers.Padding;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Collections;
import java.util.List;

/**
 * Keras {@code Conv2D} on NHWC input with libnd4j's {@code conv2d}/{@code conv2d_bp} (oneDNN where the native variant
 * has it). Input {@code [batch, h, w, in_channels]}, kernel {@code [kh, kw, in_channels, filters]}, bias
 * {@code [filters]}, output {@code [batch, outH, outW, filters]}. Not thread-safe (see {@link Kernel}).
 *
 * <p>When nothing upstream learns (the first convolution of a model, usually on 1 or 3 channels) and the padding is
 * VALID, the backward pass computes only the weight gradients, as one gemm over the input's patches
 * ({@code [kh*kw*in_channels, batch*outH*outW]}, gathered with {@code kh*kw} strided copies) times dL/d(output).
 * oneDNN's {@code conv2d_bp} always computes the input gradient too and is slow on few input channels (measured on
 * quick-cnn's first layer, 128x28x28x1 -> 32: 9.4 ms a batch, as long as the second layer's with 32 times the work);
 * this path took 0.5-0.7 of its time there (BENCHMARKS.md).
 */
public final class Conv2DKernel implements Kernel {

    private static final int NHWC = 1;
    private static final int KERNEL_HWIO = 0;

    private final Parameter kernel;
    private final Parameter bias;
    private final Window2D window;
    private final ActivationOp activation;
    private final boolean inputGradientNeeded;

    private INDArray input;
    private INDArray patches;
    private INDArray gradWeights;
    private INDArray linear;
    private INDArray output;
    private INDArray gradLinear;
    private INDArray gradInput;

    /**
     * @param kernel     {@code [kh, kw, in_channels, filters]}
     * @param bias       {@code [filters]} or {@code null}
     * @param window     kernel size, strides, dilation and padding (must agree with the kernel's shape)
     * @param activation applied after the convolution
     */
    public Conv2DKernel(Parameter kernel, Parameter bias, Window2D window, ActivationOp activation) {
        this(kernel, bias, window, activation, true);
    }

    /**
     * @param inputGradientNeeded false when nothing upstream learns (the layer right after the input): the backward
     *                            pass then returns no input gradient and, with VALID padding, skips computing it
     */
    public Conv2DKernel(Parameter kernel, Parameter bias, Window2D window, ActivationOp activation,
                        boolean inputGradientNeeded) {
        long[] k = kernel.value().shape();
        if (k.length != 4 || k[0] != window.height() || k[1] != window.width()) {
            throw new IllegalArgumentException("Conv2D kernel shape " + java.util.Arrays.toString(k)
                    + " does not match window " + window.height() + "x" + window.width());
        }
        this.kernel = kernel;
        this.bias = bias;
        this.window = window;
        this.activation = activation;
        this.inputGradientNeeded = inputGradientNeeded;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        input = inputs.get(0);
        long filters = kernel.value().size(3);
        linear = Buffers.reuse(linear, input.dataType(), window.outputShape(input.shape(), filters));
        INDArray[] in = bias == null ? Ops.in(input, kernel.value()) : Ops.in(input, kernel.value(), bias.value());
        Ops.exec("conv2d", in, Ops.out(linear), Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        if (activation == ActivationOp.LINEAR) {
            return linear;
        }
        output = Buffers.reuse(output, input.dataType(), linear.shape());
        activation.forward(linear, output);
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        return backward(gradientOfOutput, inputGradientNeeded);
    }

    @Override
    public List<INDArray> backwardToInput(INDArray gradientOfOutput) {
        return backward(gradientOfOutput, true);
    }

    private List<INDArray> backward(INDArray gradientOfOutput, boolean inputGradient) {
        INDArray gradZ = gradientOfOutput;
        if (activation != ActivationOp.LINEAR) {
            gradLinear = Buffers.reuse(gradLinear, input.dataType(), linear.shape());
            activation.backward(linear, output, gradientOfOutput, gradLinear);
            gradZ = gradLinear;
        }
        if (!inputGradient && window.padding() == Padding.VALID) {
            weightGradients(gradZ);
            return Collections.singletonList(null);
        }
        gradInput = Buffers.reuse(gradInput, input.dataType(), input.shape());
        INDArray[] in = bias == null
                ? Ops.in(input, kernel.value(), gradZ)
                : Ops.in(input, kernel.value(), bias.value(), gradZ);
        INDArray[] out = bias == null
                ? Ops.out(gradInput, kernel.gradient())
                : Ops.out(gradInput, kernel.gradient(), bias.gradient());
        Ops.exec("conv2d_bp", in, out, Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        return inputGradient ? List.of(gradInput) : Collections.singletonList(null);
    }

    /**
     * dL/d(kernel) and dL/d(bias) from dL/d(linear output) {@code [batch, outH, outW, filters]}, VALID padding: one
     * gemm of the patches {@code [kh*kw*in_channels (+1), batch*outH*outW]} with dL/d(output) as
     * {@code [batch*outH*outW, filters]}. With a bias the patches carry a last row of ones, so that the same gemm
     * sums the bias gradient (libnd4j's column sum alone took 3-4 ms on quick-cnn's first layer).
     */
    private void weightGradients(INDArray gradZ) {
        long[] k = kernel.value().shape();
        long channels = k[2];
        long batch = gradZ.size(0);
        long outH = gradZ.size(1);
        long outW = gradZ.size(2);
        long rows = batch * outH * outW;
        long taps = k[0] * k[1] * channels;
        long patchRows = bias == null ? taps : taps + 1;
        if (patches == null || patches.size(0) != patchRows || patches.size(1) != rows
                || patches.dataType() != input.dataType()) {
            patches = Nd4j.createUninitialized(input.dataType(), new long[]{patchRows, rows}, 'c');
            gradWeights = Nd4j.createUninitialized(input.dataType(), new long[]{patchRows, k[3]}, 'c');
            if (bias != null) {
                patches.getRow(taps).assign(1);
            }
        }
        for (int i = 0; i < k[0]; i++) {
            for (int j = 0; j < k[1]; j++) {
                long top = (long) i * window.dilationH();
                long left = (long) j * window.dilationW();
                INDArray source = input.get(NDArrayIndex.all(),
                        NDArrayIndex.interval(top, window.strideH(), top + (outH - 1) * window.strideH() + 1),
                        NDArrayIndex.interval(left, window.strideW(), left + (outW - 1) * window.strideW() + 1),
                        NDArrayIndex.all());
                long first = (i * k[1] + j) * channels;
                INDArray block = patches.get(NDArrayIndex.interval(first, first + channels), NDArrayIndex.all());
                // rows (tap, channel), columns (b, y, x): the same memory as [b, y, x] when there is one channel
                INDArray target = channels == 1
                        ? block.reshape(batch, outH, outW, 1)
                        : block.reshape(channels, batch, outH, outW).permute(1, 2, 3, 0);
                target.assign(source);
            }
        }
        Nd4j.gemm(patches, gradZ.reshape(rows, k[3]), gradWeights, false, false, 1.0, 0.0);
        kernel.gradient().assign(gradWeights.get(NDArrayIndex.interval(0, taps), NDArrayIndex.all())
                .reshape(kernel.gradient().shape()));
        if (bias != null) {
            bias.gradient().assign(gradWeights.getRow(taps));
        }
    }

    @Override
    public List<Parameter> parameters() {
        return Kernel.present(kernel, bias);
    }
}
