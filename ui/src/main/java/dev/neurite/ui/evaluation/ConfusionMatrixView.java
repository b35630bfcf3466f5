package dev.neurite.ui.evaluation;

import dev.neurite.eval.Evaluation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The confusion matrix as a heat map of cells: rows are the true class, columns the predicted class; each cell shows
 * its count and its share of the row, coloured by {@link HeatScale}. Clicking a cell reports its (true, predicted)
 * pair. JavaFX thread only.
 */
public final class ConfusionMatrixView extends GridPane {

    private final BiConsumer<Integer, Integer> onCell;
    private VBox selected;

    /** @param onCell called with (true class, predicted class) when a cell is clicked */
    public ConfusionMatrixView(BiConsumer<Integer, Integer> onCell) {
        this.onCell = onCell;
        getStyleClass().add(EvaluationStyles.MATRIX);
        setId("confusion-matrix");
    }

    /** Shows {@code evaluation}'s matrix, or nothing for null. */
    public void show(Evaluation evaluation) {
        getChildren().clear();
        selected = null;
        if (evaluation == null) {
            return;
        }
        int[][] confusion = evaluation.confusion();
        int classes = confusion.length;
        Label predicted = axisTitle("predicted");
        add(predicted, 2, 0, classes, 1);
        Label truth = axisTitle("true");
        truth.setRotate(-90);
        add(new Group(truth), 0, 2, 1, classes);
        for (int c = 0; c < classes; c++) {
            add(axisLabel(c), 2 + c, 1);
            add(axisLabel(c), 1, 2 + c);
        }
        for (int row = 0; row < classes; row++) {
            int total = Arrays.stream(confusion[row]).sum();
            for (int column = 0; column < classes; column++) {
                add(cell(row, column, confusion[row][column], total), 2 + column, 2 + row);
            }
        }
    }

    /** Marks the cell (true, predicted) as the one the gallery shows; (-1, -1) marks none. */
    public void mark(int label, int predicted) {
        if (selected != null) {
            selected.getStyleClass().remove(EvaluationStyles.SELECTED_CELL);
            selected = null;
        }
        lookupAll("." + EvaluationStyles.CELL).stream()
                .filter(node -> cellId(label, predicted).equals(node.getId()))
                .findFirst()
                .ifPresent(node -> {
                    selected = (VBox) node;
                    selected.getStyleClass().add(EvaluationStyles.SELECTED_CELL);
                });
    }

    /** The node id of a cell, e.g. {@code cell-4-9} for true 4, predicted 9. */
    public static String cellId(int label, int predicted) {
        return "cell-" + label + "-" + predicted;
    }

    private VBox cell(int row, int column, int count, int rowTotal) {
        double fraction = rowTotal == 0 ? 0 : (double) count / rowTotal;
        Label countLabel = new Label(Integer.toString(count));
        countLabel.getStyleClass().add(EvaluationStyles.CELL_COUNT);
        Label percent = new Label(count == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", fraction * 100));
        percent.getStyleClass().add(EvaluationStyles.CELL_PERCENT);
        VBox cell = new VBox(countLabel, percent);
        cell.setId(cellId(row, column));
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().addAll(EvaluationStyles.CELL, HeatScale.styleClass(count, fraction));
        Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "%d test images of a %d were predicted as %d: "
                + "%.1f%% of the %d %ds. Click to see them.", count, row, column, fraction * 100, rowTotal, row)));
        cell.setOnMouseClicked(e -> onCell.accept(row, column));
        return cell;
    }

    private static Label axisTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(EvaluationStyles.AXIS_TITLE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private static Label axisLabel(int c) {
        Label label = new Label(Integer.toString(c));
        label.getStyleClass().add(EvaluationStyles.AXIS_LABEL);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }
}
