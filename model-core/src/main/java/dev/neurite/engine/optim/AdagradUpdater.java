package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's Adagrad: {@code a += g^2} (starting from {@code initial_accumulator_value}),
 * {@code w -= lr * g / sqrt(a + epsilon)}. Not thread-safe.
 */
final class AdagradUpdater implements ParameterUpdater {

    private final double epsilon;
    private final INDArray accumulator;
    private final INDArray scratch;

    AdagradUpdater(double initialAccumulatorValue, double epsilon, INDArray like) {
        this.epsilon = epsilon;
        this.accumulator = like.ulike().assign(initialAccumulatorValue);
        this.scratch = like.ulike();
    }

    @Override
    public void apply(INDArray weights, INDArray gradient, double learningRate, long step) {
        scratch.assign(gradient).muli(gradient);
        accumulator.addi(scratch);
        scratch.assign(accumulator).addi(epsilon);
        Blas.sqrt(scratch, scratch);
        scratch.rdivi(gradient);
        Blas.axpy(-learningRate, scratch, weights);
    }

    @Override
    public INDArray[] state() {
        return new INDArray[]{accumulator};
    }
}
