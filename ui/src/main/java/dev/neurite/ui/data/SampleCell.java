package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.GridCell;

import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One tile of the sample grid: the image and {@code [17] 7}, marked when it is the chosen sample. Reused by the
 * virtualised grid as it scrolls, so {@link #updateItem} must be cheap: it writes the sample's pixels into the tile's
 * own image ({@link SampleImages}; no image is made or decoded), changes one text and a pseudo-class, and asks for no
 * layout (the tile has a fixed size and places its image and caption itself). JavaFX thread only.
 */
final class SampleCell extends GridCell<Integer> {

    static final double SIZE = 64;
    /** The image's side on screen. */
    static final double IMAGE_SIZE = 44;
    private static final double TOP = 3;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass(DataStyles.CHOSEN);

    private final ImageView view = new ImageView();
    private final Text caption = new Text();
    private final Pane tile = new Pane(view, caption);
    private final Supplier<DataSet> set;
    private final SampleImages images;
    private final ObservableValue<Number> selected;
    private WritableImage image;

    SampleCell(Supplier<DataSet> set, SampleImages images, ObservableValue<Number> selected, IntConsumer onClick) {
        this.set = set;
        this.images = images;
        this.selected = selected;
        getStyleClass().add(DataStyles.TILE);
        view.setSmooth(false);
        view.setFitWidth(IMAGE_SIZE);
        view.setFitHeight(IMAGE_SIZE);
        view.setManaged(false);
        view.relocate((SIZE - IMAGE_SIZE) / 2, TOP);
        caption.getStyleClass().add(DataStyles.TILE_TEXT);
        caption.setManaged(false);
        caption.setTextOrigin(javafx.geometry.VPos.TOP);
        caption.setTextAlignment(TextAlignment.CENTER);
        caption.setWrappingWidth(SIZE);
        caption.relocate(0, TOP + IMAGE_SIZE + 1);
        tile.setMinSize(SIZE, SIZE);
        tile.setPrefSize(SIZE, SIZE);
        tile.setMaxSize(SIZE, SIZE);
        tile.setVisible(false);
        setGraphic(tile);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        selected.addListener((obs, old, now) -> markChosen());
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onClick.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        DataSet shown = set.get();
        boolean filled = !empty && item != null && shown != null && item < shown.size();
        markChosen();
        tile.setVisible(filled);
        if (!filled) {
            return;
        }
        if (!SampleImages.fits(image, shown)) {
            image = images.blank(shown);
            view.setImage(image);
        }
        images.write(shown, item, image);
        caption.setText("[" + item + "]" + (shown.isLabelled() ? " " + shown.label(item) : ""));
    }

    /** The caption shown, e.g. {@code [17] 7}; empty on an empty tile. For tests. */
    String caption() {
        return tile.isVisible() ? caption.getText() : "";
    }

    /** The tile's image (its pixels are the shown sample's), or null before one was shown. For tests. */
    WritableImage image() {
        return tile.isVisible() ? image : null;
    }

    private void markChosen() {
        pseudoClassStateChanged(CHOSEN, getItem() != null && getItem() == selected.getValue().intValue());
    }
}
