package dev.neurite.ui.data;

import dev.neurite.data.DataCatalog;
import dev.neurite.data.DataSources;
import dev.neurite.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
 * The ways in: download MNIST or Fashion-MNIST (progress and Cancel), import a Kaggle CSV, an image folder (one
 * sub-folder per class) or IDX files. What is chosen becomes the project's data set. JavaFX thread only.
 */
final class SourcesPane extends VBox {

    private final Consumer<String> choose;
    private final Consumer<String> problem;

    /**
     * @param choose  makes a data spec ({@code mnist}, a path, {@code images,labels}) the project's data set
     * @param problem shows a message about a choice that cannot be used
     */
    SourcesPane(DownloadViewModel downloads, DataSources sources, Consumer<String> choose, Consumer<String> problem) {
        super(8);
        this.choose = choose;
        this.problem = problem;
        setId("data-sources");
        Button mnist = download(downloads, sources, DataCatalog.MNIST, "MNIST");
        Button fashion = download(downloads, sources, DataCatalog.FASHION_MNIST, "Fashion-MNIST");
        Button digits = new Button("Bundled digits", Icons.of(Feather.PACKAGE));
        digits.setId("use-digits");
        digits.setTooltip(new Tooltip("The 5,000 handwritten digits that ship with Neurite"));
        digits.setOnAction(e -> choose.accept(DataCatalog.DIGITS));

        ProgressBar bar = new ProgressBar();
        bar.setId("download-progress");
        bar.progressProperty().bind(downloads.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
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
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Button csv = new Button("CSV\u2026", Icons.of(Feather.FILE_TEXT));
        csv.setId("import-csv");
        csv.setTooltip(new Tooltip("A Kaggle digit-recognizer CSV: header label,pixel0,\u2026,pixel783"));
        csv.setOnAction(e -> importCsv());
        Button folder = new Button("Image folder\u2026", Icons.of(Feather.FOLDER));
        folder.setId("import-folder");
        folder.setTooltip(new Tooltip("A folder with one sub-folder of images per class (optionally inside train/ "
                + "and test/)"));
        folder.setOnAction(e -> importFolder());
        Button idx = new Button("IDX files\u2026", Icons.of(Feather.FILE));
        idx.setId("import-idx");
        idx.setTooltip(new Tooltip("MNIST-format files, raw or .gz: images and labels, optionally also the test "
                + "images and labels (pick them together)"));
        idx.setOnAction(e -> importIdx());

        FlowPane downloadsRow = new FlowPane(6, 6, mnist, fashion, digits);
        FlowPane importRow = new FlowPane(6, 6, csv, folder, idx);
        getChildren().addAll(new Label("Download (once; kept in your cache):"), downloadsRow, progress, message,
                new Label("Import your own:"), importRow);
    }

    private Button download(DownloadViewModel downloads, DataSources sources, String id, String name) {
        Button button = new Button(name, Icons.of(Feather.DOWNLOAD));
        button.setId("download-" + id);
        boolean ready = sources.findDownloaded(id).isPresent();
        button.setTooltip(new Tooltip(ready ? name + " is already here; use it" : "Download " + name
                + " (needs the internet once) and use it"));
        button.disableProperty().bind(downloads.runningProperty());
        button.setOnAction(e -> {
            if (sources.findDownloaded(id).isPresent()) {
                choose.accept(id);
            } else {
                downloads.download(id, choose);
            }
        });
        return button;
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
