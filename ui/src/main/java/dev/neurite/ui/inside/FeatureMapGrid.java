package dev.neurite.ui.inside;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.function.IntConsumer;

/**
 * The feature maps of one (H, W, C) layer as a wrapping grid of small heat-maps, all on the layer's one colour scale,
 * painted into one image (a mosaic, one pixel of gap between maps) shown enlarged by a whole factor without smoothing,
 * so pixels stay square. One image per layer, not one node per map: an update copies pixels once and the renderer
 * uploads one texture per layer. Wraps to the width it is given. JavaFX thread only.
 */
final class FeatureMapGrid extends ImageView {

    /** Callback for the pointer: the channel and pixel (row, column) under it, or channel -1 when on none. */
    interface PointerListener {
        void pointed(int channel, int row, int column);
    }

    private static final int GAP = 1;

    private final int channels;
    private final int height;
    private final int width;
    private final int scale;
    private int columns;
    private int[][] maps;
    private int[] order;
    private int[] positionOf;
    private WritableImage mosaic;
    private IntConsumer onClick = channel -> { };
    private PointerListener onPointer = (channel, row, column) -> { };

    /**
     * @param channels maps
     * @param height   feature-map rows
     * @param width    feature-map columns
     * @param tileSize about how large a map is drawn, in pixels (rounded to a whole multiple of its size)
     */
    FeatureMapGrid(int channels, int height, int width, double tileSize) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.scale = Math.max(1, (int) Math.round(tileSize / Math.max(height, width)));
        this.columns = Math.max(1, Math.min(channels, 10));
        getStyleClass().add(InsideStyles.MAPS);
        setSmooth(false);
        setPickOnBounds(true);
        setOnMouseClicked(e -> {
            int channel = channelAt(e.getX(), e.getY());
            if (channel >= 0) {
                onClick.accept(channel);
            }
        });
        setOnMouseMoved(e -> {
            int channel = channelAt(e.getX(), e.getY());
            if (channel < 0) {
                onPointer.pointed(-1, -1, -1);
                return;
            }
            int cell = (width + GAP) * scale;
            int cellHeight = (height + GAP) * scale;
            int row = (int) (e.getY() % cellHeight) / scale;
            int column = (int) (e.getX() % cell) / scale;
            onPointer.pointed(channel, Math.min(row, height - 1), Math.min(column, width - 1));
        });
        setOnMouseExited(e -> onPointer.pointed(-1, -1, -1));
    }

    /** The number of maps. */
    int channels() {
        return channels;
    }

    /** Whether this grid can show maps of {@code count} x {@code rows} x {@code cols}. */
    boolean fits(int count, int rows, int cols) {
        return count == channels && rows == height && cols == width;
    }

    /** Wraps the maps to {@code available} pixels of width. */
    void fitTo(double available) {
        int fitting = Math.max(1, Math.min(channels, (int) ((available + GAP * scale) / ((width + GAP) * scale))));
        if (fitting != columns) {
            columns = fitting;
            if (maps != null) {
                paint();
            }
        }
    }

    /**
     * Paints the maps in {@code order} (channel indices).
     *
     * @param newMaps   per channel {@code height * width} ARGB pixels
     * @param click     told the channel of a clicked map
     * @param pointer   told the channel and pixel under the pointer
     */
    void show(int[][] newMaps, int[] newOrder, IntConsumer click, PointerListener pointer) {
        this.maps = newMaps;
        this.order = newOrder.clone();
        this.onClick = click;
        this.onPointer = pointer;
        positionOf = new int[channels];
        for (int position = 0; position < order.length; position++) {
            positionOf[order[position]] = position;
        }
        paint();
    }

    /** The channel drawn at {@code (x, y)} of this node, or -1 (a gap, or past the last map). */
    int channelAt(double x, double y) {
        if (order == null || x < 0 || y < 0) {
            return -1;
        }
        int cell = (width + GAP) * scale;
        int cellHeight = (height + GAP) * scale;
        int column = (int) (x / cell);
        int row = (int) (y / cellHeight);
        if (column >= columns || x % cell >= width * scale || y % cellHeight >= height * scale) {
            return -1;
        }
        int position = row * columns + column;
        return position < order.length ? order[position] : -1;
    }

    /** The ARGB pixels shown for {@code channel}, read back from the mosaic (tests). */
    int[] shownPixels(int channel) {
        int position = positionOf[channel];
        int[] argb = new int[width * height];
        mosaic.getPixelReader().getPixels((position % columns) * (width + GAP), (position / columns) * (height + GAP),
                width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /** The (column, row) of the cell of {@code channel} in the grid (tests). */
    int[] cellOf(int channel) {
        int position = positionOf[channel];
        return new int[] {position % columns, position / columns};
    }

    /** The displayed size of one cell including its gap, in pixels (tests). */
    double cellSize() {
        return (width + GAP) * scale;
    }

    private void paint() {
        int rows = (channels + columns - 1) / columns;
        int mosaicWidth = columns * (width + GAP) - GAP;
        int mosaicHeight = rows * (height + GAP) - GAP;
        if (mosaic == null || (int) mosaic.getWidth() != mosaicWidth || (int) mosaic.getHeight() != mosaicHeight) {
            mosaic = new WritableImage(mosaicWidth, mosaicHeight);
            setImage(mosaic);
            setFitWidth(mosaicWidth * scale);
            setFitHeight(mosaicHeight * scale);
        }
        int[] argb = new int[mosaicWidth * mosaicHeight];
        java.util.Arrays.fill(argb, 0x00FFFFFF); // the gaps let the background show
        for (int position = 0; position < order.length; position++) {
            int[] map = maps[order[position]];
            int left = (position % columns) * (width + GAP);
            int top = (position / columns) * (height + GAP);
            for (int y = 0; y < height; y++) {
                System.arraycopy(map, y * width, argb, (top + y) * mosaicWidth + left, width);
            }
        }
        mosaic.getPixelWriter().setPixels(0, 0, mosaicWidth, mosaicHeight, PixelFormat.getIntArgbInstance(), argb, 0,
                mosaicWidth);
    }
}
