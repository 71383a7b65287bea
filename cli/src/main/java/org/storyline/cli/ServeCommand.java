package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.model.Snapshot;
import org.storyline.web.Library;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline serve}: the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the storylines, events and articles of a store at http://HOST:PORT until stopped:",
                "web pages, search, and the JSON API under /api/ (described at /openapi.json)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store written by analyze.")
    Path store;

    @picocli.CommandLine.Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store.resolve("index"))) {
            System.err.println("storyline: " + store + " is not a Storyline store (no index/ inside); run analyze first");
            return 2;
        }
        return serve(store, server.host, server.port);
    }

    static int serve(Path store, String host, int port) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "storyline-embed");
            t.setDaemon(true);
            return t;
        });
        System.err.println("storyline: bringing the search index (" + store.resolve(Library.SEARCH_DIR)
                + ") up to date; the first start embeds every article's lead");
        long t0 = System.nanoTime();
        try (Library library = Library.ofStore(store, new MiniLmEmbedder(pool));
                WebServer server = WebServer.start(library, new WebServer.Settings(host, port))) {
            Snapshot snapshot = library.snapshot();
            System.err.printf("storyline: search index ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            System.err.printf("storyline: serving %,d articles, %,d events, %,d storylines at http://%s:%d/ (Ctrl-C stops)%n",
                    snapshot.articles().size(), snapshot.events().size(), snapshot.storylines().size(),
                    host.equals("0.0.0.0") ? "localhost" : host, server.port());
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
