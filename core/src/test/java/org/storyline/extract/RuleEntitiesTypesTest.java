package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FAST entity types from gazetteers and context. */
class RuleEntitiesTypesTest {
    private final RuleEntities rules = new RuleEntities(new Gazetteer());

    @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        // a place written in capitals (datelines, headlines) is looked up in title case
        "LONDON 1996-08-22 Shares fell on Thursday.                  | LONDON       | LOC",
        "The talks in NEW YORK ended early, officials said.           | NEW YORK     | LOC",
        // an unknown name after "in", "near"… is a place
        "Fighting broke out near Tavildara on Monday.                 | Tavildara    | LOC",
        "Kurdish rebels took control in Arbil last week.              | Arbil        | LOC",
        // organizations known by name alone, unless a given name opens the sequence
        "The figures were compiled by Reuters from brokers.           | Reuters      | ORG",
        "Analysts said Samsung would report a loss on Friday.         | Samsung      | ORG",
        "The Federal Reserve left rates unchanged.                    | Federal Reserve | ORG",
        "In 1903 Henry Ford founded the company.                      | Henry Ford   | PER",
    })
    void typed(String text, String name, EntityType type) {
        List<EntityMention> found = rules.find(text);
        assertThat(found).filteredOn(m -> m.text().equals(name)).extracting(EntityMention::type).containsExactly(type);
    }
}
