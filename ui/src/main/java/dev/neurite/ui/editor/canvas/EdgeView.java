package dev.neurite.ui.editor.canvas;

import dev.neurite.ui.editor.Connection;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;

/**
 * A connection drawn from the bottom port of one node to the top port of another; follows both nodes while they
 * are dragged. A wide transparent twin of the curve makes it easy to click. JavaFX thread only.
 */
final class EdgeView extends Group {

    private static final double BEND = 50;

    private final Connection connection;
    private final CubicCurve line = new CubicCurve();

    EdgeView(Connection connection, NodeView from, NodeView to) {
        this.connection = connection;
        CubicCurve hit = new CubicCurve();
        for (CubicCurve curve : new CubicCurve[] {line, hit}) {
            curve.startXProperty().bind(from.layoutXProperty().add(from.prefWidth(-1) / 2));
            curve.startYProperty().bind(from.layoutYProperty().add(from.prefHeight(-1)));
            curve.endXProperty().bind(to.layoutXProperty().add(to.prefWidth(-1) / 2));
            curve.endYProperty().bind(to.layoutYProperty());
            curve.controlX1Property().bind(curve.startXProperty());
            curve.controlY1Property().bind(Bindings.add(curve.startYProperty(), BEND));
            curve.controlX2Property().bind(curve.endXProperty());
            curve.controlY2Property().bind(Bindings.subtract(curve.endYProperty(), BEND));
        }
        line.getStyleClass().add(CanvasStyles.EDGE);
        line.setMouseTransparent(true);
        hit.getStyleClass().add(CanvasStyles.EDGE_HIT);
        setId("edge-" + connection.from() + "-" + connection.to());
        getChildren().addAll(hit, line);
    }

    Connection connection() {
        return connection;
    }

    void setSelected(boolean selected) {
        line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.EDGE_SELECTED), selected);
    }
}
