package dev.neurite.ui.data;

import dev.neurite.data.DataCatalog;
import dev.neurite.data.DataSources;
import dev.neurite.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bar above the Data place's tabs: where the shown data comes from, and the ways in: download MNIST or
 * Fashion-MNIST (progress and Cancel), import a Kaggle CSV, an image folder (one sub-folder per class) or IDX files,
 * or go back to the bundled digits. What is chosen becomes the project's data set. JavaFX thread only.
 */
final class SourcesPane extends VBox {

    private final Consumer<String> choose;
    private final Consumer<String> problem;
    private final Label source = new Label();

    /**
     * @param choose  makes a data spec ({@code mnist}, a path, {@code images,labels}) the project's data set
     * @param problem shows a message about a choice that cannot be used
     */
    SourcesPane(DownloadViewModel downloads, DataSources sources, Consumer<String> choose, Consumer<String> problem) {
        super(4);
        this.choose = choose;
        this.problem = problem;
        setId("data-sources");
        MenuButton download = new MenuButton("Download", Icons.of(Feather.DOWNLOAD));
        download.setId("data-download");
        download.getItems().addAll(download(downloads, sources, DataCatalog.MNIST, "MNIST (11 MB)"),
                download(downloads, sources, DataCatalog.FASHION_MNIST, "Fashion-MNIST (30 MB)"));
        download.disableProperty().bind(downloads.runningProperty());
        MenuItem digits = new MenuItem("Bundled digits (ships with Neurite)", Icons.of(Feather.PACKAGE));
        digits.setId("use-digits");
        digits.setOnAction(e -> choose.accept(DataCatalog.DIGITS));
        MenuItem csv = new MenuItem("CSV file (Kaggle digit recognizer)\u2026", Icons.of(Feather.FILE_TEXT));
        csv.setId("import-csv");
        csv.setOnAction(e -> importCsv());
        MenuItem folder = new MenuItem("Image folder, one sub-folder per class\u2026", Icons.of(Feather.FOLDER));
        folder.setId("import-folder");
        folder.setOnAction(e -> importFolder());
        MenuItem idx = new MenuItem("IDX files (MNIST format)\u2026", Icons.of(Feather.FILE));
        idx.setId("import-idx");
        idx.setOnAction(e -> importIdx());
        MenuButton open = new MenuButton("Import", Icons.of(Feather.FOLDER_PLUS));
        open.setId("data-import");
        open.getItems().addAll(csv, folder, idx, new SeparatorMenuItem(), digits);
        open.setTooltip(new Tooltip("Use your own images: a CSV file, an image folder or IDX files"));
        download.setTooltip(new Tooltip("Download a data set once (needs the internet) and use it"));

        ProgressBar bar = new ProgressBar();
        bar.setId("download-progress");
        bar.progressProperty().bind(downloads.progressProperty());
        bar.setPrefWidth(140);
        Button cancel = new Button("Cancel");
        cancel.setId("download-cancel");
        cancel.setOnAction(e -> downloads.cancel());
        HBox progress = new HBox(6, bar, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(downloads.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("download-message");
        message.setWrapText(true);
        message.getStyleClass().add(DataStyles.NOTE);
        message.textProperty().bind(downloads.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        source.setId("data-source");
        source.getStyleClass().add(DataStyles.HEADING);
        source.setMinWidth(0);
        download.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, source, spacer, progress, download, open);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, message);
        getStyleClass().add(DataStyles.TOOLBAR);
    }

    /** Shows where the shown data comes from, e.g. the data set's provenance. */
    void showSource(String text) {
        source.setText(text);
        source.setTooltip(text.isEmpty() ? null : new Tooltip(text));
    }

    private MenuItem download(DownloadViewModel downloads, DataSources sources, String id, String name) {
        MenuItem item = new MenuItem(name, Icons.of(Feather.DOWNLOAD));
        item.setId("download-" + id);
        item.setOnAction(e -> {
            if (sources.findDownloaded(id).isPresent()) {
                choose.accept(id);
            } else {
                downloads.download(id, choose);
            }
        });
        return item;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CSV file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            choose.accept(file.toPath().toString());
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import an image folder (one sub-folder per class) or a folder of IDX files");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            choose.accept(folder.toPath().toString());
        }
    }

    private void importIdx() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import IDX files: images and labels (and the test images and labels)");
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files == null) {
            return;
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        IdxSelection.spec(paths).ifPresentOrElse(choose, () -> problem.accept("Pick two IDX files (images and "
                + "labels) or four (also the test images and labels), named like MNIST's: train-images-idx3-ubyte, "
                + "train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte (.gz or raw)."));
    }
}
