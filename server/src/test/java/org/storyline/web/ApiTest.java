package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Snapshot;

/** The JSON API over the analysed example corpus, through HTTP on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private static final long MAX_UPLOAD = 32 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Library library;
    private WebServer server;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        library = ExampleCorpus.library(dir);
        server = WebServer.start(library, new WebServer.Settings("127.0.0.1", 0, MAX_UPLOAD));
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        library.close();
    }

    @Test
    void articlesArePagedWithTotals() throws Exception {
        int total = library.snapshot().articles().size();
        assertThat(total).isGreaterThan(5);
        JsonNode p1 = ok("/api/articles?size=3");
        assertThat(p1.get("total").asInt()).isEqualTo(total);
        assertThat(p1.get("page").asInt()).isEqualTo(1);
        assertThat(p1.get("size").asInt()).isEqualTo(3);
        assertThat(p1.get("items")).hasSize(3);
        JsonNode p2 = ok("/api/articles?size=3&page=2");
        assertThat(p2.get("items").get(0).get("id").asText())
                .isGreaterThan(p1.get("items").get(2).get("id").asText());
        assertThat(ok("/api/articles?size=3&page=9999").get("items")).isEmpty();
        JsonNode all = ok("/api/articles?size=100");
        assertThat(all.get("items")).hasSize(Math.min(total, 100));
    }

    @Test
    void articleFiltersBySourceEventAndDates() throws Exception {
        Snapshot s = library.snapshot();
        String source = s.articles().stream().map(a -> a.source()).filter(x -> x != null).findFirst().orElseThrow();
        JsonNode bySource = ok("/api/articles?size=100&source=" + enc(source));
        assertThat(bySource.get("total").asInt()).isPositive();
        bySource.get("items").forEach(a -> assertThat(a.get("source").asText()).isEqualTo(source));

        var event = s.events().stream().filter(e -> e.articleIds().size() > 1).findFirst().orElseThrow();
        JsonNode byEvent = ok("/api/articles?size=100&event=" + enc(event.id()));
        assertThat(byEvent.get("items").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(event.articleIds());

        JsonNode dated = ok("/api/articles?size=100&from=2024-01-01&to=2024-12-31");
        dated.get("items").forEach(a -> assertThat(a.get("published").asText()).startsWith("2024"));
        JsonNode none = ok("/api/articles?lang=xx");
        assertThat(none.get("total").asInt()).isZero();
    }

    @Test
    void eventsStorylinesAndFamilies() throws Exception {
        Snapshot s = library.snapshot();
        JsonNode events = ok("/api/events?size=100");
        assertThat(events.get("total").asInt()).isEqualTo(s.events().size());
        List<String> starts = new ArrayList<>();
        events.get("items").forEach(e -> {
            if (!e.get("start").isNull()) {
                starts.add(e.get("start").asText());
            }
        });
        assertThat(starts).isSorted();
        String eventId = events.get("items").get(0).get("id").asText();
        JsonNode event = ok("/api/events/" + enc(eventId));
        assertThat(event.get("articles").size()).isEqualTo(event.get("articleIds").size());

        JsonNode storylines = ok("/api/storylines");
        assertThat(storylines.get("total").asInt()).isEqualTo(s.storylines().size());
        String sid = storylines.get("items").get(0).get("id").asText();
        JsonNode storyline = ok("/api/storylines/" + enc(sid));
        assertThat(storyline.get("timeline").size()).isPositive();
        assertThat(storyline.get("timeline").get(0).get("articles").asInt()).isPositive();

        JsonNode families = ok("/api/families");
        assertThat(families.get("total").asInt()).isPositive(); // the example repost
        JsonNode members = families.get("items").get(0).get("members");
        assertThat(members.get(0).get("relation").asText()).isEqualTo("original");
        assertThat(members.get(1).get("relation").asText()).isIn("copy", "near-copy");
        assertThat(members.get(1).get("similarity").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void searchFindsHighlightsAndGroupsByEvent() throws Exception {
        JsonNode r = ok("/api/search?q=barrier&mode=text");
        assertThat(r.get("total").asInt()).isPositive();
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("snippet").asText()).containsIgnoringCase("<mark>barrier</mark>");
        Set<String> events = new TreeSet<>();
        r.get("hits").forEach(h -> assertThat(events.add(h.get("eventId").asText())).isTrue());
        assertThat(ok("/api/search?q=barrier").get("mode").asText()).isEqualTo("hybrid");
        assertThat(ok("/api/search?q=flood+protection&mode=semantic").get("hits").size()).isPositive();
        assertThat(ok("/api/search?q=barrier&mode=text&source=nobody").get("hits")).isEmpty();
    }

    @Test
    void badParametersAre400sThatSayWhy() throws Exception {
        assertError("/api/articles?page=abc", 400, "'page' must be a whole number");
        assertError("/api/articles?page=0", 400, "'page'");
        assertError("/api/articles?page=10000000", 400, "'page'");
        assertError("/api/articles?size=1000", 400, "'size'");
        assertError("/api/events?from=2024-13-01", 400, "'from' must be a date");
        assertError("/api/articles?from=2024-05-01&to=2024-01-01", 400, "before it starts");
        assertError("/api/search?q=x&mode=fuzzy", 400, "text, semantic or hybrid");
        assertError("/api/search?mode=text", 400, "'q'");
        assertError("/api/search?q=x&page=50&size=100", 400, "first 1000 results");
    }

    @Test
    void unknownIdsAre404s() throws Exception {
        for (String path : List.of("/api/articles/nope", "/api/events/nope", "/api/storylines/nope",
                "/api/jobs/nope", "/api/nothing-here")) {
            assertError(path, 404, "");
        }
        assertThat(get("/storylines/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void ingestRunsInTheBackgroundAndTheNewArticleIsServedAndSearchable() throws Exception {
        int before = library.snapshot().articles().size();
        String line = "{\"id\":\"ingested-1\",\"title\":\"Zorblax festival opens in Velden\","
                + "\"text\":\"The first zorblax festival opened in Velden on Saturday with music on the quay.\","
                + "\"published\":\"2025-06-07\",\"source\":\"Test Wire\"}\n";
        HttpResponse<String> r = post("/api/ingest", line, "application/x-ndjson");
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode job = json.readTree(r.body());
        assertThat(job.get("state").asText()).isIn("QUEUED", "RUNNING", "DONE");
        JsonNode done = awaitJob(job.get("id").asText());
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("result").get("added").asInt()).isEqualTo(1);

        assertThat(ok("/api/articles?size=1").get("total").asInt()).isEqualTo(before + 1);
        assertThat(ok("/api/articles/ingested-1").get("title").asText()).contains("Zorblax");
        JsonNode found = ok("/api/search?q=zorblax&mode=text");
        assertThat(found.get("hits").get(0).get("articleId").asText()).isEqualTo("ingested-1");
        assertThat(found.get("hits").get(0).get("snippet").asText()).contains("<mark>zorblax</mark>");
    }

    @Test
    void multipartUploadsAreAccepted() throws Exception {
        String boundary = "----storyline-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n"
                + "Content-Type: application/x-ndjson\r\n\r\n"
                + "{\"id\":\"multipart-1\",\"text\":\"Quillet harvest begins early in the north.\"}\n"
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = post("/api/ingest", body, "multipart/form-data; boundary=" + boundary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(awaitJob(json.readTree(r.body()).get("id").asText()).get("state").asText()).isEqualTo("DONE");
        assertThat(ok("/api/articles/multipart-1").get("text").asText()).contains("Quillet");
    }

    @Test
    void badUploadsAreRefusedAndTheServerKeepsServing() throws Exception {
        HttpResponse<String> bad = post("/api/ingest", "{\"id\":\"x\",\"text\":\"fine\"}\n{not json\n",
                "application/x-ndjson");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").asText()).startsWith("line 2:");
        HttpResponse<String> noText = post("/api/ingest", "{\"id\":\"x\"}", "application/x-ndjson");
        assertThat(json.readTree(noText.body()).get("error").asText()).contains("line 1", "\"text\"");
        assertThat(post("/api/ingest", "\n\n", "application/x-ndjson").statusCode()).isEqualTo(400);
        String big = ("{\"id\":\"big\",\"text\":\"" + "word ".repeat(8000) + "\"}\n");
        HttpResponse<String> tooLarge = post("/api/ingest", big, "application/x-ndjson");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).get("status").asInt()).isEqualTo(413);
        assertThat(get("/health").body()).isEqualTo("ok");
    }

    @Test
    void openApiDocumentsEveryRoute() throws Exception {
        JsonNode doc = ok("/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        List<WebServer.Route> api = server.routes().stream().filter(r -> r.path().startsWith("/api/")).toList();
        assertThat(api).hasSizeGreaterThanOrEqualTo(10);
        for (WebServer.Route r : server.routes()) {
            if (!r.path().startsWith("/api/") && !r.path().equals("/openapi.json") && !r.path().equals("/health")) {
                continue;
            }
            String path = r.path().replace("<", "{").replace(">", "}");
            assertThat(paths.has(path)).as("OpenAPI documents %s", path).isTrue();
            assertThat(paths.get(path).has(r.method().name().toLowerCase(java.util.Locale.ROOT)))
                    .as("OpenAPI documents %s %s", r.method(), path).isTrue();
        }
    }

    // ---- derived: entities, facts, comparison, summaries ----

    @Test
    void theIngestKeepsDerivedFilesWithTheStore() {
        Coverage c = library.view().coverage();
        for (Coverage.Kind k : Coverage.Kind.values()) {
            assertThat(c.has(k)).as(k.file).isTrue();
        }
        assertThat(c.entityCount()).isPositive();
    }

    @Test
    void entitiesArePagedFilteredByTypeAndFoundByPrefix() throws Exception {
        JsonNode all = ok("/api/entities?size=100");
        int total = all.get("total").asInt();
        assertThat(total).isPositive();
        List<Integer> counts = new ArrayList<>();
        all.get("items").forEach(e -> counts.add(-e.get("articles").asInt()));
        assertThat(counts).isSorted(); // most mentioned first
        JsonNode first = all.get("items").get(0);
        String type = first.get("type").asText();
        JsonNode typed = ok("/api/entities?size=100&type=" + type.toLowerCase(java.util.Locale.ROOT));
        assertThat(typed.get("total").asInt()).isPositive().isLessThanOrEqualTo(total);
        typed.get("items").forEach(e -> assertThat(e.get("type").asText()).isEqualTo(type));
        String name = first.get("name").asText();
        String prefix = name.substring(0, Math.min(3, name.length())).toUpperCase(java.util.Locale.ROOT);
        JsonNode found = ok("/api/entities?size=100&q=" + enc(prefix));
        assertThat(found.get("items").findValuesAsText("id")).contains(first.get("id").asText());
        assertThat(found.get("total").asInt()).isLessThan(total);
        assertThat(ok("/api/entities?q=zzzqqq").get("total").asInt()).isZero();
        assertThat(ok("/api/entities?page=10000&size=100").get("items")).isEmpty();
        assertError("/api/entities?type=person", 400, "PER, ORG, LOC, MISC");
        assertError("/api/entities?page=10001", 400, "'page'");
    }

    @Test
    void anEntityHasItsVariantsArticlesAndEvents() throws Exception {
        Snapshot s = library.snapshot();
        JsonNode item = ok("/api/entities?size=1").get("items").get(0);
        JsonNode e = ok("/api/entities/" + item.get("id").asText());
        assertThat(e.get("name").asText()).isEqualTo(item.get("name").asText());
        assertThat(e.get("variants")).isNotEmpty();
        List<String> articles = new ArrayList<>();
        e.get("articles").forEach(a -> articles.add(a.asText()));
        assertThat(articles).hasSize(item.get("articles").asInt());
        Set<String> events = new TreeSet<>();
        for (String a : articles) {
            s.eventOf(a).ifPresent(events::add);
        }
        assertThat(e.get("events").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(events);
        e.get("events").forEach(ev -> ev.get("articles").forEach(a -> assertThat(s.eventOf(a.asText()))
                .contains(ev.get("id").asText())));
        assertError("/api/entities/per:nobody-at-all", 404, "No entity");
    }

    @Test
    void theEntityFilterRestrictsListingsAndSearch() throws Exception {
        JsonNode item = ok("/api/entities?size=1").get("items").get(0);
        String id = item.get("id").asText();
        Set<String> mentioning = library.view().coverage().articlesOf(id);
        JsonNode listed = ok("/api/articles?size=100&entity=" + enc(id));
        assertThat(listed.get("total").asInt()).isEqualTo(mentioning.size());
        assertThat(listed.get("items").findValuesAsText("id")).allMatch(mentioning::contains);
        assertThat(ok("/api/articles?size=100").get("total").asInt()).isGreaterThan(mentioning.size());
        JsonNode events = ok("/api/events?size=100&entity=" + enc(id));
        assertThat(events.get("total").asInt()).isPositive().isLessThan(library.snapshot().events().size());
        String word = item.get("name").asText().split("\\s+")[0];
        JsonNode hits = ok("/api/search?mode=text&q=" + enc(word) + "&entity=" + enc(id));
        assertThat(hits.get("total").asInt()).isPositive();
        hits.get("hits").forEach(h -> assertThat(mentioning).contains(h.get("articleId").asText()));
        assertThat(ok("/api/search?mode=text&q=" + enc(word) + "&entity=per:nobody").get("total").asInt())
                .isZero();
        assertThat(ok("/api/articles?entity=per:nobody").get("total").asInt()).isZero();
    }

    @Test
    void factsAreAnchoredInTheOriginalText() throws Exception {
        Snapshot s = library.snapshot();
        var article = s.articles().stream().filter(a -> a.id().startsWith("harborwire-flood")).findFirst()
                .orElseThrow();
        JsonNode f = ok("/api/articles/" + enc(article.id()) + "/facts");
        assertThat(f.get("id").asText()).isEqualTo(article.id());
        assertThat(f.get("entities")).isNotEmpty();
        assertThat(f.get("quantities")).isNotEmpty();
        for (String kind : List.of("entities", "timexes", "quantities", "quotes")) {
            f.get(kind).forEach(x -> assertThat(article.original().substring(x.get("start").asInt(),
                    x.get("end").asInt())).isEqualTo(x.get("text").asText()));
        }
        assertError("/api/articles/nope/facts", 404, "No article");
    }

    @Test
    void comparisonAndSummariesOfEventsAndStorylines() throws Exception {
        Snapshot s = library.snapshot();
        var event = s.events().stream().max(java.util.Comparator.comparingInt(e -> e.articleIds().size()))
                .orElseThrow();
        JsonNode c = ok("/api/events/" + enc(event.id()) + "/comparison");
        assertThat(c.get("event").asText()).isEqualTo(event.id());
        for (String k : List.of("agreements", "contradictions", "exclusive", "omissions", "framing")) {
            assertThat(c.get(k).isArray()).as(k).isTrue();
        }
        assertThat(c.get("agreements")).isNotEmpty();
        c.get("agreements").forEach(a -> assertThat(event.articleIds()).containsAll(toList(a.get("articles"))));
        JsonNode sum = ok("/api/events/" + enc(event.id()) + "/summary");
        assertThat(sum.get("event").asText()).isEqualTo(event.id());
        assertThat(sum.get("sentences")).isNotEmpty();
        sum.get("sentences").forEach(x -> assertThat(event.articleIds()).contains(x.get("article").asText()));
        var st = s.storylines().getFirst();
        JsonNode timeline = ok("/api/storylines/" + enc(st.id()) + "/summary");
        assertThat(timeline.get("storyline").asText()).isEqualTo(st.id());
        assertThat(timeline.get("sentences").size()).isBetween(1, st.eventIds().size());
        assertError("/api/events/nope/comparison", 404, "No event");
        assertError("/api/events/nope/summary", 404, "No event");
        assertError("/api/storylines/nope/summary", 404, "No storyline");
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    // ---- helpers ----

    private JsonNode awaitJob(String id) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode j = ok("/api/jobs/" + id);
            String state = j.get("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return j;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private void assertError(String path, int status, String message) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode e = json.readTree(r.body());
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("error").asText()).as(path).contains(message);
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
