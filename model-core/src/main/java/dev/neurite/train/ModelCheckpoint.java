package dev.neurite.train;

import dev.neurite.NeuriteException;
import dev.neurite.format.WeightsArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keras's {@code ModelCheckpoint}: after each epoch writes the weights to {@code folder}, either every epoch
 * ({@code epoch-003.weights.zip}) or only when the monitored value improved ({@code best.weights.zip}, replaced
 * atomically by {@link WeightsArchive}). Called on the training thread only; the writing happens there, between
 * epochs.
 */
public final class ModelCheckpoint implements Callback {

    /** The file name used when only the best epoch is kept. */
    public static final String BEST_FILE = "best.weights.zip";

    private final Path folder;
    private final Monitor monitor;
    private final boolean saveBestOnly;
    private double best;

    /**
     * @param folder       where the files go; created if missing
     * @param monitor      what decides "best"
     * @param saveBestOnly whether to keep only the best epoch's weights
     */
    public ModelCheckpoint(Path folder, Monitor monitor, boolean saveBestOnly) {
        this.folder = folder;
        this.monitor = monitor;
        this.saveBestOnly = saveBestOnly;
    }

    /** The file an epoch's weights are written to when every epoch is kept. */
    public static String epochFile(int epoch) {
        return String.format(Locale.ROOT, "epoch-%03d.weights.zip", epoch);
    }

    @Override
    public void trainingStarted(TrainingControl control) {
        best = monitor.worst();
    }

    @Override
    public void epochEnded(EpochMetrics metrics, TrainingControl control) {
        Path file;
        if (saveBestOnly) {
            double current = monitor.value(metrics);
            if (!monitor.improves(current, best)) {
                return;
            }
            best = current;
            file = folder.resolve(BEST_FILE);
        } else {
            file = folder.resolve(epochFile(metrics.epoch()));
        }
        try {
            Files.createDirectories(folder);
            new WeightsArchive().write(file, control.weights());
        } catch (IOException e) {
            throw new NeuriteException("Cannot write the checkpoint '" + file + "': " + e.getMessage(), e);
        }
    }
}
