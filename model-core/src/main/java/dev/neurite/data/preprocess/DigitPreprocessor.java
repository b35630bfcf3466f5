package dev.neurite.data.preprocess;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Turns any picture of one digit into a 28x28 input that looks like an MNIST digit, the way MNIST itself was made:
 * <ol>
 *   <li><b>ink</b>: the polarity is detected from the median of the border pixels (a light border means dark ink on
 *       a light background, which is inverted), then the contrast is stretched so the background is 0 and the
 *       strongest ink is 1;</li>
 *   <li><b>crop</b> to the bounding box of the pixels whose ink is at least {@link Settings#inkThreshold()};</li>
 *   <li><b>fit</b> the crop into a 20x20 box keeping its aspect ratio, with anti-aliased resampling
 *       ({@link Resampler});</li>
 *   <li><b>centre</b>: place the resized crop in 28x28 so that its centre of mass falls on the centre (14, 14),
 *       shifted by whole pixels and kept inside the frame.</li>
 * </ol>
 * Empty input and a stroke too small to read are reported as {@link DigitWarning}s, not exceptions. The bundled digits
 * set was made with this same code.
 *
 * <p>Immutable and thread-safe; each call computes on the calling thread.
 */
public final class DigitPreprocessor {

    /** Side of the output image, in pixels. */
    public static final int SIZE = 28;
    /** Side of the box the digit is fitted into, in pixels. */
    public static final int BOX = 20;

    /**
     * Tuning of the preprocessor.
     *
     * @param inkThreshold    ink level in (0, 1) a pixel needs to count for the bounding box
     * @param minimumContrast difference in (0, 1) between the background and the strongest ink below which the image
     *                        is empty
     * @param smallStroke     fraction in [0, 1) of the input's longer side under which the ink's longer side is
     *                        flagged {@link DigitWarning#STROKE_TOO_SMALL}; ink shorter than 4 pixels is always flagged
     */
    public record Settings(float inkThreshold, float minimumContrast, float smallStroke) {

        /** Threshold 0.1, contrast 0.15, small below 8% of the image. */
        public static final Settings DEFAULT = new Settings(0.1f, 0.15f, 0.08f);

        public Settings {
            if (!(inkThreshold > 0 && inkThreshold < 1)) {
                throw new IllegalArgumentException("inkThreshold must be in (0, 1); got " + inkThreshold);
            }
            if (!(minimumContrast > 0 && minimumContrast < 1)) {
                throw new IllegalArgumentException("minimumContrast must be in (0, 1); got " + minimumContrast);
            }
            if (!(smallStroke >= 0 && smallStroke < 1)) {
                throw new IllegalArgumentException("smallStroke must be in [0, 1); got " + smallStroke);
            }
        }
    }

    private static final int MIN_STROKE_PIXELS = 4;

    private final Settings settings;

    public DigitPreprocessor() {
        this(Settings.DEFAULT);
    }

    public DigitPreprocessor(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Preprocesses a grey image with intensities in [0, 1] (either polarity). */
    public PreprocessedDigit process(GreyImage image) {
        Objects.requireNonNull(image, "image");
        float background = borderMedian(image);
        boolean inverted = background > 0.5f;
        float[] ink = toInk(image.raw(), background, inverted);
        GreyImage inkImage = GreyImage.wrap(image.width(), image.height(), ink);
        int[] box = inkBox(inkImage);
        if (box == null) {
            return new PreprocessedDigit(inkImage, GreyImage.blank(1, 1), GreyImage.blank(BOX, BOX),
                    GreyImage.blank(SIZE, SIZE), inverted, EnumSet.of(DigitWarning.EMPTY));
        }
        int cropWidth = box[2] - box[0] + 1;
        int cropHeight = box[3] - box[1] + 1;
        GreyImage cropped = crop(inkImage, box[0], box[1], cropWidth, cropHeight);
        Set<DigitWarning> warnings = EnumSet.noneOf(DigitWarning.class);
        int longer = Math.max(cropWidth, cropHeight);
        if (longer < MIN_STROKE_PIXELS || longer < settings.smallStroke() * Math.max(image.width(), image.height())) {
            warnings.add(DigitWarning.STROKE_TOO_SMALL);
        }
        double scale = (double) BOX / longer;
        int fittedWidth = Math.max(1, Math.min(BOX, (int) Math.round(cropWidth * scale)));
        int fittedHeight = Math.max(1, Math.min(BOX, (int) Math.round(cropHeight * scale)));
        GreyImage resized = Resampler.resize(cropped, fittedWidth, fittedHeight);
        GreyImage fitted = place(resized, BOX, (BOX - fittedWidth) / 2, (BOX - fittedHeight) / 2);
        GreyImage centred = centreByMass(resized);
        return new PreprocessedDigit(inkImage, cropped, fitted, centred, inverted, warnings);
    }

    /**
     * Preprocesses packed ARGB pixels ({@code 0xAARRGGBB}, row after row). Colour becomes luminance (Rec. 601
     * weights); transparent pixels count as white paper, so strokes drawn on a transparent canvas read as ink.
     */
    public PreprocessedDigit processArgb(int[] argb, int width, int height) {
        return process(Images.fromArgb(argb, width, height));
    }

    /** Preprocesses 8-bit grey values (0 = black, 255 = white, row after row). */
    public PreprocessedDigit processGrey(byte[] grey, int width, int height) {
        return process(Images.fromGrey(grey, width, height));
    }

    private static float borderMedian(GreyImage image) {
        int w = image.width();
        int h = image.height();
        float[] p = image.raw();
        float[] border = new float[w * h - Math.max(0, w - 2) * Math.max(0, h - 2)];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                    border[n++] = p[y * w + x];
                }
            }
        }
        Arrays.sort(border, 0, n);
        return border[n / 2];
    }

    private float[] toInk(float[] pixels, float background, boolean inverted) {
        float base = inverted ? 1 - background : background;
        float strongest = base;
        for (float value : pixels) {
            strongest = Math.max(strongest, inverted ? 1 - value : value);
        }
        float range = strongest - base;
        float[] ink = new float[pixels.length];
        if (range < settings.minimumContrast()) {
            return ink;
        }
        for (int i = 0; i < pixels.length; i++) {
            float value = inverted ? 1 - pixels[i] : pixels[i];
            ink[i] = Math.max(0f, Math.min(1f, (value - base) / range));
        }
        return ink;
    }

    /** {@code {minX, minY, maxX, maxY}} of pixels at or above the threshold, or null if there are none. */
    private int[] inkBox(GreyImage ink) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        float[] p = ink.raw();
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (p[y * ink.width() + x] >= settings.inkThreshold()) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
    }

    private static GreyImage crop(GreyImage image, int left, int top, int width, int height) {
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.raw(), (top + y) * image.width() + left, out, y * width, width);
        }
        return GreyImage.wrap(width, height, out);
    }

    private static GreyImage place(GreyImage content, int size, int left, int top) {
        float[] out = new float[size * size];
        for (int y = 0; y < content.height(); y++) {
            System.arraycopy(content.raw(), y * content.width(), out, (top + y) * size + left, content.width());
        }
        return GreyImage.wrap(size, size, out);
    }

    /** Places {@code content} in 28x28 with its centre of mass on (14, 14), within the frame. */
    private static GreyImage centreByMass(GreyImage content) {
        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        float[] p = content.raw();
        for (int y = 0; y < content.height(); y++) {
            for (int x = 0; x < content.width(); x++) {
                float value = p[y * content.width() + x];
                mass += value;
                sumX += value * (x + 0.5);
                sumY += value * (y + 0.5);
            }
        }
        int left = (SIZE - content.width()) / 2;
        int top = (SIZE - content.height()) / 2;
        if (mass > 0) {
            left = clamp((int) Math.round(SIZE / 2.0 - sumX / mass), SIZE - content.width());
            top = clamp((int) Math.round(SIZE / 2.0 - sumY / mass), SIZE - content.height());
        }
        return place(content, SIZE, left, top);
    }

    private static int clamp(int offset, int largest) {
        return Math.max(0, Math.min(largest, offset));
    }
}
