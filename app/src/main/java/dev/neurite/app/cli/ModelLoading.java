package dev.neurite.app.cli;

import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.eval.TrainedModels;

import java.nio.file.Path;

/** Loads a trained model for the commands: the model file and the weights archive beside it. */
final class ModelLoading {

    private ModelLoading() {
    }

    /** The compiled network with its saved weights; errors name the missing or mismatching file. */
    static Network load(Path modelFile) {
        return TrainedModels.fromFile(modelFile, new CpuEngine());
    }
}
