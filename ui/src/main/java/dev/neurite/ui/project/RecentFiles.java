package dev.neurite.ui.project;

import dev.neurite.format.AtomicFiles;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened or saved project files, newest first, kept in a small text file (one path a line).
 * The list lives on the JavaFX thread; {@link #snapshot()} gives the text to write in the background.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int LIMIT = 8;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** The files, newest first; read-only. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Moves {@code file} to the top. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        if (files.size() > LIMIT) {
            files.remove(LIMIT, files.size());
        }
    }

    public void remove(Path file) {
        files.remove(file);
    }

    /** The text of the list file. */
    public String snapshot() {
        StringBuilder text = new StringBuilder();
        files.forEach(f -> text.append(f).append('\n'));
        return text.toString();
    }

    /** Reads the list file; a missing or unreadable one gives an empty list. Blocks on I/O. */
    public static List<Path> load(Path listFile) {
        List<Path> paths = new ArrayList<>();
        try {
            if (Files.isRegularFile(listFile) && Files.size(listFile) < 64 * 1024) {
                for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && paths.size() < LIMIT) {
                        paths.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | InvalidPathException e) {
            return List.of();
        }
        return paths;
    }

    /** Writes the list file atomically. Blocks on I/O. */
    public static void save(Path listFile, String text) throws IOException {
        AtomicFiles.write(listFile, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the list (after loading). */
    public void setAll(List<Path> paths) {
        files.setAll(paths.stream().limit(LIMIT).toList());
    }
}
