package dev.neurite.ui.editor.canvas;

import dev.neurite.format.NodePosition;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.layers.LayerType;
import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.editor.Connection;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.editor.NodeGeometry;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canvas of the model editor: layer nodes and their connections, drawn from the editor's project. Nodes are
 * dropped from the palette, moved, connected by dragging from an output port, selected by click, Ctrl+click or a
 * rubber band; the view zooms with Ctrl+wheel and pans with the wheel or a right/middle-button drag.
 * JavaFX thread only.
 */
public final class CanvasView extends Region {

    /** How close (canvas units) a dropped node's centre must be to a connection to be spliced into it. */
    private static final double SPLICE_DISTANCE = 40;
    /** The smallest zoom, at 100% text, at which a model is shown on open: node text about 9 pixels high. */
    public static final double READABLE_ZOOM = 0.75;
    private static final double NUDGE = 10;
    private static final double NUDGE_LARGE = 50;

    /** Whether a node moved since the connections were last routed around the nodes (they are, at the next pulse). */
    private boolean routesStale;
    private final EditorViewModel editor;
    private final Pane surface = new Pane();
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final Viewport viewport = new Viewport(world);
    private final EdgePan edgePan = new EdgePan(viewport);
    private final Map<String, NodeView> nodes = new LinkedHashMap<>();
    private final Map<Connection, EdgeView> edges = new HashMap<>();
    private final MoveGesture moveGesture;
    private final ConnectGesture connectGesture;
    private final Rectangle marquee = new Rectangle();
    private final Rectangle ghost = new Rectangle(NodeGeometry.WIDTH, NodeGeometry.HEIGHT);
    private final Label empty = new Label("Drag a layer here from the palette, or choose File \u25b8 New from "
            + "Template");

