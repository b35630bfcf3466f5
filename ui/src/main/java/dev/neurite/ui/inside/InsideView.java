package dev.neurite.ui.inside;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Inside the network": every layer's output for the digit on the canvas, in graph order, next to the input with its
 * saliency or occlusion overlay and the map the learner enlarged. Nodes only; the state is in
 * {@link InsideViewModel}. Layer panels are made when the model's layers change and only repainted otherwise.
 * JavaFX thread only.
 */
public final class InsideView extends BorderPane {

    private final InsideViewModel model;
    private final VBox layers = new VBox(14);
    private final List<LayerPanel> panels = new ArrayList<>();
    private final FocusPane focus;
    private final ScrollPane focusScroll;
    private final Label empty = new Label();

    public InsideView(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(InsideStyles.VIEW);
        setId("inside-view");
        focus = new FocusPane(model);
        // The input column scrolls on its own when the enlarged map and its details do not fit the height.
        focusScroll = new ScrollPane(focus);
        focusScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        focusScroll.getStyleClass().add("edge-to-edge");
        focusScroll.setMinWidth(Region.USE_PREF_SIZE);

        layers.getStyleClass().add(InsideStyles.LAYERS);
        layers.setId("inside-layers");
        ScrollPane scroll = new ScrollPane(layers);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        empty.getStyleClass().add(InsideStyles.EMPTY);
        empty.setId("inside-message");
        empty.setWrapText(true);
        empty.textProperty().bind(model.messageProperty());
        empty.visibleProperty().bind(model.messageProperty().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox centre = new VBox(6, empty, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        setTop(header());
        setCenter(centre);
        BorderPane.setMargin(focusScroll, new javafx.geometry.Insets(0, 10, 0, 0));
        setMinWidth(0);
        // Wide: the input column on the left of the layers; narrow: on top of them, scrolling with them.
        widthProperty().addListener((obs, old, now) -> placeFocus(now.doubleValue()));
        placeFocus(NARROW + 1);
        model.resultProperty().addListener((obs, old, now) -> update());
        model.orderProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** Below this width the input column goes on top of the layers. */
    private static final double NARROW = 720;

    private void placeFocus(double width) {
        boolean narrow = width > 0 && width < NARROW;
        if (narrow && getLeft() == focusScroll) {
            setLeft(null);
            focusScroll.setContent(null);
            layers.getChildren().add(0, focus);
        } else if (!narrow && getLeft() != focusScroll) {
            layers.getChildren().remove(focus);
            focusScroll.setContent(focus);
            setLeft(focusScroll);
        }
    }

    private VBox header() {
        Label title = new Label("Inside the network");
        title.getStyleClass().add(InsideStyles.TITLE);
        Label how = new Label("Every layer's output for the digit on the canvas, from the input (top) to the answer "
                + "(bottom). Brighter means a stronger activation. Click a feature map to enlarge it.");
        how.getStyleClass().add(InsideStyles.EXPLANATION);
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup group = new ToggleGroup();
        ToggleButton strongest = new ToggleButton("Strongest first");
        strongest.setId("order-strongest");
        strongest.setTooltip(new Tooltip("Feature maps and units with the highest mean activation first."));
        ToggleButton inOrder = new ToggleButton("Channel order");
        inOrder.setId("order-channels");
        inOrder.setTooltip(new Tooltip("Feature maps and units as the layer numbers them, 0 first."));
        strongest.setToggleGroup(group);
        inOrder.setToggleGroup(group);
        strongest.setSelected(model.orderProperty().get() == MapOrder.STRONGEST_FIRST);
        inOrder.setSelected(model.orderProperty().get() == MapOrder.CHANNEL_ORDER);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.orderProperty().set(now == strongest ? MapOrder.STRONGEST_FIRST : MapOrder.CHANNEL_ORDER);
            }
        });
        Label pointer = new Label();
        pointer.setId("pointer-value");
        pointer.getStyleClass().add(InsideStyles.POINTER);
        pointer.textProperty().bind(model.pointerProperty());
        Label latency = new Label();
        latency.setId("inside-latency");
        latency.getStyleClass().add(InsideStyles.MUTED);
        latency.textProperty().bind(Bindings.createStringBinding(() -> {
            double ms = model.latency().lastMillisProperty().get();
            return Double.isNaN(ms) ? "" : String.format(Locale.ROOT, "updated %.0f ms after the stroke", ms);
        }, model.latency().lastMillisProperty()));
        Label orderLabel = new Label("Order");
        for (javafx.scene.control.Labeled fixed : List.of(orderLabel, strongest, inOrder, latency)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(6, 4, orderLabel, strongest, inOrder,
                latency);
        controls.setAlignment(Pos.CENTER_LEFT);
        pointer.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(4, title, how, controls, pointer);
        header.getStyleClass().add(InsideStyles.HEADER);
        return header;
    }

    private void update() {
        InsideResult result = model.resultProperty().get();
        if (result == null) {
            layers.getChildren().removeAll(panels);
            panels.clear();
            return;
        }
        List<LayerPicture> pictures = result.layers();
        boolean reuse = panels.size() == pictures.size();
        for (int i = 0; reuse && i < pictures.size(); i++) {
            reuse = panels.get(i).fits(pictures.get(i), i == pictures.size() - 1);
        }
        if (!reuse) {
            panels.clear();
            for (int i = 0; i < pictures.size(); i++) {
                panels.add(new LayerPanel(model, pictures.get(i), i == pictures.size() - 1));
            }
            layers.getChildren().removeIf(node -> node instanceof LayerPanel);
            layers.getChildren().addAll(panels);
        }
        for (int i = 0; i < pictures.size(); i++) {
            panels.get(i).show(pictures.get(i), model.orderProperty().get());
        }
    }

    /** The panels in graph order (tests). */
    List<LayerPanel> panels() {
        return List.copyOf(panels);
    }

    /** The left column (tests). */
    FocusPane focus() {
        return focus;
    }

}
