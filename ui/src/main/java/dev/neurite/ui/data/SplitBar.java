package dev.neurite.ui.data;

import dev.neurite.data.inspect.DataSplit;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * The split drawn to scale: training, validation (a {@code validation_split}) and test as three lengths of one bar.
 * Validation on the test set is drawn over the test part, which it is. JavaFX thread only.
 */
final class SplitBar extends Pane {

    private final Region training = part(DataStyles.SPLIT_TRAIN, "split-training");
    private final Region validation = part(DataStyles.SPLIT_VALIDATION, "split-validation");
    private final Region test = part(DataStyles.SPLIT_TEST, "split-test");
    private DataSplit split;

    SplitBar() {
        getStyleClass().add(DataStyles.SPLIT_BAR);
        setId("split-bar");
        getChildren().addAll(training, test, validation);
        setMinHeight(22);
        setPrefHeight(22);
        setMaxHeight(22);
    }

    void show(DataSplit newSplit) {
        split = newSplit;
        Tooltip.install(training, new Tooltip(String.format(Locale.ROOT, "%,d images the model trains on",
                split.training())));
        Tooltip.install(validation, new Tooltip(String.format(Locale.ROOT, "%,d images it validates on after each "
                + "epoch", split.validation())));
        Tooltip.install(test, new Tooltip(String.format(Locale.ROOT, "%,d test images, kept for the end",
                split.test())));
        requestLayout();
    }

    /** The drawn width of the training, validation and test parts, in that order (for tests). */
    double[] widths() {
        return new double[] {training.getWidth(), validation.getWidth(), test.getWidth()};
    }

    @Override
    protected void layoutChildren() {
        if (split == null || split.total() == 0) {
            return;
        }
        double width = getWidth();
        double height = getHeight();
        double scale = width / split.total();
        double trainWidth = split.training() * scale;
        boolean separate = split.validationKind() == DataSplit.Kind.SPLIT;
        double validationWidth = split.validation() * scale;
        double testWidth = split.test() * scale;
        training.resizeRelocate(0, 0, trainWidth, height);
        if (separate) {
            validation.resizeRelocate(trainWidth, 0, validationWidth, height);
            test.resizeRelocate(trainWidth + validationWidth, 0, testWidth, height);
        } else {
            test.resizeRelocate(trainWidth, 0, testWidth, height);
            validation.resizeRelocate(trainWidth, height / 2, validationWidth, height / 2);
        }
        validation.setVisible(split.validation() > 0);
        test.setVisible(split.test() > 0);
    }

    private static Region part(String style, String id) {
        Region region = new Region();
        region.getStyleClass().add(style);
        region.setId(id);
        return region;
    }
}
