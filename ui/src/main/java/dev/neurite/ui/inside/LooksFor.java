package dev.neurite.ui.inside;

import dev.neurite.data.DataSet;
import dev.neurite.explain.HeatColours;
import dev.neurite.explain.KernelImage;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * What the selected channel or unit looks for: its filter or pixel weights as an image (red where it wants ink, blue
 * where it wants paper), and the test images that excite it most, found on request in the background. JavaFX thread.
 */
final class LooksFor extends VBox {

    private final InsideViewModel model;
    private final Label weightsTitle = new Label();
    private final PixelCanvas weights = new PixelCanvas(96);
    private final Label weightsHint = new Label();
    private final Button find = new Button("Find the test images that excite it most");
    private final ProgressBar progress = new ProgressBar();
    private final FlowPane images = new FlowPane(3, 3);
    private final Label imagesTitle = new Label();

    LooksFor(InsideViewModel model) {
        this.model = model;
        setSpacing(4);
        weightsTitle.getStyleClass().add(InsideStyles.TITLE);
        weightsTitle.setWrapText(true);
        weightsTitle.setMinHeight(Region.USE_PREF_SIZE);
        weightsHint.getStyleClass().add(InsideStyles.MUTED);
        weightsHint.setWrapText(true);
        weightsHint.setMinHeight(Region.USE_PREF_SIZE);
        weights.setId("inside-weights");
        find.setId("find-exciting");
        find.setWrapText(true);
        find.setMinHeight(Region.USE_PREF_SIZE);
        find.setTooltip(new Tooltip("Runs every test image through the network up to this layer and keeps the eight "
                + "with the highest mean activation here. Runs in the background; drawing stays quick."));
        find.setOnAction(e -> model.findExciting());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(model.excitingProgressProperty().greaterThanOrEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(model.excitingProgressProperty());
        imagesTitle.getStyleClass().add(InsideStyles.MUTED);
        imagesTitle.setWrapText(true);
        imagesTitle.setMinHeight(Region.USE_PREF_SIZE);
        images.setId("exciting-images");
        getChildren().addAll(weightsTitle, weights, weightsHint, find, progress, imagesTitle, images);
        model.weightsProperty().addListener((obs, old, now) -> refresh());
        model.excitingProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        KernelImage kernel = model.weightsProperty().get();
        boolean hasWeights = kernel != null;
        for (var node : new javafx.scene.Node[] {weightsTitle, weights, weightsHint}) {
            node.setVisible(hasWeights);
            node.setManaged(hasWeights);
        }
        if (hasWeights) {
            boolean pixels = kernel.height() > 8;
            weightsTitle.setText(pixels ? "Its weights over the input pixels" : "What this filter looks for ("
                    + kernel.height() + "x" + kernel.width() + " kernel)");
            weightsHint.setText(String.format(Locale.ROOT, "Red wants ink, blue wants paper (up to %.3g either way)%s.",
                    kernel.largestMagnitude(), pixels ? "" : "; deeper filters are averaged over their inputs"));
            weights.show(HeatColours.diverging(kernel.values(), kernel.largestMagnitude()), kernel.height(),
                    kernel.width(), null, null);
        }
        boolean canFind = model.canFindExciting() && model.selectedProperty().get() != null;
        find.setVisible(canFind);
        find.setManaged(canFind);
        InsideViewModel.Exciting found = model.excitingProperty().get();
        if (found == null) {
            images.getChildren().clear();
            imagesTitle.setText("");
            imagesTitle.setManaged(false);
            return;
        }
        imagesTitle.setManaged(true);
        imagesTitle.setText("The test images that excite it most (mean activation):");
        images.getChildren().clear();
        for (int k = 0; k < found.images().length; k++) {
            ImageView view = new ImageView(image(found.set(), found.images()[k]));
            view.setSmooth(false);
            view.setFitWidth(48);
            view.setFitHeight(48);
            Tooltip.install(view, new Tooltip(String.format(Locale.ROOT, "Test image %d, label %s: %.3g",
                    found.images()[k], found.set().classNames().get(found.set().label(found.images()[k])),
                    found.scores()[k])));
            images.getChildren().add(view);
        }
    }

    /** Test image {@code index}, white ink on black as the network sees it. */
    private static WritableImage image(DataSet set, int index) {
        int w = set.width();
        int h = set.height();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int grey = set.pixel(index, y, x);
                argb[y * w + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

}
