package dev.neurite.train;

/**
 * Keras's {@code ReduceLROnPlateau}: multiplies the learning rate by {@code factor} when the monitored value has not
 * improved for {@code patience} epochs, never below {@code minLearningRate}, then waits {@code cooldown} epochs before
 * watching again. State is reset at the start of every run. Called on the training thread only.
 */
public final class ReduceLearningRateOnPlateau implements Callback {

    private final Monitor monitor;
    private final double factor;
    private final int patience;
    private final int cooldown;
    private final double minLearningRate;

    private double best;
    private int wait;
    private int cooling;

    /**
     * @param monitor         what to watch
     * @param factor          the multiplier, in (0, 1)
     * @param patience        epochs without improvement before reducing, at least 1
     * @param cooldown        epochs to wait after a reduction, at least 0
     * @param minLearningRate the floor, at least 0
     */
    public ReduceLearningRateOnPlateau(Monitor monitor, double factor, int patience, int cooldown,
                                       double minLearningRate) {
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("ReduceLROnPlateau factor must be in (0, 1); got " + factor);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("ReduceLROnPlateau patience must be at least 1; got " + patience);
        }
        if (cooldown < 0) {
            throw new IllegalArgumentException("ReduceLROnPlateau cooldown must be at least 0; got " + cooldown);
        }
        if (!(minLearningRate >= 0)) {
            throw new IllegalArgumentException("ReduceLROnPlateau min_lr must be at least 0; got " + minLearningRate);
        }
        this.monitor = monitor;
        this.factor = factor;
        this.patience = patience;
        this.cooldown = cooldown;
        this.minLearningRate = minLearningRate;
    }

    @Override
    public void trainingStarted(TrainingControl control) {
        best = monitor.worst();
        wait = 0;
        cooling = 0;
    }

    @Override
    public void epochEnded(EpochMetrics metrics, TrainingControl control) {
        double current = monitor.value(metrics);
        if (cooling > 0) {
            cooling--;
            wait = 0;
        }
        if (monitor.improves(current, best)) {
            best = current;
            wait = 0;
            return;
        }
        if (cooling > 0) {
            return;
        }
        wait++;
        double rate = control.learningRate();
        if (wait >= patience && rate > minLearningRate) {
            control.setLearningRate(Math.max(rate * factor, minLearningRate));
            cooling = cooldown;
            wait = 0;
        }
    }
}