    public CanvasView(EditorViewModel editor) {
        this.editor = editor;
        this.moveGesture = new MoveGesture(editor, this);
        this.connectGesture = new ConnectGesture(editor, this);
        getStyleClass().add(CanvasStyles.CANVAS);
        setId("canvas");
        setFocusTraversable(true);
        Stylesheets.add(this, CanvasView.class, "canvas.css");

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        marquee.getStyleClass().add(CanvasStyles.MARQUEE);
        marquee.setVisible(false);
        marquee.setMouseTransparent(true);
        ghost.getStyleClass().add(CanvasStyles.GHOST);
        ghost.setVisible(false);
        ghost.setMouseTransparent(true);
        empty.getStyleClass().add(CanvasStyles.EMPTY);
        empty.setAlignment(javafx.geometry.Pos.CENTER);
        empty.setGraphic(dev.neurite.ui.common.Icons.of(org.kordamp.ikonli.feather.Feather.PLUS_SQUARE));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.setMouseTransparent(true);
        overlay.getChildren().addAll(connectGesture.draft(), connectGesture.hint(), marquee, ghost);
        world.getStyleClass().add(CanvasStyles.WORLD);
        world.getChildren().addAll(edgeLayer, nodeLayer, overlay);
        surface.getChildren().add(world);
        getChildren().addAll(surface, empty);

        new SurfaceGestures(editor, this, viewport, marquee).install(surface);
        editor.analysisProperty().addListener((obs, old, analysis) -> redraw(analysis));
        // A move, a nudge or their undo changes only the layout: the graph's analysis stays the same object.
        editor.projectProperty().addListener((obs, old, now) -> {
            ModelAnalysis shown = editor.analysisProperty().get();
            if (shown != null && shown.graph() == now.model().graph()) {
                redraw(shown);
            }
        });
        editor.selection().nodes().addListener((SetChangeListener<String>) change -> showSelection());
        editor.selection().connectionProperty().addListener((obs, old, now) -> showSelection());
        editor.selection().primaryProperty().addListener((obs, old, name) -> {
            if (name != null) {
                reveal(name);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::nudge);
        redraw(editor.analysisProperty().get());
    }

    @Override
    protected void layoutChildren() {
        if (routesStale) {
            routeEdges();
        }
        surface.resizeRelocate(0, 0, getWidth(), getHeight());
        empty.resizeRelocate(0, getHeight() / 2 - 40, getWidth(), 80);
    }

    // ---- Commands from menus and the palette ----------------------------------------------------------------------

    public void zoomIn() {
        viewport.zoomIn(getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomOut(getWidth() / 2, getHeight() / 2);
    }

    /** Zooms and pans so that every node is visible, at a zoom of at most 100%. */
    public void fitToView() {
        viewport.fit(contentBounds(), getWidth(), getHeight(), 0);
    }

    /**
     * Shows a model just opened (a template, a file, a new project), the window just shown or the text size just
     * changed: fitted into view when the nodes' text stays readable at that zoom (the learner's zoom at least
     * {@link #READABLE_ZOOM}; the text scale comes on top); a deeper model is shown at that zoom instead, centred
     * across the view, from its top (the Input) down, the rest a pan or a Ctrl+0 away.
     */
    public void showModel() {
        fitToView();
        Bounds content = contentBounds();
        if (content != null && viewport.zoom() < READABLE_ZOOM) {
            viewport.showTop(content, getWidth(), READABLE_ZOOM);
        }
    }

    /**
     * The UI text scale (1 = 100%): a canvas unit is that many pixels at 100% zoom, so the cards, their text, ports
     * and wires grow with the window's text; then the model is shown again ({@link #showModel()}).
     */
    public void setTextScale(double scale) {
        viewport.setTextScale(scale);
        showModel();
    }

    /** The learner's zoom, 1 = 100% at any text size (the text scale comes on top of it). */
    public double zoom() {
        return viewport.zoom();
    }

    /**
     * Shows a ghost node where a palette drag would drop, if the pointer is over the canvas; near the canvas's edge
     * the view scrolls (the ghost following), so a layer can be dropped beyond what was shown.
     */
    public void previewDrop(double sceneX, double sceneY) {
        showDropAt(sceneX, sceneY);
        if (dropPoint(sceneX, sceneY).isPresent()) {
            dragPointerAt(sceneX, sceneY, () -> showDropAt(sceneX, sceneY));
        } else {
            edgePan.stop();
        }
    }

    private void showDropAt(double sceneX, double sceneY) {
        Optional<Point2D> at = dropPoint(sceneX, sceneY);
        ghost.setVisible(at.isPresent());
        at.ifPresent(p -> {
            ghost.setX(p.getX());
            ghost.setY(p.getY());
        });
        EdgeView target = at.map(this::edgeUnder).orElse(null);
        edges.values().forEach(edge -> edge.setDropTarget(edge == target));
        if (target == null) {
            showSelection();
        }
    }

    /**
     * The connection the centre of a node dropped at {@code corner} (canvas units) would land on: the nearest line
     * within {@link #SPLICE_DISTANCE}; null if none.
     */
    private EdgeView edgeUnder(Point2D corner) {
        return edgeUnder(corner, null);
    }

    /** As {@link #edgeUnder(Point2D)}, leaving out the connections of node {@code except} (null: none). */
    private EdgeView edgeUnder(Point2D corner, String except) {
        double x = corner.getX() + NodeGeometry.WIDTH / 2;
        double y = corner.getY() + NodeGeometry.HEIGHT / 2;
        EdgeView best = null;
        double bestDistance = SPLICE_DISTANCE;
        for (EdgeView edge : edges.values()) {
            if (except != null && (edge.connection().from().equals(except) || edge.connection().to().equals(except))) {
                continue;
            }
            double distance = edge.distanceTo(x, y);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = edge;
            }
        }
        return best;
    }

    /**
     * While the single node {@code name} is dragged with its corner at {@code corner} (canvas units): the connection
     * it would be moved into, highlighted; null (and nothing highlighted) if none. Connections of the node itself
     * do not count.
     */
    EdgeView previewMoveInto(String name, Point2D corner) {
        EdgeView target = null;
        if (EditorViewModel.spliceProblem(editor.graph().node(name).layer().type()).isEmpty()) {
            target = edgeUnder(corner, name);
        }
        EdgeView shown = target;
        edges.values().forEach(edge -> edge.setDropTarget(edge == shown));
        return target;
    }

    /** Adds a {@code type} node where the pointer is, if it is over the canvas; true if it was added. */
    public boolean drop(LayerType type, double sceneX, double sceneY) {
        edgePan.stop();
        ghost.setVisible(false);
        Optional<Point2D> at = dropPoint(sceneX, sceneY);
        at.ifPresent(p -> {
            EdgeView target = edgeUnder(p);
            if (target != null && EditorViewModel.spliceProblem(type).isEmpty()) {
                editor.spliceLayer(type, target.connection());
            } else {
                editor.addLayer(type, new NodePosition(p.getX(), p.getY()));
            }
            showSelection();
            requestFocus();
        });
        return at.isPresent();
    }

    public void cancelDrop() {
        edgePan.stop();
        ghost.setVisible(false);
        showSelection();
    }

    /** Pans so that {@code name}'s node is in view, if it is not (e.g. selected from the issues list). */
    public void reveal(String name) {
        NodeView node = nodes.get(name);
        if (node == null || getWidth() <= 0) {
            return;
        }
        Bounds shown = localToScreen(getLayoutBounds());
        // From the node's place and the nodes' size: a node just added has not been laid out yet.
        Bounds bounds = world.localToScreen(new javafx.geometry.BoundingBox(node.getLayoutX(), node.getLayoutY(),
                Math.max(node.getWidth(), NodeGeometry.WIDTH), Math.max(node.getHeight(), NodeGeometry.HEIGHT)));
        if (shown != null && bounds != null && !shown.contains(bounds)) {
            viewport.panBy(shown.getCenterX() - bounds.getCenterX(), shown.getCenterY() - bounds.getCenterY());
        }
    }

    private void nudge(KeyEvent event) {
        if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
            connectGesture.cancel();
            return;
        }
        double step = event.isShiftDown() ? NUDGE_LARGE : NUDGE;
        switch (event.getCode()) {
            case LEFT -> editor.nudgeSelection(-step, 0);
            case RIGHT -> editor.nudgeSelection(step, 0);
            case UP -> editor.nudgeSelection(0, -step);
            case DOWN -> editor.nudgeSelection(0, step);
            default -> {
                return;
            }
        }
        event.consume();
    }

    // ---- Queries for the gestures ---------------------------------------------------------------------------------

    /**
     * A drag's pointer is at scene point {@code (sceneX, sceneY)}: near an edge the view scrolls, calling
     * {@code onPan} after each step; elsewhere it stops.
     */
    void dragPointerAt(double sceneX, double sceneY, Runnable onPan) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        edgePan.pointerAt(local.getX(), local.getY(), getWidth(), getHeight(), onPan);
    }

