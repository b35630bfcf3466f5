package dev.neurite.engine.optim;

import dev.neurite.engine.kernel.HostArrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;

/**
 * An updater that computes one fused pass per chunk of {@value #CHUNK} values: the chunk of the weights and of the
 * gradient is copied from native memory, the chunk of each state vector (float arrays on the Java heap, as Keras keeps
 * float32 slots) from its array, {@link #update} changes them in one loop with every array indexed alike (the JIT
 * vectorises it; it does not when indices differ, as two arrays might be one), and the weights' and state's chunks
 * are written back. The chunks stay in the core's cache, so memory sees each value read and written once (copying
 * whole arrays first read and wrote the weights and gradient twice more). Splitting a weight between two threads did
 * not make it faster (memory-bound; RMSprop over 401k weights: 210 us a step on one thread, 250 on two). Not
 * thread-safe.
 */
abstract class HostUpdater implements ParameterUpdater {

    static final int CHUNK = 2048;

    protected final int length;
    private final float[] weights;
    private final float[] gradient;
    private float[][] state;
    private float[][] stateChunks;

    HostUpdater(INDArray like) {
        this.length = (int) like.length();
        this.weights = new float[Math.min(CHUNK, length)];
        this.gradient = new float[weights.length];
    }

    @Override
    public final void apply(INDArray weightArray, INDArray gradientArray, double learningRate, long step) {
        if (state == null) {
            state = stateVectors();
            stateChunks = new float[state.length][weights.length];
        }
        FloatBuffer w = HostArrays.direct(weightArray) ? HostArrays.floats(weightArray) : host(weightArray);
        FloatBuffer g = HostArrays.direct(gradientArray) ? HostArrays.floats(gradientArray) : host(gradientArray);
        for (int from = 0; from < length; from += CHUNK) {
            int count = Math.min(CHUNK, length - from);
            w.get(w.position() + from, weights, 0, count);
            g.get(g.position() + from, gradient, 0, count);
            for (int s = 0; s < state.length; s++) {
                System.arraycopy(state[s], from, stateChunks[s], 0, count);
            }
            update(weights, gradient, stateChunks, count, learningRate, step);
            w.put(w.position() + from, weights, 0, count);
            for (int s = 0; s < state.length; s++) {
                System.arraycopy(stateChunks[s], 0, state[s], from, count);
            }
        }
        if (!w.isDirect()) {
            HostArrays.write(w.array(), weightArray);
        }
    }

    /** A heap copy of an array that is not contiguous floats (gradient checks run in double). */
    private FloatBuffer host(INDArray array) {
        float[] values = new float[length];
        HostArrays.read(array, values);
        return FloatBuffer.wrap(values);
    }

    /**
     * Changes {@code w[0, count)} in place given {@code g[0, count)} and the state's chunks {@code state[k][0, count)}
     * (in the order of {@link #stateVectors()}), all at the same indices.
     */
    protected abstract void update(float[] w, float[] g, float[][] state, int count, double learningRate, long step);

    /** The state vectors, whole, each {@code length} long (made once, updated in place). */
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
