package org.storyline.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateStringsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023-12-27", "2023-12-27T23:30:00-05:00", "2023-12-27T10:00:00.123Z",
        "2023-12-27 10:00", "2023/12/27", "20231227", "Wed, 27 Dec 2023 10:00:00 +0100", "27.12.2023, 10:00 Uhr",
        "December 27, 2023", "Dec. 27th, 2023", "27 December 2023", "27. Dezember 2023", "1703674800"})
    void readsTheDayAsPrinted(String value) {
        assertThat(DateStrings.parse(value)).isEqualTo(LocalDate.of(2023, 12, 27));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2023-13-45", "32.12.2023", "99 Foo 2023", "1850-01-01"})
    void anythingElseIsNull(String value) {
        assertThat(DateStrings.parse(value)).isNull();
    }
}
