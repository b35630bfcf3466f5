package dev.neurite.bench;

import dev.neurite.ui.DesktopHook;
import dev.neurite.ui.StartupOptions;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.data.DataTabs;
import dev.neurite.ui.data.SampleGridScroll;
import dev.neurite.ui.shell.MainWindow;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The desktop window's screenshot and timing scenarios, from system properties or environment variables (the
 * property wins), found by the window as its {@link DesktopHook} when this module is on the class path
 * ({@code ./neurite} puts it there when one of the variables is set; {@code scripts/screenshot.sh} sets them):
 * <ul>
 *   <li>{@code neurite.screenshot} / {@code NEURITE_SCREENSHOT} a PNG path: write a snapshot of the window after the
 *       first layout and exit;</li>
 *   <li>{@code neurite.timing} / {@code NEURITE_TIMING}: print the time from process start to each start-up step on
 *       standard error;</li>
 *   <li>{@code neurite.select} / {@code NEURITE_SELECT} a layer to select and {@code neurite.place} /
 *       {@code NEURITE_PLACE} the place to show ({@code data}, {@code build}, {@code train} or {@code test});</li>
 *   <li>{@code neurite.tab} / {@code NEURITE_TAB} the id of a Data place tab to select (e.g. {@code tab-pca}; the
 *       snapshot waits until the PCA tab has its components);</li>
 *   <li>{@code neurite.size} / {@code NEURITE_SIZE} the window's size, e.g. {@code 1280x800}.</li>
 *   <li>{@code neurite.fit} / {@code NEURITE_FIT} {@code 1}: the snapshot shows the whole model fitted into view (as
 *       Ctrl+0 does) instead of as it opens;</li>
 *   <li>{@code neurite.runs} / {@code NEURITE_RUNS} e.g. {@code 0,1}: with the Train place shown, select these rows
 *       of its runs list (to compare them);</li>
 *   <li>{@code neurite.chooser} / {@code NEURITE_CHOOSER} {@code open}: with the Test place shown, wait until it lists
 *       the project's runs and has evaluated one, open the model chooser and capture the screen (popup included);
 *       {@code ab}: turn A/B mode on, draw a 7 and take the screenshot once both models read it; {@code evaluated}:
 *       wait until the chosen model is evaluated, draw a 7, choose the gallery's first tile, then take the
 *       screenshot.</li>
 *   <li>{@code neurite.dataset} / {@code NEURITE_DATASET} a data set ({@code --data}'s values) to make the project's
 *       before the window shows;</li>
 *   <li>{@code neurite.measure} / {@code NEURITE_MEASURE} {@code sample-grid}: with the Data place shown, scroll its
 *       sample grid through every sample, print the frames ({@link SampleGridScroll}) and exit.</li>
 * </ul>
 * JavaFX thread, as every {@link DesktopHook} method.
 */
public final class DesktopScenario implements DesktopHook {

    private final Path screenshot;
    private final boolean timing;
    private final String select;
    private final String place;
    private final String tab;
    private final String size;
    private final boolean openChooser;
    private final String runs;
    private final boolean fit;
    private final String dataset;
    private final String measure;

    /** Reads the switches (ServiceLoader's constructor). */
    public DesktopScenario() {
        String file = StartupOptions.value("neurite.screenshot", "NEURITE_SCREENSHOT");
        String time = StartupOptions.value("neurite.timing", "NEURITE_TIMING");
        screenshot = file == null ? null : Path.of(file);
        timing = time != null && !time.equals("0");
        select = StartupOptions.value("neurite.select", "NEURITE_SELECT");
        place = StartupOptions.value("neurite.place", "NEURITE_PLACE");
        tab = StartupOptions.value("neurite.tab", "NEURITE_TAB");
        size = StartupOptions.value("neurite.size", "NEURITE_SIZE");
        runs = StartupOptions.value("neurite.runs", "NEURITE_RUNS");
        dataset = StartupOptions.value("neurite.dataset", "NEURITE_DATASET");
        measure = StartupOptions.value("neurite.measure", "NEURITE_MEASURE");
        openChooser = "open".equals(StartupOptions.value("neurite.chooser", "NEURITE_CHOOSER"));
        fit = "1".equals(StartupOptions.value("neurite.fit", "NEURITE_FIT"));
    }

    @Override
    public void reached(String step) {
        if (timing) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            long started = info.startInstant().orElse(Instant.now()).toEpochMilli();
            long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.println("neurite: " + step + " " + (System.currentTimeMillis() - started)
                    + " ms after process start (" + cpu + " ms of CPU time)");
        }
    }

    @Override
    public void built(MainWindow window) {
        EditorViewModel editor = window.project().editor();
        if (dataset != null) {
            editor.setDataset(dataset);
        }
        if (select != null && editor.graph().contains(select)) {
            editor.selection().selectOnly(List.of(select));
        }
        if (place != null) {
            window.show(place);
        }
        if (size != null) {
            String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
            javafx.stage.Window stage = window.scene().getWindow();
            stage.setWidth(Double.parseDouble(parts[0]));
            stage.setHeight(Double.parseDouble(parts[1]));
        }
    }

    @Override
    public boolean shown(MainWindow window) {
        if ("sample-grid".equals(measure)) {
            SampleGridScroll.start(window.scene());
            return true;
        }
        if (tab != null) {
            DataTabs.select(window.scene(), tab, () -> {
                if (screenshot != null) {
                    snapshotAndExit(window);
                }
            });
            return screenshot != null;
        }
        if (runs != null && window.scene().lookup("#runs") instanceof javafx.scene.control.ListView<?> list) {
            for (String row : runs.split(",")) {
                list.getSelectionModel().select(Integer.parseInt(row.trim()));
            }
        }
        if (screenshot == null) {
            return false;
        }
        if ("evaluated".equals(StartupOptions.value("neurite.chooser", "NEURITE_CHOOSER"))) {
            TestPlaceChooser.drawnAndChosenWhenEvaluated(window.scene(), () -> snapshotAndExit(window));
            return true;
        }
        if ("ab".equals(StartupOptions.value("neurite.chooser", "NEURITE_CHOOSER"))) {
            TestPlaceChooser.abWhenReady(window.scene(), () -> snapshotAndExit(window));
            return true;
        }
        if (openChooser) {
            TestPlaceChooser.openWhenReady(window.scene(), () -> {
                try {
                    TestPlaceChooser.captureScreen(window.scene().getWindow(), screenshot);
                    System.err.println("neurite: wrote " + screenshot);
                } catch (IOException ex) {
                    System.err.println("neurite: could not write the screenshot: " + ex.getMessage());
                }
                Platform.exit();
            });
            return true;
        }
        snapshotAndExit(window);
        return true;
    }

    /** Shows the model as on open, lets one more pulse lay it out, then writes the PNG and exits. */
    private void snapshotAndExit(MainWindow window) {
        // After a pulse, so that a window resized by NEURITE_SIZE has laid out its panes at the new size.
        Platform.runLater(() -> snapshotAfterLayout(window));
    }

    private void snapshotAfterLayout(MainWindow window) {
        window.scene().getRoot().layout();
        if (fit) {
            window.build().canvas().fitToView();
        } else {
            window.build().canvas().showModel();
        }
        if (select != null && window.project().editor().graph().contains(select)) {
            window.build().canvas().reveal(select);
        }
        Platform.runLater(() -> {
            try {
                SceneSnapshot.write(window.scene(), screenshot);
                System.err.println("neurite: wrote " + screenshot);
            } catch (IOException ex) {
                System.err.println("neurite: could not write the screenshot: " + ex.getMessage());
            }
            Platform.exit();
        });
    }
}
