package dev.neurite.app.cli;

import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.model.ModelDefinition;
import dev.neurite.imports.ModelFiles;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Loads models for the commands: template ids, Neurite model files (with the weights archive beside them) and Keras
 * files (JSON configs, {@code .keras}, {@code .h5}). What a Keras import dropped is printed to stderr as
 * {@code note:} lines; problems are {@link dev.neurite.NeuriteException}s (one {@code error:} line, exit 2).
 */
final class ModelLoading {

    private ModelLoading() {
    }

    /** The compiled network with its saved weights; errors name the missing or mismatching file. */
    static Network load(Path modelFile, Engine engine) {
        return ModelFiles.load(modelFile, engine);
    }

    /** A model named on the command line, with the notes of a Keras import printed to {@code spec}'s stderr. */
    static ModelFiles.Resolved resolve(String model, CommandSpec spec) {
        ModelFiles.Resolved resolved = ModelFiles.resolve(model);
        PrintWriter err = spec.commandLine().getErr();
        for (String note : resolved.notes()) {
            err.println("note: " + note);
        }
        err.flush();
        return resolved;
    }

    /** The definition of a model named on the command line. */
    static ModelDefinition definition(String model, CommandSpec spec) {
        return resolve(model, spec).definition();
    }
}
