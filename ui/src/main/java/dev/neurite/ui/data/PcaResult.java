package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import dev.neurite.pca.PrincipalComponents;
import dev.neurite.settings.Validation;

import java.util.List;

/**
 * The principal components of one data set's training part and what the PCA tab draws of them: every component (so
 * that the reconstruction slider reaches all of them) and the projected set on the first two. Immutable once made;
 * made off the JavaFX thread by {@link #fit} (the arrays are not copied: nothing writes them after).
 *
 * @param key         which data set and split it was fitted for
 * @param pca         all {@code min(n, height * width)} components
 * @param scatter     the projected set on the first two components, {@code x0, y0, x1, y1, ...}
 * @param labels      the projected set's labels, or an empty array when it has none
 * @param classNames  the projected set's class names
 * @param projected   the lessons' name of the projected array, {@code x_test} (or {@code x_train} without a test part)
 * @param fitSeconds  how long the fit took, in seconds
 */
record PcaResult(Key key, PrincipalComponents pca, float[] scatter, int[] labels, List<String> classNames,
                 String projected, double fitSeconds) {

    /**
     * What a fit depends on: the data set and which part of its training images {@code fit} learns from.
     *
     * @param dataset    the data set id or path
     * @param validation the fit settings' validation (a split takes images away from the training part)
     */
    record Key(String dataset, Validation validation) {

        static Key of(DataOverview overview) {
            return new Key(overview.dataset(), overview.fit().validation());
        }
    }

    PcaResult {
        classNames = List.copyOf(classNames);
    }

    /**
     * Fits every component of {@code overview}'s training part (without the validation split) and projects the test
     * part (the training part when there is none) on the first two. Background thread: a fraction of a second for the
     * bundled digits, a few seconds for 60,000 images.
     *
     * @throws dev.neurite.NeuriteException with one sentence when the images cannot be analysed (too large, too few)
     */
    static PcaResult fit(DataOverview overview) {
        DataSet train = PrincipalComponents.trainingPart(overview.sets().train(), overview.fit().validation());
        if (train.pixelsPerImage() < 2) {
            throw new dev.neurite.NeuriteException("PCA needs images of at least 2 pixels; '" + train.name()
                    + "' has " + train.height() + "x" + train.width() + ".");
        }
        long start = System.nanoTime();
        PrincipalComponents pca = PrincipalComponents.fit(train, Math.min(train.size(), train.pixelsPerImage()));
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean hasTest = overview.sets().test().isPresent();
        DataSet shown = overview.sets().test().orElse(train);
        float[] scatter = pca.project(shown, 2);
        int[] labels = shown.isLabelled() ? shown.labels() : new int[0];
        return new PcaResult(Key.of(overview), pca, scatter, labels, shown.classNames(),
                hasTest ? DataPart.TEST.images() : DataPart.TRAIN.images(), seconds);
    }

    /** How many images the components were fitted on. */
    int fittedOn() {
        return pca.samples();
    }
}
