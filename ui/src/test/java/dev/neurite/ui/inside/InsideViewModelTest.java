package dev.neurite.ui.inside;

import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.explain.Activations;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.ui.Fixtures;
import dev.neurite.ui.common.InteractiveFirst;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The panel's state without a window: same-thread UI executor, a manual background executor, a real network. */
class InsideViewModelTest {

    private static Network cnn;

    private final SimpleObjectProperty<Network> model = new SimpleObjectProperty<>();
    private final Fixtures.ManualExecutor background = new Fixtures.ManualExecutor();
    private final InteractiveFirst interactive = new InteractiveFirst();
    private final InsideViewModel inside = new InsideViewModel(model, Fixtures.digitsTest(150), background,
            Fixtures.SAME_THREAD, interactive);

    @BeforeAll
    static void compile() {
        ModelDefinition quick = Templates.get("quick-cnn");
        cnn = new CpuEngine().compile(quick.graph(), quick.compile(), 1);
    }

    /** A 28x28 input with a vertical bar: a "1". */
    private static float[] one(int column) {
        float[] pixels = new float[784];
        for (int row = 4; row < 24; row++) {
            pixels[row * 28 + column] = 1f;
            pixels[row * 28 + column + 1] = 1f;
        }
        return pixels;
    }

    @Test
    void anInputIsExplainedLayerByLayerThenItsMapsFollow() {
        model.set(cnn);
        inside.request(one(13), System.nanoTime());
        assertTrue(inside.busyProperty().get());
        assertNull(inside.resultProperty().get(), "nothing is computed on the UI thread");
        background.runAll();
        InsideResult result = inside.resultProperty().get();
        assertNotNull(result);
        Activations expected = Activations.of(cnn, one(13));
        assertEquals(expected.layers().stream().map(l -> l.name()).toList(),
                result.layers().stream().map(LayerPicture::name).toList(), "every layer, in graph order");
        for (int i = 0; i < expected.layers().size(); i++) {
            assertArrayEquals(expected.layers().get(i).values(), result.layers().get(i).layer().values(), 0f);
        }
        LayerPicture firstConv = result.layers().stream().filter(l -> l.layer().type().equals("Conv2D"))
                .findFirst().orElseThrow();
        assertEquals(firstConv.layer().channels(), firstConv.maps().length, "one picture per feature map");
        assertNotNull(inside.saliencyProperty().get());
        assertNull(inside.occlusionProperty().get(), "occlusion is made only while it is shown");
        assertEquals(result.predictedClass(), inside.saliencyProperty().get().targetClass());
        assertEquals("", inside.messageProperty().get());
        assertFalse(inside.busyProperty().get());
        assertEquals(1, inside.latency().count());
    }

    @Test
    void showingTheOcclusionMapComputesItForTheDigitShown() {
        model.set(cnn);
        inside.request(one(13), 1);
        background.runAll();
        inside.overlayProperty().set(Overlay.OCCLUSION);
        assertTrue(inside.busyProperty().get());
        background.runAll();
        assertNotNull(inside.occlusionProperty().get());
        assertEquals(inside.resultProperty().get().predictedClass(), inside.occlusionProperty().get().targetClass());
        assertArrayEquals(one(13), inside.resultProperty().get().input(), 0f);
        inside.request(one(20), 2);
        background.runAll();
        assertNotNull(inside.occlusionProperty().get(), "while shown, every new digit gets its occlusion map");
    }

    @Test
    void onlyTheNewestWaitingInputIsComputedAndTheOlderOnesMapsAreSkipped() {
        model.set(cnn);
        inside.request(one(5), 1);
        inside.request(one(9), 2);
        inside.request(one(20), 3);
        assertEquals(1, background.queued());
        assertTrue(background.runNext()); // the first input: its layers, not its maps (a newer one waits)
        assertEquals(1, inside.resultProperty().get().askedAt());
        assertNull(inside.saliencyProperty().get());
        background.runAll();
        assertEquals(3, inside.resultProperty().get().askedAt(), "the middle input was never computed");
        assertArrayEquals(one(20), inside.resultProperty().get().input(), 0f);
        assertNotNull(inside.saliencyProperty().get());
        assertEquals(2, inside.latency().count());
    }

    @Test
    void clearingTheCanvasClearsThePanelAndDropsTheResultInFlight() {
        model.set(cnn);
        inside.request(one(13), 1);
        inside.request(null, 0);
        background.runAll();
        assertNull(inside.resultProperty().get());
        assertNull(inside.saliencyProperty().get());
        assertTrue(inside.messageProperty().get().startsWith("Draw a digit"), inside.messageProperty().get());
    }

    @Test
    void aHiddenPanelDoesNoWorkAndCatchesUpWhenShown() {
        model.set(cnn);
        inside.setActive(false);
        inside.request(one(13), 1);
        assertEquals(0, background.queued());
        inside.setActive(true);
        assertEquals(1, background.queued());
        background.runAll();
        assertArrayEquals(one(13), inside.resultProperty().get().input(), 0f);
    }

