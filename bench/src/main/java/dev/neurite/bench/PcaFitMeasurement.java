package dev.neurite.bench;

import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.Provenance;
import dev.neurite.pca.PrincipalComponents;

import java.util.Locale;

/**
 * How long the Data place's PCA fit takes (every component, as the PCA tab fits them): on the bundled digits' 3,600
 * training images and on an MNIST-sized set (the 4,000 digits repeated 15 times: 60,000 images of 28x28). The first
 * fit includes loading ND4J's native code; the later ones are what a warm window pays.
 * Run: {@code java -cp "bench/target/neurite-bench-*.jar:$(cat bench/target/classpath.txt)"
 * dev.neurite.bench.PcaFitMeasurement [repeats]}.
 */
public final class PcaFitMeasurement {

    private PcaFitMeasurement() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        DataSet digits = DataSources.resolve("digits").train();
        DataSet part = digits.range(0, 3600);
        for (int r = 0; r < repeats; r++) {
            time("bundled digits, training part", part);
        }
        DataSet mnistSized = repeated(digits, 15);
        for (int r = 0; r < repeats; r++) {
            time("MNIST-sized", mnistSized);
        }
    }

    private static void time(String what, DataSet set) {
        long start = System.nanoTime();
        PrincipalComponents pca = PrincipalComponents.fit(set, Math.min(set.size(), set.pixelsPerImage()));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d images of %dx%d, %d components in %.2f s (90%%: %d components)%n",
                what, set.size(), set.height(), set.width(), pca.count(), seconds, pca.componentsFor(0.9));
    }

    private static DataSet repeated(DataSet one, int copies) {
        byte[] pixels = new byte[one.pixelBytes().length * copies];
        int[] labels = new int[one.size() * copies];
        byte[] bytes = one.pixelBytes();
        int[] oneLabels = one.labels();
        for (int c = 0; c < copies; c++) {
            System.arraycopy(bytes, 0, pixels, c * bytes.length, bytes.length);
            System.arraycopy(oneLabels, 0, labels, c * oneLabels.length, oneLabels.length);
        }
        return DataSet.labelled("digits x" + copies, one.height(), one.width(), pixels, labels, one.classNames(),
                Provenance.inMemory("the bundled digits " + copies + " times"));
    }
}
