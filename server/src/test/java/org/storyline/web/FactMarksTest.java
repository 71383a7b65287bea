package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.Dating;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.RemovedSpan;

class FactMarksTest {
    private static final String REMOVED = "Support us today!\n\n";
    private static final String KEPT = "Alice Smith said \"we will <b>rebuild</b> in Paris\" on Monday.\n\nBob agreed.";
    private static final String ORIGINAL = REMOVED + KEPT;

    private final ObjectMapper json = new ObjectMapper();

    /** An article whose cleaning removed the first line: its cleaned text starts at the original's offset 19. */
    private static Article article() {
        OffsetMap map = OffsetMap.builder().add(0, REMOVED.length(), KEPT.length()).build();
        return new Article("a1", "T", ORIGINAL, KEPT, "Wire", null, "en", new Origin("x.jsonl", 1),
                List.of(new RemovedSpan(0, REMOVED.length(), BoilerplateReason.DONATION_APPEAL, REMOVED)), map,
                Dating.undated(), "h", null);
    }

    private static String span(String kind, String text, String extra) {
        int start = ORIGINAL.indexOf(text);
        return "{\"start\":" + start + ",\"end\":" + (start + text.length()) + ",\"text\":\"" + text.replace("\"",
                "\\\"") + "\"" + extra + "}";
    }

    private JsonNode facts() throws Exception {
        String quote = "\"we will <b>rebuild</b> in Paris\"";
        return json.readTree("{\"id\":\"a1\",\"entities\":["
                + span("e", "Support", ",\"type\":\"PER\",\"entity\":\"per:support\"") + ","
                + span("e", "Alice Smith", ",\"type\":\"PER\",\"entity\":\"per:alice-smith\"") + ","
                + span("e", "Paris", ",\"type\":\"LOC\",\"entity\":\"loc:paris\"") + ","
                // crosses the removed boilerplate into the text: left out
                + "{\"start\":10,\"end\":" + (REMOVED.length() + 5) + ",\"text\":\"x\",\"type\":\"ORG\"}"
                + "],\"timexes\":[" + span("t", "Monday", ",\"type\":\"DATE\",\"value\":\"2024-01-01\"")
                // crosses the quote's end: left out
                + "," + span("t", "Paris\" on", ",\"type\":\"DATE\",\"value\":\"X\"")
                + "],\"quantities\":[],\"quotes\":[" + span("q", quote, ",\"speaker\":\"Alice <i>Smith</i>\"")
                + "]}");
    }

    @Test
    void factsMapToTheCleanedTextAndNest() throws Exception {
        Article a = article();
        List<FactMarks.Mark> marks = FactMarks.of(a, facts(), Coverage.none());
        assertThat(marks).extracting(m -> KEPT.substring(m.start(), m.end()))
                .containsExactly("Alice Smith", "\"we will <b>rebuild</b> in Paris\"", "Paris", "Monday");
        assertThat(marks).extracting(FactMarks.Mark::kind).containsExactly(FactMarks.Kind.PERSON,
                FactMarks.Kind.QUOTE, FactMarks.Kind.LOCATION, FactMarks.Kind.DATE);
        assertThat(marks.get(3).title()).isEqualTo("DATE 2024-01-01");
        assertThat(marks).allMatch(m -> m.href() == null); // no entities file: nothing to link to
    }

    @Test
    void marksAreWrittenEscapedInParagraphs() throws Exception {
        Article a = article();
        Html h = new Html();
        FactMarks.paragraphs(h, a.body(), FactMarks.of(a, facts(), Coverage.none()));
        assertThat(h.toString()).isEqualTo("<p><mark class=\"f-per\" title=\"Alice Smith (PER)\">Alice Smith</mark>"
                + " said <mark class=\"f-quote\" title=\"quote by Alice &lt;i&gt;Smith&lt;/i&gt;\">&quot;we will "
                + "&lt;b&gt;rebuild&lt;/b&gt; in <mark class=\"f-loc\" title=\"Paris (LOC)\">Paris</mark>&quot;"
                + "</mark> on <mark class=\"f-date\" title=\"DATE 2024-01-01\">Monday</mark>.</p><p>Bob agreed.</p>");
    }

    @Test
    void aQuoteOverTwoParagraphsIsMarkedInBoth() {
        String text = "She said: \u201cWe will rebuild.\n\nAnd Paris will help.\u201d Then she left.";
        int qs = text.indexOf('\u201c');
        int qe = text.indexOf('\u201d') + 1;
        int ps = text.indexOf("Paris");
        List<FactMarks.Mark> marks = List.of(new FactMarks.Mark(qs, qe, FactMarks.Kind.QUOTE, "quote by She", null),
                new FactMarks.Mark(ps, ps + 5, FactMarks.Kind.LOCATION, "Paris (LOC)", null));
        Html h = new Html();
        FactMarks.paragraphs(h, text, marks);
        assertThat(h.toString()).isEqualTo("<p>She said: <mark class=\"f-quote\" title=\"quote by She\">\u201cWe will "
                + "rebuild.</mark></p><p><mark class=\"f-quote\" title=\"quote by She\">And <mark class=\"f-loc\" "
                + "title=\"Paris (LOC)\">Paris</mark> will help.\u201d</mark> Then she left.</p>");
    }

    @Test
    void withoutFactsTheTextIsThePlainParagraphs() {
        Html marked = new Html();
        FactMarks.paragraphs(marked, "One\nline.\n\n\nTwo <x>.", List.of());
        Html plain = new Html();
        Layout.paragraphs(plain, "One\nline.\n\n\nTwo <x>.", null);
        assertThat(marked.toString()).isEqualTo(plain.toString()).isEqualTo("<p>One<br>line.</p><p>Two &lt;x&gt;.</p>");
    }
}
