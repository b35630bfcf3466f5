package dev.neurite.engine.kernel;

import dev.neurite.layers.Padding;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Loop-by-loop NHWC convolution and pooling as TensorFlow defines them, to check the libnd4j ops' semantics. */
final class NaiveReference {

    private NaiveReference() {
    }

    /** TensorFlow's SAME padding before the first cell along one axis. */
    static long padBefore(Window2D w, long in, long out, boolean vertical) {
        if (w.padding() == Padding.VALID) {
            return 0;
        }
        long k = vertical ? (w.height() - 1L) * w.dilationH() + 1 : (w.width() - 1L) * w.dilationW() + 1;
        long s = vertical ? w.strideH() : w.strideW();
        long total = Math.max(0, (out - 1) * s + k - in);
        return total / 2;
    }

    static INDArray conv(INDArray x, INDArray kernel, INDArray bias, Window2D w) {
        long[] s = x.shape();
        long filters = kernel.size(3);
        long[] outShape = w.outputShape(s, filters);
        INDArray out = Nd4j.create(DataType.DOUBLE, outShape);
        long padTop = padBefore(w, s[1], outShape[1], true);
        long padLeft = padBefore(w, s[2], outShape[2], false);
        for (long b = 0; b < s[0]; b++) {
            for (long oy = 0; oy < outShape[1]; oy++) {
                for (long ox = 0; ox < outShape[2]; ox++) {
                    for (long f = 0; f < filters; f++) {
                        double sum = bias == null ? 0 : bias.getDouble(f);
                        for (long ky = 0; ky < w.height(); ky++) {
                            for (long kx = 0; kx < w.width(); kx++) {
                                long iy = oy * w.strideH() + ky * w.dilationH() - padTop;
                                long ix = ox * w.strideW() + kx * w.dilationW() - padLeft;
                                if (iy < 0 || ix < 0 || iy >= s[1] || ix >= s[2]) {
                                    continue;
                                }
                                for (long c = 0; c < s[3]; c++) {
                                    sum += x.getDouble(b, iy, ix, c) * kernel.getDouble(ky, kx, c, f);
                                }
                            }
                        }
                        out.putScalar(new long[]{b, oy, ox, f}, sum);
                    }
                }
            }
        }
        return out;
    }

    static INDArray pool(INDArray x, Window2D w, boolean max) {
        long[] s = x.shape();
        long[] outShape = w.outputShape(s, s[3]);
        INDArray out = Nd4j.create(DataType.DOUBLE, outShape);
        long padTop = padBefore(w, s[1], outShape[1], true);
        long padLeft = padBefore(w, s[2], outShape[2], false);
        for (long b = 0; b < s[0]; b++) {
            for (long oy = 0; oy < outShape[1]; oy++) {
                for (long ox = 0; ox < outShape[2]; ox++) {
                    for (long c = 0; c < s[3]; c++) {
                        double best = Double.NEGATIVE_INFINITY;
                        double sum = 0;
                        int count = 0;
                        for (long ky = 0; ky < w.height(); ky++) {
                            for (long kx = 0; kx < w.width(); kx++) {
                                long iy = oy * w.strideH() + ky - padTop;
                                long ix = ox * w.strideW() + kx - padLeft;
                                if (iy < 0 || ix < 0 || iy >= s[1] || ix >= s[2]) {
                                    continue;
                                }
                                double v = x.getDouble(b, iy, ix, c);
                                best = Math.max(best, v);
                                sum += v;
                                count++;
                            }
                        }
                        out.putScalar(new long[]{b, oy, ox, c}, max ? best : sum / count);
                    }
                }
            }
        }
        return out;
    }
}
