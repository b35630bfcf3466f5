package dev.neurite.ui.evaluation;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.GridCell;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One tile of the gallery: the image, "true 4 · pred 9" and the confidence, marked when the model got it wrong and
 * when it is the selected tile. Reused by the virtualised grid as it scrolls (the grid empties and refills every tile
 * of a row it moves), so {@link #updateItem} only changes a text, the image, visibility and pseudo-classes: replacing
 * the graphic or a style class would make JavaFX re-apply CSS to the whole tile, which made scrolling stutter; the
 * text is a plain {@link Text} rather than labels for the same reason.
 *
 * <p>JavaFX thread only.
 */
final class GalleryCell extends GridCell<GalleryItem> {

    static final double SIZE = 84;

    /** Set on tiles the model got wrong: {@code .gallery-tile:mistake} in evaluation.css. */
    static final PseudoClass MISTAKE = PseudoClass.getPseudoClass(EvaluationStyles.TILE_MISTAKE);
    /** Set on the tile whose probabilities are shown: {@code .gallery-tile:chosen}. */
    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass(EvaluationStyles.TILE_CHOSEN);

    private final ImageView image = new ImageView();
    private final Text caption = new Text();
    private final VBox box = new VBox(2, image, caption);
    private final Supplier<TestResults> results;
    private final DigitImageCache cache;
    private final ObservableValue<GalleryItem> selected;

    /**
     * @param selected the selected tile's item; tiles showing it are marked
     * @param onClick  called with the tile's item when it is clicked
     */
    GalleryCell(Supplier<TestResults> results, DigitImageCache cache, ObservableValue<GalleryItem> selected,
                Consumer<GalleryItem> onClick) {
        this.results = results;
        this.cache = cache;
        this.selected = selected;
        getStyleClass().add(EvaluationStyles.TILE);
        image.setSmooth(false);
        image.setFitWidth(56);
        image.setFitHeight(56);
        caption.getStyleClass().add(EvaluationStyles.TILE_TEXT);
        caption.setTextAlignment(TextAlignment.CENTER);
        box.setAlignment(Pos.CENTER);
        box.setVisible(false);
        setGraphic(box);
        selected.addListener((obs, old, now) -> markChosen());
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onClick.accept(getItem());
            }
        });
    }

    /** The tile's two lines of text, e.g. "true 4 · pred 9" and "87.3%"; empty for an empty tile. */
    String caption() {
        return caption.getText();
    }

    @Override
    protected void updateItem(GalleryItem item, boolean empty) {
        super.updateItem(item, empty);
        TestResults shown = results.get();
        boolean filled = !empty && item != null && shown != null;
        pseudoClassStateChanged(MISTAKE, filled && item.isMistake());
        markChosen();
        box.setVisible(filled);
        if (!filled) {
            image.setImage(null);
            caption.setText("");
            return;
        }
        image.setImage(cache.image(shown.testSet(), item.index()));
        caption.setText(String.format(Locale.ROOT, "true %d \u00b7 pred %d\n%.1f%%", item.label(), item.predicted(),
                item.confidence() * 100));
    }

    private void markChosen() {
        pseudoClassStateChanged(CHOSEN, getItem() != null && Objects.equals(getItem(), selected.getValue()));
    }
}
