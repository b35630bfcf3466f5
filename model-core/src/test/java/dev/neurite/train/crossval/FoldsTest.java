package dev.neurite.train.crossval;

import dev.neurite.NeuriteException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** k-fold and stratified k-fold dealing: disjoint, complete, proportional, replayable. */
class FoldsTest {

    /** Unbalanced classes: 50, 23, 7, 31 and 2 samples, interleaved. */
    private static int[] unbalancedLabels() {
        int[] counts = {50, 23, 7, 31, 2};
        int[] labels = new int[Arrays.stream(counts).sum()];
        int[] left = counts.clone();
        int next = 0;
        while (next < labels.length) {
            for (int c = 0; c < counts.length; c++) {
                if (left[c] > 0) {
                    labels[next++] = c;
                    left[c]--;
                }
            }
        }
        return labels;
    }

    @ParameterizedTest(name = "{0} samples, {1} folds, stratified {2}")
    @CsvSource({"113, 5, false", "113, 5, true", "10, 10, false", "113, 2, true", "7, 3, false"})
    void foldsAreDisjointAndCoverTheTrainingSet(int n, int k, boolean stratified) {
        int[] labels = IntStream.range(0, n).map(i -> unbalancedLabels()[i % 113]).toArray();
        Folds folds = stratified ? Folds.stratified(labels, k, 7) : Folds.kFold(n, k, 7);
        assertEquals(k, folds.count());
        int[] seen = new int[n];
        for (int f = 0; f < k; f++) {
            int[] heldOut = folds.heldOut(f);
            assertTrue(heldOut.length >= n / k && heldOut.length <= n / k + 1, "fold size " + heldOut.length);
            for (int index : heldOut) {
                seen[index]++;
            }
            int[] training = folds.training(f);
            assertEquals(n, training.length + heldOut.length);
            assertTrue(Arrays.stream(training).noneMatch(i -> Arrays.binarySearch(heldOut, i) >= 0),
                    "fold " + f + " trains on a sample it holds out");
        }
        assertTrue(Arrays.stream(seen).allMatch(count -> count == 1), "every sample held out exactly once");
    }

    @Test
    void stratificationKeepsClassProportionsWithinOneSample() {
        int[] labels = unbalancedLabels();
        int k = 5;
        Folds folds = Folds.stratified(labels, k, 3);
        int[] total = new int[5];
        Arrays.stream(labels).forEach(l -> total[l]++);
        for (int f = 0; f < k; f++) {
            int[] counts = new int[5];
            for (int index : folds.heldOut(f)) {
                counts[labels[index]]++;
            }
            for (int c = 0; c < 5; c++) {
                double expected = (double) total[c] / k;
                assertTrue(Math.abs(counts[c] - expected) < 1, "fold " + f + " class " + c + ": " + counts[c]
                        + " of " + total[c]);
            }
        }
    }

    @Test
    void plainFoldsOfSortedLabelsAreNotStratifiedButShuffled() {
        int[] sorted = IntStream.range(0, 100).map(i -> i / 10).toArray();
        int[] firstFold = Folds.kFold(100, 5, 1).heldOut(0);
        assertFalse(Arrays.stream(firstFold).allMatch(i -> i < 20), "the first fold is not the first 20 samples");
        assertTrue(Arrays.stream(firstFold).map(i -> sorted[i]).distinct().count() > 2);
    }

    @Test
    void theSameSeedDealsTheSameFoldsAndAnotherSeedOthers() {
        int[] labels = unbalancedLabels();
        Folds once = Folds.stratified(labels, 4, 11);
        Folds again = Folds.stratified(labels, 4, 11);
        Folds other = Folds.stratified(labels, 4, 12);
        for (int f = 0; f < 4; f++) {
            assertArrayEquals(once.heldOut(f), again.heldOut(f));
        }
        assertFalse(Arrays.equals(once.heldOut(0), other.heldOut(0)));
        assertArrayEquals(Folds.kFold(50, 3, 5).heldOut(2), Folds.kFold(50, 3, 5).heldOut(2));
    }

    @ParameterizedTest(name = "{0} folds of 10")
    @CsvSource(delimiter = '|', value = {"1 | folds must be at least 2; got 1.",
        "11 | folds must be at most the number of training samples, 10; got 11."})
    void aFoldCountThatCannotBeDealtIsRefused(int k, String message) {
        assertEquals(message, assertThrows(NeuriteException.class, () -> Folds.kFold(10, k, 1)).getMessage());
        assertEquals(message, assertThrows(NeuriteException.class, () -> Folds.stratified(new int[10], k, 1))
                .getMessage());
    }
}
