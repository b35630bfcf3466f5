package dev.neurite.ui.train;

import dev.neurite.train.BatchProgress;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.layerstats.EpochLayerStatistics;

/**
 * Adapts the session's listener to the dashboard: turns the running means of {@link BatchProgress} back into each
 * batch's own loss and accuracy, asks for the layers' statistics and sends each epoch's with its metrics, stamps the
 * time, and posts events to the {@link EventBuffer}.
 *
 * <p>Threads: every method runs on the training thread and returns at once (one allocation and a lock-free append).
 */
final class SessionListener implements TrainingListener {

    private final EventBuffer buffer;
    private final int batchSize;
    private final int trainSamples;
    private double previousLossSum;
    private double previousCorrect;
    private long previousSeen;
    private EpochLayerStatistics layers;

    /**
     * @param batchSize    the fit's batch size
     * @param trainSamples samples trained on per epoch (validation split excluded)
     */
    SessionListener(EventBuffer buffer, int batchSize, int trainSamples) {
        this.buffer = buffer;
        this.batchSize = batchSize;
        this.trainSamples = trainSamples;
    }

    @Override
    public void trainingStarted(int epochs, int batchesPerEpoch) {
        buffer.post(new TrainingEvent.Started(epochs, batchesPerEpoch, System.nanoTime()));
    }

    @Override
    public void batchEnded(BatchProgress progress) {
        if (progress.batch() == 1) {
            previousLossSum = 0;
            previousCorrect = 0;
            previousSeen = 0;
        }
        long seen = Math.min((long) progress.batch() * batchSize, trainSamples);
        double lossSum = progress.loss() * seen;
        double correct = progress.accuracy() * seen;
        long count = seen - previousSeen;
        double loss = count > 0 ? (lossSum - previousLossSum) / count : progress.loss();
        double accuracy = count > 0 ? (correct - previousCorrect) / count : progress.accuracy();
        previousLossSum = lossSum;
        previousCorrect = correct;
        previousSeen = seen;
        buffer.post(new TrainingEvent.Batch(progress.epoch(), progress.batch(), progress.batches(), loss,
                Math.min(1, Math.max(0, accuracy)), seen, System.nanoTime()));
    }

    /** The Layers view shows them, and the coach reads them. */
    @Override
    public boolean wantsLayerStatistics() {
        return true;
    }

    /** Kept until {@link #epochEnded}, which the session calls next, so that both travel in one event. */
    @Override
    public void layersObserved(EpochLayerStatistics statistics) {
        layers = statistics;
    }

    @Override
    public void epochEnded(EpochMetrics metrics) {
        EpochLayerStatistics ofThisEpoch = layers != null && layers.epoch() == metrics.epoch() ? layers : null;
        layers = null;
        buffer.post(new TrainingEvent.Epoch(metrics, ofThisEpoch, System.nanoTime()));
    }

    @Override
    public void pausedChanged(boolean paused) {
        buffer.post(new TrainingEvent.Paused(paused, System.nanoTime()));
    }

    @Override
    public void trainingEnded(EndReason reason, String message) {
        buffer.post(new TrainingEvent.Ended(reason, message, System.nanoTime()));
    }
}
