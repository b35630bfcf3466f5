package dev.neurite.ui.train;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/** The bottom row: epoch x of N and batch y of M with their bars, samples per second, ETA and the status line. */
final class ProgressPane {

    /** The narrowest a progress bar gets, in pixels. */
    private static final double BAR_MIN_WIDTH = 32;
    /** The narrowest the status line gets, in multiples of the default font's size. */
    private static final double STATUS_MIN_EMS = 8;

    private final ProgressRow root;

    ProgressPane(TrainingViewModel model) {
        ProgressModel progress = model.progress();
        Label epoch = new Label();
        epoch.setId("epoch-text");
        epoch.textProperty().bind(progress.epochTextProperty());
        ProgressBar run = new ProgressBar();
        run.progressProperty().bind(progress.runProgressProperty());
        run.setTooltip(new Tooltip("The whole run"));
        Label batch = new Label();
        batch.setId("batch-text");
        batch.textProperty().bind(progress.batchTextProperty());
        ProgressBar epochBar = new ProgressBar();
        epochBar.progressProperty().bind(progress.epochProgressProperty());
        epochBar.setTooltip(new Tooltip("The current epoch"));
        Label speed = new Label();
        speed.textProperty().bind(progress.speedTextProperty());
        speed.setTooltip(new Tooltip("Training samples per second in this epoch (validation excluded)"));
        Label eta = new Label();
        eta.textProperty().bind(progress.etaTextProperty());
        Label status = new Label();
        status.setId("train-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(TrainStyles.STATUS);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        status.setTooltip(whole);
        HBox.setHgrow(status, Priority.ALWAYS);
        // In a narrow window the bars shrink, not the figures.
        for (Label figure : new Label[] {epoch, batch, speed, eta}) {
            figure.setMinWidth(Region.USE_PREF_SIZE);
        }
        run.setMinWidth(BAR_MIN_WIDTH);
        epochBar.setMinWidth(BAR_MIN_WIDTH);
        root = new ProgressRow(status, epoch, run, batch, epochBar, speed, eta, status);
        root.getStyleClass().add(TrainStyles.PROGRESS);
    }

    Node view() {
        return root;
    }

    /**
     * The row: the figures keep their width, the bars give way first (an HBox shrinks every child at once, each
     * down to its minimum), then the status line, which ends in "..." (whole on hover) down to a few words' width.
     */
    private static final class ProgressRow extends HBox {
        private final Label status;

        ProgressRow(Label status, Node... children) {
            super(children);
            this.status = status;
        }

        /** The status counts with its narrowest, so that the window can make the row narrower than its text. */
        @Override
        protected double computeMinWidth(double height) {
            return super.computeMinWidth(height) - status.minWidth(-1) + narrowestStatus();
        }

        @Override
        protected void layoutChildren() {
            status.setMinWidth(Math.min(status.prefWidth(-1), Math.max(narrowestStatus(), roomForStatus())));
            super.layoutChildren();
        }

        /** The width left to the status once every other child is at its minimum. */
        private double roomForStatus() {
            double taken = snappedLeftInset() + snappedRightInset();
            for (Node child : getChildren()) {
                if (child != status) {
                    taken += child.minWidth(-1) + getSpacing();
                }
            }
            return getWidth() - taken;
        }

        private static double narrowestStatus() {
            return Font.getDefault().getSize() * STATUS_MIN_EMS;
        }
    }
}
