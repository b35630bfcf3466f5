package dev.neurite.ui.draw;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Paints a {@link Stroke} smoothly: quadratic curves whose control points are the recorded points and whose ends are
 * the midpoints between them, so the line bends through the pointer's path without corners; round caps and joins;
 * a single point becomes a dot. JavaFX thread only (it draws on a canvas).
 */
final class StrokePainter {

    private StrokePainter() {
    }

    static void paint(GraphicsContext g, Stroke stroke, Color ink, Color paper) {
        Color colour = stroke.erase() ? paper : ink;
        int n = stroke.points().size();
        Stroke.Point first = stroke.point(0);
        if (n == 1) {
            double r = stroke.width() / 2;
            g.setFill(colour);
            g.fillOval(first.x() - r, first.y() - r, stroke.width(), stroke.width());
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(stroke.width());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        g.moveTo(first.x(), first.y());
        for (int i = 1; i < n - 1; i++) {
            Stroke.Point control = stroke.point(i);
            Stroke.Point next = stroke.point(i + 1);
            g.quadraticCurveTo(control.x(), control.y(), (control.x() + next.x()) / 2, (control.y() + next.y()) / 2);
        }
        Stroke.Point last = stroke.point(n - 1);
        g.lineTo(last.x(), last.y());
        g.stroke();
    }
}
