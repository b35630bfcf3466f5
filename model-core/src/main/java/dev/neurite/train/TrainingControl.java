package dev.neurite.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/** What a {@link Callback} may do to the run it watches. Used on the training thread only. */
public interface TrainingControl {

    /** Ends the run after the current batch or epoch with a message for the user. */
    void requestStop(String message);

    double learningRate();

    void setLearningRate(double learningRate);

    /** Copies of the current weights by {@code layer/name}. */
    Map<String, INDArray> weights();

    /** Replaces the weights (restore-best). */
    void setWeights(Map<String, INDArray> weights);
}
