package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.GreyImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Renders {@link GreyImage}s (ink in [0, 1]) as JavaFX images, one image pixel per pixel; scale them up with an
 * {@code ImageView} that does not smooth. Stateless; images may be made on any thread and shown on the JavaFX thread.
 */
public final class GreyImages {

    private GreyImages() {
    }

    /** White ink on black, as MNIST stores digits and as the network sees them: grey = round(ink * 255). */
    public static WritableImage inkOnBlack(GreyImage image) {
        return render(image, false);
    }

    /** Black ink on white paper, as a learner draws. */
    public static WritableImage inkOnPaper(GreyImage image) {
        return render(image, true);
    }

    /** The grey value (0..255) {@link #inkOnBlack} gives an ink level. */
    public static int level(float ink) {
        return Math.round(Math.max(0f, Math.min(1f, ink)) * 255f);
    }

    private static WritableImage render(GreyImage image, boolean paper) {
        int width = image.width();
        int height = image.height();
        float[] ink = image.pixels();
        int[] argb = new int[ink.length];
        for (int i = 0; i < ink.length; i++) {
            int grey = paper ? 255 - level(ink[i]) : level(ink[i]);
            argb[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
        }
        WritableImage result = new WritableImage(width, height);
        result.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return result;
    }
}
