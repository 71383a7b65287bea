package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.model.Snapshot;
import org.storyline.store.ArticleStore;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline serve}: the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the storylines, events and articles of a store at http://HOST:PORT until stopped.")
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
        Snapshot snapshot;
        try (ArticleStore st = ArticleStore.open(store)) {
            snapshot = st.snapshot();
        }
        try (WebServer server = WebServer.start(() -> snapshot, host, port)) {
            System.err.printf("storyline: serving %,d articles, %,d events, %,d storylines at http://%s:%d/ (Ctrl-C stops)%n",
                    snapshot.articles().size(), snapshot.events().size(), snapshot.storylines().size(),
                    host.equals("0.0.0.0") ? "localhost" : host, server.port());
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
