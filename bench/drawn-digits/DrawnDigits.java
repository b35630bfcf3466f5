import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws digits as a learner draws them on Neurite's 280x280 canvas: strokes of a round brush (dark ink on white
 * paper), each digit from one of a few hand-made stroke skeletons per class (open and closed 4s, 7s with and without
 * a bar, 1s with and without a flag...), each drawing with its own slant, width, rotation, size, position (off-centre
 * too), brush width and a wobble of the hand. Not MNIST's images nor the bundled ones: a set of our own to measure how
 * models read drawings. Writes DIGIT_INDEX.png files.
 * Usage: java DrawnDigits.java OUTDIR PER_CLASS SEED
 */
public final class DrawnDigits {

    private static final int SIZE = 280;

    public static void main(String[] args) throws IOException {
        File out = new File(args[0]);
        int perClass = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        out.mkdirs();
        for (int digit = 0; digit < 10; digit++) {
            for (int i = 0; i < perClass; i++) {
                List<List<double[]>> variants = skeletons(digit);
                List<double[]>[] strokes = split(variants.get(random.nextInt(variants.size())));
                ImageIO.write(draw(strokes, random), "png", new File(out, digit + "_" + i + ".png"));
            }
        }
    }

    /** A skeleton is a list of strokes; strokes are separated by a null point. */
    @SuppressWarnings("unchecked")
    private static List<double[]>[] split(List<double[]> skeleton) {
        List<List<double[]>> strokes = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (double[] p : skeleton) {
            if (p == null) {
                strokes.add(current);
                current = new ArrayList<>();
            } else {
                current.add(p);
            }
        }
        strokes.add(current);
        return strokes.toArray(new List[0]);
    }

