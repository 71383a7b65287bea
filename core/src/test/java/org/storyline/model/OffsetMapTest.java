package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void mapsOffsetsOfPiecesBackToTheOriginal() {
        String original = "AAA junk BBB";
        // clean text "AAA BBB": "AAA " from 0, "BBB" from 9
        OffsetMap m = OffsetMap.builder().add(0, 0, 4).add(4, 9, 3).build();
        String clean = "AAA BBB";
        for (int i = 0; i < clean.length(); i++) {
            assertThat(original.charAt(m.toOriginal(i))).as("offset %d", i).isEqualTo(clean.charAt(i));
        }
        assertThat(m.toOriginal(clean.length())).isEqualTo(original.length());
        assertThat(OffsetMap.fromSegments(m.segments())).isEqualTo(m);
    }

    @Test
    void mapsOriginalOffsetsToTheCleanedTextAndCutCharactersToMinusOne() {
        String original = "AAA junk BBB";
        OffsetMap m = OffsetMap.builder().add(0, 0, 4).add(4, 9, 3).build();
        for (int i = 0; i < 7; i++) {
            assertThat(m.toClean(m.toOriginal(i))).as("offset %d", i).isEqualTo(i);
        }
        assertThat(m.toClean(original.indexOf("junk"))).isEqualTo(-1);
        assertThat(m.toClean(original.length())).isEqualTo(-1);
    }

    @Test
    void rejectsOverlappingSegments() {
        assertThatThrownBy(() -> OffsetMap.builder().add(0, 0, 5).add(3, 10, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlaps");
    }
}
