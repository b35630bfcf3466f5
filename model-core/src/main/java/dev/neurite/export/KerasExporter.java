package dev.neurite.export;

import dev.neurite.model.ModelDefinition;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a runnable Keras (TensorFlow 2 / Keras 3) Python script for a model: data loading as the tutorials do it,
 * the model (Sequential for a chain, the functional API otherwise), compile, fit and evaluate with the model's
 * settings. Stateless.
 */
public final class KerasExporter {

    private static final String DISTRIBUTED_IMPORTS = String.join("\n",
            "import json",
            "import os",
            "",
            "# Keras 3's distribution API runs on JAX: choose the backend before Keras is imported.",
            "os.environ.setdefault(\"KERAS_BACKEND\", \"jax\")",
            "");

    private static final String DISTRIBUTION = String.join("\n",
            "# Data parallelism: a replica of the model on every device; each batch is split among them and the",
            "# gradients are averaged. On several hosts, call keras.distribution.initialize() first (one process per",
            "# host). With the TensorFlow backend the alternative is tf.distribute.MirroredStrategy(): build and",
            "# compile the model inside `with strategy.scope():`.",
            "devices = keras.distribution.list_devices()",
            "keras.distribution.set_distribution(keras.distribution.DataParallel(devices=devices))",
            "replicas = len(devices)",
            "print(\"Training on\", replicas, \"devices:\", devices)",
            "# Each device keeps Neurite's batch size, so the global batch is `replicas` times larger; the learning",
            "# rate grows by the same factor (the linear scaling rule; lower it if training diverges).",
            "",
            "");

    private static final String SAVE_FOR_NEURITE = String.join("\n",
            "",
            "# Bring the trained model back to Neurite:",
            "#   neurite import-run model.keras --history history.json --project <file.neurite>",
            "model.save(\"model.keras\")",
            "with open(\"history.json\", \"w\") as f:",
            "    json.dump({key: [float(v) for v in values] for key, values in history.history.items()}, f)",
            "print(\"Saved model.keras and history.json\")",
            "");

    private KerasExporter() {
    }

    /**
     * The script for {@code model}.
     *
     * @param dataset {@code "mnist"} or {@code "fashion-mnist"}: which Keras data set the script loads
     * @throws IllegalArgumentException if the model has errors (it would not run in Keras either)
     */
    public static String export(ModelDefinition model, String dataset) {
        return export(model, dataset, null);
    }

    /**
     * The script for {@code model} that starts from trained weights: it builds the model, then loads every layer's
     * weights with {@code set_weights} from the NumPy archive {@code weightsFile} (a {@code .npz} of
     * {@code layer/weight} arrays in Keras's layouts, as {@link dev.neurite.format.WeightsArchive} writes them) kept
     * beside the script, evaluates the loaded model, and trains it further as the lessons do.
     *
     * @param dataset     {@code "mnist"} or {@code "fashion-mnist"}: which Keras data set the script loads
     * @param weightsFile the archive's file name relative to the script, or null for a script without weights
     * @throws dev.neurite.NeuriteException if the model has errors (it would not run in Keras either)
     */
    public static String export(ModelDefinition model, String dataset, String weightsFile) {
        return export(model, dataset, weightsFile, false);
    }

    /**
     * The script for {@code model}, optionally for data-parallel training with Keras 3's distribution API: the JAX
     * backend chosen before Keras is imported, {@code keras.distribution.DataParallel} over every device, the batch
     * size per device kept (the global batch grows with the number of devices) and the learning rate scaled by the
     * same factor (the linear scaling rule), then {@code model.keras} and {@code history.json} saved for
     * {@code neurite import-run}.
     *
     * @param weightsFile  the weights archive's file name relative to the script, or null
     * @param dataParallel whether to train on every device with {@code keras.distribution.DataParallel}
     */
    public static String export(ModelDefinition model, String dataset, String weightsFile, boolean dataParallel) {
        ModelGraph graph = model.graph();
        ModelAnalysis analysis = graph.analyze();
        if (analysis.hasErrors()) {
            throw new dev.neurite.NeuriteException("The model has errors; fix them before exporting: "
                    + analysis.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().message());
        }
        LayerNode input = graph.nodes().stream().filter(n -> n.layer() instanceof InputLayer).findFirst()
                .orElseThrow();
        TensorShape inputShape = ((InputLayer) input.layer()).shape();
        String title = model.template() == null ? "a Neurite model" : model.template().title();
        StringBuilder py = new StringBuilder();
        py.append(PythonLiteral.string(title + ", exported from Neurite. Run with Keras 3 or TensorFlow 2: "
                        + "python3 this_file.py")).append('\n')
                .append(dataParallel ? DISTRIBUTED_IMPORTS : "")
                .append("import keras\nfrom keras import layers, regularizers\n\n");
        py.append("keras.utils.set_random_seed(").append(model.fit().seed()).append(")\n\n");
        if (dataParallel) {
            py.append(DISTRIBUTION);
        }
        data(py, dataset, inputShape, model.compile().loss().sparseLabels());
        preprocessing(py, model.fit());
        if (graph.isChain()) {
            sequential(py, graph, inputShape);
        } else {
            functional(py, graph, analysis);
        }
        for (LayerNode node : graph.nodes()) {
            if (weightsFile == null && node.layer() instanceof Normalization norm && norm.isAdapted()) {
                py.append("model.get_layer(").append(PythonLiteral.string(node.name())).append(").adapt(")
                        .append(trainingPart(model.fit())).append(")  # mean and variance of the training images\n");
            }
        }
        if (weightsFile != null) {
            loadWeights(py, analysis, weightsFile);
        }
        py.append("model.summary()\n\n");
        py.append("model.compile(\n    optimizer=").append(optimizer(model.compile().optimizer(),
                        dataParallel ? " * replicas" : "")).append(",\n")
                .append("    loss=").append(PythonLiteral.string(model.compile().loss().kerasName())).append(",\n")
                .append("    metrics=[")
                .append(String.join(", ", model.compile().metrics().stream().map(PythonLiteral::string).toList()))
                .append("],\n)\n\n");
        if (weightsFile != null) {
            py.append("score = model.evaluate(x_test, y_test, verbose=0)\n")
                    .append("print(\"Test loss of the model trained in Neurite:\", score[0])\n\n")
                    .append("# Train further, starting from Neurite's weights.\n");
        }
        fit(py, model.fit(), dataParallel ? " * replicas" : "");
        py.append("score = model.evaluate(x_test, y_test, verbose=0)\n")
                .append("print(\"Test loss:\", score[0])\n");
        if (model.compile().metrics().contains("accuracy")) {
            py.append("print(\"Test accuracy:\", score[1])\n");
        }
        if (dataParallel) {
            py.append(SAVE_FOR_NEURITE);
        }
        return py.toString();
    }

