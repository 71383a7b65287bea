package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class FeedInputTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Courier</title><link>https://courier.example/</link><language>en</language>
            <item><title>Storm hits the coast</title><link>https://courier.example/news/storm-hits-the-coast?cmp=rss</link>
              <pubDate>Wed, 27 Dec 2023 23:30:00 -0500</pubDate>
              <dc:creator>Ana Ruiz</dc:creator><dc:creator>Li Wei</dc:creator>
              <description><![CDATA[<p>The sea came over the walls.</p><p>Hundreds of homes flooded.</p>]]></description>
            </item>
            <item><title>Bridge reopens</title><link>https://courier.example/bridge</link>
              <pubDate>Thu, 28 Dec 2023 09:00:00 +0000</pubDate>
              <description>Traffic is back on the bridge.</description>
            </item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="mul"><title>Many</title><id>urn:x</id>
            <updated>2024-01-02T00:00:00Z</updated>
            <entry xml:lang="de"><title>Sturm an der Küste</title><link href="https://kurier.example/sturm"/>
              <id>https://kurier.example/sturm</id><published>2024-01-02T00:30:00+01:00</published>
              <updated>2024-01-03T00:00:00Z</updated><author><name>Eva Berg</name></author>
              <summary type="text">Das Meer kam über die Mauern.</summary></entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void eachRssItemIsAnArticle() {
        Path feed = write(dir, "courier.xml", RSS);

        Fixtures.Run run = read(feed);

        assertThat(run.problems()).isEmpty();
        assertThat(run.ids()).containsExactly("courier.example-news-storm-hits-the-coast-cmp-rss", "courier.example-bridge");
        RawArticle storm = run.articles().getFirst();
        assertThat(storm.title()).isEqualTo("Storm hits the coast");
        assertThat(storm.text()).isEqualTo("The sea came over the walls.\n\nHundreds of homes flooded.");
        assertThat(storm.published()).isEqualTo(LocalDate.of(2023, 12, 27)); // the publisher's day, not UTC's
        assertThat(storm.dateEvidence()).isEqualTo("feed pubDate \"Wed, 27 Dec 2023 23:30:00 -0500\"");
        assertThat(storm.authors()).containsExactly("Ana Ruiz", "Li Wei");
        assertThat(storm.lang()).isEqualTo("en");
        assertThat(storm.url()).isEqualTo("https://courier.example/news/storm-hits-the-coast?cmp=rss");
        assertThat(storm.origin()).isEqualTo(new Origin(feed.toString(), 1));
    }

    @Test
    void atomEntriesKeepTheirOwnLanguage() {
        RawArticle a = read(write(dir, "many.atom", ATOM)).only();

        assertThat(a.title()).isEqualTo("Sturm an der Küste");
        assertThat(a.lang()).isEqualTo("de");
        assertThat(a.authors()).containsExactly("Eva Berg");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(a.text()).isEqualTo("Das Meer kam über die Mauern.");
    }

    @Test
    void aPageInTheInputWinsOverItsItemAndTakesTheMetadataItLacks() {
        // the page has no date and no author; the feed link carries a tracking parameter
        String page = Pages.bare("Storm").replace("<html>",
                "<html><head><link rel=canonical href=\"https://courier.example/news/storm-hits-the-coast\"></head>");
        write(dir, "in/a-storm.html", page);
        write(dir, "in/feed.xml", RSS); // sorted after the page, read before it

        Fixtures.Run run = read(dir.resolve("in"));

        assertThat(run.problems()).isEmpty();
        assertThat(run.ids()).containsExactly("a-storm", "courier.example-bridge");
        RawArticle storm = run.articles().getFirst();
        assertThat(storm.text()).startsWith(Pages.paragraph("Storm", 1));
        assertThat(storm.title()).isEqualTo("Storm hits the coast");
        assertThat(storm.authors()).containsExactly("Ana Ruiz", "Li Wei");
        assertThat(storm.published()).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(storm.dateEvidence()).startsWith("feed pubDate");
    }

    @Test
    void aFeedThatIsNotWellFormedIsReportedWithItsLineAndItsItemsAreRecovered() {
        String broken = RSS.replace("<title>Bridge reopens</title>", "<title>Bridge & reopens</titel>");
        Path feed = write(dir, "courier.rss", broken);

        Fixtures.Run run = read(feed);

        assertThat(run.articles()).extracting(RawArticle::title).contains("Storm hits the coast");
        assertThat(run.problems()).extracting(IngestProblem::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(run.messages().getFirst()).startsWith(feed + ": invalid XML at line 9, column ");
        assertThat(run.messages().get(1)).isEqualTo(feed + ": recovered 2 item(s) from the damaged feed");
    }

    @Test
    void xmlThatIsNotAFeedIsAnErrorAndTheRestIsRead() {
        Path notFeed = write(dir, "in/a.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><nochannel/></rss>");
        write(dir, "in/b.html", Pages.bare("Beta"));

        Fixtures.Run run = read(dir.resolve("in"));

        assertThat(run.ids()).containsExactly("b");
        assertThat(run.messages()).hasSize(1);
        assertThat(run.messages().getFirst()).startsWith(notFeed + ": not an RSS or Atom feed (");
    }

    @Test
    void aDoctypeIsRefusedNotExpanded() {
        String xxe = RSS.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("Storm hits the coast", "&x;");

        Fixtures.Run run = read(write(dir, "evil.xml", xxe));

        assertThat(run.articles()).extracting(RawArticle::text).noneMatch(t -> t.contains("root:"));
        assertThat(run.messages().getFirst()).contains("invalid XML");
    }

    @Test
    void aFeedWithoutItemsIsAWarning() {
        Path feed = write(dir, "empty.xml", "<rss version=\"2.0\"><channel><title>x</title><link>https://x.example/</link>"
                + "<description>d</description></channel></rss>");

        Fixtures.Run run = read(feed);

        assertThat(run.articles()).isEmpty();
        assertThat(run.messages()).containsExactly(feed + ": feed without items");
        assertThat(run.summary().skipped()).isEqualTo(Map.of());
        assertThat(List.of(run.summary().filesRead())).containsExactly(1);
    }
}
