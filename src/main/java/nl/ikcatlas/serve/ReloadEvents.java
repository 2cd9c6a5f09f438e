package nl.ikcatlas.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Server-Sent Events stream the open pages listen to: on connecting, and after every build, each
 * receives {@code event: build} with the number of the latest build; a page made by an older build reloads.
 */
final class ReloadEvents implements AutoCloseable {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** Opens a stream for this request and sends it the current build; the stream stays open. */
    void open(HttpExchange exchange, int build) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        clients.add(stream);
        // a page that stops listening shows 'retry' how soon to come back, e.g. after the computer slept
        send(stream, "retry: 1000\n" + event(build));
    }

    /** Tells every open page that build {@code build} is ready. */
    void built(int build) {
        clients.forEach(stream -> send(stream, event(build)));
    }

    int listeners() {
        return clients.size();
    }

    private static String event(int build) {
        return "event: build\ndata: " + build + "\n\n";
    }

    private void send(OutputStream stream, String text) {
        synchronized (stream) {
            try {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException e) {
                // the page was closed
                clients.remove(stream);
                closeQuietly(stream);
            }
        }
    }

    @Override
    public void close() {
        clients.forEach(ReloadEvents::closeQuietly);
        clients.clear();
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