    /** Loads each layer's arrays, in Keras's variable order; Keras 3's Normalization keeps no sample count. */
    private static void loadWeights(StringBuilder py, ModelAnalysis analysis, String weightsFile) {
        py.append("# The weights trained in Neurite, kept beside this script: a NumPy archive of layer/weight "
                        + "arrays.\n")
                .append("import os\nimport numpy as np\n\n")
                .append("here = os.path.dirname(os.path.abspath(__file__)) if \"__file__\" in globals() else \".\"\n")
                .append("weights = np.load(os.path.join(here, ").append(PythonLiteral.string(weightsFile))
                .append("))\n")
                .append("for name, keys in [\n");
        for (String name : analysis.topologicalOrder()) {
            java.util.List<dev.neurite.layers.WeightSpec> specs = analysis.node(name).weights();
            if (specs.isEmpty()) {
                continue;
            }
            py.append("    (").append(PythonLiteral.string(name)).append(", [")
                    .append(String.join(", ", specs.stream().map(s -> PythonLiteral.string(s.name())).toList()))
                    .append("]),\n");
        }
        py.append("]:\n")
                .append("    layer = model.get_layer(name)\n")
                .append("    layer.set_weights([weights[name + \"/\" + key] for key in keys]"
                        + "[:len(layer.weights)])\n\n");
    }

    private static void data(StringBuilder py, String dataset, TensorShape inputShape, boolean sparse) {
        String module = "fashion-mnist".equals(dataset) ? "fashion_mnist" : "mnist";
        py.append("# Data: 28x28 grey images and their labels; pixels scaled to [0, 1].\n")
                .append("(x_train, y_train), (x_test, y_test) = keras.datasets.").append(module)
                .append(".load_data()\n")
                .append("input_shape = ").append(inputShape.toPythonTuple()).append("\n")
                .append("x_train = x_train.astype(\"float32\").reshape((-1,) + input_shape) / 255\n")
                .append("x_test = x_test.astype(\"float32\").reshape((-1,) + input_shape) / 255\n");
        if (!sparse) {
            py.append("y_train = keras.utils.to_categorical(y_train, 10)\n")
                    .append("y_test = keras.utils.to_categorical(y_test, 10)\n");
        }
        py.append('\n');
    }

    /** The images training learns from: x_train without the validation split Keras takes from its end. */
    private static String trainingPart(FitSettings fit) {
        return fit.validation() instanceof Validation.Split split
                ? "x_train[:int(len(x_train) * (1 - " + PythonLiteral.number(split.fraction()) + "))]" : "x_train";
    }

