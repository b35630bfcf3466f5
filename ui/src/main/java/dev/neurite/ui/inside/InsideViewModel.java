package dev.neurite.ui.inside;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSet;
import dev.neurite.engine.Network;
import dev.neurite.explain.KernelImage;
import dev.neurite.explain.Activations;
import dev.neurite.explain.LayerActivation;
import dev.neurite.explain.Occlusion;
import dev.neurite.explain.ReceptiveField;
import dev.neurite.explain.Saliency;
import dev.neurite.task.Background;
import dev.neurite.task.LatestWins;
import dev.neurite.ui.common.InteractiveFirst;
import dev.neurite.ui.draw.LatencyMeter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * The state of the "Inside the network" panel: every layer's output for the current input (the digit on the canvas,
 * as preprocessed for prediction), then the saliency map of the predicted class and, while it is shown, the occlusion
 * map. Three steps, each a {@link LatestWins} on the background executor with its results published on the UI
 * executor: the forward pass and the drawing of the feature maps; then, for the newest input only, the saliency map
 * (once the input stayed the newest for a moment); then, while it is shown, the occlusion map. Latest input wins:
 * while one input is computed, only the newest waiting one is kept, so fast strokes never queue up stale work, and a
 * new input cancels the maps of the older one. Each request is marked as interactive work ({@link InteractiveFirst})
 * until its layers are computed, so an evaluation lets it go first.
 *
 * <p>Threading: call the commands on the UI thread (the JavaFX thread; in tests the executors may be same-thread).
 */
public final class InsideViewModel {

    private final ObservableValue<Network> model;
    private final LatestWins<Request, InsideResult> layers;
    private final LatestWins<InsideResult, Saliency> saliencyMap;
    private final LatestWins<InsideResult, Occlusion> occlusionMap;

    private final ReadOnlyObjectWrapper<InsideResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Saliency> saliency = new ReadOnlyObjectWrapper<>(this, "saliency");
    private final ReadOnlyObjectWrapper<Occlusion> occlusion = new ReadOnlyObjectWrapper<>(this, "occlusion");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Draw a digit: every layer's output for it appears here.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<MapOrder> order = new SimpleObjectProperty<>(this, "order", MapOrder.STRONGEST_FIRST);
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", Overlay.SALIENCY);
    private final ReadOnlyObjectWrapper<MapSelection> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ReceptiveField> field = new ReadOnlyObjectWrapper<>(this, "field");
    private final ReadOnlyStringWrapper pointer = new ReadOnlyStringWrapper(this, "pointer", "");
    private final LatencyMeter latency = new LatencyMeter();
    private final SelectionDetails details;

    private Request last;
    private boolean active = true;
    /**
     * Whether the occlusion map is shown, so worth computing: it runs its patches as batches of many images, and the
     * engine's buffers then change batch size, so it is only made when asked for. Set on the UI thread.
     */
    private boolean occlusionWanted;
    /** How long an input must stay the newest before its saliency and occlusion maps are made (mid-stroke: never). */
    private static final long SETTLE_MILLIS = 40;

    /** One input to explain, with the network to explain it with (read on the UI thread). */
    private record Request(float[] input, long askedAt, Activations computed, Network from, Network network) {
    }

    /** A feature map or unit the learner chose to enlarge. */
    public record MapSelection(String layer, int channel) {
    }

    /**
     * The test images that excite one channel or unit most.
     *
     * @param set     the test set the indices point into
     * @param images  indices into {@code set}, strongest first
     * @param scores  their mean activations
     */
    public record Exciting(String layer, int channel, DataSet set, int[] images, float[] scores) {
    }

    /**
     * @param model      the network the Test place predicts with; a null value while there is none
     * @param background runs the forward pass and the maps
     * @param ui         publishes results (JavaFX: {@code Platform::runLater})
     */
    public InsideViewModel(ObservableValue<Network> model, Executor background, Executor ui,
                           InteractiveFirst interactive) {
        this(model, null, background, ui, interactive);
    }

