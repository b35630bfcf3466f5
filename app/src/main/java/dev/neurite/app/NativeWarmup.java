package dev.neurite.app;

import dev.neurite.engine.EngineEnvironment;
import dev.neurite.engine.NativeVariant;

import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads ND4J's native libraries on a background thread, reporting how far the unpacking got. On the first start
 * about 400 MB are unpacked into the user's cache folder: by {@link PackedNatives} in the installed Linux app, by
 * JavaCPP itself where the libraries come in jars (see {@link NativePlatform}). Later starts only load them.
 *
 * <p>Use: {@code NativeWarmup.start()} as early as possible (it is idempotent and returns the same future), then
 * {@link #addListener} to show progress and {@code future.whenComplete(...)} to enable what needs the engine. The
 * future completes with the warm-up's {@link Result}, or exceptionally when the libraries cannot be loaded.
 */
public final class NativeWarmup {

    /** How often the progress of unpacking is measured. */
    private static final long POLL_MILLIS = 200;

    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static CompletableFuture<Result> future;
    private static volatile Progress latest = new Progress(0, 0, false);

    private NativeWarmup() {
    }

    /**
     * Receives progress of the warm-up. Called on the warm-up's own daemon threads (and once, from
     * {@link #addListener}, on the thread that adds it): a window hands over with {@code Platform.runLater}.
     */
    @FunctionalInterface
    public interface Listener {
        void onProgress(Progress progress);
    }

    /**
     * How far unpacking got: bytes done against bytes in all (of the packed archive read, or of libraries JavaCPP
     * wrote; use {@link #fraction()}). {@code firstStart} is true when the libraries were not unpacked yet when the
     * warm-up began, i.e. when the user waits for unpacking; otherwise only loading is left.
     */
    public record Progress(long bytesDone, long bytesTotal, boolean firstStart) {

        /** The fraction done in [0, 1]; 0 when the total is unknown. */
        public double fraction() {
            return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesDone / bytesTotal);
        }
    }

    /**
     * What the warm-up did: the libnd4j variant loaded ("" for the generic one), the time taken, first start or not.
     */
    public record Result(String extension, long millis, boolean firstStart) {
    }

    /**
     * Starts loading the native libraries on a daemon thread, once per process; later calls return the same future.
     * {@link NativePlatform#configure()} must have run before.
     */
    public static synchronized CompletableFuture<Result> start() {
        if (future == null) {
            future = new CompletableFuture<>();
            Thread thread = new Thread(NativeWarmup::run, "neurite-native-warmup");
            thread.setDaemon(true);
            thread.start();
        }
        return future;
    }

    /** Adds a listener and gives it the latest progress at once; listeners stay until the process ends. */
    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
        listener.onProgress(latest);
    }

    private static void run() {
        long started = System.nanoTime();
        try {
            EngineEnvironment.applyBeforeLoading(); // the variables the native libraries read when they load
            boolean firstStart = NativePlatform.packed().isPresent() ? unpackPacked() : extractFromJars();
            String extension = System.getProperty(NativePlatform.EXTENSION_PROPERTY, "");
            future.complete(new Result(extension, (System.nanoTime() - started) / 1_000_000, firstStart));
        } catch (Throwable e) { // UnsatisfiedLinkError and friends: the caller decides what to tell the user
            future.completeExceptionally(e);
        }
    }

    /** The installed app's packed build: unpacks it on the first start (reporting archive bytes read), then loads. */
    private static boolean unpackPacked() throws IOException {
        PackedNatives natives = NativePlatform.packed().orElseThrow();
        long total = natives.archiveBytes();
        boolean firstStart = !natives.isUnpacked();
        publish(new Progress(firstStart ? 0 : total, total, firstStart));
        if (firstStart) {
            long[] lastPublished = {0};
            natives.unpack(bytes -> {
                if (bytes - lastPublished[0] >= total / 200 || bytes == total) {
                    lastPublished[0] = bytes;
                    publish(new Progress(bytes, total, true));
                }
            });
        }
        Nd4j.zeros(1); // loads the backend and with it every native library
        publish(new Progress(total, total, firstStart));
        return firstStart;
    }

    /**
     * A build from a jar on the class path (source checkout, Windows, macOS): JavaCPP unpacks it while loading, and
     * the progress is measured by watching its cache folder grow.
     */
    private static boolean extractFromJars() {
        List<NativeFolder> folders;
        try {
            folders = nativeFolders();
        } catch (IOException | RuntimeException e) {
            folders = List.of(); // progress unknown; loading below still works or reports its own error
        }
        List<NativeFolder> watched = folders;
        long bytesTotal = watched.stream().mapToLong(NativeFolder::bytes).sum();
        long unpackedAtStart = unpackedBytes(watched);
        boolean firstStart = unpackedAtStart < bytesTotal;
        publish(new Progress(unpackedAtStart, bytesTotal, firstStart));

        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "neurite-native-warmup-progress");
            thread.setDaemon(true);
            return thread;
        });
        if (firstStart) {
            poller.scheduleAtFixedRate(() -> publish(new Progress(unpackedBytes(watched), bytesTotal, true)),
                    POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        try {
            Nd4j.zeros(1); // loads the backend and with it every native library
        } finally {
            poller.shutdownNow();
        }
        publish(new Progress(bytesTotal, bytesTotal, firstStart));
        return firstStart;
    }

    /** Whether the native libraries still have to be unpacked (the installed app's first start). */
    public static boolean needsUnpacking() {
        return NativePlatform.packed().map(natives -> !natives.isUnpacked()).orElse(false);
    }

    private static void publish(Progress progress) {
        latest = progress;
        for (Listener listener : LISTENERS) {
            listener.onProgress(progress);
        }
    }

    /**
     * A folder of native libraries inside a jar on the class path, with where JavaCPP unpacks that jar
     * ({@code cachedir/<jar name>/}) and the bytes it holds.
     */
    private record NativeFolder(Path cacheFolder, long bytes) {
    }

    /** The native folders JavaCPP unpacks for ND4J here: libnd4j's chosen build, OpenBLAS and JavaCPP's own. */
    private static List<NativeFolder> nativeFolders() throws IOException {
        String platform = NativeVariant.platform();
        String extension = System.getProperty(NativePlatform.EXTENSION_PROPERTY, "");
        List<NativeFolder> folders = new ArrayList<>();
        for (String folder : List.of(NativeVariant.BINDINGS + platform + extension + "/",
                "org/bytedeco/openblas/" + platform + "/", "org/bytedeco/javacpp/" + platform + "/")) {
            URL url = NativeWarmup.class.getClassLoader().getResource(folder);
            if (url == null || !"jar".equals(url.getProtocol())) {
                continue;
            }
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            Path jar = Path.of(toUri(connection.getJarFileURL()));
            try (JarFile jarFile = new JarFile(jar.toFile())) {
                long bytes = jarFile.stream()
                        .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(folder))
                        .mapToLong(JarEntry::getSize)
                        .sum();
                Path unpacked = NativePlatform.javacppCacheDir().resolve(jar.getFileName().toString());
                folders.add(new NativeFolder(unpacked, bytes));
            }
        }
        return folders;
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Class path entry is not a valid URI: " + url, e);
        }
    }

    /**
     * Bytes unpacked so far: for each folder the bytes of regular files (links not counted) in its cache folder, at
     * most the bytes the jar holds (JavaCPP adds copies of some libraries under other names).
     */
    private static long unpackedBytes(List<NativeFolder> folders) {
        long bytes = 0;
        for (NativeFolder folder : folders) {
            bytes += Math.min(folder.bytes(), bytesIn(folder.cacheFolder()));
        }
        return bytes;
    }

    private static long bytesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(NativeWarmup::sizeOrZero)
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file vanished while JavaCPP renamed it; the next poll counts again
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
