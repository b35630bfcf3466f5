package dev.neurite.data.preprocess;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigitPreprocessorTest {

    private final DigitPreprocessor preprocessor = new DigitPreprocessor();

    /** A "7": a horizontal bar and a diagonal, drawn in a {@code size} box at ({@code left}, {@code top}). */
    private static float[] seven(int canvas, int left, int top, int size, boolean darkOnLight) {
        float[] pixels = new float[canvas * canvas];
        float paper = darkOnLight ? 1f : 0f;
        java.util.Arrays.fill(pixels, paper);
        float stroke = Math.max(1f, size / 8f);
        for (int y = 0; y < canvas; y++) {
            for (int x = 0; x < canvas; x++) {
                double u = (x - left + 0.5) / size;
                double v = (y - top + 0.5) / size;
                boolean bar = u >= 0.1 && u <= 0.9 && v >= 0 && v <= stroke / size;
                double diagonalX = 0.9 - 0.5 * v;
                boolean diagonal = v >= 0 && v <= 1 && Math.abs(u - diagonalX) * size <= stroke / 2;
                if (bar || diagonal) {
                    pixels[y * canvas + x] = 1f - paper;
                }
            }
        }
        return pixels;
    }

    @Test
    void smallOffCentreDigitAndLargeCentredOneGiveNearlyTheSame28x28() {
        // Tolerance: mean absolute difference below 0.02 per pixel, ink in [0, 1] (measured: 0.0075). The two differ
        // only by resampling, so anything larger means cropping, fitting or centring disagree.
        PreprocessedDigit small = preprocessor.process(new GreyImage(200, 200, seven(200, 20, 120, 40, false)));
        PreprocessedDigit large = preprocessor.process(new GreyImage(200, 200, seven(200, 20, 20, 160, false)));
        float[] a = small.input();
        float[] b = large.input();
        double difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference += Math.abs(a[i] - b[i]);
        }
        assertTrue(difference / a.length < 0.02, "mean difference " + difference / a.length);
        assertTrue(small.warnings().isEmpty());
    }

    @Test
    void darkInkOnLightPaperIsInvertedToWhiteOnBlack() {
        PreprocessedDigit light = preprocessor.process(new GreyImage(100, 100, seven(100, 10, 10, 80, true)));
        PreprocessedDigit dark = preprocessor.process(new GreyImage(100, 100, seven(100, 10, 10, 80, false)));
        assertTrue(light.inverted());
        assertFalse(dark.inverted());
        assertEquals(dark.centred(), light.centred());
    }

    @Test
    void resultIs28x28WithTheDigitIn20x20AndCentreOfMassAtTheCentre() {
        PreprocessedDigit digit = preprocessor.process(new GreyImage(120, 120, seven(120, 70, 5, 30, false)));
        assertEquals(28, digit.centred().width());
        assertEquals(20, digit.fitted().height());
        double mass = 0;
        double x = 0;
        double y = 0;
        int inkColumns = 0;
        for (int row = 0; row < 28; row++) {
            for (int column = 0; column < 28; column++) {
                float value = digit.centred().get(column, row);
                mass += value;
                x += value * (column + 0.5);
                y += value * (row + 0.5);
            }
        }
        for (int column = 0; column < 28; column++) {
            for (int row = 0; row < 28; row++) {
                if (digit.centred().get(column, row) > 0) {
                    inkColumns++;
                    break;
                }
            }
        }
        assertEquals(14, x / mass, 0.5);
        assertEquals(14, y / mass, 0.5);
        assertTrue(inkColumns <= 20, "ink spans " + inkColumns + " columns");
    }

    @Test
    void blankImageIsFlaggedEmptyNotThrown() {
        float[] paper = new float[50 * 50];
        java.util.Arrays.fill(paper, 0.9f);
        PreprocessedDigit digit = preprocessor.process(new GreyImage(50, 50, paper));
        assertTrue(digit.isEmpty());
        assertEquals(0f, digit.input()[14 * 28 + 14]);
    }

    @Test
    void tinyStrokeIsFlaggedTooSmall() {
        float[] pixels = new float[200 * 200];
        pixels[100 * 200 + 100] = 1f;
        pixels[101 * 200 + 100] = 1f;
        PreprocessedDigit digit = preprocessor.process(new GreyImage(200, 200, pixels));
        assertTrue(digit.warnings().contains(DigitWarning.STROKE_TOO_SMALL));
        assertFalse(digit.isEmpty());
    }

    @Test
    void transparentCanvasWithBlackStrokesReadsAsInk() {
        int[] argb = new int[40 * 40];
        for (int y = 5; y < 35; y++) {
            argb[y * 40 + 20] = 0xFF000000;
        }
        PreprocessedDigit digit = preprocessor.processArgb(argb, 40, 40);
        assertTrue(digit.inverted());
        assertEquals(1f, digit.centred().get(14, 14), 0.01f);
    }

    @Test
    void imageFileIsReadThroughImageIo(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, Math.abs(x - y) < 3 ? 0x000000 : 0xFFFFFF);
            }
        }
        Path file = folder.resolve("diagonal.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        PreprocessedDigit digit = preprocessor.process(Images.read(file));
        assertTrue(digit.inverted());
        assertTrue(digit.warnings().isEmpty());
    }
}
