package dev.neurite.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The weights a project keeps of its runs, one {@link TrainedWeights} per run, and how many runs' weights it keeps.
 * Every run keeps its weights by default, so that every run stays testable; with {@code keepLastRuns} N > 0 only the
 * weights of the N newest runs (highest numbers) are kept and older ones are dropped as newer ones arrive.
 * Immutable and thread-safe.
 *
 * @param byRun        run number to the weights that run ended with, ordered by number
 * @param keepLastRuns 0 to keep the weights of every run, else how many of the newest runs keep theirs
 */
public record KeptWeights(SortedMap<Integer, TrainedWeights> byRun, int keepLastRuns) {

    /** The value of {@code keepLastRuns} that keeps every run's weights (the default). */
    public static final int KEEP_ALL = 0;

    private static final KeptWeights NONE = new KeptWeights(new TreeMap<>(), KEEP_ALL);

    public KeptWeights {
        if (keepLastRuns < 0) {
            throw new ModelFormatException("keep_last_runs must be 0 (keep all) or more; got " + keepLastRuns + ".");
        }
        TreeMap<Integer, TrainedWeights> copy = new TreeMap<>();
        byRun.forEach((run, weights) -> {
            if (weights == null || weights.run() != run) {
                throw new IllegalArgumentException("The weights kept for run " + run + " are "
                        + (weights == null ? "missing" : "those of run " + weights.run()));
            }
            copy.put(run, weights);
        });
        while (keepLastRuns != KEEP_ALL && copy.size() > keepLastRuns) {
            copy.pollFirstEntry();
        }
        byRun = Collections.unmodifiableSortedMap(copy);
    }

    /** No weights kept; every run's weights will be. */
    public static KeptWeights none() {
        return NONE;
    }

    /** The weights of {@code list}'s runs (at most one each), keeping all. */
    public static KeptWeights of(List<TrainedWeights> list) {
        TreeMap<Integer, TrainedWeights> map = new TreeMap<>();
        for (TrainedWeights weights : list) {
            if (map.put(weights.run(), weights) != null) {
                throw new ModelFormatException("The weights of run " + weights.run() + " are kept twice.");
            }
        }
        return new KeptWeights(map, KEEP_ALL);
    }

    /** These weights with {@code weights} added, or replacing the weights of its run; the bound still holds. */
    public KeptWeights with(TrainedWeights weights) {
        TreeMap<Integer, TrainedWeights> map = new TreeMap<>(byRun);
        map.put(weights.run(), weights);
        return new KeptWeights(map, keepLastRuns);
    }

    /** These weights bounded to the newest {@code runs} runs ({@link #KEEP_ALL}: no bound); older ones dropped. */
    public KeptWeights withKeepLastRuns(int runs) {
        return new KeptWeights(byRun, runs);
    }

    /** Only the weights of the runs numbered in {@code runs}. */
    public KeptWeights retain(Set<Integer> runs) {
        TreeMap<Integer, TrainedWeights> map = new TreeMap<>(byRun);
        map.keySet().retainAll(runs);
        return map.size() == byRun.size() ? this : new KeptWeights(map, keepLastRuns);
    }

    /** The weights run {@code run} ended with, if kept. */
    public Optional<TrainedWeights> of(int run) {
        return Optional.ofNullable(byRun.get(run));
    }

    /** The weights of the newest run that kept its weights, if any. */
    public Optional<TrainedWeights> latest() {
        return byRun.isEmpty() ? Optional.empty() : Optional.of(byRun.get(byRun.lastKey()));
    }

    /** Every kept weights, oldest run first. */
    public List<TrainedWeights> all() {
        return new ArrayList<>(byRun.values());
    }

    public boolean isEmpty() {
        return byRun.isEmpty();
    }

    /** How many runs keep their weights. */
    public int count() {
        return byRun.size();
    }

    /** The bytes the kept weights take in the project file (their archives, before the project's compression). */
    public long bytes() {
        return byRun.values().stream().mapToLong(TrainedWeights::size).sum();
    }

    /** "3 runs' weights kept, 1.2 MB (all runs)" or "... (the last 2 runs)". */
    public String summary() {
        String what = count() == 0 ? "No run's weights kept" : count() == 1 ? "1 run's weights kept"
                : count() + " runs' weights kept";
        String bound = keepLastRuns == KEEP_ALL ? "every run keeps its weights"
                : "only the last " + (keepLastRuns == 1 ? "run keeps its" : keepLastRuns + " runs keep their")
                + " weights";
        return what + (count() == 0 ? "" : ", " + sizeText(bytes())) + "; " + bound + ".";
    }

    /** {@code bytes} as "812 KB" or "1.2 MB". */
    public static String sizeText(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(bytes == 0 ? 0 : 1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String toString() {
        return "KeptWeights[runs=" + byRun.keySet() + ", keepLastRuns=" + keepLastRuns + "]";
    }
}
