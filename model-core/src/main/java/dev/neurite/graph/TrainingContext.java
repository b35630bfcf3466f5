package dev.neurite.graph;

import dev.neurite.settings.CompileSettings;

/**
 * What a model is about to be trained with, for the checks that need more than the graph.
 *
 * @param compile           the compile settings
 * @param numClasses        the number of classes of the chosen data set, or 0 if unknown
 * @param datasetName       the data set's name for messages, e.g. "digits"
 * @param memoryBudgetBytes the memory training may use
 * @param pcaComponents     the fit's {@code pca_components}: the model's Input must be {@code (k,)}; 0 for no PCA
 */
public record TrainingContext(CompileSettings compile, int numClasses, String datasetName, long memoryBudgetBytes,
                              int pcaComponents) {

    /** A context without PCA. */
    public TrainingContext(CompileSettings compile, int numClasses, String datasetName, long memoryBudgetBytes) {
        this(compile, numClasses, datasetName, memoryBudgetBytes, 0);
    }

    /** This context for a fit with {@code components} principal components (0: none). */
    public TrainingContext withPcaComponents(int components) {
        return new TrainingContext(compile, numClasses, datasetName, memoryBudgetBytes, components);
    }

    /** Half of the machine's physical memory, the default budget; measured once per process. */
    public static long defaultMemoryBudget() {
        return MemoryBudget.DEFAULT;
    }

    /** Holds the measured default, so the management bean is asked once (lazily, on first use). */
    private static final class MemoryBudget {
        static final long DEFAULT = measure();

        private static long measure() {
            java.lang.management.OperatingSystemMXBean bean =
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            if (bean instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize() / 2;
            }
            return 4L << 30;
        }
    }

    /** A context with the default memory budget. */
    public static TrainingContext of(CompileSettings compile, int numClasses, String datasetName) {
        return new TrainingContext(compile, numClasses, datasetName, defaultMemoryBudget());
    }
}
