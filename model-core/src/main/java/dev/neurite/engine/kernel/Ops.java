package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs libnd4j custom ops by name with preallocated outputs, so no array is allocated per call.
 * Stateless; callable from any thread (the arrays must not be shared between threads).
 */
final class Ops {

    private Ops() {
    }

    static void exec(String op, INDArray[] inputs, INDArray[] outputs, double[] doubleArgs, int... intArgs) {
        DynamicCustomOp.DynamicCustomOpsBuilder builder = DynamicCustomOp.builder(op)
                .addInputs(inputs)
                .addOutputs(outputs);
        if (doubleArgs != null && doubleArgs.length > 0) {
            builder.addFloatingPointArguments(box(doubleArgs));
        }
        if (intArgs.length > 0) {
            builder.addIntegerArguments(intArgs);
        }
        Nd4j.exec(builder.build());
    }

    static INDArray[] in(INDArray... arrays) {
        return arrays;
    }

    static INDArray[] out(INDArray... arrays) {
        return arrays;
    }

    static double[] none() {
        return null;
    }

    private static Double[] box(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
