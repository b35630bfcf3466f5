package dev.neurite.train;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluator;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a fit prepares its images: augmentation of training batches only, standardization from the training part. */
class TrainingPreprocessingTest {

    /** 400 images of 8x8; the last quarter is the validation split. */
    private static final DataSet DATA = Synthetic.blobs(400, 8, 8, 4, 11);
    private static final Augmentation AUGMENTATION = new Augmentation(15, 0.125, 0.125, 0.1);

    private static Network network() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8, 8, 1)), new Flatten(),
                new Dense(16, ActivationFunction.RELU), new Dense(4, ActivationFunction.SOFTMAX));
        return new CpuEngine().compile(graph, new CompileSettings(new Optimizer.Adam(),
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of("accuracy")), 1);
    }

    private static FitSettings fit() {
        return FitSettings.defaults().withBatchSize(25).withEpochs(2).withValidation(new Validation.Split(0.25))
                .withSeed(9);
    }

    private static TrainingSession trained(Network network, DataSet data, FitSettings settings)
            throws InterruptedException {
        TrainingSession session = new TrainingSession(network, data, null, settings, List.of(),
                new TrainingListener() { });
        session.start();
        session.awaitCompletion();
        assertEquals(settings.epochs(), session.history().size(), "the run completed");
        return session;
    }

    @Test
    void augmentedRunsWithTheSameSeedAreIdenticalAndDifferFromPlainOnes() throws InterruptedException {
        FitSettings augmented = fit().withAugmentation(AUGMENTATION);
        History first = trained(network(), DATA, augmented).history();
        History second = trained(network(), DATA, augmented).history();
        History plain = trained(network(), DATA, fit()).history();
        assertEquals(first.values("loss"), second.values("loss"));
        assertEquals(first.values("val_loss"), second.values("val_loss"));
        assertNotEquals(plain.values("loss"), first.values("loss"), "training batches were augmented");
        History otherSeed = trained(network(), DATA, augmented.withSeed(10)).history();
        assertNotEquals(first.values("loss"), otherSeed.values("loss"));
    }

    @Test
    void validationBatchesAreNeverAugmented() throws InterruptedException {
        Network network = network();
        TrainingSession session = trained(network, DATA, fit().withAugmentation(AUGMENTATION).withEpochs(1));
        double unchangedImagesLoss = new Evaluator(100).evaluate(network, DATA.range(300, 400)).loss();
        assertEquals(unchangedImagesLoss, session.history().epochs().get(0).validationLoss(), 1e-5);
    }

    @Test
    void standardizationTakesTheMeanAndDeviationOfTheTrainingPartOnly() throws InterruptedException {
        DataSet data = withBrightValidationPart(DATA, 300);
        Network network = network();
        trained(network, data, fit().withPixelScaling(PixelScaling.STANDARDIZE));
        DataSet trainingPart = data.range(0, 300);
        assertEquals(trainingPart.pixelMean(), network.inputStandardization().mean(), 1e-7);
        assertEquals(trainingPart.pixelStandardDeviation(), network.inputStandardization().std(), 1e-7);
        assertTrue(Math.abs(data.pixelMean() - trainingPart.pixelMean()) > 0.05, "the test can tell them apart");
    }

    @Test
    void standardizedValidationMatchesAnEvaluationOfTheStandardizingNetwork() throws InterruptedException {
        Network network = network();
        TrainingSession session = trained(network, DATA, fit().withPixelScaling(PixelScaling.STANDARDIZE));
        double evaluated = new Evaluator(64).evaluate(network, DATA.range(300, 400)).loss();
        assertEquals(evaluated, session.history().epochs().get(1).validationLoss(), 1e-5);
    }

    @Test
    void rescalingLeavesInputsAsTheyAre() throws InterruptedException {
        Network network = network();
        trained(network, DATA, fit());
        assertNull(network.inputStandardization());
    }

    /** {@code data} with every pixel from image {@code from} on set to at least 200. */
    private static DataSet withBrightValidationPart(DataSet data, int from) {
        byte[] pixels = data.pixelBytes();
        for (int i = from * data.pixelsPerImage(); i < pixels.length; i++) {
            pixels[i] = (byte) Math.max(200, pixels[i] & 0xFF);
        }
        return DataSet.labelled("bright-tail", data.height(), data.width(), pixels, data.labels(), data.classNames(),
                Provenance.inMemory("test"));
    }
}
