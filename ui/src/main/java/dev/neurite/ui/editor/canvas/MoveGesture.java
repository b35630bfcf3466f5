package dev.neurite.ui.editor.canvas;

import dev.neurite.format.NodePosition;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Clicking a node selects it (Ctrl or Shift adds to the selection); dragging moves every selected node. The nodes
 * move on screen while dragging and the move becomes one undoable edit when the button is released. A single layer
 * dragged onto a connection (highlighted while it is over it) is moved into it: out of its place, its neighbours
 * reconnected, and spliced between the connection's ends, as one edit.
 * JavaFX thread only.
 */
final class MoveGesture {

    private final EditorViewModel editor;
    private final CanvasView canvas;
    private final Map<String, NodePosition> origins = new LinkedHashMap<>();
    private Point2D pressedAt;
    private boolean moved;
    /** The connection the single dragged node would be moved into, or null. */
    private EdgeView target;

    MoveGesture(EditorViewModel editor, CanvasView canvas) {
        this.editor = editor;
        this.canvas = canvas;
    }

    void attach(NodeView node) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            node.requestFocus();
            if (event.isShortcutDown() || event.isShiftDown()) {
                editor.selection().toggle(node.name());
            } else if (!editor.selection().isSelected(node.name())) {
                editor.selection().selectOnly(java.util.List.of(node.name()));
            }
            pressedAt = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
            moved = false;
            target = null;
            origins.clear();
            for (String name : editor.selection().nodes()) {
                canvas.nodeView(name).ifPresent(view ->
                        origins.put(name, new NodePosition(view.getLayoutX(), view.getLayoutY())));
            }
            event.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (pressedAt == null) {
                return;
            }
            double sceneX = event.getSceneX();
            double sceneY = event.getSceneY();
            follow(sceneX, sceneY);
            canvas.dragPointerAt(sceneX, sceneY, () -> follow(sceneX, sceneY));
            event.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            canvas.dragEnded();
            if (pressedAt != null && moved && target != null) {
                EdgeView into = target;
                target = null;
                into.setDropTarget(false);
                editor.spliceExisting(origins.keySet().iterator().next(), into.connection());
            } else if (pressedAt != null && moved) {
                Map<String, NodePosition> moves = new LinkedHashMap<>();
                origins.keySet().forEach(name -> canvas.nodeView(name).ifPresent(view ->
                        moves.put(name, new NodePosition(view.getLayoutX(), view.getLayoutY()))));
                editor.move(moves);
            }
            pressedAt = null;
            event.consume();
        });
    }

    /** Moves the dragged nodes so that they follow the pointer at scene point {@code (sceneX, sceneY)}. */
    private void follow(double sceneX, double sceneY) {
        Point2D now = canvas.sceneToCanvas(sceneX, sceneY);
        double dx = now.getX() - pressedAt.getX();
        double dy = now.getY() - pressedAt.getY();
        moved |= Math.abs(dx) + Math.abs(dy) > 2;
        origins.forEach((name, origin) -> canvas.nodeView(name).ifPresent(view -> view.relocate(
                origin.x() + dx, origin.y() + dy)));
        if (origins.size() == 1 && moved) {
            String name = origins.keySet().iterator().next();
            NodePosition origin = origins.get(name);
            target = canvas.previewMoveInto(name, new Point2D(origin.x() + dx, origin.y() + dy));
        }
    }
}
