package dev.neurite.train.crossval;

import dev.neurite.NeuriteException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How {@code n} samples are dealt into {@code k} folds for cross-validation: fold {@code i} is held out while the
 * others train. Like scikit-learn's {@code KFold(n_splits=k, shuffle=True, random_state=seed)}, or with
 * stratification {@code StratifiedKFold}: every class is spread over the folds as evenly as it divides, so each
 * fold's class proportions are those of the whole set within one sample. The folds are disjoint and together are
 * every sample once. Immutable; the same samples, labels, k and seed always give the same folds.
 */
public final class Folds {

    private final int[][] heldOut;
    private final int size;

    private Folds(int[][] heldOut, int size) {
        this.heldOut = heldOut;
        this.size = size;
    }

    /**
     * {@code k} folds of {@code n} samples in a seeded random order, as even as they divide (the first
     * {@code n % k} folds have one sample more).
     *
     * @throws NeuriteException naming {@code folds} when {@code k} is below 2 or above {@code n}
     */
    public static Folds kFold(int n, int k, long seed) {
        requireValid(n, k);
        int[] order = shuffled(identity(n), new SplittableRandom(seed));
        int[][] folds = new int[k][];
        int start = 0;
        for (int f = 0; f < k; f++) {
            int length = n / k + (f < n % k ? 1 : 0);
            folds[f] = sorted(Arrays.copyOfRange(order, start, start + length));
            start += length;
        }
        return new Folds(folds, n);
    }

    /**
     * {@code k} stratified folds: each class's samples, in a seeded random order, are dealt to the folds in turn,
     * each class continuing where the previous one stopped, so that both the class counts of a fold and the fold
     * sizes differ by at most one.
     *
     * @param labels  one class per sample, each at least 0
     * @throws NeuriteException naming {@code folds} when {@code k} is below 2 or above the number of samples
     */
    public static Folds stratified(int[] labels, int k, long seed) {
        int n = labels.length;
        requireValid(n, k);
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byClass.get(labels[i]).add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Integer> members : byClass) {
            int[] order = shuffled(members.stream().mapToInt(Integer::intValue).toArray(), random);
            for (int index : order) {
                folds.get(next).add(index);
                next = (next + 1) % k;
            }
        }
        int[][] result = new int[k][];
        for (int f = 0; f < k; f++) {
            result[f] = sorted(folds.get(f).stream().mapToInt(Integer::intValue).toArray());
        }
        return new Folds(result, n);
    }

    private static void requireValid(int n, int k) {
        if (k < 2) {
            throw new NeuriteException("folds must be at least 2; got " + k + ".");
        }
        if (k > n) {
            throw new NeuriteException("folds must be at most the number of training samples, " + n + "; got " + k
                    + ".");
        }
    }

    /** The number of folds, {@code k}. */
    public int count() {
        return heldOut.length;
    }

    /** The number of samples dealt, {@code n}. */
    public int size() {
        return size;
    }

    /** The samples fold {@code fold} holds out (validates on), ascending. */
    public int[] heldOut(int fold) {
        return heldOut[fold].clone();
    }

    /** The samples fold {@code fold} trains on: all the others, ascending. */
    public int[] training(int fold) {
        boolean[] out = new boolean[size];
        for (int index : heldOut[fold]) {
            out[index] = true;
        }
        int[] training = new int[size - heldOut[fold].length];
        int next = 0;
        for (int i = 0; i < size; i++) {
            if (!out[i]) {
                training[next++] = i;
            }
        }
        return training;
    }

    private static int[] identity(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    private static int[] shuffled(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private static int[] sorted(int[] values) {
        Arrays.sort(values);
        return values;
    }
}
