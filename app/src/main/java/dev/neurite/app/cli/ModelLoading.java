package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.format.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.WeightsArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a trained model for the commands: the model file and the weights archive beside it. */
final class ModelLoading {

    private ModelLoading() {
    }

    /** The compiled network with its saved weights; errors name the missing or mismatching file. */
    static Network load(Path modelFile) {
        ModelDefinition definition = ModelFileFormat.read(modelFile);
        Path weightsFile = WeightsArchive.besideModel(modelFile);
        if (!Files.isRegularFile(weightsFile)) {
            throw new NeuriteException("The model '" + modelFile + "' has no trained weights: '" + weightsFile
                    + "' is missing. Train it with 'neurite train " + modelFile + " --data ... --save " + modelFile
                    + "'.");
        }
        Network network = new CpuEngine().compile(definition.graph(), definition.compile(), definition.fit().seed());
        try {
            network.setWeights(new WeightsArchive().read(weightsFile));
        } catch (IOException e) {
            throw new NeuriteException("Cannot read '" + weightsFile + "': " + e.getMessage(), e);
        }
        return network;
    }
}
