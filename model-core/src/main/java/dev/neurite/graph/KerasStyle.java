package dev.neurite.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which Keras's printed output to imitate: Keras 2's, which the lessons show (the default), or Keras 3's. It chooses
 * the {@code model.summary()} layout ({@link ModelSummary}, {@link Keras3Summary}) and the per-epoch progress line.
 */
public enum KerasStyle {
    /** Keras 2: the underscores-and-equals summary table, see {@link ModelSummary}. */
    KERAS2("keras2", "Keras 2"),
    /** Keras 3: the boxed summary table, see {@link Keras3Summary}, and the progress bar line. */
    KERAS3("keras3", "Keras 3");

    private final String id;
    private final String title;

    KerasStyle(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name on the command line and in settings, e.g. {@code keras3}. */
    public String id() {
        return id;
    }

    /** The name in menus, e.g. {@code Keras 3}. */
    public String title() {
        return title;
    }

    /** The ids of all styles, e.g. {@code keras2, keras3}. */
    public static String ids() {
        return Arrays.stream(values()).map(KerasStyle::id).collect(Collectors.joining(", "));
    }

    /**
     * The style named {@code id} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the styles there are, for any other text
     */
    public static KerasStyle of(String id) {
        for (KerasStyle style : values()) {
            if (style.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return style;
            }
        }
        throw new IllegalArgumentException("Unknown style '" + id + "'; use one of: " + ids() + ".");
    }
}
