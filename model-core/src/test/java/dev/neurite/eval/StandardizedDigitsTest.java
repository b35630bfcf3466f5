package dev.neurite.eval;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
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
 * mnist-mlp trained on standardized bundled digits (2,000 training images, 3 epochs): it learns, and the saved model
 * evaluates and predicts exactly as the trained one, on test images and on digits drawn large and dark on light.
 */
class StandardizedDigitsTest {

    private static final TrainTestSets DIGITS = BundledDigits.load();
    private static final DataSet TEST = DIGITS.test().orElseThrow().range(0, 500);
    private static ModelDefinition definition;
    private static Network trained;

    @BeforeAll
    static void train() throws InterruptedException {
        ModelDefinition template = Templates.get("mnist-mlp");
        definition = template.withFit(template.fit().withEpochs(3).withValidation(new Validation.Split(0.1))
                .withPixelScaling(PixelScaling.STANDARDIZE));
        trained = new CpuEngine().compile(definition.graph(), definition.compile(), definition.fit().seed());
        TrainingSession session = new TrainingSession(trained, DIGITS.train().range(0, 2000), null, definition.fit(),
                List.of(), new TrainingListener() { });
        session.start();
        session.awaitCompletion();
        assertEquals(3, session.history().size());
    }

    @Test
    void standardizedTrainingReachesASensibleTestAccuracy() {
        double accuracy = new Evaluator(250).evaluate(trained, TEST).accuracy();
        assertTrue(accuracy > 0.85, "test accuracy " + accuracy);
        assertEquals(DIGITS.train().range(0, 1800).pixelMean(), trained.inputStandardization().mean(), 1e-7);
    }

    @Test
    void theSavedModelPredictsAsTheTrainedOne(@TempDir Path folder) throws IOException {
        Network loaded = TrainedModels.fromFile(save(folder, trained.weights()), new CpuEngine());
        assertEquals(trained.inputStandardization(), loaded.inputStandardization());
        Evaluator evaluator = new Evaluator(250);
        float[][] before = evaluator.predict(trained, TEST);
        float[][] after = evaluator.predict(loaded, TEST);
        for (int i = 0; i < TEST.size(); i++) {
            assertArrayEquals(before[i], after[i], 1e-6f, "test image " + i);
        }
    }

    @Test
    void digitsDrawnOnACanvasAreRecognisedByTheReloadedModel(@TempDir Path folder) throws IOException {
        Network loaded = TrainedModels.fromFile(save(folder, trained.weights()), new CpuEngine());
        DigitPreprocessor preprocessor = new DigitPreprocessor();
        int correct = 0;
        for (int i = 0; i < 100; i++) {
            float[] input = preprocessor.processGrey(asDrawing(TEST, i), 112, 112).input();
            float[] probabilities = Evaluator.predict(loaded, input);
            assertArrayEquals(Evaluator.predict(trained, input), probabilities, 1e-6f);
            correct += argmax(probabilities) == TEST.label(i) ? 1 : 0;
        }
        assertTrue(correct >= 75, correct + " of 100 drawn digits recognised");
    }

    @Test
    void weightsThatLostTheStatisticsAreRefused(@TempDir Path folder) throws IOException {
        Map<String, INDArray> weights = trained.weights();
        weights.remove("input_1/mean");
        weights.remove("input_1/std");
        Path model = save(folder, weights);
        NeuriteException problem = assertThrows(NeuriteException.class,
                () -> TrainedModels.fromFile(model, new CpuEngine()));
        assertTrue(problem.getMessage().contains("trained on standardized pixels"), problem.getMessage());
    }

    private static Path save(Path folder, Map<String, INDArray> weights) throws IOException {
        Path model = folder.resolve("standardized.json");
        ModelFileFormat.write(definition, model);
        new WeightsArchive().write(WeightsArchive.besideModel(model), weights);
        return model;
    }

    /** Image {@code index} as a canvas snapshot: 4x larger, black ink on white paper, 0 = black. */
    private static byte[] asDrawing(DataSet set, int index) {
        byte[] grey = new byte[112 * 112];
        for (int y = 0; y < 112; y++) {
            for (int x = 0; x < 112; x++) {
                grey[y * 112 + x] = (byte) (255 - set.pixel(index, y / 4, x / 4));
            }
        }
        return grey;
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
