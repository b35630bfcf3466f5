package dev.neurite.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a network's weights to a file, for {@link ModelCheckpoint}: Neurite's weights archive
 * ({@code new WeightsArchive()::write} in {@code dev.neurite.format}), handed in so that training does not depend on
 * the file formats. Called on the training thread.
 */
@FunctionalInterface
public interface WeightsWriter {

    /** Writes {@code weights} (name to array) to {@code file}, replacing it atomically. */
    void write(Path file, Map<String, INDArray> weights) throws IOException;
}
