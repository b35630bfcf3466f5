package dev.neurite.ui.data;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws signed values (a principal component) as an image on a diverging colour scale: blue for negative, white for
 * 0, red for positive, each image scaled to its own largest magnitude (so the deepest blue or red is that value).
 * Stateless; images may be made on any thread and shown on the JavaFX thread.
 */
final class DivergingImages {

    static final Color NEGATIVE = Color.web("#2166ac");
    static final Color ZERO = Color.WHITE;
    static final Color POSITIVE = Color.web("#b2182b");
    /** The scale in words, for the learner. */
    static final String SCALE = "blue < 0 < red, white = 0; each image scaled to its largest |value|";

    private DivergingImages() {
    }

    /**
     * @param values {@code height * width} values, row after row
     */
    static WritableImage of(float[] values, int height, int width) {
        float largest = 0;
        for (float v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double t = largest == 0 ? 0 : values[i] / largest;
            argb[i] = argb(colour(t));
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    /** The colour of {@code t} in [-1, 1]. */
    static Color colour(double t) {
        double clamped = Math.max(-1, Math.min(1, t));
        return clamped < 0 ? ZERO.interpolate(NEGATIVE, -clamped) : ZERO.interpolate(POSITIVE, clamped);
    }

    private static int argb(Color colour) {
        return 0xFF000000 | (int) Math.round(colour.getRed() * 255) << 16
                | (int) Math.round(colour.getGreen() * 255) << 8 | (int) Math.round(colour.getBlue() * 255);
    }
}
