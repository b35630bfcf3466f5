package dev.neurite.train;

import dev.neurite.format.ModelFormatException;
import dev.neurite.format.RunRecordCodec;
import dev.neurite.format.Templates;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.PixelScaling;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunRecordTest {

    private static RunRecord run(int number, String template, Optimizer optimizer, CallbackSettings callbacks) {
        var model = Templates.resolve(template);
        model = model.withCompile(model.compile().withOptimizer(optimizer));
        return new RunRecord(number, Instant.parse("2025-01-02T03:04:05Z"), 12.5, model, callbacks, "digits",
                "ab".repeat(32), List.of(new EpochMetrics(1, 0.5, 0.8, Double.NaN, Double.NaN, 2, 1500, 0.001),
                new EpochMetrics(2, 0.3, 0.9, 0.35, 0.88, 2, 1600, 0.001)), 47,
                TrainingListener.EndReason.COMPLETED, "Training finished.", 0.33, 0.89);
    }

    @Test
    void jsonRoundTripKeepsEverythingIncludingMissingValidation() {
        RunRecord original = run(3, "mnist-mlp", new Optimizer.Adam(), CallbackSettings.none()
                .withEarlyStopping(CallbackSettings.EarlyStoppingSettings.defaults())
                .withReduceOnPlateau(CallbackSettings.ReduceOnPlateauSettings.defaults())
                .withCheckpoint(new CallbackSettings.CheckpointSettings(Path.of("checkpoints"), "val_loss", true)));
        RunRecord read = RunRecordCodec.read(RunRecordCodec.write(original), "test");
        assertEquals(original, read);
        assertTrue(Double.isNaN(read.history().get(0).validationLoss()));
    }

    @Test
    void jsonRoundTripKeepsTheLayerStatistics() {
        var kernel = new dev.neurite.train.layerstats.ParameterStatistics("dense_1", "kernel", 6, -1, 2, 0.1, 0.9,
                new dev.neurite.train.layerstats.Histogram(-1, 2, new int[] {1, 0, 3, 2}), 1.5e-4, Double.NaN);
        var layers = List.of(new dev.neurite.train.layerstats.EpochLayerStatistics(1, List.of(
                new dev.neurite.train.layerstats.LayerStatistics("dense_1", List.of(kernel), 32, 0.71875),
                new dev.neurite.train.layerstats.LayerStatistics("activation", List.of(), 0, Double.NaN)), 256, 16));
        RunRecord original = run(3, "mnist-mlp", new Optimizer.Adam(), CallbackSettings.none()).withLayers(layers);
        String json = RunRecordCodec.write(original);
        assertTrue(json.contains("\"layer_statistics\""));
        RunRecord read = RunRecordCodec.read(json, "test");
        assertEquals(original, read);
        assertEquals(layers, read.layers());
        assertTrue(!RunRecordCodec.write(run(3, "mnist-mlp", new Optimizer.Adam(), CallbackSettings.none()))
                .contains("layer_statistics"), "a run without statistics is written as before");
    }

    @Test
    void aNegativeHistogramCountIsRefused() {
        var kernel = new dev.neurite.train.layerstats.ParameterStatistics("dense_1", "kernel", 1, 0, 0, 0, 0,
                new dev.neurite.train.layerstats.Histogram(0, 0, new int[] {1}), 0, 0);
        String json = RunRecordCodec.write(run(1, "mnist-mlp", new Optimizer.Adam(), CallbackSettings.none())
                .withLayers(List.of(new dev.neurite.train.layerstats.EpochLayerStatistics(1, List.of(
                        new dev.neurite.train.layerstats.LayerStatistics("dense_1", List.of(kernel), 0, Double.NaN)),
                        1, 1)))).replace("\"counts\":[1]", "\"counts\":[-1]").replace("\"counts\" : [ 1 ]",
                "\"counts\" : [ -1 ]");
        assertThrows(dev.neurite.format.ModelFormatException.class, () -> RunRecordCodec.read(json, "test"), json);
    }

    @Test
    void anUnknownFormatVersionIsRefusedWithAClearMessage() {
        String json = RunRecordCodec.write(run(1, "mnist-mlp", new Optimizer.RmsProp(), CallbackSettings.none()))
                .replace("\"format_version\" : 1", "\"format_version\" : 99");
        var failure = assertThrows(ModelFormatException.class, () -> RunRecordCodec.read(json, "run.json"));
        assertTrue(failure.getMessage().contains("version 99"), failure.getMessage());
    }

    @Test
    void diffOfRmsPropAndAdamShowsTheOptimizerAndItsArguments() {
        var rows = RunSettingsTable.compare(run(1, "mnist-mlp", new Optimizer.RmsProp(), CallbackSettings.none()),
                run(2, "mnist-mlp", new Optimizer.Adam(), CallbackSettings.none()));
        var changed = rows.stream().filter(RunSettingsTable.Row::differs).map(RunSettingsTable.Row::setting).toList();
        assertEquals(List.of("optimizer", "rho", "momentum", "beta_1", "beta_2"), changed);
    }

    @Test
    void diffShowsThePixelScalingAndTheAugmentation() {
        RunRecord plain = run(1, "mnist-mlp", new Optimizer.RmsProp(), CallbackSettings.none());
        var fit = plain.model().fit().withPixelScaling(PixelScaling.STANDARDIZE)
                .withAugmentation(new Augmentation(10, 0.1, 0.05, 0));
        RunRecord prepared = new RunRecord(2, plain.started(), plain.seconds(), plain.model().withFit(fit),
                plain.callbacks(), plain.datasetId(), plain.datasetHash(), plain.history(), plain.batchesPerEpoch(),
                plain.endReason(), plain.endMessage(), plain.testLoss(), plain.testAccuracy());
        var changed = RunSettingsTable.compare(plain, prepared).stream().filter(RunSettingsTable.Row::differs)
                .toList();
        assertEquals(List.of(new RunSettingsTable.Row("pixel_scaling", "rescale", "standardize"),
                new RunSettingsTable.Row("augmentation", "none", "rotation 10, shift 0.1 x 0.05, zoom 0")), changed);
        assertEquals(prepared, RunRecordCodec.read(RunRecordCodec.write(prepared), "test"));
    }

    @Test
    void diffWithAndWithoutDropoutShowsTheDropoutLayerAsAbsentInOne() {
        var rows = RunSettingsTable.compare(run(1, "mnist-mlp", new Optimizer.RmsProp(), CallbackSettings.none()),
                run(2, "mnist-mlp-dropout", new Optimizer.RmsProp(), CallbackSettings.none()));
        assertTrue(rows.stream().anyMatch(r -> r.left().equals(RunSettingsTable.ABSENT)
                && r.right().startsWith("Dropout")), rows.toString());
    }

    @Test
    void fingerprintOfOneFileIsItsHashAndOfNoneIsEmpty() {
        var file = new dev.neurite.data.SourceFile("a", "cd".repeat(32));
        assertEquals("cd".repeat(32), RunRecord.fingerprint(List.of(file)));
        assertEquals("", RunRecord.fingerprint(List.of()));
        assertEquals(64, RunRecord.fingerprint(List.of(file, file)).length());
    }
}
