package org.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.model.AlignedPassage;
import org.storyline.text.Terms;

/** Sentence alignment and the rewrite / independent / unrelated verdict on small fixtures. */
class RewriteDetectionTest {
    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
    private static final Terms TERMS = new Terms();

    static final String WIRE = "Heavy rain pushed the river Wend over its banks on Tuesday night, flooding Marlow Cross. "
            + "About 340 households were evacuated before dawn, the county emergency office said. "
            + "Firefighters used boats to reach residents trapped on Mill Street. "
            + "The river peaked at 4.8 metres shortly after midnight, the highest level since 1921. "
            + "Mayor Ines Valdt said the flood barrier had been raised in time but was overtopped within an hour. "
            + "Schools in the district will stay closed until Friday.";

    /** The wire story spun: synonyms swapped in, two sentences moved (paraphrase-like reordering). */
    static final String SPUN = "Torrential rain drove the river Wend over its banks on Tuesday night, inundating Marlow "
            + "Cross. Roughly 340 households were moved out before dawn, the county emergency office stated. "
            + "The river crested at 4.8 metres soon after midnight, the greatest level since 1921. "
            + "Fire crews used boats to get to residents stuck on Mill Street. "
            + "Mayor Ines Valdt stated the flood barrier had been lifted on time but was overwhelmed within an hour. "
            + "District schools will remain shut until Friday.";

    /** The same flood, reported independently by another outlet. */
    static final String INDEPENDENT = "Residents of Marlow Cross spent Wednesday clearing mud from their kitchens. "
            + "\"We lost everything on the ground floor,\" said Petra Hollin, 62, who has lived on Mill Street for thirty "
            + "years. Insurers expect claims to run into the millions. The regional government promised emergency "
            + "grants of up to 5,000 euros per household. Critics say warnings about the barrier were ignored for a "
            + "decade.";

    static final String UNRELATED = "The city council approved a budget of 212 million for next year after a six-hour "
            + "debate on Monday. Spending on public transport rises by eight percent. Opposition members criticised "
            + "the plan to sell two municipal car parks. Property taxes stay at their current level.";

    private final RewriteDetector detector = new RewriteDetector(RewriteSettings.defaults(), EMBEDDER, TERMS);

    @Test
    void aParaphraseWithReorderedSentencesIsAlignedMonotonicallyAndIsARewrite() {
        RewriteDetector.Link l = detector.compare("wire", WIRE, "spun", SPUN);
        assertThat(l.verdict()).isEqualTo(PairVerdict.REWRITE);
        Alignment a = l.alignment();
        assertThat(a.passages()).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < a.passages().size(); i++) {
            AlignedPassage p = a.passages().get(i - 1);
            AlignedPassage q = a.passages().get(i);
            assertThat(q.aSentence()).isGreaterThan(p.aSentence());
            assertThat(q.bSentence()).isGreaterThan(p.bSentence());
        }
        // the moved sentence cannot be aligned monotonically: order agreement below 1
        assertThat(a.orderAgreement()).isLessThan(1.0).isGreaterThan(0.5);
        assertThat(a.coverageA()).isGreaterThan(0.5);
        assertThat(a.coverageB()).isGreaterThan(0.5);
        assertThat(a.factOverlap()).isGreaterThan(0.8);
        assertThat(a.rewriteScore()).isBetween(RewriteSettings.defaults().rewriteThreshold(), 1.0);
        assertThat(a.lexicalOverlap()).isGreaterThan(0.2);
        AlignedPassage first = a.passages().get(0);
        assertThat(WIRE.substring(first.aStart(), first.aEnd())).startsWith("Heavy rain");
        assertThat(SPUN.substring(first.bStart(), first.bEnd())).startsWith("Torrential rain");
    }

    @Test
    void anIndependentReportOfTheSameEventIsNoRewrite() {
        RewriteDetector.Link l = detector.compare("wire", WIRE, "other", INDEPENDENT);
        assertThat(l.verdict()).isNotEqualTo(PairVerdict.REWRITE);
        assertThat(l.alignment().rewriteScore()).isLessThan(RewriteSettings.defaults().rewriteThreshold());
        assertThat(l.alignment().lexicalOverlap()).isLessThan(0.5);
        RewriteDetector.Link u = detector.compare("wire", WIRE, "budget", UNRELATED);
        assertThat(u.verdict()).isEqualTo(PairVerdict.UNRELATED);
        assertThat(u.alignment().similarity()).isLessThan(l.alignment().similarity() + 0.1);
    }

    @Test
    void candidatesAreBoundedAndFindTheRewrite() {
        List<RewriteCandidates.Doc> docs = List.of(
                new RewriteCandidates.Doc("wire", WIRE, null, null, true),
                new RewriteCandidates.Doc("spun", SPUN, null, null, true),
                new RewriteCandidates.Doc("budget", UNRELATED, null, null, true));
        List<RewriteDetector.Link> links = detector.detect(docs);
        assertThat(links).anySatisfy(l -> {
            assertThat(List.of(l.a(), l.b())).containsExactlyInAnyOrder("wire", "spun");
            assertThat(l.verdict()).isEqualTo(PairVerdict.REWRITE);
        });
        assertThat(links).noneMatch(l -> l.verdict() == PairVerdict.REWRITE
                && (l.a().equals("budget") || l.b().equals("budget")));
        // dated too far apart: never compared
        List<RewriteCandidates.Doc> apart = List.of(
                new RewriteCandidates.Doc("wire", WIRE, java.time.LocalDate.of(2024, 1, 1),
                        java.time.LocalDate.of(2024, 1, 1), true),
                new RewriteCandidates.Doc("spun", SPUN, java.time.LocalDate.of(2024, 3, 1),
                        java.time.LocalDate.of(2024, 3, 1), true));
        assertThat(detector.detect(apart)).isEmpty();
    }

    @Test
    void emptyOneWordAndIdenticalTextsAreHandled() {
        assertThat(detector.compare("e", "", "f", WIRE).verdict()).isNotEqualTo(PairVerdict.REWRITE);
        assertThat(detector.compare("e", "", "f", "").alignment().passages()).isEmpty();
        assertThat(detector.compare("w", "Flood", "x", "Flood").alignment().similarity()).isBetween(0.0, 1.0);
        RewriteDetector.Link same = detector.compare("a", WIRE, "b", WIRE);
        assertThat(same.verdict()).isEqualTo(PairVerdict.REWRITE);
        assertThat(same.alignment().similarity()).isGreaterThan(0.95);
    }

    @Test
    void aOneMegabyteTextTakesBoundedTime() {
        String huge = (WIRE + " ").repeat(1_000_000 / (WIRE.length() + 1) + 1);
        assertThat(huge.length()).isGreaterThan(1_000_000);
        long t0 = System.nanoTime();
        RewriteDetector.Link l = detector.compare("huge", huge, "spun", SPUN);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(60));
        assertThat(l.alignment().passages().size()).isLessThanOrEqualTo(RewriteSettings.defaults().maxSentences());
    }
}
