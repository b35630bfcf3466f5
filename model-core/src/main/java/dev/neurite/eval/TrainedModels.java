package dev.neurite.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurite.NeuriteException;
import dev.neurite.data.Sha256;
import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.engine.FiniteWeights;
import dev.neurite.format.SavedModel;
import dev.neurite.format.WeightsArchive;
import dev.neurite.settings.PixelScaling;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads trained models ready to predict: a model file saved by {@code neurite train --save} (weights in
 * {@code <name>.weights.zip} beside it), or the pretrained default model shipped in the assets module under
 * {@value #PRETRAINED_FOLDER} ({@code default.json}, {@code default.weights.zip} and {@code default.provenance.json},
 * whose {@code weights_sha256} is checked on loading). Stateless and thread-safe; loading runs on the calling thread
 * and takes a few hundred milliseconds (the engine's first use takes longer). A model trained on standardized pixels
 * comes back standardizing its inputs with the training mean and deviation saved in its weights, and one trained on
 * principal components comes back projecting its inputs onto them.
 */
public final class TrainedModels {

    /** Class-path folder of the pretrained models. */
    public static final String PRETRAINED_FOLDER = "neurite/models/";
    /** The name of the pretrained default model ({@code neurite predict default}). */
    public static final String DEFAULT = "default";

    private TrainedModels() {
    }

    /**
     * Compiles {@code modelFile}'s graph and loads the weights saved beside it.
     *
     * @throws NeuriteException if the file or its weights are missing, unreadable or do not belong together
     */
    public static Network fromFile(Path modelFile, Engine engine) {
        SavedModel.Loaded saved = SavedModel.read(modelFile);
        return withWeights(saved.definition(), saved.weights(), engine, saved.weightsFile().toString());
    }

    /** The pretrained default model, compiled by {@code engine} with its bundled weights. */
    public static Network pretrained(Engine engine) {
        String base = PRETRAINED_FOLDER + DEFAULT;
        byte[] weights = resource(base + ".weights.zip");
        String expected = pretrainedProvenance().path("weights_sha256").asText("");
        if (!Sha256.of(weights).equals(expected)) {
            throw new NeuriteException("The pretrained model's weights do not match the SHA-256 in its provenance; "
                    + "the installation is damaged: reinstall Neurite.");
        }
        try {
            ModelDefinition definition = ModelFileFormat.read(new ByteArrayInputStream(resource(base + ".json")),
                    base + ".json");
            return withWeights(definition, new WeightsArchive().read(new ByteArrayInputStream(weights),
                    base + ".weights.zip"), engine, base + ".weights.zip");
        } catch (IOException e) {
            throw new NeuriteException("Cannot read the pretrained model: " + e.getMessage(), e);
        }
    }

    /** How the pretrained default model was made: data set hashes, settings, seed, test accuracy, date. */
    public static JsonNode pretrainedProvenance() {
        try {
            return new ObjectMapper().readTree(resource(PRETRAINED_FOLDER + DEFAULT + ".provenance.json"));
        } catch (IOException e) {
            throw new NeuriteException("The pretrained model's provenance is unreadable (" + e.getMessage()
                    + "); the installation is damaged: reinstall Neurite.", e);
        }
    }

    /**
     * The compiled network with {@code weights}, which must hold the input statistics a standardized fit made and
     * the projection a fit with PCA made.
     *
     * @param weightsName names the weights in messages
     * @throws NeuriteException if the weights do not belong to the model or hold NaN or infinite values
     */
    public static Network withWeights(ModelDefinition definition, Map<String, INDArray> weights, Engine engine,
                                       String weightsName) {
        String nonFinite = FiniteWeights.firstNonFinite(weights);
        if (nonFinite != null) {
            throw new NeuriteException("The weights '" + weightsName + "' hold NaN or infinite values in '"
                    + nonFinite + "': the run that saved them diverged. Train the model again (a lower learning "
                    + "rate helps).");
        }
        Network network = engine.compile(definition.graph(), definition.compile(), definition.fit().seed());
        network.setWeights(weights);
        if (definition.fit().pixelScaling() == PixelScaling.STANDARDIZE && network.inputStandardization() == null) {
            throw new NeuriteException("The model was trained on standardized pixels but '" + weightsName
                    + "' has no input mean and standard deviation; train it again to save them.");
        }
        if (definition.fit().usesPca() && network.inputProjection() == null) {
            throw new NeuriteException("The model was trained on " + definition.fit().pcaComponents()
                    + " principal components but '" + weightsName + "' has no PCA projection (pca_mean, "
                    + "pca_components); train it again to save it.");
        }
        return network;
    }

    private static byte[] resource(String name) {
        try (InputStream in = TrainedModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new NeuriteException("The bundled file '" + name + "' is missing from the class path; the "
                        + "installation is damaged: reinstall Neurite.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NeuriteException("Cannot read the bundled file '" + name + "': " + e.getMessage(), e);
        }
    }
}
