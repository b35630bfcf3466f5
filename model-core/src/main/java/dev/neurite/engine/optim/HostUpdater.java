package dev.neurite.engine.optim;

import dev.neurite.engine.kernel.HostArrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An updater that computes one fused pass over Java arrays: reads weights and gradient, lets {@link #update} change
 * the weights and its own state (float arrays on the Java heap, as Keras keeps float32 slots) in one loop with every
 * array indexed alike (the JIT vectorises it), writes the weights back. Memory-bound: splitting a weight between two
 * threads did not make it faster when one core had computed the whole gradient (RMSprop over 401k weights: 210 us a
 * step on one thread, 250 on two); {@code OptimizerRun} splits the large weights whose halves two threads computed.
 * Not thread-safe, but two threads may update disjoint ranges of one step at once.
 */
abstract class HostUpdater implements ParameterUpdater {

    protected final int length;
    private final float[] weights;
    private final float[] gradient;

    HostUpdater(INDArray like) {
        this.length = (int) like.length();
        this.weights = new float[length];
        this.gradient = new float[length];
    }

    @Override
    public final void apply(INDArray weightArray, INDArray gradientArray, double learningRate, long step, int from,
                            int to) {
        int count = to - from;
        HostArrays.read(weightArray, from, weights, from, count);
        HostArrays.read(gradientArray, from, gradient, from, count);
        update(weights, gradient, learningRate, step, from, to);
        HostArrays.write(weights, from, weightArray, from, count);
    }

    /** Changes {@code w[from, to)} in place given {@code g[from, to)}, and the state there. */
    protected abstract void update(float[] w, float[] g, double learningRate, long step, int from, int to);

    /** The named state vectors, for {@link #state()}. */
    protected abstract float[][] stateVectors();

    @Override
    public INDArray[] state() {
        float[][] vectors = stateVectors();
        INDArray[] arrays = new INDArray[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            arrays[i] = Nd4j.createFromArray(vectors[i]);
        }
        return arrays;
    }
}
