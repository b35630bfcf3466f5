package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.draw.GreyImages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;

/**
 * One sample as the lessons take it apart: the picture, its 28x28 matrix of pixel values (hover a cell: the slice
 * {@code x_train[17, 5, 12] = 243} and the value after scaling), its label {@code y_train[17] = 7} and the one-hot
 * vector {@code to_categorical} makes of it. JavaFX thread only.
 */
final class SamplePane extends BorderPane {

    static final double PICTURE = 140;

    private final DataViewModel model;
    private final ImageView picture = new ImageView();
    private final Rectangle mark = new Rectangle();
    private final PixelMatrixView matrix = new PixelMatrixView();
    private final Label slice = new Label();
    private final Label label = new Label();
    private final Label oneHotText = new Label();
    private final OneHotView oneHot = new OneHotView();

    SamplePane(DataViewModel model) {
        this.model = model;
        picture.setSmooth(false);
        picture.setFitWidth(PICTURE);
        picture.setFitHeight(PICTURE);
        picture.setId("sample-picture");
        mark.setManaged(false);
        mark.getStyleClass().add("pixel-mark");
        mark.setVisible(false);
        Pane framed = new Pane(picture, mark);
        framed.setMinSize(PICTURE, PICTURE);
        framed.setMaxSize(PICTURE, PICTURE);

        slice.setId("pixel-slice");
        slice.getStyleClass().addAll(DataStyles.CODE, "pixel-slice");
        slice.setMinHeight(Label.USE_PREF_SIZE);
        label.setId("sample-label");
        label.getStyleClass().addAll(DataStyles.CODE, DataStyles.HEADING);
        oneHotText.setId("one-hot-text");
        oneHotText.getStyleClass().add(DataStyles.CODE);
        oneHotText.setWrapText(true);
        Label hoverHint = new Label("Hover a pixel of the matrix to see its value and the slice it belongs to.");
        hoverHint.getStyleClass().add(DataStyles.NOTE);
        hoverHint.setWrapText(true);

        Button previous = new Button(null, Icons.of(Feather.CHEVRON_LEFT));
        previous.setId("sample-previous");
        previous.setTooltip(new Tooltip("Previous sample"));
        previous.setOnAction(e -> step(-1));
        Button next = new Button(null, Icons.of(Feather.CHEVRON_RIGHT));
        next.setId("sample-next");
        next.setTooltip(new Tooltip("Next sample"));
        next.setOnAction(e -> step(1));
        HBox steps = new HBox(6, previous, next);

        Label oneHotTitle = new Label("One-hot, as the loss sees the label:");
        oneHotTitle.setWrapText(true);
        VBox left = new VBox(8, framed, steps, label, oneHotTitle, oneHot, oneHotText, hoverHint);
        left.setPrefWidth(280);
        left.setMinWidth(220);
        left.setMaxWidth(300);
        left.setPadding(new Insets(0, 12, 0, 0));

        VBox right = new VBox(6, slice, matrix);
        VBox.setVgrow(matrix, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(8, left, right);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        matrix.hoveredProperty().addListener((obs, old, cell) -> hovered(cell));
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.overviewProperty().addListener((obs, old, now) -> refresh());
        model.partProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The matrix of pixel values. */
    PixelMatrixView matrix() {
        return matrix;
    }

    private void step(int delta) {
        var samples = model.samples();
        int at = samples.indexOf(model.selectedProperty().get());
        if (at >= 0 && at + delta >= 0 && at + delta < samples.size()) {
            model.select(samples.get(at + delta));
        }
    }

    private void refresh() {
        DataSet set = model.browsed();
        int index = model.selectedProperty().get();
        matrix.show(set, index);
        if (set == null || index < 0) {
            picture.setImage(null);
            label.setText("");
            oneHot.show(new float[0], java.util.List.of());
            oneHotText.setText("");
            slice.setText("");
            return;
        }
        float[] pixels = new float[set.pixelsPerImage()];
        set.copyImage(index, pixels, 0);
        picture.setImage(GreyImages.inkOnBlack(new GreyImage(set.width(), set.height(), pixels)));
        label.setText(model.labelText());
        oneHot.show(model.oneHot(), set.classNames());
        oneHotText.setText(model.oneHotText());
        slice.setText(model.partProperty().get().images() + "[" + index + "]  (" + set.height() + ", " + set.width()
                + ") uint8");
    }

    private void hovered(PixelMatrixView.Cell cell) {
        DataSet set = model.browsed();
        if (cell == null || set == null) {
            mark.setVisible(false);
            int index = model.selectedProperty().get();
            slice.setText(set == null || index < 0 ? "" : model.partProperty().get().images() + "[" + index + "]  ("
                    + set.height() + ", " + set.width() + ") uint8");
            return;
        }
        slice.setText(model.sliceText(cell.row(), cell.column()));
        double side = PICTURE / set.width();
        mark.setX(cell.column() * side);
        mark.setY(cell.row() * side);
        mark.setWidth(side);
        mark.setHeight(side);
        mark.setVisible(true);
    }
}
