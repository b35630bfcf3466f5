package dev.neurite.ui.editor.canvas;

import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.ModelSummary;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.LayerConfig;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.editor.NodeGeometry;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One layer on the canvas: a card with its name, type and key arguments, output shape as Keras prints it and
 * parameter count, a problem badge (icon and colour, explained on hover), an input port on top and an output port
 * at the bottom. Positioned by {@code layoutX/layoutY} in canvas units. JavaFX thread only.
 */
final class NodeView extends Pane {

    private static final double PORT_RADIUS = 6;
    private static final double TOOLTIP_DELAY_MS = 300;
    private static final double TOOLTIP_WIDTH = 420;
    /** The smallest share of the card's font a long name is shrunk to before it is elided. */
    private static final double SMALLEST_NAME = 0.75;

    private final String name;
    private final Label title = new Label();
    private final FontIcon badge = Icons.of(Feather.ALERT_TRIANGLE, CanvasStyles.NODE_BADGE);
    private final Label type = new Label();
    private final Label shape = new Label();
    private final Label params = new Label();
    private final Circle inPort = new Circle(PORT_RADIUS);
    private final Circle outPort = new Circle(PORT_RADIUS);
    private final Tooltip tooltip = new Tooltip();
    private final HBox header = new HBox(4);
    private final VBox card = new VBox(1);
    /** The name's font size from the stylesheet, before any shrinking. */
    private double cssNameSize;

    NodeView(String name) {
        this.name = name;
        setId("node-" + name);
        getStyleClass().add(CanvasStyles.NODE);
        setFocusTraversable(true);
        setPrefSize(NodeGeometry.WIDTH, NodeGeometry.HEIGHT);
        setMinSize(NodeGeometry.WIDTH, NodeGeometry.HEIGHT);
        setMaxSize(NodeGeometry.WIDTH, NodeGeometry.HEIGHT);

        title.getStyleClass().add(CanvasStyles.NODE_NAME);
        type.getStyleClass().add(CanvasStyles.NODE_TYPE);
        shape.getStyleClass().add(CanvasStyles.NODE_SHAPE);
        params.getStyleClass().add(CanvasStyles.NODE_PARAMS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Without problems the name has the whole width.
        badge.managedProperty().bind(badge.visibleProperty());
        header.getChildren().addAll(title, spacer, badge);
        card.getChildren().addAll(header, type, shape, params);
        card.setLayoutX(0);
        card.setPrefSize(NodeGeometry.WIDTH, NodeGeometry.HEIGHT);
        card.getStyleClass().add("node-card");

        inPort.getStyleClass().addAll(CanvasStyles.PORT, CanvasStyles.PORT_IN);
        outPort.getStyleClass().addAll(CanvasStyles.PORT, CanvasStyles.PORT_OUT);
        inPort.setId("in-" + name);
        outPort.setId("out-" + name);
        inPort.setCenterX(NodeGeometry.WIDTH / 2);
        inPort.setCenterY(0);
        outPort.setCenterX(NodeGeometry.WIDTH / 2);
        outPort.setCenterY(NodeGeometry.HEIGHT);
        getChildren().addAll(card, inPort, outPort);
        tooltip.setShowDelay(javafx.util.Duration.millis(TOOLTIP_DELAY_MS));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(TOOLTIP_WIDTH);
        Tooltip.install(card, tooltip);
    }

    String name() {
        return name;
    }

    @Override
    protected void layoutChildren() {
        fitName();
        super.layoutChildren();
    }

    /**
     * Shrinks the name's font (down to {@link #SMALLEST_NAME} of the card's) when the whole name would not fit the
     * card's width (Keras's {@code global_average_pooling2d_1} does not at the card's font); a name longer still is
     * elided, its tooltip naming it. Called in layout, when the card's font is known.
     */
    private void fitName() {
        javafx.scene.text.Font font = title.getFont();
        if (font == null) {
            return;
        }
        if (title.getStyle().isEmpty()) {
            cssNameSize = font.getSize();
        }
        // The header row: name, spacer, badge (when shown), with a gap between each two.
        double room = NodeGeometry.WIDTH - card.snappedLeftInset() - card.snappedRightInset() - header.getSpacing()
                - (badge.isVisible() ? badge.prefWidth(-1) + header.getSpacing() : 0);
        double insets = title.snappedLeftInset() + title.snappedRightInset();
        double wanted = title.prefWidth(-1);
        double smallest = cssNameSize * SMALLEST_NAME;
        if (wanted > room && font.getSize() > smallest && room > insets) {
            // The label's own measure at its current size, scaled: text width is proportional to the font size.
            double fitting = Math.floor(font.getSize() * (room - insets) / (wanted - insets) * 10) / 10;
            double size = Math.max(smallest, fitting);
            title.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        }
    }

    Circle outPort() {
        return outPort;
    }

    /** Shows {@code info} and the node's problems. */
    void update(NodeInfo info, List<Diagnostic> problems) {
        LayerConfig layer = info.node().layer();
        title.setText(name);
        String arguments = layer.keyArguments();
        type.setText(layer.kerasClassName() + (arguments.isEmpty() ? "" : "(" + arguments + ")"));
        shape.setText(info.hasShape() ? info.outputShape().toKerasString() : "shape unknown");
        long count = info.parameters().total();
        params.setText(ModelSummary.thousands(count) + (count == 1 ? " param" : " params"));

        boolean error = problems.stream().anyMatch(Diagnostic::isError);
        String problemCount = problems.isEmpty() ? ""
                : ", " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        setAccessibleText(name + ", " + type.getText() + ", output " + shape.getText() + ", " + params.getText()
                + problemCount);
        getStyleClass().removeAll(CanvasStyles.NODE_ERROR, CanvasStyles.NODE_WARNING);
        badge.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            getStyleClass().add(error ? CanvasStyles.NODE_ERROR : CanvasStyles.NODE_WARNING);
            badge.setIconCode(error ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE);
            tooltip.setText(name + "\n\n" + problems.stream().map(d -> (d.isError() ? "Error: " : "Warning: ")
                    + d.message() + (d.fix() == null ? "" : "\nFix: " + d.fix().label()))
                    .collect(Collectors.joining("\n\n")));
        } else {
            tooltip.setText(name + " (" + layer.kerasClassName() + "): " + layer.type().description() + "\nOutput "
                    + shape.getText() + ", " + params.getText()
                    + ". Drag from the bottom port to another layer to connect.");
        }
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.NODE_SELECTED), selected);
    }

    /** The output port's centre in canvas units. */
    Point2D outputPoint() {
        return new Point2D(getLayoutX() + NodeGeometry.WIDTH / 2, getLayoutY() + NodeGeometry.HEIGHT);
    }

    /** The input port's centre in canvas units. */
    Point2D inputPoint() {
        return new Point2D(getLayoutX() + NodeGeometry.WIDTH / 2, getLayoutY());
    }
}
