package dev.neurite.imports.keras;

import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.WeightSpec;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's weights from an HDF5 file in one of Keras's two layouts, checked against what the imported graph needs
 * before anything is read: for every layer with weights, the number of arrays, and for each array its shape (the
 * layer's {@link WeightSpec}: Dense kernel (in, units), Conv2D kernel (kh, kw, in, filters), BatchNormalization
 * gamma, beta, moving_mean, moving_variance) and its type (floating point). Only then are the values read, so a
 * dataset that declares a huge shape costs nothing. Keys are {@code layer/weight}, values float32. Runs on the
 * calling thread; stateless.
 */
final class KerasWeights {

    /** Models needing more values than this (1 GiB of float32) are refused before any weight is read. */
    static final long MAX_PARAMETERS = 1L << 28;

    private KerasWeights() {
    }

    /** Keras 3 ({@code model.weights.h5}): {@code layers/<snake case name>/vars/0, 1, ...}. */
    static Map<String, INDArray> keras3(Group root, KerasConfigReader.Parsed parsed, String where) {
        ModelAnalysis analysis = analysis(parsed, where);
        Map<String, INDArray> weights = new LinkedHashMap<>();
        for (KerasConfigReader.LayerRef ref : parsed.layers()) {
            List<WeightSpec> specs = analysis.node(ref.name()).weights();
            if (specs.isEmpty()) {
                continue;
            }
            Node vars = child(root, ref.path() + "/vars");
            if (!(vars instanceof Group group)) {
                throw new KerasImportException(where + " has no weights for layer '" + ref.name() + "' ("
                        + ref.className() + "): the group '" + ref.path() + "/vars' is missing.");
            }
            List<Node> arrays = new ArrayList<>();
            Map<String, Node> children = group.getChildren();
            for (int i = 0; children.containsKey(String.valueOf(i)); i++) {
                arrays.add(children.get(String.valueOf(i)));
            }
            put(weights, ref, specs, arrays, ref.path() + "/vars", where);
        }
        return weights;
    }

    /** Keras 2 legacy {@code .h5}: the group {@code model_weights/<layer>} lists its arrays in {@code weight_names}. */
    static Map<String, INDArray> legacy(Group modelWeights, KerasConfigReader.Parsed parsed, String where) {
        ModelAnalysis analysis = analysis(parsed, where);
        Map<String, INDArray> weights = new LinkedHashMap<>();
        for (KerasConfigReader.LayerRef ref : parsed.layers()) {
            List<WeightSpec> specs = analysis.node(ref.name()).weights();
            if (specs.isEmpty()) {
                continue;
            }
            Node node = modelWeights.getChildren().get(ref.name());
            if (!(node instanceof Group group)) {
                throw new KerasImportException(where + " has no weights for layer '" + ref.name() + "' ("
                        + ref.className() + "): the group 'model_weights/" + ref.name() + "' is missing.");
            }
            List<Node> arrays = new ArrayList<>();
            for (String name : strings(group, "weight_names", where)) {
                Node array = child(group, name);
                if (array == null) {
                    throw new KerasImportException(where + ": layer '" + ref.name() + "' lists the weight '" + name
                            + "' but the file has no such dataset.");
                }
                arrays.add(array);
            }
            put(weights, ref, specs, arrays, "model_weights/" + ref.name(), where);
        }
        return weights;
    }

    /** The values of a string-list attribute, also when Keras split it into {@code name0}, {@code name1}, ... */
    static List<String> strings(Node node, String name, String where) {
        List<String> values = new ArrayList<>();
        Attribute whole = node.getAttribute(name);
        if (whole != null) {
            addStrings(whole, values, node, name, where);
            return values;
        }
        for (int chunk = 0; node.getAttribute(name + chunk) != null; chunk++) {
            addStrings(node.getAttribute(name + chunk), values, node, name, where);
        }
        return values;
    }

    private static void addStrings(Attribute attribute, List<String> values, Node node, String name, String where) {
        if (attribute.isEmpty() || attribute.getSize() == 0) {
            return;
        }
        if (attribute.getSize() > KerasConfigReader.MAX_LAYERS) {
            throw new KerasImportException(where + ": the attribute '" + name + "' of '" + node.getPath()
                    + "' lists " + attribute.getSize() + " names; at most " + KerasConfigReader.MAX_LAYERS
                    + " are allowed.");
        }
        Object data = attribute.getData();
        if (data instanceof String text) {
            values.add(text);
        } else if (data instanceof String[] texts) {
            values.addAll(Arrays.asList(texts));
        } else {
            throw new KerasImportException(where + ": the attribute '" + name + "' of '" + node.getPath()
                    + "' is not a list of names.");
        }
    }

