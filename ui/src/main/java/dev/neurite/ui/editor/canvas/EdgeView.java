package dev.neurite.ui.editor.canvas;

import dev.neurite.format.NodePosition;
import dev.neurite.ui.editor.Connection;
import dev.neurite.ui.editor.WirePath;
import dev.neurite.ui.editor.WireRoute;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A connection drawn from the bottom port of one node to the top port of another along the path {@link WireRoute}
 * gives (a curve, or bent into a free lane around the other nodes); the canvas routes it again whenever a node
 * moves. A wide transparent twin of the line makes it easy to click. JavaFX thread only.
 */
final class EdgeView extends Group {

    private final Connection connection;
    private final NodeView from;
    private final NodeView to;
    private final Path line = new Path();
    private final Path hit = new Path();
    private WirePath path;

    EdgeView(Connection connection, NodeView from, NodeView to) {
        this.connection = connection;
        this.from = from;
        this.to = to;
        line.getStyleClass().add(CanvasStyles.EDGE);
        line.setMouseTransparent(true);
        hit.getStyleClass().add(CanvasStyles.EDGE_HIT);
        setId("edge-" + connection.from() + "-" + connection.to());
        getChildren().addAll(hit, line);
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
        return path == null ? Double.MAX_VALUE : path.distanceTo(x, y);
    }

    /** The drawn path, in canvas units (for tests). */
    WirePath path() {
        return path;
    }

    void setSelected(boolean selected) {
        line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.EDGE_SELECTED), selected);
    }

    /** Draws the connection between its nodes' current places, around the nodes at {@code nodes}. */
    void route(Collection<NodePosition> nodes) {
        WirePath routed = WireRoute.between(new NodePosition(from.getLayoutX(), from.getLayoutY()),
                new NodePosition(to.getLayoutX(), to.getLayoutY()), nodes);
        if (routed.equals(path)) {
            return;
        }
        path = routed;
        line.getElements().setAll(elements(routed));
        hit.getElements().setAll(elements(routed));
    }

    private static List<PathElement> elements(WirePath path) {
        List<PathElement> elements = new ArrayList<>();
        elements.add(new MoveTo(path.startX(), path.startY()));
        for (WirePath.Piece piece : path.pieces()) {
            if (piece instanceof WirePath.Curve curve) {
                elements.add(new CubicCurveTo(curve.c1x(), curve.c1y(), curve.c2x(), curve.c2y(), curve.x(),
                        curve.y()));
            } else {
                elements.add(new LineTo(piece.x(), piece.y()));
            }
        }
        return elements;
    }
}
