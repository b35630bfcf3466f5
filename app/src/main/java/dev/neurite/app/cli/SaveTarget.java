package dev.neurite.app.cli;

import dev.neurite.NeuriteException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a {@code --save} path before any work starts, so a long run never ends in a save that cannot happen. */
final class SaveTarget {

    private SaveTarget() {
    }

    /** @throws NeuriteException naming what is wrong with {@code file} and what to give instead */
    static void check(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.isBlank()) {
            throw new NeuriteException("--save needs a file name, e.g. --save my-model.json.");
        }
        if (name.endsWith(".weights.zip")) {
            throw new NeuriteException("--save takes the model file (e.g. my-model.json); its weights are written "
                    + "beside it as my-model.weights.zip. Got '" + file + "'.");
        }
        if (Files.isDirectory(file)) {
            throw new NeuriteException("--save '" + file + "' is a folder; give a file name inside it, e.g. '"
                    + file.resolve("my-model.json") + "'.");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NeuriteException("--save: the folder '" + folder + "' does not exist; create it first.");
        }
        if (!Files.isWritable(folder)) {
            throw new NeuriteException("--save: the folder '" + folder + "' is not writable; choose another.");
        }
    }
}
