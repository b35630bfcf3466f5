package dev.neurite.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Every epoch's metrics of a model, as Keras's {@code History}. Appended to by the training thread; readers on other
 * threads get consistent snapshots (the methods are synchronized and return copies).
 */
public final class History {

    private final List<EpochMetrics> epochs = new ArrayList<>();

    synchronized void add(EpochMetrics metrics) {
        epochs.add(metrics);
    }

    /** A snapshot of all epochs so far, oldest first. */
    public synchronized List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    /** One metric over all epochs, as {@code history.history['val_loss']}. */
    public synchronized List<Double> values(String metric) {
        return epochs.stream().map(e -> e.get(metric)).toList();
    }

    /** The number of epochs recorded. */
    public synchronized int size() {
        return epochs.size();
    }
}