    /** Standardization as NumPy code; augmentation as a note (Keras 3 dropped ImageDataGenerator). */
    private static void preprocessing(StringBuilder py, FitSettings fit) {
        if (fit.pixelScaling() == PixelScaling.STANDARDIZE) {
            String training = trainingPart(fit);
            py.append("# Standardize with the mean and standard deviation of the training images\n")
                    .append("# (featurewise_center, featurewise_std_normalization); the validation split left out.\n")
                    .append("mean, std = ").append(training).append(".mean(), ").append(training).append(".std()\n")
                    .append("x_train = (x_train - mean) / std\n")
                    .append("x_test = (x_test - mean) / std\n\n");
        }
        Augmentation augmentation = fit.augmentation();
        if (augmentation.isActive()) {
            py.append("# Neurite augments the training images (never validation or test images) like tf.keras's\n")
                    .append("# ImageDataGenerator(rotation_range=")
                    .append(PythonLiteral.number(augmentation.rotationRange()))
                    .append(", width_shift_range=").append(PythonLiteral.number(augmentation.widthShiftRange()))
                    .append(", height_shift_range=").append(PythonLiteral.number(augmentation.heightShiftRange()))
                    .append(", zoom_range=").append(PythonLiteral.number(augmentation.zoomRange()))
                    .append(", fill_mode=\"constant\");\n# this script trains without augmentation.\n\n");
        }
    }

    private static void sequential(StringBuilder py, ModelGraph graph, TensorShape inputShape) {
        py.append("model = keras.Sequential([\n    keras.Input(shape=input_shape),\n");
        for (String name : graph.analyze().topologicalOrder()) {
            LayerNode node = graph.node(name);
            if (!(node.layer() instanceof InputLayer)) {
                py.append("    ").append(PythonLayer.call(node.layer(), node.name())).append(",\n");
            }
        }
        py.append("])\n");
    }

    private static void functional(StringBuilder py, ModelGraph graph, ModelAnalysis analysis) {
        Map<String, String> variables = new HashMap<>();
        List<String> inputs = new java.util.ArrayList<>();
        for (String name : analysis.topologicalOrder()) {
            LayerNode node = graph.node(name);
            String variable = variable(name, variables);
            if (node.layer() instanceof InputLayer input) {
                inputs.add(variable);
                py.append(variable).append(" = keras.Input(shape=").append(input.shape().toPythonTuple())
                        .append(", name=").append(PythonLiteral.string(name)).append(")\n");
                continue;
            }
            List<String> from = node.inputs().stream().map(variables::get).toList();
            String argument = from.size() == 1 ? from.get(0) : "[" + String.join(", ", from) + "]";
            py.append(variable).append(" = ").append(PythonLayer.call(node.layer(), name)).append("(")
                    .append(argument).append(")\n");
        }
        String output = variables.get(analysis.outputs().get(0));
        py.append("model = keras.Model(inputs=")
                .append(inputs.size() == 1 ? inputs.get(0) : "[" + String.join(", ", inputs) + "]")
                .append(", outputs=").append(output).append(")\n");
    }

    /** A Python identifier for a layer name, unique among those given out. */
    private static String variable(String name, Map<String, String> variables) {
        String base = PythonLiteral.identifier(name);
        String candidate = base;
        for (int i = 2; variables.containsValue(candidate); i++) {
            candidate = base + "_" + i;
        }
        variables.put(name, candidate);
        return candidate;
    }

    private static String optimizer(Optimizer optimizer, String scale) {
        String lr = "learning_rate=" + PythonLiteral.number(optimizer.learningRate()) + scale;
        if (optimizer instanceof Optimizer.Sgd sgd) {
            return "keras.optimizers.SGD(" + lr + ", momentum=" + PythonLiteral.number(sgd.momentum()) + ", nesterov="
                    + PythonLiteral.bool(sgd.nesterov()) + ")";
        }
        if (optimizer instanceof Optimizer.RmsProp rms) {
            return "keras.optimizers.RMSprop(" + lr + ", rho=" + PythonLiteral.number(rms.rho()) + ", momentum="
                    + PythonLiteral.number(rms.momentum()) + ", epsilon=" + PythonLiteral.number(rms.epsilon()) + ")";
        }
        if (optimizer instanceof Optimizer.Adam adam) {
            return "keras.optimizers.Adam(" + lr + ", beta_1=" + PythonLiteral.number(adam.beta1()) + ", beta_2="
                    + PythonLiteral.number(adam.beta2()) + ", epsilon=" + PythonLiteral.number(adam.epsilon())
                    + ", amsgrad=" + PythonLiteral.bool(adam.amsgrad()) + ")";
        }
        Optimizer.Adagrad adagrad = (Optimizer.Adagrad) optimizer;
        return "keras.optimizers.Adagrad(" + lr + ", initial_accumulator_value="
                + PythonLiteral.number(adagrad.initialAccumulatorValue()) + ", epsilon="
                + PythonLiteral.number(adagrad.epsilon()) + ")";
    }

    private static void fit(StringBuilder py, FitSettings fit, String scale) {
        py.append("history = model.fit(\n    x_train,\n    y_train,\n    batch_size=").append(fit.batchSize())
                .append(scale)
                .append(",\n    epochs=").append(fit.epochs()).append(",\n");
        if (fit.validation() instanceof Validation.Split split) {
            py.append("    validation_split=").append(PythonLiteral.number(split.fraction())).append(",\n");
        } else if (fit.validation() instanceof Validation.TestSet) {
            py.append("    validation_data=(x_test, y_test),\n");
        }
        py.append("    shuffle=").append(PythonLiteral.bool(fit.shuffle())).append(",\n)\n\n");
    }
}
