package dev.neurite.imports;

import dev.neurite.NeuriteException;
import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.eval.TrainedModels;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
import dev.neurite.imports.keras.ImportedModel;
import dev.neurite.imports.keras.KerasImporter;
import org.nd4j.linalg.api.ndarray.INDArray;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every kind of model a front end can be given: a template id, a Neurite model file, a Neurite project
 * ({@code .neurite}: its model, with the weights it keeps for it), or a Keras file (a JSON config,
 * a {@code .keras} archive or a legacy {@code .h5} model; told apart from Neurite's JSON by content). Stateless and
 * thread-safe; reading runs on the calling thread.
 */
public final class ModelFiles {

    /**
     * A model as given.
     *
     * @param definition the graph and settings
     * @param weights    the weights the file carried (Keras files), by {@code layer/weight}; empty otherwise
     * @param notes      what an import dropped, one sentence each; empty for Neurite files
     * @param format     what was read, e.g. {@code "Keras 3 .keras archive"}; null for Neurite files and templates
     */
    public record Resolved(ModelDefinition definition, Map<String, INDArray> weights, List<String> notes,
                           String format) {
        public Resolved {
            weights = Map.copyOf(weights);
            notes = List.copyOf(notes);
        }
    }

    private ModelFiles() {
    }

    /** Whether {@code file} is a Keras file rather than a Neurite one. */
    public static boolean isKeras(Path file) {
        return KerasImporter.isKerasFile(file);
    }

    /**
     * A model named on the command line: a template id, or else the path of a Neurite or Keras model file.
     *
     * @throws NeuriteException if it is none of these or cannot be read
     */
    public static Resolved resolve(String spec) {
        Path path;
        try {
            path = spec.isBlank() ? null : Path.of(spec);
        } catch (java.nio.file.InvalidPathException e) {
            path = null;   // not a file name: Templates.resolve explains what is accepted
        }
        if (path != null && Files.isRegularFile(path) && isKeras(path)) {
            ImportedModel model = KerasImporter.read(path);
            return new Resolved(model.definition(), model.weights(), model.notes(), model.format());
        }
        if (path != null && isProject(path)) {
            Project project = ProjectFile.read(path);
            return new Resolved(project.model(), projectWeights(project, path), List.of(), "Neurite project");
        }
        return new Resolved(Templates.resolve(spec), Map.of(), List.of(), null);
    }

    /** Whether {@code file} names a Neurite project ({@code .neurite}) rather than a model file. */
    public static boolean isProject(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith("." + ProjectFile.EXTENSION);
    }

    /** The weights a project keeps for its model as it is now; empty if it keeps none or the model changed since. */
    private static Map<String, INDArray> projectWeights(Project project, Path file) {
        if (project.weightsOfModel().isEmpty()) {
            return Map.of();
        }
        try {
            return project.weightsOfModel().get().read(file.getFileName().toString());
        } catch (java.io.IOException e) {
            throw new NeuriteException("Cannot read the weights kept in '" + file + "': " + e.getMessage(), e);
        }
    }

    /**
     * The compiled network of a trained model file: a Neurite model with its weights archive beside it, or a Keras
     * file that carries weights ({@code .keras}, {@code .h5}).
     *
     * @throws NeuriteException if the file, or its weights, are missing, unreadable or do not belong together
     */
    public static Network load(Path modelFile, Engine engine) {
        if (Files.isRegularFile(modelFile) && isKeras(modelFile)) {
            ImportedModel model = KerasImporter.read(modelFile);
            if (!model.hasWeights()) {
                throw new NeuriteException("'" + modelFile + "' is a Keras config without weights; give the model "
                        + "saved with its weights (model.save(\"model.keras\") or model.save(\"model.h5\")).");
            }
            return TrainedModels.withWeights(model.definition(), model.weights(), engine, modelFile.toString());
        }
        if (isProject(modelFile)) {
            Project project = ProjectFile.read(modelFile);
            Map<String, INDArray> weights = projectWeights(project, modelFile);
            if (weights.isEmpty()) {
                throw new NeuriteException("'" + modelFile + "' keeps no trained weights for its model: train it in "
                        + "the window, or with 'neurite train " + modelFile.getFileName() + " --data D --save "
                        + "model.json'.");
            }
            return TrainedModels.withWeights(project.model(), weights, engine, modelFile.toString());
        }
        return TrainedModels.fromFile(modelFile, engine);
    }

    /**
     * The trained weights that come with a model named on the command line: a Keras file's own weights, or the
     * weights archive beside a Neurite model file ({@code model.weights.zip}); empty for templates and models
     * without weights.
     *
     * @throws NeuriteException if the model or its weights cannot be read
     */
    public static Map<String, INDArray> trainedWeights(String spec) {
        Path path;
        try {
            path = Path.of(spec);
        } catch (java.nio.file.InvalidPathException e) {
            return Map.of();
        }
        if (!Files.isRegularFile(path)) {
            return Map.of();
        }
        if (isKeras(path)) {
            return KerasImporter.read(path).weights();
        }
        if (isProject(path)) {
            return projectWeights(ProjectFile.read(path), path);
        }
        Path weights = WeightsArchive.besideModel(path);
        if (!Files.isRegularFile(weights)) {
            return Map.of();
        }
        try {
            return new WeightsArchive().read(weights);
        } catch (java.io.IOException e) {
            throw new NeuriteException("Cannot read '" + weights + "': " + e.getMessage(), e);
        }
    }

    /**
     * A project to open in the window: a Neurite project file as it is, or a new project made from a Keras file. A
     * Keras model with weights comes with one run, "imported", that keeps them, so the Test place can test the model
     * trained elsewhere at once; its history is empty and its message names the file.
     *
     * @throws NeuriteException if the file cannot be read or imported
     */
    public static Project openProject(Path file) {
        if (!isKeras(file)) {
            return ProjectFile.read(file);
        }
        ImportedModel model = KerasImporter.read(file);
        Project project = Project.of(model.definition());
        return model.hasWeights() ? RunImport.add(project, model, List.of(), file.getFileName().toString())
                : project;
    }
}
