package dev.neurite.ui.evaluation;

import java.util.Comparator;

/** Orders of the gallery's tiles. */
public enum GallerySort {

    /** The model's most confident answers first: among mistakes, the most confident mistakes. */
    MOST_CONFIDENT("Most confident first", Comparator.comparingDouble(GalleryItem::confidence).reversed()
            .thenComparingInt(GalleryItem::index)),
    /** The answers the model was least sure of first. */
    LEAST_CONFIDENT("Least confident first", Comparator.comparingDouble(GalleryItem::confidence)
            .thenComparingInt(GalleryItem::index)),
    /** The test set's own order. */
    SET_ORDER("Test set order", Comparator.comparingInt(GalleryItem::index));

    private final String title;
    private final Comparator<GalleryItem> order;

    GallerySort(String title, Comparator<GalleryItem> order) {
        this.title = title;
        this.order = order;
    }

    public Comparator<GalleryItem> order() {
        return order;
    }

    @Override
    public String toString() {
        return title;
    }
}
