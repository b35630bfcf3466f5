package dev.neurite.ui.data;

import atlantafx.base.theme.Styles;
import dev.neurite.data.DataSet;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;

import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The samples of the browsed array: {@code x_train} / {@code x_test}, the counts per class as bars (a click shows
 * one class) and a virtualised grid of every sample: only the visible rows of tiles exist, each row as tall as
 * the next (the grid's flow measures none), and a tile that scrolls into view is refilled in place, its image
 * repainted from the data set's bytes ({@link SampleCell}, {@link SampleImages}), so tens of thousands scroll
 * smoothly. A click on a tile chooses the sample; a double click also
 * opens it in the sample view. JavaFX thread only.
 */
final class SamplesPane extends BorderPane {

    private final DataViewModel model;
    private final GridView<Integer> grid;
    private final ClassBars bars;
    private final ToggleButton train = new ToggleButton("x_train");
    private final ToggleButton test = new ToggleButton("x_test");
    private final SampleImages images = new SampleImages();
    private int cellsMade;

    /** @param open shows the sample view for the double-clicked sample index */
    SamplesPane(DataViewModel model, IntConsumer open) {
        this.model = model;
        ToggleGroup group = new ToggleGroup();
        train.setMnemonicParsing(false);
        test.setMnemonicParsing(false);
        train.setToggleGroup(group);
        test.setToggleGroup(group);
        train.setId("part-train");
        test.setId("part-test");
        train.getStyleClass().add(Styles.LEFT_PILL);
        test.getStyleClass().add(Styles.RIGHT_PILL);
        train.setOnAction(e -> model.showPart(DataPart.TRAIN));
        test.setOnAction(e -> model.showPart(DataPart.TEST));
        Label count = new Label();
        count.setId("samples-count");
        count.textProperty().bind(Bindings.createStringBinding(this::countText, model.samples(),
                model.classFilterProperty(), model.partProperty()));
        HBox top = new HBox(10, new HBox(train, test), count);
        top.setAlignment(Pos.CENTER_LEFT);

        bars = new ClassBars(model::filterClass);
        grid = new GridView<>(model.samples());
        grid.setId("sample-grid");
        grid.setCellWidth(SampleCell.SIZE);
        grid.setCellHeight(SampleCell.SIZE);
        grid.setHorizontalCellSpacing(3);
        grid.setVerticalCellSpacing(3);
        grid.setPrefSize(480, 300);
        grid.setCellFactory(view -> {
            cellsMade++;
            SampleCell cell = new SampleCell(model::browsed, images, model.selectedProperty(), model::select);
            cell.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() == 2 && cell.getItem() != null) {
                    open.accept(cell.getItem());
                }
            });
            return cell;
        });
        grid.skinProperty().addListener((obs, old, skin) -> fixRowHeight());
        VBox header = new VBox(8, top, bars);
        header.setPadding(new Insets(10, 10, 6, 10));
        setTop(header);
        setCenter(grid);
        BorderPane.setMargin(grid, new Insets(0, 4, 4, 10));

        model.overviewProperty().addListener((obs, old, now) -> refresh());
        model.partProperty().addListener((obs, old, now) -> refresh());
        model.classFilterProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    GridView<Integer> grid() {
        return grid;
    }

    /** The tiles' images, with their counts. For tests. */
    SampleImages images() {
        return images;
    }

    /** How many tiles the grid asked for so far. For tests. */
    int cellsMade() {
        return cellsMade;
    }

    /**
     * Tells the grid's flow that every row has the same height, so that scrolling to a row it has not shown does not
     * fill a row of tiles only to measure it.
     */
    private void fixRowHeight() {
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.setFixedCellSize(SampleCell.SIZE + 2 * grid.getVerticalCellSpacing());
        }
    }

    private String countText() {
        DataSet set = model.browsed();
        if (set == null) {
            return "";
        }
        int label = model.classFilterProperty().get();
        return String.format(Locale.ROOT, "%,d samples%s", model.samples().size(), label < 0 ? ", every class"
                : " of class " + set.classNames().get(label) + " (click its bar again for all)");
    }

    private void refresh() {
        DataSet set = model.browsed();
        DataOverview overview = model.overviewProperty().get();
        train.setSelected(model.partProperty().get() == DataPart.TRAIN);
        test.setSelected(model.partProperty().get() == DataPart.TEST);
        test.setDisable(overview == null || overview.sets().test().isEmpty());
        if (set == null || !set.isLabelled()) {
            bars.getChildren().clear();
            return;
        }
        bars.show(set.countsPerClass(), set.classNames(), model.classFilterProperty().get());
    }
}
