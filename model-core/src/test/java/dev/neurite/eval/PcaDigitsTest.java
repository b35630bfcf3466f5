package dev.neurite.eval;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.InputProjection;
import dev.neurite.engine.Network;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
import dev.neurite.layers.TensorShape;
import dev.neurite.pca.PrincipalComponents;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pca-mlp template (60 components, seed 001's network) trained on 2,000 bundled digits for 3 epochs: PCA is
 * fitted on the training part only, the network takes pixels and sees components, and the saved model (projection
 * in its weights) evaluates and predicts exactly as the trained one.
 */
class PcaDigitsTest {

    private static final TrainTestSets DIGITS = BundledDigits.load();
    private static final DataSet TRAIN = DIGITS.train().range(0, 2000);
    private static final DataSet TEST = DIGITS.test().orElseThrow().range(0, 500);
    private static ModelDefinition definition;
    private static Network trained;

    @BeforeAll
    static void train() throws InterruptedException {
        ModelDefinition template = Templates.get("pca-mlp");
        definition = template.withFit(template.fit().withEpochs(3).withValidation(new Validation.Split(0.1)));
        trained = new CpuEngine().compile(definition.graph(), definition.compile(), definition.fit().seed());
        TrainingSession session = new TrainingSession(trained, TRAIN, null, definition.fit(), List.of(),
                new TrainingListener() { });
        session.start();
        session.awaitCompletion();
        assertEquals(3, session.history().size());
    }

    @Test
    void theProjectionIsFittedOnTheTrainingPartOnly() {
        InputProjection expected = PrincipalComponents.fit(TRAIN.range(0, 1800), 60).toInputProjection(60, null);
        assertEquals(expected, trained.inputProjection());
        assertEquals(TensorShape.of(784), trained.inputShape());
    }

    @Test
    void sixtyComponentsReachASensibleTestAccuracy() {
        double accuracy = new Evaluator(250).evaluate(trained, TEST).accuracy();
        assertTrue(accuracy > 0.8, "test accuracy " + accuracy);
    }

    @Test
    void theSavedModelPredictsAsTheTrainedOneAlsoForOneCanvasInput(@TempDir Path folder) throws IOException {
        Network loaded = TrainedModels.fromFile(save(folder, trained.weights()), new CpuEngine());
        assertEquals(trained.inputProjection(), loaded.inputProjection());
        Evaluator evaluator = new Evaluator(250);
        float[][] before = evaluator.predict(trained, TEST);
        float[][] after = evaluator.predict(loaded, TEST);
        for (int i = 0; i < TEST.size(); i++) {
            assertArrayEquals(before[i], after[i], 1e-5f, "test image " + i);
        }
        float[] pixels = new float[784];
        TEST.copyImage(7, pixels, 0);
        assertArrayEquals(before[7], Evaluator.predict(loaded, pixels), 1e-5f);
    }

    @Test
    void weightsThatLostTheProjectionAreRefused(@TempDir Path folder) throws IOException {
        Map<String, INDArray> weights = trained.weights();
        weights.remove("input_1/pca_mean");
        weights.remove("input_1/pca_components");
        Path model = save(folder, weights);
        NeuriteException problem = assertThrows(NeuriteException.class,
                () -> TrainedModels.fromFile(model, new CpuEngine()));
        assertTrue(problem.getMessage().contains("trained on 60 principal components"), problem.getMessage());
    }

    @Test
    void aProjectionOfAnotherSizeIsRefused(@TempDir Path folder) throws IOException {
        Map<String, INDArray> weights = trained.weights();
        weights.put("input_1/pca_components", weights.get("input_1/pca_components").getRows(0, 1, 2).dup());
        Path model = save(folder, weights);
        NeuriteException problem = assertThrows(NeuriteException.class,
                () -> TrainedModels.fromFile(model, new CpuEngine()));
        assertTrue(problem.getMessage().contains("PCA gives 3 values per sample"), problem.getMessage());
    }

    @Test
    void standardizedPixelsAndPcaTrainTogether() throws InterruptedException {
        ModelDefinition both = definition.withFit(definition.fit().withEpochs(1)
                .withPixelScaling(PixelScaling.STANDARDIZE));
        Network network = new CpuEngine().compile(both.graph(), both.compile(), 1);
        TrainingSession session = new TrainingSession(network, TRAIN, null, both.fit(), List.of(),
                new TrainingListener() { });
        session.start();
        session.awaitCompletion();
        assertTrue(new Evaluator(250).evaluate(network, TEST).accuracy() > 0.7);
        assertEquals(PrincipalComponents.fit(TRAIN.range(0, 1800), 60)
                .toInputProjection(60, network.inputStandardization()), network.inputProjection());
    }

    @Test
    void anInputThatDoesNotTakeTheComponentsIsRefusedBeforeTraining() {
        ModelDefinition mlp = Templates.get("mnist-mlp");
        Network network = new CpuEngine().compile(mlp.graph(), mlp.compile(), 1);
        NeuriteException problem = assertThrows(NeuriteException.class, () -> new TrainingSession(network, TRAIN,
                null, mlp.fit().withValidation(new Validation.None()).withPcaComponents(60), List.of(),
                new TrainingListener() { }));
        assertTrue(problem.getMessage().startsWith("pca_components is 60 but the model's Input is (None, 784)"),
                problem.getMessage());
    }

    private static Path save(Path folder, Map<String, INDArray> weights) throws IOException {
        Path model = folder.resolve("pca.json");
        ModelFileFormat.write(definition, model);
        new WeightsArchive().write(WeightsArchive.besideModel(model), weights);
        return model;
    }
}
