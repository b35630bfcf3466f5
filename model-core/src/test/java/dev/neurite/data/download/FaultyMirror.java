package dev.neurite.data.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server for download tests that serves one file under several paths, each with its own fault:
 * {@code /ok/} (honours Range), {@code /truncate/} (announces the full length, sends half and closes),
 * {@code /wrong/} (serves bytes with a different checksum), {@code /404/}, {@code /500/} and {@code /stall/} (sends
 * the headers and a few bytes, then nothing until {@link #close()}). Records each request's Range header.
 */
final class FaultyMirror implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final byte[] content;
    /** "path range" for each request, range "-" when absent. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    FaultyMirror(byte[] content) throws IOException {
        this.content = content;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL of a fault, e.g. {@code base("ok")} = {@code http://127.0.0.1:port/ok/}. */
    String base(String fault) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/" + fault
                + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(path + " " + (range == null ? "-" : range));
        String fault = path.split("/")[1];
        try (exchange) {
            switch (fault) {
                case "ok" -> serve(exchange, range);
                case "truncate" -> {
                    exchange.sendResponseHeaders(200, content.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(content, 0, content.length / 2);
                    out.flush();
                    throw new IOException("truncated on purpose");
                }
                case "wrong" -> {
                    byte[] wrong = content.clone();
                    wrong[wrong.length / 2] ^= 1;
                    exchange.sendResponseHeaders(200, wrong.length);
                    exchange.getResponseBody().write(wrong);
                }
                case "404" -> exchange.sendResponseHeaders(404, -1);
                case "500" -> exchange.sendResponseHeaders(500, -1);
                case "stall" -> {
                    exchange.sendResponseHeaders(200, content.length);
                    exchange.getResponseBody().write(content, 0, 10);
                    exchange.getResponseBody().flush();
                    released.await();
                }
                default -> exchange.sendResponseHeaders(400, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange, String range) throws IOException {
        int from = 0;
        if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
            from = Integer.parseInt(range.substring(6, range.length() - 1));
            if (from >= content.length) {
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
            exchange.sendResponseHeaders(206, content.length - from);
        } else {
            exchange.sendResponseHeaders(200, content.length);
        }
        exchange.getResponseBody().write(content, from, content.length - from);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
