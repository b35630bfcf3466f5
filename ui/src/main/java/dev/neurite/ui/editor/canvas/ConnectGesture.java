package dev.neurite.ui.editor.canvas;

import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/**
 * Dragging from a node's output port to another node connects them. While dragging, a draft line follows the
 * pointer and a hint beside it says whether the connection would be made or why it is refused (a cycle, a second
 * input into a single-input layer...); a refused connection is not made. JavaFX thread only.
 */
final class ConnectGesture {

    private final EditorViewModel editor;
    private final CanvasView canvas;
    private final Line draft = new Line();
    private final Label hint = new Label();
    private NodeView source;

    ConnectGesture(EditorViewModel editor, CanvasView canvas) {
        this.editor = editor;
        this.canvas = canvas;
        draft.getStyleClass().add(CanvasStyles.DRAFT_EDGE);
        draft.setMouseTransparent(true);
        draft.setVisible(false);
        hint.getStyleClass().add(CanvasStyles.HINT);
        hint.setId("connection-hint");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
    }

    Line draft() {
        return draft;
    }

    Label hint() {
        return hint;
    }

    /** Makes {@code node}'s output port start this gesture. */
    void attach(NodeView node) {
        node.outPort().addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                start(node);
                event.consume();
            }
        });
        node.outPort().addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            drag(event.getSceneX(), event.getSceneY());
            event.consume();
        });
        node.outPort().addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            finish(event.getSceneX(), event.getSceneY());
            event.consume();
        });
    }

    private void start(NodeView node) {
        source = node;
        canvas.requestFocus();
        Point2D start = node.outputPoint();
        draft.setStartX(start.getX());
        draft.setStartY(start.getY());
        draft.setEndX(start.getX());
        draft.setEndY(start.getY());
        draft.setVisible(true);
    }

    private void drag(double sceneX, double sceneY) {
        if (source == null) {
            return;
        }
        Point2D point = canvas.sceneToCanvas(sceneX, sceneY);
        draft.setEndX(point.getX());
        draft.setEndY(point.getY());
        Optional<NodeView> target = canvas.nodeAt(point).filter(n -> n != source);
        Optional<String> problem = target.flatMap(t -> editor.connectionProblem(source.name(), t.name()));
        boolean refused = problem.isPresent();
        draft.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.DRAFT_REFUSED), refused);
        hint.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(CanvasStyles.HINT_REFUSED), refused);
        if (target.isEmpty()) {
            hint.setVisible(false);
            return;
        }
        hint.setGraphic(dev.neurite.ui.common.Icons.of(refused ? Feather.SLASH : Feather.LINK));
        hint.setText(refused ? "Cannot connect: " + problem.get()
                : "Connect " + source.name() + " \u2192 " + target.get().name());
        hint.setLayoutX(point.getX() + 14);
        hint.setLayoutY(point.getY() + 14);
        hint.setVisible(true);
    }

    private void finish(double sceneX, double sceneY) {
        if (source == null) {
            return;
        }
        Point2D point = canvas.sceneToCanvas(sceneX, sceneY);
        NodeView from = source;
        cancel();
        canvas.nodeAt(point).filter(n -> n != from).ifPresent(target -> editor.connect(from.name(), target.name()));
    }

    /** Escape while dragging: no connection is made. */
    void cancel() {
        source = null;
        draft.setVisible(false);
        hint.setVisible(false);
    }
}