    @Test
    void pointingAtTheEnlargedMapSaysTheValueAndOutlinesTheReceptiveField() {
        model.set(cnn);
        inside.request(one(13), 1);
        background.runAll();
        LayerPicture conv = inside.resultProperty().get().layers().stream()
                .filter(l -> l.layer().type().equals("Conv2D")).findFirst().orElseThrow();
        inside.select(conv.name(), 2);
        assertEquals(new InsideViewModel.MapSelection(conv.name(), 2), inside.selectedProperty().get());
        inside.pointAt(conv.name(), 2, 10, 12, true);
        assertTrue(inside.pointerProperty().get().startsWith(conv.name() + ", map 2, row 10, column 12: "),
                inside.pointerProperty().get());
        assertNotNull(inside.receptiveFieldProperty().get());
        assertEquals(3, inside.receptiveFieldProperty().get().height(), "a 3x3 kernel sees 3x3 pixels");
        inside.pointAway();
        assertNull(inside.receptiveFieldProperty().get());
        assertEquals("", inside.pointerProperty().get());
    }

    @Test
    void withoutAModelTheLearnerIsToldWhatToDo() {
        inside.request(one(13), 1);
        assertEquals(0, background.queued());
        assertTrue(inside.messageProperty().get().contains("choose or train"), inside.messageProperty().get());
    }

    @Test
    void strongestFirstOrdersChannelsByMeanActivation() {
        model.set(cnn);
        inside.request(one(13), 1);
        background.runAll();
        for (LayerPicture picture : inside.resultProperty().get().layers()) {
            float[] means = picture.layer().channelMeans();
            int[] order = picture.strongest();
            assertEquals(means.length, order.length);
            for (int k = 1; k < order.length; k++) {
                assertTrue(means[order[k - 1]] >= means[order[k]], picture.name());
            }
        }
    }

    @Test
    void aSelectedConvolutionMapShowsItsFilterAndItsMostExcitingTestImages() {
        model.set(cnn);
        inside.request(one(13), 1);
        background.runAll();
        LayerPicture conv = inside.resultProperty().get().layers().stream()
                .filter(l -> l.layer().type().equals("Conv2D")).findFirst().orElseThrow();
        inside.select(conv.name(), 4);
        assertNull(inside.weightsProperty().get(), "the weights are read in the background");
        background.runAll();
        assertArrayEquals(dev.neurite.explain.Kernels.convolution(cnn, conv.name()).get(4).values(),
                inside.weightsProperty().get().values(), 0f);
        assertNull(inside.excitingProperty().get());
        inside.findExciting();
        assertEquals(0, inside.excitingProgressProperty().get());
        background.runAll();
        InsideViewModel.Exciting found = inside.excitingProperty().get();
        assertNotNull(found);
        dev.neurite.explain.MostExciting expected = dev.neurite.explain.MostExciting.compute(cnn,
                Fixtures.digitsTest(150), conv.name(), 8, new dev.neurite.CancellationToken(), n -> { });
        assertArrayEquals(expected.images(4), found.images());
        assertEquals(-1, inside.excitingProgressProperty().get());
        inside.select(conv.name(), 5);
        assertArrayEquals(expected.images(5), inside.excitingProperty().get().images(),
                "another channel of the same layer is shown at once");
    }

    @Test
    void choosingAnotherMapCancelsTheSearch() {
        model.set(cnn);
        inside.request(one(13), 1);
        background.runAll();
        LayerPicture conv = inside.resultProperty().get().layers().stream()
                .filter(l -> l.layer().type().equals("Conv2D")).findFirst().orElseThrow();
        inside.select(conv.name(), 1);
        background.runAll();
        inside.findExciting();
        inside.deselect();
        background.runAll();
        assertNull(inside.excitingProperty().get());
        assertEquals(-1, inside.excitingProgressProperty().get());
        inside.select(conv.name(), 1);
        background.runAll();
        assertNull(inside.excitingProperty().get(), "a cancelled search leaves nothing behind");
    }

    @Test
    void anMlpUnitOfTheFirstDenseLayerShowsItsPixelWeights() {
        ModelDefinition mlp = Templates.get("mnist-mlp");
        Network network = new CpuEngine().compile(mlp.graph(), mlp.compile(), 1);
        model.set(network);
        inside.request(one(13), 1);
        background.runAll();
        inside.select("dense", 7);
        background.runAll();
        assertEquals(28, inside.weightsProperty().get().height());
        assertArrayEquals(dev.neurite.explain.Kernels.denseUnit(network, "dense", 7).values(),
                inside.weightsProperty().get().values(), 0f);
        inside.select("dense_1", 3);
        background.runAll();
        assertNull(inside.weightsProperty().get(), "the output layer does not read pixels");
    }
}
