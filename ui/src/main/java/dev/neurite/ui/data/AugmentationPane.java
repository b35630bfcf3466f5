package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.settings.Augmentation;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.draw.GreyImages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/**
 * The augmentation preview: the chosen sample and {@link DataViewModel#PREVIEW_COUNT} copies of it changed as the fit
 * settings' {@code rotation_range}, {@code width_shift_range}, {@code height_shift_range} and {@code zoom_range}
 * change training images, drawn by the code training uses; Reseed draws other changes. A slider per range previews
 * while it is dragged and, when let go, sets the range in the fit settings (undoable, the same settings as Build's
 * Compile &amp; fit and the Train place's form). JavaFX thread only.
 */
final class AugmentationPane extends ScrollPane {

    static final double TILE = 64;

    private final DataViewModel model;
    private final Label settings = new Label();
    private final ImageView original = new ImageView();
    private final TilePane copies = new TilePane(6, 6);
    private final Label seed = new Label();
    private final Consumer<Augmentation> commit;
    private final Slider rotation = slider("rotation-range", 0, 45, 5);
    private final Slider widthShift = slider("width-shift-range", 0, 0.3, 0.05);
    private final Slider heightShift = slider("height-shift-range", 0, 0.3, 0.05);
    private final Slider zoom = slider("zoom-range", 0, 0.3, 0.05);
    private boolean updating;

    /** @param commit sets the fit settings' augmentation (called when a slider is let go) */
    AugmentationPane(DataViewModel model, Consumer<Augmentation> commit) {
        this.model = model;
        this.commit = commit;
        settings.setId("augmentation-settings");
        settings.getStyleClass().add(DataStyles.CODE);
        settings.setWrapText(true);
        Label explanation = new Label("Each epoch, every training image is changed at random within these ranges "
                + "before the model sees it, so it learns digits that are a little turned, moved or resized, as "
                + "drawings are. Validation and test images are never changed. The sliders set the fit settings "
                + "(also in Build \u203a Compile & fit and in the Train place).");
        explanation.setWrapText(true);
        explanation.getStyleClass().add(DataStyles.NOTE);
        Button reseed = new Button("Reseed", Icons.of(Feather.REFRESH_CW));
        reseed.setId("augmentation-reseed");
        reseed.setTooltip(new Tooltip("Draw other random changes of the same sample"));
        reseed.setOnAction(e -> model.reseed());
        seed.getStyleClass().add(DataStyles.NOTE);
        HBox bar = new HBox(10, reseed, seed);
        bar.setAlignment(Pos.CENTER_LEFT);

        original.setSmooth(false);
        original.setFitWidth(TILE * 2);
        original.setFitHeight(TILE * 2);
        Label originalCaption = new Label("the sample");
        originalCaption.getStyleClass().add(DataStyles.NOTE);
        VBox originalBox = new VBox(4, original, originalCaption);
        originalBox.setAlignment(Pos.TOP_CENTER);
        copies.setId("augmentation-copies");
        copies.getStyleClass().add(DataStyles.PREVIEW);
        copies.setPrefColumns(8);
        copies.setPrefTileWidth(TILE);
        copies.setPrefTileHeight(TILE);
        HBox images = new HBox(16, originalBox, copies);

        GridPane ranges = new GridPane();
        ranges.setHgap(8);
        ranges.setVgap(2);
        addRange(ranges, 0, "rotation_range", rotation, "largest turn, in degrees, either way");
        addRange(ranges, 1, "width_shift_range", widthShift, "largest move sideways, a fraction of the width");
        addRange(ranges, 2, "height_shift_range", heightShift, "largest move up or down, a fraction of the height");
        addRange(ranges, 3, "zoom_range", zoom, "largest change of size, a fraction");
        for (Slider slider : new Slider[] {rotation, widthShift, heightShift, zoom}) {
            slider.valueProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    model.tryAugmentation(sliders());
                    if (!slider.isValueChanging()) {
                        commitSliders();
                    }
                }
            });
            slider.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing && !updating) {
                    commitSliders();
                }
            });
        }

        VBox content = new VBox(10, settings, ranges, explanation, bar, images);
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");

        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.overviewProperty().addListener((obs, old, now) -> refresh());
        model.partProperty().addListener((obs, old, now) -> refresh());
        model.seedProperty().addListener((obs, old, now) -> refresh());
        model.trialProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private static Slider slider(String id, double min, double max, double tick) {
        Slider slider = new Slider(min, max, min);
        slider.setId(id);
        slider.setMajorTickUnit(tick);
        slider.setMinorTickCount(0);
        slider.setPrefWidth(220);
        slider.setMinWidth(120);
        return slider;
    }

    private static void addRange(GridPane grid, int row, String name, Slider slider, String meaning) {
        Label title = new Label(name);
        title.getStyleClass().add(DataStyles.CODE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label();
        value.getStyleClass().add(DataStyles.CODE);
        value.setMinWidth(44);
        value.textProperty().bind(slider.valueProperty().map(v -> DataViewModel.number(round(slider, v
                .doubleValue()))));
        Label note = new Label(meaning);
        note.getStyleClass().add(DataStyles.NOTE);
        grid.addRow(row, title, slider, value, note);
    }

    /** Whole degrees for rotation, hundredths for the fractions. */
    private static double round(Slider slider, double value) {
        return slider.getMax() > 1 ? Math.round(value) : Math.round(value * 100) / 100.0;
    }

    private Augmentation sliders() {
        return new Augmentation(round(rotation, rotation.getValue()), round(widthShift, widthShift.getValue()),
                round(heightShift, heightShift.getValue()), round(zoom, zoom.getValue()));
    }

    private void commitSliders() {
        Augmentation chosen = sliders();
        DataOverview overview = model.overviewProperty().get();
        if (overview != null && !chosen.equals(overview.fit().augmentation())) {
            commit.accept(chosen);
        }
    }

    /** The augmented copies shown, as image views (for tests and screenshots). */
    TilePane copies() {
        return copies;
    }

    private void refresh() {
        Augmentation augmentation = model.augmentation();
        updating = true;
        rotation.setMax(Math.max(45, augmentation.rotationRange()));
        widthShift.setMax(Math.max(0.3, augmentation.widthShiftRange()));
        heightShift.setMax(Math.max(0.3, augmentation.heightShiftRange()));
        zoom.setMax(Math.max(0.3, augmentation.zoomRange()));
        rotation.setValue(augmentation.rotationRange());
        widthShift.setValue(augmentation.widthShiftRange());
        heightShift.setValue(augmentation.heightShiftRange());
        zoom.setValue(augmentation.zoomRange());
        updating = false;
        settings.setText(augmentation.isActive() ? "ImageDataGenerator(" + PreparationSteps.arguments(augmentation)
                + ")" : "No augmentation in the fit settings: rotation_range, width_shift_range, height_shift_range "
                + "and zoom_range are 0, so every copy below is the sample unchanged.");
        seed.setText("seed " + model.seedProperty().get());
        DataSet set = model.browsed();
        int index = model.selectedProperty().get();
        copies.getChildren().clear();
        if (set == null || index < 0) {
            original.setImage(null);
            return;
        }
        float[] pixels = new float[set.pixelsPerImage()];
        set.copyImage(index, pixels, 0);
        original.setImage(GreyImages.inkOnBlack(new GreyImage(set.width(), set.height(), pixels)));
        for (float[] copy : model.augmentedCopies()) {
            ImageView view = new ImageView(GreyImages.inkOnBlack(new GreyImage(set.width(), set.height(), copy)));
            view.setSmooth(false);
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            copies.getChildren().add(view);
        }
    }
}
