package dev.neurite.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of Keras's optional callbacks a run uses and their arguments: early stopping, checkpoints and learning-rate
 * reduction. {@link StopOnNaN} is always on and not listed here. Immutable; {@link #toCallbacks} makes fresh
 * callback objects for each run.
 *
 * @param earlyStopping    early stopping, or null when off
 * @param checkpoint       checkpoints, or null when off
 * @param reduceOnPlateau  learning-rate reduction, or null when off
 */
public record CallbackSettings(EarlyStoppingSettings earlyStopping, CheckpointSettings checkpoint,
                               ReduceOnPlateauSettings reduceOnPlateau) {

    /** All off. */
    public static CallbackSettings none() {
        return new CallbackSettings(null, null, null);
    }

    public CallbackSettings withEarlyStopping(EarlyStoppingSettings settings) {
        return new CallbackSettings(settings, checkpoint, reduceOnPlateau);
    }

    public CallbackSettings withCheckpoint(CheckpointSettings settings) {
        return new CallbackSettings(earlyStopping, settings, reduceOnPlateau);
    }

    public CallbackSettings withReduceOnPlateau(ReduceOnPlateauSettings settings) {
        return new CallbackSettings(earlyStopping, checkpoint, settings);
    }

    /**
     * New callback objects in a fixed order (checkpoint before early stopping, so the last epoch is saved).
     *
     * @param checkpointWriter writes the checkpoint's weights files ({@code new WeightsArchive()::write})
     */
    public List<Callback> toCallbacks(WeightsWriter checkpointWriter) {
        List<Callback> callbacks = new ArrayList<>();
        if (checkpoint != null) {
            callbacks.add(new ModelCheckpoint(new Monitor(checkpoint.monitor(), 0),
                    checkpoint.folder().resolve(CheckpointSettings.BEST_FILE),
                    checkpoint.saveBestOnly() ? null : checkpoint.folder().resolve(CheckpointSettings.LAST_FILE),
                    checkpointWriter));
        }
        if (reduceOnPlateau != null) {
            callbacks.add(new ReduceLearningRateOnPlateau(new Monitor(reduceOnPlateau.monitor(),
                    reduceOnPlateau.minDelta()), reduceOnPlateau.factor(), reduceOnPlateau.patience(),
                    reduceOnPlateau.cooldown(), reduceOnPlateau.minLearningRate()));
        }
        if (earlyStopping != null) {
            callbacks.add(new EarlyStopping(new Monitor(earlyStopping.monitor(), earlyStopping.minDelta()),
                    earlyStopping.patience(), earlyStopping.restoreBestWeights()));
        }
        return callbacks;
    }

    /** Keras's {@code EarlyStopping(monitor, min_delta, patience, restore_best_weights)}. */
    public record EarlyStoppingSettings(String monitor, double minDelta, int patience, boolean restoreBestWeights) {
        public EarlyStoppingSettings {
            new EarlyStopping(new Monitor(monitor, minDelta), patience, restoreBestWeights);
        }

        /** val_loss, patience 3, best weights restored: what the tutorials recommend. */
        public static EarlyStoppingSettings defaults() {
            return new EarlyStoppingSettings("val_loss", 0, 3, true);
        }
    }

    /**
     * Keras's {@code ModelCheckpoint(filepath, monitor, save_best_only)}: {@code folder} receives
     * {@value #BEST_FILE} and, unless only the best is kept, {@value #LAST_FILE}. The folder must exist when the run
     * starts.
     */
    public record CheckpointSettings(Path folder, String monitor, boolean saveBestOnly) {
        public static final String BEST_FILE = "best.weights.zip";
        public static final String LAST_FILE = "last.weights.zip";

        public CheckpointSettings {
            Objects.requireNonNull(folder, "folder");
            new Monitor(monitor, 0);
        }
    }

    /** Keras's {@code ReduceLROnPlateau(monitor, factor, patience, min_delta, cooldown, min_lr)}. */
    public record ReduceOnPlateauSettings(String monitor, double factor, int patience, double minDelta, int cooldown,
                                          double minLearningRate) {
        public ReduceOnPlateauSettings {
            new ReduceLearningRateOnPlateau(new Monitor(monitor, minDelta), factor, patience, cooldown,
                    minLearningRate);
        }

        /** val_loss, factor 0.2, patience 2, min_delta 1e-4, no cooldown, min_lr 1e-6. */
        public static ReduceOnPlateauSettings defaults() {
            return new ReduceOnPlateauSettings("val_loss", 0.2, 2, 1e-4, 0, 1e-6);
        }
    }
}