    private static BufferedImage draw(List<double[]>[] strokes, Random random) {
        double slant = (random.nextDouble() * 2 - 1) * 0.25;
        double aspect = 0.65 + random.nextDouble() * 0.45;
        double angle = Math.toRadians((random.nextDouble() * 2 - 1) * 12);
        double height = SIZE * (0.35 + random.nextDouble() * 0.5);
        double width = height * aspect;
        double margin = 20;
        double cx = margin + width / 2 + random.nextDouble() * Math.max(0, SIZE - 2 * margin - width);
        double cy = margin + height / 2 + random.nextDouble() * Math.max(0, SIZE - 2 * margin - height);
        float brush = (float) (10 + random.nextDouble() * 22);
        double wobble = 0.012 + random.nextDouble() * 0.012;
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(new Color(20, 20, 20));
        g.setStroke(new BasicStroke(brush, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (List<double[]> stroke : strokes) {
            Path2D path = new Path2D.Double();
            double driftX = 0;
            double driftY = 0;
            for (int i = 0; i < stroke.size(); i++) {
                driftX = 0.7 * driftX + random.nextGaussian() * wobble;
                driftY = 0.7 * driftY + random.nextGaussian() * wobble;
                double x = stroke.get(i)[0] + driftX - 0.5;
                double y = stroke.get(i)[1] + driftY - 0.5;
                x += slant * -y;
                double rx = x * Math.cos(angle) - y * Math.sin(angle);
                double ry = x * Math.sin(angle) + y * Math.cos(angle);
                double px = cx + rx * width;
                double py = cy + ry * height;
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.draw(path);
        }
        g.dispose();
        return image;
    }

    private static List<List<double[]>> skeletons(int digit) {
        List<List<double[]>> variants = new ArrayList<>();
        switch (digit) {
            case 0 -> {
                variants.add(arc(0.5, 0.5, 0.42, 0.48, 90, 450));
                variants.add(arc(0.5, 0.5, 0.38, 0.48, 100, 440));
            }
            case 1 -> {
                variants.add(line(0.5, 0.02, 0.5, 0.98));
                variants.add(join(line(0.25, 0.25, 0.55, 0.02), line(0.55, 0.02, 0.55, 0.98)));
                variants.add(join(line(0.3, 0.22, 0.55, 0.02), line(0.55, 0.02, 0.55, 0.98), stop(),
                        line(0.3, 0.98, 0.8, 0.98)));
            }
            case 2 -> {
                variants.add(join(arc(0.5, 0.28, 0.4, 0.26, 160, -30), line(0.85, 0.41, 0.1, 0.98),
                        line(0.1, 0.98, 0.95, 0.98)));
                variants.add(join(arc(0.5, 0.28, 0.4, 0.26, 170, -40), line(0.8, 0.45, 0.15, 0.95),
                        arc(0.3, 0.95, 0.15, 0.1, 180, 270), line(0.3, 1.05, 0.95, 0.95)));
            }
            case 3 -> {
                variants.add(join(arc(0.5, 0.26, 0.38, 0.24, 150, -90), arc(0.5, 0.73, 0.42, 0.26, 90, -150)));
                variants.add(join(line(0.15, 0.02, 0.85, 0.02), line(0.85, 0.02, 0.45, 0.42),
                        arc(0.5, 0.7, 0.42, 0.28, 100, -150)));
            }
            case 4 -> {
                variants.add(join(line(0.7, 0.98, 0.7, 0.02), line(0.7, 0.02, 0.05, 0.68),
                        line(0.05, 0.68, 0.95, 0.68)));
                variants.add(join(line(0.25, 0.02, 0.12, 0.6), line(0.12, 0.6, 0.92, 0.6), stop(),
                        line(0.7, 0.2, 0.7, 0.98)));
            }
            case 5 -> {
                variants.add(join(line(0.85, 0.02, 0.25, 0.02), line(0.25, 0.02, 0.2, 0.45),
                        arc(0.48, 0.68, 0.4, 0.3, 140, -150)));
                variants.add(join(line(0.25, 0.02, 0.2, 0.45), arc(0.48, 0.68, 0.4, 0.3, 140, -150), stop(),
                        line(0.25, 0.02, 0.85, 0.02)));
            }
            case 6 -> {
                variants.add(join(line(0.75, 0.02, 0.3, 0.4), line(0.3, 0.4, 0.12, 0.7),
                        arc(0.48, 0.72, 0.36, 0.26, 180, 540)));
                variants.add(join(arc(1.0, 0.6, 0.88, 0.58, 100, 180), arc(0.48, 0.74, 0.36, 0.24, 180, 530)));
            }
            case 7 -> {
                variants.add(join(line(0.05, 0.02, 0.95, 0.02), line(0.95, 0.02, 0.35, 0.98)));
                variants.add(join(line(0.05, 0.08, 0.95, 0.02), line(0.95, 0.02, 0.4, 0.98), stop(),
                        line(0.35, 0.5, 0.85, 0.48)));
            }
            case 8 -> {
                variants.add(join(arc(0.5, 0.26, 0.34, 0.24, 270, 630), arc(0.5, 0.73, 0.42, 0.26, 90, 450)));
                variants.add(join(arc(0.5, 0.25, 0.32, 0.23, 0, 180), line(0.18, 0.25, 0.82, 0.75),
                        arc(0.5, 0.75, 0.32, 0.23, 0, -180), line(0.18, 0.75, 0.82, 0.25)));
            }
            case 9 -> {
                variants.add(join(arc(0.5, 0.3, 0.4, 0.28, 0, 360), line(0.9, 0.3, 0.8, 0.98)));
                variants.add(join(arc(0.5, 0.3, 0.4, 0.28, 10, 370), arc(0.0, 0.3, 0.9, 0.68, 0, -80)));
            }
            default -> throw new IllegalArgumentException("digit " + digit);
        }
        return variants;
    }

    private static double[] stop() {
        return null;
    }

    private static List<double[]> join(Object... parts) {
        List<double[]> all = new ArrayList<>();
        for (Object part : parts) {
            if (part == null) {
                all.add(null);
            } else {
                @SuppressWarnings("unchecked")
                List<double[]> points = (List<double[]>) part;
                all.addAll(points);
            }
        }
        return all;
    }

    private static List<double[]> line(double x0, double y0, double x1, double y1) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            double t = i / 8.0;
            points.add(new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t});
        }
        return points;
    }

    /** An elliptic arc from angle {@code from} to {@code to} degrees (counter-clockwise when to > from; y down). */
    private static List<double[]> arc(double cx, double cy, double rx, double ry, double from, double to) {
        List<double[]> points = new ArrayList<>();
        int steps = (int) Math.max(8, Math.abs(to - from) / 10);
        for (int i = 0; i <= steps; i++) {
            double a = Math.toRadians(from + (to - from) * i / steps);
            points.add(new double[] {cx + rx * Math.cos(a), cy - ry * Math.sin(a)});
        }
        return points;
    }
}
