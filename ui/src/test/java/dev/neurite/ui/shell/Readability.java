package dev.neurite.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds text a learner cannot read in a shown scene: text elided with an ellipsis and no tooltip to show it whole,
 * text lying outside its container or the window, text whose contrast against a solid background is below
 * WCAG's 4.5:1, and a scroll pane meant to fit its content's width that scrolls sideways all the same. Text
 * inside a scroll pane, a list or table, or a pannable or clipped viewport may lie outside the visible part (it can
 * be scrolled to; this check does not see text a clip hides); disabled controls are exempt from the contrast rule,
 * as in WCAG. JavaFX thread only.
 */
final class Readability {

    /** WCAG 2.1 level AA for normal text. */
    static final double MINIMUM_CONTRAST = 4.5;
    private static final double TOLERANCE = 1.5;
    private static final double SMALLEST_NAME = 0.75;

    private Readability() {
    }

    /** Every problem found among the visible text of {@code scene}, one line each, naming the text. */
    static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, problems);
        return problems;
    }

    /**
     * Every problem of the model canvas's cards in {@code scene}: text elided (even with a tooltip: a card's name,
     * layer, shape and parameter count must show whole), text or the problem badge outside its card, a contrast
     * below 4.5:1 against the card, or card text
     * not drawn at {@code fontPixels} pixels on screen (the canvas's font times its scale; a long name may be shrunk
     * to three quarters of it); one line each. No cards at all is a problem too.
     */
    static List<String> cardProblems(Scene scene, double fontPixels) {
        List<String> problems = new ArrayList<>();
        java.util.Set<Node> cards = scene.getRoot().lookupAll(".node-card");
        if (cards.isEmpty()) {
            problems.add("no canvas cards found");
        }
        for (Node card : cards) {
            Bounds area = card.localToScene(card.getLayoutBounds());
            for (Text text : texts(card)) {
                String name = "'" + abbreviate(text.getText()) + "' in " + path(text);
                if (text.getParent() instanceof Labeled labeled && !text.getText().equals(labeled.getText())) {
                    problems.add("elided (full text '" + labeled.getText() + "'): " + name);
                }
                Bounds bounds = text.localToScene(text.getBoundsInLocal());
                if (!within(bounds, area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY())) {
                    problems.add("outside its card " + format(bounds) + " of " + format(area) + ": " + name);
                }
                String faint = lowContrast(text, scene);
                if (faint != null) {
                    problems.add(faint + ": " + name);
                }
                double onScreen = text.getFont().getSize() * text.getLocalToSceneTransform().getMyy();
                // A long name may be shrunk to fit, down to three quarters.
                if (text.getParent() instanceof Labeled
                        && (onScreen > fontPixels + 0.5 || onScreen < SMALLEST_NAME * fontPixels - 0.5)) {
                    problems.add(String.format(Locale.ROOT, "drawn at %.1f px instead of %.1f px: %s", onScreen,
                            fontPixels, name));
                }
            }
        }
        return problems;
    }

    /** The visible, non-blank text nodes under {@code node}. */
    private static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            found.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(texts(child)));
        }
        return found;
    }

    private static void walk(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            check(text, scene, problems);
        }
        if (node instanceof ScrollPane pane) {
            String sideways = scrollsSideways(pane);
            if (sideways != null) {
                problems.add(sideways);
            }
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
        String broken = wordBrokenInside(text);
        if (broken != null) {
            problems.add("breaks inside the word '" + broken + "': " + name);
        }
        Bounds bounds = inkBounds(text);
        String cut = bounds.getWidth() > 0 ? cutOff(text, bounds, scene) : null;
        if (cut != null) {
            problems.add("cut off at " + format(bounds) + ", " + cut + ": " + name);
        }
        String faint = lowContrast(text, scene);
        if (faint != null) {
            problems.add(faint + ": " + name);
        }
    }

    /** The contrast problem of {@code text} against the solid colour behind it, or null (also when not computable). */
    private static String lowContrast(Text text, Scene scene) {
        if (text.isDisabled() || !(text.getFill() instanceof Color foreground)) {
            return null;
        }
        Color background = background(text, scene);
        if (background == null) {
            return null;
        }
        double ratio = contrast(blend(foreground, background), background);
        return ratio >= MINIMUM_CONTRAST ? null
                : String.format(Locale.ROOT, "contrast %.2f:1 (%s on %s)", ratio, foreground, background);
    }

    /**
     * A word of wrapped {@code text} wider than its wrapping width (so it is split across two lines), or null. Lines
     * break where {@link BreakIterator}'s line rules allow (after spaces and hyphens), as JavaFX's text layout does;
     * a piece between two such places that does not fit is cut inside.
     */
    static String wordBrokenInside(Text text) {
        double width = text.getWrappingWidth();
        if (width <= 0) {
            return null;
        }
        String shown = text.getText();
        BreakIterator pieces = BreakIterator.getLineInstance(Locale.ROOT);
        pieces.setText(shown);
        Text measure = new Text();
        measure.setFont(text.getFont());
        for (int start = pieces.first(), end = pieces.next(); end != BreakIterator.DONE;
             start = end, end = pieces.next()) {
            String word = shown.substring(start, end).strip();
            measure.setText(word);
            if (!word.isEmpty() && measure.getLayoutBounds().getWidth() > width + TOLERANCE) {
                return word;
            }
        }
        return null;
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

    /**
     * Where {@code text} is drawn, in the scene. Wrapped text's own bounds span its whole wrapping width (trailing
     * spaces and short lines included), so for it the glyphs of a copy laid out alike are measured.
     */
    private static Bounds inkBounds(Text text) {
        if (text.getWrappingWidth() <= 0) {
            return text.localToScene(text.getBoundsInLocal());
        }
        Text copy = new Text(text.getX(), text.getY(), text.getText());
        copy.setFont(text.getFont());
        copy.setWrappingWidth(text.getWrappingWidth());
        copy.setTextAlignment(text.getTextAlignment());
        copy.setTextOrigin(text.getTextOrigin());
        copy.setLineSpacing(text.getLineSpacing());
        copy.setBoundsType(TextBoundsType.VISUAL);
        return text.localToScene(copy.getBoundsInLocal());
    }

    /**
     * Where the text is cut off, or null if it lies inside the window and every container up to the first one that
     * scrolls or pans. A scroll pane counts as scrolling only along an axis it has a scroll bar for: text beyond its
     * viewport along an axis whose bar is never shown is cut off. Other clipped containers (split pane and tab
     * contents) must show the text inside their clip.
     */
    private static String cutOff(Text text, Bounds bounds, Scene scene) {
        for (Node child = text; child.getParent() != null; child = child.getParent()) {
            Parent parent = child.getParent();
            ScrollPane pane = scrollPaneOf(child);
            if (pane != null) {
                Bounds viewport = viewport(child, pane);
                boolean acrossFits = within(bounds, viewport.getMinX(), -Double.MAX_VALUE,
                        viewport.getMaxX(), Double.MAX_VALUE);
                boolean downFits = within(bounds, -Double.MAX_VALUE, viewport.getMinY(), Double.MAX_VALUE,
                        viewport.getMaxY());
                boolean seen = (acrossFits || pane.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER)
                        && (downFits || pane.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER);
                return seen ? null : "outside the viewport " + format(viewport) + " of a scroll pane without a bar";
            }
            if (pans(parent)) {
                return null;
            }
            if (parent.getClip() != null) {
                Bounds clip = parent.localToScene(parent.getClip().getBoundsInParent());
                if (!within(bounds, clip.getMinX(), clip.getMinY(), clip.getMaxX(), clip.getMaxY())) {
                    return "outside the clip " + format(clip) + " of " + name(parent);
                }
            }
            if (parent instanceof Region region) {
                Bounds area = region.localToScene(region.getLayoutBounds());
                if (!within(bounds, area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY())) {
                    return "outside its container " + format(area) + " " + name(parent);
                }
            }
        }
        return within(bounds, 0, 0, scene.getWidth(), scene.getHeight()) ? null : "outside the window";
    }

    /**
     * A scroll pane made to fit its content to its width whose content is wider all the same (its inputs or text
     * would not give way): the learner has to scroll sideways to reach them.
     */
    private static String scrollsSideways(ScrollPane pane) {
        Node content = pane.getContent();
        if (!pane.isFitToWidth() || content == null) {
            return null;
        }
        double wide = content.getLayoutBounds().getWidth();
        double shown = pane.getViewportBounds().getWidth();
        return wide <= shown + TOLERANCE ? null : String.format(Locale.ROOT,
                "scrolls sideways (content %.0f px wide, %.0f px shown): %s in %s", wide, shown, name(content),
                path(content));
    }

    /** The scroll pane whose content {@code node} is (its skin puts two panes between them), or null. */
    private static ScrollPane scrollPaneOf(Node node) {
        Node at = node.getParent();
        for (int level = 0; level < 3 && at != null; level++, at = at.getParent()) {
            if (at instanceof ScrollPane pane) {
                return pane.getContent() == node ? pane : null;
            }
        }
        return null;
    }

    /** The visible part of {@code pane}, in the scene: its skin's clipped child holding {@code content}. */
    private static Bounds viewport(Node content, ScrollPane pane) {
        Node at = content;
        while (at.getParent() != pane) {
            at = at.getParent();
        }
        return at.localToScene(at.getLayoutBounds());
    }

    /**
     * Lists and tables (their rows scroll), the model canvas (it pans) and text fields, or a part of one of them:
     * text may lie beyond what they show.
     */
    private static boolean pans(Parent parent) {
        return pansItself(parent) || parent.getParent() != null && pansItself(parent.getParent());
    }

    /** A list's or table's flow, the model canvas, or a text field (its text scrolls with the caret). */
    private static boolean pansItself(Parent parent) {
        return parent instanceof VirtualFlow<?> || parent instanceof TextInputControl
                || parent.getClass().getSimpleName().equals("CanvasView");
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

    private static String name(Node node) {
        return node.getId() != null ? "#" + node.getId()
                : node.getStyleClass().isEmpty() ? node.getClass().getSimpleName() : "." + node.getStyleClass().get(0);
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
