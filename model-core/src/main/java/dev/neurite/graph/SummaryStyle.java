package dev.neurite.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which Keras's {@code model.summary()} layout to print: the classic Keras 2 table the lessons show (the default), or
 * Keras 3's boxed table with sizes in memory.
 */
public enum SummaryStyle {
    /** Keras 2's underscores-and-equals table, see {@link ModelSummary}. */
    KERAS2("keras2", "Keras 2"),
    /** Keras 3's boxed table, see {@link Keras3Summary}. */
    KERAS3("keras3", "Keras 3");

    private final String id;
    private final String title;

    SummaryStyle(String id, String title) {
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
        return Arrays.stream(values()).map(SummaryStyle::id).collect(Collectors.joining(", "));
    }

    /**
     * The style named {@code id} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the styles there are, for any other text
     */
    public static SummaryStyle of(String id) {
        for (SummaryStyle style : values()) {
            if (style.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return style;
            }
        }
        throw new IllegalArgumentException("Unknown style '" + id + "'; use one of: " + ids() + ".");
    }
}
