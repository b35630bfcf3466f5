package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import dev.neurite.ui.evaluation.DigitImageCache;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.GridCell;

import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One tile of the sample grid: the image and {@code [17] 7}, marked when it is the chosen sample. Reused by the
 * virtualised grid as it scrolls, so {@link #updateItem} only changes the image, a text and a pseudo-class (see the
 * Test place's gallery tile for why). JavaFX thread only.
 */
final class SampleCell extends GridCell<Integer> {

    static final double SIZE = 64;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass(DataStyles.CHOSEN);

    private final ImageView image = new ImageView();
    private final Text caption = new Text();
    private final Supplier<DataSet> set;
    private final DigitImageCache cache;
    private final ObservableValue<Number> selected;

    SampleCell(Supplier<DataSet> set, DigitImageCache cache, ObservableValue<Number> selected, IntConsumer onClick) {
        this.set = set;
        this.cache = cache;
        this.selected = selected;
        getStyleClass().add(DataStyles.TILE);
        image.setSmooth(false);
        image.setFitWidth(44);
        image.setFitHeight(44);
        caption.getStyleClass().add(DataStyles.TILE_TEXT);
        VBox box = new VBox(1, image, caption);
        box.setAlignment(Pos.CENTER);
        setGraphic(box);
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
        if (!filled) {
            image.setImage(null);
            caption.setText("");
            return;
        }
        image.setImage(cache.image(shown, item));
        caption.setText("[" + item + "]" + (shown.isLabelled() ? " " + shown.label(item) : ""));
    }

    private void markChosen() {
        pseudoClassStateChanged(CHOSEN, getItem() != null && getItem() == selected.getValue().intValue());
    }
}
