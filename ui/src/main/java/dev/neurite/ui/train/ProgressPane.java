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

    private final HBox root;

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
        // A long status gives way to the figures in a narrow window: it ends in "..." and shows whole on hover.
        status.setMinWidth(Font.getDefault().getSize() * STATUS_MIN_EMS);
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
        root = new HBox(epoch, run, batch, epochBar, speed, eta, status);
        root.getStyleClass().add(TrainStyles.PROGRESS);
    }

    Node view() {
        return root;
    }
}
