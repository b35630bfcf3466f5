package dev.neurite.ui.editor.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canvas's zoom sits on top of the text scale: at 150% text, 100% zoom shows a canvas unit as 1.5 pixels. */
class ViewportTest {

    private static final double EPS = 1e-9;

    @Test
    void theTextScaleEnlargesTheCanvasAtTheLearnersZoom() {
        Viewport viewport = new Viewport(new Group());
        viewport.setTextScale(1.5);

        assertEquals(1, viewport.zoom(), EPS);
        assertEquals(1.5, viewport.scale(), EPS);
        assertEquals(new Point2D(100, 40), viewport.toCanvas(150, 60));
        viewport.zoomIn(0, 0);
        assertEquals(1.15, viewport.zoom(), EPS);
        assertEquals(1.5 * 1.15, viewport.scale(), EPS);
    }

    @Test
    void zoomingKeepsThePointUnderThePointer() {
        Viewport viewport = new Viewport(new Group());
        viewport.setTextScale(1.25);
        viewport.panBy(30, -20);
        Point2D before = viewport.toCanvas(200, 120);

        viewport.zoomAt(Viewport.wheelFactor(1), 200, 120);

        Point2D after = viewport.toCanvas(200, 120);
        assertEquals(before.getX(), after.getX(), 1e-6);
        assertEquals(before.getY(), after.getY(), 1e-6);
    }

    @Test
    void fittingNeverZoomsPastTheTextSizeAndShrinksOnlyDownToTheFloor() {
        Viewport viewport = new Viewport(new Group());
        viewport.setTextScale(1.5);
        BoundingBox small = new BoundingBox(40, 40, 210, 92);
        BoundingBox tall = new BoundingBox(40, 40, 210, 1000);

        viewport.fit(small, 1000, 800, 0);
        assertEquals(1, viewport.zoom(), EPS);

        viewport.fit(tall, 1000, 800, 0);
        assertEquals((800 - 60) / 1000.0 / 1.5, viewport.zoom(), EPS);

        viewport.fit(tall, 1000, 800, 1.5);
        assertEquals(1, viewport.zoom(), EPS);
        assertEquals(new Point2D(40, 40), viewport.toCanvas((1000 - 1.5 * 210) / 2, 30));
    }
}
