package nl.ikcatlas.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers the browser: files of the built site (never anything outside it), the error page instead of
 * any page while the latest build failed, and the preview's own reload script and event stream under
 * {@code /__ikc-atlas/}. Pages get one script tag that loads the reload script from this server, which
 * a Content-Security-Policy of {@code script-src 'self'} allows; the built files are never changed.
 */
final class SiteHandler implements HttpHandler {
    static final String PREFIX = "/__ikc-atlas/";
    static final String SCRIPT = PREFIX + "reload.js";
    /** Where the policy of the layout's meta tag starts. */
    private static final String SITE_POLICY_START = "http-equiv=\"Content-Security-Policy\" content=\"";
    static final String EVENTS = PREFIX + "events";

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("geojson", "application/geo+json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("woff2", "font/woff2"));

    private final Path site;
    private final Supplier<BuildOutcome> latest;
    private final ReloadEvents events;
    private final ReportPdfOnRequest pdf;
    private final byte[] script;

    SiteHandler(Path site, Supplier<BuildOutcome> latest, ReloadEvents events, ReportPdfOnRequest pdf) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.latest = latest;
        this.events = events;
        this.pdf = pdf;
        try (InputStream in = SiteHandler.class.getResourceAsStream("reload.js")) {
            this.script = in.readAllBytes();
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        BuildOutcome outcome = latest.get();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(EVENTS)) {
            events.open(exchange, outcome.number());
        } else if (path.equals(SCRIPT)) {
            send(exchange, 200, TYPES.get("js"), script);
        } else {
            serveFile(exchange, path, outcome);
        }
    }

    private void serveFile(HttpExchange exchange, String path, BuildOutcome outcome) throws IOException {
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            send(exchange, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
        boolean page = type.startsWith("text/html");
        if (outcome.failed() && page) {
            sendPage(exchange, 500, ErrorPage.html(outcome.problems()), outcome);
        } else if (pdf.serves(site, file) || Files.isRegularFile(file)) {
            byte[] body = Files.readAllBytes(file);
            if (page) {
                sendPage(exchange, 200, new String(body, StandardCharsets.UTF_8), outcome);
            } else {
                send(exchange, 200, type, body);
            }
        } else {
            sendPage(exchange, 404, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                    + "<body><p>There is no page " + ErrorPage.escape(path) + " in the atlas.</p></body></html>\n", outcome);
        }
    }

    /**
     * An HTML page with the reload script, as the last element of its head (or at the end when it has none).
     * The site's own policy fetches nothing ({@code default-src 'none'}); here it lets the page open the
     * preview's event stream on this server.
     */
    private static void sendPage(HttpExchange exchange, int status, String html, BuildOutcome outcome) throws IOException {
        String tag = "<script src=\"" + SCRIPT + "?build=" + outcome.number() + "\" defer></script>";
        String page = html.replace(SITE_POLICY_START, SITE_POLICY_START + "connect-src 'self'; ");
        int head = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        String withScript = head < 0 ? page + tag : page.substring(0, head) + tag + page.substring(head);
        send(exchange, status, TYPES.get("html"), withScript.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
