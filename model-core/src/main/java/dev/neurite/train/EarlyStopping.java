package dev.neurite.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * Keras's {@code EarlyStopping}: ends the run when the monitored metric has not improved for {@code patience} epochs,
 * optionally restoring the weights of the best epoch. State is per run. Called on the training thread.
 */
public final class EarlyStopping implements Callback {

    private final Monitor monitor;
    private final int patience;
    private final boolean restoreBestWeights;
    private double best = Double.NaN;
    private int bestEpoch;
    private int wait;
    private int epochsSeen;
    private Map<String, INDArray> bestWeights;

    /**
     * @param monitor            what to watch (Keras's default: val_loss, min_delta 0)
     * @param patience           epochs without improvement before stopping, at least 0
     * @param restoreBestWeights whether to go back to the best epoch's weights when stopping
     */
    public EarlyStopping(Monitor monitor, int patience, boolean restoreBestWeights) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be at least 0; got " + patience);
        }
        this.monitor = monitor;
        this.patience = patience;
        this.restoreBestWeights = restoreBestWeights;
    }

    @Override
    public void trainingStarted(TrainingControl control) {
        best = Double.NaN;
        wait = 0;
        epochsSeen = 0;
        bestWeights = null;
    }

    @Override
    public void epochEnded(EpochMetrics metrics, TrainingControl control) {
        double value = monitor.valueIn(metrics);
        epochsSeen++;
        if (Double.isNaN(value)) {
            return;
        }
        if (monitor.improves(value, best)) {
            best = value;
            bestEpoch = metrics.epoch();
            wait = 0;
            if (restoreBestWeights) {
                bestWeights = control.weights();
            }
            return;
        }
        wait++;
        if (wait >= patience && epochsSeen > 1) {
            String restored = "";
            if (restoreBestWeights && bestWeights != null) {
                control.setWeights(bestWeights);
                restored = " Restored the weights of epoch " + bestEpoch + ".";
            }
            control.requestStop("Early stopping: " + monitor.metric() + " has not improved for " + wait
                    + " epoch" + (wait == 1 ? "" : "s") + " (best " + String.format(java.util.Locale.ROOT, "%.4f",
                    best) + " at epoch " + bestEpoch + ")." + restored);
        }
    }
}
