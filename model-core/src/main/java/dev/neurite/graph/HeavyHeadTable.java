package dev.neurite.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A text table drawn as Keras 3's summary draws it with {@code rich}: a heavy box around the header
 * ({@code ┏━┳┓ ┃ ┡━╇┩}), light lines around and between the rows ({@code │ ├─┼┤ └─┴┘}), one space of padding on each
 * side of a cell, and a fixed total width. Each column asks for a share of the width given by its position; since
 * padding and borders do not fit in the width then, the columns are narrowed evenly the way {@code rich} does
 * (its ratio reduction with Python's half-to-even rounding), so the table is exactly {@code lineLength} characters
 * wide. Immutable; thread-safe.
 *
 * @param columns    the columns, left to right
 * @param lineLength the width of every line of the table, borders included
 */
record HeavyHeadTable(List<Column> columns, int lineLength) {

    /**
     * One column.
     *
     * @param header   its title
     * @param justify  how its text sits in the cells (the header's too)
     * @param position where it ends, as a fraction of the line length (the last one is 1.0)
     */
    record Column(String header, CellText.Justify justify, double position) {
    }

    /** The smallest column share Keras accepts before it refuses with "Insufficient console width". */
    static final int MIN_COLUMN_WIDTH = 4;

    HeavyHeadTable {
        columns = List.copyOf(columns);
        int current = 0;
        for (Column column : columns) {
            int width = (int) (column.position() * lineLength) - current;
            if (width < MIN_COLUMN_WIDTH) {
                throw new IllegalArgumentException("The line length " + lineLength
                        + " is too narrow for the summary's columns (each needs at least " + MIN_COLUMN_WIDTH
                        + " characters).");
            }
            current += width;
        }
    }

    /** The table's lines, each {@code lineLength} characters, for {@code rows} of one field per column. */
    List<String> render(List<List<String>> rows) {
        int[] widths = cellWidths();
        List<String> lines = new ArrayList<>();
        lines.add(rule(widths, '┏', '━', '┳', '┓'));
        lines.addAll(row(widths, columns.stream().map(Column::header).toList(), '┃'));
        lines.add(rule(widths, '┡', '━', '╇', '┩'));
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                lines.add(rule(widths, '├', '─', '┼', '┤'));
            }
            lines.addAll(row(widths, rows.get(i), '│'));
        }
        lines.add(rule(widths, '└', '─', '┴', '┘'));
        return lines;
    }

    /** Each column's width with its padding, borders left out; they add up to the line length less the borders. */
    int[] cellWidths() {
        int count = columns.size();
        int[] widths = new int[count];
        int current = 0;
        for (int i = 0; i < count; i++) {
            int share = (int) (columns.get(i).position() * lineLength) - current;
            current += share;
            widths[i] = share + 2;
        }
        int available = lineLength - (count + 1);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        if (total > available) {
            reduceEvenly(widths, total - available);
        }
        return widths;
    }

    /** rich's ratio_reduce with equal ratios: each column in turn gives up its rounded share of what is left. */
    private static void reduceEvenly(int[] widths, int excess) {
        int remaining = excess;
        int columnsLeft = widths.length;
        for (int i = 0; i < widths.length; i++) {
            int given = (int) Math.min(widths[i], Math.rint((double) remaining / columnsLeft));
            widths[i] -= given;
            remaining -= given;
            columnsLeft--;
        }
    }

    private List<String> row(int[] widths, List<String> fields, char border) {
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            String field = i < fields.size() ? fields.get(i) : "";
            List<String> cell = CellText.lines(field, Math.max(1, widths[i] - 2), columns.get(i).justify());
            cells.add(cell);
            height = Math.max(height, cell.size());
        }
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder().append(border);
            for (int i = 0; i < widths.length; i++) {
                List<String> cell = cells.get(i);
                String content = line < cell.size() ? cell.get(line) : " ".repeat(Math.max(1, widths[i] - 2));
                text.append(' ').append(content).append(' ').append(border);
            }
            lines.add(text.toString());
        }
        return lines;
    }

    private static String rule(int[] widths, char left, char line, char between, char right) {
        StringBuilder text = new StringBuilder().append(left);
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                text.append(between);
            }
            text.append(String.valueOf(line).repeat(widths[i]));
        }
        return text.append(right).toString();
    }
}
