package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.Dating;
import org.storyline.model.Derivation;
import org.storyline.model.Event;
import org.storyline.model.Origin;
import org.storyline.model.RemovedSpan;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/**
 * The web UI in a real browser: Debian's headless chromium driven through /usr/bin/chromedriver (never
 * downloaded), against servers on loopback: one over the analysed example corpus, one over hostile articles.
 * Screenshots go to {@code target/screenshots/}. Skipped, with a message, when chromium or chromedriver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** What a script in an article would do if it ran. */
    private static final String PAYLOAD = "window.__pwned=1;document.title='pwned'";

    private Library library;
    private WebServer server;
    private WebServer hostile;
    private ChromeDriverService service;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        library = ExampleCorpus.library(dir);
        server = WebServer.start(library, new WebServer.Settings("127.0.0.1", 0));
        hostile = WebServer.start(BrowserTest::hostileSnapshot, "127.0.0.1", 0);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1200,1400");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (hostile != null) {
            hostile.close();
        }
        if (server != null) {
            server.close();
        }
        if (library != null) {
            library.close();
        }
    }

    @Test
    void clickFromHomeToStorylineToEventToArticle() throws Exception {
        var s = library.snapshot();
        open(server, "/");
        assertThat(driver.getTitle()).isEqualTo("Storyline");
        assertThat(text(By.cssSelector("ul.counts"))).contains(s.articles().size() + " articles",
                s.events().size() + " events", s.storylines().size() + " storylines");
        screenshot("1-home");

        // the storyline with the most events, from its heading on the home page
        Storyline st = s.storylines().stream().max(java.util.Comparator.comparingInt(x -> x.eventIds().size()))
                .orElseThrow();
        WebElement link = driver.findElement(By.cssSelector("h2 a[href='" + Links.storyline(st.id()) + "']"));
        String title = link.getText();
        link.click();
        assertThat(text(By.tagName("h1"))).isEqualTo(title);
        List<WebElement> steps = driver.findElements(By.cssSelector("ol.timeline > li.step"));
        assertThat(steps).hasSize(st.eventIds().size());
        assertThat(steps.getFirst().findElement(By.cssSelector(".meta")).getText()).containsPattern("\\d+ articles?");
        screenshot("2-storyline");

        WebElement eventLink = steps.getFirst().findElement(By.cssSelector("h3 a"));
        String headline = eventLink.getText();
        eventLink.click();
        assertThat(text(By.tagName("h1"))).isEqualTo(headline);
        assertThat(driver.findElement(By.cssSelector("nav.crumbs")).getText()).contains(title);
        List<WebElement> members = driver.findElements(By.cssSelector("ol.articles.detailed > li > a"));
        assertThat(text(By.tagName("main"))).contains("Articles (" + members.size() + ")");
        screenshot("3-event");

        String articleTitle = members.getFirst().getText();
        members.getFirst().click();
        assertThat(text(By.tagName("h1"))).isEqualTo(articleTitle);
        assertThat(text(By.cssSelector("div.body"))).isNotBlank();
        assertThat(text(By.cssSelector("dl.facts"))).contains("Source", "Date", "Event");
        screenshot("4-article");
    }

    @Test
    void eventPageComparesSourcesAndShowsTheFamilyOfCopies() throws Exception {
        var s = library.snapshot();
        Article copy = s.articles().stream().filter(a -> a.duplicateOf() != null).findFirst().orElseThrow();
        String eventId = s.eventOf(copy.id()).orElseThrow();
        open(server, Links.event(eventId));
        WebElement family = driver.findElement(By.cssSelector("table.family"));
        assertThat(family.getText()).contains("original", copy.relation().jsonName());
        assertThat(driver.findElements(By.cssSelector(".sources-grid .source-column")).size()).isGreaterThan(1);
        screenshot("5-event-families");
        open(server, Links.article(copy.id()));
        assertThat(text(By.cssSelector("dl.facts"))).contains("copy of");
    }

    @Test
    void clickFromArticleToEntityToTheEventComparison() throws Exception {
        var s = library.snapshot();
        Article a = s.articles().stream().filter(x -> x.id().equals("harborwire-flood-2021-06")).findFirst()
                .orElseThrow();
        open(server, Links.article(a.id()));
        assertThat(driver.findElements(By.cssSelector("div.body mark"))).isNotEmpty();
        assertThat(text(By.cssSelector("section.fact-list"))).contains("Quotes", "Numbers");
        screenshot("9-article-facts");
        WebElement entityLink = driver.findElement(By.cssSelector("div.body mark.f-per a"));
        String name = entityLink.getAttribute("href");
        entityLink.click();
        assertThat(driver.getCurrentUrl()).isEqualTo(name);
        assertThat(text(By.cssSelector("dl.facts"))).contains("Type", "Mentions");
        List<WebElement> events = driver.findElements(By.cssSelector("ol.events h3 a"));
        assertThat(events).isNotEmpty();
        screenshot("10-entity");
        // the event of the article, from the entity page
        String eventId = s.eventOf(a.id()).orElseThrow();
        driver.findElement(By.cssSelector("ol.events h3 a[href='" + Links.event(eventId) + "']")).click();
        WebElement table = driver.findElement(By.cssSelector("table.comparison-table"));
        assertThat(table.findElements(By.cssSelector("thead th")).size()).isGreaterThan(2);
        assertThat(table.findElements(By.cssSelector("tbody tr.agreement"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("ol.summary-sentences li a"))).isNotEmpty();
        screenshot("11-event-comparison");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            driver.navigate().refresh();
            assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
            screenshot("12-event-comparison-narrow");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1400));
        }
    }

    @Test
    void searchShowsHighlightedHitsGroupedByEvent() throws Exception {
        open(server, "/");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("barrier");
        driver.findElement(By.cssSelector("input[name=mode][value=text]")).click();
        q.submit();
        assertThat(driver.getCurrentUrl()).contains("/search?", "q=barrier", "mode=text");
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.results > li.hit"));
        assertThat(hits).isNotEmpty();
        List<WebElement> marks = driver.findElements(By.cssSelector("ol.results mark"));
        assertThat(marks).isNotEmpty();
        marks.forEach(m -> assertThat(m.getText()).containsIgnoringCase("barrier"));
        assertThat(text(By.cssSelector("p[role=status]"))).containsPattern("\\d+ events? with \\d+ matching article");
        screenshot("6-search");
        hits.getFirst().findElement(By.cssSelector("h2 a")).click();
        assertThat(driver.getCurrentUrl()).contains("/articles/");
    }

    @Test
    void hostileArticlesNeverRunScript() throws Exception {
        for (String path : List.of("/", Links.storyline("s<1>"), Links.event("e1"), Links.article("evil"),
                Links.article("evil2"), "/search?q=script+pwned&mode=text", "/search?q=pwned&mode=hybrid")) {
            open(hostile, path);
            assertNothingRan(path);
        }
        open(hostile, Links.article("evil"));
        // what a reader sees is the text itself
        assertThat(text(By.tagName("h1"))).isEqualTo("<img src=x onerror=\"" + PAYLOAD + "\"> headline");
        assertThat(text(By.cssSelector("div.body"))).contains("<script>" + PAYLOAD + "</script>");
        assertThat(text(By.cssSelector("dl.facts"))).contains("javascript:" + PAYLOAD, "not linked");
        driver.findElement(By.cssSelector("details.removed summary")).click();
        assertThat(text(By.cssSelector("details.removed"))).contains("<svg onload=");
        screenshot("7-hostile-article");
        assertThat(js("return document.querySelectorAll('a[href^=\"javascript\"]').length")).isEqualTo(0L);
        open(hostile, "/search?q=script+pwned&mode=text");
        assertThat(driver.findElements(By.cssSelector("ol.results mark"))).isNotEmpty();
        screenshot("8-hostile-search");
    }

    @Test
    void hostileMarkupIsEscapedOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/", Links.storyline("s<1>"), Links.event("e1"), Links.article("evil"),
                Links.article("evil2"), "/search?q=script+pwned&mode=text")) {
            String body = get(http, path).body();
            assertThat(body).as(path).doesNotContain("<script", "<img", "<svg onload", "<style", "<iframe", "<b ",
                    "href=\"javascript");
        }
        // JSON carries the text as data; the snippet, which is HTML, is escaped but for its marks
        HttpResponse<String> api = get(http, "/api/search?q=script+pwned&mode=text");
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var hits = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body()).get("hits");
        assertThat(hits).isNotEmpty();
        hits.forEach(h -> assertThat(h.get("snippet").asText().replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<", ">").contains("&lt;script&gt;"));
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hostile.port()
                + path.replace("<", "%3C").replace(">", "%3E"))).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- hostile content ----

    static Snapshot hostileSnapshot() {
        String text = "Intro <script>" + PAYLOAD + "</script> and <img src=x onerror=\"" + PAYLOAD + "\"> and "
                + "<style>body{display:none}</style> and <a href=\"javascript:" + PAYLOAD + "\">click</a> pwned.";
        Article evil = new Article("evil", "<img src=x onerror=\"" + PAYLOAD + "\"> headline", text, text,
                "<b onmouseover=\"" + PAYLOAD + "\">Src</b>", "javascript:" + PAYLOAD, "en\"><script>",
                new Origin("x.jsonl", 1),
                List.of(new RemovedSpan(0, 5, BoilerplateReason.DONATION_APPEAL, "<svg onload=\"" + PAYLOAD + "\">")),
                null, Dating.given(LocalDate.of(2024, 1, 2)), "h1", null);
        Article evil2 = new Article("evil2", "</title><script>" + PAYLOAD + "</script>", text, text, "Other",
                "https://example.org/\"onmouseover=\"" + PAYLOAD, "en", new Origin("x.jsonl", 2), List.of(), null,
                Dating.given(LocalDate.of(2024, 1, 3)), "h2", "evil", Derivation.nearCopyOf("evil", 0.9),
                List.of(), null);
        Event e = new Event("e1", List.of("evil", "evil2"), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
                "<script>" + PAYLOAD + "</script>", "<iframe src=javascript:" + PAYLOAD + ">",
                List.of("<b onmouseover=\"" + PAYLOAD + "\">Src</b>", "Other"));
        Event e2 = new Event("e2", List.of("plain"), LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 9), "Later",
                "", List.of());
        Article plain = new Article("plain", "Plain", "Nothing to see.", "Nothing to see.", "Wire", null, "en",
                new Origin("x.jsonl", 3), List.of(), null, Dating.given(LocalDate.of(2024, 1, 9)), "h3", null);
        return new Snapshot(List.of(evil, evil2, plain), List.of(e, e2),
                List.of(new Storyline("s<1>", "<style>*{color:red}</style>", List.of("e1", "e2"))));
    }

    // ---- helpers ----

    private void assertNothingRan(String path) {
        assertThatThrownBy(() -> driver.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
        assertThat(js("return typeof window.__pwned")).as(path).isEqualTo("undefined");
        assertThat(driver.getTitle()).as(path).isNotEqualTo("pwned");
        assertThat(js("return document.scripts.length")).as(path).isEqualTo(0L);
        assertThat(js("return document.querySelectorAll('[onerror],[onload],[onmouseover],style,iframe').length"))
                .as(path).isEqualTo(0L);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void open(WebServer s, String path) {
        driver.get("http://127.0.0.1:" + s.port() + path);
    }

    private String text(By by) {
        return driver.findElement(by).getText();
    }

    private void screenshot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
