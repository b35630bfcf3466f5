package dev.neurite.ui.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time used by every thread of this process, native ones (the engine's OpenMP workers, the renderer) included,
 * read from Linux's {@code /proc/self/task}; used by the dashboard measurement to tell how much of the machine the
 * window takes from training. Elsewhere than on Linux it reads nothing. Any thread may call it.
 */
final class ThreadCpuTimes {

    private final Map<String, Long> ticksByTask;
    private final long processTicks;

    private ThreadCpuTimes(Map<String, Long> ticksByTask, long processTicks) {
        this.ticksByTask = ticksByTask;
        this.processTicks = processTicks;
    }

    /** Seconds of CPU the whole process used since {@code earlier}, ended threads included. */
    double processSecondsSince(ThreadCpuTimes earlier) {
        return (processTicks - earlier.processTicks) / 100.0;
    }

    private static long ticksOf(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The CPU ticks (user + system) of every thread now, keyed by "name/tid". */
    static ThreadCpuTimes now() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    ticks.put(name + "/" + task.getFileName(), ticksOf(task.resolve("stat")));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we read
                }
            });
            return new ThreadCpuTimes(ticks, ticksOf(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException notLinux) {
            return new ThreadCpuTimes(Map.of(), 0);
        }
    }

    /**
     * Seconds of CPU each kind of thread used since {@code earlier}, summed by thread name with digits dropped
     * ("QuantumRenderer-0" and "QuantumRenderer-1" count together), largest first.
     */
    Map<String, Double> secondsSince(ThreadCpuTimes earlier) {
        Map<String, Double> byName = new TreeMap<>();
        ticksByTask.forEach((task, ticks) -> {
            long used = ticks - earlier.ticksByTask.getOrDefault(task, 0L);
            if (used > 0) {
                String name = task.substring(0, task.lastIndexOf('/')).replaceAll("[0-9]+", "");
                byName.merge(name, used / 100.0, Double::sum);
            }
        });
        return byName;
    }
}
