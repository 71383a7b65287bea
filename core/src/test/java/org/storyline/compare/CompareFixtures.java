package org.storyline.compare;

import java.time.LocalDate;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Derivation;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/** A small event written for these tests: an original, its copy, a paraphrase and an independent report. */
final class CompareFixtures {
    static final String ORIGINAL = "Secretary of State Anthony Blinken and Homeland Security Secretary Alejandro "
            + "Mayorkas traveled to Mexico City on Wednesday to meet President Andrés Manuel López Obrador. "
            + "Border Patrol agents processed nearly 50,000 migrants who entered the country illegally in a week. "
            + "This month, 10,000 migrants were apprehended daily at the southern border. "
            + "“We are working together to manage the flows in the region,” Blinken said. "
            + "Mexico's president said he wants more aid for the region and fewer sanctions on Cuba.";
    static final String PARAPHRASE = "Secretary of State Antony Blinken and Homeland Security Secretary Alejandro "
            + "Mayorkas went to Mexico City on Wednesday for a meeting with President Andrés Manuel López Obrador. "
            + "Border Patrol agents reported processing 49,800 migrants who entered the country illegally in a week. "
            + "This month alone, up to 10,000 migrants were apprehended daily at the southern border. "
            + "“We are working together to manage the flows in the region,” Mayorkas said. "
            + "The Mexican president asked for more aid to the region and an easing of sanctions on Cuba.";
    static final String INDEPENDENT = "U.S. officials met Mexican President Andrés Manuel López Obrador on "
            + "Wednesday to discuss the surge of illegal aliens at the southern border. "
            + "Illegal crossings had increased to about 10,000 people per day. "
            + "Border Patrol agents processed 75,000 migrants who entered the country illegally in a week. "
            + "The rail closures caused economic losses exceeding $200 million per day, according to Union Pacific. "
            + "Mexico reports that 680,000 people traveled through the country in the first 11 months of the year. "
            + "White House spokesman John Kirby said, “Their visit will really be about getting at the migratory flows.”";

    private CompareFixtures() {}

    static Article article(String id, String source, String text) {
        Article a = Article.of(new RawArticle(id, "Title of " + id, text, LocalDate.of(2023, 12, 28), source, null,
                "en", new Origin("test", 1)));
        return a.withClean(CleanText.unchanged(text));
    }

    /** o1 (original), o1c (exact copy of o1), p2 (paraphrase of o1), c3 (independent report). */
    static List<Article> event() {
        return List.of(article("o1", "wire", ORIGINAL),
                article("o1c", "reprint", ORIGINAL).withDuplicateOf("o1").withDerivation(Derivation.copyOf("o1")),
                article("p2", "rewriter", PARAPHRASE),
                article("c3", "independent", INDEPENDENT));
    }
}
