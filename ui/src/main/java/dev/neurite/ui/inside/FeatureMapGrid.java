package dev.neurite.ui.inside;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The feature maps of one (H, W, C) layer as a wrapping grid of small heat-maps, one tile per channel, all on the
 * layer's one colour scale. Tiles and their images are made once per layer shape and then only repainted, so an
 * update copies pixels and creates no nodes. JavaFX thread only.
 */
final class FeatureMapGrid extends FlowPane {

    /** Callback for a tile: the channel it shows, and the pointed pixel (row, column) or -1 when left. */
    interface PointerListener {
        void pointed(int channel, int row, int column);
    }

    private final int height;
    private final int width;
    private final List<WritableImage> images = new ArrayList<>();
    private final List<ImageView> tiles = new ArrayList<>();
    private int[] shownOrder;

    /**
     * @param channels   tiles
     * @param height     feature-map rows
     * @param width      feature-map columns
     * @param tileSize   a tile's side in pixels (maps are scaled without smoothing, so pixels stay square)
     */
    FeatureMapGrid(int channels, int height, int width, double tileSize) {
        this.height = height;
        this.width = width;
        getStyleClass().add(InsideStyles.MAPS);
        setHgap(3);
        setVgap(3);
        for (int c = 0; c < channels; c++) {
            WritableImage image = new WritableImage(width, height);
            ImageView tile = new ImageView(image);
            tile.setSmooth(false);
            tile.setFitWidth(tileSize);
            tile.setFitHeight(tileSize * height / width);
            tile.getStyleClass().add(InsideStyles.MAP);
            tile.setPickOnBounds(true);
            images.add(image);
            tiles.add(tile);
        }
    }

    /** The number of tiles. */
    int channels() {
        return tiles.size();
    }

    /** Whether this grid can show maps of {@code channels} x {@code rows} x {@code columns}. */
    boolean fits(int channels, int rows, int columns) {
        return channels == tiles.size() && rows == height && columns == width;
    }

    /**
     * Paints the maps and lays the tiles out in {@code order} (channel indices).
     *
     * @param maps      per channel {@code height * width} ARGB pixels
     * @param onClick   told the channel of a clicked tile
     * @param onPointer told the channel and pixel under the pointer
     */
    void show(int[][] maps, int[] order, IntConsumer onClick, PointerListener onPointer) {
        for (int c = 0; c < maps.length; c++) {
            images.get(c).getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), maps[c],
                    0, width);
        }
        if (shownOrder == null || !java.util.Arrays.equals(shownOrder, order)) {
            shownOrder = order.clone();
            List<ImageView> arranged = new ArrayList<>(order.length);
            for (int position = 0; position < order.length; position++) {
                int channel = order[position];
                ImageView tile = tiles.get(channel);
                tile.setOnMouseClicked(e -> onClick.accept(channel));
                tile.setOnMouseMoved(e -> onPointer.pointed(channel,
                        clamp((int) (e.getY() / tile.getBoundsInLocal().getHeight() * height), height),
                        clamp((int) (e.getX() / tile.getBoundsInLocal().getWidth() * width), width)));
                tile.setOnMouseExited(e -> onPointer.pointed(channel, -1, -1));
                arranged.add(tile);
            }
            getChildren().setAll(arranged);
        }
    }

    /** The tile of {@code channel}, for tests. */
    ImageView tile(int channel) {
        return tiles.get(channel);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}
