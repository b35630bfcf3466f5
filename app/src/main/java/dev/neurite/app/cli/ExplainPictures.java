package dev.neurite.app.cli;

import dev.neurite.explain.ActivationStatistics;
import dev.neurite.explain.HeatColours;
import dev.neurite.explain.InputGeometry;
import dev.neurite.explain.KernelImage;
import dev.neurite.explain.LayerActivation;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Draws explanations as images for {@code neurite explain}: feature-map grids with one stated colour scale per layer,
 * unit strips, probability bars, filter grids and overlays on the input. Each picture has a caption that says what it
 * shows. Stateless; any thread (headless AWT).
 */
final class ExplainPictures {

    private static final int MARGIN = 8;
    private static final int GAP = 3;
    private static final int CAPTION = 36;
    private static final Color PAPER = Color.WHITE;
    private static final Color INK = new Color(40, 40, 40);

    private ExplainPictures() {
    }

    /** Every feature map of an (H, W, C) output, strongest mean first, on one colour scale from the layer's range. */
    static BufferedImage featureMaps(LayerActivation layer) {
        int h = layer.shape().dim(0);
        int w = layer.shape().dim(1);
        int c = layer.shape().dim(2);
        int scale = Math.max(1, 56 / Math.max(h, w));
        int columns = (int) Math.ceil(Math.sqrt(c * 1.6));
        int rows = (c + columns - 1) / columns;
        ActivationStatistics stats = layer.statistics();
        Integer[] order = strongestFirst(layer.channelMeans());
        String detail = String.format(Locale.ROOT, "%d feature maps, strongest first; black = %.3g, yellow = %.3g "
                + "(one scale for the layer)", c, stats.min(), stats.max());
        int width = Math.max(captionWidth(title(layer), detail), 2 * MARGIN + columns * (w * scale + GAP));
        int height = CAPTION + MARGIN + rows * (h * scale + GAP) + MARGIN;
        BufferedImage image = canvas(width, height);
        Graphics2D g = graphics(image);
        caption(g, title(layer), detail);
        for (int k = 0; k < c; k++) {
            int channel = order[k];
            int[] argb = HeatColours.sequential(layer.featureMap(channel), stats.min(), stats.max());
            paint(image, argb, w, h, scale, MARGIN + (k % columns) * (w * scale + GAP),
                    CAPTION + MARGIN + (k / columns) * (h * scale + GAP));
        }
        g.dispose();
        return image;
    }

    /** A vector output as a strip of bars, one per unit in unit order, with the strongest units labelled. */
    static BufferedImage units(LayerActivation layer) {
        float[] values = layer.values();
        int n = values.length;
        int bar = n <= 64 ? 8 : n <= 256 ? 3 : n <= 1024 ? 1 : 1;
        int shown = Math.min(n, 2048);
        ActivationStatistics stats = layer.statistics();
        String detail = String.format(Locale.ROOT, "%d units in order%s; from %.3g to %.3g, %.0f%% exactly 0 "
                + "(the 5 strongest labelled)", n, shown < n ? " (first " + shown + ")" : "", stats.min(), stats.max(),
                stats.zeroFraction() * 100);
        int width = Math.max(captionWidth(title(layer), detail), 2 * MARGIN + shown * bar);
        int plot = 90;
        BufferedImage image = canvas(width, CAPTION + plot + 2 * MARGIN + 40);
        Graphics2D g = graphics(image);
        float low = Math.min(0, stats.min());
        float high = Math.max(0, stats.max());
        float span = high - low > 0 ? high - low : 1;
        int zero = CAPTION + MARGIN + Math.round(plot * high / span);
        caption(g, title(layer), detail);
        for (int i = 0; i < shown; i++) {
            int top = CAPTION + MARGIN + Math.round(plot * (high - Math.max(0, values[i])) / span);
            int bottom = CAPTION + MARGIN + Math.round(plot * (high - Math.min(0, values[i])) / span);
            g.setColor(new Color(HeatColours.sequential(high > low ? (values[i] - low) / span : 0)));
            g.fillRect(MARGIN + i * bar, top, Math.max(1, bar - (bar > 2 ? 1 : 0)), Math.max(1, bottom - top));
        }
        g.setColor(Color.GRAY);
        g.drawLine(MARGIN, zero, MARGIN + shown * bar, zero);
        g.setColor(INK);
        Integer[] order = strongestFirst(values);
        java.util.List<Integer> labelled = new java.util.ArrayList<>();
        for (int k = 0; k < Math.min(5, shown); k++) {
            if (order[k] < shown) {
                labelled.add(order[k]);
            }
        }
        labelled.sort(null);
        int row = 0;
        int lastEnd = Integer.MIN_VALUE;
        for (int unit : labelled) {
            String label = "#" + unit;
            int x = MARGIN + unit * bar;
            row = x < lastEnd ? row + 1 : 0; // a label that would overlap the previous one goes one line lower
            g.drawString(label, x, CAPTION + plot + 2 * MARGIN + 10 + row * 12);
            lastEnd = x + g.getFontMetrics().stringWidth(label) + 4;
        }
        g.dispose();
        return image;
    }

