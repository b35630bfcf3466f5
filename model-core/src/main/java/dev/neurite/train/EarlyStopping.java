package dev.neurite.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Locale;
import java.util.Map;

/**
 * Keras's {@code EarlyStopping}: ends the run when the monitored value has not improved for {@code patience} epochs,
 * optionally putting back the weights of the best epoch. State is reset at the start of every run (also of a
 * continuation), as in Keras where every {@code fit} starts afresh. Called on the training thread only.
 */
public final class EarlyStopping implements Callback {

    private final Monitor monitor;
    private final int patience;
    private final boolean restoreBestWeights;

    private double best;
    private int bestEpoch;
    private int wait;
    private Map<String, INDArray> bestWeights;

    /**
     * @param monitor            what to watch
     * @param patience           epochs without improvement before stopping, at least 1
     * @param restoreBestWeights whether to put back the best epoch's weights when stopping
     */
    public EarlyStopping(Monitor monitor, int patience, boolean restoreBestWeights) {
        if (patience < 1) {
            throw new IllegalArgumentException("EarlyStopping patience must be at least 1; got " + patience);
        }
        this.monitor = monitor;
        this.patience = patience;
        this.restoreBestWeights = restoreBestWeights;
    }

    @Override
    public void trainingStarted(TrainingControl control) {
        best = monitor.worst();
        bestEpoch = 0;
        wait = 0;
        bestWeights = null;
    }

    @Override
    public void epochEnded(EpochMetrics metrics, TrainingControl control) {
        double current = monitor.value(metrics);
        if (monitor.improves(current, best)) {
            best = current;
            bestEpoch = metrics.epoch();
            wait = 0;
            if (restoreBestWeights) {
                bestWeights = control.weights();
            }
            return;
        }
        wait++;
        if (wait >= patience) {
            String restored = "";
            if (restoreBestWeights && bestWeights != null) {
                control.setWeights(bestWeights);
                restored = " The weights of epoch " + bestEpoch + " were restored.";
            }
            control.requestStop(String.format(Locale.ROOT, "Early stopping: %s did not improve for %d epochs "
                    + "(best %.4f at epoch %d).%s", monitor.metric(), patience, best, bestEpoch, restored));
        }
    }
}
