package dev.neurite.graph;

import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticsTest {

    private static final ActivationFunction RELU = ActivationFunction.RELU;
    private static final ActivationFunction SOFTMAX = ActivationFunction.SOFTMAX;

    private static Diagnostic only(ModelGraph graph, String node) {
        List<Diagnostic> found = graph.analyze().diagnostics(node);
        assertEquals(1, found.size(), () -> "diagnostics of " + node + ": " + graph.analyze().diagnostics());
        return found.get(0);
    }

    @Test
    void validChainHasNoProblems() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(512, RELU),
                new Dense(10, SOFTMAX));
        assertEquals(List.of(), graph.analyze().diagnostics());
        assertEquals(List.of(), TrainingChecks.diagnose(graph.analyze(),
                TrainingContext.of(CompileSettings.defaults(), 10, "digits")));
    }

    @Test
    void denseAfterConvOffersFlattenAndTheFixClearsIt() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                new Conv2D(32, Dims2D.square(3), RELU), new Dense(10, SOFTMAX));
        Diagnostic problem = only(graph, "dense");
        assertTrue(problem.isError());
        assertTrue(problem.message().contains("Flatten"), problem.message());
        assertEquals("Insert Flatten", problem.fix().label());
        ModelGraph fixed = problem.fix().applyTo(graph);
        assertEquals(List.of(), fixed.analyze().diagnostics());
        assertEquals(TensorShape.of(26 * 26 * 32), fixed.analyze().node("flatten").outputShape());
        assertEquals(List.of("flatten"), fixed.node("dense").inputs());
    }

    @Test
    void convOnFlatVectorOffersReshape() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)),
                new Conv2D(8, Dims2D.square(3), RELU), new Flatten(), new Dense(10, SOFTMAX));
        Diagnostic problem = only(graph, "conv2d");
        assertEquals("Insert Reshape", problem.fix().label());
        ModelGraph fixed = problem.fix().applyTo(graph);
        assertEquals(List.of(), fixed.analyze().diagnostics());
        assertEquals(new Reshape(List.of(28, 28, 1)), fixed.node("reshape").layer());
    }

    @Test
    void kernelLargerThanInputSuggestsSamePadding() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4, 4, 1)),
                new Conv2D(8, Dims2D.square(5)), new Flatten(), new Dense(10, SOFTMAX));
        Diagnostic problem = only(graph, "conv2d");
        assertTrue(problem.message().contains("use padding='same' or a smaller kernel"), problem.message());
        assertEquals(List.of(), problem.fix().applyTo(graph).analyze().diagnostics());
    }

    @Test
    void poolingTooLargeIsReportedAtThePool() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(1, 1, 4)),
                MaxPooling2D.of(Dims2D.square(2)), new Flatten(), new Dense(10, SOFTMAX));
        assertTrue(only(graph, "max_pooling2d").message().contains("pool is larger"));
        assertFalse(graph.analyze().node("flatten").hasShape());
    }

    @Test
    void cycleIsReportedWithAConnectionToRemove() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(8), new Add(),
                new Dense(4, SOFTMAX));
        graph = graph.connect("dense_1", "add");
        List<Diagnostic> cycle = graph.analyze().diagnostics().stream()
                .filter(d -> d.message().contains("cycle")).toList();
        assertFalse(cycle.isEmpty(), graph.analyze().diagnostics().toString());
        ModelGraph fixed = cycle.get(0).fix().applyTo(graph);
        assertTrue(fixed.analyze().diagnostics().stream().noneMatch(d -> d.message().contains("cycle")));
    }

    @Test
    void layerWithoutInputIsReported() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4, SOFTMAX))
                .add(new Dense(3), List.of());
        assertTrue(only(graph, "dense_1").message().contains("not connected"));
    }

    @Test
    void branchWithoutPathFromInputIsReportedUnderItsUnconnectedStart() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4, SOFTMAX))
                .add(new Dense(3), List.of()).add(new Dense(2), List.of("dense_1"));
        assertTrue(graph.analyze().diagnostics("dense_1").stream().flatMap(d -> d.consequences().stream())
                .anyMatch(c -> c.startsWith("dense_2: ") && c.contains("no path from an InputLayer")));
    }

    @Test
    void singleInputLayerWithTwoInputsIsReported() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4))
                .add(new Dense(4), List.of("input_1"));
        graph = graph.add(new Dense(10, SOFTMAX), List.of("dense", "dense_1"));
        assertTrue(only(graph, "dense_2").message().contains("takes exactly one input"));
    }

    @Test
    void mergeWithOneInputIsReported() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Add());
        assertTrue(only(graph, "add").message().contains("two or more inputs"));
    }

    @Test
    void addWithDifferentShapesIsReported() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4))
                .add(new Dense(5), List.of("input_1"));
        graph = graph.add(new Add(), List.of("dense", "dense_1"));
        assertTrue(only(graph, "add").message().contains("same shape"));
    }

    @Test
    void concatenateWithMismatchedImagesIsReported() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8, 8, 1)),
                new Conv2D(4, Dims2D.square(3))).add(new Conv2D(4, Dims2D.square(1)), List.of("input_1"));
        graph = graph.add(new Concatenate(), List.of("conv2d", "conv2d_1"));
        assertTrue(only(graph, "concatenate").message().contains("match in every dimension"));
    }

    @Test
    void emptyAndOutputlessModelsAreReported() {
        assertTrue(ModelGraph.empty().analyze().diagnostics().get(0).message().contains("empty"));
        ModelGraph inputOnly = ModelGraph.sequential(new InputLayer(TensorShape.of(8)));
        assertTrue(inputOnly.analyze().diagnostics().get(0).message().contains("no output layer"));
    }

    @Test
    void twoOutputsAreReportedAtEach() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4))
                .add(new Dense(5), List.of("input_1"));
        assertEquals(2, graph.analyze().diagnostics().size());
    }

    @Test
    void unitsNotMatchingClassesOffersTheRightCount() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(5, SOFTMAX));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                TrainingContext.of(CompileSettings.defaults(), 10, "digits"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("'digits' has 10 classes"), problems.get(0).message());
        ModelGraph fixed = problems.get(0).fix().applyTo(graph);
        assertEquals(TensorShape.of(10), fixed.analyze().outputShape());
    }

    @Test
    void softmaxWithBinaryLossWarns() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(10, SOFTMAX));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                TrainingContext.of(CompileSettings.defaults().withLoss(Loss.BINARY_CROSSENTROPY), 10, "digits"));
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("binary_crossentropy"));
    }

    @Test
    void softmaxWithRegressionLossWarns() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(10, SOFTMAX));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                TrainingContext.of(CompileSettings.defaults().withLoss(Loss.MEAN_SQUARED_ERROR), 10, "digits"));
        assertTrue(problems.get(0).message().contains("regression"));
    }

    @Test
    void crossEntropyWithoutSoftmaxOffersSoftmax() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(10));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                TrainingContext.of(CompileSettings.defaults(), 10, "digits"));
        Fix fix = problems.get(0).fix();
        assertNotNull(fix);
        assertEquals(List.of(), TrainingChecks.diagnose(fix.applyTo(graph).analyze(),
                TrainingContext.of(CompileSettings.defaults(), 10, "digits")));
    }

    @Test
    void hugeModelIsRefusedAtItsLargestLayer() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(100_000)), new Dense(100_000),
                new Dense(10, SOFTMAX));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                new TrainingContext(CompileSettings.defaults(), 10, "digits", 8L << 30));
        Diagnostic memory = problems.get(problems.size() - 1);
        assertEquals("dense", memory.node());
        assertTrue(memory.message().contains("10,001,100,010 parameters"), memory.message());
    }

    @Test
    void layerOutputsThatDoNotFitOneBatchAreRefusedAtTheLargestOutput() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                new Conv2D(1_000_000, Dims2D.square(1)), new dev.neurite.layers.GlobalAveragePooling2D(false),
                new Dense(10, SOFTMAX));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                new TrainingContext(CompileSettings.defaults(), 10, "digits", 8L << 30));
        Diagnostic memory = problems.get(problems.size() - 1);
        assertEquals("conv2d", memory.node());
        assertTrue(memory.message().startsWith("One batch of 32 images makes about 201.0 GB of layer outputs"),
                memory.message());
    }

    @Test
    void outputThatIsNotAVectorIsReported() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                new Conv2D(10, Dims2D.square(3), SOFTMAX));
        List<Diagnostic> problems = TrainingChecks.diagnose(graph.analyze(),
                TrainingContext.of(CompileSettings.defaults(), 10, "digits"));
        assertTrue(problems.get(0).message().contains("End the model with Flatten"), problems.toString());
    }
}
