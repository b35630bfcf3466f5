package dev.neurite.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text a learner cannot read in a shown scene: text elided with an ellipsis and no tooltip to show it whole,
 * text lying outside its container or the window, and text whose contrast against a solid background is below
 * WCAG's 4.5:1. Text inside a scroll pane, a list or table, or a pannable or clipped viewport may lie outside the
 * visible part (it can be scrolled to; this check does not see text a clip hides); disabled controls are exempt
 * from the contrast rule, as in WCAG. JavaFX thread only.
 */
final class Readability {

    /** WCAG 2.1 level AA for normal text. */
    static final double MINIMUM_CONTRAST = 4.5;
    private static final double TOLERANCE = 1.5;

    private Readability() {
    }

    /** Every problem found among the visible text of {@code scene}, one line each, naming the text. */
    static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, problems);
        return problems;
    }

    private static void walk(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            check(text, scene, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, problems);
            }
        }
    }

    private static void check(Text text, Scene scene, List<String> problems) {
        String name = "'" + abbreviate(text.getText()) + "' in " + path(text);
        if (text.getParent() instanceof Labeled labeled && isElided(labeled, text) && !hasTooltip(labeled)) {
            problems.add("elided without a tooltip (full text '" + abbreviate(labeled.getText()) + "'): " + name);
        }
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        if (bounds.getWidth() > 0 && !insideContainers(text, bounds, scene)) {
            problems.add("outside its container or the window " + format(bounds) + ": " + name);
        }
        if (text.isDisabled() || !(text.getFill() instanceof Color foreground)) {
            return;
        }
        Color background = background(text, scene);
        if (background != null) {
            double ratio = contrast(blend(foreground, background), background);
            if (ratio < MINIMUM_CONTRAST) {
                problems.add(String.format(java.util.Locale.ROOT, "contrast %.2f:1 (%s on %s): %s", ratio,
                        foreground, background, name));
            }
        }
    }

    /** Whether hovering shows the full text: a tooltip on the control or installed on it or a near ancestor. */
    private static boolean hasTooltip(Labeled labeled) {
        if (labeled.getTooltip() != null) {
            return true;
        }
        Node at = labeled;
        for (int level = 0; level < 3 && at != null; level++, at = at.getParent()) {
            if (at.getProperties().get("javafx.scene.control.Tooltip") != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isElided(Labeled labeled, Text shown) {
        String ellipsis = labeled.getEllipsisString();
        String full = labeled.getText();
        return full != null && !ellipsis.isEmpty() && shown.getText().endsWith(ellipsis) && !full.endsWith(ellipsis);
    }

    /** Whether the text lies inside the window and every container up to the first one that scrolls or pans. */
    private static boolean insideContainers(Text text, Bounds bounds, Scene scene) {
        for (Parent parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (scrolls(parent) || parent.getParent() != null && scrolls(parent.getParent())) {
                return true;
            }
            if (parent instanceof Region region) {
                Bounds area = region.localToScene(region.getLayoutBounds());
                // Wrapped text's bounds include the wrapping width's trailing spaces: only its height can overflow.
                double slack = text.getWrappingWidth() > 0 ? bounds.getWidth() : 0;
                if (!within(bounds, area.getMinX() - slack, area.getMinY(), area.getMaxX() + slack,
                        area.getMaxY())) {
                    return false;
                }
            }
        }
        return within(bounds, 0, 0, scene.getWidth(), scene.getHeight());
    }

    private static boolean scrolls(Parent parent) {
        String type = parent.getClass().getSimpleName();
        return parent instanceof ScrollPane || parent.getClip() != null || type.equals("VirtualFlow")
                || type.equals("CanvasView") || type.equals("ClippedContainer");
    }

    private static boolean within(Bounds bounds, double minX, double minY, double maxX, double maxY) {
        return bounds.getMinX() >= minX - TOLERANCE && bounds.getMinY() >= minY - TOLERANCE
                && bounds.getMaxX() <= maxX + TOLERANCE && bounds.getMaxY() <= maxY + TOLERANCE;
    }

    /**
     * The solid colour behind {@code node}: the ancestors' background fills from the nearest outwards, translucent
     * ones blended onto the first opaque one (or the scene's fill); null when a gradient or image is in the way.
     */
    static Color background(Node node, Scene scene) {
        List<Color> above = new ArrayList<>();
        Color base = null;
        for (Parent parent = node.getParent(); parent != null && base == null; parent = parent.getParent()) {
            if (!(parent instanceof Region region) || region.getBackground() == null) {
                continue;
            }
            Background fills = region.getBackground();
            if (!fills.getImages().isEmpty()) {
                return null;
            }
            for (int i = fills.getFills().size() - 1; i >= 0 && base == null; i--) {
                BackgroundFill fill = fills.getFills().get(i);
                Paint paint = fill.getFill();
                if (!(paint instanceof Color color)) {
                    return null;
                }
                if (color.getOpacity() >= 0.99) {
                    base = color;
                } else if (color.getOpacity() > 0) {
                    above.add(color);
                }
            }
        }
        if (base == null) {
            base = scene.getFill() instanceof Color fill && fill.getOpacity() > 0.99 ? fill : Color.WHITE;
        }
        for (int i = above.size() - 1; i >= 0; i--) {
            base = blend(above.get(i), base);
        }
        return base;
    }

    /** {@code top} painted over the opaque {@code bottom}. */
    static Color blend(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a), top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG 2.1's contrast ratio of two opaque colours, 1 to 21. */
    static double contrast(Color first, Color second) {
        double one = luminance(first);
        double two = luminance(second);
        return (Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen())
                + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node at = node.getParent(); at != null && path.length() < 200; at = at.getParent()) {
            String id = at.getId() != null ? "#" + at.getId()
                    : at.getStyleClass().isEmpty() ? at.getClass().getSimpleName() : "." + at.getStyleClass().get(0);
            path.append(path.length() == 0 ? "" : " < ").append(id);
            if (at.getId() != null) {
                break;
            }
        }
        return path.toString();
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    private static String format(Bounds bounds) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight());
    }
}
