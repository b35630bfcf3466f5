package dev.neurite.ui.data;

import javafx.scene.paint.Color;

/**
 * One colour per class for the PCA scatter and its legend: ten well-separated colours (the usual categorical palette
 * of plotting libraries), then evenly spaced hues for more classes. Stateless.
 */
final class ClassColours {

    private static final Color[] TEN = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"),
        Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"),
        Color.web("#bcbd22"), Color.web("#17becf"),
    };

    private ClassColours() {
    }

    /** The colour of class {@code label} among {@code classes}. */
    static Color of(int label, int classes) {
        if (classes <= TEN.length) {
            return TEN[Math.floorMod(label, TEN.length)];
        }
        return Color.hsb(360.0 * label / classes, 0.75, 0.85);
    }
}
