package dev.neurite.train;

/**
 * One epoch's results, as one entry of Keras's {@code History}.
 *
 * @param epoch             1-based epoch number, counting every epoch trained on this model in the session
 * @param loss              the mean training loss over the epoch (regularisation included)
 * @param accuracy          the training accuracy over the epoch
 * @param validationLoss    loss on the validation data after the epoch, NaN without validation
 * @param validationAccuracy accuracy on the validation data after the epoch, NaN without validation
 * @param seconds           wall-clock duration of the epoch, validation included
 * @param samplesPerSecond  training samples per second
 * @param learningRate      the learning rate used during the epoch
 */
public record EpochMetrics(int epoch, double loss, double accuracy, double validationLoss,
                           double validationAccuracy, double seconds, double samplesPerSecond,
                           double learningRate) {

    /** Whether validation values are present. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }

    /**
     * The value of a Keras metric name: {@code loss}, {@code accuracy}, {@code val_loss}, {@code val_accuracy}.
     *
     * @throws IllegalArgumentException for other names
     */
    public double get(String metric) {
        return switch (metric) {
            case "loss" -> loss;
            case "accuracy" -> accuracy;
            case "val_loss" -> validationLoss;
            case "val_accuracy" -> validationAccuracy;
            default -> throw new IllegalArgumentException("Unknown metric '" + metric
                    + "'; use loss, accuracy, val_loss or val_accuracy");
        };
    }

    /** Keras's epoch line without the "Epoch i/n" prefix: {@code 2.1s - loss: 0.0712 - accuracy: 0.9781 ...}. */
    public String toKerasLine() {
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%.1fs - loss: %.4f - accuracy: %.4f", seconds, loss, accuracy));
        if (hasValidation()) {
            line.append(String.format(java.util.Locale.ROOT, " - val_loss: %.4f - val_accuracy: %.4f",
                    validationLoss, validationAccuracy));
        }
        return line.toString();
    }
}
