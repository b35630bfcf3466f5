package dev.neurite.ui.editor.palette;

import dev.neurite.layers.LayerCategory;
import dev.neurite.layers.LayerType;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layer palette: every layer type, grouped as Core, Convolution, Pooling, Normalization and Merge, filtered by
 * a search text that matches the Keras class name or the one-line description.
 *
 * <p>Not thread-safe: used on the JavaFX application thread; needs no window.
 */
public final class PaletteViewModel {

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<Map<LayerCategory, List<LayerType>>> groups =
            new ReadOnlyObjectWrapper<>(this, "groups");

    public PaletteViewModel() {
        search.addListener((obs, old, text) -> groups.set(filter(text)));
        groups.set(filter(""));
    }

    /** The search text, edited by the search field. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The matching types by category, in palette order; categories without a match are left out. */
    public ReadOnlyObjectProperty<Map<LayerCategory, List<LayerType>>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** The first matching type, which Enter in the search field adds; null if none matches. */
    public LayerType firstMatch() {
        return groups.get().values().stream().flatMap(List::stream).findFirst().orElse(null);
    }

    private static Map<LayerCategory, List<LayerType>> filter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<LayerCategory, List<LayerType>> result = new LinkedHashMap<>();
        for (LayerCategory category : LayerCategory.values()) {
            List<LayerType> matches = new ArrayList<>();
            for (LayerType type : LayerType.values()) {
                if (type.category() == category && matches(type, needle)) {
                    matches.add(type);
                }
            }
            if (!matches.isEmpty()) {
                result.put(category, List.copyOf(matches));
            }
        }
        return result;
    }

    private static boolean matches(LayerType type, String needle) {
        return needle.isEmpty() || type.kerasClassName().toLowerCase(Locale.ROOT).contains(needle)
                || type.description().toLowerCase(Locale.ROOT).contains(needle)
                || type.category().title().toLowerCase(Locale.ROOT).contains(needle);
    }
}
