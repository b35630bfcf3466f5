import dev.neurite.engine.EngineThreads;
import dev.neurite.engine.Parameter;
import dev.neurite.engine.kernel.ActivationOp;
import dev.neurite.engine.kernel.Conv2DKernel;
import dev.neurite.engine.kernel.DropoutKernel;
import dev.neurite.engine.kernel.Pooling2DKernel;
import dev.neurite.engine.kernel.ReshapeKernel;
import dev.neurite.engine.kernel.Window2D;
import dev.neurite.engine.kernel.ZeroPadding2DKernel;
import dev.neurite.layers.Padding;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;

/**
 * Times every layer of one M3 (quick-cnn, batch 128) and one M2 (bench/m2-cnn.json, batch 32) batch through the
 * engine's kernels, and the libnd4j ops under them ("raw"), printing the minimum and the median of N calls (after 3
 * warm-up calls) in ms. Not a test: run by bench/kernel-ops.sh. Arguments: which models ("m3 m2"); system
 * properties: n (calls, 30), threads (OpenMP threads, 2).
 */
public class KernelOps {

    private static final int N = Integer.getInteger("n", 30);

    public static void main(String[] args) {
        String which = args.length > 0 ? String.join(" ", args) : "m3 m2";
        int threads = Integer.getInteger("threads", 2);
        EngineThreads.set(threads);
        System.out.println("OpenMP threads " + threads + ", " + N + " calls each: min and median, ms");
        if (which.contains("m3")) {
            conv("M3 conv1 128x28x28x1->32", 128, 28, 28, 1, 32, true);
            pool("M3 pool1 128x26x26x32", 128, 26, 26, 32);
            conv("M3 conv2 128x13x13x32->64", 128, 13, 13, 32, 64, false);
            pool("M3 pool2 128x11x11x64", 128, 11, 11, 64);
            DropoutKernel dropout = new DropoutKernel(0.5, 1);
            INDArray x = random(128, 1600);
            time("M3 dropout fwd 128x1600", () -> dropout.forward(List.of(x), true));
            time("M3 dropout bwd 128x1600", () -> dropout.backward(x));
            ReshapeKernel flatten = ReshapeKernel.flatten(1600);
            INDArray image = random(128, 5, 5, 64);
            time("M3 flatten fwd", () -> flatten.forward(List.of(image), true));
        }
        if (which.contains("m2")) {
            pad("M2 pad1 32x28x28x1", 32, 28, 28, 1);
            conv("M2 conv1 32x30x30x1->32", 32, 30, 30, 1, 32, true);
            pad("M2 pad2 32x28x28x32", 32, 28, 28, 32);
            conv("M2 conv2 32x30x30x32->32", 32, 30, 30, 32, 32, false);
            pool("M2 pool1 32x28x28x32", 32, 28, 28, 32);
            pad("M2 pad3 32x14x14x32", 32, 14, 14, 32);
            conv("M2 conv3 32x16x16x32->64", 32, 16, 16, 32, 64, false);
            pad("M2 pad4 32x14x14x64", 32, 14, 14, 64);
            conv("M2 conv4 32x16x16x64->64", 32, 16, 16, 64, 64, false);
            pool("M2 pool2 32x14x14x64", 32, 14, 14, 64);
        }
    }

    private static void conv(String tag, int batch, int h, int w, int channels, int filters, boolean first) {
        Window2D window = new Window2D(3, 3, 1, 1, 1, 1, Padding.VALID);
        Parameter kernel = Parameter.trainable("l", "kernel", random(3, 3, channels, filters).muli(0.1));
        Parameter bias = Parameter.trainable("l", "bias", random(filters).muli(0.1));
        Conv2DKernel layer = new Conv2DKernel(kernel, bias, window, ActivationOp.RELU, !first);
        INDArray x = random(batch, h, w, channels);
        INDArray y = layer.forward(List.of(x), true);
        INDArray g = random(y.shape());
        time(tag + " conv layer fwd (conv+relu)", () -> layer.forward(List.of(x), true));
        time(tag + " conv layer bwd" + (first ? " (weights only)" : ""), () -> layer.backward(g));
        INDArray linear = y.ulike();
        int[] args = {3, 3, 1, 1, 0, 0, 1, 1, 0, 1, 0};
        time(tag + "   raw conv2d", () -> exec("conv2d", new INDArray[]{x, kernel.value(), bias.value()},
                new INDArray[]{linear}, args));
        if (!first) {
            INDArray gx = x.ulike();
            INDArray gk = kernel.value().ulike();
            INDArray gb = bias.value().ulike();
            time(tag + "   raw conv2d_bp", () -> exec("conv2d_bp",
                    new INDArray[]{x, kernel.value(), bias.value(), g}, new INDArray[]{gx, gk, gb}, args));
        }
        INDArray out = y.ulike();
        INDArray gradLinear = y.ulike();
        time(tag + "   raw relu", () -> ActivationOp.RELU.forward(linear, out));
        time(tag + "   raw relu_bp", () -> ActivationOp.RELU.backward(linear, out, g, gradLinear));
    }

    private static void pool(String tag, int batch, int h, int w, int channels) {
        Pooling2DKernel layer = new Pooling2DKernel(Pooling2DKernel.Mode.MAX, Window2D.of(2, 2, 2, 2, Padding.VALID));
        INDArray x = random(batch, h, w, channels);
        INDArray g = random(layer.forward(List.of(x), true).shape());
        time(tag + " maxpool fwd", () -> layer.forward(List.of(x), true));
        time(tag + " maxpool bwd", () -> layer.backward(g));
    }

    private static void pad(String tag, int batch, int h, int w, int channels) {
        ZeroPadding2DKernel layer = new ZeroPadding2DKernel(1, 1, 1, 1);
        INDArray x = random(batch, h, w, channels);
        INDArray g = random(layer.forward(List.of(x), true).shape());
        time(tag + " pad fwd", () -> layer.forward(List.of(x), true));
        time(tag + " pad bwd", () -> layer.backward(g));
    }

    private static void time(String name, Runnable call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        double[] ms = new double[N];
        for (int i = 0; i < N; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-56s min %7.3f  med %7.3f ms%n", name, ms[0], ms[N / 2]);
    }

    private static INDArray random(long... shape) {
        return Nd4j.rand(DataType.FLOAT, shape).subi(0.5);
    }

    private static void exec(String op, INDArray[] inputs, INDArray[] outputs, int... args) {
        Nd4j.exec(DynamicCustomOp.builder(op).addInputs(inputs).addOutputs(outputs).addIntegerArguments(args).build());
    }
}
