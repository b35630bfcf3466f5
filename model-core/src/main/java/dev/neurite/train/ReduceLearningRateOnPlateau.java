package dev.neurite.train;

/**
 * Keras's {@code ReduceLROnPlateau}: multiplies the learning rate by {@code factor} when the monitored metric has not
 * improved for {@code patience} epochs, then waits {@code cooldown} epochs; never below {@code minLearningRate}.
 * Called on the training thread.
 */
public final class ReduceLearningRateOnPlateau implements Callback {

    private final Monitor monitor;
    private final double factor;
    private final int patience;
    private final int cooldown;
    private final double minLearningRate;
    private double best = Double.NaN;
    private int wait;
    private int cooldownLeft;

    /**
     * Keras's defaults: {@code monitor='val_loss', factor=0.1, patience=10, min_delta=1e-4, cooldown=0, min_lr=0}.
     */
    public ReduceLearningRateOnPlateau(Monitor monitor, double factor, int patience, int cooldown,
                                       double minLearningRate) {
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1); got " + factor);
        }
        if (patience < 0 || cooldown < 0 || !(minLearningRate >= 0)) {
            throw new IllegalArgumentException("patience, cooldown and min_lr must be at least 0");
        }
        this.monitor = monitor;
        this.factor = factor;
        this.patience = patience;
        this.cooldown = cooldown;
        this.minLearningRate = minLearningRate;
    }

    @Override
    public void epochEnded(EpochMetrics metrics, TrainingControl control) {
        double value = monitor.valueIn(metrics);
        if (Double.isNaN(value)) {
            return;
        }
        if (cooldownLeft > 0) {
            cooldownLeft--;
            wait = 0;
        }
        if (monitor.improves(value, best)) {
            best = value;
            wait = 0;
        } else if (cooldownLeft == 0) {
            wait++;
            if (wait >= patience) {
                double old = control.learningRate();
                if (old > minLearningRate) {
                    control.setLearningRate(Math.max(old * factor, minLearningRate));
                    cooldownLeft = cooldown;
                    wait = 0;
                }
            }
        }
    }
}
