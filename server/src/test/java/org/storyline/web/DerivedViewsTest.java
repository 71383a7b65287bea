package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.analyze.AnalysisListener;
import org.storyline.index.HashedWordsEmbedder;
import org.storyline.output.DerivedFiles;

/**
 * The derived views over a store whose articles are hostile: quotes, names and numbers extracted from markup-laden
 * text are highlighted and listed, escaped; entity names that are markup stay text; missing derived files are
 * said, not failed on; an ingest brings the derived files up to date with the new snapshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivedViewsTest {
    private static final String PAYLOAD = "window.__pwned=1";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dir;
    private Library library;
    private WebServer server;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        dir = tmp;
        Path input = dir.resolve("hostile.jsonl");
        Files.writeString(input, line("h1", "Wire <b>x</b>", "Mayor Ilse Varnhagen said \"<script>" + PAYLOAD
                + "</script> is what we fear.\" The council of Velden approved 148 million euro on Tuesday for "
                + "<img src=x onerror=" + PAYLOAD + "> the barrier.")
                + line("h2", "Herald", "The council of Velden approved 148 million euro for the barrier on Tuesday, "
                + "Mayor Ilse Varnhagen said. Opponents called it <svg onload=" + PAYLOAD + "> a waste."));
        library = Library.ofStore(dir.resolve("store"), new HashedWordsEmbedder(64));
        library.ingest(List.of(input), AnalysisListener.NONE, p -> {
            throw new IllegalStateException(p.toString());
        });
        server = WebServer.start(library, new WebServer.Settings("127.0.0.1", 0));
    }

    private String line(String id, String source, String text) throws IOException {
        ObjectNode o = json.createObjectNode();
        o.put("id", id).put("title", "<script>" + PAYLOAD + "</script> " + id).put("source", source)
                .put("published", "2024-01-0" + (id.equals("h1") ? 2 : 3)).put("text", text);
        return json.writeValueAsString(o) + "\n";
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (library != null) {
            library.close();
        }
    }

    @Test
    void theStoreKeepsEveryDerivedFile() {
        for (String f : DerivedFiles.FILES) {
            assertThat(DerivedFiles.dir(dir.resolve("store")).resolve(f)).isRegularFile();
        }
    }

    @Test
    void hostileQuotesAreHighlightedAndListedAsText() throws Exception {
        JsonNode facts = json.readTree(get("/api/articles/h1/facts").body());
        List<String> quotes = new ArrayList<>();
        facts.get("quotes").forEach(q -> quotes.add(q.get("text").asText()));
        assertThat(quotes).anyMatch(q -> q.contains("<script>")); // the JSON carries the text as data
        String page = get("/articles/h1").body();
        assertThat(page).contains("<mark class=\"f-quote\"", "&lt;script&gt;" + PAYLOAD, "<h2 id=\"fact-list-title\">");
        assertThat(page).contains("<mark class=\"f-quantity\" title=\"");
        assertNoMarkup(page);
    }

    @Test
    void eventPagesWithHostileSentencesAreEscaped() throws Exception {
        String event = library.snapshot().eventOf("h1").orElseThrow();
        String page = get(Links.event(event)).body();
        assertThat(page).contains("How the sources compare");
        assertNoMarkup(page);
        for (String p : List.of("/entities", "/entities?q=%3Cscript%3E", "/search?q=barrier&entity=per:x%3Cb%3E")) {
            assertNoMarkup(get(p).body());
        }
    }

    @Test
    void entityNamesThatAreMarkupStayText() throws Exception {
        Path copy = dir.resolve("derived-copy");
        Files.createDirectories(copy);
        Path derived = DerivedFiles.dir(dir.resolve("store"));
        for (String f : DerivedFiles.FILES) {
            Files.copy(derived.resolve(f), copy.resolve(f));
        }
        StringBuilder out = new StringBuilder();
        String id = null;
        for (String l : Files.readAllLines(copy.resolve(DerivedFiles.ENTITIES))) {
            ObjectNode e = (ObjectNode) json.readTree(l);
            e.put("name", "<script>" + PAYLOAD + "</script>" + e.get("name").asText());
            e.putArray("variants").add("<img src=x onerror=" + PAYLOAD + ">");
            e.putArray("roles").add("<b onmouseover=" + PAYLOAD + ">Mayor</b>");
            id = id == null || e.get("articles").size() > 1 ? e.get("id").asText() : id;
            out.append(json.writeValueAsString(e)).append('\n');
        }
        Files.writeString(copy.resolve(DerivedFiles.ENTITIES), out);
        View base = library.view();
        try (Coverage c = Coverage.load(copy, base.snapshot())) {
            View v = new View(base.snapshot(), base.search(), c);
            String entity = EntityPage.render(v, id);
            assertThat(entity).contains("&lt;script&gt;", "&lt;img src=x", "&lt;b onmouseover=");
            assertNoMarkup(entity);
            assertNoMarkup(EntityPage.list(v, null, "<", new Params.Paging(1, 20)));
            assertNoMarkup(EntityPage.list(v, null, null, new Params.Paging(1, 20)));
            assertNoMarkup(ArticlePage.render(v, "h1"));
            assertNoMarkup(ArticlePage.render(v, "h2"));
            assertThat(Api.entity(v, id).name()).startsWith("<script>");
        }
    }

    @Test
    void missingDerivedFilesAreSaidOnPagesAnd404sInTheApi() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        View base = library.view();
        try (Coverage c = Coverage.load(empty, base.snapshot())) {
            View v = new View(base.snapshot(), base.search(), c);
            assertThat(ArticlePage.render(v, "h1")).contains("No facts for this collection",
                    "derived/facts.jsonl", "--facts fast or full");
            String event = base.snapshot().eventOf("h1").orElseThrow();
            assertThat(EventPage.render(v, event)).contains("No comparison for this collection");
            assertThat(EntityPage.list(v, null, null, new Params.Paging(1, 20))).contains("No entities");
            assertThatThrownBy(() -> Api.facts(v, "h1")).isInstanceOf(NotFound.class)
                    .hasMessageContaining("storyline analyze");
            assertThatThrownBy(() -> Api.entities(v, null, null, new Params.Paging(1, 20)))
                    .isInstanceOf(NotFound.class).hasMessageContaining("entities.jsonl");
        }
    }

    @Test
    void anIngestBringsTheDerivedFilesUpToDate() throws Exception {
        Path more = dir.resolve("more.jsonl");
        Files.writeString(more, "{\"id\":\"h3\",\"source\":\"Gazette\",\"published\":\"2024-01-04\",\"text\":"
                + "\"Mayor Ilse Varnhagen opened the Quorvath bridge in Velden on Thursday.\"}\n");
        // the facts already stored are kept, not extracted again: a value changed in the file survives the ingest
        Path stored = dir.resolve("store").resolve("derived").resolve("facts.jsonl");
        String before = Files.readString(stored);
        assertThat(before).contains("\"value\":\"2024-01-02\"");
        Files.writeString(stored, before.replace("\"value\":\"2024-01-02\"", "\"value\":\"KEPT\""));
        library.ingest(List.of(more), AnalysisListener.NONE, p -> {});
        JsonNode facts = json.readTree(get("/api/articles/h3/facts").body());
        assertThat(facts.get("id").asText()).isEqualTo("h3");
        assertThat(facts.get("mode").asText()).isEqualTo("fast");
        assertThat(get("/api/articles/h1/facts").body()).contains("\"KEPT\"");
        JsonNode found = json.readTree(get("/api/entities?q=quorvath").body());
        assertThat(found.get("total").asInt()).isPositive();
    }

    private static void assertNoMarkup(String page) {
        assertThat(page).doesNotContain("<script", "<img", "<svg onload", "<b onmouseover", "<b>x", "<i>");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
