package org.storyline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.model.Snapshot;

/**
 * The web UI and JSON API over an analysed collection.
 *
 * <p>Every request reads the snapshot supplier once and answers from that snapshot alone, so a page is always
 * consistent, and swapping the supplier's value (after a re-analysis) shows on the next request.
 *
 * <ul>
 *   <li>{@code /} all storylines with their events and articles; {@code /events/{id}}; {@code /articles/{id}}
 *   <li>{@code /api/storylines}, {@code /api/events/{id}}, {@code /api/articles/{id}} (JSON)
 *   <li>{@code /health} answers "ok"
 * </ul>
 *
 * Unknown ids and paths get a 404: JSON {@code {"error": …, "status": 404}} under {@code /api/}, an HTML page
 * elsewhere. Article content is treated as hostile: all of it is escaped, only http(s) URLs become links, and
 * responses carry a Content-Security-Policy that allows no scripts.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** No scripts at all; styles, images and everything else only from this server; no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String CSS_RESOURCE = "storyline.css";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving.
     *
     * @param snapshots read once per request; must not return null (pass {@link Snapshot#empty()} before the
     *                  first analysis)
     * @param host      the interface to listen on, e.g. {@code "127.0.0.1"} or {@code "0.0.0.0"}
     * @param port      the port, or 0 for any free port (see {@link #port()})
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static WebServer start(Supplier<Snapshot> snapshots, String host, int port) {
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(host, "host");
        Supplier<Snapshot> current =
                () -> Objects.requireNonNull(snapshots.get(), "the snapshot supplier returned null");
        String css = resource(CSS_RESOURCE);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
        });
        app.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer"));

        app.get("/", ctx -> html(ctx, Pages.index(current.get())));
        app.get("/events/<id>", ctx -> html(ctx, Pages.event(current.get(), ctx.pathParam("id"))));
        app.get("/articles/<id>", ctx -> html(ctx, Pages.article(current.get(), ctx.pathParam("id"))));

        app.get("/api/storylines", ctx -> json(ctx, Api.storylines(current.get())));
        app.get("/api/events/<id>", ctx -> json(ctx, Api.event(current.get(), ctx.pathParam("id"))));
        app.get("/api/articles/<id>", ctx -> json(ctx, Api.article(current.get(), ctx.pathParam("id"))));

        app.get("/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
        app.get("/" + CSS_RESOURCE, ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(css));

        // Javalin maps its own HttpResponseException (e.g. an unknown path) unless told otherwise
        app.exception(HttpResponseException.class, WebServer::fail);
        app.exception(Exception.class, WebServer::fail);

        app.start(host, port);
        return new WebServer(app);
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops the server; idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    /** The one place that turns exceptions into HTTP errors. */
    private static void fail(Exception e, Context ctx) {
        int status;
        String message;
        switch (e) {
            case NotFound nf -> {
                status = 404;
                message = nf.getMessage();
            }
            case HttpResponseException h when h.getStatus() == 404 -> {
                status = 404;
                message = "Nothing at " + ctx.path();
            }
            case HttpResponseException h -> {
                status = h.getStatus();
                message = h.getMessage();
            }
            default -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                status = 500;
                message = "Internal server error";
            }
        }
        ctx.status(status);
        if (ctx.path().equals("/api") || ctx.path().startsWith("/api/")) {
            ctx.json(new Api.ErrorDoc(message, status));
        } else {
            ctx.contentType(HTML).result(status == 404 ? Pages.notFound(message) : Pages.error(status, message));
        }
    }

    private static void html(Context ctx, String page) {
        ctx.header("Cache-Control", "no-cache").contentType(HTML).result(page);
    }

    private static void json(Context ctx, Object doc) {
        ctx.header("Cache-Control", "no-cache").json(doc);
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
