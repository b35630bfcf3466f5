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
 * settings; PCA as scikit-learn's {@code PCA}; or, for a cross-validation, a {@code StratifiedKFold} loop
 * ({@link #exportCrossValidation}). Stateless.
 */
public final class KerasExporter {

    /** The flat pixels of a 28x28 image: what PCA reduces. */
    private static final TensorShape PIXELS = TensorShape.of(28 * 28);

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

    /** The data set id for Neurite's bundled digits, which the script loads from {@link #DIGITS_ARCHIVE}. */
    public static final String DIGITS = "digits";

    /** The bundled digits' archive beside a script exported with {@link #DIGITS} (see DataArchive). */
    public static final String DIGITS_ARCHIVE = "digits.npz";

    private KerasExporter() {
    }

    /**
     * The script for {@code model}.
     *
     * @param dataset {@code "mnist"} or {@code "fashion-mnist"}: which Keras data set the script loads, or
     *                {@code "digits"}: the bundled digits from {@link #DIGITS_ARCHIVE} beside the script
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
     * @param dataset     {@code "mnist"} or {@code "fashion-mnist"}: which Keras data set the script loads, or
     *                {@code "digits"}: the bundled digits from {@link #DIGITS_ARCHIVE} beside the script
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
        data(py, dataset, model.fit().usesPca() ? PIXELS : inputShape, model.compile().loss().sparseLabels());
        preprocessing(py, model.fit());
        pca(py, model.fit());
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
        } else {
            lessonCells(py, model);
        }
        return py.toString();
    }

    /**
     * The cells the lessons end with: the loss and accuracy per epoch from {@code history}, and a grid of the test
     * digits the model got wrong, most confident mistakes first ({@code test_images}, {@code test_labels} are the
     * raw test set, kept by {@link #data}).
     */
    private static void lessonCells(StringBuilder py, ModelDefinition model) {
        boolean validated = !(model.fit().validation() instanceof Validation.None);
        boolean accuracy = model.compile().metrics().contains("accuracy");
        py.append("\n# The curves of the run, as the lessons plot them.\n")
                .append("import matplotlib.pyplot as plt\n\n")
                .append("plt.figure(figsize=(10, 4))\n");
        int panels = accuracy ? 2 : 1;
        for (String metric : accuracy ? List.of("loss", "accuracy") : List.of("loss")) {
            py.append("plt.subplot(1, ").append(panels).append(", ").append(metric.equals("loss") ? 1 : 2)
                    .append(")\n")
                    .append("plt.plot(history.history[").append(PythonLiteral.string(metric))
                    .append("], label=\"training\")\n");
            if (validated) {
                py.append("plt.plot(history.history[").append(PythonLiteral.string("val_" + metric))
                        .append("], label=\"validation\")\n");
            }
            py.append("plt.xlabel(\"epoch\")\nplt.ylabel(").append(PythonLiteral.string(metric))
                    .append(")\nplt.legend()\n");
        }
        py.append("plt.show()\n\n")
                .append("# The test digits the model got wrong, the most confident mistakes first.\n")
                .append("probabilities = model.predict(x_test, verbose=0)\n")
                .append("predicted, confidence = probabilities.argmax(axis=1), probabilities.max(axis=1)\n")
                .append("wrong = (predicted != test_labels).nonzero()[0]\n")
                .append("wrong = wrong[confidence[wrong].argsort()[::-1]][:25]\n")
                .append("plt.figure(figsize=(8, 8))\n")
                .append("for i, index in enumerate(wrong):\n")
                .append("    plt.subplot(5, 5, i + 1)\n")
                .append("    plt.imshow(test_images[index], cmap=\"gray_r\")\n")
                .append("    plt.title(str(test_labels[index]) + \" read as \" + str(predicted[index]))\n")
                .append("    plt.axis(\"off\")\n")
                .append("plt.show()\n");
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
        if (DIGITS.equals(dataset)) {
            py.append("# Data: Neurite's bundled digits (28x28 grey images and their labels), saved beside this\n")
                    .append("# script as the arrays keras.datasets.mnist.load_data() returns; pixels scaled to "
                            + "[0, 1].\n")
                    .append("import os\nimport numpy as np\n\n")
                    .append("here = os.path.dirname(os.path.abspath(__file__)) if \"__file__\" in globals() "
                            + "else \".\"\n")
                    .append("with np.load(os.path.join(here, ").append(PythonLiteral.string(DIGITS_ARCHIVE))
                    .append(")) as digits:\n")
                    .append("    (x_train, y_train) = digits[\"x_train\"], digits[\"y_train\"]\n")
                    .append("    (x_test, y_test) = digits[\"x_test\"], digits[\"y_test\"]\n");
        } else {
            String module = "fashion-mnist".equals(dataset) ? "fashion_mnist" : "mnist";
            py.append("# Data: 28x28 grey images and their labels; pixels scaled to [0, 1].\n")
                    .append("(x_train, y_train), (x_test, y_test) = keras.datasets.").append(module)
                    .append(".load_data()\n");
        }
        py.append("test_images, test_labels = x_test, y_test  # as loaded, for the gallery at the end\n")
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

    /** Why validating on the test set is a leak, written above that line of {@code fit}. */
    private static final String TEST_SET_LEAK =
            "    # Validating on the test set, as chosen in Neurite, leaks it: every choice made while watching\n"
            + "    # val_accuracy (epochs, settings, the run to keep) fits the model to the test images, so the\n"
            + "    # final test score is too hopeful. validation_split=0.2 keeps the test set for the end.\n";

    /**
     * PCA as scikit-learn code, fitted on the training part only (as Neurite fits it); the model's Input then takes
     * the components. Nothing without PCA.
     */
    private static void pca(StringBuilder py, FitSettings fit) {
        if (!fit.usesPca()) {
            return;
        }
        py.append("# PCA: the first ").append(fit.pcaComponents()).append(" principal components of the images, ")
                .append("fitted on the training part only\n")
                .append("# (as Neurite does: never on the validation split or the test set).\n")
                .append("from sklearn.decomposition import PCA\n\n")
                .append("pca = PCA(n_components=").append(fit.pcaComponents()).append(")\n")
                .append("pca.fit(").append(trainingPart(fit)).append(")\n")
                .append("x_train = pca.transform(x_train).astype(\"float32\")\n")
                .append("x_test = pca.transform(x_test).astype(\"float32\")\n")
                .append("input_shape = (").append(fit.pcaComponents()).append(",)\n\n");
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
            py.append(TEST_SET_LEAK);
            py.append("    validation_data=(x_test, y_test),\n");
        }
        py.append("    shuffle=").append(PythonLiteral.bool(fit.shuffle())).append(",\n)\n\n");
    }

    /**
     * A script that cross-validates {@code model} as {@code neurite cross-validate} does, with scikit-learn: a
     * {@code StratifiedKFold} (or {@code KFold}) loop that builds a fresh model per fold, fits the preprocessing
     * (standardization, PCA, adapted Normalization) on the fold's training part, trains with the held-out fold as
     * validation data, scores it, and prints the mean +- standard deviation of the accuracies. scikit-learn deals
     * the folds with its own random generator: their sizes and class shares are Neurite's, their members are not.
     *
     * @param dataset    {@code "mnist"} or {@code "fashion-mnist"}
     * @param folds      the number of folds, at least 2
     * @param stratified {@code StratifiedKFold} instead of {@code KFold}
     * @param seed       the folds' {@code random_state}
     * @throws IllegalArgumentException if {@code folds} is below 2
     */
    public static String exportCrossValidation(ModelDefinition model, String dataset, int folds, boolean stratified,
                                               long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2; got " + folds);
        }
        ModelGraph graph = model.graph();
        ModelAnalysis analysis = graph.analyze();
        if (analysis.hasErrors()) {
            throw new dev.neurite.NeuriteException("The model has errors; fix them before exporting: "
                    + analysis.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().message());
        }
        FitSettings fit = model.fit();
        LayerNode input = graph.nodes().stream().filter(n -> n.layer() instanceof InputLayer).findFirst()
                .orElseThrow();
        TensorShape inputShape = ((InputLayer) input.layer()).shape();
        String title = model.template() == null ? "a Neurite model" : model.template().title();
        String splitter = stratified ? "StratifiedKFold" : "KFold";
        StringBuilder py = new StringBuilder();
        py.append(PythonLiteral.string(title + ": " + folds + "-fold cross-validation, exported from Neurite. Run "
                        + "with Keras 3 or TensorFlow 2 and scikit-learn: python3 this_file.py")).append('\n')
                .append("import keras\nimport numpy as np\nfrom keras import layers, regularizers\n")
                .append("from sklearn.model_selection import ").append(splitter).append('\n');
        if (fit.usesPca()) {
            py.append("from sklearn.decomposition import PCA\n");
        }
        py.append("\nkeras.utils.set_random_seed(").append(fit.seed()).append(")\n\n");
        data(py, dataset, fit.usesPca() ? PIXELS : inputShape, model.compile().loss().sparseLabels());
        py.append("labels = y_train.argmax(axis=1) if y_train.ndim > 1 else y_train\n");
        if (fit.usesPca()) {
            py.append("input_shape = (").append(fit.pcaComponents()).append(",)  # the PCA's components\n");
        }
        py.append("\n\ndef build_model():\n    \"\"\"A fresh, untrained copy of the model, compiled.\"\"\"\n");
        StringBuilder body = new StringBuilder();
        if (graph.isChain()) {
            sequential(body, graph, inputShape);
        } else {
            functional(body, graph, analysis);
        }
        body.append("model.compile(\n    optimizer=").append(optimizer(model.compile().optimizer(), "")).append(",\n")
                .append("    loss=").append(PythonLiteral.string(model.compile().loss().kerasName())).append(",\n")
                .append("    metrics=[")
                .append(String.join(", ", model.compile().metrics().stream().map(PythonLiteral::string).toList()))
                .append("],\n)\nreturn model\n");
        body.toString().lines().forEach(line -> py.append(line.isEmpty() ? "" : "    ").append(line).append('\n'));
        py.append("\n\n# Each fold is held out once: a fresh model trains on the others and is scored on it.\n")
                .append("folds = ").append(splitter).append("(n_splits=").append(folds)
                .append(", shuffle=True, random_state=").append(seed).append(")\n")
                .append("scores = []\n")
                .append("for fold, (train_index, val_index) in enumerate(folds.split(x_train, labels), start=1):\n")
                .append("    x_fold, y_fold = x_train[train_index], y_train[train_index]\n")
                .append("    x_val, y_val = x_train[val_index], y_train[val_index]\n");
        if (fit.pixelScaling() == PixelScaling.STANDARDIZE) {
            py.append("    # Standardize with the fold's training images only.\n")
                    .append("    mean, std = x_fold.mean(), x_fold.std()\n")
                    .append("    x_fold, x_val = (x_fold - mean) / std, (x_val - mean) / std\n");
        }
        if (fit.usesPca()) {
            py.append("    # PCA fitted on the fold's training images only.\n")
                    .append("    pca = PCA(n_components=").append(fit.pcaComponents()).append(").fit(x_fold)\n")
                    .append("    x_fold = pca.transform(x_fold).astype(\"float32\")\n")
                    .append("    x_val = pca.transform(x_val).astype(\"float32\")\n");
        }
        py.append("    model = build_model()\n");
        for (LayerNode node : graph.nodes()) {
            if (node.layer() instanceof Normalization norm && norm.isAdapted()) {
                py.append("    model.get_layer(").append(PythonLiteral.string(node.name())).append(").adapt(x_fold)\n");
            }
        }
        py.append("    model.fit(\n        x_fold,\n        y_fold,\n        batch_size=").append(fit.batchSize())
                .append(",\n        epochs=").append(fit.epochs()).append(",\n")
                .append("        validation_data=(x_val, y_val),\n")
                .append("        shuffle=").append(PythonLiteral.bool(fit.shuffle())).append(",\n")
                .append("        verbose=0,\n    )\n")
                .append("    accuracy = float((model.predict(x_val, verbose=0).argmax(axis=1) == labels[val_index])"
                        + ".mean())\n")
                .append("    print(f\"Fold {fold}/").append(folds).append(" - accuracy: {accuracy:.4f}\")\n")
                .append("    scores.append(accuracy)\n\n")
                .append("scores = np.array(scores)\n")
                .append("print(f\"Accuracy: {scores.mean():.4f} +- {scores.std():.4f} ({len(scores)} folds)\")\n");
        return py.toString();
    }
}
