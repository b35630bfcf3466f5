package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The optimizer's update of one weight array, holding that array's optimizer state (momentum, moving averages).
 * Updates are in place and allocate nothing after the first call. Not thread-safe: the training thread calls it, or
 * two threads at once on disjoint ranges of one step ({@link #apply(INDArray, INDArray, double, long, int, int)}).
 */
public interface ParameterUpdater {

    /**
     * Applies one step.
     *
     * @param weights      updated in place
     * @param gradient     dL/d(weights), same shape; may be overwritten as scratch space
     * @param learningRate the current learning rate
     * @param step         1 for the first update, counting every update of the run (Adam's bias correction)
     */
    default void apply(INDArray weights, INDArray gradient, double learningRate, long step) {
        apply(weights, gradient, learningRate, step, 0, Math.toIntExact(weights.length()));
    }

    /**
     * Applies one step to the values {@code [from, to)} of the weights (c-order) and their state only; the same
     * numbers as {@link #apply(INDArray, INDArray, double, long)} there. Two threads may update disjoint ranges of
     * the same step at once when the weights and the gradient are contiguous float arrays.
     */
    void apply(INDArray weights, INDArray gradient, double learningRate, long step, int from, int to);

    /** The state arrays in a fixed order (for tests and for saving a session); empty for plain SGD. */
    INDArray[] state();
}
