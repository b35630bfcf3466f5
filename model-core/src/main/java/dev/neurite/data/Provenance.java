package dev.neurite.data;

import java.util.List;
import java.util.Objects;

/**
 * Where a data set came from: a sentence a person can read, and the files it was read from with their SHA-256, so a
 * trained model can record exactly which data it saw.
 *
 * @param source a description such as "MNIST (downloaded)" or "IDX files picked by the user"; not blank
 * @param files  the files read, in the order they were read; may be empty for data made in memory
 */
public record Provenance(String source, List<SourceFile> files) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("Provenance source must not be blank");
        }
        files = List.copyOf(files);
    }

    /** Provenance of data made in memory (tests, drawings). */
    public static Provenance inMemory(String source) {
        return new Provenance(source, List.of());
    }
}
