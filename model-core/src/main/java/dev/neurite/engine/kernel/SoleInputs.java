package dev.neurite.engine.kernel;

/**
 * Which layer's output a layer alone consumes: what a fusion of two layers ({@link ReluMaxPoolFusion},
 * {@link ZeroPaddingConvFusion}) needs to know, since a second consumer, or the model's output, must still see the
 * first layer's output as the model says. Stateless.
 */
final class SoleInputs {

    private SoleInputs() {
    }

    /**
     * Per node: the index of its one input when that input feeds no other node and is not the model's output, else -1.
     *
     * @param inputsOf   per node in topological order, the nodes it takes its inputs from
     * @param outputNode the model's output node
     */
    static int[] of(int[][] inputsOf, int outputNode) {
        int[] consumers = new int[inputsOf.length];
        for (int[] sources : inputsOf) {
            for (int source : sources) {
                consumers[source]++;
            }
        }
        int[] sole = new int[inputsOf.length];
        for (int node = 0; node < inputsOf.length; node++) {
            boolean one = inputsOf[node].length == 1;
            int source = one ? inputsOf[node][0] : -1;
            sole[node] = one && consumers[source] == 1 && source != outputNode ? source : -1;
        }
        return sole;
    }
}
