package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.CpuEngine;
import dev.neurite.format.Templates;
import dev.neurite.model.ModelDefinition;
import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.LayerStatistics;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Layers view's state without a Stage: real training on the bundled digits, a same-thread executor, drained. */
class LayersModelTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");
    private static final Executor SAME_THREAD = Runnable::run;

    private final SimpleObjectProperty<ModelDefinition> model =
            new SimpleObjectProperty<>(Templates.resolve("mnist-mlp"));
    private final TrainingViewModel vm = new TrainingViewModel(model, new SimpleStringProperty("digits"),
            SAME_THREAD, id -> DIGITS, new CpuEngine());

    private void train(int epochs) throws InterruptedException {
        vm.form().epochsProperty().set(epochs);
        vm.form().sampleLimitProperty().set(200);
        vm.form().batchSizeProperty().set(50);
        vm.form().validateOnTestProperty().set(false);
        vm.form().validationSplitProperty().set(0.2);
        vm.start();
        vm.drain();
        vm.currentRun().session().awaitCompletion();
        vm.drain();
        vm.drain();
    }

    @Test
    void eachEpochBringsEveryWeightedLayersStatistics() throws InterruptedException {
        train(2);
        List<EpochLayerStatistics> shown = vm.layers().shownProperty().get();
        assertEquals(List.of(1, 2), shown.stream().map(EpochLayerStatistics::epoch).toList());
        List<String> dense = vm.lastNetworkProperty().get().layerNames().stream()
                .filter(name -> name.startsWith("dense")).toList();
        for (EpochLayerStatistics epoch : shown) {
            assertEquals(dense, epoch.weighted().stream().map(LayerStatistics::layer).toList());
            for (LayerStatistics layer : epoch.weighted()) {
                assertTrue(layer.main().orElseThrow().meanAbsGradient() > 0, layer.layer());
            }
            assertEquals(160, epoch.probeSamples(), "200 samples less the validation fifth");
            assertEquals(4, epoch.gradientBatches(), "4 batches of 50: every one sampled");
        }
        assertTrue(vm.layers().captionProperty().get().startsWith("Run 1 (latest), epochs 1\u20132."),
                vm.layers().captionProperty().get());
    }

    @Test
    void selectingAnEarlierRunShowsItsStatisticsAndNoneShowsTheLatest() throws InterruptedException {
        train(1);
        train(2);
        assertEquals(2, vm.layers().shownProperty().get().size());
        vm.runs().select(List.of(vm.runs().runs().get(0)));
        assertEquals(1, vm.layers().shownProperty().get().size(), "run 1 had one epoch");
        assertTrue(vm.layers().captionProperty().get().startsWith("Run 1,"), vm.layers().captionProperty().get());
        vm.runs().select(List.of());
        assertEquals(2, vm.layers().shownProperty().get().size());
    }

    @Test
    void aRunOpenedFromAProjectShowsTheStatisticsItsRecordKept() throws InterruptedException {
        train(1);
        var record = dev.neurite.format.RunRecordCodec.read(
                dev.neurite.format.RunRecordCodec.write(vm.runs().runs().get(0).record()), "project");
        assertEquals(1, record.layers().size(), "the run's record keeps its statistics through the project file");
        TrainingViewModel reopened = new TrainingViewModel(model, new SimpleStringProperty("digits"), SAME_THREAD,
                id -> DIGITS, new CpuEngine());
        reopened.runs().load(List.of(record));
        reopened.runs().select(List.of(reopened.runs().runs().get(0)));
        assertEquals(record.layers(), reopened.layers().shownProperty().get());
        assertTrue(reopened.layers().captionProperty().get().startsWith("Run 1, epochs 1\u20131."),
                reopened.layers().captionProperty().get());

        reopened.runs().load(List.of(record.withLayers(List.of())));
        reopened.runs().select(List.of(reopened.runs().runs().get(0)));
        assertTrue(reopened.layers().shownProperty().get().isEmpty());
        assertTrue(reopened.layers().captionProperty().get().startsWith("Run 1 has no layer statistics"),
                reopened.layers().captionProperty().get());
    }

    @Test
    void theCoachReadsTheLayers() throws InterruptedException {
        train(2);
        assertTrue(vm.coachNotes().stream().noneMatch(n -> n.pattern().name().contains("RELU")
                || n.pattern().name().contains("GRADIENTS")), "a healthy MLP: " + vm.coachNotes());
    }
}
