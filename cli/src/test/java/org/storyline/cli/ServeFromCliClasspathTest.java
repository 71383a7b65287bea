package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Snapshot;
import org.storyline.store.ArticleStore;
import org.storyline.web.WebServer;

/**
 * The web server starts with the command line's full classpath (every module's dependencies together, as in
 * the shaded jar) and serves what analyze stored: guards against dependency clashes that module tests miss.
 */
class ServeFromCliClasspathTest {
    @TempDir
    Path dir;

    @Test
    void serverStartsOnTheCliClasspathAndShowsTheAnalyzedStore() throws Exception {
        assertThat(Main.run("analyze", "--input", Fixtures.examples().resolve("corpus").toString(), "--out",
                dir.toString())).isZero();
        Snapshot snapshot;
        try (ArticleStore st = ArticleStore.open(dir.resolve("store"))) {
            snapshot = st.snapshot();
        }
        try (WebServer server = WebServer.start(() -> snapshot, "127.0.0.1", 0)) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(snapshot.events().get(0).headline().substring(0, 20));
        }
    }
}
