package dev.neurite.ui.data;

import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.pca.PrincipalComponents;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.draw.GreyImages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PCA tab: the explained-variance curve with the counts that keep 90, 95 and 99%, the first components as
 * images, a digit rebuilt from k components (k on a slider) and the test set on the first two components. The fit
 * runs in the background when the tab is first shown ({@link PcaViewModel}); meanwhile the tab says what it computes,
 * and if the data cannot be analysed it says why in one sentence. JavaFX thread only.
 */
final class PcaPane extends ScrollPane {

    /** How many components are drawn as images. */
    static final int SHOWN_COMPONENTS = 12;
    private static final double COMPONENT_SIZE = 52;
    private static final double DIGIT_SIZE = 96;
    /** Below this width the four parts stand in one column. */
    private static final double TWO_COLUMNS = 820;

    private final PcaViewModel model;
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label summary = new Label();
    private final VarianceCurve curve = new VarianceCurve();
    private final TilePane components = new TilePane(4, 4);
    private final ImageView original = digitView();
    private final ImageView rebuilt = digitView();
    private final Label originalCaption = note("");
    private final Slider slider = new Slider(1, 2, 1);
    private final Label kept = new Label();
    private final PcaScatter scatter = new PcaScatter();
    private final Label scatterHeading = heading("");
    private final VBox legend = new VBox(2);
    private final GridPane parts = new GridPane();
    private final List<Node> sections;
    private boolean updating;
    private int columns;

