package dev.neurite.engine;

import dev.neurite.NeuriteException;
import dev.neurite.engine.kernel.Buffers;
import dev.neurite.engine.kernel.HostArrays;
import dev.neurite.engine.kernel.HostBuffers;
import dev.neurite.engine.kernel.Kernel;
import dev.neurite.engine.kernel.NormalizationKernel;
import dev.neurite.engine.loss.LossFunction;
import dev.neurite.engine.optim.OptimizerRun;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.TensorShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A compiled model: the graph's kernels in topological order, its weights, the loss and the optimizer's state.
 * Inputs are {@code [batch, ...inputShape]} arrays of the network's data type (channels-last images; pixels in
 * [0, 1]); outputs {@code [batch, ...outputShape]}. A network trained on standardized pixels keeps its
 * {@link InputStandardization} and applies it to every input, in training, evaluation and prediction alike; a
 * network trained on principal components keeps its {@link InputProjection} the same way, applied after the
 * standardization, and then takes the pixels ({@link #inputShape()} is {@code (d)}) while its first layer sees
 * {@code (k)}.
 *
 * <p>Thread safety: every public method that computes or touches weights locks the network, so a prediction from
 * another thread waits for the batch in progress (milliseconds) and never sees half-updated weights; the shapes and
 * {@link #inputProjection()} are read without waiting.
 */
public final class Network {

    private final List<String> names;
    private final int[][] inputsOf;
    private final Kernel[] kernels;
    private final boolean[] learnsUpstream;
    private final int inputNode;
    private final int outputNode;
    private final TensorShape inputShape;
    private final TensorShape outputShape;
    private final List<Parameter> parameters;
    private final LossFunction loss;
    private final OptimizerRun optimizer;
    private final DataType type;
    private final List<LayerConfig> layers;

    private final INDArray[] outputs;
    private final INDArray[] gradients;
    private final INDArray[] sums;
    /** The output's values and dL/d(output) on the host, and dL/d(output) as the backward pass takes it. */
    private float[] hostOutput;
    private INDArray outputGradient;
    private InputStandardization standardization;
    /** Volatile so that {@link #inputShape()} never waits for a batch (the JavaFX thread may ask). */
    private volatile InputProjection projection;

    Network(NetworkParts parts, LossFunction loss, OptimizerRun optimizer) {
        this.names = parts.names();
        this.inputsOf = parts.inputsOf();
        this.kernels = parts.kernels();
        this.learnsUpstream = parts.learnsUpstream();
        this.inputNode = parts.inputNode();
        this.outputNode = parts.outputNode();
        this.inputShape = parts.inputShape();
        this.outputShape = parts.outputShape();
        this.parameters = parts.parameters();
        this.type = parts.type();
        this.layers = parts.layers();
        this.loss = loss;
        this.optimizer = optimizer;
        int n = names.size();
        outputs = new INDArray[n];
        gradients = new INDArray[n];
        sums = new INDArray[n];
    }

    /**
     * The per-sample shape of what the network takes, e.g. (28, 28, 1): the model's Input shape, or
     * {@code (d)} pixels when an {@link InputProjection} turns them into the Input's {@code (k)} components.
     */
    public TensorShape inputShape() {
        InputProjection current = projection;
        return current == null ? inputShape : TensorShape.of(current.inputWidth());
    }

    /** The per-sample output shape, e.g. (10). */
    public TensorShape outputShape() {
        return outputShape;
    }

    /** The layers' names in the order the forward pass runs them (a topological order of the graph). */
    public List<String> layerNames() {
        return names;
    }

    /** The configs of the layers, in the order of {@link #layerNames()}. */
    public List<LayerConfig> layers() {
        return layers;
    }

    /** The names of the layers that feed layer {@code name}, in order; empty for the input layer. */
    public List<String> inputsOf(String name) {
        int node = names.indexOf(name);
        if (node < 0) {
            throw new IllegalArgumentException("No layer named '" + name + "'");
        }
        return Arrays.stream(inputsOf[node]).mapToObj(names::get).toList();
    }

    /** The name of the input layer. */
    public String inputName() {
        return names.get(inputNode);
    }

    /** The floating-point type of weights and activations. */
    public DataType dataType() {
        return type;
    }

    /** Every weight, in topological order of layers and Keras's order within a layer. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** How inputs are standardized before the first layer, or null when they go in as given. */
    public synchronized InputStandardization inputStandardization() {
        return standardization;
    }

    /**
     * Sets how inputs are standardized before the first layer (null: as given). Set it before training: the weights
     * learn for the inputs they see.
     */
    public synchronized void setInputStandardization(InputStandardization newStandardization) {
        this.standardization = newStandardization;
    }

    /** How inputs become principal components after the standardization, or null when they go in as given. */
    public InputProjection inputProjection() {
        return projection;
    }

    /**
     * Sets how inputs become principal components before the first layer (null: as given); its number of
     * components must be the size of the model's Input. Set it before training.
     *
     * @throws NeuriteException when the projection gives another number of values than the Input takes
     */
    public synchronized void setInputProjection(InputProjection newProjection) {
        requireFits(newProjection);
        this.projection = newProjection;
    }

    private void requireFits(InputProjection candidate) {
        if (candidate != null && (inputShape.rank() != 1 || inputShape.dim(0) != candidate.components())) {
            throw new NeuriteException("PCA gives " + candidate.components() + " values per sample but the model's "
                    + "Input is " + inputShape + "; set the Input's shape to (" + candidate.components() + ",).");
        }
    }

    /** The optimizer and its state (kept across fits). */
    public OptimizerRun optimizer() {
        return optimizer;
    }

    /**
     * One training step: forward in training mode, loss, backward, optimizer update (each layer's weights right after
     * its backward pass, while their gradients are still in the cache).
     *
     * @param x      {@code [batch, ...inputShape]}
     * @param labels at least {@code batch} class labels
     */
    public synchronized BatchResult train(INDArray x, int[] labels) {
        return train(x, labels, PhaseTimer.OFF);
    }

    /**
     * {@link #train(INDArray, int[])}, telling {@code timer} which phase runs: forward, metrics (loss, its gradient,
     * correct count), backward, update; the caller enters its next phase after the call.
     */
    public synchronized BatchResult train(INDArray x, int[] labels, PhaseTimer timer) {
        timer.enter(PhaseTimer.Phase.FORWARD);
        INDArray out = forward(x, true);
        timer.enter(PhaseTimer.Phase.METRICS);
        int width = (int) outputShape.size();
        int count = (int) x.size(0);
        double[] predictions = values(out);
        double[] gradient = new double[predictions.length];
        double value = loss.compute(predictions, Targets.encode(labels, count, width), width, gradient);
        value += regularization();
        int correct = Targets.correct(predictions, labels, count, width);
        timer.enter(PhaseTimer.Phase.BACKWARD);
        optimizer.beginStep();
        backward(lossGradient(gradient, out.shape()), false, timer);
        update(parameters, timer);
        timer.enter(PhaseTimer.Phase.UPDATE);
        return new BatchResult(value, correct, count);
    }

    /** The values of the output {@code out}, sample after sample (a bulk copy for float networks). */
    private double[] values(INDArray out) {
        if (!HostArrays.direct(out)) {
            return out.reshape(out.length()).toDoubleVector();
        }
        int length = (int) out.length();
        hostOutput = HostBuffers.floats(hostOutput, length);
        HostArrays.read(out, hostOutput);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = hostOutput[i];
        }
        return values;
    }

    /** dL/d(output) as an array of the network's type and the output's shape (reused across batches for floats). */
    private INDArray lossGradient(double[] gradient, long[] shape) {
        if (type != DataType.FLOAT) {
            return Nd4j.createFromArray(gradient).castTo(type).reshape(shape);
        }
        outputGradient = Buffers.reuse(outputGradient, type, shape);
        hostOutput = HostBuffers.floats(hostOutput, gradient.length);
        for (int i = 0; i < gradient.length; i++) {
            hostOutput[i] = (float) gradient[i];
        }
        HostArrays.write(hostOutput, outputGradient);
        return outputGradient;
    }

    /** Loss (regularisation included) and correct count in inference mode; weights unchanged. */
    public synchronized BatchResult evaluate(INDArray x, int[] labels) {
        INDArray out = forward(x, false);
        int width = (int) outputShape.size();
        int count = (int) x.size(0);
        double[] predictions = values(out);
        double value = loss.compute(predictions, Targets.encode(labels, count, width), width, null)
                + regularization();
        return new BatchResult(value, Targets.correct(predictions, labels, count, width), count);
    }

    /**
     * The loss (regularisation included) of given predictions, as {@link #evaluate} computes it.
     *
     * @param predictions {@code count * outputWidth} values, sample after sample
     */
    public synchronized double loss(double[] predictions, int[] labels, int count) {
        int width = (int) outputShape.size();
        return loss.compute(predictions, Targets.encode(labels, count, width), width, null) + regularization();
    }

    /** The model's outputs for a batch in inference mode, as a new array the caller owns. */
    public synchronized INDArray predict(INDArray x) {
        return forward(x, false).dup();
    }

    /**
     * Every layer's output for a batch in inference mode, from the same forward pass as {@link #predict}: by layer
     * name in the order of {@link #layerNames()}, each {@code [batch, ...outputShape of the layer]} as a new array the
     * caller owns. The input layer's entry is the input as the first layer receives it (standardized when the network
     * standardizes). The last entry's values equal {@code predict(x)}.
     */
    public synchronized Map<String, INDArray> layerOutputs(INDArray x) {
        forward(x, false);
        Map<String, INDArray> copies = new LinkedHashMap<>();
        for (int node = 0; node < names.size(); node++) {
            copies.put(names.get(node), outputs[node].dup());
        }
        return copies;
    }

    /**
     * Runs one forward pass in inference mode and hands every layer's output to {@code visitor}, by layer name in the
     * order of {@link #layerNames()}, on the calling thread while the network is locked. Unlike
     * {@link #layerOutputs}, nothing is copied: each array ({@code [batch, ...outputShape of the layer]}) is the
     * network's own buffer, valid only during the call and never to be written to.
     */
    public synchronized void visitLayerOutputs(INDArray x, BiConsumer<String, INDArray> visitor) {
        forward(x, false);
        for (int node = 0; node < names.size(); node++) {
            visitor.accept(names.get(node), outputs[node]);
        }
    }

    /**
     * One layer's output for a batch in inference mode: the forward pass run up to that layer, as a new array
     * {@code [batch, ...outputShape of the layer]} the caller owns.
     *
     * @throws IllegalArgumentException if the network has no layer {@code name}
     */
    public synchronized INDArray layerOutput(INDArray x, String name) {
        int node = names.indexOf(name);
        if (node < 0) {
            throw new IllegalArgumentException("No layer named '" + name + "'");
        }
        forwardUntil(x, node);
        return outputs[node].dup();
    }

    /**
     * The gradient of {@code sum(outputWeights * output)} with respect to the input {@code x}, through the engine's
     * own backward pass in inference mode (dropout off, moving statistics), e.g. with {@code outputWeights} one-hot
     * on a class: that class's score's gradient with respect to every pixel (a saliency map). The gradient is with
     * respect to {@code x} as given (pixels in [0, 1]), the input standardization included.
     *
     * <p>Side effect: the weights' gradient buffers are overwritten (as by any backward pass); the weights and the
     * optimizer's state are not touched, and the next training step recomputes the gradients.
     *
     * @param x             {@code [batch, ...inputShape]}
     * @param outputWeights {@code [batch, ...outputShape]}: dL/d(output) of the scalar L whose gradient is wanted
     * @return {@code [batch, ...inputShape]}, a new array the caller owns
     */
    public synchronized INDArray inputGradient(INDArray x, INDArray outputWeights) {
        INDArray out = forward(x, false);
        if (!Arrays.equals(out.shape(), outputWeights.shape())) {
            throw new IllegalArgumentException("outputWeights must have the output's shape "
                    + Arrays.toString(out.shape()) + "; got " + Arrays.toString(outputWeights.shape()));
        }
        backward(outputWeights.castTo(type), true);
        INDArray gradient = gradients[inputNode];
        INDArray result = gradient == null ? Nd4j.zeros(type, x.shape()) : gradient.dup();
        return standardization == null ? result : result.divi(standardization.std());
    }

    /**
     * Sets the statistics of every adapted Normalization layer that has not been adapted yet (its {@code count} is 0)
     * from the training inputs, as Keras's {@code adapt}: mean and variance over all axes but the last, of the values
     * that reach the layer. Layers with given statistics, and layers adapted before (or loaded with their weights),
     * are left alone.
     *
     * @param batches the training inputs in batches, {@code [batch, ...inputShape]} each
     * @return whether any layer was adapted
     */
    public synchronized boolean adapt(Iterable<INDArray> batches) {
        boolean adapted = false;
        for (int node = 0; node < kernels.length; node++) {
            if (kernels[node] instanceof NormalizationKernel normalization && needsAdapting(normalization)) {
                adaptNode(node, normalization, batches);
                adapted = true;
            }
        }
        return adapted;
    }

    /** Whether any adapted Normalization layer still lacks its statistics. */
    public synchronized boolean needsAdapting() {
        for (Kernel kernel : kernels) {
            if (kernel instanceof NormalizationKernel normalization && needsAdapting(normalization)) {
                return true;
            }
        }
        return false;
    }

    private boolean needsAdapting(NormalizationKernel normalization) {
        Parameter count = normalization.parameters().get(2);
        return parameters.contains(count) && count.value().getDouble(0) == 0;
    }

    private void adaptNode(int node, NormalizationKernel normalization, Iterable<INDArray> batches) {
        int source = inputsOf[node][0];
        INDArray sum = null;
        INDArray sumOfSquares = null;
        long rows = 0;
        for (INDArray batch : batches) {
            forwardUntil(batch, source);
            INDArray values = outputs[source];
            long channels = values.size(values.rank() - 1);
            INDArray flat = values.reshape(values.length() / channels, channels).castTo(DataType.DOUBLE);
            sum = sum == null ? flat.sum(0) : sum.addi(flat.sum(0));
            INDArray squares = flat.mul(flat).sum(0);
            sumOfSquares = sumOfSquares == null ? squares : sumOfSquares.addi(squares);
            rows += flat.size(0);
        }
        if (rows == 0) {
            return;
        }
        INDArray mean = sum.div(rows);
        INDArray variance = sumOfSquares.div(rows).subi(mean.mul(mean));
        List<Parameter> stats = normalization.parameters();
        stats.get(0).value().assign(mean.castTo(type));
        stats.get(1).value().assign(Transforms.max(variance, 0, false).castTo(type));
        stats.get(2).value().assign(rows);
    }

    /**
     * Copies of every weight by {@code layer/name}, and the {@link InputStandardization} (if any) under the input
     * layer's name: everything training learned, as a weights archive stores it.
     */
    public synchronized Map<String, INDArray> weights() {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            copy.put(p.key(), p.value().dup());
        }
        if (standardization != null) {
            standardization.addTo(copy, names.get(inputNode), type);
        }
        if (projection != null) {
            projection.addTo(copy, names.get(inputNode), type);
        }
        return copy;
    }

    /**
     * Replaces every weight from {@code layer/name} arrays (converted to the network's type), and the input
     * standardization: the one saved under the input layer's name, or none when {@code weights} has none.
     *
     * @throws NeuriteException if a weight is missing or has another shape; names the layer and both shapes
     */
    public synchronized void setWeights(Map<String, INDArray> weights) {
        InputStandardization savedStandardization = InputStandardization.from(weights, names.get(inputNode));
        InputProjection savedProjection = InputProjection.from(weights, names.get(inputNode));
        requireFits(savedProjection);
        for (Parameter p : parameters) {
            INDArray given = weights.get(p.key());
            if (given == null) {
                throw new NeuriteException("The weights have no '" + p.name() + "' array for layer '" + p.layer()
                        + "'; they do not belong to this model.");
            }
            if (!Arrays.equals(given.shape(), p.value().shape())) {
                throw new NeuriteException("The '" + p.name() + "' weights of layer '" + p.layer() + "' have shape "
                        + Arrays.toString(given.shape()) + " but the model needs " + Arrays.toString(p.value().shape())
                        + "; the weights belong to a different model.");
            }
        }
        for (Parameter p : parameters) {
            p.value().assign(weights.get(p.key()).castTo(type));
        }
        standardization = savedStandardization;
        projection = savedProjection;
    }

    private INDArray forward(INDArray x, boolean training) {
        TensorShape accepted = inputShape();
        if (!accepted.matches(Arrays.stream(x.shape()).skip(1).mapToInt(d -> (int) d).toArray())) {
            throw new NeuriteException("The model expects inputs of shape " + accepted + " but got "
                    + Arrays.toString(x.shape()) + ".");
        }
        outputs[inputNode] = input(x);
        for (int node = 0; node < kernels.length; node++) {
            if (kernels[node] != null) {
                outputs[node] = kernels[node].forward(inputsFor(node), training);
            }
        }
        return outputs[outputNode];
    }

    /**
     * {@code x} in the network's type, standardized when the network standardizes, projected when it projects; never
     * written to.
     */
    private INDArray input(INDArray x) {
        INDArray typed = x.dataType() == type ? x : x.castTo(type);
        INDArray scaled = standardization == null ? typed : standardization.apply(typed);
        return projection == null ? scaled : projection.apply(scaled);
    }

    private void forwardUntil(INDArray x, int last) {
        outputs[inputNode] = input(x);
        for (int node = 0; node <= last; node++) {
            if (kernels[node] != null) {
                outputs[node] = kernels[node].forward(inputsFor(node), false);
            }
        }
    }

    private List<INDArray> inputsFor(int node) {
        int[] sources = inputsOf[node];
        if (sources.length == 1) {
            return List.of(outputs[sources[0]]);
        }
        INDArray[] in = new INDArray[sources.length];
        for (int i = 0; i < sources.length; i++) {
            in[i] = outputs[sources[i]];
        }
        return List.of(in);
    }

    /** @param toInput also through the layers nothing learns in, down to the input (for {@link #inputGradient}) */
    private void backward(INDArray gradientOfOutput, boolean toInput) {
        backward(gradientOfOutput, toInput, null);
    }

    /**
     * @param updateWith when not null (a training step), each layer's weights are updated by the optimizer right
     *                   after that layer's backward pass, while their gradients are still in the cache (the same
     *                   numbers as updating after the whole pass: a layer's backward pass never reads the weights of
     *                   the layers after it); the timer books that time to the update
     */
    private void backward(INDArray gradientOfOutput, boolean toInput, PhaseTimer updateWith) {
        Arrays.fill(gradients, null);
        gradients[outputNode] = gradientOfOutput;
        for (int node = kernels.length - 1; node >= 0; node--) {
            if (kernels[node] == null || gradients[node] == null || !(toInput || learnsUpstream[node])) {
                continue;
            }
            List<INDArray> inputGradients = toInput ? kernels[node].backwardToInput(gradients[node])
                    : kernels[node].backward(gradients[node]);
            if (updateWith != null && !kernels[node].parameters().isEmpty()) {
                update(kernels[node].parameters(), updateWith);
            }
            int[] sources = inputsOf[node];
            for (int i = 0; i < sources.length; i++) {
                if ((toInput || learnsUpstream[sources[i]]) && inputGradients.get(i) != null) {
                    accumulate(sources[i], inputGradients.get(i));
                }
            }
        }
    }

    /** Sums the gradients of a node's output that arrive from several consumers. */
    private void accumulate(int node, INDArray gradient) {
        if (gradients[node] == null) {
            gradients[node] = gradient;
            return;
        }
        sums[node] = Buffers.reuse(sums[node], gradient.dataType(), gradient.shape());
        if (gradients[node] != sums[node]) {
            sums[node].assign(gradients[node]);
        }
        sums[node].addi(gradient);
        gradients[node] = sums[node];
    }

    private double regularization() {
        double total = 0;
        for (Parameter p : parameters) {
            if (p.l1() > 0) {
                total += p.l1() * p.value().norm1Number().doubleValue();
            }
            if (p.l2() > 0) {
                double norm = p.value().norm2Number().doubleValue();
                total += p.l2() * norm * norm;
            }
        }
        return total;
    }

    /**
     * Adds the regularization's gradient to each weight's and lets the optimizer update it, for the weights this step
     * has not updated yet; the timer books it to the update and then returns to the backward pass.
     */
    private void update(List<Parameter> weights, PhaseTimer timer) {
        timer.enter(PhaseTimer.Phase.UPDATE);
        for (Parameter p : weights) {
            if (optimizer.pending(p)) {
                addRegularizationGradient(p);
                optimizer.update(p);
            }
        }
        timer.enter(PhaseTimer.Phase.BACKWARD);
    }

    private static void addRegularizationGradient(Parameter p) {
        if (p.trainable() && p.l1() > 0) {
            p.gradient().addi(Transforms.sign(p.value(), true).muli(p.l1()));
        }
        if (p.trainable() && p.l2() > 0) {
            p.gradient().addi(p.value().mul(2 * p.l2()));
        }
    }

    /**
     * The static structure of a compiled network, as {@link CpuEngine} assembles it.
     *
     * @param learnsUpstream per node: whether it or anything before it has trainable weights (its gradient matters)
     */
    record NetworkParts(List<String> names, int[][] inputsOf, Kernel[] kernels, boolean[] learnsUpstream,
                        int inputNode, int outputNode, TensorShape inputShape, TensorShape outputShape,
                        List<Parameter> parameters, DataType type, List<LayerConfig> layers) {
    }
}
