package dev.neurite.train;

import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run preparation the window and the command line share, on the bundled digits with the real engine. */
class TrainingPreparationTest {

    private static final TrainTestSets DIGITS = BundledDigits.load();

    private final TrainingPreparation preparation =
            new TrainingPreparation(new CpuEngine(), new WeightsArchive()::write);
    private final List<Integer> listenerSamples = new ArrayList<>();

    private TrainingPreparation.ListenerFactory recording() {
        return (fit, trainSamples) -> {
            listenerSamples.add(trainSamples);
            return new TrainingListener() { };
        };
    }

    private static ModelDefinition logistic(Validation validation) {
        ModelDefinition template = Templates.resolve("logistic");
        FitSettings fit = template.fit().withValidation(validation);
        return template.withFit(fit);
    }

    @Test
    void sampleLimitKeepsTheFirstSamplesAndTheSplitIsTakenOffThem() {
        var prepared = preparation.prepare(logistic(new Validation.Split(0.25)), CallbackSettings.none(), DIGITS,
                400, recording());
        assertEquals(400, prepared.train().size());
        assertEquals(300, prepared.trainSamples());
        assertEquals(List.of(300), listenerSamples, "the listener learns the samples per epoch");
    }

    @Test
    void noSampleLimitTrainsOnEveryTrainingSample() {
        var prepared = preparation.prepare(logistic(new Validation.None()), CallbackSettings.none(), DIGITS, 0,
                recording());
        assertEquals(DIGITS.train().size(), prepared.trainSamples());
    }

    @Test
    void validationOnTheTestSetFallsBackToNoneWithoutATestSet() {
        var prepared = preparation.prepare(logistic(new Validation.TestSet()), CallbackSettings.none(),
                TrainTestSets.trainOnly(DIGITS.train()), 100, recording());
        assertNull(prepared.test());
        assertEquals(new Validation.None(), prepared.definition().fit().validation());
    }

    @Test
    void theCheckpointFolderIsCreated(@TempDir Path dir) {
        Path folder = dir.resolve("checkpoints/run-1");
        CallbackSettings callbacks = CallbackSettings.none()
                .withCheckpoint(new CallbackSettings.CheckpointSettings(folder, "val_loss", true));
        preparation.prepare(logistic(new Validation.TestSet()), callbacks, DIGITS, 100, recording());
        assertTrue(Files.isDirectory(folder));
    }
}
