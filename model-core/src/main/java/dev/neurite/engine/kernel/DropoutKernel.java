package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Keras {@code Dropout} (inverted): in training, each element is kept with probability {@code 1 - rate} and scaled by
 * {@code 1 / (1 - rate)}; in inference the input passes unchanged. The mask comes from this kernel's own random
 * stream, so dropout does not disturb the other streams of a run. On float arrays the mask is applied in Java
 * ({@link HostArrays}: one pass where libnd4j took three op calls, 0.25 ms on quick-cnn's 128x1600 batch). Not
 * thread-safe (see {@link Kernel}).
 */
public final class DropoutKernel implements Kernel {

    private final double rate;
    private final Random random;
    private INDArray mask;
    private INDArray output;
    private INDArray gradInput;
    private boolean masked;
    /** On float arrays: the scaled mask of the last training pass, and a buffer for the values it multiplies. */
    private float[] hostMask;
    private float[] hostValues;

    /**
     * @param rate the fraction of elements dropped, in [0, 1)
     * @param seed seed of this layer's random stream
     */
    public DropoutKernel(double rate, long seed) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("Dropout rate must be in [0, 1); got " + rate);
        }
        this.rate = rate;
        this.random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    }

    /** Restarts the random stream (tests use it to draw the same mask twice). */
    public void reseed(long seed) {
        random.setSeed(seed);
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        masked = training && rate > 0;
        if (!masked) {
            return x;
        }
        mask = Buffers.reuse(mask, x.dataType(), x.shape());
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - rate), random);
        output = Buffers.reuse(output, x.dataType(), x.shape());
        if (HostArrays.direct(x)) {
            int length = Math.toIntExact(x.length());
            hostMask = HostBuffers.floats(hostMask, length);
            hostValues = HostBuffers.floats(hostValues, length);
            HostArrays.read(mask, hostMask);
            HostArrays.read(x, hostValues);
            float scale = (float) (1 / (1 - rate));
            for (int i = 0; i < length; i++) {
                hostMask[i] *= scale;
                hostValues[i] *= hostMask[i];
            }
            HostArrays.write(hostValues, output);
            return output;
        }
        hostMask = null;
        mask.muli(1 / (1 - rate));
        output.assign(x).muli(mask);
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        if (!masked) {
            return List.of(gradientOfOutput);
        }
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), gradientOfOutput.shape());
        if (hostMask != null && HostArrays.direct(gradientOfOutput)) {
            int length = Math.toIntExact(gradientOfOutput.length());
            HostArrays.read(gradientOfOutput, hostValues);
            for (int i = 0; i < length; i++) {
                hostValues[i] *= hostMask[i];
            }
            HostArrays.write(hostValues, gradInput);
            return List.of(gradInput);
        }
        if (hostMask != null) {
            HostArrays.write(hostMask, mask);
        }
        gradInput.assign(gradientOfOutput).muli(mask);
        return List.of(gradInput);
    }
}
