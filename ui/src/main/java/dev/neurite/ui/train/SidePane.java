package dev.neurite.ui.train;

import dev.neurite.train.CoachNote;
import dev.neurite.train.RunSettingsTable;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * The right column: the runs list (select runs to overlay their curves; two to compare their settings), the
 * settings diff, and the coach's notes with links to the settings they are about. JavaFX thread only.
 */
final class SidePane {

    static final String NO_NOTES = "The coach watches the curves and writes here when it sees overfitting, "
            + "divergence, a loss that does not move or a plateau.";

    private final VBox root;
    private final VBox notes = new VBox(6);
    private final Consumer<CoachNote.Setting> openSetting;

    SidePane(TrainingViewModel model, Consumer<CoachNote.Setting> openSetting) {
        this.openSetting = openSetting;
        ListView<RunEntry> runs = new ListView<>(model.runs().runs());
        runs.setId("runs");
        runs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runs.setPrefHeight(130);
        runs.setPlaceholder(new Label("Finished runs appear here."));
        runs.setTooltip(new Tooltip("Select runs to overlay their curves; select two to compare their settings"));
        runs.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunEntry>) change ->
                model.runs().select(List.copyOf(runs.getSelectionModel().getSelectedItems())));

        TableView<RunSettingsTable.Row> diff = new TableView<>(model.runs().diff());
        diff.setId("run-diff");
        Label noDiff = new Label("Select two runs to compare their settings.");
        noDiff.setWrapText(true);
        diff.setPlaceholder(noDiff);
        diff.getColumns().add(column("setting", RunSettingsTable.Row::setting));
        diff.getColumns().add(column("first", RunSettingsTable.Row::left));
        diff.getColumns().add(column("second", RunSettingsTable.Row::right));
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RunSettingsTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(TrainStyles.DIFF_CHANGED);
                if (!empty && row != null && row.differs()) {
                    getStyleClass().add(TrainStyles.DIFF_CHANGED);
                }
            }
        });
        diff.setPrefHeight(200);

        model.coachNotes().addListener((ListChangeListener<CoachNote>) change -> showNotes(model.coachNotes()));
        showNotes(model.coachNotes());
        notes.setId("coach");
        // In a short window the compare table gives up height, never the coach's text.
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new VBox(8, SettingsPane.section("Runs", runs), SettingsPane.section("Compare settings", diff),
                SettingsPane.section("Coach", notes));
        root.getStyleClass().add(TrainStyles.SIDE);
    }

    Node view() {
        return root;
    }

    private static TableColumn<RunSettingsTable.Row, String> column(String title,
                                                                     java.util.function.Function<RunSettingsTable.Row,
                                                                             String> value) {
        TableColumn<RunSettingsTable.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private void showNotes(List<CoachNote> current) {
        if (current.isEmpty()) {
            Label empty = new Label(NO_NOTES);
            empty.getStyleClass().add(TrainStyles.COACH_EMPTY);
            empty.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            notes.getChildren().setAll(empty);
            return;
        }
        notes.getChildren().setAll(current.stream().map(this::card).toList());
    }

    private Node card(CoachNote note) {
        Label title = new Label(note.title());
        title.getStyleClass().add(TrainStyles.COACH_TITLE);
        Hyperlink link = new Hyperlink(linkText(note.setting()));
        link.setOnAction(e -> openSetting.accept(note.setting()));
        VBox card = new VBox(title, new Label(note.message()), new Label(note.remedy()), link);
        card.getStyleClass().add(TrainStyles.COACH_CARD);
        return card;
    }

    private static String linkText(CoachNote.Setting setting) {
        return switch (setting) {
            case LEARNING_RATE -> "Change learning_rate";
            case LOSS -> "Change the loss";
            case REGULARIZATION -> "Add Dropout or L2 in Build";
            case EARLY_STOPPING -> "Turn on EarlyStopping";
            case REDUCE_LEARNING_RATE -> "Turn on ReduceLROnPlateau";
        };
    }
}