    /** The drag ended: no more scrolling. */
    void dragEnded() {
        edgePan.stop();
    }

    /** For tests: the drawn connection {@code connection}, if there is one. */
    Optional<EdgeView> edgeView(Connection connection) {
        return Optional.ofNullable(edges.get(connection));
    }

    /** For tests: the zoom and pan. */
    Viewport viewport() {
        return viewport;
    }

    /** For tests: the edge scrolling in progress. */
    EdgePan edgePan() {
        return edgePan;
    }

    Point2D sceneToCanvas(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return viewport.toCanvas(local.getX(), local.getY());
    }

    Optional<NodeView> nodeAt(Point2D canvasPoint) {
        return nodes.values().stream().filter(n -> n.getBoundsInParent().contains(canvasPoint)).reduce((a, b) -> b);
    }

    Collection<NodeView> nodeViews() {
        return nodes.values();
    }

    Optional<NodeView> nodeView(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    /** The node's centre in scene coordinates (for tests and scrolling into view); empty if there is none. */
    public Optional<Point2D> nodeCentreInScene(String name) {
        return nodeView(name).map(n -> n.localToScene(NodeGeometry.WIDTH / 2, NodeGeometry.HEIGHT / 2));
    }

    private Optional<Point2D> dropPoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            return Optional.empty();
        }
        Point2D canvas = viewport.toCanvas(local.getX(), local.getY());
        return Optional.of(canvas.subtract(NodeGeometry.WIDTH / 2, NodeGeometry.HEIGHT / 2));
    }

    private Bounds contentBounds() {
        if (nodes.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeView node : nodes.values()) {
            minX = Math.min(minX, node.getLayoutX());
            minY = Math.min(minY, node.getLayoutY());
            maxX = Math.max(maxX, node.getLayoutX() + NodeGeometry.WIDTH);
            maxY = Math.max(maxY, node.getLayoutY() + NodeGeometry.HEIGHT);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    // ---- Drawing --------------------------------------------------------------------------------------------------

    private void redraw(ModelAnalysis analysis) {
        Map<String, NodePosition> layout = editor.project().layout();
        nodes.keySet().removeIf(name -> {
            if (!analysis.graph().contains(name)) {
                nodeLayer.getChildren().remove(nodes.get(name));
                return true;
            }
            return false;
        });
        for (LayerNode node : analysis.graph().nodes()) {
            NodeView view = nodes.computeIfAbsent(node.name(), this::newNodeView);
            NodePosition position = layout.getOrDefault(node.name(), new NodePosition(0, 0));
            view.relocate(position.x(), position.y());
            view.update(analysis.node(node.name()), analysis.diagnostics(node.name()));
        }
        edgeLayer.getChildren().clear();
        edges.clear();
        for (LayerNode node : analysis.graph().nodes()) {
            for (String input : node.inputs()) {
                Connection connection = new Connection(input, node.name());
                EdgeView edge = new EdgeView(connection, nodes.get(input), nodes.get(node.name()));
                installEdgeGestures(edge);
                edges.put(connection, edge);
                edgeLayer.getChildren().add(edge);
            }
        }
        routeEdges();
        empty.setVisible(nodes.isEmpty());
        showSelection();
    }

    /** Routes every connection around the nodes at their current places. */
    private void routeEdges() {
        routesStale = false;
        List<NodePosition> places = nodes.values().stream()
                .map(n -> new NodePosition(n.getLayoutX(), n.getLayoutY())).toList();
        edges.values().forEach(edge -> edge.route(places));
    }

    private void nodeMoved() {
        if (!routesStale) {
            routesStale = true;
            requestLayout();
        }
    }

    private NodeView newNodeView(String name) {
        NodeView view = new NodeView(name);
        view.layoutXProperty().addListener((obs, old, now) -> nodeMoved());
        view.layoutYProperty().addListener((obs, old, now) -> nodeMoved());
        moveGesture.attach(view);
        connectGesture.attach(view);
        view.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !editor.selection().isSelected(name) && editor.graph().contains(name)) {
                editor.selection().selectOnly(List.of(name));
            }
        });
        nodeLayer.getChildren().add(view);
        return view;
    }

    private void showSelection() {
        nodes.forEach((name, view) -> view.setSelected(editor.selection().isSelected(name)));
        Connection selected = editor.selection().connection();
        edges.forEach((connection, edge) -> edge.setSelected(connection.equals(selected)));
    }

    // ---- Gestures on edges ----------------------------------------------------------------------------------------

    private void installEdgeGestures(EdgeView edge) {
        MenuItem remove = new MenuItem("Remove connection");
        remove.setOnAction(e -> editor.disconnect(edge.connection()));
        Menu insert = new Menu("Insert layer here");
        insert.setId("insert-layer-here");
        for (LayerType type : LayerType.values()) {
            if (EditorViewModel.spliceProblem(type).isEmpty()) {
                MenuItem item = new MenuItem(type.kerasClassName());
                item.setOnAction(e -> {
                    editor.spliceLayer(type, edge.connection());
                    requestFocus();
                });
                insert.getItems().add(item);
            }
        }
        ContextMenu menu = new ContextMenu(insert, remove);
        edge.setOnMousePressed(event -> {
            requestFocus();
            editor.selection().selectConnection(edge.connection());
            if (event.isSecondaryButtonDown()) {
                menu.show(edge, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
    }
}
