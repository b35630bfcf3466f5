package dev.neurite.engine;

import dev.neurite.NeuriteException;
import dev.neurite.engine.kernel.Kernel;
import dev.neurite.engine.kernel.ReluMaxPoolFusion;
import dev.neurite.engine.kernel.ZeroPaddingConvFusion;
import dev.neurite.engine.loss.LossFunction;
import dev.neurite.engine.optim.OptimizerRun;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.ModelGraph;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.WeightSpec;
import dev.neurite.settings.CompileSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The engine on ND4J's CPU backend (libnd4j with oneDNN and OpenBLAS). Stateless and thread-safe; the networks it
 * makes are not shared between engines.
 */
public final class CpuEngine implements Engine {

    private final DataType type;

    /** An engine computing in 32-bit floats. */
    public CpuEngine() {
        this(DataType.FLOAT);
    }

    /** An engine computing in {@code type} (DOUBLE for gradient checks). */
    public CpuEngine(DataType type) {
        NativeVariant.selectBeforeLoading();
        this.type = type;
    }

    @Override
    public String description() {
        return "CPU (" + NativeVariant.describe() + ")";
    }

    @Override
    public Network compile(ModelGraph graph, CompileSettings settings, long seed) {
        ModelAnalysis analysis = graph.analyze();
        if (analysis.hasErrors()) {
            String problems = analysis.diagnostics().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::toString).collect(Collectors.joining("; "));
            throw new NeuriteException("The model cannot be trained until its errors are fixed: " + problems);
        }
        if (analysis.outputs().size() != 1) {
            throw new NeuriteException("The model must have exactly one output layer; it has "
                    + analysis.outputs().size() + " (" + String.join(", ", analysis.outputs()) + ").");
        }
        List<String> order = analysis.topologicalOrder();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        List<String> inputs = order.stream()
                .filter(name -> graph.node(name).layer() instanceof InputLayer).toList();
        if (inputs.size() != 1) {
            throw new NeuriteException("The model must have exactly one input layer; it has " + inputs.size() + ".");
        }
        SeedStreams seeds = new SeedStreams(seed);
        SplittableRandom initialization = new SplittableRandom(seeds.initialization());
        int n = order.size();
        int[][] inputsOf = new int[n][];
        Kernel[] kernels = new Kernel[n];
        boolean[] learnsUpstream = new boolean[n];
        List<Parameter> parameters = new ArrayList<>();
        for (int node = 0; node < n; node++) {
            NodeInfo info = analysis.node(order.get(node));
            inputsOf[node] = info.node().inputs().stream().mapToInt(index::get).toArray();
            Map<String, Parameter> weights = createWeights(info, initialization);
            parameters.addAll(weights.values());
            boolean inputLearns = false;
            for (int source : inputsOf[node]) {
                inputLearns |= learnsUpstream[source];
            }
            learnsUpstream[node] = inputLearns || weights.values().stream().anyMatch(Parameter::trainable);
            if (!(info.node().layer() instanceof InputLayer)) {
                kernels[node] = KernelFactory.create(info, weights, seeds.dropout(node), inputLearns, type);
            }
        }
        String output = analysis.outputs().get(0);
        ReluMaxPoolFusion.link(kernels, inputsOf, index.get(output));
        ZeroPaddingConvFusion.link(kernels, inputsOf, index.get(output));
        Network.NetworkParts parts = new Network.NetworkParts(order, inputsOf, kernels, learnsUpstream,
                index.get(inputs.get(0)), index.get(output), analysis.node(inputs.get(0)).outputShape(),
                analysis.node(output).outputShape(), List.copyOf(parameters), type,
                order.stream().map(name -> graph.node(name).layer()).toList());
        return new Network(parts, LossFunction.of(settings.loss()),
                new OptimizerRun(settings.optimizer(), parameters));
    }

    private Map<String, Parameter> createWeights(NodeInfo info, SplittableRandom random) {
        Map<String, Parameter> weights = new LinkedHashMap<>();
        for (WeightSpec spec : info.weights()) {
            long[] shape = spec.shape().dims().stream().mapToLong(Integer::longValue).toArray();
            INDArray value = Nd4j.create(type, shape);
            WeightInitializer.fill(value, spec.initializer(), random);
            String layer = info.name();
            Parameter parameter = spec.trainable()
                    ? Parameter.trainable(layer, spec.name(), value)
                    : Parameter.frozen(layer, spec.name(), value);
            if (spec.regularizer() != null) {
                parameter = parameter.withRegularization(spec.regularizer().l1(), spec.regularizer().l2());
            }
            weights.put(spec.name(), parameter);
        }
        return weights;
    }
}
