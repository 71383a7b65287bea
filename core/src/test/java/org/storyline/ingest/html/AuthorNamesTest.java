package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void splitsBylinesIntoNames() {
        assertThat(AuthorNames.split("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(AuthorNames.split("Von Anna Schmidt, Ben Meier und Cem Yilmaz"))
                .containsExactly("Anna Schmidt", "Ben Meier", "Cem Yilmaz");
        assertThat(AuthorNames.split("Elena Oberholzer (obe); Oliver Maksan (oma)"))
                .containsExactly("Elena Oberholzer", "Oliver Maksan");
        assertThat(AuthorNames.split("신현주 기자")).containsExactly("신현주");
        assertThat(AuthorNames.split("srf/hosb")).containsExactly("srf/hosb");
    }

    @Test
    void dropsWhatIsNotAName() {
        assertThat(AuthorNames.split("https://example.org/authors/jane")).isEmpty();
        assertThat(AuthorNames.split("Name *")).isEmpty();
        assertThat(AuthorNames.split("By")).isEmpty();
        assertThat(AuthorNames.split("Stephanie Bazzle June 19, 2023")).containsExactly("Stephanie Bazzle");
    }

    @Test
    void keepsPageOrderWithoutDuplicates() {
        assertThat(AuthorNames.split(List.of("Li Wei", "Ana Ruiz, Li Wei"))).containsExactly("Li Wei", "Ana Ruiz");
    }
}
