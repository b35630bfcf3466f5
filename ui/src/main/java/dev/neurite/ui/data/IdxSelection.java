package dev.neurite.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders IDX files a learner picked together into the {@code --data} form {@code images,labels} or
 * {@code images,labels,test-images,test-labels}, by their names as MNIST names them ({@code train-images-idx3-ubyte},
 * {@code t10k-labels-idx1-ubyte}, ...). Stateless.
 */
final class IdxSelection {

    private IdxSelection() {
    }

    /**
     * The data spec for {@code files}, or empty with nothing to say when they cannot be told apart: two files (images
     * and labels) or four (training and test images and labels), images named with {@code images} or {@code idx3},
     * labels with {@code labels} or {@code idx1}, test files with {@code t10k} or {@code test}.
     */
    static Optional<String> spec(List<Path> files) {
        if (files.size() != 2 && files.size() != 4) {
            return Optional.empty();
        }
        Path[] slots = new Path[4];
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean images = name.contains("images") || name.contains("idx3");
            boolean labels = name.contains("labels") || name.contains("idx1");
            if (images == labels) {
                return Optional.empty();
            }
            boolean test = files.size() == 4 && (name.contains("t10k") || name.contains("test"));
            int slot = (test ? 2 : 0) + (labels ? 1 : 0);
            if (slots[slot] != null) {
                return Optional.empty();
            }
            slots[slot] = file;
        }
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            spec.append(i == 0 ? "" : ",").append(slots[i]);
        }
        return Optional.of(spec.toString());
    }
}
