package dev.neurite.ui.evaluation;

import dev.neurite.data.preprocess.GreyImage;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The gallery of test images: the chosen filter and order applied to the current {@link TestResults}, the selected
 * tile, and "open in canvas". The list is rebuilt (not the images: views render them lazily) when the results, the
 * filter or the order change; for 10,000 test images that takes a few milliseconds.
 *
 * <p>Threading: JavaFX thread only (tests: any single thread).
 */
public final class GalleryViewModel {

    private final ObservableValue<TestResults> results;
    private final ObservableList<GalleryItem> items = FXCollections.observableArrayList();
    private final ObservableList<GalleryItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<GalleryFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            new GalleryFilter.Mistakes());
    private final ReadOnlyObjectWrapper<GallerySort> sort = new ReadOnlyObjectWrapper<>(this, "sort",
            GallerySort.MOST_CONFIDENT);
    private final ReadOnlyObjectWrapper<GalleryItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Consumer<GreyImage> openInCanvas;

    /**
     * @param results      the results to show (null value: none yet)
     * @param openInCanvas puts a test image on the drawing canvas
     */
    public GalleryViewModel(ObservableValue<TestResults> results, Consumer<GreyImage> openInCanvas) {
        this.results = Objects.requireNonNull(results, "results");
        this.openInCanvas = Objects.requireNonNull(openInCanvas, "openInCanvas");
        results.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** The tiles shown, filtered and ordered. */
    public ObservableList<GalleryItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyObjectProperty<GalleryFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GallerySort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /** The tile whose probabilities are shown, or null. */
    public ReadOnlyObjectProperty<GalleryItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The current results, or null. */
    public TestResults results() {
        return results.getValue();
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    public void setFilter(GalleryFilter chosen) {
        filter.set(Objects.requireNonNull(chosen, "chosen"));
        rebuild();
    }

    public void setSort(GallerySort chosen) {
        sort.set(Objects.requireNonNull(chosen, "chosen"));
        rebuild();
    }

    /** Shows the images of one confusion-matrix cell (what clicking the cell does). */
    public void showCell(int label, int predicted) {
        setFilter(new GalleryFilter.Cell(label, predicted));
    }

    /** Selects a tile (null: none). */
    public void select(GalleryItem item) {
        selected.set(item);
    }

    /** The probabilities of the selected tile, or null. */
    public float[] selectedProbabilities() {
        TestResults shown = results.getValue();
        GalleryItem item = selected.get();
        return shown == null || item == null ? null : shown.probabilities(item.index());
    }

    /** Puts the selected test image on the drawing canvas; nothing when none is selected. */
    public void openSelectedInCanvas() {
        TestResults shown = results.getValue();
        GalleryItem item = selected.get();
        if (shown != null && item != null) {
            openInCanvas.accept(shown.image(item.index()));
        }
    }

    private void rebuild() {
        TestResults shown = results.getValue();
        List<GalleryItem> chosen = new ArrayList<>();
        if (shown != null) {
            GalleryFilter accepted = filter.get();
            for (int i = 0; i < shown.size(); i++) {
                GalleryItem item = new GalleryItem(i, shown.label(i), shown.predicted(i), shown.confidence(i));
                if (accepted.accepts(item)) {
                    chosen.add(item);
                }
            }
            chosen.sort(sort.get().order());
        }
        items.setAll(chosen);
        if (selected.get() != null && !chosen.contains(selected.get())) {
            selected.set(null);
        }
    }
}
