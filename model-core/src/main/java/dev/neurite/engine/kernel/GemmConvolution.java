package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A float {@code Conv2D} with bias and an optional fused ReLU as im2col and gemm: the patches
 * {@code [rows, taps]} (gathered in Java, {@link Patches}) times the kernel as {@code [taps, filters]}; bias and
 * ReLU in one Java pass over the result. The backward pass masks dL/d(output) with the kept output (ReLU) and sums
 * the bias gradient in one Java pass, computes dL/d(kernel) as {@code patches^T . dL/d(z)} from the patches kept
 * since the forward pass, and, when asked, dL/d(patches) = {@code dL/d(z) . kernel^T} summed back onto the input
 * ({@link Patches#scatterAdd}). Shapes as {@link ConvGeometry}: input {@code [batch, h, w, channels]}, kernel
 * {@code [kh, kw, channels, filters]}, bias {@code [filters]}, output {@code [batch, outH, outW, filters]}.
 *
 * <p>Measured against libnd4j's oneDNN {@code conv2d}/{@code conv2d_bp} on the lessons' layers (BENCHMARKS.md): the
 * gemms run at 2-3 times oneDNN's backward speed on these small images, and the Java passes replace libnd4j's
 * {@code relu_bp} (1.8-5 ms a batch there). Not thread-safe: it keeps buffers and the last batch's patches and
 * output between calls (one per layer, see {@link Kernel}).
 */
final class GemmConvolution {

    private final Window2D window;
    private ConvGeometry geometry;
    private INDArray patches;
    private INDArray gradZ;
    private float[] hostImage;
    private float[] hostPatches;
    private float[] hostOutput;
    private float[] hostGrad;
    private float[] hostBias;
    private boolean relu;

    GemmConvolution(Window2D window) {
        this.window = window;
    }

    /** Whether this path computes a convolution of arrays of {@code type}. */
    static boolean supports(DataType type) {
        return type == DataType.FLOAT;
    }

    /**
     * Writes {@code relu?(conv(input, kernel) + bias)} into {@code output}.
     *
     * @param bias   {@code [filters]} or {@code null}
     * @param relu   whether to apply ReLU (the backward pass then masks with the output)
     * @param output a dense float array {@code [batch, outH, outW, filters]}
     */
    void forward(INDArray input, INDArray kernel, INDArray bias, boolean relu, INDArray output) {
        this.relu = relu;
        geometry = ConvGeometry.of(input.shape(), kernel.size(3), window);
        long rows = geometry.rows();
        int taps = geometry.taps();
        hostImage = HostArrays.read(input, HostArrays.atLeast(hostImage, geometry.inputLength()));
        hostPatches = HostArrays.atLeast(hostPatches, rows * taps);
        Patches.gather(geometry, hostImage, hostPatches);
        patches = Buffers.reuse(patches, DataType.FLOAT, rows, taps);
        HostArrays.write(hostPatches, patches);
        INDArray z = output.reshape('c', rows, geometry.filters());
        Nd4j.gemm(patches, matrix(kernel, taps), z, false, false, 1.0, 0.0);
        if (bias == null && !relu) {
            return;
        }
        hostOutput = HostArrays.read(output, HostArrays.atLeast(hostOutput, geometry.outputLength()));
        hostBias = bias == null ? null : HostArrays.read(bias, HostArrays.atLeast(hostBias, geometry.filters()));
        FilterRows.addBiasRelu(hostOutput, rows, geometry.filters(), hostBias, relu);
        HostArrays.write(hostOutput, output);
    }

    /**
     * Writes dL/d(kernel) into {@code kernelGradient}, dL/d(bias) into {@code biasGradient} (when not null) and,
     * when {@code gradInput} is not null, dL/d(input) into it, from dL/d(output) of the last {@link #forward}.
     *
     * @param gradOutput     {@code [batch, outH, outW, filters]}
     * @param kernel         the kernel the forward pass used
     * @param kernelGradient {@code [kh, kw, channels, filters]}, overwritten
     * @param biasGradient   {@code [filters]}, overwritten, or {@code null} without bias
     * @param gradInput      {@code [batch, h, w, channels]} dense float, overwritten, or {@code null} when not needed
     */
    void backward(INDArray gradOutput, INDArray kernel, INDArray kernelGradient, INDArray biasGradient,
                  INDArray gradInput) {
        long rows = geometry.rows();
        int filters = geometry.filters();
        int taps = geometry.taps();
        INDArray dz = gradOutput;
        if (relu || biasGradient != null) {
            hostGrad = HostArrays.read(gradOutput, HostArrays.atLeast(hostGrad, geometry.outputLength()));
            if (relu) {
                FilterRows.reluMask(hostGrad, hostOutput, rows, filters);
                gradZ = Buffers.reuse(gradZ, DataType.FLOAT, gradOutput.shape());
                HostArrays.write(hostGrad, gradZ);
                dz = gradZ;
            }
            if (biasGradient != null) {
                hostBias = HostArrays.atLeast(hostBias, filters);
                FilterRows.columnSums(hostGrad, rows, filters, hostBias);
                HostArrays.write(hostBias, biasGradient);
            }
        }
        INDArray dz2d = dz.reshape('c', rows, filters);
        if (HostArrays.dense(kernelGradient)) {
            Nd4j.gemm(patches, dz2d, kernelGradient.reshape('c', taps, filters), true, false, 1.0, 0.0);
        } else {
            kernelGradient.assign(Nd4j.gemm(patches, dz2d, true, false).reshape(kernelGradient.shape()));
        }
        if (gradInput == null) {
            return;
        }
        // the patches are no longer needed: their buffer takes dL/d(patches)
        Nd4j.gemm(dz2d, matrix(kernel, taps), patches, false, true, 1.0, 0.0);
        HostArrays.read(patches, hostPatches);
        Patches.scatterAdd(geometry, hostPatches, hostImage);
        HostArrays.write(hostImage, gradInput);
    }

    private static INDArray matrix(INDArray kernel, int taps) {
        return kernel.reshape('c', taps, kernel.size(3));
    }
}
