package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.CpuEngine;
import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.format.Templates;
import dev.neurite.format.TrainedWeights;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.Optimizer;
import dev.neurite.train.RunRecord;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a project with three real runs on the bundled digits (mnist-mlp with SGD, quick-cnn with Adam, mnist-mlp
 * with RMSprop validated on the test set), each keeping its weights, trained through the Train place's view-model as
 * the window trains them. For screenshots of the Test place's chooser and the runs list:
 * {@code java -cp ... dev.neurite.ui.train.ThreeRunsProject out.neurite}, then open it with NEURITE_TEMPLATE.
 */
public final class ThreeRunsProject {

    private ThreeRunsProject() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "three-runs.neurite");
        TrainTestSets digits = DataSources.resolve("digits");
        List<RunRecord> runs = new ArrayList<>();
        List<TrainedWeights> weights = new ArrayList<>();
        SimpleObjectProperty<ModelDefinition> model = new SimpleObjectProperty<>(Templates.get("mnist-mlp"));
        TrainingViewModel vm = new TrainingViewModel(model, new SimpleStringProperty("digits"), Runnable::run,
                id -> digits, new TrainPlace.Links(edited -> { }, runs::add, weights::add, setting -> { }),
                new CpuEngine());
        train(vm, model, Templates.get("mnist-mlp"), "SGD", false);
        train(vm, model, Templates.get("quick-cnn"), "Adam", false);
        train(vm, model, Templates.get("mnist-mlp"), "RMSprop", true);
        Project project = Project.of(model.get());
        for (RunRecord run : runs) {
            project = project.withRun(run);
        }
        for (TrainedWeights kept : weights) {
            project = project.withWeights(kept);
        }
        ProjectFile.write(project, out);
        System.err.println("Wrote " + out + ": " + project.runs().size() + " runs, " + project.kept().summary());
        for (RunRecord run : project.runs()) {
            System.err.println("  " + new RunEntry(run).toString().replace("\n", " | "));
        }
        System.exit(0);
    }

    private static void train(TrainingViewModel vm, SimpleObjectProperty<ModelDefinition> model,
                              ModelDefinition template, String optimizer, boolean onTestSet)
            throws InterruptedException {
        model.set(template.withCompile(template.compile().withOptimizer(Optimizer.withDefaults(optimizer)
                .orElseThrow())));
        vm.form().optimizerProperty().set(optimizer);
        vm.form().epochsProperty().set(3);
        vm.form().sampleLimitProperty().set(1500);
        vm.form().batchSizeProperty().set(32);
        vm.form().validateOnTestProperty().set(onTestSet);
        if (!onTestSet) {
            vm.form().validationSplitProperty().set(0.2);
        }
        vm.start();
        vm.drain();
        vm.currentRun().session().awaitCompletion();
        vm.drain();
        vm.drain();
    }
}
