package dev.neurite.ui.evaluation;

import dev.neurite.data.DataSet;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.Fixtures;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GalleryViewModelTest {

    private static TestResults results;

    private final List<GreyImage> opened = new ArrayList<>();
    private final SimpleObjectProperty<TestResults> shown = new SimpleObjectProperty<>();
    private final GalleryViewModel gallery = new GalleryViewModel(shown, opened::add);

    @BeforeAll
    static void evaluate() {
        TrainedModel model = Fixtures.logistic("logistic");
        DataSet test = Fixtures.digitsTest(300);
        dev.neurite.eval.ChunkedEvaluation.Result result = dev.neurite.eval.ChunkedEvaluation.plain()
                .run(model.network(), test, fraction -> { }, new dev.neurite.CancellationToken());
        results = new TestResults(model, test, result.evaluation(), result.outputs());
    }

    @Test
    void mistakesAreShownByDefault() {
        shown.set(results);
        assertEquals(results.evaluation().misclassified().size(), gallery.items().size());
        assertTrue(gallery.items().stream().allMatch(GalleryItem::isMistake));
    }

    @Test
    void aConfusionCellShowsAsManyImagesAsItsCount() {
        shown.set(results);
        int[][] confusion = results.evaluation().confusion();
        for (int label = 0; label < 10; label++) {
            for (int predicted = 0; predicted < 10; predicted++) {
                gallery.showCell(label, predicted);
                assertEquals(confusion[label][predicted], gallery.items().size(), label + " -> " + predicted);
            }
        }
    }

    @Test
    void theMostConfidentMistakesComeFirst() {
        shown.set(results);
        List<GalleryItem> items = gallery.items();
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).confidence() >= items.get(i).confidence());
        }
    }

    @Test
    void allInTestSetOrderListsEveryImage() {
        shown.set(results);
        gallery.setFilter(new GalleryFilter.All());
        gallery.setSort(GallerySort.SET_ORDER);
        assertEquals(results.size(), gallery.items().size());
        assertEquals(0, gallery.items().get(0).index());
    }

    @Test
    void classFiltersKeepOneTrueOrPredictedClass() {
        shown.set(results);
        gallery.setFilter(new GalleryFilter.TrueClass(3));
        assertTrue(gallery.items().stream().allMatch(item -> item.label() == 3));
        assertEquals(results.testSet().countsPerClass()[3], gallery.items().size());
        gallery.setFilter(new GalleryFilter.PredictedClass(3));
        assertTrue(gallery.items().stream().allMatch(item -> item.predicted() == 3));
    }

    @Test
    void openInCanvasHandsOverTheSelectedTestImage() {
        shown.set(results);
        GalleryItem item = gallery.items().get(0);
        gallery.select(item);
        gallery.openSelectedInCanvas();
        assertEquals(List.of(results.image(item.index())), opened);
        assertEquals(10, gallery.selectedProbabilities().length);
    }

    @Test
    void aSelectionThatIsFilteredAwayIsDropped() {
        shown.set(results);
        gallery.select(gallery.items().get(0));
        gallery.setFilter(new GalleryFilter.Cell(0, 0));
        assertNull(gallery.selectedProperty().get());
    }

    @Test
    void noResultsMeansNoTiles() {
        assertTrue(gallery.items().isEmpty());
    }
}
