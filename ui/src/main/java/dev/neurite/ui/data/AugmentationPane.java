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
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The augmentation preview: the chosen sample and {@link DataViewModel#PREVIEW_COUNT} copies of it changed as the fit
 * settings' {@code rotation_range}, {@code width_shift_range}, {@code height_shift_range} and {@code zoom_range}
 * change training images, drawn by the code training uses; Reseed draws other changes. JavaFX thread only.
 */
final class AugmentationPane extends ScrollPane {

    static final double TILE = 64;

    private final DataViewModel model;
    private final Label settings = new Label();
    private final ImageView original = new ImageView();
    private final TilePane copies = new TilePane(6, 6);
    private final Label seed = new Label();

    AugmentationPane(DataViewModel model) {
        this.model = model;
        settings.setId("augmentation-settings");
        settings.getStyleClass().add(DataStyles.CODE);
        settings.setWrapText(true);
        Label explanation = new Label("Each epoch, every training image is changed at random within these ranges "
                + "before the model sees it, so it learns digits that are a little turned, moved or resized. "
                + "Validation and test images are never changed. Set the ranges in Build \u203a Compile & fit or in "
                + "the Train place's settings.");
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

        VBox content = new VBox(10, settings, explanation, bar, images);
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");

        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.overviewProperty().addListener((obs, old, now) -> refresh());
        model.partProperty().addListener((obs, old, now) -> refresh());
        model.seedProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The augmented copies shown, as image views (for tests and screenshots). */
    TilePane copies() {
        return copies;
    }

    private void refresh() {
        Augmentation augmentation = model.augmentation();
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
