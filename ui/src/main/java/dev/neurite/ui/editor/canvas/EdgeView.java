package dev.neurite.ui.editor.canvas;

import dev.neurite.ui.editor.Connection;
import dev.neurite.ui.editor.NodeGeometry;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import java.util.List;

/**
 * A connection drawn from the bottom port of one node to the top port of another, following both nodes while they
 * are dragged. A connection that goes down is a smooth curve; one that goes back up (the layout wraps a deep model
 * into columns) runs down, through the gap beside the source's column and up, so it does not cross the nodes.
 * A wide transparent twin of the line makes it easy to click. JavaFX thread only.
 */
final class EdgeView extends Group {

    private static final double BEND = 50;
    private static final double STUB = 18;

    private final Connection connection;
    private final NodeView from;
    private final NodeView to;
    private final Path line = new Path();
    private final Path hit = new Path();

    EdgeView(Connection connection, NodeView from, NodeView to) {
        this.connection = connection;
        this.from = from;
        this.to = to;
        line.getStyleClass().add(CanvasStyles.EDGE);
        line.setMouseTransparent(true);
        hit.getStyleClass().add(CanvasStyles.EDGE_HIT);
        setId("edge-" + connection.from() + "-" + connection.to());
        getChildren().addAll(hit, line);
        for (NodeView node : new NodeView[] {from, to}) {
            node.layoutXProperty().addListener((obs, old, now) -> route());
            node.layoutYProperty().addListener((obs, old, now) -> route());
        }
        route();
    }

    Connection connection() {
        return connection;
    }

    /** Marks this connection as the one a palette drop would splice into. */
    void setDropTarget(boolean target) {
        line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.EDGE_SELECTED), target);
    }

    /** The distance from the canvas point ({@code x}, {@code y}) to the drawn line, in canvas units. */
    double distanceTo(double x, double y) {
        double best = Double.MAX_VALUE;
        double px = 0;
        double py = 0;
        for (PathElement element : line.getElements()) {
            if (element instanceof MoveTo move) {
                px = move.getX();
                py = move.getY();
            } else if (element instanceof LineTo lineTo) {
                best = Math.min(best, segmentDistance(x, y, px, py, lineTo.getX(), lineTo.getY()));
                px = lineTo.getX();
                py = lineTo.getY();
            } else if (element instanceof CubicCurveTo curve) {
                double lastX = px;
                double lastY = py;
                for (int i = 1; i <= 16; i++) {
                    double t = i / 16.0;
                    double u = 1 - t;
                    double cx = u * u * u * px + 3 * u * u * t * curve.getControlX1() + 3 * u * t * t
                            * curve.getControlX2() + t * t * t * curve.getX();
                    double cy = u * u * u * py + 3 * u * u * t * curve.getControlY1() + 3 * u * t * t
                            * curve.getControlY2() + t * t * t * curve.getY();
                    best = Math.min(best, segmentDistance(x, y, lastX, lastY, cx, cy));
                    lastX = cx;
                    lastY = cy;
                }
                px = curve.getX();
                py = curve.getY();
            }
        }
        return best;
    }

    private static double segmentDistance(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    void setSelected(boolean selected) {
        line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.EDGE_SELECTED), selected);
    }

    private void route() {
        double x1 = from.outputPoint().getX();
        double y1 = from.outputPoint().getY();
        double x2 = to.inputPoint().getX();
        double y2 = to.inputPoint().getY();
        List<PathElement> elements;
        if (y2 >= y1 + 2 * STUB) {
            double bend = Math.min(BEND, (y2 - y1) / 2);
            elements = List.of(new MoveTo(x1, y1), new CubicCurveTo(x1, y1 + bend, x2, y2 - bend, x2, y2));
        } else {
            double gap = x2 >= x1 ? (from.getLayoutX() + NodeGeometry.WIDTH + to.getLayoutX()) / 2
                    : (from.getLayoutX() + to.getLayoutX() + NodeGeometry.WIDTH) / 2;
            elements = List.of(new MoveTo(x1, y1), new LineTo(x1, y1 + STUB), new LineTo(gap, y1 + STUB),
                    new LineTo(gap, y2 - STUB), new LineTo(x2, y2 - STUB), new LineTo(x2, y2));
        }
        line.getElements().setAll(elements);
        hit.getElements().setAll(copy(elements));
    }

    private static List<PathElement> copy(List<PathElement> elements) {
        return elements.stream().map(element -> {
            if (element instanceof MoveTo move) {
                return (PathElement) new MoveTo(move.getX(), move.getY());
            }
            if (element instanceof LineTo lineTo) {
                return new LineTo(lineTo.getX(), lineTo.getY());
            }
            CubicCurveTo curve = (CubicCurveTo) element;
            return new CubicCurveTo(curve.getControlX1(), curve.getControlY1(), curve.getControlX2(),
                    curve.getControlY2(), curve.getX(), curve.getY());
        }).toList();
    }
}
