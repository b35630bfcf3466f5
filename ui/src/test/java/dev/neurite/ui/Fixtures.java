package dev.neurite.ui;

import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/** Models, data and executors for the UI tests. */
public final class Fixtures {

    /** Runs each task at once on the calling thread. */
    public static final Executor SAME_THREAD = Runnable::run;

    private static DataSet digitsTest;

    private Fixtures() {
    }

    /** An untrained logistic regression (784 -> softmax 10): predicts quickly, not well. */
    public static TrainedModel logistic(String name) {
        ModelDefinition definition = Templates.get("logistic");
        return new TrainedModel(name, new CpuEngine().compile(definition.graph(), definition.compile(), 1));
    }

    /** The bundled digits' test split (1,000 images). */
    public static synchronized DataSet digitsTest() {
        if (digitsTest == null) {
            digitsTest = BundledDigits.load().test().orElseThrow();
        }
        return digitsTest;
    }

    /** The first {@code count} bundled test digits. */
    public static DataSet digitsTest(int count) {
        DataSet all = digitsTest();
        return all.subset("digits-test-" + count, IntStream.range(0, count).toArray(), all.provenance());
    }

    /** An executor that queues tasks until the test runs them, so a test can look between steps. */
    public static final class ManualExecutor implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        /** Runs the oldest queued task; false when none was queued. */
        public boolean runNext() {
            Runnable task = tasks.poll();
            if (task == null) {
                return false;
            }
            task.run();
            return true;
        }

        /** Runs queued tasks, including ones they queue, until none is left. */
        public void runAll() {
            while (runNext()) {
                // keep going
            }
        }

        public int queued() {
            return tasks.size();
        }
    }
}
