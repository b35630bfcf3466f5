package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import dev.neurite.ui.draw.GreyImages;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints samples into the sample grid's tile images: each tile owns one {@link WritableImage} of the data set's
 * size, made once, and each time the tile shows another sample its pixels are written over (white ink on black, grey
 * = the stored byte, {@link GreyImages#level} as {@code GreyImages.inkOnBlack} shows them) through one pixel buffer
 * shared by every tile. So scrolling decodes nothing and allocates no image: a tile's update costs one copy of
 * {@code height * width} pixels. Counts the images made and the samples written, for tests. JavaFX thread only
 * (the shared buffer).
 */
final class SampleImages {

    private float[] ink = new float[0];
    private int[] argb = new int[0];
    private long made;
    private long written;

    /** A new black image of the size of {@code set}'s samples, for one tile. */
    WritableImage blank(DataSet set) {
        made++;
        return new WritableImage(set.width(), set.height());
    }

    /** Whether {@code image} has the size of {@code set}'s samples (else the tile needs a new {@link #blank}). */
    static boolean fits(WritableImage image, DataSet set) {
        return image != null && (int) image.getWidth() == set.width() && (int) image.getHeight() == set.height();
    }

    /** Writes sample {@code index} of {@code set} into {@code image}, which {@link #fits} the set. */
    void write(DataSet set, int index, WritableImage image) {
        int length = set.pixelsPerImage();
        if (ink.length != length) {
            ink = new float[length];
            argb = new int[length];
        }
        set.copyImage(index, ink, 0);
        for (int p = 0; p < length; p++) {
            int grey = GreyImages.level(ink[p]);
            argb[p] = 0xFF000000 | grey << 16 | grey << 8 | grey;
        }
        image.getPixelWriter().setPixels(0, 0, set.width(), set.height(), PixelFormat.getIntArgbInstance(), argb, 0,
                set.width());
        written++;
    }

    /** How many tile images were made so far: one per tile (and again when the samples' size changes). */
    long made() {
        return made;
    }

    /** How many samples were written into tile images so far. */
    long written() {
        return written;
    }
}
