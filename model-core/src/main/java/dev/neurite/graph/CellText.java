package dev.neurite.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one table cell laid out on lines of a given width the way the Python library {@code rich} does it
 * for Keras 3's summary: words (a run of non-spaces with the spaces around it) move to the next line when they do
 * not fit; a word longer than the width gets a line of its own and is cut with an ellipsis ({@code …}); each line is
 * padded to the width, on the right for left-justified cells, on the left for right-justified ones. Widths count
 * characters (one cell each). Stateless and thread-safe.
 */
final class CellText {

    /** How a cell's lines sit in its width. */
    enum Justify { LEFT, RIGHT }

    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$");
    private static final String ELLIPSIS = "\u2026";

    private CellText() {
    }

    /** {@code text} on lines of exactly {@code width} characters; at least one line. */
    static List<String> lines(String text, int width, Justify justify) {
        List<String> lines = new ArrayList<>();
        for (String line : divide(text, width)) {
            lines.add(justify == Justify.LEFT ? padRight(fit(cropTrailingSpace(line, width), width), width)
                    : padLeft(fit(line.stripTrailing(), width), width));
        }
        return lines;
    }

    /** The text cut into lines at word starts; a word too long for any line starts a line of its own. */
    private static List<String> divide(String text, int width) {
        List<Integer> breaks = new ArrayList<>();
        int offset = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            int start = words.start();
            String word = words.group();
            int length = word.stripTrailing().length();
            if (width - offset >= length) {
                offset += word.length();
            } else if (length > width) {
                if (start > 0) {
                    breaks.add(start);
                }
                offset = word.length();
            } else if (offset > 0 && start > 0) {
                breaks.add(start);
                offset = word.length();
            }
        }
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int at : breaks) {
            lines.add(text.substring(from, at));
            from = at;
        }
        lines.add(text.substring(from));
        return lines;
    }

    /** Drops trailing spaces that stick out past the width (only as many as stick out). */
    private static String cropTrailingSpace(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        Matcher space = TRAILING_SPACE.matcher(line);
        if (!space.find()) {
            return line;
        }
        int crop = Math.min(space.group().length(), line.length() - width);
        return line.substring(0, line.length() - crop);
    }

    /** The line cut to the width with an ellipsis as its last character when it is too long. */
    private static String fit(String line, int width) {
        return line.length() > width ? line.substring(0, Math.max(0, width - 1)) + ELLIPSIS : line;
    }

    private static String padRight(String line, int width) {
        return line + " ".repeat(Math.max(0, width - line.length()));
    }

    private static String padLeft(String line, int width) {
        return " ".repeat(Math.max(0, width - line.length())) + line;
    }
}
