package dev.neurite.ui.inside;

import dev.neurite.explain.InputGeometry;
import dev.neurite.explain.Overlays;
import dev.neurite.explain.ReceptiveField;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The left column of the panel: the input large, with the saliency or occlusion overlay and the sentence that says
 * how to read it; below, the feature map the learner clicked, large, where pointing at a pixel outlines its receptive
 * field on the input. JavaFX thread only.
 */
final class FocusPane extends VBox {

    static final double SIZE = 224;

    private final InsideViewModel model;
    private final PixelCanvas input = new PixelCanvas(SIZE);
    private final PixelCanvas enlarged = new PixelCanvas(SIZE);
    private final Label inputTitle = new Label("The input, as the network sees it");
    private final Label explanation = new Label();
    private final Label enlargedTitle = new Label();
    private final Label enlargedHint = new Label("Point at a pixel: its receptive field, the input pixels that can "
            + "change it, is outlined on the input.");
    private final VBox enlargedBox;

    FocusPane(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(InsideStyles.FOCUS);
        setSpacing(6);
        setPrefWidth(SIZE + 30);
        setMinWidth(SIZE + 30);
        setMaxWidth(SIZE + 30);
        setPadding(new javafx.geometry.Insets(0, 6, 0, 0));
        input.setId("inside-input");
        enlarged.setId("inside-enlarged");
        inputTitle.getStyleClass().add(InsideStyles.TITLE);
        inputTitle.setWrapText(true);
        inputTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanation.getStyleClass().add(InsideStyles.EXPLANATION);
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanation.setId("overlay-explanation");
        enlargedTitle.getStyleClass().add(InsideStyles.TITLE);
        enlargedTitle.setWrapText(true);
        enlargedHint.getStyleClass().add(InsideStyles.MUTED);
        enlargedHint.setWrapText(true);
        enlargedHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ToggleGroup group = new ToggleGroup();
        HBox overlays = new HBox(2);
        overlays.setAlignment(Pos.CENTER_LEFT);
        for (Overlay kind : Overlay.values()) {
            ToggleButton button = new ToggleButton(switch (kind) {
                case NONE -> "None";
                case SALIENCY -> "Saliency";
                case OCCLUSION -> "Occlusion";
            });
            button.setId("overlay-" + kind.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(kind);
            button.setSelected(model.overlayProperty().get() == kind);
            button.setTooltip(new Tooltip(kind.howToRead()));
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            overlays.getChildren().add(button);
        }
        model.overlayProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == now)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.overlayProperty().set((Overlay) now.getUserData());
            }
        });

        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("close-enlarged");
        close.setTooltip(new Tooltip("Close the enlarged map."));
        close.setOnAction(e -> model.deselect());
        HBox enlargedHead = new HBox(4, enlargedTitle, close);
        enlargedHead.setAlignment(Pos.CENTER_LEFT);
        enlarged.managedProperty().bind(enlarged.visibleProperty());
        enlargedHint.managedProperty().bind(enlargedHint.visibleProperty());
        enlargedBox = new VBox(4, enlargedHead, enlarged, enlargedHint, new LooksFor(model));
        enlargedBox.managedProperty().bind(enlargedBox.visibleProperty());
        enlarged.setOnMouseMoved(e -> {
            var chosen = model.selectedProperty().get();
            int row = enlarged.rowAt(e.getY());
            int column = enlarged.columnAt(e.getX());
            if (chosen != null && row >= 0 && column >= 0) {
                model.pointAt(chosen.layer(), chosen.channel(), row, column, true);
            }
        });
        enlarged.setOnMouseExited(e -> model.pointAway());

        getChildren().addAll(inputTitle, input, overlays, explanation, enlargedBox);
        model.resultProperty().addListener((obs, old, now) -> refresh());
        model.saliencyProperty().addListener((obs, old, now) -> refresh());
        model.occlusionProperty().addListener((obs, old, now) -> refresh());
        model.overlayProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.receptiveFieldProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        InsideResult result = model.resultProperty().get();
        Overlay kind = model.overlayProperty().get();
        String waiting = "";
        if (result == null) {
            input.clear();
            enlargedBox.setVisible(false);
            explanation.setText(kind.howToRead());
            return;
        }
        InputGeometry geometry = InputGeometry.of(result.network().inputShape());
        int[] overlay = null;
        if (kind == Overlay.SALIENCY) {
            overlay = model.saliencyProperty().get() == null ? null : Overlays.saliency(model.saliencyProperty().get());
            waiting = overlay == null ? " (computing\u2026)" : "";
        } else if (kind == Overlay.OCCLUSION) {
            overlay = model.occlusionProperty().get() == null ? null
                    : Overlays.occlusion(model.occlusionProperty().get());
            waiting = overlay == null ? " (computing\u2026)" : "";
        }
        String target = kind == Overlay.NONE ? "" : " For class " + result.predictedClass() + ", the answer.";
        explanation.setText(kind.howToRead() + target + waiting);
        ReceptiveField field = model.receptiveFieldProperty().get();
        input.show(grey(result.input(), geometry), geometry.height(), geometry.width(), overlay, field);
        var chosen = model.selectedProperty().get();
        var picture = chosen == null ? null : result.layer(chosen.layer()).orElse(null);
        if (picture == null) {
            enlargedBox.setVisible(false);
            return;
        }
        enlargedBox.setVisible(true);
        boolean map = picture.maps().length > 0;
        enlarged.setVisible(map);
        enlargedHint.setVisible(map);
        enlargedTitle.setText(String.format(Locale.ROOT, map ? "%s, map %d" : "%s, unit %d", chosen.layer(),
                chosen.channel()));
        if (map) {
            enlarged.show(picture.maps()[chosen.channel()], picture.height(), picture.width(), null, null);
        }
    }

    /** The input as pale ink on white, so an overlay's colour stands out on it. */
    private static int[] grey(float[] values, InputGeometry geometry) {
        int[] argb = new int[geometry.pixels()];
        for (int p = 0; p < argb.length; p++) {
            float v = values[p * geometry.channels()];
            int level = 255 - Math.round(Math.max(0, Math.min(1, v)) * 150);
            argb[p] = 0xFF000000 | level << 16 | level << 8 | level;
        }
        return argb;
    }

    /** The input canvas (tests). */
    PixelCanvas input() {
        return input;
    }

    /** The enlarged map's canvas (tests). */
    PixelCanvas enlarged() {
        return enlarged;
    }
}