    /** The output layer as one labelled bar per class. */
    static BufferedImage probabilities(LayerActivation layer, List<String> classNames) {
        float[] p = layer.values();
        int row = 20;
        BufferedImage image = canvas(420, CAPTION + MARGIN + p.length * row + MARGIN);
        Graphics2D g = graphics(image);
        caption(g, title(layer), "the probability of each class (model.predict)");
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        for (int i = 0; i < p.length; i++) {
            int y = CAPTION + MARGIN + i * row;
            g.setColor(INK);
            String name = i < classNames.size() ? classNames.get(i) : String.valueOf(i);
            g.drawString(name, MARGIN, y + 14);
            g.setColor(i == best ? new Color(212, 72, 66) : new Color(120, 120, 160));
            g.fillRect(MARGIN + 90, y + 3, Math.round(240 * p[i]), row - 6);
            g.setColor(INK);
            g.drawString(String.format(Locale.ROOT, "%.1f%%", p[i] * 100), MARGIN + 90 + 250, y + 14);
        }
        g.dispose();
        return image;
    }

    /** Filters or unit weights as small images on one diverging scale (blue negative, white 0, red positive). */
    static BufferedImage kernels(String title, List<KernelImage> kernels) {
        float limit = 0;
        for (KernelImage kernel : kernels) {
            limit = Math.max(limit, kernel.largestMagnitude());
        }
        int h = kernels.get(0).height();
        int w = kernels.get(0).width();
        int scale = Math.max(2, 48 / Math.max(h, w));
        int columns = Math.min(kernels.size(), (int) Math.ceil(Math.sqrt(kernels.size() * 1.6)));
        int rows = (kernels.size() + columns - 1) / columns;
        String detail = String.format(Locale.ROOT, "blue = %.3g, white = 0, red = +%.3g: red looks for ink, blue "
                + "for paper", -limit, limit);
        BufferedImage image = canvas(Math.max(captionWidth(title, detail), 2 * MARGIN + columns * (w * scale + GAP)),
                CAPTION + MARGIN + rows * (h * scale + GAP) + MARGIN);
        Graphics2D g = graphics(image);
        caption(g, title, detail);
        for (int k = 0; k < kernels.size(); k++) {
            paint(image, HeatColours.diverging(kernels.get(k).values(), limit), w, h, scale,
                    MARGIN + (k % columns) * (w * scale + GAP), CAPTION + MARGIN + (k / columns) * (h * scale + GAP));
        }
        g.dispose();
        return image;
    }

    /** The input in grey with {@code overlay} (ARGB with alpha) on top, enlarged, with two caption lines. */
    static BufferedImage overlay(float[] input, InputGeometry geometry, int[] overlay, String title, String how) {
        int scale = 12;
        int w = geometry.width();
        int h = geometry.height();
        BufferedImage image = canvas(Math.max(2 * MARGIN + w * scale, captionWidth(title, how)),
                CAPTION + MARGIN + h * scale + MARGIN);
        Graphics2D g = graphics(image);
        caption(g, title, how);
        int[] grey = new int[geometry.pixels()];
        for (int p = 0; p < grey.length; p++) {
            float v = 0;
            for (int c = 0; c < geometry.channels(); c++) {
                v += input[p * geometry.channels() + c] / geometry.channels();
            }
            // Pale ink, so the overlay's colour stands out against it.
            int level = 255 - Math.round(Math.max(0, Math.min(1, v)) * 130);
            grey[p] = 0xFF000000 | level << 16 | level << 8 | level;
        }
        paint(image, grey, w, h, scale, MARGIN, CAPTION + MARGIN);
        BufferedImage layer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        layer.setRGB(0, 0, w, h, overlay, 0, w);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(layer, MARGIN, CAPTION + MARGIN, w * scale, h * scale, null);
        g.dispose();
        return image;
    }

    /** The input as the network sees it, enlarged, white ink on black as MNIST stores it. */
    static BufferedImage input(float[] input, InputGeometry geometry) {
        int[] argb = HeatColours.sequential(new float[geometry.pixels()], 0, 1);
        for (int p = 0; p < argb.length; p++) {
            int level = Math.round(Math.max(0, Math.min(1, input[p * geometry.channels()])) * 255);
            argb[p] = 0xFF000000 | level << 16 | level << 8 | level;
        }
        BufferedImage image = new BufferedImage(geometry.width() * 10, geometry.height() * 10,
                BufferedImage.TYPE_INT_RGB);
        paint(image, argb, geometry.width(), geometry.height(), 10, 0, 0);
        return image;
    }

    private static int captionWidth(String title, String detail) {
        Graphics2D g = graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        int plain = g.getFontMetrics().stringWidth(detail);
        g.setFont(g.getFont().deriveFont(Font.BOLD));
        int bold = g.getFontMetrics().stringWidth(title);
        g.dispose();
        return Math.max(plain, bold) + 2 * MARGIN;
    }

    private static String title(LayerActivation layer) {
        return layer.name() + " (" + layer.type() + "), output " + layer.shape().toKerasString();
    }

    /** Indices of {@code values}, largest first (ties: lower index first). */
    static Integer[] strongestFirst(float[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(values[b], values[a]));
        return order;
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(PAPER);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return g;
    }

    private static void caption(Graphics2D g, String title, String detail) {
        g.setColor(INK);
        g.setFont(g.getFont().deriveFont(Font.BOLD));
        g.drawString(title, MARGIN, 15);
        g.setFont(g.getFont().deriveFont(Font.PLAIN));
        g.drawString(detail, MARGIN, 31);
    }

    private static void paint(BufferedImage image, int[] argb, int w, int h, int scale, int x0, int y0) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int colour = argb[y * w + x];
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(x0 + x * scale + dx, y0 + y * scale + dy, colour);
                    }
                }
            }
        }
    }
}
