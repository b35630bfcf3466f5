package dev.neurite.data;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the {@link DataCatalog}: a data set, or a kind of file a user can pick.
 *
 * @param id          what {@code --data} accepts (for the kinds of files: a word naming the kind, e.g. "csv")
 * @param name        a short display name
 * @param description one or two sentences for a person choosing
 * @param classNames  the class names, index = label; empty for user files (their classes come from the files)
 * @param trainSize   training images, or 0 when it depends on the files
 * @param testSize    test images, or 0 when there is none or it depends on the files
 * @param origin      where the data comes from
 */
public record DataSetInfo(String id, String name, String description, List<String> classNames, int trainSize,
                          int testSize, Origin origin) {

    /** Where a catalogue entry's data comes from. */
    public enum Origin {
        /** Shipped inside Neurite: always available offline. */
        BUNDLED,
        /** Downloaded on request into the user's cache (or found in a system package). */
        DOWNLOAD,
        /** Files the user picks. */
        USER_FILES
    }

    public DataSetInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
        classNames = List.copyOf(classNames);
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("Data set id and name must not be blank");
        }
        if (trainSize < 0 || testSize < 0) {
            throw new IllegalArgumentException("Sizes of data set '" + id + "' must not be negative");
        }
        if (origin != Origin.USER_FILES && (classNames.isEmpty() || trainSize == 0)) {
            throw new IllegalArgumentException("Data set '" + id + "' needs class names and a training size");
        }
    }
}