    private static ModelAnalysis analysis(KerasConfigReader.Parsed parsed, String where) {
        ModelAnalysis analysis = parsed.graph().analyze();
        long total = 0;
        for (KerasConfigReader.LayerRef ref : parsed.layers()) {
            NodeInfo info = analysis.node(ref.name());
            if (!info.hasShape()) {
                throw new KerasImportException(where + ": the shapes of layer '" + ref.name() + "' ("
                        + ref.className() + ") cannot be computed, so its weights cannot be checked: "
                        + analysis.diagnostics(ref.name()).stream().map(d -> d.message()).findFirst()
                        .orElse("an earlier layer has a problem") + ".");
            }
            for (WeightSpec spec : info.weights()) {
                total += spec.size();
            }
        }
        if (total > MAX_PARAMETERS) {
            throw new KerasImportException(where + ": the model needs " + total + " weight values; Neurite reads at "
                    + "most " + MAX_PARAMETERS + ".");
        }
        return analysis;
    }

    private static void put(Map<String, INDArray> weights, KerasConfigReader.LayerRef ref, List<WeightSpec> specs,
                            List<Node> arrays, String group, String where) {
        boolean normalizationWithoutCount = ref.className().equals("Normalization")
                && arrays.size() == specs.size() - 1;
        if (arrays.size() != specs.size() && !normalizationWithoutCount) {
            throw new KerasImportException(where + ": layer '" + ref.name() + "' (" + ref.className() + ") has "
                    + arrays.size() + " weight arrays in '" + group + "'; it needs " + specs.size() + " ("
                    + String.join(", ", specs.stream().map(WeightSpec::name).toList()) + ").");
        }
        for (int i = 0; i < specs.size(); i++) {
            WeightSpec spec = specs.get(i);
            String key = ref.name() + "/" + spec.name();
            if (i >= arrays.size()) {
                weights.put(key, Nd4j.scalar(DataType.FLOAT, 0f));   // Keras 3 keeps no sample count
                continue;
            }
            weights.put(key, read(arrays.get(i), spec, ref, where));
        }
    }

    private static INDArray read(Node node, WeightSpec spec, KerasConfigReader.LayerRef ref, String where) {
        String what = where + ": the " + spec.name() + " of layer '" + ref.name() + "' (" + ref.className() + ", '"
                + node.getPath() + "')";
        if (!(node instanceof Dataset dataset)) {
            throw new KerasImportException(what + " is not an array.");
        }
        int[] expected = spec.shape().toArray();
        int[] declared = dataset.getDimensions();
        if (!Arrays.equals(expected, declared) || dataset.getSize() != spec.size()) {
            throw new KerasImportException(what + " has shape " + Arrays.toString(declared) + "; the layer needs "
                    + Arrays.toString(expected) + ".");
        }
        Class<?> type = dataset.getJavaType();
        if (type != float.class && type != double.class) {
            throw new KerasImportException(what + " holds " + type.getSimpleName() + " values; Neurite reads "
                    + "float32 or float64 weights.");
        }
        Object data = expected.length == 0 ? dataset.getData() : dataset.getDataFlat();
        float[] values;
        if (data instanceof float[] floats) {
            values = floats;
        } else if (data instanceof double[] doubles) {
            values = new float[doubles.length];
            for (int i = 0; i < doubles.length; i++) {
                values[i] = (float) doubles[i];
            }
        } else if (data instanceof Number number) {
            values = new float[]{number.floatValue()};
        } else {
            throw new KerasImportException(what + " could not be read as numbers.");
        }
        if (values.length != spec.size()) {
            throw new KerasImportException(what + " holds " + values.length + " values; the layer needs "
                    + spec.size() + ".");
        }
        if (expected.length == 0) {
            return Nd4j.scalar(DataType.FLOAT, values[0]);
        }
        long[] shape = Arrays.stream(expected).asLongStream().toArray();
        return Nd4j.create(values, shape, 'c');
    }

    /** The node at {@code path} below {@code group}, or null; paths never leave the file. */
    private static Node child(Group group, String path) {
        Node node = group;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!(node instanceof Group current)) {
                return null;
            }
            node = current.getChildren().get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