    /** @param testSet the images to search for the most exciting ones; null: no search */
    public InsideViewModel(ObservableValue<Network> model, DataSet testSet, Executor background, Executor ui,
                           InteractiveFirst interactive) {
        this.model = Objects.requireNonNull(model, "model");
        Background tasks = Background.on(background, ui);
        layers = new LatestWins<>(tasks, (request, cancel) -> layersOf(request), new Step<>() {
            @Override
            public void succeeded(Request request, InsideResult computed, boolean newest) {
                publish(computed);
                if (newest) {
                    saliencyMap.submit(computed);
                }
            }

            @Override
            public void failed(Request request, Throwable error, boolean newest) {
                message.set("The model could not be looked inside: " + error.getMessage());
            }
        }, Objects.requireNonNull(interactive, "interactive"));
        saliencyMap = new LatestWins<>(tasks, InsideViewModel::saliencyOf, new Step<>() {
            @Override
            public void succeeded(InsideResult shown, Saliency map, boolean newest) {
                saliency.set(map);
                if (newest && occlusionWanted) {
                    occlusionMap.submit(shown);
                }
            }
        });
        occlusionMap = new LatestWins<>(tasks, InsideViewModel::occlusionOf, new Step<>() {
            @Override
            public void succeeded(InsideResult shown, Occlusion map, boolean newest) {
                occlusion.set(map);
            }
        });
        this.details = new SelectionDetails(testSet, background, ui, interactive, selected::get, message::set);
        overlay.addListener((obs, old, now) -> {
            occlusionWanted = now == Overlay.OCCLUSION;
            InsideResult shown = result.get();
            if (occlusionWanted && shown != null && occlusion.get() == null && !layers.busy()
                    && !saliencyMap.busy()) {
                busy.set(true);
                occlusionMap.submit(shown); // the map of the digit shown
            }
        });
    }

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** Every layer's output for the newest input computed; null before the first or after the canvas is cleared. */
    public ReadOnlyObjectProperty<InsideResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The saliency map of the predicted class for {@link #resultProperty()}'s input; null until computed. */
    public ReadOnlyObjectProperty<Saliency> saliencyProperty() {
        return saliency.getReadOnlyProperty();
    }

    /** The occlusion map of the predicted class for {@link #resultProperty()}'s input; null until computed. */
    public ReadOnlyObjectProperty<Occlusion> occlusionProperty() {
        return occlusion.getReadOnlyProperty();
    }

    /** What to tell the learner when there is nothing to show, or why it failed; empty while results are shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether an input is being computed or waiting. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How feature maps are laid out (settable). */
    public ObjectProperty<MapOrder> orderProperty() {
        return order;
    }

    /** What lies over the enlarged input (settable). */
    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    /** The enlarged feature map, or null. */
    public ReadOnlyObjectProperty<MapSelection> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The receptive field of the pixel under the pointer on the enlarged map, on the input; null when none. */
    public ReadOnlyObjectProperty<ReceptiveField> receptiveFieldProperty() {
        return field.getReadOnlyProperty();
    }

    /** The value under the pointer, as a sentence; empty when the pointer is on no map. */
    public ReadOnlyStringProperty pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /**
     * What the selected channel or unit looks for: a Conv2D filter (averaged over its input channels), or the weights
     * of a unit of a Dense layer that reads the pixels, as an image; null for other layers and until computed.
     */
    public ReadOnlyObjectProperty<KernelImage> weightsProperty() {
        return details.weightsProperty();
    }

    /** The test images that excite the selected channel or unit most; null until {@link #findExciting()} is done. */
    public ReadOnlyObjectProperty<Exciting> excitingProperty() {
        return details.excitingProperty();
    }

    /** The search's progress in [0, 1], or -1 when no search runs. */
    public ReadOnlyDoubleProperty excitingProgressProperty() {
        return details.progressProperty();
    }

    /** Whether there is a test set to search. */
    public boolean canFindExciting() {
        return details.canSearch();
    }

    /** Stroke-end-to-layers-published times. */
    public LatencyMeter latency() {
        return latency;
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    /**
     * Explains {@code input} (pixels in [0, 1] as prediction takes them), or clears the panel for null (an empty
     * canvas).
     *
     * @param askedAt {@link System#nanoTime()} of the event that made the input (the end of a stroke)
     */
    public void request(float[] input, long askedAt) {
        if (input == null) {
            last = null;
            layers.clear();
            saliencyMap.clear();
            occlusionMap.clear();
            result.set(null);
            saliency.set(null);
            occlusion.set(null);
            selected.set(null);
            field.set(null);
            pointer.set("");
            message.set("Draw a digit: every layer's output for it appears here.");
            return;
        }
        request(input, askedAt, null, null);
    }

    /**
     * As {@link #request(float[], long)}, with every layer's output already computed by {@code from} for this input
     * (by the prediction's forward pass); used when {@code from} is still the model shown, else computed again.
     */
    public void request(float[] input, long askedAt, Activations computed, Network from) {
        if (input == null) {
            request(null, askedAt);
            return;
        }
        submit(new Request(input.clone(), askedAt, computed, from, null));
    }

    /**
     * Whether the panel is shown: while it is not, inputs are only remembered (no work for a hidden panel); when it
     * becomes shown, the newest input is computed.
     */
    public void setActive(boolean shown) {
        boolean wasActive = active;
        active = shown;
        if (shown && !wasActive && last != null && (result.get() == null || result.get().askedAt() != last.askedAt())) {
            submit(new Request(last.input(), System.nanoTime(), last.computed(), last.from(), null));
        }
    }

    private void submit(Request request) {
        last = request;
        if (!active) {
            return;
        }
        Network network = model.getValue();
        if (network == null) {
            message.set("No model yet: choose or train one to look inside it.");
            return;
        }
        saliencyMap.clear(); // an older input's maps are not worth finishing
        occlusionMap.clear();
        busy.set(true);
        layers.submit(new Request(request.input(), request.askedAt(), request.computed(), request.from(), network));
    }

    /**
     * Enlarges feature map {@code channel} of {@code layer} (or unit {@code channel} of a vector layer), and looks up
     * in the background what it looks for.
     */
    public void select(String layer, int channel) {
        MapSelection chosen = new MapSelection(layer, channel);
        selected.set(chosen);
        field.set(null);
        InsideResult now = result.get();
        if (now == null) {
            details.clear();
        } else {
            details.show(now.network(), chosen);
        }
    }

    /** Closes the enlarged map. */
    public void deselect() {
        selected.set(null);
        field.set(null);
        details.clear();
    }

    /**
     * Searches the test set, in the background, for the images with the highest mean activation of the selected
     * channel or unit (all channels of its layer at once, so choosing another channel of the layer shows its images at
     * once). Lets strokes go first between batches. Cancelled by choosing another map.
     */
    public void findExciting() {
        MapSelection chosen = selected.get();
        InsideResult now = result.get();
        if (chosen != null && now != null) {
            details.search(now.network(), chosen);
        }
    }

    /**
     * The pointer is over pixel {@code (row, column)} of feature map {@code channel} of {@code layer}: says its value
     * and, when {@code outline} is set, outlines its receptive field on the input.
     */
    public void pointAt(String layer, int channel, int row, int column, boolean outline) {
        InsideResult now = result.get();
        if (now == null) {
            return;
        }
        now.layer(layer).ifPresent(picture -> {
            float value = picture.value(channel, row, column);
            pointer.set(String.format(Locale.ROOT, "%s, map %d, row %d, column %d: %.4g", layer, channel, row, column,
                    value));
            if (outline) {
                field.set(ReceptiveField.of(now.network(), now.activations(), layer, row, column));
            }
        });
    }

    /** The pointer is over unit {@code unit} of vector layer {@code layer}. */
    public void pointAtUnit(String layer, int unit) {
        InsideResult now = result.get();
        if (now == null) {
            return;
        }
        now.layer(layer).ifPresent(picture -> pointer.set(String.format(Locale.ROOT, "%s, unit %d: %.4g", layer, unit,
                picture.layer().values()[unit])));
    }

    /** The pointer left the maps. */
    public void pointAway() {
        pointer.set("");
        field.set(null);
    }

    // ---- Background work -----------------------------------------------------------------------------------------

    /** What the three steps tell on the UI thread in common: failures of the maps, and when all are done. */
    private abstract class Step<I, O> implements LatestWins.Listener<I, O> {
        @Override
        public void failed(I input, Throwable error, boolean newest) {
            message.set("The saliency and occlusion maps could not be computed: " + error.getMessage());
        }

        @Override
        public void idle() {
            busy.set(layers.busy() || saliencyMap.busy() || occlusionMap.busy());
        }
    }

    /** Background thread: every layer's output, drawn. */
    private static InsideResult layersOf(Request request) {
        Network network = request.network();
        Activations activations = request.computed() != null && request.from() == network ? request.computed()
                : Activations.of(network, request.input());
        List<LayerPicture> pictures = new ArrayList<>();
        for (LayerActivation layer : activations.layers()) {
            pictures.add(LayerPicture.of(layer));
        }
        return new InsideResult(network, activations, pictures, request.input(), request.askedAt());
    }

    /**
     * Background thread: waits up to {@value #SETTLE_MILLIS} ms for a newer input (which cancels this), so the map is
     * made for the digit at the end of a stroke, not for every moment of it (the pointer hands pixels over every 40 ms
     * while it draws), and never delays the next drawing's layers.
     */
    private static Saliency saliencyOf(InsideResult shown, CancellationToken cancel)
            throws InterruptedException {
        if (cancel.awaitCancelled(SETTLE_MILLIS)) {
            throw new CancellationException("a newer input came");
        }
        return Saliency.of(shown.network(), shown.input(), shown.predictedClass());
    }

    /** Background thread: the occlusion map, stopped between its batches by a newer input. */
    private static Occlusion occlusionOf(InsideResult shown, CancellationToken cancel) {
        Occlusion map = Occlusion.of(shown.network(), shown.input(), shown.predictedClass(), Occlusion.DEFAULT_PATCH,
                Occlusion.DEFAULT_STRIDE, Occlusion.ZERO, cancel::isCancelled);
        if (map == null) {
            throw new CancellationException("a newer input came");
        }
        return map;
    }

    private void publish(InsideResult computed) {
        InsideResult previous = result.get();
        result.set(computed);
        saliency.set(null);
        occlusion.set(null);
        message.set("");
        MapSelection chosen = selected.get();
        if (chosen != null && computed.layer(chosen.layer()).isEmpty()) {
            deselect();
        } else if (chosen != null && (previous == null || previous.network() != computed.network())) {
            select(chosen.layer(), chosen.channel()); // another model: its own weights and images
        }
        latency.record(System.nanoTime() - computed.askedAt());
    }
}
