package dev.neurite.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/** A {@link TrainingControl} that records what callbacks do; its "weights" are one scalar named after the epoch. */
final class FakeControl implements TrainingControl {

    String stopMessage;
    double learningRate = 0.1;
    double currentWeight;
    double restoredWeight = Double.NaN;

    @Override
    public void requestStop(String message) {
        stopMessage = message;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double rate) {
        learningRate = rate;
    }

    @Override
    public Map<String, INDArray> weights() {
        return Map.of("dense/kernel", Nd4j.scalar(currentWeight));
    }

    @Override
    public void setWeights(Map<String, INDArray> weights) {
        restoredWeight = weights.get("dense/kernel").getDouble(0);
    }

    static EpochMetrics epoch(int epoch, double valLoss) {
        return new EpochMetrics(epoch, 1, 0.5, valLoss, 0.5, 1, 100, 0.1);
    }

    /** Feeds epochs with the given val_loss values (weights = epoch number) until a stop is requested. */
    int feed(Callback callback, double... valLosses) {
        callback.trainingStarted(this);
        for (int i = 0; i < valLosses.length; i++) {
            currentWeight = i + 1;
            callback.epochEnded(epoch(i + 1, valLosses[i]), this);
            if (stopMessage != null) {
                return i + 1;
            }
        }
        return valLosses.length;
    }
}
