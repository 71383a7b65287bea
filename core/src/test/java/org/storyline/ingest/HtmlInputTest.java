package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.bytes;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;
import static org.storyline.ingest.Pages.paragraph;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class HtmlInputTest {

    @TempDir
    Path dir;

    @Test
    void anHtmlFileIsOneArticleWithItsMetadata() {
        Path file = write(dir, "storm-2024.html", Pages.page("Storm", "https://courier.example/news/storm"));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        RawArticle a = run.only();
        assertThat(a.id()).isEqualTo("storm-2024");
        assertThat(a.title()).isEqualTo("Storm");
        assertThat(a.text()).isEqualTo(String.join("\n\n", paragraph("Storm", 1), paragraph("Storm", 2),
                paragraph("Storm", 3)));
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(a.dateEvidence()).isEqualTo("<meta article:published_time> \"2024-03-05T08:00:00+01:00\"");
        assertThat(a.authors()).containsExactly("Ana Ruiz");
        assertThat(a.source()).isEqualTo("Courier");
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.url()).isEqualTo("https://courier.example/news/storm");
        assertThat(a.origin()).isEqualTo(new Origin(file.toString(), 0));
        assertThat(run.summary().filesRead()).isEqualTo(1);
    }

    @Test
    void whatThePageDoesNotSayIsCompletedFromItsUrlAndText() {
        String html = Pages.bare("Flood").replace("<html>",
                "<html><head><link rel=canonical href=\"https://www.courier.example/2023/12/27/flood\"></head>");
        Path file = write(dir, "flood.htm", html);

        RawArticle a = read(file).only();

        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(a.dateEvidence()).isEqualTo("URL /2023/12/27/");
        assertThat(a.source()).isEqualTo("courier.example");
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.title()).isNull();
    }

    @Test
    void theContentDecidesTheFormatWhateverTheName() {
        write(dir, "in/a-page.txt", Pages.page("Alpha", "https://courier.example/a"));
        write(dir, "in/b-page.php", Pages.page("Beta", "https://courier.example/b"));
        write(dir, "in/c-page.html.gz", gzip(Pages.page("Gamma", "https://courier.example/c")));
        write(dir, "in/notes.md", "# just notes, not an input");

        Fixtures.Run run = read(dir.resolve("in"));

        assertThat(run.problems()).isEmpty();
        assertThat(run.ids()).containsExactly("a-page", "b-page", "c-page");
        assertThat(run.articles()).extracting(RawArticle::title).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(run.summary().ignoredFiles()).isEqualTo(1);
    }

    @Test
    void aPageThatIsValidUtf8IsUtf8WhateverItDeclares() {
        String html = Pages.bare("Café").replace("<html>", "<html><head><meta charset=\"iso-8859-1\"></head>");
        Path file = write(dir, "a.html", html.getBytes(UTF_8));

        Fixtures.Run run = read(file);

        assertThat(run.only().text()).contains("about Café:");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.WARNING);
        assertThat(run.onlyProblem().message()).isEqualTo("declares charset iso-8859-1 but is valid UTF-8; read as UTF-8");
    }

    @Test
    void aByteOrderMarkDecides() {
        byte[] body = Pages.bare("Łódź").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Path file = write(dir, "a.html", withBom);

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.only().text()).contains("about Łódź:");
    }

    @Test
    void aDeclaredSingleByteCharsetIsUsedWhenTheBytesAreNotUtf8() {
        String html = Pages.bare("Straße").replace("<html>", "<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=windows-1252\"></head>");
        Path file = write(dir, "a.html", html.getBytes(Charset.forName("windows-1252")));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.only().text()).contains("about Straße:");
    }

    @Test
    void aMultiByteDeclaredCharsetIsUsed() {
        String html = Pages.bare("東京の天気").replace("<html>", "<html><head><meta charset=\"Shift_JIS\"></head>");
        Path file = write(dir, "a.html", html.getBytes(Charset.forName("Shift_JIS")));

        assertThat(read(file).only().text()).contains("about 東京の天気:");
    }

    @Test
    void aPageThatLiesAboutBeingUtf8IsReadAsWindows1252WithAWarning() {
        String html = Pages.bare("Zürich").replace("<html>", "<html><head><meta charset=\"utf-8\"></head>");
        byte[] latin1 = html.getBytes(Charset.forName("windows-1252"));
        Path file = write(dir, "a.html", latin1);

        Fixtures.Run run = read(file);

        assertThat(run.only().text()).contains("about Zürich:");
        int offset = html.indexOf('ü');
        assertThat(run.onlyProblem().message()).isEqualTo("declares UTF-8 but is not valid UTF-8 (at byte offset "
                + offset + "); read as windows-1252");
    }

    @Test
    void aBinaryFileWithAnHtmlNameIsSkippedAndTheRestIsRead() {
        Path binary = write(dir, "in/a.html", bytes("\\x89PNG\\x0d\\x0a\\x1a\\x0a\\x00\\x00\\x00\\x0dIHDR\\x00\\x01"));
        write(dir, "in/b.html", Pages.page("Beta", "https://courier.example/b"));

        Fixtures.Run run = read(dir.resolve("in"));

        assertThat(run.ids()).containsExactly("b");
        assertThat(run.messages()).containsExactly(binary + ": binary content (NUL byte at byte offset 8), not HTML; skipped");
        assertThat(run.summary().skipped()).isEqualTo(Map.of("binary content", 1L));
    }

    @Test
    void aPageOverTheSizeLimitIsSkippedWithoutLoadingIt() {
        String big = Pages.page("Big", "https://courier.example/big").replace("</article>",
                "<p>" + "x".repeat(3000) + "</p></article>");
        Path large = write(dir, "in/a-large.html", big);
        write(dir, "in/b-small.html", Pages.bare("Small"));

        Fixtures.Run run = read(new InputReader(1 << 20, 2048), dir.resolve("in"));

        assertThat(run.ids()).containsExactly("b-small");
        assertThat(run.messages()).containsExactly(large + ": page larger than 2048 bytes; skipped");
        assertThat(run.summary().skipped()).isEqualTo(Map.of("page too large", 1L));
    }

    @Test
    void aFiftyMegabytePageIsRefusedByTheDefaultLimit() throws java.io.IOException {
        Path huge = dir.resolve("in/a-huge.html");
        java.nio.file.Files.createDirectories(huge.getParent());
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(huge)) {
            out.write("<html><body><p>".getBytes(UTF_8));
            byte[] chunk = "All work and no play makes a very long page. ".repeat(1000).getBytes(UTF_8);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        write(dir, "in/b.html", Pages.bare("Small"));

        Fixtures.Run run = read(dir.resolve("in"));

        assertThat(run.ids()).containsExactly("b");
        assertThat(run.messages()).containsExactly(huge + ": page larger than 16 MiB; skipped");
    }

    @Test
    void aTruncatedGzipPageIsSkipped() {
        byte[] whole = gzip(Pages.page("Cut", "https://courier.example/cut"));
        Path file = write(dir, "a.html.gz", Arrays.copyOf(whole, whole.length / 2));

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().message()).isEqualTo("truncated gzip; the page is incomplete and is skipped");
    }

    @Test
    void truncatedMarkupIsRepairedAndRead() {
        String html = Pages.page("Cut", "https://courier.example/cut");
        Path file = write(dir, "a.html", html.substring(0, html.indexOf("</p><p>Paragraph 3")) + "<p>And then the fi");

        RawArticle a = read(file).only();

        assertThat(a.text()).startsWith(paragraph("Cut", 1)).contains(paragraph("Cut", 2));
    }

    @Test
    void aPageWithoutArticleTextIsAnErrorNotAnEmptyArticle() {
        Path file = write(dir, "menu.html", "<html><body><nav><a href=/a>A</a> <a href=/b>B</a></nav></body></html>");

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ": no article text found in the page; skipped");
    }

    @Test
    void aJsonlRecordMayCarryHtmlWithItsOwnFieldsOnTop() {
        String page = Pages.page("Storm", "https://courier.example/storm").replace("\"", "\\\"").replace("\n", "\\n");
        Path file = write(dir, "a.jsonl", Fixtures.jsonl(
                "{\"id\":\"s1\",\"html\":\"" + page + "\",\"title\":\"Given title\",\"authors\":[\"Bo Li\"]}",
                "{\"id\":\"s2\",\"html\":\"<p>menu</p>\"}"));

        Fixtures.Run run = read(file);

        RawArticle a = run.only();
        assertThat(a.id()).isEqualTo("s1");
        assertThat(a.title()).isEqualTo("Given title");
        assertThat(a.authors()).containsExactly("Bo Li");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(a.text()).startsWith(paragraph("Storm", 1));
        assertThat(run.messages()).containsExactly(
                file + ":2: no article text found in the page in \"html\" (id s2); record skipped");
    }

    @Test
    void jsonlAuthorsMayBeAListOrOneName() {
        Path file = write(dir, "a.jsonl", Fixtures.jsonl(
                "{\"id\":\"a\",\"text\":\"x\",\"authors\":[\"Ann\",\"Bo\"]}",
                "{\"id\":\"b\",\"text\":\"y\",\"authors\":\"Cy\"}",
                "{\"id\":\"c\",\"text\":\"z\",\"authors\":7}"));

        Fixtures.Run run = read(file);

        assertThat(run.articles()).extracting(RawArticle::authors)
                .containsExactly(List.of("Ann", "Bo"), List.of("Cy"), List.of());
        assertThat(run.messages()).containsExactly(file + ":3: \"authors\" is not an array of strings but a number; ignored");
    }
}
