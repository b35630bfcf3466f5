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
import javafx.scene.text.Font;

import java.util.List;
import java.util.function.Consumer;

/**
 * The right column: the runs list (select runs to overlay their curves; two to compare their settings), the
 * settings diff, and the coach's notes with links to the settings they are about. JavaFX thread only.
 */
final class SidePane {

    static final String NO_NOTES = "The coach watches the curves and writes here when it sees overfitting, "
            + "divergence, a loss that does not move, a plateau, dead ReLU units or vanishing or exploding gradients.";

    private final VBox root;
    private final VBox notes = new VBox(6);
    private final Consumer<CoachNote.Setting> openSetting;

    SidePane(TrainingViewModel model, Consumer<CoachNote.Setting> openSetting) {
        this.openSetting = openSetting;
        ListView<RunEntry> runs = new ListView<>(model.runs().runs());
        runs.setId("runs");
        runs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runs.setPrefHeight(185);
        runs.setPlaceholder(new Label("Finished runs appear here."));
        runs.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            private final Tooltip full = new Tooltip();
            private final Label[] lines = {new Label(), new Label(), new Label()};
            private final VBox box = new VBox(lines);

            {
                // As wide as the list, not as its longest line: a narrow column ends lines with "..." (the tooltip
                // has them whole) instead of a horizontal scroll bar over the last entry.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RunEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                String[] text = empty || item == null ? new String[0] : item.toString().split("\n");
                // Three lines in every entry (the last may be empty), so that every cell has the same height.
                for (int i = 0; i < lines.length; i++) {
                    lines[i].setText(i < text.length ? text[i] : "");
                }
                setGraphic(empty || item == null ? null : box);
                full.setText(empty || item == null ? "" : item.toString());
                setTooltip(empty || item == null ? null : full);
            }
        });
        runs.setTooltip(new Tooltip("Select runs to overlay their curves; select two to compare their settings"));
        runs.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunEntry>) change ->
                model.runs().select(List.copyOf(runs.getSelectionModel().getSelectedItems())));

        javafx.scene.control.Button log = new javafx.scene.control.Button("Text log");
        log.setId("run-log");
        log.setTooltip(new Tooltip("The selected run's log as Keras prints it (Epoch 3/5 - 1.8s - loss ...), to read "
                + "or copy; with no run selected, the current run's"));
        log.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.runs().selected())
                .and(model.liveLogProperty().isEmpty()));
        log.setOnAction(e -> openLog(model, log));
        TableView<RunSettingsTable.Row> diff = new TableView<>(model.runs().diff());
        diff.setId("run-diff");
        Label noDiff = new Label("Select two runs to compare their settings.");
        noDiff.setWrapText(true);
        diff.setPlaceholder(noDiff);
        TableColumn<RunSettingsTable.Row, String> setting = column("setting", RunSettingsTable.Row::setting);
        setting.setMinWidth(Font.getDefault().getSize() * 9);   // its heading whole, at any text size
        diff.getColumns().add(setting);
        TableColumn<RunSettingsTable.Row, String> left = column("", RunSettingsTable.Row::left);
        left.setGraphic(header(model.runs().leftNameProperty()));
        TableColumn<RunSettingsTable.Row, String> right = column("", RunSettingsTable.Row::right);
        right.setGraphic(header(model.runs().rightNameProperty()));
        Label compared = new Label();
        compared.setId("run-diff-names");
        compared.setWrapText(true);
        compared.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        model.runs().diff().isEmpty() ? "" : model.runs().leftNameProperty().get() + "\nvs "
                                + model.runs().rightNameProperty().get(),
                model.runs().diff(), model.runs().leftNameProperty(), model.runs().rightNameProperty()));
        compared.visibleProperty().bind(compared.textProperty().isNotEmpty());
        compared.managedProperty().bind(compared.visibleProperty());
        diff.getColumns().add(left);
        diff.getColumns().add(right);
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RunSettingsTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(TrainStyles.DIFF_CHANGED);
                if (!empty && row != null && row.differs() && !row.isResult()) {
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
        root = new VBox(8, SettingsPane.section("Runs", new VBox(4, runs, log)),
                SettingsPane.section("Compare runs", new VBox(4, compared, diff)),
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
        column.setCellFactory(c -> new TextCellWithTooltip());
        column.setSortable(false);
        return column;
    }

    /** A column's heading: "Run 3" of the run's title, with the whole title on hover. */
    private static Label header(javafx.beans.value.ObservableValue<String> name) {
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                name.getValue().split(" \u00b7 ")[0], name));
        Tooltip full = new Tooltip();
        full.textProperty().bind(name);
        label.setTooltip(full);
        return label;
    }

    /** A cell whose full text shows on hover, for the values cut off in a narrow column. */
    private static final class TextCellWithTooltip
            extends javafx.scene.control.TableCell<RunSettingsTable.Row, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tooltip.setText(item);
            setTooltip(empty || item == null || item.isEmpty() ? null : tooltip);
        }
    }

    /** The first selected run's log, or the current run's growing log when none is selected. */
    private static void openLog(TrainingViewModel model, Node from) {
        javafx.stage.Window owner = from.getScene() == null ? null : from.getScene().getWindow();
        if (!model.runs().selected().isEmpty()) {
            RunEntry entry = model.runs().selected().get(0);
            RunLogWindow.show(owner, RunTitles.title(entry.record()), new javafx.beans.property.SimpleStringProperty(
                    dev.neurite.train.KerasLog.of(entry.record())));
        } else {
            RunLogWindow.show(owner, "the current run", model.liveLogProperty());
        }
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
            case INITIALIZER -> "Change kernel_initializer in Build";
        };
    }
}