    PcaPane(PcaViewModel model, DataViewModel data) {
        this.model = model;
        setId("pca-view");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");

        status.setId("pca-status");
        status.setWrapText(true);
        progress.setPrefSize(18, 18);
        progress.setMaxSize(18, 18);
        HBox statusRow = new HBox(8, progress, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        summary.setId("pca-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(DataStyles.NOTE);

        components.setId("pca-components");
        components.setPrefColumns(6);
        components.setPrefTileWidth(COMPONENT_SIZE + 12);

        slider.setId("pca-k");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(true);
        slider.setMinorTickCount(0);
        HBox.setHgrow(slider, Priority.ALWAYS);
        kept.setId("pca-kept");
        kept.getStyleClass().add(DataStyles.CODE);
        original.setId("pca-original");
        rebuilt.setId("pca-reconstruction");
        HBox digits = new HBox(16, captioned(original, originalCaption),
                captioned(rebuilt, note("rebuilt from the first k components")));
        VBox reconstruction = section(heading("A digit rebuilt from k components"), digits, slider, kept,
                note("pca.inverse_transform(pca.transform(x)), k components"));

        legend.setId("pca-legend");
        sections = List.of(
                section(heading("Explained variance"), curve, note("np.cumsum(pca.explained_variance_ratio_): the "
                        + "share of the pixels' variance the first k components keep")),
                section(heading("The first " + SHOWN_COMPONENTS + " components"), components,
                        note(DivergingImages.SCALE + ". Under each: its share of the variance.")),
                reconstruction,
                section(scatterHeading, scatterWithLegend()));
        parts.setHgap(18);
        parts.setVgap(14);

        VBox content = new VBox(10, statusRow, summary, parts);
        content.setPadding(new Insets(10, 12, 12, 12));
        setContent(content);
        statusRow.visibleProperty().bind(status.textProperty().isNotEmpty());
        statusRow.managedProperty().bind(statusRow.visibleProperty());
        progress.visibleProperty().bind(model.stateProperty().isEqualTo(PcaViewModel.State.COMPUTING));
        progress.managedProperty().bind(progress.visibleProperty());
        status.textProperty().bind(model.messageProperty());
        status.graphicProperty().bind(model.stateProperty().map(s -> s == PcaViewModel.State.FAILED
                ? Icons.of(Feather.ALERT_TRIANGLE) : null));
        parts.visibleProperty().bind(model.stateProperty().isEqualTo(PcaViewModel.State.READY));
        parts.managedProperty().bind(parts.visibleProperty());
        summary.visibleProperty().bind(parts.visibleProperty());
        summary.managedProperty().bind(parts.visibleProperty());

        widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue()));
        arrange(TWO_COLUMNS);
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                model.keep((int) Math.round(now.doubleValue()));
            }
        });
        model.componentsProperty().addListener((obs, old, now) -> showComponents());
        model.resultProperty().addListener((obs, old, now) -> showResult());
        data.selectedProperty().addListener((obs, old, now) -> showDigit());
        data.partProperty().addListener((obs, old, now) -> showDigit());
        showResult();
    }

    /** The explained-variance curve (for tests). */
    VarianceCurve curve() {
        return curve;
    }

    /** The component images (for tests). */
    TilePane componentImages() {
        return components;
    }

    /** The scatter of the projected set (for tests). */
    PcaScatter scatter() {
        return scatter;
    }

    /** The state and commands (for tests and screenshot scenarios). */
    PcaViewModel model() {
        return model;
    }

    private void arrange(double width) {
        int wanted = width > 0 && width < TWO_COLUMNS ? 1 : 2;
        if (wanted == columns) {
            return;
        }
        columns = wanted;
        parts.getChildren().clear();
        parts.getColumnConstraints().clear();
        for (int c = 0; c < wanted; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / wanted);
            column.setHgrow(Priority.ALWAYS);
            parts.getColumnConstraints().add(column);
        }
        for (int i = 0; i < sections.size(); i++) {
            parts.add(sections.get(i), i % wanted, i / wanted);
        }
    }

    private void showResult() {
        PcaResult result = model.resultProperty().get();
        components.getChildren().clear();
        legend.getChildren().clear();
        if (result == null) {
            curve.show(new double[0], List.of(), 0);
            scatter.show(new float[0], new int[0], 0);
            original.setImage(null);
            rebuilt.setImage(null);
            return;
        }
        PrincipalComponents pca = result.pca();
        summary.setText(String.format(Locale.ROOT, "Fitted on the %,d training images only, never on validation or "
                + "test images (%.1f s); %s is only projected.", result.fittedOn(), result.fitSeconds(),
                result.projected()));
        List<VarianceCurve.Mark> marks = new ArrayList<>();
        for (double fraction : PcaViewModel.MARKS) {
            marks.add(new VarianceCurve.Mark(fraction, pca.componentsFor(fraction), model.markText(fraction)));
        }
        curve.show(pca.cumulativeExplainedVarianceRatio(), marks, model.componentsProperty().get());
        double[] ratio = pca.explainedVarianceRatio();
        for (int c = 0; c < Math.min(SHOWN_COMPONENTS, pca.count()); c++) {
            ImageView view = new ImageView(DivergingImages.of(pca.component(c), pca.height(), pca.width()));
            view.setSmooth(false);
            view.setFitWidth(COMPONENT_SIZE);
            view.setFitHeight(COMPONENT_SIZE);
            Label caption = note(String.format(Locale.ROOT, "%d: %.1f%%", c + 1, ratio[c] * 100));
            caption.setMinWidth(Region.USE_PREF_SIZE);
            VBox tile = new VBox(1, view, caption);
            tile.setAlignment(Pos.CENTER);
            components.getChildren().add(tile);
        }
        scatterHeading.setText(result.projected() + " on the first two components");
        scatter.show(result.scatter(), result.labels(), result.classNames().size());
        if (result.labels().length > 0) {
            for (int label = 0; label < result.classNames().size(); label++) {
                Label entry = new Label(result.classNames().get(label),
                        new Circle(5, ClassColours.of(label, result.classNames().size())));
                entry.getStyleClass().add(DataStyles.NOTE);
                legend.getChildren().add(entry);
            }
        }
        updating = true;
        slider.setMax(pca.count());
        slider.setValue(model.componentsProperty().get());
        updating = false;
        showComponents();
    }

    private void showComponents() {
        if (model.resultProperty().get() == null) {
            return;
        }
        int k = model.componentsProperty().get();
        updating = true;
        slider.setValue(k);
        updating = false;
        kept.setText(model.keptText());
        curve.choose(k);
        showDigit();
    }

    private void showDigit() {
        PcaViewModel.Digit digit = model.digit();
        if (model.resultProperty().get() == null || digit == null) {
            original.setImage(null);
            rebuilt.setImage(null);
            return;
        }
        originalCaption.setText(digit.name());
        original.setImage(grey(digit.pixels(), digit.height(), digit.width()));
        rebuilt.setImage(grey(model.reconstruction(digit.pixels()), digit.height(), digit.width()));
    }

    private HBox scatterWithLegend() {
        HBox.setHgrow(scatter, Priority.ALWAYS);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setPadding(new Insets(8, 0, 0, 0));
        return new HBox(6, scatter, legend);
    }

    private static Image grey(float[] pixels, int height, int width) {
        return GreyImages.inkOnBlack(new GreyImage(width, height, pixels));
    }

    private static ImageView digitView() {
        ImageView view = new ImageView();
        view.setSmooth(false);
        view.setFitWidth(DIGIT_SIZE);
        view.setFitHeight(DIGIT_SIZE);
        return view;
    }

    private static VBox captioned(ImageView image, Label caption) {
        VBox box = new VBox(3, image, caption);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private static VBox section(Node... children) {
        VBox box = new VBox(6, children);
        box.setMinWidth(0);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(DataStyles.HEADING);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(DataStyles.NOTE);
        label.setWrapText(true);
        return label;
    }
}
