package dev.neurite.ui.data;

import atlantafx.base.theme.Styles;
import dev.neurite.data.DataSet;
import dev.neurite.ui.evaluation.DigitImageCache;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;

import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The samples of the browsed array: {@code x_train} / {@code x_test}, the counts per class as bars (a click shows
 * one class) and a virtualised grid of every sample (only the visible tiles exist; their images are rendered on
 * first sight and cached), so thousands scroll smoothly. A click on a tile chooses the sample; a double click also
 * opens it in the sample view. JavaFX thread only.
 */
final class SamplesPane extends BorderPane {

    private final DataViewModel model;
    private final GridView<Integer> grid;
    private final ClassBars bars;
    private final ToggleButton train = new ToggleButton("x_train");
    private final ToggleButton test = new ToggleButton("x_test");
    private final DigitImageCache cache = new DigitImageCache();

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
            SampleCell cell = new SampleCell(model::browsed, cache, model.selectedProperty(), model::select);
            cell.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() == 2 && cell.getItem() != null) {
                    open.accept(cell.getItem());
                }
            });
            return cell;
        });
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
