package dev.neurite.ui.data;

import atlantafx.base.theme.PrimerLight;
import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.format.Templates;
import dev.neurite.ui.common.BackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Data place's sample grid in a real view (TestFX, headless): scrolling makes no images and no new tiles, and
 * every tile on screen shows its own sample, its caption and its pixels, also right after jumping back and forth.
 */
@ExtendWith(ApplicationExtension.class)
class SampleGridTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");

    private DataViewModel model;
    private SamplesPane pane;
    private GridView<Integer> grid;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        model = new DataViewModel(BackgroundTasks.sameThread(), id -> DIGITS);
        DataView view = new DataView(model, new DownloadViewModel(Runnable::run, Runnable::run, (id, p, c) -> { }),
                DataSources.standard(), spec -> { }, augmentation -> { }, BackgroundTasks.sameThread());
        model.load("digits", Templates.get("quick-cnn"));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        grid = (GridView<Integer>) view.lookup("#sample-grid");
        pane = (SamplesPane) grid.getParent();
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) grid.lookup(".virtual-flow");
    }

    @Test
    void scrollingThroughEveryRowMakesNoImagesAndReusesTheTiles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicLong imagesBefore = new AtomicLong();
        AtomicInteger tilesBefore = new AtomicInteger();
        AtomicLong writtenBefore = new AtomicLong();
        robot.interact(() -> {
            imagesBefore.set(pane.images().made());
            tilesBefore.set(pane.cellsMade());
            writtenBefore.set(pane.images().written());
            assertTrue(tilesBefore.get() > 0, "the grid shows tiles");
            assertEquals(tilesBefore.get(), imagesBefore.get(), "one image per tile");
        });
        AtomicInteger rowCount = new AtomicInteger();
        robot.interact(() -> rowCount.set(flow().getCellCount()));
        int rows = rowCount.get();
        AtomicInteger lastShownRow = new AtomicInteger();
        while (lastShownRow.get() < rows - 1) {
            robot.interact(() -> {
                flow().scrollPixels(350);
                lastShownRow.set(flow().getLastVisibleCell().getIndex());
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(this::assertEveryVisibleTileShowsItsOwnSample);
        }
        robot.interact(() -> {
            int columns = columns();
            int visibleRows = flow().getLastVisibleCell().getIndex() - flow().getFirstVisibleCell().getIndex() + 1;
            // The first layout may make tiles for a larger first size of the window; scrolling reuses them, adding
            // at most the two rows a virtual flow keeps beyond the view (against a row per scrolled row before).
            assertTrue(pane.cellsMade() <= Math.max(tilesBefore.get(), visibleRows * columns) + 2 * columns,
                    pane.cellsMade() + " tiles for " + visibleRows + " visible rows of " + columns + " (" + tilesBefore
                    + " before scrolling)");
            assertEquals(pane.cellsMade(), pane.images().made(), "no image made while scrolling, one per tile");
            assertTrue(pane.images().written() - writtenBefore.get() >= model.samples().size() - tilesBefore.get(),
                    "every sample was painted into a tile on its way past");
        });
    }

    @Test
    void jumpingBackAndForthNeverLeavesAStaleTile(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Random random = new Random(14);
        for (int jump = 0; jump < 40; jump++) {
            double first = random.nextDouble();
            double second = random.nextDouble();
            robot.interact(() -> {
                // Two jumps in one event, the second before any pulse lays the first out: a learner dragging the
                // scroll bar quickly.
                flow().setPosition(first);
                flow().setPosition(second);
                flow().scrollPixels(random.nextBoolean() ? 35 : -35);
                assertEveryVisibleTileShowsItsOwnSample();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(this::assertEveryVisibleTileShowsItsOwnSample);
        }
    }

    @Test
    void aClassFilterShowsOnlyThatClassInEveryTile(FxRobot robot) {
        robot.interact(() -> model.filterClass(3));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> flow().setPosition(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            List<SampleCell> shown = assertEveryVisibleTileShowsItsOwnSample();
            assertTrue(shown.size() > 10);
            shown.forEach(cell -> assertEquals(3, model.browsed().label(cell.getItem())));
        });
    }

    private int columns() {
        return flow().getFirstVisibleCell().getChildrenUnmodifiable().size();
    }

    /** Checks each tile of each visible row against the data set; returns the tiles checked. */
    private List<SampleCell> assertEveryVisibleTileShowsItsOwnSample() {
        VirtualFlow<?> flow = flow();
        DataSet set = model.browsed();
        int columns = columns();
        List<SampleCell> checked = new ArrayList<>();
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        for (int row = first.getIndex(); row <= last.getIndex(); row++) {
            IndexedCell<?> rowCell = flow.getVisibleCell(row);
            List<Node> tiles = rowCell.getChildrenUnmodifiable();
            for (int k = 0; k < tiles.size(); k++) {
                SampleCell tile = (SampleCell) tiles.get(k);
                int position = row * columns + k;
                int sample = model.samples().get(position);
                assertEquals(sample, tile.getItem(), "tile " + k + " of row " + row);
                assertEquals("[" + sample + "] " + set.label(sample), tile.caption());
                assertShowsPixels(set, sample, tile.image());
                checked.add(tile);
            }
        }
        return checked;
    }

    private static void assertShowsPixels(DataSet set, int sample, WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < set.height(); y++) {
            for (int x = 0; x < set.width(); x++) {
                int grey = pixels.getArgb(x, y) & 0xFF;
                if (grey != set.pixel(sample, y, x)) {
                    throw new AssertionError("sample " + sample + " shows " + grey + " at (" + y + ", " + x
                            + ") where the data set has " + set.pixel(sample, y, x));
                }
            }
        }
    }
}
