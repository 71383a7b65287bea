package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest
    @CsvSource({"anthony,antony,1", "antony,anthony,1", "kitten,sitting,3", "'',abc,3", "abc,'',3", "same,same,0",
            "lopez,lópez,1"})
    void levenshtein(String a, String b, int expected) {
        assertThat(EditDistance.of(a, b)).isEqualTo(expected);
    }
}
