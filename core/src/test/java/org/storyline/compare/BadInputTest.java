package org.storyline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.storyline.extract.FactMode;
import org.storyline.model.Article;
import org.storyline.summarize.EventSummarizer;
import org.storyline.summarize.SummaryLength;
import org.storyline.summarize.SummarySentence;
import org.storyline.text.Terms;

class BadInputTest {
    private static final Terms TERMS = new Terms();

    @AfterAll
    static void close() {
        TERMS.close();
    }

    private static EventMaterial material(List<Article> articles) {
        return material(articles, ExtractedFactSource.of(articles, FactMode.FAST));
    }

    private static EventMaterial material(List<Article> articles, FactSource facts) {
        return EventMaterial.of(articles, Families.byDuplicateOf(), facts, TERMS,
                CompareLimits.defaults());
    }

    @Test
    void anEventOfOneArticleHasNothingToCompareButASummary() {
        EventMaterial m = material(List.of(CompareFixtures.article("c3", "x", CompareFixtures.INDEPENDENT)));
        Comparison c = EventComparer.defaults().compare("E", m);
        assertThat(c.families()).isEqualTo(1);
        assertThat(c.agreements()).isEmpty();
        assertThat(c.contradictions()).isEmpty();
        assertThat(c.exclusive()).isEmpty();
        assertThat(c.omissions()).isEmpty();
        assertThat(c.framing()).hasSize(1);
        List<SummarySentence> s = EventSummarizer.defaults().summarize(m, SummaryLength.sentences(2));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).text()).isNotEqualTo(s.get(1).text());
    }

    @Test
    void anEventOfFiveThousandArticlesTakesBoundedTime() {
        List<Article> many = new ArrayList<>();
        String[] towns = {"Averly", "Brinmoor", "Calder", "Dunhollow", "Eskerby"};
        for (int i = 0; i < 5000; i++) {
            String town = towns[i % towns.length];
            many.add(CompareFixtures.article(String.format("a%04d", i), "s" + (i % 37),
                    "The council of " + town + " said " + (1000 + i % 13 * 250) + " people attended the meeting on"
                            + " Monday. Residents of " + town + " asked for a new bridge over the river. "
                            + "Report number " + i + " was filed by the town clerk."));
        }
        FactSource facts = ExtractedFactSource.of(many, FactMode.FAST); // the analysis extracts facts beforehand
        Comparison c = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            EventMaterial m = material(many, facts);
            assertThat(EventSummarizer.defaults().summarize(m, SummaryLength.defaults())).isNotEmpty();
            return EventComparer.defaults().compare("E", m);
        });
        assertThat(c.families()).isEqualTo(CompareLimits.defaults().maxFamilies());
        assertThat(c.agreements()).isNotEmpty();
    }

    @Test
    void articlesInTwoLanguagesGiveAUsefulResult() {
        Article es = CompareFixtures.article("es1", "diario", "Funcionarios de Estados Unidos se reunieron con el "
                + "presidente Andrés Manuel López Obrador el miércoles. Unos 10.000 migrantes cruzan la frontera cada "
                + "día. “Estamos trabajando juntos”, dijo el canciller.");
        Article en = CompareFixtures.article("c3", "independent", CompareFixtures.INDEPENDENT);
        EventMaterial m = material(List.of(es, en));
        Comparison c = EventComparer.defaults().compare("E", m);
        assertThat(c.families()).isEqualTo(2);
        assertThat(c.framing()).extracting(SourceFraming::article).containsExactly("c3", "es1");
        List<SummarySentence> s = EventSummarizer.defaults().summarize(m, SummaryLength.sentences(2));
        assertThat(s).extracting(SummarySentence::article).containsExactlyInAnyOrder("c3", "es1");
    }
}
