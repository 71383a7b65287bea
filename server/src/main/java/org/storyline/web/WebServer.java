package org.storyline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.index.HashedWordsEmbedder;
import org.storyline.model.Snapshot;

/**
 * The web UI and JSON API over an analysed collection (a {@link Library}).
 *
 * <p>Every request reads the library's current {@link View} once and answers from it alone, so a page is always
 * consistent, and a new view (after an ingest) shows on the next request.
 *
 * <ul>
 *   <li>pages: {@code /} (storylines), {@code /storylines/{id}} (timeline), {@code /events/{id}},
 *       {@code /articles/{id}}, {@code /entities} and {@code /entities/{id}}, {@code /search}
 *   <li>JSON under {@code /api/}: articles (and their facts), events (their comparison and summary), storylines
 *       (their timeline summary), entities, families, search, ingest and jobs, described by {@code /openapi.json}
 *   <li>{@code /health} answers "ok"
 * </ul>
 *
 * Errors go through one mapper: 400 for bad parameters and uploads, 404 for unknown ids and paths, 413 for
 * uploads over the limit; JSON {@code {"error": …, "status": …}} under {@code /api/}, an HTML page elsewhere.
 * Article content is treated as hostile: all of it is escaped, only http(s) URLs become links, and responses
 * carry a Content-Security-Policy that allows no scripts.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** No scripts at all; styles, images and everything else only from this server; forms only to it; no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String CSS_RESOURCE = "storyline.css";
    private static final String OPENAPI_RESOURCE = "openapi.json";

    /**
     * Where and how to serve.
     *
     * @param host           the interface, e.g. {@code "127.0.0.1"} or {@code "0.0.0.0"}
     * @param port           the port, or 0 for any free one (see {@link #port()})
     * @param maxUploadBytes the largest ingest upload accepted
     */
    public record Settings(String host, int port, long maxUploadBytes) {
        public static final long DEFAULT_MAX_UPLOAD = 64L << 20;

        public Settings {
            Objects.requireNonNull(host, "host");
            if (maxUploadBytes < 1) {
                throw new IllegalArgumentException("maxUploadBytes must be positive");
            }
        }

        public Settings(String host, int port) {
            this(host, port, DEFAULT_MAX_UPLOAD);
        }
    }

    /** A registered route: method and Javalin path. */
    record Route(HandlerType method, String path) {}

    private final Javalin app;
    private final IngestJobs jobs;
    private final List<Route> routes;
    private final Library owned;

    private WebServer(Javalin app, IngestJobs jobs, List<Route> routes, Library owned) {
        this.app = app;
        this.jobs = jobs;
        this.routes = List.copyOf(routes);
        this.owned = owned;
    }

    /**
     * Serves whatever {@code snapshots} returns, read-only (no ingest), searching with a word-hashing embedder.
     *
     * @param snapshots read once per request; must not return null (pass {@link Snapshot#empty()} before the
     *                  first analysis)
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static WebServer start(Supplier<Snapshot> snapshots, String host, int port) {
        Library library = Library.of(snapshots, new HashedWordsEmbedder(384));
        return start(library, new Settings(host, port), library);
    }

    /** Serves the library (which the caller closes after the server). */
    public static WebServer start(Library library, Settings settings) {
        return start(library, settings, null);
    }

    private static WebServer start(Library library, Settings settings, Library owned) {
        Objects.requireNonNull(library, "library");
        String css = resource(CSS_RESOURCE);
        String openapi = resource(OPENAPI_RESOURCE);
        IngestJobs jobs = new IngestJobs(library);
        List<Route> routes = new ArrayList<>();

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = settings.maxUploadBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 65536,
                    io.javalin.config.SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
        });
        app.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer"));
        Router r = new Router(app, routes);

        r.get("/", ctx -> html(ctx, Pages.index(library.view(), Params.paging(ctx))));
        r.get("/storylines/<id>", ctx -> html(ctx, Pages.storyline(library.view(), ctx.pathParam("id"))));
        r.get("/events/<id>", ctx -> html(ctx, EventPage.render(library.view(), ctx.pathParam("id"),
                Params.paging(ctx))));
        r.get("/articles/<id>", ctx -> html(ctx, ArticlePage.render(library.view(), ctx.pathParam("id"))));
        r.get("/entities", ctx -> html(ctx, EntityPage.list(library.view(), Params.entityType(ctx),
                Params.prefix(ctx), Params.paging(ctx))));
        r.get("/entities/<id>", ctx -> html(ctx, EntityPage.render(library.view(), ctx.pathParam("id"))));
        r.get("/search", ctx -> html(ctx, Pages.search(library.view(), ctx)));

        // sub-resources first: an <id> may contain slashes, and the first matching route answers
        r.get("/api/articles/<id>/facts", ctx -> json(ctx, Api.facts(library.view(), ctx.pathParam("id"))));
        r.get("/api/events/<id>/comparison", ctx -> json(ctx, Api.comparison(library.view(),
                ctx.pathParam("id"))));
        r.get("/api/events/<id>/summary", ctx -> json(ctx, Api.eventSummary(library.view(), ctx.pathParam("id"))));
        r.get("/api/storylines/<id>/summary", ctx -> json(ctx, Api.storylineSummary(library.view(),
                ctx.pathParam("id"))));
        r.get("/api/articles", ctx -> {
            View v = library.view();
            json(ctx, Api.articles(v.snapshot(), Params.filter(ctx, v), Params.paging(ctx)));
        });
        r.get("/api/articles/<id>", ctx -> json(ctx, Api.article(library.view(), ctx.pathParam("id"))));
        r.get("/api/events", ctx -> {
            View v = library.view();
            json(ctx, Api.events(v.snapshot(), Params.filter(ctx, v), Params.paging(ctx)));
        });
        r.get("/api/events/<id>", ctx -> json(ctx, Api.event(library.view(), ctx.pathParam("id"))));
        r.get("/api/storylines", ctx -> json(ctx, Api.storylines(library.snapshot(), Params.paging(ctx))));
        r.get("/api/storylines/<id>", ctx -> json(ctx, Api.storylineDetail(library.snapshot(),
                ctx.pathParam("id"))));
        r.get("/api/entities", ctx -> json(ctx, Api.entities(library.view(), Params.entityType(ctx),
                Params.prefix(ctx), Params.paging(ctx))));
        r.get("/api/entities/<id>", ctx -> json(ctx, Api.entity(library.view(), ctx.pathParam("id"))));
        r.get("/api/families", ctx -> json(ctx, Api.families(library.view(), Params.paging(ctx))));
        r.get("/api/search", ctx -> {
            View v = library.view();
            json(ctx, Api.search(v, Params.search(ctx, v)));
        });
        r.post("/api/ingest", ctx -> ctx.status(202).json(jobs.submit(upload(ctx, settings.maxUploadBytes()))));
        r.get("/api/jobs/<id>", ctx -> json(ctx, jobs.status(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("No job with id \"" + ctx.pathParam("id") + "\""))));

        r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        r.get("/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
        r.get("/" + CSS_RESOURCE, ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(css));

        // Javalin maps its own HttpResponseException (e.g. an unknown path) unless told otherwise
        app.exception(HttpResponseException.class, WebServer::fail);
        app.exception(Exception.class, WebServer::fail);

        app.start(settings.host(), settings.port());
        return new WebServer(app, jobs, routes, owned);
    }

    /** Registers routes and remembers them (for the OpenAPI check). */
    private record Router(Javalin app, List<Route> routes) {
        void get(String path, Handler h) {
            app.get(path, h);
            routes.add(new Route(HandlerType.GET, path));
        }

        void post(String path, Handler h) {
            app.post(path, h);
            routes.add(new Route(HandlerType.POST, path));
        }
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    List<Route> routes() {
        return routes;
    }

    /** Stops the server and the ingest worker; idempotent. */
    @Override
    public void close() {
        app.stop();
        jobs.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                LOG.warn("closing the search index failed", e);
            }
        }
    }

    /** The body of an ingest: a multipart form's {@code file}, or the request body itself. */
    private static byte[] upload(Context ctx, long max) throws IOException {
        long declared = ctx.contentLength();
        if (declared > max) {
            throw tooLarge(max);
        }
        if (ctx.isMultipartFormData()) {
            UploadedFile f = ctx.uploadedFile("file");
            if (f == null) {
                throw new BadRequest("the multipart form has no 'file' part");
            }
            if (f.size() > max) {
                throw tooLarge(max);
            }
            try (InputStream in = f.content()) {
                return bounded(in, max);
            }
        }
        try (InputStream in = ctx.req().getInputStream()) {
            return bounded(in, max);
        }
    }

    private static byte[] bounded(InputStream in, long max) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (b.length > max) {
            throw tooLarge(max);
        }
        return b;
    }

    private static TooLarge tooLarge(long max) {
        return new TooLarge("the upload is larger than the limit of " + max + " bytes");
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
            case BadRequest br -> {
                status = 400;
                message = br.getMessage();
            }
            case TooLarge tl -> {
                status = 413;
                message = tl.getMessage();
            }
            case HttpResponseException h when h.getStatus() == 404 -> {
                status = 404;
                message = "Nothing at " + ctx.path();
            }
            case HttpResponseException h when h.getStatus() == 413 -> {
                status = 413;
                message = "the upload is larger than the limit";
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
