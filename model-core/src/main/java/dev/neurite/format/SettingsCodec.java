package dev.neurite.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.SettingsException;
import dev.neurite.settings.Validation;

/**
 * Compile and fit settings to and from JSON with Keras's argument names; strict like {@link LayerCodec}. The fit's
 * {@code pixel_scaling}, {@code augmentation} and {@code pca_components} are written only when they differ from the
 * defaults, so a model that does not use them reads as before in builds that predate them.
 */
final class SettingsCodec {

    private SettingsCodec() {
    }

    static ObjectNode writeCompile(CompileSettings compile) {
        ObjectNode json = JsonFields.newObject();
        ObjectNode optimizer = json.putObject("optimizer");
        Optimizer o = compile.optimizer();
        optimizer.put("class_name", o.kerasClassName());
        ObjectNode config = optimizer.putObject("config");
        config.put("learning_rate", o.learningRate());
        if (o instanceof Optimizer.Sgd sgd) {
            config.put("momentum", sgd.momentum());
            config.put("nesterov", sgd.nesterov());
        } else if (o instanceof Optimizer.RmsProp rms) {
            config.put("rho", rms.rho());
            config.put("momentum", rms.momentum());
            config.put("epsilon", rms.epsilon());
        } else if (o instanceof Optimizer.Adam adam) {
            config.put("beta_1", adam.beta1());
            config.put("beta_2", adam.beta2());
            config.put("epsilon", adam.epsilon());
            config.put("amsgrad", adam.amsgrad());
        } else if (o instanceof Optimizer.Adagrad adagrad) {
            config.put("initial_accumulator_value", adagrad.initialAccumulatorValue());
            config.put("epsilon", adagrad.epsilon());
        }
        json.put("loss", compile.loss().kerasName());
        compile.metrics().forEach(json.putArray("metrics")::add);
        return json;
    }

    static CompileSettings readCompile(JsonFields json) {
        JsonFields optimizerJson = json.object("optimizer");
        String className = optimizerJson.string("class_name");
        JsonFields config = optimizerJson.has("config") ? optimizerJson.object("config")
                : JsonFields.of(JsonFields.newObject(), optimizerJson.context() + ".config");
        Optimizer optimizer = switch (className) {
            case "SGD" -> new Optimizer.Sgd(config.number("learning_rate", 0.01), config.number("momentum", 0),
                    config.bool("nesterov", false));
            case "RMSprop" -> new Optimizer.RmsProp(config.number("learning_rate", 0.001),
                    config.number("rho", 0.9), config.number("momentum", 0), config.number("epsilon", 1e-7));
            case "Adam" -> new Optimizer.Adam(config.number("learning_rate", 0.001), config.number("beta_1", 0.9),
                    config.number("beta_2", 0.999), config.number("epsilon", 1e-7), config.bool("amsgrad", false));
            case "Adagrad" -> new Optimizer.Adagrad(config.number("learning_rate", 0.001),
                    config.number("initial_accumulator_value", 0.1), config.number("epsilon", 1e-7));
            default -> throw new ModelFormatException(optimizerJson.context() + ".class_name '" + className
                    + "' is not one of " + String.join(", ", Optimizer.KERAS_CLASS_NAMES) + ".");
        };
        config.requireAllUsed();
        optimizerJson.requireAllUsed();
        String lossName = json.string("loss");
        Loss loss = Loss.fromKerasName(lossName);
        if (loss == null) {
            throw new ModelFormatException(json.context() + ".loss '" + lossName + "' is not a known loss.");
        }
        CompileSettings compile = new CompileSettings(optimizer, loss, json.strings("metrics"));
        json.requireAllUsed();
        return compile;
    }

    static ObjectNode writeFit(FitSettings fit) {
        ObjectNode json = JsonFields.newObject();
        json.put("batch_size", fit.batchSize());
        json.put("epochs", fit.epochs());
        ObjectNode validation = json.putObject("validation");
        if (fit.validation() instanceof Validation.Split split) {
            validation.put("kind", "split");
            validation.put("fraction", split.fraction());
        } else if (fit.validation() instanceof Validation.TestSet) {
            validation.put("kind", "test_set");
        } else {
            validation.put("kind", "none");
        }
        json.put("shuffle", fit.shuffle());
        json.put("seed", fit.seed());
        if (fit.pixelScaling() != PixelScaling.RESCALE) {
            json.put("pixel_scaling", fit.pixelScaling().jsonName());
        }
        Augmentation augmentation = fit.augmentation();
        if (augmentation.isActive()) {
            ObjectNode a = json.putObject("augmentation");
            a.put("rotation_range", augmentation.rotationRange());
            a.put("width_shift_range", augmentation.widthShiftRange());
            a.put("height_shift_range", augmentation.heightShiftRange());
            a.put("zoom_range", augmentation.zoomRange());
        }
        if (fit.usesPca()) {
            json.put("pca_components", fit.pcaComponents());
        }
        return json;
    }

    static FitSettings readFit(JsonFields json) {
        FitSettings defaults = FitSettings.defaults();
        Validation validation = defaults.validation();
        if (json.has("validation")) {
            JsonFields v = json.object("validation");
            String kind = v.string("kind");
            validation = switch (kind) {
                case "split" -> new Validation.Split(v.number("fraction"));
                case "test_set" -> new Validation.TestSet();
                case "none" -> new Validation.None();
                default -> throw new ModelFormatException(v.context() + ".kind must be split, test_set or none; got '"
                        + kind + "'.");
            };
            v.requireAllUsed();
        }
        FitSettings fit = new FitSettings(json.integer("batch_size", defaults.batchSize()),
                json.integer("epochs", defaults.epochs()), validation, json.bool("shuffle", true),
                json.longValue("seed", defaults.seed()), readPixelScaling(json), readAugmentation(json),
                readPcaComponents(json));
        json.requireAllUsed();
        return fit;
    }

    private static PixelScaling readPixelScaling(JsonFields fit) {
        if (!fit.has("pixel_scaling")) {
            return PixelScaling.RESCALE;
        }
        String name = fit.string("pixel_scaling");
        PixelScaling scaling = PixelScaling.fromJsonName(name);
        if (scaling == null) {
            throw new ModelFormatException(fit.context() + ".pixel_scaling must be rescale or standardize; got '"
                    + name + "'.");
        }
        return scaling;
    }

    /** 0 when absent (no PCA); when present a positive integer, since 0 is never written. */
    private static int readPcaComponents(JsonFields fit) {
        if (!fit.has("pca_components")) {
            return 0;
        }
        int components = fit.integer("pca_components");
        if (components < 1) {
            throw new ModelFormatException(fit.context() + ".pca_components must be a positive integer; got "
                    + components + ".");
        }
        return components;
    }

    private static Augmentation readAugmentation(JsonFields fit) {
        if (!fit.has("augmentation")) {
            return Augmentation.NONE;
        }
        JsonFields json = fit.object("augmentation");
        Augmentation augmentation;
        try {
            augmentation = new Augmentation(json.number("rotation_range", 0), json.number("width_shift_range", 0),
                    json.number("height_shift_range", 0), json.number("zoom_range", 0));
        } catch (SettingsException e) {
            throw new ModelFormatException(json.context() + "." + e.getMessage() + ".", e);
        }
        json.requireAllUsed();
        return augmentation;
    }
}
