package dev.neurite.format;

import dev.neurite.train.RunRecord;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weights a training run ended with, kept in the project file as {@code weights/run-N.zip} (a
 * {@link WeightsArchive}), so that a reopened project can test the model it trained. Immutable: the archive's bytes
 * are copied in and never handed out; equal when the run and the bytes are. Thread-safe.
 *
 * @param run     the number of the run (a {@link RunRecord} of the same project) whose model these weights fit
 */
public record TrainedWeights(int run, byte[] archive) {

    public TrainedWeights {
        if (run < 1) {
            throw new IllegalArgumentException("Run number must be at least 1; got " + run);
        }
        archive = archive.clone();
    }

    /**
     * The archive of {@code weights} ({@code layer/weight} arrays), for run {@code run}. Any thread; blocks briefly.
     */
    public static TrainedWeights of(int run, Map<String, INDArray> weights) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            new WeightsArchive().write(zip, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing weights to memory failed", e);
        }
        return new TrainedWeights(run, bytes.toByteArray());
    }

    /** The weights by {@code layer/weight}; {@code source} names the archive in messages. */
    public Map<String, INDArray> read(String source) throws IOException {
        return new WeightsArchive().read(new ByteArrayInputStream(archive), source);
    }

    @Override
    public byte[] archive() {
        return archive.clone();
    }

    /** The archive's size in bytes. */
    public int size() {
        return archive.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainedWeights that && run == that.run && Arrays.equals(archive, that.archive);
    }

    @Override
    public int hashCode() {
        return 31 * run + Arrays.hashCode(archive);
    }

    @Override
    public String toString() {
        return "TrainedWeights[run=" + run + ", " + archive.length + " bytes]";
    }
}
