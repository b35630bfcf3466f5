package dev.neurite.ui.evaluation;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One tile of the gallery: the image, "true 4 / pred 9" and the confidence. Reused by the virtualised grid as it
 * scrolls, so it only rebinds in {@link #updateItem}. JavaFX thread only.
 */
final class GalleryCell extends GridCell<GalleryItem> {

    static final double SIZE = 84;

    private final ImageView image = new ImageView();
    private final Label classes = new Label();
    private final Label confidence = new Label();
    private final VBox box = new VBox(2, image, classes, confidence);
    private final Supplier<TestResults> results;
    private final DigitImageCache cache;

    GalleryCell(Supplier<TestResults> results, DigitImageCache cache, Consumer<GalleryItem> onClick) {
        this.results = results;
        this.cache = cache;
        getStyleClass().add(EvaluationStyles.TILE);
        image.setSmooth(false);
        image.setFitWidth(56);
        image.setFitHeight(56);
        classes.getStyleClass().add(EvaluationStyles.TILE_TEXT);
        confidence.getStyleClass().add(EvaluationStyles.TILE_TEXT);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onClick.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(GalleryItem item, boolean empty) {
        super.updateItem(item, empty);
        TestResults shown = results.get();
        getStyleClass().remove(EvaluationStyles.TILE_MISTAKE);
        if (empty || item == null || shown == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        image.setImage(cache.image(shown.testSet(), item.index()));
        classes.setText("true " + item.label() + " \u00b7 pred " + item.predicted());
        confidence.setText(String.format(Locale.ROOT, "%.1f%%", item.confidence() * 100));
        if (item.isMistake()) {
            getStyleClass().add(EvaluationStyles.TILE_MISTAKE);
        }
        setGraphic(box);
    }
}
