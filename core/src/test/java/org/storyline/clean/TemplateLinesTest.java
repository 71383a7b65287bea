package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

class TemplateLinesTest {
    private static final String PROMO = "Harbor Wire is part of the Lowland Media river network";

    private static String article(String body, boolean shared) {
        return body + "\n\n" + (shared ? "The council meets again on Monday.\n\n" : "") + PROMO + "\n";
    }

    @Test
    void aShortLineInMostArticlesOfOneSourceIsTemplateAndRemovedWithItsReason() {
        TemplateLines t = TemplateLines.defaults();
        List<String> wire = List.of(
                article("The barrier failed on Sunday night.", true),
                article("Pilots walked out at dawn.", true),
                article("The museum reopened its east wing.", false),
                article("Heaters were recalled over a fire risk.", false));
        wire.forEach(text -> t.add("Harbor Wire", text));
        t.add("Other Post", article("A different outlet's story.", false));

        assertThat(t.of("Harbor Wire")).containsExactly("harbor wire is part of the lowland media river network");
        assertThat(t.of("Other Post")).as("too few articles to tell template from content").isEmpty();
        assertThat(t.of("Unknown")).isEmpty();

        TextCleaner cleaner = new TextCleaner(CleaningPolicy.defaults().toBuilder().lineRule(t.ruleFor("Harbor Wire")).build());
        CleanText clean = cleaner.clean(wire.get(0));
        assertThat(clean.text()).isEqualTo("The barrier failed on Sunday night.\n\nThe council meets again on Monday.");
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(BoilerplateReason.TEMPLATE_LINE);
        assertThat(clean.removed().get(0).text()).isEqualTo(PROMO);
        // the same line from a source where it is not a template stays
        TextCleaner other = new TextCleaner(CleaningPolicy.defaults().toBuilder().lineRule(t.ruleFor("Other Post")).build());
        assertThat(other.clean(article("A different outlet's story.", false)).text()).contains(PROMO);
    }

    @Test
    void longLinesAreNeverTemplates() {
        TemplateLines t = new TemplateLines(2, 0.5, 5);
        String longLine = "one two three four five six seven";
        t.add("S", longLine + "\nA");
        t.add("S", longLine + "\nB");
        assertThat(t.of("S")).isEmpty();
    }

    @Test
    void templatesFollowTheArticlesAddedAfterAnEarlierQuestion() {
        TemplateLines t = new TemplateLines(2, 0.5, 5);
        t.add("S", "Follow us\nA");
        assertThat(t.of("S")).isEmpty();
        t.add("S", "Follow us\nB");
        assertThat(t.of("S")).containsExactly("follow us");
        t.add("S", "C");
        t.add("S", "D");
        t.add("S", "E");
        assertThat(t.of("S")).as("2 of 5 articles is under half").isEmpty();
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new TemplateLines(1, 0.5, 10)).hasMessageContaining("minArticles");
        assertThatThrownBy(() -> new TemplateLines(3, 0, 10)).hasMessageContaining("minShare");
        assertThatThrownBy(() -> new TemplateLines(3, 0.5, 0)).hasMessageContaining("maxWords");
    }
}
