package dev.neurite.ui.train;

import dev.neurite.app.Main;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code neurite ARGS} ({@code train ...}) in this process and prints, after each of its "Epoch N/M" lines, the
 * CPU each kind of thread used in that epoch ({@link EpochCpu}), so that the command line's epochs can be compared
 * with the window's ({@code -Dneurite.measure=true} of {@link TrainPlaceDemo}) thread by thread. The first epoch is
 * counted from the moment the training thread appears (a watcher looks for it every 5 ms). Not a test; run on
 * purpose: {@code java -cp ... dev.neurite.ui.train.CommandLineCpu train mnist-mlp --data DIR --epochs 4}.
 *
 * <p>Threads: the epoch lines are written, and the marks taken, on the session's training thread.
 */
public final class CommandLineCpu {

    private CommandLineCpu() {
    }

    public static void main(String[] args) {
        EpochCpu cpu = new EpochCpu();
        PrintStream console = System.out;
        int[] epochs = {0};
        System.setOut(new PrintStream(new LineWatcher(console, line -> {
            if (line.startsWith("Epoch ")) {
                synchronized (cpu) {
                    epochs[0]++;
                    console.println(cpu.mark(Integer.toString(epochs[0])));
                }
            }
        }), true, StandardCharsets.UTF_8));
        Thread watcher = new Thread(() -> {
            while (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("neurite-training"))) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
            synchronized (cpu) {
                cpu.start();
            }
        }, "cpu-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(args);
    }

    /** Copies bytes to {@code out} and hands every complete line (UTF-8) to {@code lines}. */
    private static final class LineWatcher extends OutputStream {

        private final PrintStream out;
        private final java.util.function.Consumer<String> lines;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        LineWatcher(PrintStream out, java.util.function.Consumer<String> lines) {
            this.out = out;
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            out.write(b);
            if (b == '\n') {
                out.flush();
                lines.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void flush() {
            out.flush();
        }
    }
}
