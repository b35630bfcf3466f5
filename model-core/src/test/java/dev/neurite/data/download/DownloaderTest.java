package dev.neurite.data.download;

import dev.neurite.CancellationToken;
import dev.neurite.data.Sha256;
import dev.neurite.data.digits.BundledDigits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloaderTest {

    private static final String NAME = "t10k-images-idx3-ubyte.gz";
    private static final DownloadSettings QUICK = new DownloadSettings(Duration.ofSeconds(2), Duration.ofMillis(300));

    @TempDir
    Path cache;

    private byte[] content;
    private FaultyMirror mirror;
    private final Downloader downloader = new Downloader(QUICK);

    @BeforeEach
    void start() throws IOException {
        content = BundledDigits.resource(BundledDigits.TEST_IMAGES);
        mirror = new FaultyMirror(content);
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    private RemoteFile file(String... faults) {
        return RemoteFile.at(NAME, Sha256.of(content), Arrays.stream(faults).map(mirror::base).toList());
    }

    @Test
    void downloadsVerifiesAndReportsProgressUpToTheTotal() throws IOException {
        List<DownloadProgress> events = new ArrayList<>();
        Path result = downloader.fetch(file("ok"), cache, events::add, CancellationToken.NEVER);

        assertArrayEquals(content, Files.readAllBytes(result));
        assertFalse(Files.exists(cache.resolve(NAME + ".part")));
        DownloadProgress last = events.get(events.size() - 1);
        assertEquals(content.length, last.bytes());
        assertEquals(content.length, last.total());
        assertTrue(last.bytesPerSecond() > 0);
    }

    @Test
    void fileAlreadyInTheCacheIsNotDownloadedAgain() throws IOException {
        Files.write(cache.resolve(NAME), content);
        downloader.fetch(file("ok"), cache, DownloadListener.NONE, CancellationToken.NEVER);
        assertTrue(mirror.requests.isEmpty());
    }

    @Test
    void failingMirrorsAreSkippedUntilOneWorks() throws IOException {
        Path result = downloader.fetch(file("404", "500", "wrong", "ok"), cache, DownloadListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(content, Files.readAllBytes(result));
        assertEquals(4, mirror.requests.size());
    }

    @Test
    void truncatedTransferIsResumedFromTheMiddleByTheNextMirror() throws IOException {
        Path result = downloader.fetch(file("truncate", "ok"), cache, DownloadListener.NONE, CancellationToken.NEVER);

        assertArrayEquals(content, Files.readAllBytes(result));
        String resumed = mirror.requests.get(mirror.requests.size() - 1);
        assertTrue(resumed.startsWith("/ok/" + NAME + " bytes="), resumed);
        long from = Long.parseLong(resumed.substring(resumed.indexOf('=') + 1, resumed.length() - 1));
        assertTrue(from > 0 && from < content.length, resumed);
    }

    @Test
    void partialFileFromAnEarlierRunIsResumedWithARangeRequest() throws IOException {
        Files.write(cache.resolve(NAME + ".part"), Arrays.copyOf(content, 1000));
        Path result = downloader.fetch(file("ok"), cache, DownloadListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(content, Files.readAllBytes(result));
        assertEquals(List.of("/ok/" + NAME + " bytes=1000-"), mirror.requests);
    }

    @Test
    void wrongChecksumOnEveryMirrorFailsAndLeavesNothingInTheCache() {
        DownloadException error = assertThrows(DownloadException.class,
                () -> downloader.fetch(file("wrong"), cache, DownloadListener.NONE, CancellationToken.NEVER));
        assertTrue(error.getMessage().contains("wrong SHA-256"), error.getMessage());
        assertFalse(Files.exists(cache.resolve(NAME)));
        assertFalse(Files.exists(cache.resolve(NAME + ".part")));
    }

    @Test
    void messageNamesTheFileAndEachMirrorsFailure() {
        DownloadException error = assertThrows(DownloadException.class,
                () -> downloader.fetch(file("404", "500"), cache, DownloadListener.NONE, CancellationToken.NEVER));
        String message = error.getMessage();
        assertTrue(message.startsWith("Could not download " + NAME + ": every mirror failed"), message);
        assertTrue(message.contains(mirror.base("404") + NAME + ": HTTP 404"), message);
        assertTrue(message.contains(mirror.base("500") + NAME + ": HTTP 500"), message);
    }

    @Test
    void stalledConnectionIsGivenUpAfterTheReadTimeout() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Path result = downloader.fetch(file("stall", "ok"), cache, DownloadListener.NONE, CancellationToken.NEVER);
            assertArrayEquals(content, Files.readAllBytes(result));
        });
        assertTrue(mirror.requests.get(1).startsWith("/ok/" + NAME + " bytes=10-"), mirror.requests.toString());
    }

    @Test
    void unreachableMirrorSaysOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RemoteFile unreachable = RemoteFile.at(NAME, Sha256.of(content),
                List.of("http://127.0.0.1:" + closedPort + "/"));
        DownloadException error = assertThrows(DownloadException.class,
                () -> downloader.fetch(unreachable, cache, DownloadListener.NONE, CancellationToken.NEVER));
        assertTrue(error.getMessage().contains("cannot connect"), error.getMessage());
        assertTrue(error.getMessage().contains("You seem to be offline"), error.getMessage());
    }

    @Test
    void cancelStopsTheDownloadAndKeepsThePartialFile() {
        CancellationToken cancel = new CancellationToken();
        assertThrows(DownloadCancelledException.class, () -> downloader.fetch(file("ok"), cache, progress -> {
            cancel.cancel();
        }, cancel));
        assertFalse(Files.exists(cache.resolve(NAME)));
        assertTrue(Files.exists(cache.resolve(NAME + ".part")));
    }
}
