package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.Origin;
import org.storyline.model.RemovedSpan;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private WebServer server;

    @BeforeAll
    void start() {
        server = WebServer.start(current::get, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        current.set(sample());
    }

    // ---- the sample collection: 2 storylines, 3 events, 5 articles (one duplicate, one undated) ----

    static Article article(String id, String title, String text, String source, String url, Dating dating,
            List<RemovedSpan> removed, String duplicateOf) {
        return new Article(id, title, text, text, source, url, "en", new Origin("news.jsonl", 1), removed, null,
                dating, "hash-" + id, duplicateOf);
    }

    static Snapshot sample() {
        Article a1 = article("a1", "Dam breaks above Riverton",
                "The old dam above Riverton gave way at dawn.\n\nHundreds of homes were evacuated.",
                "Wire", "https://example.org/news/dam?id=1&x=2", Dating.given(LocalDate.of(2024, 3, 1)),
                List.of(new RemovedSpan(90, 118, BoilerplateReason.DONATION_APPEAL, "Support our journalism today")),
                null);
        Article a2 = article("a2", "Riverton dam gives way (syndicated)",
                "The old dam above Riverton gave way at dawn.", "Herald", "http://herald.example/dam",
                Dating.given(LocalDate.of(2024, 3, 1)), List.of(), "a1");
        Article a3 = article("a3", "Rebuilding begins in Riverton",
                "Crews started rebuilding on March 10.", "Gazette", null,
                new Dating(LocalDate.of(2024, 3, 10), DatePrecision.DAY, DateSource.TEXT, "on March 10"),
                List.of(new RemovedSpan(0, 20, BoilerplateReason.NEWSLETTER, "Sign up for our newsletter"),
                        new RemovedSpan(60, 75, BoilerplateReason.PHOTO_CREDIT, "Photo: J. Doe")),
                null);
        Article a4 = article("a4", "Mayor wins council election", "The mayor was re-elected.", "Wire",
                "https://example.org/news/vote", Dating.given(LocalDate.of(2024, 2, 15)), List.of(), null);
        Article a5 = article("a5", "Campaign recap", "A look back at the campaign.", "Blog", "ftp://blog.example/x",
                Dating.undated(), List.of(), null);
        Event e1 = new Event("e1", List.of("a1", "a2"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1),
                "Riverton dam breaks", "The Riverton dam failed; homes were evacuated.", List.of("Herald", "Wire"),
                List.of("Riverton", "<Dam> Authority"));
        Event e2 = new Event("e2", List.of("a3"), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 10),
                "Riverton starts rebuilding", "Crews began rebuilding the dam.", List.of("Gazette"));
        Event e3 = new Event("e3", List.of("a4", "a5"), LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 15),
                "Council election", "The mayor kept her seat.", List.of("Blog", "Wire"));
        Storyline s1 = new Storyline("s1", "Riverton dam", List.of("e1", "e2"));
        Storyline s2 = new Storyline("s2", "Local politics", List.of("e3"));
        return new Snapshot(List.of(a1, a2, a3, a4, a5), List.of(e1, e2, e3), List.of(s1, s2));
    }

    // ---- pages ----

    @Test
    void homeShowsCountsStorylinesEventsAndArticles() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct.toLowerCase(Locale.ROOT)).contains("text/html").contains("utf-8"));
        String page = r.body();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Storyline</title>", "<h1>Storyline</h1>");
        assertThat(page).contains("5 articles", "3 events", "2 storylines");
        assertThat(page).contains("Riverton dam", "Local politics");
        assertThat(page).contains("The Riverton dam failed; homes were evacuated.", "The mayor kept her seat.");
        assertThat(page).contains("2 sources · 2 articles", "1 source · 1 article");
        assertThat(page).contains("<a href=\"/events/e1\">Riverton dam breaks</a>");
        assertThat(page).contains("<a href=\"/articles/a4\">Mayor wins council election</a>");
        assertThat(page).contains("<time datetime=\"2024-03-10\">2024-03-10</time>");
        // the duplicate is marked, with a link to its original
        assertThat(page).containsPattern(
                "Riverton dam gives way \\(syndicated\\)</a>.*<span class=\"dup\">copy of "
                        + "<a href=\"/articles/a1\">Dam breaks above Riverton</a></span>");
        // events chronological within their storyline, articles under their event
        assertThat(page).containsSubsequence("Riverton dam</a></h2>", "Riverton dam breaks", "Dam breaks above Riverton",
                "Riverton dam gives way", "Riverton starts rebuilding", "Rebuilding begins in Riverton",
                "Local politics</a></h2>", "Council election", "Mayor wins council election", "Campaign recap");
        assertWellFormed(page);
    }

    @Test
    void everyLinkOnTheSitePointsToAPageThatExists() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
            if (!path.endsWith(".css")) {
                for (String href : hrefs(r.body())) {
                    if (href.startsWith("/")) {
                        todo.add(href.replaceFirst("#.*", ""));
                    } else if (href.startsWith("#")) {
                        assertThat(r.body()).as("anchor %s on %s", href, path)
                                .contains("id=\"" + href.substring(1) + "\"");
                    }
                }
            }
        }
        assertThat(seen).contains("/events/e1", "/events/e2", "/events/e3", "/articles/a1", "/articles/a2",
                "/articles/a3", "/articles/a4", "/articles/a5", "/storyline.css");
    }

    @Test
    void aBigEventPagesItsArticlesAndCapsItsSourceColumns() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            String id = String.format(java.util.Locale.ROOT, "b%02d", i);
            articles.add(article(id, "Flood report number " + i, "The river rose again, report " + i + ".",
                    "Outlet" + (i % 15), null, Dating.given(LocalDate.of(2024, 4, 1)), List.of(), null));
        }
        Event big = new Event("big", articles.stream().map(Article::id).toList(), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 1), "Flood report", null, List.of());
        current.set(new Snapshot(articles, List.of(big), List.of()));

        String first = get("/events/big").body();
        assertThat(first).contains("Articles (45)").contains("Page 1 of 3").contains("page=2");
        assertThat(articleList(first)).contains("Flood report number 0<").contains("Flood report number 19<")
                .doesNotContain("Flood report number 20<");
        String third = get("/events/big?page=3").body();
        assertThat(articleList(third)).contains("start=\"41\"").contains("Flood report number 44<")
                .doesNotContain("Flood report number 39<");
        // 15 sources of 3 articles each: only the 12 biggest (ties by name) get a column, the rest are counted
        assertThat(first.split("class=\"source-column\"", -1)).hasSize(EventPage.MAX_SOURCE_COLUMNS + 1);
        assertThat(first).contains("and 3 sources more");
    }

    @Test
    void eventPageShowsHeadlineDatesSourcesSummaryAndMembers() throws Exception {
        HttpResponse<String> r = get("/events/e1");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("<title>Riverton dam breaks · Storyline</title>", "<h1>Riverton dam breaks</h1>");
        assertThat(page).contains("<time datetime=\"2024-03-01\">2024-03-01</time>");
        assertThat(page).contains("<li>Herald</li>", "<li>Wire</li>");
        assertThat(page).contains("The Riverton dam failed; homes were evacuated.");
        assertThat(page).contains("Articles (2)");
        assertThat(page).containsSubsequence("Key entities", "<li>Riverton</li>", "<li>&lt;Dam&gt; Authority</li>");
        assertThat(get("/events/e2").body()).doesNotContain("Key entities");
        assertThat(page).containsSubsequence("<a href=\"/articles/a1\">Dam breaks above Riverton</a>", "Wire",
                "2024-03-01", "(given: <q>published date in the input</q>)");
        assertThat(page).containsSubsequence("Riverton dam gives way (syndicated)", "Herald",
                "copy of <a href=\"/articles/a1\">Dam breaks above Riverton</a>");
        // breadcrumb back to the storyline, and the next event in it
        assertThat(page).contains("<a href=\"/storylines/s1\">Riverton dam</a>");
        assertThat(page).contains("Later: <a href=\"/events/e2\" rel=\"next\">Riverton starts rebuilding</a>");

        String e2 = get("/events/e2").body();
        assertThat(e2).contains("Rebuilding begins in Riverton", "Gazette",
                "<time datetime=\"2024-03-10\">2024-03-10</time>", "(from the text: <q>on March 10</q>)");
        assertThat(e2).contains("Earlier: <a href=\"/events/e1\" rel=\"prev\">Riverton dam breaks</a>");
        String e3 = get("/events/e3").body();
        assertThat(e3).containsSubsequence("Campaign recap", "Blog", "<span class=\"undated\">undated</span>");
        assertWellFormed(page);
        assertWellFormed(e3);
    }

    @Test
    void articlePageShowsMetadataParagraphsAndRemovedBoilerplate() throws Exception {
        HttpResponse<String> r = get("/articles/a1");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("<h1>Dam breaks above Riverton</h1>", "<dd>Wire</dd>");
        assertThat(page).contains("<a href=\"https://example.org/news/dam?id=1&amp;x=2\" "
                + "rel=\"noopener noreferrer nofollow\" class=\"url\">https://example.org/news/dam?id=1&amp;x=2</a>");
        assertThat(page).contains("<time datetime=\"2024-03-01\">2024-03-01</time>",
                "(given: <q>published date in the input</q>)");
        assertThat(page).contains("<p>The old dam above Riverton gave way at dawn.</p>",
                "<p>Hundreds of homes were evacuated.</p>");
        assertThat(page).contains("<a href=\"/events/e1\">Riverton dam breaks</a>");
        assertThat(page).contains("<a href=\"/articles/a2\">Riverton dam gives way (syndicated)</a>");
        assertThat(page).containsPattern("(?s)<details class=\"removed\"><summary>Removed boilerplate \\(1\\)</summary>"
                + "[^§]*donation appeal[^§]*Support our journalism today[^§]*</details>");
        assertWellFormed(page);

        String a3 = get("/articles/a3").body();
        assertThat(a3).contains("<summary>Removed boilerplate (2)</summary>");
        Matcher details = Pattern.compile("(?s)<details.*?</details>").matcher(a3);
        assertThat(details.find()).isTrue();
        assertThat(details.group()).containsSubsequence("newsletter", "Sign up for our newsletter",
                "photo credit", "Photo: J. Doe");
        assertThat(a3.substring(0, details.start())).doesNotContain("Sign up for our newsletter");
        assertThat(a3).contains("(from the text: <q>on March 10</q>)");

        String a2 = get("/articles/a2").body();
        assertThat(a2).contains("copy of <a href=\"/articles/a1\">Dam breaks above Riverton</a>",
                "<a href=\"http://herald.example/dam\"", "<summary>Removed boilerplate (0)</summary>");

        String a5 = get("/articles/a5").body();
        assertThat(a5).contains("<span class=\"undated\">undated</span>");
        // not http(s): shown, but not as a link
        assertThat(a5).contains("ftp://blog.example/x").doesNotContain("href=\"ftp:");
    }

    @Test
    void articleWithoutCleaningShowsTheOriginal() throws Exception {
        Article raw = new Article("raw", "Raw", "Line one\nline two", null, null, null, null,
                new Origin("a.txt", 0), null, null, null, null, null);
        current.set(new Snapshot(List.of(raw), List.of(), List.of()));
        String page = get("/articles/raw").body();
        assertThat(page).contains("<p>Line one<br>line two</p>", "<summary>Removed boilerplate (0)</summary>",
                "Cleaning has not run", "<span class=\"undated\">undated</span>");
        assertThat(get("/").body()).contains("Articles in no event", "<a href=\"/articles/raw\">Raw</a>");
        JsonNode doc = json.readTree(get("/api/articles/raw").body());
        assertThat(doc.get("text").asText()).isEqualTo("Line one\nline two");
        assertThat(doc.get("published").isNull()).isTrue();
        assertThat(doc.get("dateSource").asText()).isEqualTo("NONE");
    }

    @Test
    void withoutDerivedFilesPagesSayWhatIsMissingAndTheApiAnswers404() throws Exception {
        assertThat(get("/articles/a1").body()).contains("No facts for this collection", "storyline analyze");
        assertThat(get("/events/e1").body()).contains("No comparison for this collection",
                "The Riverton dam failed; homes were evacuated.");
        HttpResponse<String> entities = get("/entities");
        assertThat(entities.statusCode()).isEqualTo(200);
        assertThat(entities.body()).contains("No entities for this collection");
        assertWellFormed(entities.body());
        for (String path : List.of("/api/entities", "/api/entities/per:x", "/api/articles/a1/facts",
                "/api/events/e1/comparison", "/api/events/e1/summary", "/api/storylines/s1/summary",
                "/api/articles?entity=per:x")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json.readTree(r.body()).get("error").asText()).as(path).contains("storyline analyze");
        }
        assertThat(get("/api/articles/nope/facts").body()).contains("No article with id");
        assertThat(get("/entities/per:x").statusCode()).isEqualTo(404);
    }

    @Test
    void healthAndStylesheet() throws Exception {
        HttpResponse<String> h = get("/health");
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(h.body()).isEqualTo("ok");
        HttpResponse<String> css = get("/storyline.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains("max-width");
    }

    // ---- JSON API ----

    @Test
    void apiListsStorylinesWithTheirEventsInline() throws Exception {
        HttpResponse<String> r = get("/api/storylines");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode page = json.readTree(r.body());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        JsonNode doc = page.get("items");
        assertThat(doc.isArray()).isTrue();
        assertThat(doc).hasSize(2);
        JsonNode s1 = doc.get(0);
        assertThat(s1.get("id").asText()).isEqualTo("s1");
        assertThat(s1.get("title").asText()).isEqualTo("Riverton dam");
        assertThat(s1.get("events")).hasSize(2);
        JsonNode e1 = s1.get("events").get(0);
        assertThat(e1.get("id").asText()).isEqualTo("e1");
        assertThat(e1.get("headline").asText()).isEqualTo("Riverton dam breaks");
        assertThat(e1.get("start").asText()).isEqualTo("2024-03-01");
        assertThat(e1.get("end").asText()).isEqualTo("2024-03-01");
        assertThat(texts(e1.get("articleIds"))).containsExactly("a1", "a2");
        assertThat(s1.get("events").get(1).get("id").asText()).isEqualTo("e2");
        assertThat(texts(doc.get(1).get("events").get(0).get("articleIds"))).containsExactly("a4", "a5");
    }

    @Test
    void apiEvent() throws Exception {
        JsonNode e = json.readTree(get("/api/events/e3").body());
        assertThat(e.get("id").asText()).isEqualTo("e3");
        assertThat(e.get("storylineId").asText()).isEqualTo("s2");
        assertThat(e.get("headline").asText()).isEqualTo("Council election");
        assertThat(e.get("summary").asText()).isEqualTo("The mayor kept her seat.");
        assertThat(e.get("start").asText()).isEqualTo("2024-02-15");
        assertThat(texts(e.get("sources"))).containsExactly("Blog", "Wire");
        assertThat(texts(e.get("articleIds"))).containsExactly("a4", "a5");
    }

    @Test
    void apiArticle() throws Exception {
        JsonNode a = json.readTree(get("/api/articles/a3").body());
        assertThat(a.get("id").asText()).isEqualTo("a3");
        assertThat(a.get("title").asText()).isEqualTo("Rebuilding begins in Riverton");
        assertThat(a.get("source").asText()).isEqualTo("Gazette");
        assertThat(a.get("url").isNull()).isTrue();
        assertThat(a.get("published").asText()).isEqualTo("2024-03-10");
        assertThat(a.get("dateSource").asText()).isEqualTo("TEXT");
        assertThat(a.get("dateEvidence").asText()).isEqualTo("on March 10");
        assertThat(a.get("text").asText()).isEqualTo("Crews started rebuilding on March 10.");
        assertThat(a.get("duplicateOf").isNull()).isTrue();
        assertThat(a.get("eventId").asText()).isEqualTo("e2");
        assertThat(a.get("removed")).hasSize(2);
        JsonNode span = a.get("removed").get(0);
        assertThat(span.get("start").asInt()).isEqualTo(0);
        assertThat(span.get("end").asInt()).isEqualTo(20);
        assertThat(span.get("reason").asText()).isEqualTo("NEWSLETTER");
        assertThat(span.get("text").asText()).isEqualTo("Sign up for our newsletter");

        JsonNode dup = json.readTree(get("/api/articles/a2").body());
        assertThat(dup.get("duplicateOf").asText()).isEqualTo("a1");
        assertThat(dup.get("url").asText()).isEqualTo("http://herald.example/dam");
        JsonNode undated = json.readTree(get("/api/articles/a5").body());
        assertThat(undated.get("published").isNull()).isTrue();
        assertThat(undated.get("dateSource").asText()).isEqualTo("NONE");
    }

    // ---- errors ----

    @Test
    void unknownIdsAreHtml404Pages() throws Exception {
        for (String path : List.of("/events/nope", "/articles/nope", "/no/such/page")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<h1>Not found</h1>", "<a href=\"/\">");
            assertWellFormed(r.body());
        }
        assertThat(get("/events/nope").body()).contains("No event with id &quot;nope&quot;");
        assertThat(get("/articles/nope").body()).contains("No article with id &quot;nope&quot;");
    }

    @Test
    void unknownIdsUnderApiAreJson404s() throws Exception {
        for (String path : List.of("/api/events/nope", "/api/articles/nope", "/api/nothing")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("application/json");
            JsonNode doc = json.readTree(r.body());
            assertThat(doc.get("status").asInt()).as(path).isEqualTo(404);
            assertThat(doc.get("error").asText()).as(path).isNotBlank();
        }
        assertThat(json.readTree(get("/api/events/nope").body()).get("error").asText())
                .isEqualTo("No event with id \"nope\"");
    }

    @Test
    void aFailingSnapshotIsA500WithoutDetails() throws Exception {
        try (WebServer broken = WebServer.start(() -> {
            throw new IllegalStateException("secret internals");
        }, "127.0.0.1", 0)) {
            HttpResponse<String> page = get(broken, "/");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("Internal server error").doesNotContain("secret");
            HttpResponse<String> api = get(broken, "/api/storylines");
            assertThat(api.statusCode()).isEqualTo(500);
            assertThat(json.readTree(api.body()).get("status").asInt()).isEqualTo(500);
        }
    }

    // ---- snapshot swap ----

    @Test
    void aNewSnapshotShowsOnTheNextRequest() throws Exception {
        assertThat(get("/").body()).contains("Riverton dam").doesNotContain("Harbour");
        Article b1 = article("b1", "Harbour opens", "The new harbour opened.", "Wire", null,
                Dating.given(LocalDate.of(2025, 6, 1)), List.of(), null);
        Article b2 = article("b2", "Harbour plans", "Plans were drawn.", "Wire", null,
                Dating.given(LocalDate.of(2024, 1, 5)), List.of(), null);
        Article b3 = article("b3", "Harbour someday", "No date here.", "Wire", null, Dating.undated(), List.of(),
                null);
        Event late = new Event("late", List.of("b1"), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1),
                "Harbour opening", "It opened.", List.of("Wire"));
        Event early = new Event("early", List.of("b2"), LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 9),
                "Harbour planning", "Plans.", List.of("Wire"));
        Event undated = new Event("undated", List.of("b3"), null, null, "Harbour someday", "Maybe.", List.of("Wire"));
        // listed out of order on purpose: the page shows them by date, undated last
        Storyline s = new Storyline("h", "Harbour", List.of("undated", "late", "early"));
        current.set(new Snapshot(List.of(b1, b2, b3), List.of(late, early, undated), List.of(s)));

        String page = get("/").body();
        assertThat(page).contains("3 articles", "3 events", "1 storyline").doesNotContain("Riverton");
        assertThat(page).containsSubsequence("Harbour planning", "Harbour opening", "Harbour someday");
        assertThat(page).contains("<time datetime=\"2024-01-05\">2024-01-05</time> – "
                + "<time datetime=\"2024-01-09\">2024-01-09</time>");
        assertThat(page).containsSubsequence("Harbour someday</a></h3>", "<span class=\"undated\">undated</span>");
        assertThat(get("/events/e1").statusCode()).isEqualTo(404);
        assertThat(get("/events/early").statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(get("/api/storylines").body()).get("items");
        assertThat(api.get(0).get("events").findValuesAsText("id")).containsExactly("early", "late", "undated");
        assertThat(api.get(0).get("events").get(2).get("start").isNull()).isTrue();
    }

    @Test
    void emptySnapshot() throws Exception {
        current.set(Snapshot.empty());
        String page = get("/").body();
        assertThat(page).contains("0 articles", "0 events", "0 storylines", "Nothing has been analysed yet.");
        assertThat(json.readTree(get("/api/storylines").body()).get("items")).isEmpty();
    }

    @Test
    void idsWithSpacesSlashesAndNonAsciiAreLinkedAndFound() throws Exception {
        Article a = article("feed/ä b", "Odd id", "Text.", "Wire", null, Dating.undated(), List.of(), null);
        Event e = new Event("ev 1/x", List.of("feed/ä b"), null, null, "Odd event", "S.", List.of("Wire"));
        current.set(new Snapshot(List.of(a), List.of(e), List.of(new Storyline("st", "T", List.of("ev 1/x")))));
        String home = get("/").body();
        assertThat(home).contains("href=\"/events/ev%201/x\"", "href=\"/articles/feed/%C3%A4%20b\"");
        assertThat(get("/events/ev%201/x").body()).contains("<h1>Odd event</h1>");
        assertThat(get("/articles/feed/%C3%A4%20b").body()).contains("<h1>Odd id</h1>");
        assertThat(json.readTree(get("/api/articles/feed/%C3%A4%20b").body()).get("id").asText())
                .isEqualTo("feed/ä b");
    }

    // ---- security ----

    @Test
    void hostileContentIsEscapedAndUnsafeUrlsAreNotLinked() throws Exception {
        String script = "<script>alert(1)</script>";
        String img = "<img src=x onerror=alert(1)>";
        Article evil = new Article("x", "Breaking " + script, "orig", "Body " + img + "\n\nMore " + script,
                "Src \"quoted\" 'single' " + script, "javascript:alert(1)", "en\"><script>",
                new Origin("evil.jsonl", 3),
                List.of(new RemovedSpan(0, 4, BoilerplateReason.OTHER, "junk " + img)), null,
                new Dating(LocalDate.of(2024, 1, 1), DatePrecision.DAY, DateSource.TEXT, "evidence " + script),
                null, null);
        Article copy = new Article("y", img, "orig", "copy", "Src", " JavaScript:alert(2)", "en",
                new Origin("evil.jsonl", 4), List.of(), null, null, null, "x");
        Article data = new Article("z", "data url", "orig", "t", "Src", "data:text/html,<script>alert(3)</script>",
                "en", new Origin("evil.jsonl", 5), List.of(), null, null, null, null);
        Event event = new Event("ev", List.of("x", "y", "z"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
                "Headline " + script, "Summary " + img, List.of("Src " + script));
        Storyline st = new Storyline("st", "Story '" + script + "'", List.of("ev"));
        current.set(new Snapshot(List.of(evil, copy, data), List.of(event), List.of(st)));

        for (String path : List.of("/", "/events/ev", "/articles/x", "/articles/y", "/articles/z",
                "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/events/%3Cimg%20src=x%20onerror=alert(1)%3E")) {
            HttpResponse<String> r = get(path);
            String page = r.body();
            assertThat(page.toLowerCase(Locale.ROOT)).as(path).doesNotContain("<script", "<img", "href=\"javascript:", "href=\"data:", "href=\" javascript:");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'none'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertWellFormed(page);
        }
        String article = get("/articles/x").body();
        assertThat(article).contains("Breaking &lt;script&gt;alert(1)&lt;/script&gt;",
                "Body &lt;img src=x onerror=alert(1)&gt;", "Src &quot;quoted&quot; &#39;single&#39;",
                "junk &lt;img src=x onerror=alert(1)&gt;", "evidence &lt;script&gt;");
        // the javascript: url is shown as text, never as a link, and the bad lang tag is dropped
        assertThat(article).contains("<span class=\"url\">javascript:alert(1)</span>").doesNotContain("lang=\"en&quot;");
        assertThat(hrefs(article)).allMatch(h -> h.startsWith("/") || h.startsWith("#"));
        assertThat(hrefs(get("/articles/y").body())).allMatch(h -> h.startsWith("/") || h.startsWith("#"));
        assertThat(get("/").body()).contains("Headline &lt;script&gt;alert(1)&lt;/script&gt;",
                "Summary &lt;img src=x onerror=alert(1)&gt;", "Story &#39;&lt;script&gt;");
        assertThat(get("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E").statusCode()).isIn(400, 404);

        // JSON keeps the content as data, served as JSON with nosniff
        HttpResponse<String> api = get("/api/articles/x");
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json.readTree(api.body()).get("title").asText()).isEqualTo("Breaking " + script);
    }

    // ---- helpers ----

    /** The event page's numbered list of articles. */
    private static String articleList(String page) {
        int start = page.indexOf("class=\"articles detailed\"");
        assertThat(start).as("the article list").isNotNegative();
        return page.substring(start, page.indexOf("</ol>", start));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(server, path);
    }

    private HttpResponse<String> get(WebServer s, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> hrefs(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(page);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static final Set<String> VOID = Set.of("meta", "link", "br", "hr", "img", "input", "wbr");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>");

    /** Every non-void element is closed, in order; no stray angle brackets in text. */
    private static void assertWellFormed(String page) {
        String body = page.replaceFirst("(?i)^<!DOCTYPE html>", "");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            assertThat(body.substring(last, m.start())).as("text before %s", m.group()).doesNotContain("<", ">");
            last = m.end();
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (VOID.contains(name)) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("closing %s", name).isNotEmpty();
                assertThat(open.pop()).as("closing tag at %d", m.start()).isEqualTo(name);
            }
        }
        assertThat(body.substring(last)).doesNotContain("<", ">");
        assertThat(open).as("unclosed elements").isEmpty();
    }
}
