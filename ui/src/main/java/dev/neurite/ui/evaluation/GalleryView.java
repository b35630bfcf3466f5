package dev.neurite.ui.evaluation;

import dev.neurite.ui.draw.ProbabilityBars;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The gallery: filter and order choosers, a virtualised grid of test-image tiles (only the visible tiles exist, their
 * images rendered on first sight and cached), and for the selected tile its probabilities and "Open in canvas".
 * JavaFX thread only.
 */
public final class GalleryView extends BorderPane {

    private static final double DETAILS_WIDTH = 260;
    private static final double GRID_PREF_WIDTH = 540;
    private static final double GRID_PREF_HEIGHT = 300;
    /** The window's text size at 100% (shell.css), in pixels. */
    private static final double NORMAL_FONT = 14;

    private final GalleryViewModel model;
    private final GridView<GalleryItem> grid;
    private final ComboBox<GalleryFilter> filter = new ComboBox<>();
    private final DigitImageCache cache = new DigitImageCache();
    private final Label count = new Label();

    public GalleryView(GalleryViewModel model) {
        this.model = model;
        getStyleClass().add(EvaluationStyles.GALLERY);
        grid = new GridView<>(model.items());
        grid.setId("gallery-grid");
        grid.setCellWidth(GalleryCell.SIZE);
        grid.setCellHeight(GalleryCell.SIZE + 6);
        setTop(choosers());
        // Tiles grow with the text size (their two lines of text must fit): measured from the choosers' label.
        count.fontProperty().addListener((obs, old, font) -> {
            double scale = Math.max(1, font.getSize() / NORMAL_FONT);
            grid.setCellWidth(GalleryCell.SIZE * scale);
            grid.setCellHeight((GalleryCell.SIZE + 6) * scale);
        });
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        grid.setCellFactory(view -> new GalleryCell(model::results, cache, model.selectedProperty(), model::select));
        // A computed preferred size makes the grid's flow set up its first rows' tiles on every layout pass of the
        // window (VirtualFlow measures cells for it); the grid takes the space it is given anyway.
        grid.setPrefSize(GRID_PREF_WIDTH, GRID_PREF_HEIGHT);
        setCenter(grid);
        setRight(details());
    }

    /** The grid of tiles. */
    public GridView<GalleryItem> grid() {
        return grid;
    }

    private javafx.scene.layout.FlowPane choosers() {
        ObservableList<GalleryFilter> filters = FXCollections.observableArrayList(new GalleryFilter.Mistakes(),
                new GalleryFilter.All());
        for (int c = 0; c < 10; c++) {
            filters.add(new GalleryFilter.TrueClass(c));
        }
        for (int c = 0; c < 10; c++) {
            filters.add(new GalleryFilter.PredictedClass(c));
        }
        filter.setItems(filters);
        filter.setId("gallery-filter");
        filter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GalleryFilter value) {
                return value == null ? "" : value.describe();
            }

            @Override
            public GalleryFilter fromString(String text) {
                return null;
            }
        });
        filter.setValue(model.filterProperty().get());
        model.filterProperty().addListener((obs, old, now) -> {
            if (!filters.contains(now)) {
                filters.removeIf(f -> f instanceof GalleryFilter.Cell);
                filters.add(0, now);
            }
            filter.setValue(now);
        });
        filter.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.filterProperty().get())) {
                model.setFilter(now);
            }
        });
        ComboBox<GallerySort> sort = new ComboBox<>(FXCollections.observableArrayList(GallerySort.values()));
        sort.setId("gallery-sort");
        sort.setValue(model.sortProperty().get());
        sort.valueProperty().addListener((obs, old, now) -> model.setSort(now));
        count.setId("gallery-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%,d images",
                model.items().size()), model.items()));
        Label show = new Label("Show");
        Label order = new Label("Order");
        for (Region keep : new Region[]{show, order, count, filter, sort}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps onto a second row in a narrow window instead of eliding the choosers.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4, show, filter, order, sort, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("gallery-choosers");
        return bar;
    }

    private ScrollPane details() {
        ImageView big = new ImageView();
        big.setSmooth(false);
        big.setFitWidth(84);
        big.setFitHeight(84);
        Label caption = new Label("Click a tile to see the model's probabilities.");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setId("gallery-selection");
        ProbabilityBars bars = new ProbabilityBars(10);
        bars.setId("gallery-probabilities");
        Button open = new Button("Open in canvas", new FontIcon(Feather.EDIT_3));
        open.setId("open-in-canvas");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> model.openSelectedInCanvas());
        open.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, now) -> {
            TestResults shown = model.results();
            bars.setProbabilities(model.selectedProbabilities());
            big.setImage(now == null || shown == null ? null : cache.image(shown.testSet(), now.index()));
            caption.setText(now == null ? "Click a tile to see the model's probabilities."
                    : String.format(Locale.ROOT, "Test image %,d: a %d, predicted %d with %.1f%%.", now.index(),
                    now.label(), now.predicted(), now.confidence() * 100));
        });
        // One above the other, so that the column's width is the text's: the caption wraps, nothing is cut.
        VBox details = new VBox(6, big, caption, open, bars);
        details.getStyleClass().add(EvaluationStyles.DETAILS);
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefWidth(DETAILS_WIDTH + 24);
        scroll.setMinWidth(DETAILS_WIDTH + 24);
        return scroll;
    }
}
